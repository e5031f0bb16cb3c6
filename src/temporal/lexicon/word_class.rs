//! Closed word classes the rules consult, each kept as a data file in `words/` (one
//! lower-case word a line, sorted, `#` lines are comments) and read through one typed lookup.

use std::cmp::Ordering;
use std::sync::OnceLock;

macro_rules! word_classes {
    ($($(#[doc = $doc:literal])* $variant:ident => $file:literal,)*) => {
        /// A closed class of words a rule looks for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WordClass {
            $($(#[doc = $doc])* $variant,)*
        }

        impl WordClass {
            /// Every class, in declaration order.
            pub const ALL: &'static [WordClass] = &[$(WordClass::$variant,)*];

            /// The name of the class's data file in `words/`, without `.txt`.
            #[cfg(test)]
            fn file(self) -> &'static str {
                match self {
                    $(WordClass::$variant => $file,)*
                }
            }

            /// The class's data file as compiled in.
            fn source(self) -> &'static str {
                match self {
                    $(WordClass::$variant => include_str!(concat!("words/", $file, ".txt")),)*
                }
            }
        }
    };
}

word_classes! {
    /// Verbs of calls to action ("Download now"): "now" after them is not a time reference.
    CallToAction => "call_to_action",
    /// Capitalized words after a weekday that make it part of a name ("Sunday Times").
    NameAfterWeekday => "name_after_weekday",
    /// Words after a season that make it part of an event's name ("the Winter Olympics", "the
    /// next Summer Games"): the season names the event, not a time.
    EventAfterSeason => "event_after_season",
    /// Nouns a season modifies ("the following spring collection", "that summer camp"): a
    /// thing, not a time.
    SeasonThings => "season_things",
    /// Capitalized words before a weekday that make it a name ("Black Friday").
    NameBeforeWeekday => "name_before_weekday",
    /// Street types after a house number ("2025 Main Street"), which is then no year.
    StreetWords => "street_words",
    /// Nouns after a holiday's name that make it name a thing, not a day ("Christmas tree",
    /// "Easter Island", "Halloween costume", "New Year's resolution").
    HolidayThings => "holiday_things",
    /// Words of a game: in their sentence a half or a quarter is one of the game's.
    GameWords => "game_words",
    /// Words before "over"/"under" that make it "more/less than" a length ("for over a year",
    /// "lasted under an hour"), not "during" it.
    LengthBeforeOver => "length_before_over",
    /// Adjectives between "the" and "future"/"past" that keep a vague time ("the distant
    /// future", "the recent past"). Not "foreseeable": "for the foreseeable future" is an idiom
    /// for "indefinitely", left untagged in TimeBank.
    VagueAdjectives => "vague_adjectives",
    /// Verbs before "at N" that make N a level ("shares closed at 9 on Monday"), not an hour.
    LevelVerbs => "level_verbs",
    /// Plural nouns without a final "s", counted in rates ("2,000 people a year").
    IrregularPlurals => "irregular_plurals",
    /// Nouns before a four-digit number that make it a label, not a year ("Suite 1999", "Route
    /// 2020", "Flight 1987", "Bill 2024").
    NumberedNouns => "numbered_nouns",
    /// Nouns after "late-night" or "early-morning" that make it a kind of programme or place
    /// ("late-night host", "early-morning show"), not a time.
    LateNightGenres => "late_night_genres",
    /// Words of a result, which make "2-0" next to them a score.
    ResultWords => "result_words",
    /// Words before "a day/week/year" that make it a rate, not a length ("$500 million a
    /// year").
    RateBefore => "rate_before",
    /// Nouns for what belongs to an age as a whole: after "today's" or "tomorrow's" they make
    /// it mean "nowadays" ("today's youth", "tomorrow's leaders"), not a particular day.
    GenericOfAnAge => "generic_of_an_age",
    /// Verbs that follow a publication named by its rhythm ("the daily said"), showing that
    /// "daily" there is the noun; past forms in "-ed" are recognized by their ending.
    VerbsAfterAPublication => "verbs_after_a_publication",
    /// Verbs after which "that" may open a clause ("said that morning traffic was light").
    ReportVerbs => "report_verbs",
    /// Words that may follow a fronted "that night" as the clause goes on ("said that night he
    /// would leave"): pronouns, articles, auxiliaries, prepositions.
    ClauseOpeners => "clause_openers",
    /// Words that may stand between a number and its unit ("two more weeks").
    Fillers => "fillers",
    /// Words before "back" that make "back in August" name a return ("due back", "will be
    /// back"), which the tense places, not a look back.
    ReturnBeforeBack => "return_before_back",
    /// Words that may stand before "current" when it means "present" ("the current crisis", "in
    /// current conditions").
    CurrentBefore => "current_before",
    /// Nouns after "current" that make it a technical term ("current account", "current
    /// prices"), not a time.
    CurrentNotAfter => "current_not_after",
    /// Verbs after "current" that show it is the noun ("the current carried it").
    CurrentVerbAfter => "current_verb_after",
    /// Words that mark the future tense of a clause ("will", "going").
    FutureCues => "future_cues",
    /// Past-tense and past-auxiliary forms that mark a clause as past.
    PastCues => "past_cues",
    /// Present-tense forms that mark a clause as present.
    PresentCues => "present_cues",
    /// Words before "to" + verb that announce an intended (future) event.
    Intent => "intent",
    /// Verbs of scheduled events whose present simple announces a coming event in news ("the
    /// two leaders meet Monday", "the session opens Tuesday", "the trial starts Monday"). Forms
    /// that are mostly nouns in news ("returns", "votes") are left out; a form after a
    /// determiner, a modal or "be" ("the play on Wednesday", "were open") is no verb here.
    ScheduledPresent => "scheduled_present",
    /// Words before a bare verb that make it something other than a present simple ("to meet",
    /// "did not meet", "could meet").
    NotFiniteBefore => "not_finite_before",
    /// Past forms that are also nouns ("a rate cut", "the hit", "a put option"): after one of
    /// [`WordClass::NounBeforeInvariant`] they are no past tense.
    InvariantPast => "invariant_past",
    /// Words before an invariant past form that make it a noun: determiners, possessives and
    /// the nouns and adjectives most often compounded with it in news ("rate cut", "tax cut",
    /// "quarter-point cut", "box-office hit").
    NounBeforeInvariant => "noun_before_invariant",
    /// Words ending in "ed" that are not past-tense verbs.
    NotPastCues => "not_past_cues",
    /// Stems of verbs that move an event or a deadline later ("postponed until Tuesday",
    /// "extended its deadline until 9 a.m. Tuesday").
    Defer => "defer",
    /// Adverbs that make a clause habitual: "usually", "every".
    Habitual => "habitual",
    /// Adverbs that make a clause a general truth ("flu typically peaks in February"), so a
    /// month in it is one of any year. Narrower than [`WordClass::Habitual`]: "often" or
    /// "every" can tell of a habit in one particular year.
    GenericTense => "generic_tense",
    /// Verbs of reporting: "said in January" dates the saying, not the reported event.
    Reporting => "reporting",
    /// Forms that are past and present alike, or participles of a plan: no evidence of a past
    /// event.
    Ambiguous => "ambiguous",
    /// Nouns of monthly figures ("jobs report", "sales") after a month, which then names the
    /// period the figures cover.
    Figures => "figures",
    /// First words of multi-word holidays and other rule starters with no other class.
    Starters => "starters",
}

impl WordClass {
    /// The words of the class, sorted.
    pub fn words(self) -> &'static [&'static str] {
        static TABLE: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
        let table =
            TABLE.get_or_init(|| WordClass::ALL.iter().map(|c| parse(c.source())).collect());
        let index = WordClass::ALL.iter().position(|c| *c == self).unwrap_or(0);
        table.get(index).map_or(&[], Vec::as_slice)
    }

    /// True when `word` is in the class, ignoring ASCII case.
    pub fn has(self, word: &str) -> bool {
        self.words()
            .binary_search_by(|w| cmp_ignore_ascii_case(w, word))
            .is_ok()
    }
}

/// The words of a data file: every line that is neither empty nor a `#` comment.
fn parse(source: &'static str) -> Vec<&'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// `entry` (lower case) against `word` compared as if `word` were lower case.
fn cmp_ignore_ascii_case(entry: &str, word: &str) -> Ordering {
    entry
        .bytes()
        .cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_file_is_sorted_unique_lower_case_and_not_empty() {
        for class in WordClass::ALL {
            let words = parse(class.source());
            assert!(!words.is_empty(), "{} is empty", class.file());
            for w in &words {
                assert_eq!(
                    *w,
                    w.to_lowercase(),
                    "{}: “{w}” is not lower case",
                    class.file()
                );
                assert_eq!(*w, w.trim(), "{}: “{w}” has spaces around it", class.file());
            }
            for pair in words.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{}: “{}” and “{}” are out of order or repeated",
                    class.file(),
                    pair[0],
                    pair[1]
                );
            }
        }
    }

    #[test]
    fn lookup_ignores_case_and_finds_only_members() {
        assert!(WordClass::StreetWords.has("Street"));
        assert!(WordClass::StreetWords.has("STREET"));
        assert!(!WordClass::StreetWords.has("Streets of"));
        assert!(WordClass::Habitual.has("usually"));
        assert!(!WordClass::Habitual.has("yesterday"));
        assert!(!WordClass::Habitual.has(""));
    }

    #[test]
    fn every_class_has_its_own_file() {
        let mut files: Vec<&str> = WordClass::ALL.iter().map(|c| c.file()).collect();
        files.sort_unstable();
        files.dedup();
        assert_eq!(files.len(), WordClass::ALL.len());
    }
}
