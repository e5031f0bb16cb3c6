//! Pass 1 and 2: a grammar over lexicon-classed tokens proposes non-overlapping spans
//! (longest match first) and gives each its [`Semantic`] value.

use super::lexicon::{Kw, Lex, lookup};
use super::semantic::{
    Amount, AnchorKind, Direction, Holiday, HolidaySpan, NthOf, PartOfDay, Recurrence, Season, Sem,
    Semantic, TimeOfDay, Unit, YearPart, YearSub,
};
use super::types::Modifier;
use super::value::RefKind;
use crate::text::{Span, Token, TokenKind};
use chrono::Datelike;

mod bare_year;
mod era;
mod part_of_date;

/// One token with its lexicon entry and numeric value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub text: &'a str,
    pub lex: Option<&'static Lex>,
    /// Value of a plain integer token (no separators, no decimals).
    pub num: Option<u32>,
    /// Tenths value of a number token with at most one decimal ("1.5" → 15).
    pub tenths: Option<u32>,
    pub cap: bool,
    /// A blank line or a long run of blanks separates this token from the one before: no
    /// expression reaches across it ("Sales fell in May\n\n2019 was ...").
    pub after_break: bool,
}

impl<'a> Tok<'a> {
    pub fn new(text: &'a str, t: Token) -> Self {
        let s = t.span.slice(text).unwrap_or("");
        let (lex, num, tenths) = match t.kind {
            TokenKind::Word => (lookup(s), None, None),
            TokenKind::Number => {
                let num = if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 9 {
                    s.parse::<u32>().ok()
                } else {
                    None
                };
                // "5,000 years ago": thousands groups count as an amount (never as a year).
                let grouped = (s.contains(',') && !s.contains('.') && s.len() <= 11)
                    .then(|| {
                        s.bytes()
                            .filter(u8::is_ascii_digit)
                            .try_fold(0u32, |acc, b| {
                                acc.checked_mul(10)?.checked_add(u32::from(b - b'0'))
                            })
                    })
                    .flatten();
                let tenths = match num.or(grouped) {
                    Some(n) => n.checked_mul(10),
                    None => match s.split_once('.') {
                        Some((a, b)) if b.len() == 1 && a.len() <= 6 => a
                            .parse::<u32>()
                            .ok()
                            .zip(b.parse::<u32>().ok())
                            .map(|(a, b)| a * 10 + b),
                        _ => None,
                    },
                };
                (None, num, tenths)
            }
            TokenKind::Punct => (None, None, None),
        };
        let cap = s.chars().next().is_some_and(char::is_uppercase);
        Self {
            span: t.span,
            kind: t.kind,
            text: s,
            lex,
            num,
            tenths,
            cap,
            after_break: false,
        }
    }

    /// Marks the tokens of `toks` (all from `text`, in order) that follow a blank line or
    /// a long run of blanks.
    pub fn mark_breaks(text: &str, toks: &mut [Tok<'_>]) {
        let mut prev_end = None;
        for t in toks.iter_mut() {
            if let Some(end) = prev_end {
                let gap = text.get(end..t.span.start).unwrap_or("");
                t.after_break = gap.len() > 40 || gap.bytes().filter(|b| *b == b'\n').count() >= 2;
            }
            prev_end = Some(t.span.end);
        }
    }
}

/// A proposed expression: tokens `[start, end)`, its meaning and the rule that found it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<Modifier>,
    pub day_shift: i32,
    pub year_shift: i32,
    pub rule: &'static str,
}

impl Match {
    fn new(start: usize, end: usize, sem: Sem, rule: &'static str) -> Self {
        Self {
            start,
            end,
            sem,
            modifier: None,
            day_shift: 0,
            year_shift: 0,
            rule,
        }
    }

    pub fn semantic(&self) -> Semantic {
        Semantic {
            sem: self.sem,
            modifier: self.modifier,
            day_shift: self.day_shift,
            year_shift: self.year_shift,
        }
    }
}

/// Verbs of calls to action ("Download now"): "now" after them is not a time reference.
const CALL_TO_ACTION: &[&str] = &[
    "download",
    "subscribe",
    "buy",
    "order",
    "call",
    "register",
    "join",
    "act",
    "shop",
    "book",
    "listen",
    "watch",
    "apply",
    "donate",
    "play",
    "click",
    "tap",
    "install",
    "signup",
    "enroll",
];

/// Capitalized words after a weekday that make it part of a name ("Sunday Times").
const NAME_AFTER_WEEKDAY: &[&str] = &[
    "times",
    "telegraph",
    "mirror",
    "express",
    "post",
    "herald",
    "football",
    "mail",
    "star",
    "tribune",
    "independent",
    "review",
    "magazine",
    "club",
    "show",
    "group",
    "night",
    "morning",
    "school",
    "service",
    "league",
    "edition",
    "people",
    "sport",
];

/// Words after a season that make it part of an event's name ("the Winter Olympics",
/// "the next Summer Games"): the season names the event, not a time.
const EVENT_AFTER_SEASON: &[&str] = &[
    "olympics",
    "olympic",
    "games",
    "paralympics",
    "paralympic",
    "universiade",
    "classic",
];

/// Nouns a season modifies ("the following spring collection", "that summer camp"): a
/// thing, not a time.
const SEASON_THINGS: &[&str] = &[
    "collection",
    "collections",
    "break",
    "camp",
    "camps",
    "semester",
    "term",
    "session",
    "storm",
    "storms",
    "season",
    "sale",
    "sales",
    "wheat",
    "crop",
    "crops",
    "training",
    "offensive",
    "meeting",
    "meetings",
    "school",
    "tour",
    "festival",
    "show",
    "line",
    "lineup",
    "schedule",
    "holiday",
    "holidays",
    "vacation",
    "solstice",
    "equinox",
    "months",
];

/// The season a plural names ("summers", "winters").
fn season_plural(w: &str) -> Option<super::semantic::Season> {
    use super::semantic::Season;
    const PLURALS: &[(&str, Season)] = &[
        ("springs", Season::Spring),
        ("summers", Season::Summer),
        ("autumns", Season::Fall),
        ("winters", Season::Winter),
    ];
    PLURALS
        .iter()
        .find(|(p, _)| w.eq_ignore_ascii_case(p))
        .map(|(_, s)| *s)
}

/// Capitalized words before a weekday that make it a name ("Black Friday").
const NAME_BEFORE_WEEKDAY: &[&str] = &[
    "black", "bloody", "super", "holy", "palm", "ash", "cyber", "casual", "man", "girl", "maundy",
    "fat", "shrove", "low", "whit",
];

/// Street types after a house number ("2025 Main Street"), which is then no year.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "parkway",
    "highway",
    "terrace",
    "plaza",
    "square",
];

/// Nouns after a holiday's name that make it name a thing, not a day ("Christmas tree",
/// "Easter Island", "Halloween costume", "New Year's resolution").
const HOLIDAY_THINGS: &[&str] = &[
    "tree",
    "trees",
    "card",
    "cards",
    "costume",
    "costumes",
    "egg",
    "eggs",
    "bunny",
    "island",
    "islands",
    "resolution",
    "resolutions",
    "ornament",
    "ornaments",
    "decoration",
    "decorations",
    "lights",
    "carol",
    "carols",
    "stocking",
    "stockings",
    "cracker",
    "crackers",
    "pudding",
    "candy",
    "lily",
    "lilies",
    "wreath",
    "wreaths",
    "sweater",
    "sweaters",
    "movie",
    "movies",
    "album",
    "song",
    "songs",
    "special",
    "rising",
    "uprising",
    "offensive",
    "accord",
    "accords",
    "agreement",
    "bombing",
    "bombings",
    "massacre",
    "honours",
    "honors",
];

/// Words of a game: in their sentence a half or a quarter is one of the game's.
const GAME_WORDS: &[&str] = &[
    "scored",
    "scoring",
    "goal",
    "goals",
    "halftime",
    "touchdown",
    "touchdowns",
    "inning",
    "innings",
    "kickoff",
    "equalizer",
    "equaliser",
    "striker",
    "goalkeeper",
    "quarterback",
    "rebounds",
    "layup",
    "dunk",
    "penalty",
    "touchline",
    "referee",
    "match",
    "game",
    "games",
    "header",
    "interception",
    "fumble",
    "buzzer",
    "hat-trick",
    "homer",
    "yards",
    "rushing",
    "sacks",
    "sacked",
    "assists",
    "wicket",
    "wickets",
    "birdie",
    "birdies",
    "laps",
    "offside",
    "outscored",
    "outscoring",
    "scoreless",
    "three-pointer",
    "three-pointers",
];

/// Words before "over"/"under" that make it "more/less than" a length ("for over a
/// year", "lasted under an hour"), not "during" it.
const LENGTH_BEFORE_OVER: &[&str] = &[
    "for", "in", "within", "lasted", "lasts", "last", "lasting", "took", "take", "takes", "taking",
    "spent", "spend", "spends", "waited", "wait", "after", "served", "serve", "running", "ran",
    "run",
];

/// Adjectives between "the" and "future"/"past" that keep a vague time ("the distant
/// future", "the recent past"). Not "foreseeable": "for the foreseeable future" is an idiom
/// for "indefinitely", left untagged in TimeBank.
const VAGUE_ADJECTIVES: &[&str] = &["distant", "immediate", "recent", "remote", "very"];

/// Verbs before "at N" that make N a level ("shares closed at 9 on Monday"), not an hour.
const LEVEL_VERBS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "stood", "stands", "stand", "closed", "closes",
    "traded", "trades", "trading", "ended", "ends", "finished", "settled", "remained", "remains",
    "fell", "rose", "peaked", "bottomed", "opened", "opens", "priced", "fixed", "capped", "set",
    "pegged", "ranked", "ranks", "placed",
];

/// Plural nouns without a final "s", counted in rates ("2,000 people a year").
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "staff",
    "police",
    "personnel",
    "cattle",
    "sheep",
    "fish",
    "deer",
    "feet",
    "mice",
    "geese",
];

/// Nouns before a four-digit number that make it a label, not a year ("Suite 1999",
/// "Route 2020", "Flight 1987", "Bill 2024").
const NUMBERED_NOUNS: &[&str] = &[
    "suite",
    "route",
    "gate",
    "apartment",
    "apt",
    "room",
    "highway",
    "flight",
    "bill",
    "model",
    "version",
    "platform",
    "unit",
    "box",
    "pier",
    "exit",
    "interstate",
    "hr",
    "lot",
    "ward",
    "precinct",
    "district",
    "building",
    "floor",
    "bus",
    "train",
    "launch",
    "pad",
    "reg",
];

/// Nouns after "late-night" or "early-morning" that make it a kind of programme or
/// place ("late-night host", "early-morning show"), not a time.
const LATE_NIGHT_GENRES: &[&str] = &[
    "host",
    "hosts",
    "show",
    "shows",
    "television",
    "tv",
    "comedy",
    "comedian",
    "comedians",
    "talk",
    "programming",
    "slot",
    "snack",
    "snacks",
    "bar",
    "bars",
    "spot",
    "spots",
    "crowd",
    "lineup",
    "radio",
    "program",
    "programs",
    "programme",
    "news",
];

/// Words of a result, which make "2-0" next to them a score.
const RESULT_WORDS: &[&str] = &[
    "won", "win", "wins", "beat", "beats", "lead", "led", "leads", "trailed", "trailing",
    "defeated", "defeat", "lost", "victory", "drew", "draw", "rallied", "run",
];

/// Words before "a day/week/year" that make it a rate, not a length ("$500 million a year").
const RATE_BEFORE: &[&str] = &[
    "million", "billion", "trillion", "percent", "cents", "dollars", "times", "miles", "hours",
    "days", "flights", "barrels", "tons", "shares", "points", "pounds", "yen",
];

/// Nouns for what belongs to an age as a whole: after "today's" or "tomorrow's" they make
/// it mean "nowadays" ("today's youth", "tomorrow's leaders"), not a particular day.
const GENERIC_OF_AN_AGE: &[&str] = &[
    "world",
    "youth",
    "society",
    "societies",
    "generation",
    "generations",
    "young",
    "children",
    "kids",
    "teenagers",
    "teens",
    "students",
    "parents",
    "families",
    "consumers",
    "leaders",
    "technology",
    "technologies",
    "computers",
    "culture",
    "standards",
    "economy",
    "politics",
    "people",
];

/// Verbs that follow a publication named by its rhythm ("the daily said"), showing that
/// "daily" there is the noun; past forms in "-ed" are recognized by their ending.
const VERBS_AFTER_A_PUBLICATION: &[&str] = &[
    "said", "says", "wrote", "writes", "reports", "quotes", "carries", "has", "had", "is", "was",
    "ran", "runs", "adds", "cites", "claims", "notes", "warns", "states",
];

/// Verbs after which "that" may open a clause ("said that morning traffic was light").
const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "reported",
    "believe",
    "believed",
    "thinks",
    "thought",
    "knew",
    "know",
    "noted",
    "added",
    "warned",
    "argued",
    "claimed",
    "announced",
    "insisted",
];

/// Words that may follow a fronted "that night" as the clause goes on ("said that night
/// he would leave"): pronouns, articles, auxiliaries, prepositions.
const CLAUSE_OPENERS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "was",
    "were",
    "is",
    "had",
    "has",
    "would",
    "will",
    "could",
    "in",
    "at",
    "on",
    "to",
    "and",
    "but",
    "when",
    "after",
    "before",
    "as",
    "police",
    "officials",
];

/// Words that may stand between a number and its unit ("two more weeks").
const FILLERS: &[&str] = &[
    "more",
    "additional",
    "extra",
    "straight",
    "consecutive",
    "trading",
    "business",
    "working",
    "full",
];

/// The grammar over one text's tokens.
pub(crate) struct Grammar<'a, 't> {
    pub t: &'t [Tok<'a>],
}

/// A time of day on a day ("5 p.m. EST Nov. 9", "noon on March 3", "3 p.m. on Christmas
/// Eve", "2 a.m. Saturday", "noon today"): the day's meaning with the time set; `None` when
/// `sem` names no single day.
fn clock_on_day(sem: Sem, time: TimeOfDay) -> Option<Sem> {
    match sem {
        Sem::Weekday { weekday, dir, .. } => Some(Sem::Weekday {
            weekday,
            time: Some(time),
            dir,
        }),
        Sem::Deictic {
            unit: Unit::Day,
            offset,
            ..
        } => Some(Sem::Deictic {
            unit: Unit::Day,
            offset,
            time: Some(time),
        }),
        Sem::Calendar {
            year,
            month,
            day: Some(day),
            dir,
            ..
        } => Some(Sem::Calendar {
            year,
            month,
            day: Some(day),
            time: Some(time),
            dir,
        }),
        Sem::Holiday {
            holiday,
            year,
            dir,
            around: HolidaySpan::Day | HolidaySpan::At(_),
        } => Some(Sem::Holiday {
            holiday,
            year,
            dir,
            around: HolidaySpan::At(time),
        }),
        _ => None,
    }
}

fn longest(a: Option<Match>, b: Option<Match>) -> Option<Match> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

impl<'a> Grammar<'a, '_> {
    // ---- token predicates -------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.tok(i).and_then(|t| t.lex)
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        self.lex(i).and_then(|l| l.kw)
    }

    fn is(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// True when token `i` directly follows token `i - 1` with no space.
    fn adj(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tok(p)), self.tok(i)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text == p)
    }

    fn apostrophe(&self, i: usize) -> bool {
        self.punct(i, "'") || self.punct(i, "’") || self.punct(i, "`")
    }

    fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, "-") || self.punct(i, "–")) && self.adj(i) && self.adj(i + 1)
    }

    /// True when the word before token `i` is a preposition that leads a clock time ("at
    /// 4", "until 10", "around 2000 GMT").
    fn clock_preposition_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.kw(p),
                Some(Kw::At | Kw::By | Kw::Until | Kw::Around | Kw::About | Kw::Before | Kw::After)
            )
        })
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.eq_ignore_ascii_case(w))
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.tok(i).and_then(|t| t.num)
    }

    fn ndigits(&self, i: usize) -> usize {
        self.tok(i)
            .filter(|t| t.kind == TokenKind::Number)
            .map_or(0, |t| t.text.len())
    }

    fn cap(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.cap)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex(i).and_then(|l| l.unit.map(|u| (u, l.plural)))
    }

    fn month(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        self.lex(i).and_then(|l| l.month)
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        self.lex(i)
            .filter(|l| !l.weekday_plural)
            .and_then(|l| l.weekday)
    }

    fn part(&self, i: usize) -> Option<PartOfDay> {
        let p = self.lex(i).and_then(|l| l.part)?;
        // "told Dawn Monday": capitalized inside a sentence, the first or last light is a
        // name (a newspaper, an operation), not a part of the day.
        let twilight = |t: &Tok<'_>| {
            ["dawn", "daybreak", "dusk", "nightfall"]
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w))
        };
        if self.cap(i) && self.tok(i).is_some_and(twilight) && !self.sentence_initial(i) {
            return None;
        }
        Some(p)
    }

    /// A 4-digit year at `i`.
    fn year4(&self, i: usize) -> Option<i32> {
        if self.ndigits(i) != 4 {
            return None;
        }
        let n = self.num(i)?;
        ((1000..=2100).contains(&n))
            .then(|| i32::try_from(n).ok())
            .flatten()
    }

    /// A two-digit year written short: `'24` (after an apostrophe) or, with `bare`, `24`
    /// touching the word before ("FY24"): returns (year, next index).
    fn short_year(&self, i: usize, bare: bool) -> Option<(i32, usize)> {
        let (k, end) = if self.apostrophe(i) && self.adj(i) && self.adj(i + 1) {
            (i + 1, i + 2)
        } else if bare && self.adj(i) {
            (i, i + 1)
        } else {
            return None;
        };
        if self.ndigits(k) != 2
            || self
                .tok(end)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(end))
        {
            return None;
        }
        let n = i32::try_from(self.num(k)?).ok()?;
        Some((if n < 50 { 2000 + n } else { 1900 + n }, end))
    }

    /// The year after a quarter or half written short ("Q4 2024", "Q4'24", "H1 FY25"):
    /// returns (year, next index).
    fn part_year(&self, i: usize) -> (Option<i32>, usize) {
        if let Some((y, end)) = self.short_year(i, false) {
            return (Some(y), end);
        }
        if self.word_is(i, "fy")
            && let Some((y, end)) = self.fy_year(i + 1)
        {
            return (Some(y), end);
        }
        self.opt_year(i)
    }

    /// The year after "FY": "FY2024", "FY 2024", "FY24", "FY'24".
    fn fy_year(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(j) {
            return Some((y, j + 1));
        }
        self.short_year(j, true)
    }

    /// An optional `,` then a year: returns (year, next index).
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        match self.opt_year_anywhere(i) {
            // No year across a blank line: "in May,\n\n2019 was ...".
            (Some(_), end) if (i..end).any(|k| self.tok(k).is_some_and(|t| t.after_break)) => {
                (None, i)
            }
            found => found,
        }
    }

    /// [`Self::opt_year`] without regard to blank lines.
    fn opt_year_anywhere(&self, i: usize) -> (Option<i32>, usize) {
        if let Some(y) = self.year4(i) {
            return (Some(y), i + 1);
        }
        if self.punct(i, ",")
            && let Some(y) = self.year4(i + 1)
        {
            return (Some(y), i + 2);
        }
        if self.is(i, Kw::Of)
            && let Some(y) = self.year4(i + 1)
        {
            return (Some(y), i + 2);
        }
        let k = if self.is(i, Kw::Of) { i + 1 } else { i };
        if let Some((y, end)) = self.word_year(k) {
            return (Some(y), end);
        }
        // "the fall of '96", "March '08"
        if let Some(y) = self.apostrophe_year(k) {
            return (Some(y), k + 2);
        }
        (None, i)
    }

    /// A year written with an apostrophe and two digits at token `k` ("'96"), not the
    /// start of a decade ("'90s") or a quotation.
    fn apostrophe_year(&self, k: usize) -> Option<i32> {
        if !(self.apostrophe(k) && self.adj(k + 1) && self.ndigits(k + 1) == 2) {
            return None;
        }
        let (y, end) = self.short_year(k + 1, true)?;
        (!self.apostrophe(end)
            && !self
                .tok(end)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(end)))
        .then_some(y)
    }

    /// Skips an abbreviation period after token `i - 1`.
    fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, ".") && self.adj(i) {
            i + 1
        } else {
            i
        }
    }

    // ---- the driver --------------------------------------------------------------------

    /// All matches, left to right, longest first, not overlapping.
    pub fn run(&self) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            let m = self.at(i).filter(|m| self.accept(m));
            match m {
                Some(mut m) if m.end > i => {
                    self.compound_duration(&mut m);
                    i = m.end;
                    let second = self
                        .coordinated_day(&mut m)
                        .or_else(|| self.year_range_end(&m));
                    out.push(m);
                    if let Some(d) = second {
                        i = d.end;
                        out.push(d);
                    }
                }
                _ => i += 1,
            }
        }
        self.bc_years(&mut out);
        self.bare_years(&mut out);
        self.part_of_date(&mut out);
        self.share_year(&mut out);
        out
    }

    /// "March to May 2024", "Nov. 30-Dec. 2, 2024", "the spring and summer of 2024": in a
    /// range or a pair of dates joined by one word or a dash, a year written only after the
    /// second belongs to the first too (the year before when a range runs over New Year:
    /// "Dec. 28-Jan. 3, 2025").
    fn share_year(&self, out: &mut [Match]) {
        for k in 1..out.len() {
            let Some(&b) = out.get(k) else {
                continue;
            };
            let Some(a) = out.get_mut(k - 1) else {
                continue;
            };
            if b.start != a.end + 1 && !(b.start == a.end + 2 && self.punct(a.end, ".")) {
                continue;
            }
            let link = if self.punct(a.end, ".") {
                a.end + 1
            } else {
                a.end
            };
            // "and" joins a pair here, not a range ("the spring and summer of 2024").
            let range = !self.is(link, Kw::And) && self.range_link(a.start, link);
            if link + 1 != b.start || !(range || self.is(link, Kw::And) || self.word_is(link, "or"))
            {
                continue;
            }
            let shared = match (&mut a.sem, b.sem) {
                (
                    Sem::Calendar {
                        year: y1 @ None,
                        month: Some(m1),
                        day: d1,
                        time: None,
                        dir: Direction::ByTense,
                    },
                    Sem::Calendar {
                        year: Some(y),
                        month: Some(m2),
                        day: d2,
                        ..
                    },
                ) if d1.is_some() == d2.is_some() => {
                    let over_new_year = range && (*m1, d1.unwrap_or(1)) > (m2, d2.unwrap_or(1));
                    *y1 = Some(if over_new_year { y - 1 } else { y });
                    true
                }
                (
                    Sem::Period {
                        year: y1 @ None,
                        part: YearPart::Season(_),
                        dir: Direction::ByTense,
                    },
                    Sem::Period {
                        year: Some(y),
                        part: YearPart::Season(_),
                        ..
                    },
                ) => {
                    *y1 = Some(y);
                    true
                }
                _ => false,
            };
            if shared {
                a.rule = if range {
                    "range-start-shares-year"
                } else {
                    "list-shares-year"
                };
            }
        }
    }

    /// "two hours and 10 minutes", "three years, six months", "1 hour 45 minutes": a
    /// whole length followed by a whole length of a smaller unit is one length.
    fn compound_duration(&self, m: &mut Match) {
        const ORDER: &[Unit] = &[
            Unit::Year,
            Unit::Month,
            Unit::Week,
            Unit::Day,
            Unit::Hour,
            Unit::Minute,
            Unit::Second,
        ];
        let rank = |u: Unit| ORDER.iter().position(|x| *x == u);
        let Sem::Duration {
            amount: Amount::Tenths(t),
            unit,
            ending_now: false,
        } = m.sem
        else {
            return;
        };
        if t % 10 != 0 || m.modifier.is_some() || self.hyphen(m.end) {
            return;
        }
        let Some(r1) = rank(unit) else {
            return;
        };
        let mut j = m.end;
        if self.punct(j, ",") {
            j += 1;
        }
        if self.is(j, Kw::And) {
            j += 1;
        }
        let Some(next) = self.at(j).filter(|n| n.start == j) else {
            return;
        };
        let Sem::Duration {
            amount: Amount::Tenths(t2),
            unit: u2,
            ending_now: false,
        } = next.sem
        else {
            return;
        };
        if t2 % 10 != 0 || next.modifier.is_some() || rank(u2).is_none_or(|r2| r2 <= r1) {
            return;
        }
        m.sem = Sem::CompoundDuration {
            first: (t / 10, unit),
            then: (t2 / 10, u2),
        };
        m.end = next.end;
        m.rule = "compound-duration";
    }

    /// "April 24 and 25", "March 3-5", "from Dec. 1 to 5": the second day of a
    /// coordinated date or the last day of a range of days, in the same month and year. A
    /// year after the second day ("March 3-5, 2024") belongs to both.
    fn coordinated_day(&self, m: &mut Match) -> Option<Match> {
        let Sem::Calendar {
            year,
            month: Some(month),
            day: Some(first),
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let j = m.end;
        let dash = self.punct(j, "-") || self.punct(j, "–");
        let range = dash
            || matches!(self.kw(j), Some(Kw::To | Kw::Through | Kw::Until))
            || self.word_is(j, "thru");
        if !(range || self.is(j, Kw::And) || self.word_is(j, "or")) || self.ndigits(j + 1) > 2 {
            return None;
        }
        let day = self.num(j + 1).filter(|d| (1..=31).contains(d))?;
        if range && day <= first {
            return None;
        }
        let (year2, end) = if year.is_none() {
            self.opt_year(j + 2)
        } else {
            (None, j + 2)
        };
        // Only a bare number closing the phrase: "April 24 and 25 people" is a count,
        // "from March 3 to 5 p.m." a clock time.
        let closes = self.tok(end).is_none_or(|t| {
            t.kind == TokenKind::Punct && matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?")
        });
        // A range may run on into the sentence: "the fair runs March 3-5 in Boston".
        let runs_on = range
            && year2.is_none()
            && self.tok(end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap
                    && t.lex.is_some_and(|l| l.kw.is_some() && l.unit.is_none())
                    && !self.word_is(end, "a")
                    && !self.word_is(end, "p")
            });
        if !(closes || runs_on)
            || (self.punct(end, ".") && self.num(end + 1).is_some())
            || self.hyphen(end)
        {
            return None;
        }
        if year2.is_some()
            && let Sem::Calendar { year: y, .. } = &mut m.sem
        {
            *y = year2;
        }
        Some(Match::new(
            j + 1,
            end,
            Sem::Calendar {
                year: year.or(year2),
                month: Some(month),
                day: Some(day),
                time: None,
                dir,
            },
            if range {
                "day-range-end"
            } else {
                "coordinated-day"
            },
        ))
    }

    /// "the 2008-09 crisis", "the 1998-2004 government": the last year of a span of years
    /// written with a hyphen, in full or as its last two digits.
    fn year_range_end(&self, m: &Match) -> Option<Match> {
        let Sem::Calendar {
            year: Some(y),
            month: None,
            day: None,
            time: None,
            ..
        } = m.sem
        else {
            return None;
        };
        let j = m.end;
        if m.rule != "year" || !self.hyphen(j) {
            return None;
        }
        let n = i32::try_from(self.num(j + 1)?).ok()?;
        let y2 = match self.ndigits(j + 1) {
            4 => n,
            2 => y - y.rem_euclid(100) + n,
            _ => return None,
        };
        if y2 <= y || y2 > y + 99 || !(1000..=2199).contains(&y2) {
            return None;
        }
        // "2008-09-15" is a date, "1998-2004-06" nothing we read.
        if self.tok(j + 2).is_some_and(|t| {
            self.adj(j + 2) && (t.kind != TokenKind::Punct || matches!(t.text, "-" | "–" | "/"))
        }) {
            return None;
        }
        Some(Match::new(
            j + 1,
            j + 2,
            calendar_year(y2),
            "year-range-end",
        ))
    }

    /// After "March 3": a hyphen at `at` followed by a later day of the same month ("3-5")
    /// or by another month ("Dec. 30-Jan. 2"), so the hyphen joins a range of dates.
    fn range_end_after_hyphen(&self, at: usize, first: u32) -> bool {
        if self.month(at + 1).is_some() {
            return true;
        }
        self.ndigits(at + 1) <= 2
            && self
                .num(at + 1)
                .is_some_and(|d| d > first && (1..=31).contains(&d))
            && !self.hyphen(at + 2)
            && self.unit(at + 2).is_none()
    }

    /// Filters that need the context outside the match.
    fn accept(&self, m: &Match) -> bool {
        // Titles: "This Week", "60 Minutes", "High Noon", "VOA Today" mid-sentence.
        let titled = |t: &Tok<'_>| {
            t.cap
                && t.kind == TokenKind::Word
                && t.lex.is_some_and(|l| {
                    l.month.is_none()
                        && l.weekday.is_none()
                        && l.holiday.is_none()
                        && (l.unit.is_some() || l.kw.is_some())
                })
        };
        if !matches!(
            m.sem,
            Sem::Calendar { .. }
                | Sem::Holiday { .. }
                | Sem::Weekday { .. }
                | Sem::Set(Recurrence { day: Some(_), .. })
        ) && (m.start + 1..m.end).any(|k| self.tok(k).is_some_and(titled))
            && !self.cap(m.start.saturating_sub(1))
        {
            return false;
        }
        if m.end == m.start + 1
            && matches!(self.kw(m.start), Some(Kw::Noon | Kw::Today | Kw::Tonight))
            && self.cap(m.start)
            && !self.sentence_initial(m.start)
            && m.start > 0
        {
            return false;
        }

        // "high noon comes today": the idiom for a decisive moment.
        if m.end == m.start + 1
            && self.is(m.start, Kw::Noon)
            && m.start
                .checked_sub(1)
                .is_some_and(|p| self.word_is(p, "high"))
        {
            return false;
        }
        if m.end == m.start + 1
            && matches!(self.kw(m.start), Some(Kw::Today | Kw::Tomorrow))
            && self.generic_today(m.start)
        {
            return false;
        }
        // "Now, he says ...": a discourse marker opening the sentence, not a time.
        if m.end == m.start + 1
            && self.is(m.start, Kw::Now)
            && self.sentence_initial(m.start)
            && self.punct(m.end, ",")
        {
            return false;
        }
        // "the Six-Day War", "the 1-Day Sale": a capitalized length inside a name.
        if matches!(m.sem, Sem::Duration { .. })
            && m.end > m.start + 1
            && self.tok(m.end - 1).is_some_and(|t| t.cap && t.lex.is_some_and(|l| l.unit.is_some()))
            && self.tok(m.end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.cap
                    && t.lex.is_none_or(|l| l.unit.is_none() && l.month.is_none())
            })
            // Not in a title-case headline ("Senate Passes Two-Year Budget").
            && m.start.checked_sub(1).and_then(|p| self.tok(p)).is_none_or(|p| {
                !p.cap || p.kind != TokenKind::Word || p.text.eq_ignore_ascii_case("the")
            })
        {
            return false;
        }
        // "at the last minute", "until the last moment": the idiom for "too late", no length.
        if m.end == m.start + 3
            && self.is(m.start, Kw::The)
            && self.is(m.start + 1, Kw::Last)
            && self.unit(m.start + 2) == Some((Unit::Minute, false))
            && m.start.checked_sub(1).is_some_and(|p| {
                self.is(p, Kw::At) || self.is(p, Kw::Until) || self.word_is(p, "till")
            })
        {
            return false;
        }
        // "2025 Main Street", "1600 Pennsylvania Avenue": a house number, not a year.
        if matches!(m.sem, Sem::Calendar { .. })
            && m.end == m.start + 1
            && self
                .tok(m.start)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && (m.end..m.end + 3).take_while(|&k| self.cap(k)).any(|k| {
                self.tok(k)
                    .is_some_and(|t| STREET_WORDS.iter().any(|w| t.text.eq_ignore_ascii_case(w)))
            })
        {
            return false;
        }
        if let Sem::Ref {
            kind: RefKind::Present,
            ..
        } = m.sem
            && let Some(p) = m.start.checked_sub(1).and_then(|p| self.tok(p))
            && CALL_TO_ACTION
                .iter()
                .any(|w| p.text.eq_ignore_ascii_case(w))
        {
            return false;
        }
        true
    }

    /// "today's youth", "the world of tomorrow": the present or the future age in general
    /// (nowadays), not the day of publication or the day after it.
    fn generic_today(&self, i: usize) -> bool {
        let generic = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && GENERIC_OF_AN_AGE
                        .iter()
                        .any(|w| t.text.eq_ignore_ascii_case(w))
            })
        };
        // "today's youth", "today's personal computers" (one adjective between).
        if self.apostrophe(i + 1) && self.word_is(i + 2, "s") && (generic(i + 3) || generic(i + 4))
        {
            return true;
        }
        // "the people of tomorrow", "the world of today" (but "the close of today" is a day)
        i >= 3
            && self.is(i - 1, Kw::Of)
            && self.is(i - 3, Kw::The)
            && generic(i - 2)
            && self
                .tok(i + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct && !self.apostrophe(i + 1))
    }

    fn at(&self, i: usize) -> Option<Match> {
        let tok = self.tok(i)?;
        match tok.kind {
            TokenKind::Punct if !(tok.text == "'" || tok.text == "’") => return None,
            TokenKind::Word if !tok.lex.is_some_and(|l| l.starter) => return None,
            _ => {}
        }
        if let Some(m) = self.day_next_to(i) {
            return Some(m);
        }
        // "the late 1970s", "the mid-1990s": the article belongs to a modified decade.
        let article = self.is(i, Kw::The)
            && self.prefix(i + 1).is_some_and(|(j, _, _)| {
                self.core(j)
                    .is_some_and(|c| matches!(c.sem, Sem::Decade(_) | Sem::Century(_)))
            });
        let p = if article { i + 1 } else { i };
        if let Some((j, m, ok)) = self.prefix(p)
            && let Some(mut core) = self.core(j)
            && ok(&core.sem)
        {
            core.start = i;
            // "earlier yesterday", "later that day": the same day, with no modifier.
            let same_day = matches!(self.kw(i), Some(Kw::Earlier | Kw::Later))
                && !matches!(
                    self.kw(i + 1),
                    Some(Kw::This | Kw::Last | Kw::Next | Kw::In)
                );
            core.modifier = (!same_day).then_some(m);
            core.rule = match m {
                _ if same_day => "earlier-that-day",
                Modifier::Start | Modifier::Mid | Modifier::End => "modified-point",
                // "about two weeks", "more than a year": a modified length; "around 2:30
                // a.m.", "about two weeks ago": a modified point.
                _ if matches!(core.sem, Sem::Duration { .. }) => "modified-length",
                _ => "modified-point",
            };
            return Some(core);
        }
        self.core(i).map(|mut m| {
            m.sem = self.direction_from_context(m.start, m.sem);
            m
        })
    }

    /// "the day before yesterday", "the day after Christmas", "the day before last
    /// Tuesday": one day from a named day, as one expression.
    fn day_next_to(&self, i: usize) -> Option<Match> {
        if !self.is(i, Kw::The) || !matches!(self.unit(i + 1), Some((Unit::Day, false))) {
            return None;
        }
        let shift = match self.kw(i + 2)? {
            Kw::Before => -1,
            Kw::After => 1,
            _ => return None,
        };
        let inner = self.at(i + 3)?;
        let a_day = match inner.sem {
            Sem::Deictic { unit, .. } => unit == Unit::Day,
            Sem::Calendar { day, .. } => day.is_some(),
            Sem::Weekday { .. } | Sem::Holiday { .. } => true,
            _ => false,
        };
        (a_day && inner.day_shift == 0 && inner.modifier.is_none()).then_some(Match {
            start: i,
            day_shift: shift,
            rule: "day-before",
            ..inner
        })
    }

    /// "back in August", "since March": context before the span fixes the direction.
    fn direction_from_context(&self, start: usize, sem: Sem) -> Sem {
        // "back in August" looks back; "is due back Nov. 18", "will be back in January"
        // name a return, which the tense places.
        const RETURN: &[&str] = &[
            "due",
            "be",
            "is",
            "are",
            "come",
            "comes",
            "coming",
            "go",
            "goes",
            "going",
            "get",
            "gets",
            "bring",
            "brings",
            "expected",
            "scheduled",
            "set",
            "return",
            "returns",
        ];
        let past_back = |b: usize| {
            self.is(b, Kw::Back)
                && !b
                    .checked_sub(1)
                    .is_some_and(|p| RETURN.iter().any(|w| self.word_is(p, w)))
        };
        let back = (start >= 2 && self.is(start - 1, Kw::In) && past_back(start - 2))
            || (start >= 1
                && (self.is(start - 1, Kw::Since)
                    || past_back(start - 1)
                    || self.is(start - 1, Kw::Ended)));
        // "as soon as Tuesday", "as early as Tuesday": the earliest possible day to come. (A
        // month is left to the tense: "as early as March, analysts had warned".)
        let ahead = start >= 3
            && matches!(sem, Sem::Weekday { .. })
            && self.is(start - 1, Kw::As)
            && matches!(self.kw(start - 2), Some(Kw::Soon | Kw::Early))
            && self.is(start - 3, Kw::As);
        let dir = if back {
            Direction::Past
        } else if ahead {
            Direction::Future
        } else {
            return sem;
        };
        match sem {
            Sem::Calendar {
                year,
                month,
                day,
                time,
                dir: Direction::ByTense,
            } => Sem::Calendar {
                year,
                month,
                day,
                time,
                dir,
            },
            Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            } => Sem::Weekday { weekday, time, dir },
            Sem::Period {
                year,
                part,
                dir: Direction::ByTense,
            } => Sem::Period { year, part, dir },
            other => other,
        }
    }

    /// "the early part of", "the last days of", "the closing weeks of" at `i`: the part of
    /// the time that follows, as a modifier.
    fn part_position(&self, i: usize) -> Option<Modifier> {
        if !self.is(i, Kw::The) || !self.is(i + 3, Kw::Of) {
            return None;
        }
        let part = self.word_is(i + 2, "part")
            || matches!(
                self.unit(i + 2),
                Some((Unit::Day | Unit::Week | Unit::Month | Unit::Hour, true))
            );
        if !part {
            return None;
        }
        let any = |words: &[&str]| words.iter().any(|w| self.word_is(i + 1, w));
        if any(&["early", "earlier", "first", "opening", "initial"]) {
            Some(Modifier::Start)
        } else if any(&[
            "late", "later", "latter", "last", "final", "closing", "dying", "waning",
        ]) {
            Some(Modifier::End)
        } else if any(&["middle"]) {
            Some(Modifier::Mid)
        } else {
            None
        }
    }

    /// A modifier before a core expression: its end, the modifier and which cores it fits.
    #[allow(clippy::type_complexity)]
    fn prefix(&self, i: usize) -> Option<(usize, Modifier, fn(&Sem) -> bool)> {
        let point: fn(&Sem) -> bool = |s| {
            matches!(
                s,
                Sem::Calendar { .. }
                    | Sem::Period { .. }
                    | Sem::Decade(_)
                    | Sem::Century(_)
                    | Sem::Deictic { .. }
                    | Sem::Weekday { .. }
                    | Sem::Anaphoric { .. }
                    | Sem::Shift { .. }
                    | Sem::Clock(TimeOfDay::Part(_))
            )
        };
        let length: fn(&Sem) -> bool =
            |s| matches!(s, Sem::Duration { .. } | Sem::Shift { .. } | Sem::Clock(_));
        let any: fn(&Sem) -> bool = |s| !matches!(s, Sem::Ref { .. });
        // "well over a decade", "a little more than two years": a word of degree before a
        // comparison joins it; after it "over" is always "more than" ("rose well over two
        // years" is not "during them"). "just" stays outside ("just over an hour").
        let degree = if ["well", "slightly", "far"]
            .iter()
            .any(|w| self.word_is(i, w))
        {
            Some(i + 1)
        } else if self.is(i, Kw::A) && (self.word_is(i + 1, "little") || self.word_is(i + 1, "bit"))
        {
            Some(i + 2)
        } else {
            None
        };
        if let Some(d) = degree {
            return match self.kw(d)? {
                Kw::Over => Some((d + 1, Modifier::MoreThan, length)),
                Kw::Under => Some((d + 1, Modifier::LessThan, length)),
                Kw::More | Kw::Less if self.is(d + 1, Kw::Than) => self.prefix(d),
                _ => None,
            };
        }
        let k = self.kw(i)?;
        // "mid-to-late 2025", "early to mid-March": a stretch of two parts, marked by the
        // later one.
        if matches!(k, Kw::Early | Kw::Mid | Kw::Late) {
            let mut j = i + 1;
            if self.punct(j, "-") && self.adj(j) {
                j += 1;
            }
            if self.is(j, Kw::To) {
                j += 1;
                if self.punct(j, "-") && self.adj(j) {
                    j += 1;
                }
                if matches!(self.kw(j), Some(Kw::Early | Kw::Mid | Kw::Late)) {
                    return self.prefix(j);
                }
            }
        }
        // "the early part of next year", "the last days of October", "the closing weeks
        // of 2024": a part of a time named by where it lies.
        if k == Kw::The
            && let Some(m) = self.part_position(i)
        {
            let point: fn(&Sem) -> bool = |s| {
                matches!(
                    s,
                    Sem::Calendar { day: None, .. }
                        | Sem::Period { .. }
                        | Sem::Decade(_)
                        | Sem::Century(_)
                        | Sem::Deictic {
                            unit: Unit::Week
                                | Unit::Month
                                | Unit::Quarter
                                | Unit::Half
                                | Unit::Year
                                | Unit::Decade
                                | Unit::Century,
                            ..
                        }
                        | Sem::Anaphoric {
                            unit: Unit::Week
                                | Unit::Month
                                | Unit::Quarter
                                | Unit::Half
                                | Unit::Year
                                | Unit::Decade
                                | Unit::Century,
                            ..
                        }
                )
            };
            return Some((i + 4, m, point));
        }
        match k {
            // "late in 2024", "earlier in the year", "early in the month".
            Kw::Early | Kw::Late | Kw::Earlier | Kw::Later if self.is(i + 1, Kw::In) => Some((
                i + 2,
                if matches!(k, Kw::Early | Kw::Earlier) {
                    Modifier::Start
                } else {
                    Modifier::End
                },
                |s| {
                    matches!(
                        s,
                        Sem::Calendar { .. }
                            | Sem::Period { .. }
                            | Sem::Decade(_)
                            | Sem::Century(_)
                            | Sem::Deictic { .. }
                            | Sem::Anaphoric {
                                unit: Unit::Week,
                                ..
                            }
                    )
                },
            )),
            // "a late-night host", "late-night television": a kind of show, no time.
            Kw::Early | Kw::Late
                if self.hyphen(i + 1)
                    && self.part(i + 2).is_some()
                    && LATE_NIGHT_GENRES.iter().any(|w| self.word_is(i + 3, w)) =>
            {
                None
            }
            Kw::Early | Kw::Late if self.hyphen(i + 1) => Some((
                i + 2,
                if k == Kw::Early {
                    Modifier::Start
                } else {
                    Modifier::End
                },
                point,
            )),
            Kw::Early => Some((i + 1, Modifier::Start, point)),
            Kw::Earlier if self.is(i + 1, Kw::This) || self.is(i + 1, Kw::Last) => {
                Some((i + 1, Modifier::Start, point))
            }
            // "earlier yesterday", "later that day", "earlier Sunday": the same day, no mod.
            Kw::Earlier | Kw::Later if matches!(self.kw(i + 1), Some(Kw::Yesterday | Kw::That)) => {
                Some((i + 1, Modifier::Approx, |s| {
                    matches!(
                        s,
                        Sem::Deictic { .. }
                            | Sem::Weekday { .. }
                            | Sem::Anaphoric { .. }
                            | Sem::Period {
                                dir: Direction::AtPrevious,
                                ..
                            }
                    )
                }))
            }
            Kw::Late => Some((i + 1, Modifier::End, point)),
            Kw::Later if self.is(i + 1, Kw::This) || self.is(i + 1, Kw::Next) => {
                Some((i + 1, Modifier::End, point))
            }
            Kw::Mid if self.hyphen(i + 1) => Some((i + 2, Modifier::Mid, point)),
            Kw::Mid => Some((i + 1, Modifier::Mid, point)),
            Kw::The if self.is(i + 2, Kw::Of) => {
                let m = match self.kw(i + 1)? {
                    Kw::End => Modifier::End,
                    Kw::Beginning | Kw::Start => Modifier::Start,
                    Kw::Middle => Modifier::Mid,
                    _ => return None,
                };
                Some((i + 3, m, any))
            }
            Kw::About | Kw::Around | Kw::Approximately | Kw::Roughly | Kw::Some => {
                Some((i + 1, Modifier::Approx, length))
            }
            Kw::Nearly | Kw::Almost => Some((i + 1, Modifier::Approx, length)),
            Kw::More | Kw::Less if self.is(i + 1, Kw::Than) => Some((
                i + 2,
                if k == Kw::More {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                },
                length,
            )),
            // "for over a century", "lasted under an hour", "over a week ago": more or less
            // than the length; but "rose over two years" is during them, no modifier.
            Kw::Over | Kw::Under if !self.is(i + 1, Kw::The) => {
                let m = if k == Kw::Over {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                };
                let counted = i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                    LENGTH_BEFORE_OVER
                        .iter()
                        .any(|w| p.text.eq_ignore_ascii_case(w))
                        || p.text.eq_ignore_ascii_case("just")
                });
                let shift: fn(&Sem) -> bool = |s| matches!(s, Sem::Shift { .. });
                let counted_length: fn(&Sem) -> bool =
                    |s| matches!(s, Sem::Duration { .. } | Sem::Shift { .. });
                Some((i + 1, m, if counted { counted_length } else { shift }))
            }
            Kw::At if self.is(i + 1, Kw::Least) => Some((i + 2, Modifier::EqualOrMore, length)),
            Kw::Up if self.is(i + 1, Kw::To) => Some((i + 2, Modifier::EqualOrLess, length)),
            Kw::No if self.is(i + 1, Kw::More) && self.is(i + 2, Kw::Than) => {
                Some((i + 3, Modifier::EqualOrLess, length))
            }
            Kw::As if self.is(i + 1, Kw::Much) && self.is(i + 2, Kw::As) => {
                Some((i + 3, Modifier::EqualOrLess, length))
            }
            _ => None,
        }
    }

    fn core(&self, i: usize) -> Option<Match> {
        // "by mid-century", "mid-decade": the century or decade of the publication date,
        // under the "mid-" modifier that precedes it.
        if let Some((u @ (Unit::Century | Unit::Decade), false)) = self.unit(i)
            && i >= 2
            && self.hyphen(i - 1)
            && self.is(i - 2, Kw::Mid)
            // A time after a preposition ("by mid-century"), not a style ("a
            // mid-century modern chair").
            && i.checked_sub(3).is_some_and(|p| {
                matches!(
                    self.kw(p),
                    Some(Kw::By | Kw::Until | Kw::At | Kw::In | Kw::Before | Kw::After | Kw::Since | Kw::Through)
                )
            })
            && self
                .tok(i + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || t.lex.is_some())
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Deictic {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                "the-unit",
            ));
        }
        let mut best = self.deictic(i).or_else(|| self.year_earlier(i));
        best = longest(best, self.time(i));
        best = longest(best, self.month_date(i));
        best = longest(best, self.day_month(i));
        best = longest(best, self.numeric_date(i));
        best = longest(best, self.day_alone(i));
        best = longest(best, self.year(i));
        best = longest(best, self.weekday_expr(i));
        best = longest(best, self.weekday_abbr_date(i));
        best = longest(best, self.season(i));
        best = longest(best, self.quarter(i));
        best = longest(best, self.holiday(i));
        best = longest(best, self.length(i));
        best = longest(best, self.set(i));
        best = longest(best, self.part_of_day(i));
        best = longest(best, self.nights_later(i));
        best = longest(best, self.week_of(i));
        best = longest(best, self.nth_of_month(i));
        if let Some((c, end)) = self.century(i) {
            best = longest(best, Some(Match::new(i, end, Sem::Century(c), "century")));
        }
        best
    }

    // ---- deictic, anaphoric and vague ----------------------------------------------------

    fn deictic(&self, i: usize) -> Option<Match> {
        let k = self.kw(i)?;
        let day = |offset: i32, j: usize, rule| {
            // "yesterday morning", "tomorrow night"
            if let Some(p) = self.part(j) {
                return Some(Match::new(
                    i,
                    j + 1,
                    Sem::Deictic {
                        unit: Unit::Day,
                        offset,
                        time: Some(TimeOfDay::Part(p)),
                    },
                    rule,
                ));
            }
            Some(Match::new(
                i,
                j,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: None,
                },
                rule,
            ))
        };
        let vague = |kind, end, unit, rule| Some(Match::new(i, end, Sem::Ref { kind, unit }, rule));
        match k {
            Kw::Today => day(0, i + 1, "today"),
            Kw::Yesterday => day(-1, i + 1, "yesterday"),
            Kw::Tomorrow => day(1, i + 1, "tomorrow"),
            Kw::Tonight => Some(Match::new(
                i,
                i + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset: 0,
                    time: Some(TimeOfDay::Part(PartOfDay::Night)),
                },
                "tonight",
            )),
            Kw::Now => {
                // "now-defunct": an adjective prefix.
                if self.hyphen(i + 1) {
                    return None;
                }
                vague(RefKind::Present, i + 1, Unit::Day, "now")
            }
            Kw::Currently | Kw::Nowadays => vague(RefKind::Present, i + 1, Unit::Day, "now"),
            Kw::More if self.is(i + 1, Kw::Recently) => {
                vague(RefKind::Past, i + 2, Unit::Month, "recently")
            }
            // "as recently as 2019": the time is the year named.
            Kw::Recently
                if i.checked_sub(1).is_some_and(|p| self.word_is(p, "as"))
                    && self.word_is(i + 1, "as") =>
            {
                None
            }
            Kw::Recently | Kw::Lately => vague(RefKind::Past, i + 1, Unit::Month, "recently"),
            Kw::These if self.word_is(i + 1, "days") => {
                vague(RefKind::Present, i + 2, Unit::Day, "now")
            }
            Kw::Coming | Kw::Future if self.unit(i + 1).is_some_and(|(_, p)| p) => {
                let (u, _) = self.unit(i + 1)?;
                Some(Match::new(
                    i,
                    i + 2,
                    Sem::Ref {
                        kind: RefKind::Future,
                        unit: u,
                    },
                    "coming-units",
                ))
            }
            Kw::Recent => {
                let (u, plural) = self.unit(i + 1)?;
                plural.then(|| {
                    Match::new(
                        i,
                        i + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "recent-units",
                    )
                })
            }
            // "at a later date", "a future date": some time to come.
            Kw::A
                if matches!(self.kw(i + 1), Some(Kw::Later | Kw::Future))
                    && self.word_is(i + 2, "date") =>
            {
                vague(RefKind::Future, i + 3, Unit::Day, "later-date")
            }
            // "mid-afternoon", "mid afternoon yesterday": a part of the day alone.
            Kw::Mid => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                let p = self.part(j)?;
                let (offset, end) = match self.kw(j + 1) {
                    Some(Kw::Yesterday) => (-1, j + 2),
                    Some(Kw::Tomorrow) => (1, j + 2),
                    Some(Kw::Today) => (0, j + 2),
                    _ => (0, j + 1),
                };
                Some(Match::new(
                    i,
                    end,
                    Sem::Deictic {
                        unit: Unit::Day,
                        offset,
                        time: Some(TimeOfDay::Part(p)),
                    },
                    "mid-part-of-day",
                ))
            }
            Kw::Current => self
                .this_last_next(i, k, i + 1)
                .or_else(|| self.current_alone(i)),
            Kw::This | Kw::Last | Kw::Next => self.this_last_next(i, k, i + 1),
            Kw::The => self.the_phrase(i),
            Kw::That | Kw::Same => {
                // "that same day": the determiner belongs to the expression.
                let j = if k == Kw::That && self.is(i + 1, Kw::Same) {
                    i + 2
                } else {
                    i + 1
                };
                // "that night", "that same evening", "later that morning": a part of the
                // day of the previous time in the text.
                if k == Kw::That
                    && let Some(m) = self.that_part_of_day(i, j)
                {
                    return Some(m);
                }
                // "that summer", "that same winter": the season of the previous time.
                if k == Kw::That
                    && let Some(m) = self.anaphoric_season(i, j, Direction::AtPrevious)
                {
                    return Some(m);
                }
                // "That October", "that same May": the month of the previous time.
                if k == Kw::That
                    && let Some(m) = self.anaphoric_month(i, j, Direction::AtPrevious)
                {
                    return Some(m);
                }
                // "That Friday": the first Friday from the previous time on.
                if k == Kw::That
                    && let Some(w) = self.weekday(j)
                    && self.cap(j)
                    && !self.apostrophe(j + 1)
                    && !i
                        .checked_sub(1)
                        .is_some_and(|p| REPORT_VERBS.iter().any(|v| self.word_is(p, v)))
                {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Weekday {
                            weekday: w,
                            time: None,
                            dir: Direction::AtPrevious,
                        },
                        "that-weekday",
                    ));
                }
                let (u, plural) = self.unit(j)?;
                if plural || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                Some(Match::new(
                    i,
                    j + 1,
                    Sem::Anaphoric {
                        unit: u,
                        offset: 0,
                        time: None,
                    },
                    "that-unit",
                ))
            }
            _ => None,
        }
    }

    /// "That October", "the following June": a capitalized month name at `j` (not one
    /// with its day or year) placed against the previous time in the text.
    fn anaphoric_month(&self, i: usize, j: usize, dir: Direction) -> Option<Match> {
        let m = self.month(j)?;
        if !self.cap(j) || self.month_date(j).is_some_and(|d| d.end > j + 1) {
            return None;
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Calendar {
                year: None,
                month: Some(m),
                day: None,
                time: None,
                dir,
            },
            "anaphoric-month",
        ))
    }

    /// "that summer", "the following spring", "the previous winter" (starting at `i`, the
    /// season at `j`): a season counted from the previous time in the text. Not "prices
    /// that fall" (a verb), "the following spring collection" or "the previous fall in
    /// prices" (a drop).
    fn anaphoric_season(&self, i: usize, j: usize, dir: Direction) -> Option<Match> {
        let season = self.lex(j)?.season?;
        if self.season_names_event(j)
            || self.hyphen(j + 1)
            || SEASON_THINGS.iter().any(|w| self.word_is(j + 1, w))
        {
            return None;
        }
        let verb_like = matches!(season, Season::Fall | Season::Spring);
        if verb_like && matches!(self.kw(j + 1), Some(Kw::Of | Kw::In)) {
            return None;
        }
        // "that fall" as a time opens its clause or ends it; "that fall" after a noun is
        // a relative clause ("stocks that fall").
        if verb_like && dir == Direction::AtPrevious {
            let opens = i.checked_sub(1).is_none_or(|q| {
                self.tok(q).is_some_and(|t| t.kind == TokenKind::Punct)
                    || matches!(
                        self.kw(q),
                        Some(Kw::In | Kw::During | Kw::By | Kw::Until | Kw::Since | Kw::And)
                    )
                    || self.word_is(q, "but")
                    || self.word_is(q, "then")
            });
            let ends = self.tok(j + 1).is_none_or(|t| t.kind == TokenKind::Punct);
            if !(opens || ends) {
                return None;
            }
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Period {
                year: None,
                part: YearPart::Season(season),
                dir,
            },
            "anaphoric-season",
        ))
    }

    /// "that night", "that same evening" (determiner at `i`, part of the day at `j`): the
    /// part of the day of the previous time in the text. Not "that" as a conjunction before
    /// a noun: "officials said that morning commuters faced delays".
    fn that_part_of_day(&self, i: usize, j: usize) -> Option<Match> {
        let m = self.part_of_day_anaphor(i, j, 0, "that-part-of-day")?;
        let after_report = i
            .checked_sub(1)
            .is_some_and(|q| REPORT_VERBS.iter().any(|w| self.word_is(q, w)));
        let noun_next = self.tok(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.lex.is_none()
                && !t.cap
                && !CLAUSE_OPENERS
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
        });
        (!(after_report && noun_next)).then_some(m)
    }

    /// "that night", "the same evening", "the previous morning" (from token `i`, the part
    /// of the day at `j`): that part of the day `offset` days from the day of the previous
    /// time in the text. Not a compound: "that night-time curfew", "that morning-after
    /// pill".
    fn part_of_day_anaphor(
        &self,
        i: usize,
        j: usize,
        offset: i32,
        rule: &'static str,
    ) -> Option<Match> {
        let p = self.part(j)?;
        if self.hyphen(j + 1) {
            return None;
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Anaphoric {
                unit: Unit::Day,
                offset,
                time: Some(TimeOfDay::Part(p)),
            },
            rule,
        ))
    }

    /// "last year", "this year", "next year" (optionally after a comma or "of"): the offset
    /// and the end.
    fn deictic_year(&self, mut j: usize) -> Option<(i32, usize)> {
        if self.punct(j, ",") || self.is(j, Kw::Of) {
            j += 1;
        }
        let offset = match self.kw(j)? {
            Kw::Last => -1,
            Kw::This => 0,
            Kw::Next => 1,
            _ => return None,
        };
        if !self.word_is(j + 1, "year") || self.apostrophe(j + 2) {
            return None;
        }
        Some((offset, j + 2))
    }

    /// "its current chairman", "current market conditions": the adjective "current" alone
    /// points to the present (TimeML tags it; "former" it does not). After a determiner or
    /// possessive, or opening a noun phrase, and never in "current account" or as the noun
    /// ("the current carried it").
    fn current_alone(&self, i: usize) -> Option<Match> {
        const BEFORE: &[&str] = &[
            "the", "its", "his", "her", "their", "our", "my", "your", "of", "in", "on", "under",
            "with", "from", "to", "at", "for", "by", "about", "because",
        ];
        const NOT_AFTER: &[&str] = &[
            "account",
            "accounts",
            "affairs",
            "events",
            "issue",
            "issues",
            "prices",
            "dollars",
            "assets",
            "liabilities",
            "ratio",
            "yield",
            "flows",
            "flow",
            "density",
            "source",
        ];
        let next = self.tok(i + 1)?;
        let before_ok = i
            .checked_sub(1)
            .is_none_or(|p| BEFORE.iter().any(|w| self.word_is(p, w)));
        // The noun "current" is followed by its verb: "the current carried", "the
        // current was strong".
        const VERB_AFTER: &[&str] = &[
            "is", "was", "are", "were", "has", "had", "will", "would", "can", "could", "may",
            "might", "swept", "ran", "runs", "flows", "pulls", "drew", "took",
        ];
        let next_ok = next.kind == TokenKind::Word
            && next.text.chars().next().is_some_and(char::is_lowercase)
            && !next.text.ends_with("ed")
            && !NOT_AFTER.iter().any(|w| next.text.eq_ignore_ascii_case(w))
            && !VERB_AFTER.iter().any(|w| next.text.eq_ignore_ascii_case(w))
            && !self.cap(i);
        (before_ok && next_ok).then(|| {
            Match::new(
                i,
                i + 1,
                Sem::Ref {
                    kind: RefKind::Present,
                    unit: Unit::Day,
                },
                "current",
            )
        })
    }

    /// The end of "a year ago", "a year earlier" or "last year" starting at token `at`.
    fn year_before(&self, at: usize) -> Option<usize> {
        if self.word_is(at, "a")
            && self.word_is(at + 1, "year")
            && matches!(self.kw(at + 2), Some(Kw::Ago | Kw::Earlier))
        {
            return Some(at + 3);
        }
        (self.is(at, Kw::Last) && self.word_is(at + 1, "year") && !self.apostrophe(at + 2))
            .then_some(at + 2)
    }

    /// "the quarter a year ago", "the same period last year" (from token `i`, the period
    /// word ending before `at`): the period under discussion, a year before.
    fn period_a_year_before(&self, i: usize, at: usize) -> Option<Match> {
        Some(Match::new(
            i,
            self.year_before(at)?,
            Sem::Shift {
                amount: Amount::n(1),
                unit: Unit::Year,
                sign: -1,
                anchor: AnchorKind::Previous,
            },
            "period-a-year-before",
        ))
    }

    /// "year-earlier", "year-ago" (as adjectives: "year-earlier profit").
    fn year_earlier(&self, i: usize) -> Option<Match> {
        if !(self.word_is(i, "year")
            && self.hyphen(i + 1)
            && (self.is(i + 2, Kw::Earlier) || self.is(i + 2, Kw::Ago)))
        {
            return None;
        }
        Some(Match::new(
            i,
            i + 3,
            Sem::Shift {
                amount: Amount::n(1),
                unit: Unit::Year,
                sign: -1,
                anchor: AnchorKind::Previous,
            },
            "year-earlier",
        ))
    }

    /// "this/last/next/current" + unit, weekday, month, season or part of day, starting the
    /// head at `j`.
    fn this_last_next(&self, i: usize, k: Kw, mut j: usize) -> Option<Match> {
        // "this past weekend", "this coming Monday"
        let mut k = k;
        if k == Kw::This && self.is(j, Kw::Past) {
            k = Kw::Last;
            j += 1;
        } else if k == Kw::This && self.is(j, Kw::Coming) {
            k = Kw::Next;
            j += 1;
        }
        let (offset, dir) = match k {
            Kw::This | Kw::Current => (0, Direction::Same),
            Kw::Last => (-1, Direction::Past),
            Kw::Next => (1, Direction::Future),
            _ => return None,
        };
        if let Some((u, plural)) = self.unit(j) {
            if plural || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            // "the last week of the campaign", "the next day of talks": a part of
            // something named after it, not a unit counted from the report.
            if k != Kw::This
                && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
                && self.is(j + 1, Kw::Of)
            {
                return None;
            }
            if u == Unit::Weekend {
                return Some(Match::new(i, j + 1, Sem::Weekend { dir }, "this-weekend"));
            }
            // "this year's third quarter", "last year's quarter"
            if u == Unit::Year && self.apostrophe(j + 1) && self.word_is(j + 2, "s") {
                if let Some(q) = self.quarter(j + 3)
                    && let Sem::Period {
                        year: None, part, ..
                    } = q.sem
                    && q.start == j + 3
                {
                    return Some(Match::new(
                        i,
                        q.end,
                        Sem::InDeicticYear {
                            offset,
                            part: YearSub::Part(part),
                        },
                        "this-year-part",
                    ));
                }
                if self.word_is(j + 3, "quarter") || self.word_is(j + 3, "period") {
                    return Some(Match::new(
                        i,
                        j + 4,
                        Sem::InDeicticYear {
                            offset,
                            part: YearSub::CurrentQuarter,
                        },
                        "this-year-part",
                    ));
                }
            }
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: u,
                    offset,
                    time: None,
                },
                "this-unit",
            ));
        }
        if self.is(j, Kw::Fiscal) && self.word_is(j + 1, "year") {
            return Some(Match::new(
                i,
                j + 2,
                Sem::Deictic {
                    unit: Unit::Year,
                    offset,
                    time: None,
                },
                "this-unit",
            ));
        }
        if k == Kw::Current {
            return None;
        }
        if let Some(p) = self.part(j) {
            let offset = match (k, p) {
                (Kw::Last, PartOfDay::Night) => -1,
                (Kw::This, _) => 0,
                _ => return None,
            };
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: Some(TimeOfDay::Part(p)),
                },
                "this-morning",
            ));
        }
        if let Some(w) = self.weekday(j) {
            // "this coming Sunday, March 8": the date in apposition belongs to it.
            if self.punct(j + 1, ",")
                && let Some(m) = self.month_date(j + 2)
                && matches!(m.sem, Sem::Calendar { day: Some(_), .. })
            {
                return Some(Match::new(i, m.end, m.sem, "weekday-date"));
            }
            let (time, end) = match self.part(j + 1) {
                Some(p) => (Some(TimeOfDay::Part(p)), j + 2),
                None => (None, j + 1),
            };
            return Some(Match::new(
                i,
                end,
                Sem::Weekday {
                    weekday: w,
                    time,
                    dir,
                },
                "this-weekday",
            ));
        }
        if let Some(m) = self.month(j) {
            // "last Oct. 23"
            if let Some(md) = self.month_date(j)
                && let Sem::Calendar {
                    year: None,
                    day: Some(d),
                    ..
                } = md.sem
            {
                return Some(Match::new(
                    i,
                    md.end,
                    Sem::Calendar {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                        time: None,
                        dir,
                    },
                    "this-month-name",
                ));
            }
            let abbr = self.lex(j).is_some_and(|l| l.month_abbr);
            return Some(Match::new(
                i,
                if abbr { self.skip_dot(j + 1) } else { j + 1 },
                Sem::Calendar {
                    year: None,
                    month: Some(m),
                    day: None,
                    time: None,
                    dir,
                },
                "this-month-name",
            ));
        }
        if let Some(h) = self.holiday(j)
            && let Sem::Holiday {
                holiday,
                year: None,
                around,
                ..
            } = h.sem
        {
            return Some(Match::new(
                i,
                h.end,
                Sem::Holiday {
                    holiday,
                    year: None,
                    dir,
                    around,
                },
                "this-holiday",
            ));
        }
        if let Some(s) = self.lex(j).and_then(|l| l.season)
            && !self.season_names_event(j)
        {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Period {
                    year: None,
                    part: YearPart::Season(s),
                    dir,
                },
                "this-season",
            ));
        }
        None
    }

    /// Phrases starting with "the".
    fn the_phrase(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        // "the Labor Day weekend": the article belongs to the weekend.
        if let Some(h) = self.holiday(j)
            && matches!(h.rule, "holiday-weekend" | "holiday-week")
        {
            return Some(Match::new(i, h.end, h.sem, h.rule));
        }
        let k = self.kw(j);
        if let Some(m) = self.the_unit_before(i) {
            return Some(m);
        }
        // "the week ended Oct. 30", "the month ending June 30": the period a report covers,
        // a length whose end is the date that follows (as "the year ended").
        if let Some((u @ (Unit::Week | Unit::Month), false)) = self.unit(j)
            && matches!(self.kw(j + 1), Some(Kw::Ended | Kw::Ending))
        {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Duration {
                    amount: Amount::n(1),
                    unit: u,
                    ending_now: false,
                },
                "the-unit-ended",
            ));
        }
        // "the foreseeable future", "the distant past": a vague time under an adjective.
        if let Some(kind) = match self.kw(j + 1) {
            Some(Kw::Future) => Some(RefKind::Future),
            Some(Kw::Past) => Some(RefKind::Past),
            _ => None,
        } && VAGUE_ADJECTIVES.iter().any(|w| self.word_is(j, w))
            && !self.is(j + 2, Kw::Of)
        {
            return Some(Match::new(
                i,
                j + 2,
                Sem::Ref {
                    kind,
                    unit: Unit::Year,
                },
                if kind == RefKind::Future {
                    "the-future"
                } else {
                    "the-past"
                },
            ));
        }
        match k {
            _ if self.word_is(j, "near") && self.is(j + 1, Kw::Future)
                || (self.word_is(j, "near") || self.word_is(j, "short"))
                    && self.word_is(j + 1, "term") =>
            {
                Some(Match::new(
                    i,
                    j + 2,
                    Sem::Ref {
                        kind: RefKind::Future,
                        unit: Unit::Year,
                    },
                    "the-future",
                ))
            }
            // "the future of the company": its fate, not a time.
            Some(Kw::Future) if self.is(j + 1, Kw::Of) => None,
            Some(Kw::Future) => Some(Match::new(
                i,
                j + 1,
                Sem::Ref {
                    kind: RefKind::Future,
                    unit: Unit::Year,
                },
                "the-future",
            )),
            Some(Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following) => {
                let kk = k?;
                // "the past five years", "the next few days"
                if let Some((amount, after)) = self.amount(j + 1)
                    && let Some((u, _)) = self.unit(after)
                {
                    let ending_now = matches!(kk, Kw::Past | Kw::Last);
                    return Some(Match::new(
                        i,
                        after + 1,
                        Sem::Duration {
                            amount,
                            unit: u,
                            ending_now,
                        },
                        "the-past-units",
                    ));
                }
                // Counted from the previous time in the text, not from the publication
                // date: backwards after "previous", forwards otherwise.
                let from_previous = if kk == Kw::Previous {
                    Direction::BeforePrevious
                } else {
                    Direction::AfterPrevious
                };
                // "the previous Friday", "the following Monday night".
                if matches!(kk, Kw::Previous | Kw::Following)
                    && let Some(w) = self.weekday(j + 1)
                {
                    let (time, end) = match self.part(j + 2) {
                        Some(p) => (Some(TimeOfDay::Part(p)), j + 3),
                        None => (None, j + 2),
                    };
                    let dir = from_previous;
                    return Some(Match::new(
                        i,
                        end,
                        Sem::Weekday {
                            weekday: w,
                            time,
                            dir,
                        },
                        "the-previous-weekday",
                    ));
                }
                // "the following June", "the previous March".
                if matches!(kk, Kw::Previous | Kw::Following)
                    && let Some(m) = self.anaphoric_month(i, j + 1, from_previous)
                {
                    return Some(m);
                }
                // "the following spring", "the previous winter".
                if matches!(kk, Kw::Previous | Kw::Following | Kw::Next)
                    && let Some(m) = self.anaphoric_season(i, j + 1, from_previous)
                {
                    return Some(m);
                }
                // "the previous evening": that part of the day before the previous time.
                if kk == Kw::Previous
                    && let Some(m) =
                        self.part_of_day_anaphor(i, j + 1, -1, "the-previous-part-of-day")
                {
                    return Some(m);
                }
                // "the next morning", "the following evening": the next day.
                if matches!(kk, Kw::Next | Kw::Following) && self.part(j + 1).is_some() {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Anaphoric {
                            unit: Unit::Day,
                            offset: 1,
                            time: None,
                        },
                        "the-next-unit",
                    ));
                }
                if let Some((u, plural)) = self.unit(j + 1) {
                    if plural {
                        // "the coming weeks", "the past months"
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::Some,
                                unit: u,
                                ending_now: matches!(kk, Kw::Past | Kw::Last),
                            },
                            "the-past-units",
                        ));
                    }
                    // "the last week of the campaign", "the last day of the trial": a
                    // part of something else, not the stretch up to the report.
                    if matches!(kk, Kw::Past | Kw::Last) && self.is(j + 2, Kw::Of) {
                        return None;
                    }
                    // "for the next decade", "for the coming year": a length ahead.
                    // ("over the next year" is the year, as TimeBank has it.)
                    if matches!(kk, Kw::Next | Kw::Coming | Kw::Following)
                        && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::For))
                    {
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::n(1),
                                unit: u,
                                ending_now: false,
                            },
                            "the-next-unit-length",
                        ));
                    }
                    return Some(match kk {
                        Kw::Past | Kw::Last => Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::n(1),
                                unit: u,
                                ending_now: true,
                            },
                            "the-past-unit",
                        ),
                        Kw::Coming => Match::new(
                            i,
                            j + 2,
                            Sem::Deictic {
                                unit: u,
                                offset: 1,
                                time: None,
                            },
                            "the-coming-unit",
                        ),
                        Kw::Previous => Match::new(
                            i,
                            j + 2,
                            Sem::Anaphoric {
                                unit: u,
                                offset: -1,
                                time: None,
                            },
                            "the-next-unit",
                        ),
                        _ => Match::new(
                            i,
                            j + 2,
                            Sem::Anaphoric {
                                unit: u,
                                offset: 1,
                                time: None,
                            },
                            "the-next-unit",
                        ),
                    });
                }
                // "for the past three summers": each of those seasons, a recurring time.
                if matches!(kk, Kw::Past | Kw::Last)
                    && let Some((_, e)) = self.amount(j + 1)
                    && let Some(season) = self.tok(e).and_then(|t| season_plural(t.text))
                {
                    return Some(Match::new(
                        i,
                        e + 1,
                        Sem::Set(Recurrence {
                            season: Some(season),
                            ..Recurrence::every(Amount::n(1), Unit::Year)
                        }),
                        "the-past-seasons",
                    ));
                }
                // "the past three matches", "the past few games": a count of things, not
                // of time (a count of units was matched as a length before).
                if kk == Kw::Past && self.amount(j + 1).is_none() {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: Unit::Year,
                        },
                        "the-past",
                    ));
                }
                None
            }
            // "the same period last year", "the corresponding quarter a year ago": the
            // period under discussion, a year before.
            Some(Kw::Same) | None
                if (k.is_some()
                    || self.word_is(j, "corresponding")
                    || self.word_is(j, "comparable"))
                    && (self.word_is(j + 1, "period") || self.word_is(j + 1, "quarter"))
                    && self.year_before(j + 2).is_some() =>
            {
                self.period_a_year_before(i, j + 2)
            }
            None if self.word_is(j, "quarter") && self.year_before(j + 1).is_some() => {
                self.period_a_year_before(i, j + 1)
            }
            // "the same summer": the season of the previous time.
            Some(Kw::Same) if self.lex(j + 1).is_some_and(|l| l.season.is_some()) => {
                self.anaphoric_season(i, j + 1, Direction::AtPrevious)
            }
            // "the same night": that part of the day of the previous time.
            Some(Kw::Same) if self.part(j + 1).is_some() && !self.hyphen(j + 2) => {
                self.part_of_day_anaphor(i, j + 1, 0, "that-part-of-day")
            }
            Some(Kw::Same) => {
                let (u, plural) = self.unit(j + 1)?;
                (!plural).then(|| {
                    Match::new(
                        i,
                        j + 2,
                        Sem::Anaphoric {
                            unit: u,
                            offset: 0,
                            time: None,
                        },
                        "the-same-unit",
                    )
                })
            }
            Some(Kw::Latest | Kw::Current) | None
                if self.word_is(j + usize::from(k.is_some()), "quarter")
                    || (k == Some(Kw::Latest) && self.word_is(j + 1, "period")) =>
            {
                Some(Match::new(
                    i,
                    j + 1 + usize::from(k.is_some()),
                    match k {
                        Some(Kw::Current) => Sem::Deictic {
                            unit: Unit::Quarter,
                            offset: 0,
                            time: None,
                        },
                        Some(_) => Sem::Anaphoric {
                            unit: Unit::Quarter,
                            offset: 9,
                            time: None,
                        },
                        None => Sem::Anaphoric {
                            unit: Unit::Quarter,
                            offset: 0,
                            time: None,
                        },
                    },
                    "the-quarter",
                ))
            }
            // "the full fiscal year": as "the full year".
            Some(Kw::Full)
                if self.is(j + 1, Kw::Fiscal)
                    && self.word_is(j + 2, "year")
                    && !matches!(self.kw(j + 3), Some(Kw::Ended | Kw::Ending))
                    && !self.hyphen(j + 3) =>
            {
                Some(Match::new(
                    i,
                    j + 3,
                    Sem::Deictic {
                        unit: Unit::Year,
                        offset: 0,
                        time: None,
                    },
                    "the-full-year",
                ))
            }
            Some(Kw::Fiscal | Kw::Full) | None
                if self.word_is(j + usize::from(k.is_some()), "year") =>
            {
                let y = j + usize::from(k.is_some());
                if self.hyphen(y + 1) {
                    return self.the_year_ago(i, j);
                }
                let ended = matches!(self.kw(y + 1), Some(Kw::Ended | Kw::Ending));
                if k == Some(Kw::Full) && !ended {
                    return Some(Match::new(
                        i,
                        y + 1,
                        Sem::Deictic {
                            unit: Unit::Year,
                            offset: 0,
                            time: None,
                        },
                        "the-full-year",
                    ));
                }
                if ended || k == Some(Kw::Fiscal) {
                    return Some(Match::new(
                        i,
                        y + 1,
                        Sem::Duration {
                            amount: Amount::n(1),
                            unit: Unit::Year,
                            ending_now: false,
                        },
                        "the-fiscal-year",
                    ));
                }
                self.the_unit_under_modifier(i, j)
            }
            _ => {
                // "the 1988 quarter", "the 1988 second quarter", "the 1989 period"
                if let Some(y) = self.year4(j) {
                    if let Some(m) = self.quarter(j + 1)
                        && let Sem::Period {
                            year: None,
                            part,
                            dir,
                        } = m.sem
                    {
                        return Some(Match::new(
                            i,
                            m.end,
                            Sem::Period {
                                year: Some(y),
                                part,
                                dir,
                            },
                            "the-year-quarter",
                        ));
                    }
                    if self.word_is(j + 1, "quarter") || self.word_is(j + 1, "period") {
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::QuarterOfYear { year: y },
                            "the-year-quarter",
                        ));
                    }
                }
                // "the weeks ahead", "the years ahead": an unspecified stretch to come.
                if let Some((u, true)) = self.unit(j)
                    && self.word_is(j + 1, "ahead")
                {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Duration {
                            amount: Amount::Some,
                            unit: u,
                            ending_now: false,
                        },
                        "the-units-ahead",
                    ));
                }
                // "the nineties"
                if let Some(d) = self.tok(j).and_then(|t| decade_word(t.text)) {
                    return Some(Match::new(i, j + 1, Sem::Decade(d), "decade"));
                }
                // "the 20th century"
                if let Some(c) = self.century(j) {
                    return Some(Match::new(i, c.1, Sem::Century(c.0), "century"));
                }
                // "the turn of the century": about the year that ends one.
                if self.word_is(j, "turn") && self.is(j + 1, Kw::Of) && self.is(j + 2, Kw::The) {
                    return self.turn_of(i, j + 3);
                }
                self.the_year_ago(i, j).or_else(|| self.the_weekend(i, j))
            }
        }
    }

    /// "The week before, claims rose.", "he left the day after.": one unit before or after
    /// the previous time in the text. Only when the phrase ends there; "the day before the
    /// vote" is counted from an event, not from a time.
    fn the_unit_before(&self, i: usize) -> Option<Match> {
        // "The night before, it rained", "the morning after": that part of the day before
        // or after the day of the previous time.
        let part = self.part(i + 1);
        let u = match (part, self.unit(i + 1)) {
            (Some(_), _) => Unit::Day,
            (None, Some((u, false))) => u,
            _ => return None,
        };
        if !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
            return None;
        }
        let offset = match self.kw(i + 2)? {
            Kw::Before | Kw::Earlier => -1,
            Kw::After | Kw::Later => 1,
            _ => return None,
        };
        let ends_at = |k: usize| {
            self.tok(k).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    && matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?" | "—")
            })
        };
        // "the night before last", "the day before last": two days before the publication
        // date (but "the day before last Tuesday" is counted from Tuesday).
        if u == Unit::Day && offset == -1 && self.is(i + 3, Kw::Last) && ends_at(i + 4) {
            return Some(Match::new(
                i,
                i + 4,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset: -2,
                    time: part.map(TimeOfDay::Part),
                },
                "the-day-before-last",
            ));
        }
        ends_at(i + 3).then(|| {
            Match::new(
                i,
                i + 3,
                Sem::Anaphoric {
                    unit: u,
                    offset,
                    time: part.map(TimeOfDay::Part),
                },
                "the-unit-before",
            )
        })
    }

    /// "the year-ago quarter", "the year-earlier period"
    fn the_year_ago(&self, i: usize, j: usize) -> Option<Match> {
        let m = self.year_earlier(j)?;
        if !(self.word_is(m.end, "period") || self.word_is(m.end, "quarter")) {
            return None;
        }
        Some(Match {
            start: i,
            end: m.end + 1,
            ..m
        })
    }

    fn the_weekend(&self, i: usize, j: usize) -> Option<Match> {
        {
            {
                if let Some((u, false)) = self.unit(j)
                    && u == Unit::Weekend
                {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Weekend {
                            dir: Direction::ByTense,
                        },
                        "the-weekend",
                    ));
                }
                self.the_unit_under_modifier(i, j)
            }
        }
    }

    /// "the year", "the month" under a position modifier: "the end of the year".
    fn the_unit_under_modifier(&self, i: usize, j: usize) -> Option<Match> {
        let (u, plural) = self.unit(j)?;
        // The unit that holds the publication date: "the year", "the month".
        let this_unit = |rule| {
            Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                rule,
            ))
        };
        // "For the year, sales rose", "a high for the year of $42": the period a report
        // covers.
        if !plural
            && matches!(u, Unit::Year | Unit::Week | Unit::Month)
            && i >= 1
            && self.is(i - 1, Kw::For)
            && (self.punct(j + 1, ",") || self.is(j + 1, Kw::Of))
        {
            return this_unit("for-the-unit");
        }
        // "earlier in the year", "late in the month", "the end of the decade": the unit
        // of the publication date under a position.
        let under_position = i >= 2
            && match self.kw(i - 1) {
                Some(Kw::In) => {
                    matches!(
                        self.kw(i - 2),
                        Some(Kw::Early | Kw::Late | Kw::Earlier | Kw::Later)
                    ) && !self.is(j + 1, Kw::Of)
                }
                Some(Kw::Of) => {
                    matches!(
                        self.kw(i - 2),
                        Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                    ) || i
                        .checked_sub(4)
                        .is_some_and(|p| self.part_position(p).is_some())
                }
                _ => false,
            };
        // "later in the week, talks resumed": in a story, the week of the time just told
        // (the publication's when none was). ("Earlier in the day" is left untagged, as
        // TimeBank annotators leave it.)
        let earlier_later_in = i >= 2
            && self.is(i - 1, Kw::In)
            && matches!(self.kw(i - 2), Some(Kw::Earlier | Kw::Later));
        if !plural && earlier_later_in && u == Unit::Week {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Anaphoric {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                "the-unit-in-the-story",
            ));
        }
        if !plural
            && under_position
            && matches!(
                u,
                Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
            )
        {
            return this_unit("the-unit");
        }
        None
    }

    /// "the turn of" + "the 20th century" (about 1900), "the century" or "the millennium"
    /// (the one nearest the reference on the tense's side), from token `k` after "the".
    fn turn_of(&self, i: usize, k: usize) -> Option<Match> {
        if self.hyphen(k + 1) {
            return None; // "the turn of the century-old mill"
        }
        let (sem, end) = if let Some((c, end)) = self.century(k) {
            (calendar_year(c.checked_mul(100)?), end)
        } else if self.word_is(k, "century") || self.word_is(k, "millennium") {
            let years = if self.word_is(k, "century") {
                100
            } else {
                1000
            };
            (
                Sem::Turn {
                    years,
                    dir: Direction::ByTense,
                },
                k + 1,
            )
        } else {
            return None;
        };
        Some(Match {
            modifier: Some(Modifier::Approx),
            ..Match::new(i, end, sem, "turn-of-the-century")
        })
    }

    /// "20th century", "twentieth century": (century digits, end).
    fn century(&self, j: usize) -> Option<(i32, usize)> {
        let (n, k) = if let Some(n) = self.num(j).filter(|_| self.ndigits(j) <= 2) {
            if !(self.adj(j + 1) && self.lex(j + 1).is_some_and(|l| l.ord_suffix)) {
                return None;
            }
            (n, j + 2)
        } else {
            (self.lex(j).and_then(|l| l.ordinal)?, j + 1)
        };
        if !self.word_is(k, "century") || n == 0 {
            return None;
        }
        Some((i32::try_from(n).ok()? - 1, k + 1))
    }

    // ---- clock times ---------------------------------------------------------------------

    /// "a.m." / "pm" / "p.m": returns (is_pm, next index).
    fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text;
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            let pm = w.eq_ignore_ascii_case("pm");
            // "at 3pm. The ..." ends the sentence: "pm" written without dots owns a period
            // only when the sentence runs on ("3 pm. on Friday").
            let runs_on = self
                .tok(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
            let end = if runs_on { self.skip_dot(i + 1) } else { i + 1 };
            return Some((pm, end));
        }
        if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
            && self.punct(i + 1, ".")
            && self.adj(i + 1)
            && self.word_is(i + 2, "m")
            && self.adj(i + 2)
        {
            let pm = w.eq_ignore_ascii_case("p");
            return Some((pm, self.skip_dot(i + 3)));
        }
        None
    }

    fn clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        match self.kw(i) {
            Some(Kw::Noon) => {
                return Some((
                    TimeOfDay::Clock {
                        hour: 12,
                        minute: 0,
                    },
                    i + 1,
                ));
            }
            Some(Kw::Midnight) => {
                // "shortly after midnight": the first moments of the day, T00:00.
                let after = i.checked_sub(1).is_some_and(|p| self.is(p, Kw::After));
                return Some((
                    TimeOfDay::Clock {
                        hour: if after { 0 } else { 24 },
                        minute: 0,
                    },
                    i + 1,
                ));
            }
            _ => {}
        }
        if let Some(m) = self.military_clock(i) {
            return Some(m);
        }
        // "8.30am", "7.45 p.m.": the British clock, a dot between hour and minute.
        let dotted = self
            .tok(i)
            .filter(|t| t.kind == TokenKind::Number && self.ampm(i + 1).is_some())
            .and_then(|t| t.text.split_once('.'))
            .filter(|(h, m)| h.len() <= 2 && m.len() == 2)
            .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
            .filter(|(_, m)| *m < 60);
        let hour = match dotted {
            Some((h, _)) => h,
            None => self
                .num(i)
                .filter(|_| self.ndigits(i) <= 2)
                .or_else(|| self.lex(i).and_then(|l| l.number).filter(|n| *n <= 12))?,
        };
        let mut j = i + 1;
        let mut minute = dotted.map(|(_, m)| m);
        if self.punct(j, ":") && self.adj(j) && self.adj(j + 1) && self.ndigits(j + 1) == 2 {
            minute = Some(self.num(j + 1)?);
            j += 2;
        }
        let ampm = self.ampm(j);
        let oclock = self.word_is(j, "o") && self.apostrophe(j + 1) && self.word_is(j + 2, "clock");
        let mut hour = hour;
        if let Some((pm, next)) = ampm {
            if !(1..=12).contains(&hour) {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            j = next;
        } else if oclock {
            if !(1..=12).contains(&hour) {
                return None;
            }
            j += 3;
            if let Some((h, next)) = self.in_the_part(hour, j) {
                hour = h;
                j = next;
            }
        } else if let Some((h, next)) = self
            .in_the_part(hour, j)
            .filter(|_| self.clock_preposition_before(i))
        {
            // "at 4 in the morning", "until 10 at night"
            hour = h;
            j = next;
        } else if minute.is_none()
            && (1..=12).contains(&hour)
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At))
            && !i
                .checked_sub(2)
                .and_then(|p| self.tok(p))
                .is_some_and(|p| LEVEL_VERBS.iter().any(|w| p.text.eq_ignore_ascii_case(w)))
            && (matches!(self.kw(j), Some(Kw::Today | Kw::Tomorrow | Kw::Tonight))
                || self.is(j, Kw::On) && self.weekday(j + 1).is_some())
        {
            // "at 9 on Monday", "at 10 tomorrow", "at 7 tonight": a bare hour before its day.
            if self.is(j, Kw::Tonight) && (5..12).contains(&hour) {
                hour += 12;
            }
        } else if let Some(h) = self.range_start_hour(i, hour, minute.unwrap_or(0), j) {
            // "between 2 and 4 p.m.", "from 10 to 11:30 a.m.", "9-11 a.m."
            hour = h;
        } else if let Some(h) = self.hour_after_clock(i, hour, j) {
            // "began at noon Saturday and ended around 4"
            hour = h;
        } else if minute.is_none()
            || hour > 23
            || self.lex(i).is_some()
            || !(self.zone_end(j).is_some() || i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)))
        {
            return None;
        }
        let minute = minute.unwrap_or(0);
        if minute > 59 {
            return None;
        }
        Some((
            TimeOfDay::Clock { hour, minute },
            self.zone_end(j).unwrap_or(j),
        ))
    }

    /// The end of a time zone after a clock at `j`: an abbreviation ("EST", "GMT", "ET") or
    /// a North American zone by its region ("8:30 Eastern", "9 p.m. Pacific time", "noon
    /// Central Standard Time"); not a region naming a place ("3 p.m. Eastern Europe").
    fn zone_end(&self, j: usize) -> Option<usize> {
        if self.lex(j).is_some_and(|l| l.zone) {
            return Some(j + 1);
        }
        let region = self.cap(j)
            && ["eastern", "central", "pacific", "mountain", "atlantic"]
                .iter()
                .any(|w| self.word_is(j, w));
        if !region {
            return None;
        }
        let time = |k: usize| self.word_is(k, "time");
        if (self.word_is(j + 1, "standard") || self.word_is(j + 1, "daylight")) && time(j + 2) {
            return Some(j + 3);
        }
        if time(j + 1) {
            return Some(j + 2);
        }
        let named_place = self.tok(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.cap
                && t.lex
                    .is_none_or(|l| l.weekday.is_none() && l.month.is_none())
        });
        (!named_place).then_some(j + 1)
    }

    /// "began at noon Saturday and ended around 4", "halted at 10:15 a.m. and resumed at
    /// 11": a bare hour 1–12 at `i` (its clock ending at `j`) after a preposition, closing
    /// the clause, with a clock time carrying its meridiem a few words before: the first
    /// such hour not before that one (16:00, 11:00).
    fn hour_after_clock(&self, i: usize, hour: u32, j: usize) -> Option<u32> {
        if !(1..=12).contains(&hour) || self.lex(i).is_some() || self.ndigits(i) > 2 {
            return None;
        }
        let p = i.checked_sub(1)?;
        // Not after "until" or "by": "opened at 7 a.m. and runs until 8" may well close in
        // the evening.
        let led = matches!(
            self.kw(p),
            Some(Kw::At | Kw::Around | Kw::About | Kw::After)
        );
        let level = p
            .checked_sub(1)
            .and_then(|q| self.tok(q))
            .is_some_and(|q| LEVEL_VERBS.iter().any(|w| q.text.eq_ignore_ascii_case(w)));
        let closes = self
            .tok(j)
            .is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";" | ")"))
            || self.is(j, Kw::And);
        if !led || level || !closes || (self.punct(j, ".") && self.num(j + 1).is_some()) {
            return None;
        }
        let before = (p.saturating_sub(14)..p)
            .rev()
            .find_map(|k| self.explicit_hour(k))?;
        [hour % 12, hour % 12 + 12]
            .into_iter()
            .find(|h| *h >= before)
    }

    /// The hour on the 24-hour clock of a clock time at `k` whose meridiem is written ("4
    /// p.m.", "10:15 a.m.") or that is noon.
    fn explicit_hour(&self, k: usize) -> Option<u32> {
        if self.is(k, Kw::Noon) {
            return Some(12);
        }
        // The minutes of "1:11 a.m." are no hour.
        if self.adj(k) && k.checked_sub(1).is_some_and(|p| self.punct(p, ":")) {
            return None;
        }
        let h = self
            .num(k)
            .filter(|h| self.ndigits(k) <= 2 && (1..=12).contains(h))?;
        let mut e = k + 1;
        if self.punct(e, ":") && self.adj(e) && self.ndigits(e + 1) == 2 {
            e += 2;
        }
        let (pm, _) = self.ampm(e)?;
        Some(h % 12 + if pm { 12 } else { 0 })
    }

    /// A word or dash at `j` that joins the start of a range of times to its end: "to",
    /// "until", "till", "through", a dash, or "and" after "between" at `i - 1`.
    fn range_link(&self, i: usize, j: usize) -> bool {
        match self.kw(j) {
            Some(Kw::To | Kw::Until | Kw::Through) => true,
            Some(Kw::And) => i.checked_sub(1).is_some_and(|p| self.word_is(p, "between")),
            _ => {
                self.word_is(j, "till")
                    || self.word_is(j, "thru")
                    || self.punct(j, "-")
                    || self.punct(j, "–")
            }
        }
    }

    /// "between 2 and 4 p.m.", "from 10 to 11:30 a.m.", "9-11 a.m.", "10 to noon": a bare
    /// hour 1–12 at `i` (with `minute`, its clock ending at `j`) that opens a range whose
    /// end carries the meridiem shares it: the start's hour on the 24-hour clock, the
    /// latest one not after the end ("11 to 1 p.m." starts at 11:00).
    fn range_start_hour(&self, i: usize, hour: u32, minute: u32, j: usize) -> Option<u32> {
        if !(1..=12).contains(&hour) || !self.range_link(i, j) {
            return None;
        }
        let k = j + 1;
        let end = if self.is(k, Kw::Noon) {
            12 * 60
        } else {
            let h = self
                .num(k)
                .filter(|_| self.ndigits(k) <= 2)
                .or_else(|| self.lex(k).and_then(|l| l.number))
                .filter(|h| (1..=12).contains(h))?;
            let mut e = k + 1;
            let mut m = 0;
            if self.punct(e, ":") && self.adj(e) && self.adj(e + 1) && self.ndigits(e + 1) == 2 {
                m = self.num(e + 1).filter(|m| *m <= 59)?;
                e += 2;
            }
            let (pm, _) = self.ampm(e)?;
            (h % 12 + if pm { 12 } else { 0 }) * 60 + m
        };
        let am = hour % 12;
        [am + 12, am].into_iter().find(|h| h * 60 + minute < end)
    }

    /// A wire-style 24-hour clock of four digits followed by its zone: "0900 GMT",
    /// "2000 local time", "1500 Moscow time". Without the zone the digits stay a year.
    fn military_clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        self.military_clock_linked(i, true)
    }

    /// [`Self::military_clock`], following a link to a second clock ("0800 to 1800 GMT")
    /// only when `link` is set, so that a chain of figures is read in linear time.
    fn military_clock_linked(&self, i: usize, link: bool) -> Option<(TimeOfDay, usize)> {
        if self.ndigits(i) != 4 || self.lex(i).is_some() {
            return None;
        }
        let n = self.num(i)?;
        let (hour, minute) = (n / 100, n % 100);
        if hour > 24 || minute > 59 || (hour == 24 && minute > 0) {
            return None;
        }
        let j = i + 1;
        if self.lex(j).is_some_and(|l| l.zone) {
            return Some((TimeOfDay::Clock { hour, minute }, j + 1));
        }
        // "at 2100 hours": the military reading aloud.
        if self.word_is(j, "hours") && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)) {
            return Some((TimeOfDay::Clock { hour, minute }, j + 1));
        }
        // "at 2000 local time", "as of 1500 Moscow time": the place stays outside the
        // expression; a preposition or bracket before the digits keeps "the 2012 Olympic
        // time trial" a year.
        let place = self.word_is(j, "local")
            || self.cap(j) && self.tok(j).is_some_and(|t| t.kind == TokenKind::Word);
        let led = self.clock_preposition_before(i)
            || i.checked_sub(1).is_some_and(|p| {
                self.punct(p, "(")
                    || ["of", "from", "since", "to", "till"]
                        .iter()
                        .any(|w| self.word_is(p, w))
            });
        if place && led && self.word_is(j + 1, "time") {
            return Some((TimeOfDay::Clock { hour, minute }, j));
        }
        // "from 0800 to 1800 GMT": the first clock shares the second one's zone.
        let linked = link
            && (matches!(self.kw(j), Some(Kw::To | Kw::Until | Kw::And))
                || (self.punct(j, "-") || self.punct(j, "–")) && self.ndigits(j + 1) == 4);
        if linked && self.ndigits(j + 1) == 4 && self.military_clock_linked(j + 1, false).is_some()
        {
            return Some((TimeOfDay::Clock { hour, minute }, j));
        }
        None
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after an hour
    /// 1–12: the hour on the 24-hour clock and the index after the phrase.
    fn in_the_part(&self, hour: u32, j: usize) -> Option<(u32, usize)> {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let (part, next) = if self.is(j, Kw::In) && self.is(j + 1, Kw::The) {
            (self.part(j + 2)?, j + 3)
        } else if self.is(j, Kw::At) && self.word_is(j + 1, "night") {
            (PartOfDay::Night, j + 2)
        } else {
            return None;
        };
        Some((hour_in_part(part, hour)?, next))
    }

    /// "Monday afternoon at 3", "this morning at 10:30", "tonight at 8": an hour after a day
    /// with its part of the day takes that day, and the part decides the hour on the
    /// 24-hour clock (15:00, 10:30, 20:00) unless a meridiem is written.
    fn part_then_hour(&self, i: usize) -> Option<Match> {
        if self.tok(i)?.kind != TokenKind::Number || self.ndigits(i) > 2 {
            return None;
        }
        let at = i.checked_sub(1).filter(|&p| self.is(p, Kw::At))?;
        let day = (at.saturating_sub(3)..at)
            .filter_map(|s| self.core(s))
            .find(|d| d.end == at && d.modifier.is_none())
            // "shares closed Monday afternoon at 3": a level, not an hour.
            .filter(|d| {
                !d.start
                    .checked_sub(1)
                    .and_then(|p| self.tok(p))
                    .is_some_and(|p| LEVEL_VERBS.iter().any(|w| p.text.eq_ignore_ascii_case(w)))
            })?;
        let part = match day.sem {
            Sem::Weekday {
                time: Some(TimeOfDay::Part(p)),
                ..
            }
            | Sem::Deictic {
                unit: Unit::Day,
                time: Some(TimeOfDay::Part(p)),
                ..
            }
            | Sem::Calendar {
                day: Some(_),
                time: Some(TimeOfDay::Part(p)),
                ..
            } => p,
            _ => return None,
        };
        let hour = self.num(i).filter(|h| (1..=12).contains(h))?;
        let mut e = i + 1;
        let mut minute = 0;
        if self.punct(e, ":") && self.adj(e) && self.adj(e + 1) && self.ndigits(e + 1) == 2 {
            minute = self.num(e + 1).filter(|m| *m <= 59)?;
            e += 2;
        }
        let (time, end) = if self.ampm(e).is_some() {
            self.clock(i)?
        } else {
            let clock = TimeOfDay::Clock {
                hour: hour_in_part(part, hour)?,
                minute,
            };
            (clock, self.zone_end(e).unwrap_or(e))
        };
        let sem = match day.sem {
            Sem::Weekday { weekday, dir, .. } => Sem::Weekday {
                weekday,
                time: Some(time),
                dir,
            },
            Sem::Deictic { unit, offset, .. } => Sem::Deictic {
                unit,
                offset,
                time: Some(time),
            },
            Sem::Calendar {
                year,
                month,
                day,
                dir,
                ..
            } => Sem::Calendar {
                year,
                month,
                day,
                time: Some(time),
                dir,
            },
            _ => return None,
        };
        Some(Match::new(i, end, sem, "part-then-hour"))
    }

    fn time(&self, i: usize) -> Option<Match> {
        if let Some(m) = self.part_then_hour(i) {
            return Some(m);
        }
        let (time, j) = self.clock(i)?;
        // "5 p.m. EST Nov. 9", "noon, Jan. 3"
        let k = if self.punct(j, ",") { j + 1 } else { j };
        if let Some(m) = self.month_date(k).or_else(|| self.holiday(k))
            && let Some(sem) = clock_on_day(m.sem, time)
        {
            return Some(Match::new(i, m.end, sem, "time-date"));
        }
        // "noon next Saturday", "9 a.m. this Friday", "8 p.m. last Sunday"
        if let Some(k) = self
            .kw(j)
            .filter(|k| matches!(k, Kw::Next | Kw::Last | Kw::This))
            && let Some(w) = self.weekday(j + 1)
        {
            let dir = match k {
                Kw::Next => Direction::Future,
                Kw::Last => Direction::Past,
                _ => Direction::Same,
            };
            return Some(Match::new(
                i,
                j + 2,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir,
                },
                "time-weekday",
            ));
        }
        // "5 p.m. Friday, Nov. 14": a weekday written with its date is that date.
        if let Some(m) = self.weekday_date(j)
            && let Some(sem) = clock_on_day(m.sem, time)
        {
            return Some(Match::new(i, m.end, sem, "time-date"));
        }
        // "6 a.m. Monday", "midnight Friday", "3 p.m. today"
        // ("expires at midnight Friday" is the end of Friday, T24:00; "shortly after
        // midnight Sunday" its first hour, T00:00, as `clock` reads it.)
        if let Some(w) = self.weekday(j) {
            let time = self.in_part_after(time, j + 1);
            return Some(Match::new(
                i,
                j + 1,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir: Direction::ByTense,
                },
                "time-weekday",
            ));
        }
        // "from 9 a.m. to noon on Monday", "10 a.m. to 2 p.m. EST Friday", "between 2 and
        // 4 p.m. today": the start of a range of times takes the day named after its end.
        // "from 10 p.m. to 2 a.m. Saturday": an evening start before a morning end is on
        // the evening before.
        if self.range_link(i, j)
            && let Some(end) = self.time(j + 1).filter(|e| e.start == j + 1)
            && let Some((sem, overnight)) = same_day_at(end.sem, time)
        {
            return Some(Match {
                day_shift: if overnight { -1 } else { 0 },
                ..Match::new(i, j, sem, "time-range-start")
            });
        }
        // "10 p.m. on Monday", "noon on Nov. 3": the clock alone is the expression (the
        // day is its own), but its day is the one named after "on", not the previous one.
        // "9 a.m. local time on Monday": the place's clock still takes that day.
        // "from 0800 to 1800 local time on Sunday": a range's first clock takes the day
        // named after the second.
        let k = match self.military_clock(j + 1) {
            Some((_, end))
                if self.ndigits(i) == 4
                    && (matches!(self.kw(j), Some(Kw::To | Kw::Until | Kw::And))
                        || self.punct(j, "-")
                        || self.punct(j, "–")) =>
            {
                end
            }
            _ => j,
        };
        let mut on = if (self.word_is(k, "local") || self.cap(k)) && self.word_is(k + 1, "time") {
            k + 2
        } else {
            k
        };
        // "9 p.m. (1800 GMT) on Sunday": past the clock's conversion to another zone; and
        // the conversion itself, "(1800 GMT) on Sunday", takes the same day.
        if self.punct(on, "(")
            && let Some((_, e)) = self.clock(on + 1)
            && self.punct(e, ")")
        {
            on = e + 1;
        } else if self.punct(on, ")") && i.checked_sub(1).is_some_and(|p| self.punct(p, "(")) {
            on += 1;
        }
        // "4:17 a.m. (0117 GMT) Monday": the day right after the conversion.
        if on > k
            && let Some(w) = self.weekday(on)
            && self.weekday_expr(on).is_some()
        {
            return Some(Match::new(
                i,
                j,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir: Direction::ByTense,
                },
                "time-on-weekday",
            ));
        }
        if self.is(on, Kw::On) {
            if let Some(m) = self.weekday_date(on + 1)
                && let Some(sem) = clock_on_day(m.sem, time)
            {
                return Some(Match::new(i, j, sem, "time-on-date"));
            }
            if let Some(w) = self.weekday(on + 1)
                && self.weekday_expr(on + 1).is_some()
            {
                return Some(Match::new(
                    i,
                    j,
                    Sem::Weekday {
                        weekday: w,
                        time: Some(self.in_part_after(time, on + 2)),
                        dir: Direction::ByTense,
                    },
                    "time-on-weekday",
                ));
            }
            if let Some(m) = self
                .month_date(on + 1)
                .or_else(|| self.day_month(on + 1))
                .or_else(|| self.holiday(on + 1))
                && let Some(sem) = clock_on_day(m.sem, time)
            {
                return Some(Match::new(i, j, sem, "time-on-date"));
            }
        }
        let offset = match self.kw(j) {
            Some(Kw::Today | Kw::Tonight) => Some(0),
            Some(Kw::Yesterday) => Some(-1),
            Some(Kw::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(offset) = offset {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: Some(time),
                },
                "time-today",
            ));
        }
        Some(Match::new(i, j, Sem::Clock(time), "clock"))
    }

    // ---- calendar dates ----------------------------------------------------------------

    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        if self.ndigits(i) > 2 {
            return None;
        }
        let d = self.num(i).filter(|d| (1..=31).contains(d))?;
        let mut j = i + 1;
        if self.adj(j) && self.lex(j).is_some_and(|l| l.ord_suffix) {
            j += 1;
        }
        Some((d, j))
    }

    /// A day of the month written as an ordinal word: "eighth", "twenty-first".
    fn day_ordinal_word(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(tens) = self
            .lex(i)
            .and_then(|l| l.number)
            .filter(|n| *n == 20 || *n == 30)
            && self.hyphen(i + 1)
            && let Some(unit) = self.lex(i + 2).and_then(|l| l.ordinal).filter(|u| *u < 10)
        {
            return (tens + unit <= 31).then_some((tens + unit, i + 3));
        }
        let d = self
            .lex(i)
            .and_then(|l| l.ordinal)
            .filter(|d| (1..=31).contains(d))?;
        Some((d, i + 1))
    }

    fn month_date(&self, i: usize) -> Option<Match> {
        let m = self.month(i)?;
        let abbr = self.lex(i).is_some_and(|l| l.month_abbr);
        // "Feb. 3": the dot of an abbreviation; after "February." a sentence ends.
        let mut j = if abbr { self.skip_dot(i + 1) } else { i + 1 };
        let dotted = j > i + 1;
        if abbr && self.lex(i).is_some_and(|l| l.month == Some(5)) {
            return None;
        }
        // "Sept. 30, 1998", "March 3rd", "Mar. 3", "March eighth" (as spoken)
        if let Some((d, after)) = self.day_number(j).or_else(|| self.day_ordinal_word(j))
            && !self.punct(after, "%")
            && !(self.punct(after, ":") && self.adj(after) && self.adj(after + 1))
            && (!self.hyphen(after) || self.range_end_after_hyphen(after, d))
        {
            if let Some((offset, end)) = self.deictic_year(after) {
                return Some(Match::new(
                    i,
                    end,
                    Sem::InDeicticYear {
                        offset,
                        part: YearSub::Month(m, Some(d)),
                    },
                    "month-day-this-year",
                ));
            }
            let (year, end) = self.opt_year(after);
            return Some(Match::new(
                i,
                end,
                Sem::Calendar {
                    year,
                    month: Some(m),
                    day: Some(d),
                    time: None,
                    dir: Direction::ByTense,
                },
                "month-day",
            ));
        }
        // "June last year"; "Sept. Last year ..." starts a new sentence.
        if let Some((offset, end)) = self.deictic_year(j).filter(|_| !(dotted && self.cap(j))) {
            return Some(Match::new(
                i,
                end,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Month(m, None),
                },
                "month-this-year",
            ));
        }
        // "March 2025", "March of 1998"
        let (year, end) = self.opt_year(j);
        if year.is_some() {
            return Some(Match::new(
                i,
                end,
                Sem::Calendar {
                    year,
                    month: Some(m),
                    day: None,
                    time: None,
                    dir: Direction::ByTense,
                },
                "month-year",
            ));
        }
        // A month alone.
        if abbr && !dotted {
            return None;
        }
        j = if abbr { j } else { i + 1 };
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        let next = self.tok(i + 1);
        let all_caps = self
            .tok(i)
            .is_some_and(|t| t.text.len() > 1 && t.text.bytes().all(|b| b.is_ascii_uppercase()));
        let name_like = |t: &Tok<'_>| {
            t.kind == TokenKind::Word
                && t.cap
                && t.lex
                    .is_none_or(|l| l.kw.is_none() && l.month.is_none() && l.weekday.is_none())
        };
        if !all_caps && next.is_some_and(name_like) {
            return None; // "August Wilson"
        }
        if !all_caps
            && prev
                .and_then(|p| self.tok(p))
                .is_some_and(|t| name_like(t) && !self.sentence_initial(p_or(prev)))
        {
            return None; // "Queen April"
        }
        // "the September quarter": the quarter ending that month.
        if m % 3 == 0
            && self.word_is(j, "quarter")
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
        {
            return Some(Match::new(
                i - 1,
                j + 1,
                Sem::Period {
                    year: None,
                    part: YearPart::Quarter(m / 3),
                    dir: Direction::ByTense,
                },
                "month-quarter",
            ));
        }
        // "the March of Dimes", "the March on Washington": a name.
        if m == 3
            && (self.is(j, Kw::Of) || self.is(j, Kw::On))
            && self.cap(j + 1)
            && self.year4(j + 1).is_none()
            && self.weekday(j + 1).is_none()
            && self.month(j + 1).is_none()
        {
            return None;
        }
        if m == 5 || m == 3 {
            let ok = matches!(
                prev_kw,
                Some(
                    Kw::The
                        | Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::Of
                        | Kw::Through
                        | Kw::During
                        | Kw::From
                        | Kw::To
                        | Kw::Before
                        | Kw::After
                        | Kw::And
                )
            ) || self.hyphen(i.saturating_sub(1))
                // "March to May", "March-April": the first month of a range.
                || ((matches!(self.kw(i + 1), Some(Kw::To | Kw::Through | Kw::Until))
                    || self.hyphen(i + 1))
                    && self.month(i + 2).is_some())
                || prev.is_some_and(|p| {
                    [
                        "between",
                        "around",
                        "or",
                        "than",
                        "starting",
                        "beginning",
                        "ending",
                    ]
                    .iter()
                    .any(|w| self.word_is(p, w))
                });
            if !ok {
                return None;
            }
        }
        Some(Match::new(
            i,
            j,
            Sem::Calendar {
                year: None,
                month: Some(m),
                day: None,
                time: None,
                dir: Direction::ByTense,
            },
            "month",
        ))
    }

    /// Whether the sentence around `i` is about a game ("scored", "halftime", "touchdown"),
    /// where halves and quarters are those of the game, not of the year.
    fn sports_sentence(&self, i: usize) -> bool {
        let end_of_sentence = |k: usize| {
            self.tok(k)
                .is_some_and(|t| matches!(t.text, "." | "!" | "?"))
        };
        let mut from = i;
        while from > 0 && i - from < 40 && !end_of_sentence(from - 1) {
            from -= 1;
        }
        let mut to = i;
        while to < i + 40 && self.tok(to).is_some() && !end_of_sentence(to) {
            to += 1;
        }
        let any_word = |words: &[&str]| {
            (from..to).any(|k| {
                self.tok(k).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && words.iter().any(|w| t.text.eq_ignore_ascii_case(w))
                })
            })
        };
        // "won 2-0", "a 3-1 lead": a score, with a word of winning or leading.
        let score = (from..to).any(|k| {
            self.ndigits(k) <= 3
                && self.ndigits(k) > 0
                && self.hyphen(k + 1)
                && (1..=3).contains(&self.ndigits(k + 2))
                && !k.checked_sub(1).is_some_and(|p| self.punct(p, "$"))
        });
        // "led by 12", "trailed by 18": a winning margin.
        let margin = (from..to).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && ["led", "leading", "trailed", "trailing", "won", "lost"]
                        .iter()
                        .any(|w| t.text.eq_ignore_ascii_case(w))
            }) && self.word_is(k + 1, "by")
                && (1..=3).contains(&self.ndigits(k + 2))
                && (self.tok(k + 3).is_none_or(|t| t.kind == TokenKind::Punct)
                    || [
                        "at", "in", "with", "after", "before", "entering", "going", "points",
                        "goals", "runs", "strokes", "shots",
                    ]
                    .iter()
                    .any(|w| self.word_is(k + 3, w)))
        });
        any_word(GAME_WORDS) || margin || score && any_word(RESULT_WORDS)
    }

    fn sentence_initial(&self, i: usize) -> bool {
        match i.checked_sub(1).and_then(|p| self.tok(p)) {
            None => true,
            Some(p) => {
                matches!(
                    p.text,
                    "." | "!" | "?" | "\"" | "“" | "”" | ":" | "(" | "-" | "—" | "`" | "'" | "‘"
                ) || self
                    .tok(i)
                    .zip(Some(p))
                    .is_some_and(|(t, p)| t.span.start > p.span.end + 1)
            }
        }
    }

    fn day_month(&self, i: usize) -> Option<Match> {
        self.day_month_linked(i, true)
    }

    /// [`Self::day_month`], reading a range's first day ("3-5 December") only when `link`
    /// is set, so that a chain of figures is read in linear time.
    fn day_month_linked(&self, i: usize, link: bool) -> Option<Match> {
        // "from 3 to 5 November", "between 3 and 5 November": the first day of the range
        // takes the month (and year) written after the second.
        let led = i
            .checked_sub(1)
            .is_some_and(|p| self.is(p, Kw::From) || self.word_is(p, "between"));
        if let Some((d, j)) = self.day_number(i)
            && (self.hyphen(j) || led && matches!(self.kw(j), Some(Kw::To | Kw::Through | Kw::And)))
            && link
            && let Some(end) = self
                .day_month_linked(j + 1, false)
                .filter(|e| e.start == j + 1)
            && let Sem::Calendar {
                year,
                month: Some(month),
                day: Some(last),
                dir,
                ..
            } = end.sem
            && d < last
        {
            return Some(Match::new(
                i,
                j,
                Sem::Calendar {
                    year,
                    month: Some(month),
                    day: Some(d),
                    time: None,
                    dir,
                },
                "day-range-start",
            ));
        }
        // "the 3rd of March"
        let (start_day, of) = if self.is(i, Kw::The) {
            (i + 1, true)
        } else {
            (i, false)
        };
        // "Fourth of July fireworks": a capitalized ordinal word before "of" and its month
        // names the day without "the".
        let named_day = !of && self.cap(i) && self.is(i + 1, Kw::Of);
        let (d, mut j) = if of || named_day {
            self.day_number(start_day)
                .or_else(|| self.day_ordinal_word(start_day))?
        } else {
            self.day_number(start_day)?
        };
        if of {
            if !self.is(j, Kw::Of) {
                return None;
            }
            j += 1;
        } else if self.is(j, Kw::Of) {
            j += 1;
        }
        let m = self.month(j)?;
        if self
            .lex(j)
            .is_some_and(|l| l.month_abbr && l.month == Some(5))
        {
            return None;
        }
        // Only an abbreviation owns its period: "the 3rd of March." ends the sentence.
        let j = if self.lex(j).is_some_and(|l| l.month_abbr) {
            self.skip_dot(j + 1)
        } else {
            j + 1
        };
        let (year, end) = self.opt_year(j);
        Some(Match::new(
            i,
            end,
            Sem::Calendar {
                year,
                month: Some(m),
                day: Some(d),
                time: None,
                dir: Direction::ByTense,
            },
            "day-month",
        ))
    }

    /// "is due on the 15th", "until the 3rd": a day of a month left unnamed, written as a
    /// numeral ordinal after a preposition of time and closing the phrase ("on the 15th
    /// floor" is no date).
    fn day_alone(&self, i: usize) -> Option<Match> {
        if !self.is(i, Kw::The) {
            return None;
        }
        let p = i.checked_sub(1)?;
        let before = matches!(
            self.kw(p),
            Some(Kw::On | Kw::Since | Kw::Until | Kw::By | Kw::Before | Kw::After | Kw::From)
        ) || self.word_is(p, "till");
        if !before || !self.adj(i + 2) || !self.lex(i + 2).is_some_and(|l| l.ord_suffix) {
            return None;
        }
        let (d, end) = self.day_number(i + 1)?;
        let closes = self.tok(end).is_none_or(|t| match t.kind {
            TokenKind::Punct => matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?"),
            TokenKind::Number => false,
            TokenKind::Word => {
                !self.is(end, Kw::Of)
                    && t.lex
                        .is_some_and(|l| l.kw.is_some() && l.unit.is_none() && l.ordinal.is_none())
                    && !self.word_is(end, "and")
                    && !self.word_is(end, "or")
            }
        });
        closes.then(|| {
            Match::new(
                i,
                end,
                Sem::Calendar {
                    year: None,
                    month: None,
                    day: Some(d),
                    time: None,
                    dir: Direction::ByTense,
                },
                "day-alone",
            )
        })
    }

    fn numeric_date(&self, i: usize) -> Option<Match> {
        // 2025-03-03, 2025-03-03T14:00Z
        if let Some(y) = self.year4(i)
            && self.hyphen(i + 1)
            && self.ndigits(i + 2) == 2
            && self.hyphen(i + 3)
            && self.ndigits(i + 4) == 2
        {
            let m = self.num(i + 2)?;
            let d = self.num(i + 4)?;
            let (time, end) = self
                .iso_time(i + 5)
                .map_or((None, i + 5), |(t, e)| (Some(t), e));
            return figures_date(i, end, (y, m, d), time, "iso-date");
        }
        // 2025/10/30: year first, as ISO orders it.
        if let Some(y) = self.year4(i)
            && self.punct(i + 1, "/")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && (1..=2).contains(&self.ndigits(i + 2))
            && self.punct(i + 3, "/")
            && self.adj(i + 3)
            && self.adj(i + 4)
            && (1..=2).contains(&self.ndigits(i + 4))
        {
            let (m, d) = (self.num(i + 2)?, self.num(i + 4)?);
            return figures_date(i, i + 5, (y, m, d), None, "slash-date");
        }
        // 03/03/2025, 3/3/98; 25/11/2024 (a first number above 12 is the day)
        if self.ndigits(i) <= 2
            && self.punct(i + 1, "/")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.ndigits(i + 2) <= 2
        {
            let (a, b) = (self.num(i)?, self.num(i + 2)?);
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            if self.punct(i + 3, "/") && self.adj(i + 3) && self.adj(i + 4) {
                let y = match self.ndigits(i + 4) {
                    4 => i32::try_from(self.num(i + 4)?).ok()?,
                    2 => {
                        let y = i32::try_from(self.num(i + 4)?).ok()?;
                        if y < 50 { 2000 + y } else { 1900 + y }
                    }
                    _ => return None,
                };
                return figures_date(i, i + 5, (y, m, d), None, "slash-date");
            }
            // "closes on 11/3", "since 6/15": month and day without a year, only after a
            // preposition of time and closing the phrase ("3/4 of the vote" is a fraction).
            // "cut by 2/3": a proper fraction is a date only right after "on" or a weekday.
            let fraction = a < b && b <= 10;
            if (1..=12).contains(&a)
                && (1..=31).contains(&b)
                && self.month_day_context(i, fraction)
                && !self.punct(i + 3, "/")
                && self.tok(i + 3).is_none_or(|t| match t.kind {
                    TokenKind::Punct => !matches!(t.text, "%" | "-" | "–" | "/" | "$"),
                    TokenKind::Number => false,
                    TokenKind::Word => {
                        !self.adj(i + 3)
                            && !self.is(i + 3, Kw::Of)
                            && (t.cap || t.lex.is_some_and(|l| l.kw.is_some() && l.unit.is_none()))
                    }
                })
                && chrono::NaiveDate::from_ymd_opt(2024, a, b).is_some()
            {
                return Some(Match::new(
                    i,
                    i + 3,
                    Sem::Calendar {
                        year: None,
                        month: Some(a),
                        day: Some(b),
                        time: None,
                        dir: Direction::ByTense,
                    },
                    "slash-month-day",
                ));
            }
            return None;
        }
        // 3.11.2025: day first, as written where dots separate the parts (a second number
        // above 12 is the day).
        if let Some(t) = self.tok(i)
            && t.kind == TokenKind::Number
            && let Some((a, b)) = t.text.split_once('.')
            && (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && self.punct(i + 1, ".")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Some(y) = self.year4(i + 2)
            && !(self.punct(i + 3, ".") && self.adj(i + 3) && self.num(i + 4).is_some())
            && !(i > 0 && self.adj(i))
            // "version 4.12.2019", "build 1.2.2024": a version number.
            && !i.checked_sub(1).is_some_and(|p| {
                ["version", "v", "ver", "release", "build", "firmware", "patch", "revision", "update"]
                    .iter()
                    .any(|w| self.word_is(p, w))
            })
        {
            let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
            let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            return figures_date(i, i + 3, (y, m, d), None, "dotted-date");
        }
        None
    }

    /// Before a month and day written with a slash ("on 11/3"): a preposition of time or
    /// a weekday ("Tuesday 11/4").
    fn month_day_context(&self, i: usize, strict: bool) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if strict {
            return self.is(p, Kw::On) || self.weekday(p).is_some();
        }
        matches!(
            self.kw(p),
            Some(Kw::On | Kw::Since | Kw::Until | Kw::By | Kw::Through | Kw::Before | Kw::After)
        ) || self.weekday(p).is_some()
            || ["till", "thru", "starting", "effective", "dated"]
                .iter()
                .any(|w| self.word_is(p, w))
    }

    /// The time of an ISO date-time after its date ("T14:00", "T14:00:05Z", "T09:30+02:00"):
    /// (time, end).
    fn iso_time(&self, j: usize) -> Option<(TimeOfDay, usize)> {
        if !(self.adj(j) && self.adj(j + 1) && self.ndigits(j + 1) == 2) {
            return None;
        }
        // The tokenizer keeps "T" and a following zone letter apart from the digits only
        // when they are letters alone: "T14" is "T" + "14".
        if !self.tok(j).is_some_and(|t| t.text == "T" || t.text == "t") {
            return None;
        }
        let hour = self.num(j + 1).filter(|h| *h < 24)?;
        if !(self.punct(j + 2, ":") && self.adj(j + 2) && self.adj(j + 3)) {
            return None;
        }
        // "14:00" or "14:00:05" / "14:00:05.250" (the seconds are dropped).
        let mins = self.tok(j + 3)?.text;
        if mins.len() != 2 {
            return None;
        }
        let minute = mins.parse::<u32>().ok().filter(|m| *m < 60)?;
        let mut end = j + 4;
        if self.punct(end, ":")
            && self.adj(end)
            && self.adj(end + 1)
            && self
                .tok(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            end += 2;
        }
        // A zone: "Z", or "+02:00" / "-0500".
        if self.adj(end) && self.tok(end).is_some_and(|t| t.text == "Z") {
            end += 1;
        } else if (self.punct(end, "+") || self.punct(end, "-"))
            && self.adj(end)
            && self.adj(end + 1)
            && matches!(self.ndigits(end + 1), 2 | 4)
        {
            end += 2;
            if self.ndigits(end - 1) == 2
                && self.punct(end, ":")
                && self.adj(end)
                && self.adj(end + 1)
                && self.ndigits(end + 1) == 2
            {
                end += 2;
            }
        }
        Some((TimeOfDay::Clock { hour, minute }, end))
    }

    /// A year in words ("nineteen ninety-six", "two thousand"): (year, end).
    fn word_year(&self, i: usize) -> Option<(i32, usize)> {
        let n = |k: usize| self.lex(k).and_then(|l| l.number);
        let first = n(i)?;
        if first == 2 && self.word_is(i + 1, "thousand") {
            let mut end = i + 2;
            let mut y = 2000;
            if self.is(end, Kw::And) && n(end + 1).is_some_and(|u| u < 20) {
                y += i32::try_from(n(end + 1)?).ok()?;
                end += 2;
            } else if let Some(u) = n(end).filter(|u| *u < 20) {
                y += i32::try_from(u).ok()?;
                end += 1;
            }
            // "two thousand years" is an amount, not the year 2000.
            if self.unit(end).is_some() {
                return None;
            }
            return Some((y, end));
        }
        if !(10..=20).contains(&first) {
            return None;
        }
        let tens = n(i + 1).filter(|t| *t >= 20 && *t % 10 == 0 && *t < 100)?;
        let mut end = i + 2;
        let mut y = first * 100 + tens;
        if self.hyphen(end)
            && let Some(u) = n(end + 1).filter(|u| (1..10).contains(u))
        {
            y += u;
            end += 2;
        } else if let Some(u) = n(end).filter(|u| (1..10).contains(u)) {
            y += u;
            end += 1;
        }
        Some((i32::try_from(y).ok()?, end))
    }

    fn year(&self, i: usize) -> Option<Match> {
        // "nineteen ninety-six", "the year two thousand"
        let wy = if self.is(i, Kw::The) && self.word_is(i + 1, "year") {
            self.word_year(i + 2)
        } else {
            self.word_year(i)
        };
        if let Some((y, end)) = wy {
            return Some(Match::new(i, end, calendar_year(y), "year-in-words"));
        }
        // "year-end", "year end", "the year's end"
        {
            let j = if self.is(i, Kw::The) { i + 1 } else { i };
            if self.word_is(j, "year") {
                let k = if self.hyphen(j + 1) {
                    j + 2
                } else if self.apostrophe(j + 1) && self.word_is(j + 2, "s") {
                    j + 3
                } else {
                    j + 1
                };
                // "a year-end bonus": any year's.
                let generic = i.checked_sub(1).is_some_and(|p| self.is(p, Kw::A));
                if self.is(k, Kw::End) && !self.is(k + 1, Kw::Of) && !generic {
                    // "the year's end": the end part of the year.
                    if k == j + 3 {
                        let mut m = Match::new(
                            i,
                            k + 1,
                            Sem::Deictic {
                                unit: Unit::Year,
                                offset: 0,
                                time: None,
                            },
                            "year-end",
                        );
                        m.modifier = Some(Modifier::End);
                        return Some(m);
                    }
                    // "by year-end", "since year-end": the closing date of the year, 31
                    // December; "since" looks back to the last one.
                    let since = i.checked_sub(1).is_some_and(|p| self.word_is(p, "since"));
                    return Some(Match::new(
                        i,
                        k + 1,
                        Sem::Calendar {
                            year: None,
                            month: Some(12),
                            day: Some(31),
                            time: None,
                            dir: if since {
                                Direction::Past
                            } else {
                                Direction::Same
                            },
                        },
                        "year-end",
                    ));
                }
            }
        }
        // "the 1990s", "the '90s"
        let (j, the) = if self.is(i, Kw::The) {
            (i + 1, true)
        } else {
            (i, false)
        };
        if let Some(y) = self.year4(j)
            && self.word_is(j + 1, "s")
            && self.adj(j + 1)
        {
            let sem = if y % 100 == 0 && y != 2000 {
                Sem::Century(y / 100)
            } else {
                Sem::Decade(y / 10)
            };
            return Some(Match::new(i, j + 2, sem, "decade"));
        }
        if self.apostrophe(j)
            && self.ndigits(j + 1) == 2
            && self.adj(j + 1)
            && self.word_is(j + 2, "s")
            && self.adj(j + 2)
        {
            let n = i32::try_from(self.num(j + 1)?).ok()?;
            let d = if n >= 20 { 190 + n / 10 } else { 200 + n / 10 };
            return Some(Match::new(i, j + 3, Sem::Decade(d), "decade"));
        }
        if the {
            return None;
        }
        // "FY2024", "FY24", "FY'24": a fiscal year written short.
        if self.word_is(i, "fy")
            && self.cap(i)
            && let Some((y, end)) = self.fy_year(i + 1)
        {
            return Some(Match::new(i, end, calendar_year(y), "fiscal-year"));
        }
        // "fiscal 1999", "fiscal year 1999"
        if self.is(i, Kw::Fiscal) {
            let j = if self.word_is(i + 1, "year") {
                i + 2
            } else {
                i + 1
            };
            let y = self.year4(j).or_else(|| {
                (self.apostrophe(j) && self.ndigits(j + 1) == 2)
                    .then(|| self.num(j + 1))
                    .flatten()
                    .and_then(|n| i32::try_from(n).ok())
                    .map(|n| if n < 50 { 2000 + n } else { 1900 + n })
            })?;
            let end = if self.apostrophe(j) { j + 2 } else { j + 1 };
            if let Some(m) = self.quarter_of_year(i, y, end) {
                return Some(m);
            }
            return Some(Match::new(i, end, calendar_year(y), "fiscal-year"));
        }
        // "founded in '87", "the class of '99", "since '08": a year written short after
        // a preposition of time.
        let prev = i.checked_sub(1);
        let preposition = prev.is_some_and(|p| {
            matches!(
                self.kw(p),
                Some(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Of
                        | Kw::From
                        | Kw::To
                        | Kw::Before
                        | Kw::After
                        | Kw::During
                        | Kw::Through
                )
            )
        });
        if let Some(y) = self.apostrophe_year(i)
            && preposition
        {
            return Some(Match::new(i, i + 2, calendar_year(y), "year"));
        }
        let y = self.year4(i)?;
        if let Some(m) = self.quarter_of_year(i, y, i + 1) {
            return Some(m);
        }
        let strong_prev = preposition
            || prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Early | Kw::Late | Kw::Mid)));
        // "post-1959 politics", "pre-1990 levels": the prefix belongs to the expression.
        let era_prefix = prev.is_some_and(|p| self.hyphen(p))
            && i.checked_sub(2)
                .is_some_and(|q| self.word_is(q, "post") || self.word_is(q, "pre"));
        // "between 1990 and 1995 prices rose": the end of a range of years.
        let range_end = self.is(i.wrapping_sub(1), Kw::And)
            && self.year4(i.wrapping_sub(2)).is_some()
            && self.word_is(i.wrapping_sub(3), "between");
        let strong_prev = strong_prev || era_prefix || range_end;
        if !(1900..=2099).contains(&y) && !strong_prev {
            return None;
        }
        // "user2023", "smith1985@example.com": figures stuck to a word; "Suite 1999",
        // "Route 2020", "Flight 1987": a number naming a place or a thing.
        if prev.is_some_and(|p| {
            self.tok(p).is_some_and(|t| t.kind == TokenKind::Word) && self.adj(i)
                || NUMBERED_NOUNS.iter().any(|w| self.word_is(p, w))
        }) {
            return None;
        }
        if let Some(p) = prev.and_then(|p| self.tok(p))
            && (matches!(
                p.text,
                "$" | "#" | "£" | "€" | "No" | "no" | "Nos" | "+" | "/" | "-" | "." | ":"
            ) && !(p.text == "-"
                && (!self.adj(i)
                    || i.checked_sub(2).is_some_and(|q| {
                        self.is(q, Kw::Mid) || self.word_is(q, "post") || self.word_is(q, "pre")
                    }))))
        {
            return None;
        }
        if let Some(n) = self.tok(i + 1) {
            if matches!(n.text, "%" | "/" | ":") && self.adj(i + 1) {
                return None;
            }
            if n.kind == TokenKind::Word {
                let w = n.text;
                if w.eq_ignore_ascii_case("percent") || w.eq_ignore_ascii_case("pc") {
                    return None;
                }
                // "2000 troops": a count before a plural noun.
                if !n.cap && w.len() > 3 && w.ends_with('s') && n.lex.is_none() && !strong_prev {
                    return None;
                }
                // "the 2000 block of Main Street": an address; "1999 votes to 1850".
                if ["block", "votes", "vote"]
                    .iter()
                    .any(|b| w.eq_ignore_ascii_case(b))
                {
                    return None;
                }
            }
        }
        let start = if era_prefix { i - 2 } else { i };
        Some(Match::new(start, i + 1, calendar_year(y), "year"))
    }

    // ---- weekdays, seasons, quarters, holidays ---------------------------------------------

    /// A clock time without "a.m." or "p.m." read in the part of the day named at token `k`
    /// after its day: "11:30 on Saturday night" is 23:30.
    fn in_part_after(&self, time: TimeOfDay, k: usize) -> TimeOfDay {
        match (time, self.part(k)) {
            (TimeOfDay::Clock { hour, minute }, Some(p)) => {
                hour_in_part(p, hour).map_or(time, |hour| TimeOfDay::Clock { hour, minute })
            }
            _ => time,
        }
    }

    /// The day or week named right after "N units ago" at token `k` ("a year ago
    /// Tuesday", "a week ago Saturday", "25 years ago today", "50 years ago this week"),
    /// as that day or week moved back by the amount, from token `i`.
    fn ago_day(&self, i: usize, k: usize, amount: Amount, u: Unit) -> Option<Match> {
        let n = amount.whole()?;
        let (sem, end) = if let Some(w) = self.weekday(k).filter(|_| !self.apostrophe(k + 1)) {
            (
                Sem::Weekday {
                    weekday: w,
                    time: None,
                    dir: Direction::ByTense,
                },
                k + 1,
            )
        } else {
            let offset = match self.kw(k) {
                Some(Kw::Today) => 0,
                Some(Kw::Yesterday) => -1,
                _ if self.is(k, Kw::This) && self.word_is(k + 1, "week") => {
                    return (u == Unit::Year).then(|| Match {
                        year_shift: -n,
                        ..Match::new(
                            i,
                            k + 2,
                            Sem::Deictic {
                                unit: Unit::Week,
                                offset: 0,
                                time: None,
                            },
                            "ago-this-week",
                        )
                    });
                }
                _ => return None,
            };
            (
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: None,
                },
                k + 1,
            )
        };
        let base = Match::new(i, end, sem, "ago-day");
        Some(match u {
            Unit::Year => Match {
                year_shift: -n,
                ..base
            },
            Unit::Week => Match {
                day_shift: n.checked_mul(-7)?,
                ..base
            },
            Unit::Day => Match {
                day_shift: -n,
                ..base
            },
            _ => return None,
        })
    }

    /// A weekday written with its calendar date at token `i` ("Friday, Nov. 14").
    fn weekday_date(&self, i: usize) -> Option<Match> {
        self.weekday_expr(i)
            .filter(|m| matches!(m.sem, Sem::Calendar { day: Some(_), .. }))
    }

    fn weekday_expr(&self, i: usize) -> Option<Match> {
        if let Some(l) = self.lex(i)
            && l.weekday_plural
            && self.cap(i)
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Set(Recurrence {
                    weekday: l.weekday,
                    ..Recurrence::every(Amount::n(1), Unit::Week)
                }),
                "weekdays",
            ));
        }
        let w = self.weekday(i)?;
        // "every Tuesday and Thursday", "each Monday, Wednesday and Friday": the later
        // weekdays of the list recur too.
        {
            let mut k = i;
            while k >= 2
                && (self.is(k - 1, Kw::And) || self.punct(k - 1, ","))
                && self.weekday(k - 2).is_some()
            {
                k -= 2;
            }
            if k < i
                && k.checked_sub(1)
                    .is_some_and(|p| matches!(self.kw(p), Some(Kw::Every | Kw::Each)))
            {
                return Some(Match::new(
                    i,
                    i + 1,
                    Sem::Set(Recurrence {
                        weekday: Some(w),
                        ..Recurrence::every(Amount::n(1), Unit::Week)
                    }),
                    "weekdays",
                ));
            }
        }
        // "Tuesday nights": a recurring part of a weekday.
        for (plural, p) in [
            ("mornings", PartOfDay::Morning),
            ("afternoons", PartOfDay::Afternoon),
            ("evenings", PartOfDay::Evening),
            ("nights", PartOfDay::Night),
        ] {
            if self.word_is(i + 1, plural) {
                return Some(Match::new(
                    i,
                    i + 2,
                    Sem::Set(Recurrence {
                        weekday: Some(w),
                        part: Some(p),
                        ..Recurrence::every(Amount::n(1), Unit::Week)
                    }),
                    "weekday-parts",
                ));
            }
        }
        if let Some(p) = i.checked_sub(1).and_then(|p| self.tok(p))
            && ((p.text.eq_ignore_ascii_case("the")
                && self.cap(i + 1)
                && self.part(i + 1).is_none())
                || NAME_BEFORE_WEEKDAY
                    .iter()
                    .any(|w| p.text.eq_ignore_ascii_case(w))
                // "the Good Friday Agreement": a holiday naming a thing.
                || p.text == "Good")
        {
            return None; // "the Sunday Times", "Black Friday"
        }
        if let Some(n) = self.tok(i + 1)
            && n.kind == TokenKind::Word
            && n.cap
            && NAME_AFTER_WEEKDAY
                .iter()
                .any(|w| n.text.eq_ignore_ascii_case(w))
            && !(self.cap(i + 1) && self.part(i + 1).is_some() && !self.cap(i + 2))
        {
            return None;
        }
        // "Friday, Sept. 12", "Wednesday, 11 February", "Friday 14 March"
        let k = if self.punct(i + 1, ",") { i + 2 } else { i + 1 };
        if let Some(m) = self.month_date(k).or_else(|| {
            self.day_month(k)
                .filter(|d| self.ndigits(k) > 0 && d.start == k)
        }) && matches!(m.sem, Sem::Calendar { day: Some(_), .. })
        {
            return Some(Match::new(i, m.end, m.sem, "weekday-date"));
        }
        let mut end = i + 1;
        let mut time = None;
        if let Some(p) = self.part(end) {
            time = Some(TimeOfDay::Part(p));
            end += 1;
        }
        Some(Match::new(
            i,
            end,
            Sem::Weekday {
                weekday: w,
                time,
                dir: Direction::ByTense,
            },
            "weekday",
        ))
    }

    /// "Tues., Nov. 4", "Thu, Jan. 8, 2026": an abbreviated weekday before a date, as in
    /// datelines; the date carries the value.
    fn weekday_abbr_date(&self, i: usize) -> Option<Match> {
        // "The Sun, Nov. 2 edition": after an article, a name.
        if !self.cap(i)
            || self.lex(i).and_then(|l| l.weekday_abbr).is_none()
            || i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
        {
            return None;
        }
        let mut j = self.skip_dot(i + 1);
        if self.punct(j, ",") {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        let m = self.month_date(j)?;
        matches!(m.sem, Sem::Calendar { day: Some(_), .. })
            .then(|| Match::new(i, m.end, m.sem, "weekday-date"))
    }

    /// The season at `j` names an event ("Winter Olympics", "Summer Games").
    fn season_names_event(&self, j: usize) -> bool {
        self.tok(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && EVENT_AFTER_SEASON
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
        })
    }

    fn season(&self, i: usize) -> Option<Match> {
        let the = self.is(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let s = self.lex(j).and_then(|l| l.season)?;
        if self.season_names_event(j) {
            return None;
        }
        let (year, end) = self.opt_year(j + 1);
        // "the summer of last year", "the spring of this year"
        if year.is_none()
            && self.is(j + 1, Kw::Of)
            && let Some((offset, e)) = self.deictic_year(j + 1)
        {
            return Some(Match::new(
                i,
                e,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Part(YearPart::Season(s)),
                },
                "season-of-this-year",
            ));
        }
        if year.is_none() {
            if self.is(j + 1, Kw::Of) {
                return None; // "the fall of Rome"
            }
            // "the fall in sterling", "the spring in his step": the nouns.
            if matches!(s, Season::Fall | Season::Spring)
                && self.is(j + 1, Kw::In)
                && self.year4(j + 2).is_none()
                && !self.is(j + 2, Kw::The)
            {
                return None;
            }
            let prev_ok = i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.kw(p),
                    Some(
                        Kw::In
                            | Kw::During
                            | Kw::By
                            | Kw::Until
                            | Kw::Since
                            | Kw::Through
                            | Kw::Early
                            | Kw::Late
                            | Kw::Mid
                            | Kw::This
                            | Kw::Last
                            | Kw::Next
                    )
                )
            });
            if !(the || prev_ok && s != super::semantic::Season::Fall) {
                return None;
            }
            if the
                && self
                    .tok(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.lex.is_none())
            {
                return None; // "the summer camp"
            }
        }
        Some(Match::new(
            i,
            end,
            Sem::Period {
                year,
                part: YearPart::Season(s),
                dir: Direction::ByTense,
            },
            "season",
        ))
    }

    /// "fiscal 2026 first quarter", "2024 fourth-quarter profit", "fiscal 2025's third
    /// quarter": a quarter or half of the year just written (from token `i`, the year's
    /// expression ending before `end`), as one expression.
    fn quarter_of_year(&self, i: usize, y: i32, end: usize) -> Option<Match> {
        let j = if self.apostrophe(end) && self.word_is(end + 1, "s") {
            end + 2
        } else {
            end
        };
        if self.is(j, Kw::The) {
            return None;
        }
        let m = self.quarter(j)?;
        let Sem::Period {
            year: None,
            part,
            dir,
        } = m.sem
        else {
            return None;
        };
        Some(Match::new(
            i,
            m.end,
            Sem::Period {
                year: Some(y),
                part,
                dir,
            },
            "year-quarter",
        ))
    }

    fn quarter(&self, i: usize) -> Option<Match> {
        let the = self.is(i, Kw::The);
        let mut j = if the { i + 1 } else { i };
        // "Q3 2025", "Q4'24", "H1 2025": a quarter or half written short. "H1" needs its
        // year ("H1N1", "the H2 receptor" are no halves).
        if !the
            && (self.word_is(i, "q") || self.word_is(i, "h"))
            && self.cap(i)
            && self.adj(i + 1)
            && !self
                .tok(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(i + 2))
        {
            let half = self.word_is(i, "h");
            let max = if half { 2 } else { 4 };
            if let Some(q) = self.num(i + 1).filter(|q| (1..=max).contains(q))
                && self.ndigits(i + 1) == 1
            {
                let (year, end) = self.part_year(i + 2);
                if half && year.is_none() {
                    return None;
                }
                return Some(Match::new(
                    i,
                    end,
                    Sem::Period {
                        year,
                        part: if half {
                            YearPart::Half(q)
                        } else {
                            YearPart::Quarter(q)
                        },
                        dir: Direction::ByTense,
                    },
                    "quarter",
                ));
            }
        }
        if self.is(j, Kw::Fiscal) {
            j += 1;
        }
        if let Some(m) = self.half_of_year(i, j) {
            return Some(m);
        }
        // "the last quarter of 2023", "the final quarter of last year": the fourth.
        let last_of_a_year = the
            && (self.is(j, Kw::Last) || self.word_is(j, "final"))
            && self.word_is(j + 1, "quarter")
            && self.is(j + 2, Kw::Of)
            && (self.opt_year(j + 2).0.is_some() || self.deictic_year(j + 2).is_some());
        let n = if last_of_a_year {
            4
        } else {
            self.lex(j).and_then(|l| l.ordinal).filter(|n| *n <= 4)?
        };
        let mut k = j + 1;
        let hyphenated = self.hyphen(k);
        if hyphenated {
            k += 1;
        }
        if self.is(k, Kw::Fiscal) {
            k += 1;
        }
        let part = if self.word_is(k, "quarter") && n <= 4 {
            YearPart::Quarter(n)
        } else if self.is(k, Kw::Half) && n <= 2 {
            YearPart::Half(n)
        } else {
            return None;
        };
        let (mut year, mut end) = self.opt_year(k + 1);
        if year.is_none() && self.is(k + 1, Kw::Of) && self.is(k + 2, Kw::Fiscal) {
            let (y, e) = self.opt_year(k + 3);
            if y.is_some() {
                year = y;
                end = e;
            }
        }
        // "Chelsea scored in the second half": the half or quarter of a game.
        if year.is_none() && self.sports_sentence(i) {
            return None;
        }
        // "the first half of last year": a part of a year named relative to the publication.
        if year.is_none()
            && !hyphenated
            && let Some((offset, e)) = self.deictic_year(k + 1)
            && self.is(k + 1, Kw::Of)
        {
            return Some(Match::new(
                i,
                e,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Part(part),
                },
                "quarter-of-this-year",
            ));
        }
        // "the second half of the year": the year of the context, as for the part alone.
        if year.is_none()
            && !hyphenated
            && self.is(k + 1, Kw::Of)
            && self.is(k + 2, Kw::The)
            && self.word_is(k + 3, "year")
            && !self.apostrophe(k + 4)
            && !matches!(
                self.kw(k + 4),
                Some(Kw::Before | Kw::After | Kw::Earlier | Kw::Later | Kw::Ago)
            )
        {
            end = k + 4;
        }
        // "the first half of last season", "the second half of the game": a part of
        // something that is not a calendar period (a sports season, a match, a film).
        if year.is_none() && end == k + 1 && !hyphenated && self.is(k + 1, Kw::Of) && {
            let d = if matches!(
                self.kw(k + 2),
                Some(Kw::The | Kw::Last | Kw::This | Kw::Next)
            ) {
                k + 3
            } else {
                k + 2
            };
            self.tok(d).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap
                    && t.lex
                        .is_none_or(|l| l.unit.is_none() && l.kw != Some(Kw::Fiscal))
            })
        } {
            return None;
        }
        // "the third-quarter loss": the adjective alone is the expression.
        let start = if the && hyphenated && year.is_none() {
            i + 1
        } else {
            i
        };
        Some(Match::new(
            start,
            end,
            Sem::Period {
                year,
                part,
                dir: Direction::ByTense,
            },
            "quarter",
        ))
    }

    /// A part of the day before its day ("afternoon yesterday", "evening Friday"), or alone
    /// after "mid"/"early"/"late" ("mid-afternoon", "late evening"): a time of day, placed on
    /// that day, or else on the day of the previous time or the publication date.
    fn part_of_day(&self, i: usize) -> Option<Match> {
        let p = self.part(i)?;
        let time = Some(TimeOfDay::Part(p));
        let offset = match self.kw(i + 1) {
            Some(Kw::Yesterday) => Some(-1),
            Some(Kw::Today) => Some(0),
            Some(Kw::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(offset) = offset {
            let sem = Sem::Deictic {
                unit: Unit::Day,
                offset,
                time,
            };
            return Some(Match::new(i, i + 2, sem, "part-of-day"));
        }
        if let Some(weekday) = self.weekday(i + 1) {
            let sem = Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            };
            return Some(Match::new(i, i + 2, sem, "part-of-day"));
        }
        // "at dawn on Saturday", "by nightfall on Sunday": a part of the day named with
        // its weekday after "on".
        if self.is(i + 1, Kw::On)
            && let Some(weekday) = self.weekday(i + 2)
            && self.weekday_expr(i + 2).is_some_and(|w| w.end == i + 3)
            && i.checked_sub(1)
                .is_some_and(|p| matches!(self.kw(p), Some(Kw::At | Kw::By)))
        {
            let sem = Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            };
            return Some(Match::new(i, i + 3, sem, "part-of-day"));
        }
        let q = if i >= 2 && self.hyphen(i - 1) {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        (matches!(self.kw(q), Some(Kw::Mid | Kw::Early | Kw::Late))
            && !LATE_NIGHT_GENRES.iter().any(|w| self.word_is(i + 1, w)))
        .then(|| Match::new(i, i + 1, Sem::Clock(TimeOfDay::Part(p)), "part-of-day"))
    }

    /// "two nights later", "three nights earlier": a distance in days from the previous
    /// time in the text, as "two days later". (Only before "later"/"earlier": "three
    /// nights in a hotel" is a stay, not a time.)
    fn nights_later(&self, i: usize) -> Option<Match> {
        let (amount, end) = self.amount(i)?;
        amount.whole()?;
        if !self.word_is(end, "nights") {
            return None;
        }
        let sign = match self.kw(end + 1)? {
            Kw::Later => 1,
            Kw::Earlier => -1,
            _ => return None,
        };
        if self.is(end + 2, Kw::Than) {
            return None;
        }
        Some(Match::new(
            i,
            end + 2,
            Sem::Shift {
                amount,
                unit: Unit::Day,
                sign,
                anchor: AnchorKind::Previous,
            },
            "nights-later",
        ))
    }

    /// "the week of March 6": the week containing a written day.
    fn week_of(&self, i: usize) -> Option<Match> {
        let weekend = self.word_is(i + 1, "weekend");
        if !(self.is(i, Kw::The)
            && (self.word_is(i + 1, "week") || weekend)
            && self.is(i + 2, Kw::Of))
        {
            return None;
        }
        let m = self.month_date(i + 3)?;
        let Sem::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let sem = Sem::WeekOf {
            year,
            month,
            day,
            dir,
            weekend,
        };
        Some(Match::new(i, m.end, sem, "week-of"))
    }

    /// "the first week of December", "the second weekend of May 2026", "the first Monday in
    /// October", "the last Friday of June", "the last day of October": the n-th (or last)
    /// week, weekend, weekday or day of a named month.
    fn nth_of_month(&self, i: usize) -> Option<Match> {
        let j = if self.is(i, Kw::The) { i + 1 } else { i };
        let n = if self.is(j, Kw::Last) || self.word_is(j, "final") {
            -1
        } else {
            let o = self
                .lex(j)
                .and_then(|l| l.ordinal)
                .filter(|o| (1..=5).contains(o))?;
            i32::try_from(o).ok()?
        };
        let of = match self.unit(j + 1) {
            Some((Unit::Week, false)) => NthOf::Week,
            Some((Unit::Weekend, false)) => NthOf::Weekend,
            Some((Unit::Day, false)) => NthOf::Day,
            _ => NthOf::Weekday(self.weekday(j + 1)?),
        };
        if !(self.is(j + 2, Kw::Of) || self.is(j + 2, Kw::In)) {
            return None;
        }
        let m = self.month_date(j + 3)?;
        let Sem::Calendar {
            year,
            month: Some(month),
            day: None,
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let sem = Sem::NthOfMonth {
            year,
            month,
            n,
            of,
            dir,
        };
        Some(Match::new(i, m.end, sem, "nth-of-month"))
    }

    /// A half year named with its year: "the last half of 1989" (H2), "the first two quarters
    /// of 1990" (H1), "the last two quarters of 1990" (H2). TimeML writes a half year as
    /// `YYYY-H1`/`YYYY-H2`. The year is required: without it "the last half" or "the first two
    /// quarters" is a length of time or a relative period, left to the other rules.
    fn half_of_year(&self, i: usize, j: usize) -> Option<Match> {
        let first = self.lex(j).and_then(|l| l.ordinal) == Some(1);
        let last = self.is(j, Kw::Last);
        if !first && !last {
            return None;
        }
        let k = if self.is(j + 1, Kw::Half) {
            j + 2
        } else if self.lex(j + 1).and_then(|l| l.number).or(self.num(j + 1)) == Some(2)
            && self.word_is(j + 2, "quarters")
        {
            j + 3
        } else {
            return None;
        };
        if !self.is(k, Kw::Of) {
            return None;
        }
        let (year, end) = self.opt_year(k);
        year?;
        Some(Match::new(
            i,
            end,
            Sem::Period {
                year,
                part: YearPart::Half(if first { 1 } else { 2 }),
                dir: Direction::ByTense,
            },
            "quarter",
        ))
    }

    /// Matches lower-cased words in order from `i`, skipping apostrophes; returns the end.
    fn words(&self, i: usize, words: &[&str]) -> Option<usize> {
        let mut j = i;
        for w in words {
            // "Martin Luther King Jr. Day", "St. Patrick's Day": past an abbreviation's dot.
            while self.apostrophe(j)
                || (self.punct(j, ".")
                    && j.checked_sub(1)
                        .is_some_and(|p| self.word_is(p, "st") || self.word_is(p, "jr")))
            {
                j += 1;
            }
            if !self.word_is(j, w) {
                return None;
            }
            j += 1;
        }
        if self.apostrophe(j) && self.adj(j) {
            j += 1;
        }
        Some(j)
    }

    fn holiday(&self, i: usize) -> Option<Match> {
        if !self.cap(i) {
            return None;
        }
        const MULTI: &[(&[&str], Holiday)] = &[
            (&["christmas", "eve"], Holiday::ChristmasEve),
            (&["christmas", "day"], Holiday::Christmas),
            (&["new", "year", "s", "day"], Holiday::NewYearsDay),
            (&["new", "year", "s", "eve"], Holiday::NewYearsEve),
            (&["new", "year", "day"], Holiday::NewYearsDay),
            (&["thanksgiving", "day"], Holiday::Thanksgiving),
            (&["election", "day"], Holiday::ElectionDay),
            (&["independence", "day"], Holiday::IndependenceDay),
            (&["labor", "day"], Holiday::LaborDay),
            (&["memorial", "day"], Holiday::MemorialDay),
            (&["veterans", "day"], Holiday::VeteransDay),
            (&["easter", "sunday"], Holiday::Easter),
            (&["good", "friday"], Holiday::GoodFriday),
            (&["black", "friday"], Holiday::BlackFriday),
            (&["cyber", "monday"], Holiday::CyberMonday),
            (&["boxing", "day"], Holiday::BoxingDay),
            (&["easter", "monday"], Holiday::EasterMonday),
            (&["valentine", "s", "day"], Holiday::ValentinesDay),
            (&["mother", "s", "day"], Holiday::MothersDay),
            (&["father", "s", "day"], Holiday::FathersDay),
            (&["presidents", "day"], Holiday::PresidentsDay),
            (
                &["martin", "luther", "king", "day"],
                Holiday::MartinLutherKingDay,
            ),
            (&["new", "year", "s"], Holiday::NewYearsDay),
            (&["st", "patrick", "s", "day"], Holiday::StPatricksDay),
            (&["saint", "patrick", "s", "day"], Holiday::StPatricksDay),
            (&["canada", "day"], Holiday::CanadaDay),
            (&["bastille", "day"], Holiday::BastilleDay),
            (&["anzac", "day"], Holiday::AnzacDay),
            (&["remembrance", "day"], Holiday::RemembranceDay),
            (&["australia", "day"], Holiday::AustraliaDay),
            (&["may", "day"], Holiday::MayDay),
            (&["groundhog", "day"], Holiday::GroundhogDay),
            (&["columbus", "day"], Holiday::ColumbusDay),
            (&["ash", "wednesday"], Holiday::AshWednesday),
            (&["palm", "sunday"], Holiday::PalmSunday),
            (
                &["martin", "luther", "king", "jr", "day"],
                Holiday::MartinLutherKingDay,
            ),
        ];
        let mut found = None;
        for (words, h) in MULTI {
            if let Some(end) = self.words(i, words) {
                found = Some((end, *h));
                break;
            }
        }
        if found.is_none()
            && let Some(h) = self.lex(i).and_then(|l| l.holiday)
        {
            found = Some((i + 1, h));
        }
        let (end, holiday) = found?;
        // "a Christmas tree", "Easter Island", "a New Year's resolution": the holiday names
        // a thing, not a day.
        if self.tok(end).is_some_and(|t| {
            t.kind == TokenKind::Word
                && HOLIDAY_THINGS
                    .iter()
                    .any(|w| t.text.eq_ignore_ascii_case(w))
        }) {
            return None;
        }
        // "the Labor Day weekend": the weekend next to the holiday; "Easter week": the
        // week holding it.
        let around = match self.unit(end) {
            Some((Unit::Weekend, false)) => Some((HolidaySpan::Weekend, "holiday-weekend")),
            Some((Unit::Week, false)) if !self.hyphen(end + 1) => {
                Some((HolidaySpan::Week, "holiday-week"))
            }
            _ => None,
        };
        if let Some((around, rule)) = around {
            return Some(Match::new(
                i,
                end + 1,
                Sem::Holiday {
                    holiday,
                    year: None,
                    dir: Direction::ByTense,
                    around,
                },
                rule,
            ));
        }
        let (year, end) = self.opt_year(end);
        Some(Match::new(
            i,
            end,
            Sem::Holiday {
                holiday,
                year,
                dir: Direction::ByTense,
                around: HolidaySpan::Day,
            },
            "holiday",
        ))
    }

    // ---- durations, shifts and sets ------------------------------------------------------

    /// A number of units at `i`: returns the amount and the index of the unit.
    fn amount(&self, i: usize) -> Option<(Amount, usize)> {
        let t = self.tok(i)?;
        if t.kind == TokenKind::Number {
            if i.checked_sub(1)
                .is_some_and(|p| self.punct(p, "$") || self.punct(p, "#"))
            {
                return None;
            }
            let tenths = t.tenths?;
            if tenths > 100_000 {
                return None;
            }
            // "2 1/2": a whole number and a half.
            if self.num(i + 1) == Some(1)
                && self.punct(i + 2, "/")
                && self.adj(i + 2)
                && self.adj(i + 3)
                && self.num(i + 3) == Some(2)
            {
                return Some((Amount::Tenths(tenths + 5), i + 4));
            }
            // "12 to 18 months", "2-3 weeks": the first number.
            if let Some(end) = self.amount_range_end(i) {
                return Some((Amount::Tenths(tenths), end));
            }
            return Some((Amount::Tenths(tenths), i + 1));
        }
        let l = t.lex?;
        if let Some(n) = l.number {
            // "twenty-five"
            if n >= 20
                && n % 10 == 0
                && self.hyphen(i + 1)
                && let Some(u) = self.lex(i + 2).and_then(|l| l.number).filter(|u| *u < 10)
            {
                return Some((Amount::n(n + u), i + 3));
            }
            // "twenty four hours": a compound number written without its hyphen.
            if (20..100).contains(&n)
                && n % 10 == 0
                && let Some(u) = self
                    .lex(i + 1)
                    .and_then(|l| l.number)
                    .filter(|u| (1..10).contains(u))
            {
                return Some((Amount::n(n + u), i + 2));
            }
            // "two thousand years", "three hundred days": a multiplied number.
            if n < 100 {
                for (word, times) in [("hundred", 100), ("thousand", 1000)] {
                    if self.word_is(i + 1, word) {
                        return Some((Amount::n(n * times), i + 2));
                    }
                }
            }
            // "one and a half"
            if self.is(i + 1, Kw::And) && self.is(i + 2, Kw::A) && self.is(i + 3, Kw::Half) {
                return Some((Amount::Tenths(n * 10 + 5), i + 4));
            }
            // "two to three weeks", "three- to five-year": the first number.
            if let Some(end) = self.amount_range_end(i) {
                return Some((Amount::n(n), end));
            }
            return Some((Amount::n(n), i + 1));
        }
        match l.kw? {
            Kw::A | Kw::An => {
                if self.is(i + 1, Kw::Few) {
                    return Some((Amount::Some, i + 2));
                }
                if self.is(i + 1, Kw::Couple) {
                    let j = if self.is(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                    return Some((Amount::n(2), j));
                }
                if self.is(i + 1, Kw::Dozen) {
                    return Some((Amount::n(12), i + 2));
                }
                if self.is(i + 1, Kw::Half) {
                    return Some((Amount::Tenths(5), i + 2));
                }
                Some((Amount::n(1), i + 1))
            }
            Kw::Half if self.is(i + 1, Kw::A) || self.is(i + 1, Kw::An) => {
                Some((Amount::Tenths(5), i + 2))
            }
            Kw::Few | Kw::Several | Kw::Many => Some((Amount::Some, i + 1)),
            // "the next couple of years"
            Kw::Couple if self.is(i + 1, Kw::Of) => Some((Amount::n(2), i + 2)),
            _ => None,
        }
    }

    /// A range of amounts whose first number is at `i` ("two to three weeks", "12 or 18
    /// months", "three- to five-year", "2-3 weeks", "between two and three weeks"): the
    /// token after the second number, when a unit follows it and the second number is the
    /// larger. TimeML writes one value for the range: its first number (with the mod
    /// `EQUAL_OR_MORE`, see [`Grammar::length`]).
    fn amount_range_end(&self, i: usize) -> Option<usize> {
        let value = |k: usize| match self.tok(k) {
            Some(t) if t.kind == TokenKind::Number && self.ndigits(k) <= 3 => self.num(k),
            Some(t) => t.lex.and_then(|l| l.number),
            None => None,
        };
        let first = value(i)?;
        let digits = self.tok(i).is_some_and(|t| t.kind == TokenKind::Number);
        let second_at = match self.kw(i + 1) {
            Some(Kw::To) => i + 2,
            Some(Kw::And) if i.checked_sub(1).is_some_and(|p| self.word_is(p, "between")) => i + 2,
            _ if self.word_is(i + 1, "or") => i + 2,
            // "a three- to five-year term"
            _ if (self.punct(i + 1, "-") || self.punct(i + 1, "–"))
                && self.adj(i + 1)
                && self.is(i + 2, Kw::To) =>
            {
                i + 3
            }
            // "2-3 weeks": digits on both sides of the dash.
            _ if digits
                && self.hyphen(i + 1)
                && self.tok(i + 2).is_some_and(|t| t.kind == TokenKind::Number) =>
            {
                i + 2
            }
            _ => return None,
        };
        let second = value(second_at)?;
        if second <= first {
            return None;
        }
        let end = second_at + 1;
        let unit_next = self.unit(end).is_some()
            || (self.hyphen(end) && self.unit(end + 1).is_some_and(|(_, plural)| !plural));
        unit_next.then_some(end)
    }

    fn length(&self, i: usize) -> Option<Match> {
        // "lasted 1:30 hours", "played 38:12 minutes": a clock-style length, not read as
        // its last figure; "at 2100 hours" is a clock time, not 2,100 hours.
        if self.tok(i).is_some_and(|t| t.kind == TokenKind::Number)
            && (i
                .checked_sub(1)
                .is_some_and(|p| self.punct(p, ":") && self.adj(i))
                || self.ndigits(i) == 4
                    && matches!(self.unit(i + 1), Some((Unit::Hour, true)))
                    && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)))
        {
            return None;
        }
        // "between two and three weeks": a range of lengths, "between" included.
        if self.word_is(i, "between") {
            let mut m = self.length(i + 1)?;
            if !self.is(i + 2, Kw::And) || !matches!(m.sem, Sem::Duration { .. }) {
                return None;
            }
            m.start = i;
            return Some(m);
        }
        // "a weeklong recess": one unit, written as one word.
        if let Some(u) = self.lex(i).and_then(|l| l.long_of) {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Duration {
                    amount: Amount::n(1),
                    unit: u,
                    ending_now: false,
                },
                "duration",
            ));
        }
        // "grew over the years", "through the decades": an unspecified number of them
        // (not "over the years 2010 to 2015", "over the years of the war").
        if self.is(i, Kw::The)
            && matches!(
                self.unit(i + 1),
                Some((Unit::Year | Unit::Decade | Unit::Century, true))
            )
            && i.checked_sub(1)
                .is_some_and(|p| self.is(p, Kw::Over) || self.is(p, Kw::Through))
            && self.year4(i + 2).is_none()
            && !self.is(i + 2, Kw::Of)
        {
            let (unit, _) = self.unit(i + 1)?;
            return Some(Match::new(
                i,
                i + 2,
                Sem::Duration {
                    amount: Amount::Some,
                    unit,
                    ending_now: false,
                },
                "over-the-units",
            ));
        }
        // "the nine months", "the first nine months"
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
            if self.lex(j).and_then(|l| l.ordinal) == Some(1)
                || self.is(j, Kw::Full)
                || self.is(j, Kw::Entire)
                || self.is(j, Kw::Whole)
            {
                j += 1;
            }
            // "the" must be followed by an explicit number.
            let t = self.tok(j)?;
            if !(t.kind == TokenKind::Number || t.lex.is_some_and(|l| l.number.is_some())) {
                return None;
            }
            // "the 30-day period": the adjective alone is the expression.
            if j == i + 1 && self.hyphen(j + 1) && self.unit(j + 2).is_some_and(|(_, p)| !p) {
                return self.length(j);
            }
        }
        let (amount, mut u_at) = match self.amount(j) {
            Some(a) => a,
            None => {
                // Bare plural units: "for years", "decades".
                let (u, plural) = self.unit(j)?;
                // "a day-long meeting", "their year-long inquiry": one unit.
                if !plural && j == i && self.hyphen(j + 1) && self.is(j + 2, Kw::Long) {
                    return Some(Match::new(
                        i,
                        j + 3,
                        Sem::Duration {
                            amount: Amount::n(1),
                            unit: u,
                            ending_now: false,
                        },
                        "unit-long",
                    ));
                }
                if !plural || j != i {
                    return None;
                }
                let prev_ok = j.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.kw(p),
                        Some(
                            Kw::For
                                | Kw::In
                                | Kw::Within
                                | Kw::Over
                                | Kw::After
                                | Kw::Than
                                | Kw::Recent
                                | Kw::Back
                        )
                    )
                });
                let long = self.hyphen(j + 1) && self.is(j + 2, Kw::Long);
                // "Minutes later, police arrived": an unknown number of units.
                let later = matches!(self.kw(j + 1), Some(Kw::Later | Kw::Earlier))
                    && !self.is(j + 2, Kw::Than);
                // "came hours after the talks", "just days before the vote": an unknown
                // number of units between two events; "office hours after school" is not.
                let between = matches!(self.kw(j + 1), Some(Kw::After | Kw::Before))
                    && matches!(
                        u,
                        Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month
                    )
                    && (self.cap(j)
                        || j.checked_sub(1).is_none_or(|p| {
                            self.is(p, Kw::Just)
                                || self.punct(p, ",")
                                || [
                                    "only", "mere", "barely", "came", "comes", "come", "occurred",
                                ]
                                .iter()
                                .any(|w| self.word_is(p, w))
                        }));
                // "weeks ago", "just months ago": an unknown distance back, a vague past
                // like "several years ago". ("66 million years ago" is a number of them.)
                if self.is(j + 1, Kw::Ago)
                    && !j.checked_sub(1).is_some_and(|p| {
                        self.tok(p).is_some_and(|t| t.kind == TokenKind::Number)
                            || self.lex(p).is_some_and(|l| l.number.is_some())
                            || ["million", "billion", "thousand", "hundred"]
                                .iter()
                                .any(|w| self.word_is(p, w))
                    })
                {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "units-ago",
                    ));
                }
                if !prev_ok && !long && !later && !between {
                    return None;
                }
                if self.hyphen(j + 1) && self.is(j + 2, Kw::Old) {
                    return None;
                }
                // "in years past", "in decades past": a vague past, like "in recent years".
                if self.is(j + 1, Kw::Past) && self.is(p_or(j.checked_sub(1)), Kw::In) {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "units-past",
                    ));
                }
                let end = if self.hyphen(j + 1) && self.is(j + 2, Kw::Long) {
                    j + 3
                } else {
                    j + 1
                };
                return Some(Match::new(
                    i,
                    end,
                    Sem::Duration {
                        amount: Amount::Some,
                        unit: u,
                        ending_now: false,
                    },
                    "units",
                ));
            }
        };
        // "two to three weeks": a range, written as its first number and at least it;
        // "two to three years ago": about that far back.
        let range = self.amount_range_end(j) == Some(u_at);
        let hyphenated = self.hyphen(u_at);
        if hyphenated {
            u_at += 1;
        } else if self.unit(u_at).is_none() && FILLERS.iter().any(|w| self.word_is(u_at, w)) {
            u_at += 1; // "two more weeks", "eight trading days"
        }
        let (u, plural) = self.unit(u_at)?;
        // "a decade-long expansion": the article belongs to the noun, the length is
        // "decade-long" alone (as in "a two-day strike").
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && !hyphenated
            && !plural
            && self.hyphen(u_at + 1)
            && self.is(u_at + 2, Kw::Long)
        {
            return self.length(u_at);
        }
        if hyphenated && plural && u == Unit::Quarter {
            return None; // "three-quarters": a fraction
        }
        // "the 1988 year", "1989 year-end results": a calendar year naming the year, not
        // 1988 of them.
        if !hyphenated && !plural && self.year4(j).is_some() {
            return None;
        }
        // "a second term": "second" needs a number.
        if u == Unit::Second
            && !plural
            && !matches!(self.tok(j).map(|t| t.kind), Some(TokenKind::Number))
        {
            return None;
        }
        if matches!(amount, Amount::Tenths(10))
            && plural
            && self.tok(j).is_some_and(|t| t.kind == TokenKind::Word)
        {
            // "a days"? not an amount.
            return None;
        }
        let mut end = u_at + 1;
        // "a year and a half"
        let amount = match amount {
            Amount::Tenths(t)
                if t % 10 == 0
                    && self.is(end, Kw::And)
                    && self.is(end + 1, Kw::A)
                    && self.is(end + 2, Kw::Half) =>
            {
                end += 3;
                Amount::Tenths(t + 5)
            }
            a => a,
        };
        // "a week or so ago": an approximate length.
        let or_so = !hyphenated && self.word_is(end, "or") && self.word_is(end + 1, "so");
        if or_so {
            end += 2;
        }
        let approx = |m: Option<Match>| {
            m.map(|mut m| {
                if or_so {
                    m.modifier = Some(Modifier::Approx);
                } else if range {
                    m.modifier = Some(if matches!(m.sem, Sem::Duration { .. }) {
                        Modifier::EqualOrMore
                    } else {
                        Modifier::Approx
                    });
                }
                m
            })
        };
        if self.hyphen(end) && matches!(self.kw(end + 1), Some(Kw::Earlier | Kw::Ago)) {
            return None; // "a year-earlier loss": the adjective is the expression
        }
        if self.hyphen(end) && self.word_is(end + 1, "end") {
            return None; // "a year-end bonus"
        }
        // Ages: "30 years old" is not an expression; "8-month-old" is a length.
        if self.is(end, Kw::Old) {
            return None;
        }
        // "One day she hopes to return", "One day, a stranger knocked": some day, told
        // as a story's opening, not a length.
        if u == Unit::Day
            && !plural
            && self.word_is(i, "one")
            && self.sentence_initial(i)
            && !matches!(
                self.kw(end),
                Some(Kw::Later | Kw::Earlier | Kw::After | Kw::Before | Kw::Ago | Kw::Of)
            )
            && !hyphenated
        {
            return None;
        }
        if self.hyphen(end) && self.is(end + 1, Kw::Old) {
            return None; // ages of people: "a 6-year-old boy"
        }
        // "a quarter of the market": a fraction.
        if u == Unit::Quarter && !plural && self.is(end, Kw::Of) && self.year4(end + 1).is_none() {
            return None;
        }
        if self.hyphen(end) && self.is(end + 1, Kw::Long) {
            end += 2;
        }
        // Shifts: "two weeks ago", "two days later", "a year earlier", "three years from now".
        let shift = |sign, anchor, end| {
            approx(Some(Match::new(
                i,
                end,
                Sem::Shift {
                    amount,
                    unit: u,
                    sign,
                    anchor,
                },
                "shift",
            )))
        };
        // "a year ago Tuesday", "a week ago Saturday", "25 years ago today", "50 years
        // ago this week": that day or week, so far back.
        if !hyphenated
            && self.is(end, Kw::Ago)
            && let Some(m) = self.ago_day(i, end + 1, amount, u)
        {
            return Some(m);
        }
        if !hyphenated {
            match self.kw(end) {
                Some(Kw::Ago) => return shift(-1, AnchorKind::Publication, end + 1),
                // "three weeks from now", "three weeks from today".
                // "a week from today" counts days from a day.
                Some(Kw::From)
                    if self.is(end + 1, Kw::Today)
                        && u == Unit::Week
                        && let Amount::Tenths(t) = amount =>
                {
                    return approx(Some(Match::new(
                        i,
                        end + 2,
                        Sem::Shift {
                            amount: Amount::Tenths(t.checked_mul(7)?),
                            unit: Unit::Day,
                            sign: 1,
                            anchor: AnchorKind::Publication,
                        },
                        "shift",
                    )));
                }
                Some(Kw::From) if matches!(self.kw(end + 1), Some(Kw::Now | Kw::Today)) => {
                    return shift(1, AnchorKind::Publication, end + 2);
                }
                // "a week from Tuesday", "two weeks from Friday": that many days after the
                // coming weekday.
                Some(Kw::From)
                    if let Some(w) = self.weekday(end + 1)
                        && let Amount::Tenths(t) = amount
                        && t % 10 == 0
                        && let Ok(n) = i32::try_from(t / 10)
                        && let Some(days) = match u {
                            Unit::Day => Some(n),
                            Unit::Week => n.checked_mul(7),
                            _ => None,
                        }
                        && !range
                        && !or_so =>
                {
                    return Some(Match {
                        day_shift: days,
                        ..Match::new(
                            i,
                            end + 2,
                            Sem::Weekday {
                                weekday: w,
                                time: None,
                                dir: Direction::Future,
                            },
                            "units-from-weekday",
                        )
                    });
                }
                // "Two years on, the town still struggles": that far past the story's time.
                _ if self.word_is(end, "on")
                    && (self.punct(end + 1, ",") || self.is(end + 1, Kw::From)) =>
                {
                    return shift(1, AnchorKind::Previous, end + 1);
                }
                // "The election is a year away": that far ahead of the report.
                _ if self.word_is(end, "away") && !self.is(end + 1, Kw::From) => {
                    return shift(1, AnchorKind::Publication, end + 1);
                }
                // "a few days later": the length alone is the expression.
                Some(Kw::Later | Kw::Earlier) if amount == Amount::Some => {}
                // "two weeks earlier than last year": a comparison; the length is the
                // expression and what it is compared with is its own.
                Some(Kw::Later | Kw::Earlier) if self.is(end + 1, Kw::Than) => {}
                Some(Kw::Later) => return shift(1, AnchorKind::Previous, end + 1),
                Some(Kw::Earlier) => return shift(-1, AnchorKind::Previous, end + 1),
                Some(Kw::Before | Kw::After)
                    if self.tok(end + 1).is_none_or(|t| t.kind == TokenKind::Punct) =>
                {
                    let sign = if self.is(end, Kw::Before) { -1 } else { 1 };
                    return shift(sign, AnchorKind::Previous, end + 1);
                }
                _ => {}
            }
        }
        // "a day" after a number or a price is a rate, not a length: "$5 a day".
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && j == i
            && i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                p.kind == TokenKind::Number
                    || RATE_BEFORE.iter().any(|w| p.text.eq_ignore_ascii_case(w))
            })
        {
            return None;
        }
        // "700 seats a week", "three meals a day": a counted noun per unit is a rate too.
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && j == i
            && i >= 2
            && self.tok(i - 1).is_some_and(|p| {
                p.kind == TokenKind::Word
                    && !p.cap
                    && (p.text.len() > 3 && p.text.ends_with('s')
                        || IRREGULAR_PLURALS
                            .iter()
                            .any(|w| p.text.eq_ignore_ascii_case(w)))
            })
            && {
                let number = |k: usize| {
                    self.tok(k).is_some_and(|t| t.kind == TokenKind::Number)
                        || self.lex(k).is_some_and(|l| l.number.is_some())
                };
                // "2,000 people a year", "5,000 new jobs a month"
                number(i - 2)
                    || i >= 3
                        && number(i - 3)
                        && self.tok(i - 2).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && !t.cap
                                && t.lex.is_none_or(|l| {
                                    l.unit.is_none()
                                        && l.number.is_none()
                                        && l.kw.is_none_or(|k| k == Kw::New)
                                })
                        })
            }
        {
            return None;
        }
        approx(Some(Match::new(
            i,
            end,
            Sem::Duration {
                amount,
                unit: u,
                ending_now: false,
            },
            "duration",
        )))
    }

    fn set(&self, i: usize) -> Option<Match> {
        // "closed on weekends": the weekend of any week, like "on Sundays".
        if self.unit(i) == Some((Unit::Weekend, true))
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::On))
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Set(Recurrence::every(Amount::n(1), Unit::Weekend)),
                "weekends",
            ));
        }
        // "year after year", "night after night": the unit again and again.
        if let Some((unit, false)) = self.unit(i)
            && self.is(i + 1, Kw::After)
            && self.unit(i + 2) == Some((unit, false))
            && !self.hyphen(i + 1)
            && i.checked_sub(1).is_none_or(|p| {
                !matches!(
                    self.kw(p),
                    Some(Kw::The | Kw::A | Kw::An | Kw::Each | Kw::Every)
                ) && self.amount(p).is_none()
            })
        {
            return Some(Match::new(
                i,
                i + 3,
                Sem::Set(Recurrence::every(Amount::n(1), unit)),
                "unit-after-unit",
            ));
        }
        // "three times a day": a number word has no keyword of its own.
        let k = match self.kw(i) {
            Some(k) => k,
            None if self.lex(i).is_some_and(|l| l.number.is_some())
                || self.tok(i).is_some_and(|t| t.kind == TokenKind::Number) =>
            {
                Kw::Times
            }
            None => return None,
        };
        let set = |end, amount, unit, weekday, part, freq| {
            Some(Match::new(
                i,
                end,
                Sem::Set(Recurrence {
                    weekday,
                    part,
                    freq,
                    ..Recurrence::every(amount, unit)
                }),
                "set",
            ))
        };
        match k {
            Kw::Every | Kw::Each => {
                let mut j = i + 1;
                let mut amount = Amount::n(1);
                if self.is(j, Kw::Other) {
                    amount = Amount::n(2);
                    j += 1;
                } else if let Some((a, next)) = self.amount(j)
                    && !matches!(self.kw(j), Some(Kw::A | Kw::An))
                {
                    amount = a;
                    j = next;
                }
                if let Some((u, _)) = self.unit(j) {
                    return set(j + 1, amount, u, None, None, None);
                }
                if let Some(w) = self.weekday(j) {
                    // "every Tuesday night": a part of the recurring weekday.
                    if let Some(p) = self.part(j + 1) {
                        return set(j + 2, amount, Unit::Week, Some(w), Some(p), None);
                    }
                    return set(j + 1, amount, Unit::Week, Some(w), None, None);
                }
                // "every summer", "each spring": a recurring season of the year.
                if let Some(season) = self.lex(j).and_then(|l| l.season) {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Set(Recurrence {
                            season: Some(season),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                if let Some(m) = self.month(j) {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Set(Recurrence {
                            month: Some(m),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                if let Some(p) = self.part(j) {
                    return set(j + 1, amount, Unit::Day, None, Some(p), None);
                }
                // "every Christmas", "each Fourth of July"-like fixed holidays: the same
                // day of any year; a movable feast ("every Easter") has no such value.
                if let Some(h) = self.holiday(j)
                    && let Sem::Holiday {
                        holiday,
                        year: None,
                        around: HolidaySpan::Day,
                        ..
                    } = h.sem
                    && let (Some(a), Some(b)) = (
                        super::holidays::date(holiday, 2001),
                        super::holidays::date(holiday, 2002),
                    )
                    && (a.month(), a.day()) == (b.month(), b.day())
                {
                    return Some(Match::new(
                        i,
                        h.end,
                        Sem::Set(Recurrence {
                            month: Some(a.month()),
                            day: Some(a.day()),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                None
            }
            Kw::Daily
            | Kw::Weekly
            | Kw::Monthly
            | Kw::Annually
            | Kw::Yearly
            | Kw::Hourly
            | Kw::Quarterly
            | Kw::Nightly
            | Kw::Biweekly
            | Kw::Semiannually => {
                let determiner = i.checked_sub(1).is_some_and(|p| {
                    matches!(self.kw(p), Some(Kw::The | Kw::A | Kw::An))
                        || self.tok(p).is_some_and(|t| {
                            matches!(
                                t.text.to_ascii_lowercase().as_str(),
                                "its" | "his" | "her" | "their" | "our"
                            )
                        })
                });
                // After a determiner the word is an adjective before its noun ("a daily
                // rally", "his weekly address": a recurrence) or a noun itself ("the
                // official daily", "a quarterly of five cents": a publication, a dividend).
                let next_is_noun = self.tok(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.cap
                        && t.lex.is_none_or(|l| l.kw.is_none())
                        && !(t.text.len() > 4 && t.text.ends_with("ed"))
                        && !VERBS_AFTER_A_PUBLICATION
                            .iter()
                            .any(|w| t.text.eq_ignore_ascii_case(w))
                });
                if determiner && !next_is_noun {
                    return None;
                }
                // "to rise 8% annually", "10,000 units annually": a rate, like "8% a year".
                let rate = i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                    p.text == "%"
                        || p.text.eq_ignore_ascii_case("percent")
                        || (p.kind == TokenKind::Word
                            && !p.cap
                            && p.text.len() > 3
                            && p.text.ends_with('s')
                            && p.lex.is_none()
                            && i.checked_sub(2).and_then(|q| self.tok(q)).is_some_and(|q| {
                                q.kind == TokenKind::Number
                                    || q.lex.is_some_and(|l| l.number.is_some())
                            }))
                });
                if rate {
                    return None;
                }
                // "the Communist Party daily Granma", "the business weekly Barron's": a
                // publication noun before its name, not a recurrence.
                if matches!(k, Kw::Daily | Kw::Weekly | Kw::Monthly)
                    && self.tok(i + 1).is_some_and(|t| {
                        t.kind == TokenKind::Word && t.cap && t.lex.is_none_or(|l| l.kw.is_none())
                    })
                    && self
                        .lex(i + 1)
                        .is_none_or(|l| l.month.is_none() && l.weekday.is_none())
                {
                    return None;
                }
                // "the official daily.": a noun after its own adjective.
                if !next_is_noun
                    && i >= 2
                    && matches!(self.kw(i - 2), Some(Kw::The | Kw::A | Kw::An))
                    && self
                        .tok(i - 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lex.is_none())
                {
                    return None;
                }
                // "quarterly dividend": an adjective before a noun.
                if matches!(k, Kw::Quarterly)
                    && self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lex.is_none())
                {
                    return None;
                }
                let (amount, unit, part) = match k {
                    Kw::Daily => (1, Unit::Day, None),
                    Kw::Nightly => (1, Unit::Day, Some(PartOfDay::Night)),
                    Kw::Weekly => (1, Unit::Week, None),
                    Kw::Biweekly => (2, Unit::Week, None),
                    Kw::Semiannually => (6, Unit::Month, None),
                    Kw::Monthly => (1, Unit::Month, None),
                    Kw::Quarterly => (1, Unit::Quarter, None),
                    Kw::Hourly => (1, Unit::Hour, None),
                    _ => (1, Unit::Year, None),
                };
                set(i + 1, Amount::n(amount), unit, None, part, None)
            }
            _ => {
                // "twice a year", "three times a week", "once a month"
                let (freq, mut j) = match k {
                    Kw::Once => (1, i + 1),
                    Kw::Twice => (2, i + 1),
                    Kw::Thrice => (3, i + 1),
                    _ => {
                        let n = match self.lex(i).and_then(|l| l.number) {
                            Some(n) => n,
                            None if self.ndigits(i) <= 2 => self.num(i)?,
                            None => return None,
                        };
                        // "five days a week", "six months a year": so many of the
                        // smaller unit in each larger one.
                        let per_larger = matches!(
                            (self.unit(i + 1), self.kw(i + 2), self.unit(i + 3)),
                            (
                                Some((Unit::Day, true)),
                                Some(Kw::A | Kw::Per),
                                Some((Unit::Week | Unit::Month, false))
                            ) | (
                                Some((Unit::Week | Unit::Month, true)),
                                Some(Kw::A | Kw::Per),
                                Some((Unit::Year, false))
                            )
                        );
                        let per_larger = per_larger && !self.is(i + 4, Kw::Ago);
                        if !self.is(i + 1, Kw::Times) && !per_larger {
                            return None;
                        }
                        (n, i + 2)
                    }
                };
                // "twice monthly", "three times weekly": the frequency of the adverb's period.
                let adverb = match self.kw(j) {
                    Some(Kw::Daily) => Some(Unit::Day),
                    Some(Kw::Weekly) => Some(Unit::Week),
                    Some(Kw::Monthly) => Some(Unit::Month),
                    Some(Kw::Annually | Kw::Yearly) => Some(Unit::Year),
                    Some(Kw::Hourly) => Some(Unit::Hour),
                    _ => None,
                };
                if let Some(u) = adverb {
                    return set(j + 1, Amount::n(1), u, None, None, Some(freq));
                }
                if !matches!(
                    self.kw(j),
                    Some(Kw::A | Kw::An | Kw::Per | Kw::Each | Kw::Every)
                ) {
                    return None;
                }
                j += 1;
                let (u, plural) = self.unit(j)?;
                if plural {
                    return None;
                }
                set(j + 1, Amount::n(1), u, None, None, Some(freq))
            }
        }
    }
}

/// A date written whole in figures ("2025-03-03", "3/3/2025", "3.11.2025"), from token
/// `start` to `end`, when that day exists.
fn figures_date(
    start: usize,
    end: usize,
    (year, month, day): (i32, u32, u32),
    time: Option<TimeOfDay>,
    rule: &'static str,
) -> Option<Match> {
    chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Some(Match::new(
        start,
        end,
        Sem::Calendar {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            time,
            dir: Direction::ByTense,
        },
        rule,
    ))
}

/// An hour 1–12 said with a part of the day ("10 at night", "3 in the afternoon"), on
/// the 24-hour clock.
fn hour_in_part(part: PartOfDay, hour: u32) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    Some(match part {
        PartOfDay::Morning => hour % 12,
        PartOfDay::Afternoon | PartOfDay::Evening if hour == 12 => 12,
        PartOfDay::Afternoon | PartOfDay::Evening => hour + 12,
        // "10 at night" is 22:00, "2 in the night" is 02:00.
        PartOfDay::Night if hour >= 6 => hour % 12 + 12,
        PartOfDay::Night => hour,
        _ => return None,
    })
}

/// The start of a range of times whose end carries its day ("9 a.m. to noon on Monday",
/// "2 to 4 p.m. today", "10 p.m. to 2 a.m. Saturday"): that day at `start`, and whether the
/// range runs overnight (an afternoon or evening start after a morning end), so that the
/// start lies on the day before. `None` when the end has no clock time or the two times
/// cannot make a range.
fn same_day_at(end: Sem, start: TimeOfDay) -> Option<(Sem, bool)> {
    let minutes = |t: TimeOfDay| match t {
        TimeOfDay::Clock { hour, minute } => Some(hour * 60 + minute),
        _ => None,
    };
    let end_time = match end {
        Sem::Weekday { time, .. } | Sem::Calendar { time, .. } => time,
        Sem::Deictic {
            unit: Unit::Day,
            time,
            ..
        } => time,
        Sem::Holiday {
            around: HolidaySpan::At(t),
            ..
        } => Some(t),
        _ => None,
    };
    let (s, e) = (minutes(start)?, minutes(end_time?)?);
    let overnight = match () {
        () if s < e => false,
        () if s >= 12 * 60 && e < 12 * 60 => true,
        () => return None,
    };
    Some((clock_on_day(end, start)?, overnight))
}

/// "nineties" → 199 (the 1990s).
fn decade_word(w: &str) -> Option<i32> {
    const WORDS: &[(&str, i32)] = &[
        ("twenties", 192),
        ("thirties", 193),
        ("forties", 194),
        ("fifties", 195),
        ("sixties", 196),
        ("seventies", 197),
        ("eighties", 198),
        ("nineties", 199),
    ];
    WORDS
        .iter()
        .find(|(k, _)| w.eq_ignore_ascii_case(k))
        .map(|(_, d)| *d)
}

fn p_or(p: Option<usize>) -> usize {
    p.unwrap_or(0)
}

fn calendar_year(y: i32) -> Sem {
    Sem::Calendar {
        year: Some(y),
        month: None,
        day: None,
        time: None,
        dir: Direction::ByTense,
    }
}
