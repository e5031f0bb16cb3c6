//! Pass 1's word classes: every lexicon is static data, compiled once into one table.

use super::semantic::{Holiday, PartOfDay, Season, Unit};
use std::collections::HashMap;
use std::sync::OnceLock;

mod word_class;
pub use word_class::WordClass;

/// Function words the grammar looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Kw {
    The,
    A,
    An,
    This,
    That,
    These,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Same,
    Ago,
    Later,
    Earlier,
    Before,
    After,
    From,
    Now,
    Early,
    Late,
    Mid,
    Middle,
    End,
    Beginning,
    Start,
    About,
    Around,
    Approximately,
    Roughly,
    Nearly,
    Almost,
    Some,
    More,
    Less,
    Than,
    At,
    Least,
    Up,
    To,
    Every,
    Each,
    Per,
    Times,
    Once,
    Twice,
    Thrice,
    Of,
    In,
    On,
    Fiscal,
    Recent,
    Few,
    Several,
    Many,
    Couple,
    Today,
    Tomorrow,
    Yesterday,
    Tonight,
    Currently,
    Recently,
    Future,
    Present,
    Lately,
    Previously,
    Nowadays,
    Daily,
    Weekly,
    Monthly,
    Annually,
    Yearly,
    Hourly,
    Quarterly,
    Nightly,
    Biweekly,
    /// "semiannually", "biannually": every six months.
    Semiannually,
    Noon,
    Midnight,
    Long,
    Old,
    Back,
    Since,
    Until,
    By,
    During,
    Through,
    Within,
    For,
    Over,
    Under,
    Other,
    Half,
    And,
    Latest,
    Current,
    Ended,
    Ending,
    Just,
    Only,
    As,
    Much,
    No,
    Dozen,
    Eve,
    New,
    Whole,
    Full,
    Entire,
    Soon,
    Hundreds,
}

/// Everything the lexicons know about one (lower-cased) word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lex {
    /// Month number, 1–12.
    pub month: Option<u32>,
    /// True for abbreviated month names ("Sept").
    pub month_abbr: bool,
    /// Weekday, 1 = Monday.
    pub weekday: Option<u32>,
    /// True for plural weekdays ("Mondays").
    pub weekday_plural: bool,
    /// Weekday of an abbreviated name ("Tues", "Thu"), 1 = Monday; read only before a date
    /// ("Tues., Nov. 4"), as "Sun" or "Wed" are words too.
    pub weekday_abbr: Option<u32>,
    /// Cardinal number word value.
    pub number: Option<u32>,
    /// Ordinal word value.
    pub ordinal: Option<u32>,
    /// Unit of time.
    pub unit: Option<Unit>,
    /// True for plural units ("days").
    pub plural: bool,
    /// Season.
    pub season: Option<Season>,
    /// Part of the day.
    pub part: Option<PartOfDay>,
    /// Holiday name (one-word ones, or the head word of multi-word ones).
    pub holiday: Option<Holiday>,
    /// Function word.
    pub kw: Option<Kw>,
    /// Time zone abbreviation.
    pub zone: bool,
    /// Ordinal suffix of a number ("st", "nd", "rd", "th").
    pub ord_suffix: bool,
    /// A one-word length of one unit ("weeklong", "yearlong").
    pub long_of: Option<Unit>,
    /// True when some rule can start at this word.
    pub starter: bool,
}

const MONTHS: &[(&str, u32, bool)] = &[
    ("january", 1, false),
    ("jan", 1, true),
    ("february", 2, false),
    ("feb", 2, true),
    ("march", 3, false),
    ("mar", 3, true),
    ("april", 4, false),
    ("apr", 4, true),
    ("may", 5, false),
    ("june", 6, false),
    ("jun", 6, true),
    ("july", 7, false),
    ("jul", 7, true),
    ("august", 8, false),
    ("aug", 8, true),
    ("september", 9, false),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, false),
    ("oct", 10, true),
    ("november", 11, false),
    ("nov", 11, true),
    ("december", 12, false),
    ("dec", 12, true),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
];

const NUMBERS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("fortnight", Unit::Fortnight, false),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// Lengths written as one word ("a weeklong recess", "a yearlong inquiry").
const LONG_WORDS: &[(&str, Unit)] = &[
    ("hourlong", Unit::Hour),
    ("daylong", Unit::Day),
    ("weeklong", Unit::Week),
    ("monthlong", Unit::Month),
    ("yearlong", Unit::Year),
    ("decadelong", Unit::Decade),
];

const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
];

const PARTS: &[(&str, PartOfDay)] = &[
    ("morning", PartOfDay::Morning),
    ("afternoon", PartOfDay::Afternoon),
    ("evening", PartOfDay::Evening),
    ("night", PartOfDay::Night),
    // "before dawn Monday": the first light is morning (TMO), the last one evening (TEV).
    ("dawn", PartOfDay::Morning),
    ("daybreak", PartOfDay::Morning),
    ("dusk", PartOfDay::Evening),
    ("nightfall", PartOfDay::Evening),
];

const HOLIDAYS: &[(&str, Holiday)] = &[
    ("christmas", Holiday::Christmas),
    ("thanksgiving", Holiday::Thanksgiving),
    ("easter", Holiday::Easter),
    ("halloween", Holiday::Halloween),
    ("juneteenth", Holiday::Juneteenth),
];

const KEYWORDS: &[(&str, Kw)] = &[
    ("the", Kw::The),
    ("a", Kw::A),
    ("an", Kw::An),
    ("this", Kw::This),
    ("that", Kw::That),
    ("these", Kw::These),
    ("last", Kw::Last),
    ("next", Kw::Next),
    ("past", Kw::Past),
    ("coming", Kw::Coming),
    ("previous", Kw::Previous),
    ("prior", Kw::Previous),
    ("preceding", Kw::Previous),
    ("following", Kw::Following),
    ("same", Kw::Same),
    ("ago", Kw::Ago),
    ("later", Kw::Later),
    ("earlier", Kw::Earlier),
    ("before", Kw::Before),
    ("after", Kw::After),
    ("from", Kw::From),
    ("now", Kw::Now),
    ("early", Kw::Early),
    ("late", Kw::Late),
    ("mid", Kw::Mid),
    ("middle", Kw::Middle),
    ("end", Kw::End),
    ("beginning", Kw::Beginning),
    ("start", Kw::Start),
    ("about", Kw::About),
    ("around", Kw::Around),
    ("approximately", Kw::Approximately),
    ("roughly", Kw::Roughly),
    ("nearly", Kw::Nearly),
    ("almost", Kw::Almost),
    ("some", Kw::Some),
    ("more", Kw::More),
    ("less", Kw::Less),
    ("fewer", Kw::Less),
    ("than", Kw::Than),
    ("at", Kw::At),
    ("least", Kw::Least),
    ("up", Kw::Up),
    ("to", Kw::To),
    ("every", Kw::Every),
    ("each", Kw::Each),
    ("per", Kw::Per),
    ("times", Kw::Times),
    ("once", Kw::Once),
    ("twice", Kw::Twice),
    ("thrice", Kw::Thrice),
    ("of", Kw::Of),
    ("in", Kw::In),
    ("on", Kw::On),
    ("fiscal", Kw::Fiscal),
    ("recent", Kw::Recent),
    ("few", Kw::Few),
    ("several", Kw::Several),
    ("many", Kw::Many),
    ("couple", Kw::Couple),
    ("today", Kw::Today),
    ("tomorrow", Kw::Tomorrow),
    ("yesterday", Kw::Yesterday),
    ("tonight", Kw::Tonight),
    ("currently", Kw::Currently),
    ("recently", Kw::Recently),
    ("future", Kw::Future),
    ("present", Kw::Present),
    ("lately", Kw::Lately),
    ("previously", Kw::Previously),
    ("nowadays", Kw::Nowadays),
    ("daily", Kw::Daily),
    ("weekly", Kw::Weekly),
    ("monthly", Kw::Monthly),
    ("annually", Kw::Annually),
    ("yearly", Kw::Yearly),
    ("hourly", Kw::Hourly),
    ("quarterly", Kw::Quarterly),
    ("nightly", Kw::Nightly),
    ("biweekly", Kw::Biweekly),
    ("fortnightly", Kw::Biweekly),
    ("semiannually", Kw::Semiannually),
    ("biannually", Kw::Semiannually),
    ("noon", Kw::Noon),
    ("midday", Kw::Noon),
    ("midnight", Kw::Midnight),
    ("long", Kw::Long),
    ("old", Kw::Old),
    ("back", Kw::Back),
    ("since", Kw::Since),
    ("until", Kw::Until),
    ("till", Kw::Until),
    ("by", Kw::By),
    ("during", Kw::During),
    ("through", Kw::Through),
    ("within", Kw::Within),
    ("for", Kw::For),
    ("over", Kw::Over),
    ("under", Kw::Under),
    ("other", Kw::Other),
    ("half", Kw::Half),
    ("and", Kw::And),
    ("latest", Kw::Latest),
    ("current", Kw::Current),
    ("ended", Kw::Ended),
    ("ending", Kw::Ending),
    ("just", Kw::Just),
    ("only", Kw::Only),
    ("as", Kw::As),
    ("much", Kw::Much),
    ("no", Kw::No),
    ("dozen", Kw::Dozen),
    ("eve", Kw::Eve),
    ("new", Kw::New),
    ("whole", Kw::Whole),
    ("full", Kw::Full),
    ("entire", Kw::Entire),
    ("soon", Kw::Soon),
    ("hundreds", Kw::Hundreds),
];

/// FNV-1a: a fast hash for the short, trusted keys of the lexicon.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static [u8], Lex, std::hash::BuildHasherDefault<Fnv>>;

/// The lexicon as a table, with a filter of (length, first letter) pairs it holds.
struct Compiled {
    table: Table,
    /// Bit `first letter` of entry `length` is set when some word has them.
    filter: [u32; 14],
}

/// Function words that never start an expression (checked before trying the grammar).
const NEVER_FIRST: &[Kw] = &[
    Kw::Of,
    Kw::In,
    Kw::On,
    Kw::And,
    Kw::To,
    Kw::For,
    Kw::By,
    Kw::Since,
    Kw::Until,
    Kw::During,
    Kw::Through,
    Kw::Within,
    Kw::Than,
    Kw::Least,
    Kw::Times,
    Kw::Per,
    Kw::Other,
    Kw::Ended,
    Kw::Ending,
    Kw::Much,
    Kw::Long,
    Kw::Old,
    Kw::Back,
    Kw::Ago,
    Kw::Just,
    Kw::Only,
];

fn compiled() -> &'static Compiled {
    static TABLE: OnceLock<Compiled> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<&'static str, Lex> = HashMap::new();
        for &w in WordClass::Starters.words() {
            t.entry(w).or_default().starter = true;
        }
        for &(w, m, abbr) in MONTHS {
            let e = t.entry(w).or_default();
            e.month = Some(m);
            e.month_abbr = abbr;
        }
        for &(w, d) in WEEKDAYS {
            t.entry(w).or_default().weekday = Some(d);
        }
        for &(w, d) in &[
            ("mondays", 1),
            ("tuesdays", 2),
            ("wednesdays", 3),
            ("thursdays", 4),
            ("fridays", 5),
            ("saturdays", 6),
            ("sundays", 7),
        ] {
            let e = t.entry(w).or_default();
            e.weekday = Some(d);
            e.weekday_plural = true;
        }
        for &(w, d) in &[
            ("mon", 1),
            ("tue", 2),
            ("tues", 2),
            ("wed", 3),
            ("thu", 4),
            ("thur", 4),
            ("thurs", 4),
            ("fri", 5),
            ("sat", 6),
            ("sun", 7),
        ] {
            let e = t.entry(w).or_default();
            e.weekday_abbr = Some(d);
            e.starter = true;
        }
        for &(w, n) in NUMBERS {
            t.entry(w).or_default().number = Some(n);
        }
        for &(w, n) in ORDINALS {
            t.entry(w).or_default().ordinal = Some(n);
        }
        for &(w, u, p) in UNITS {
            let e = t.entry(w).or_default();
            e.unit = Some(u);
            e.plural = p;
        }
        for &(w, u) in LONG_WORDS {
            let e = t.entry(w).or_default();
            e.long_of = Some(u);
            e.starter = true;
        }
        for &(w, s) in SEASONS {
            t.entry(w).or_default().season = Some(s);
        }
        for &(w, p) in PARTS {
            t.entry(w).or_default().part = Some(p);
        }
        for &(w, h) in HOLIDAYS {
            t.entry(w).or_default().holiday = Some(h);
        }
        for &w in crate::text::ZONE_ABBREVIATIONS {
            t.entry(w).or_default().zone = true;
        }
        for &w in &["st", "nd", "rd", "th"] {
            t.entry(w).or_default().ord_suffix = true;
        }
        for &(w, k) in KEYWORDS {
            t.entry(w).or_default().kw = Some(k);
        }
        for l in t.values_mut() {
            l.starter = l.starter
                || l.month.is_some()
                || l.weekday.is_some()
                || l.number.is_some()
                || l.ordinal.is_some()
                || l.unit.is_some()
                || l.season.is_some()
                || l.part.is_some()
                || l.holiday.is_some()
                || l.kw.is_some_and(|k| !NEVER_FIRST.contains(&k));
        }
        let mut filter = [0u32; 14];
        for w in t.keys() {
            if let (Some(slot), Some(first)) = (filter.get_mut(w.len()), w.bytes().next()) {
                *slot |= 1 << (first.wrapping_sub(b'a') & 31);
            }
        }
        Compiled {
            table: t.into_iter().map(|(k, v)| (k.as_bytes(), v)).collect(),
            filter,
        }
    })
}

/// Everything the lexicons know about `word` (any case), or `None`.
pub fn lookup(word: &str) -> Option<&'static Lex> {
    let bytes = word.as_bytes();
    if bytes.len() > 13 || !word.is_ascii() {
        return None;
    }
    let c = compiled();
    let first = bytes.first()?.to_ascii_lowercase();
    if c.filter.get(bytes.len())? & (1 << (first.wrapping_sub(b'a') & 31)) == 0 {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    c.table.get(&*lower)
}

/// Builds the tables now rather than on first use.
pub fn warm_up() {
    let _ = compiled();
}
