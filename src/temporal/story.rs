//! Story time: the reference time a narrative moves along.
//!
//! A history, an obituary or a long background passage tells events years before the
//! publication date. After an explicit year or full date ("In December 1941, …"), bare
//! months, days and seasons ("in January", "on 15 March", "that spring") belong to the
//! story, not to the publication year. The tracker keeps the last dated point of the
//! text; it frames an under-specified expression only while it lies far enough before the
//! publication date and few enough sentences back, so news, whose dates stay near the
//! publication date, keeps resolving against it.

use super::Mention;
use super::semantic::{Season, Sem, Unit};
use super::value::{DatePart, DateValue, YearValue};
use chrono::{Datelike, NaiveDate};

/// How many calendar years before the publication year the story's year must lie for the
/// passage to count as a story told in its own time.
const FAR_YEARS: i32 = 2;

/// How many sentences after a date opening a sentence in news ("In 1987, …") story time
/// still frames a bare date.
const NEWS_REACH: usize = 1;

/// How many years from the story a year told in passing may lie and still move it.
const ASIDE_YEARS: i32 = 3;

/// How many far years a text must write out to tell a story.
const MIN_STORY_YEARS: usize = 3;

/// True when the text tells a story (a history, an obituary): it writes out at least
/// [`MIN_STORY_YEARS`] years lying [`FAR_YEARS`] or more before the publication year, more
/// than twice as many as its signs of news told from the publication date ("yesterday",
/// "last year", weekdays, "now"). News names far years too, but as background among
/// those signs.
pub(super) fn tells_a_story(mentions: &[Mention], dct: Option<NaiveDate>) -> bool {
    let Some(dct) = dct else {
        return false;
    };
    let mut census = StoryCensus::default();
    for m in mentions {
        census.add(m, dct);
    }
    census.tells_a_story()
}

/// What [`tells_a_story`] counts, gathered one expression at a time (a long text is read
/// piece by piece).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoryCensus {
    far: usize,
    near: usize,
}

impl StoryCensus {
    /// Counts `m` in a text published on `dct`.
    pub fn add(&mut self, m: &Mention, dct: NaiveDate) {
        match m.value.sem {
            Sem::Calendar { year: Some(y), .. } | Sem::Period { year: Some(y), .. }
                if y <= dct.year() - FAR_YEARS =>
            {
                self.far += 1;
            }
            Sem::Deictic { .. }
            | Sem::InDeicticYear { .. }
            | Sem::Weekday { .. }
            | Sem::Ref { .. } => self.near += 1,
            _ => {}
        }
    }

    /// The counts of both.
    pub fn merged(self, other: Self) -> Self {
        Self {
            far: self.far + other.far,
            near: self.near + other.near,
        }
    }

    /// True when the expressions counted tell a story.
    pub fn tells_a_story(&self) -> bool {
        self.far >= MIN_STORY_YEARS && self.far > 2 * self.near
    }
}

/// The story's reference time: the last dated point of the text, its year and, when it
/// named one, its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StoryTime {
    year: i32,
    month: Option<u32>,
    sentence: usize,
    /// Set by an expression opening its sentence ("In 1987, …"), which frames the passage
    /// even in news.
    fronted: bool,
}

/// Where a bare month was placed in the story, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct StoryYear {
    /// The year chosen.
    pub year: i32,
    /// True when the month came before the story's month and the story, told in order,
    /// moved on into the next year ("December 1941 … in January" is January 1942).
    pub rolled_over: bool,
}

impl StoryTime {
    /// The story time a resolved value sets, when it names a year and is no coarser than a
    /// year (a decade or a century moves no story).
    pub fn from_value(v: &DateValue, sentence: usize, fronted: bool) -> Option<Self> {
        let YearValue::Year(year) = v.year else {
            return None;
        };
        let month = match v.part {
            DatePart::None => None,
            DatePart::Month(m) | DatePart::Day(m, _) | DatePart::UnknownDayIn(m) => Some(m),
            DatePart::Season(s) => Some(season_month(s)),
            DatePart::Quarter(Some(q)) => Some(q * 3 - 2),
            DatePart::Half(h) => Some(h * 6 - 5),
            _ => return None,
        };
        Some(Self {
            year,
            month,
            sentence,
            fronted,
        })
    }

    /// The story's year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// True when the story frames an under-specified expression in sentence `sentence`. In
    /// a text that tells a story (`narrative`) it does until the next date; in news only
    /// when it opened this sentence or the one before (a background passage) and its year
    /// lies at least [`FAR_YEARS`] before the publication year.
    pub fn frames(&self, dct: NaiveDate, sentence: usize, narrative: bool) -> bool {
        narrative
            || (self.fronted
                && self.year <= dct.year() - FAR_YEARS
                && sentence <= self.sentence + NEWS_REACH)
    }

    /// The story time after a new dated point `next`, told in a clause in the future tense
    /// when `ahead`. A bare year does not move a story that has reached a month when it is
    /// the story's own year ("… on December 7, 1941. By 1941's end …": the month stays) or
    /// a year told in passing, not opening its sentence: one looked forward to ("would be
    /// exposed for a campaign in 1976") or one far from the story ("a report declassified
    /// in 2005").
    pub fn moved_to(self, next: StoryTime, ahead: bool) -> StoryTime {
        let far = (next.year - self.year).abs() > ASIDE_YEARS;
        match (next.month, self.month) {
            (None, Some(month)) if next.year == self.year => StoryTime {
                month: Some(month),
                ..next
            },
            (None, Some(_)) if !next.fronted && (ahead || far) => self,
            _ => next,
        }
    }

    /// The story's year or month as a calendar value ("by the end of the year", "later
    /// in the month" told in a story); `None` for a month when the story has reached none.
    pub fn unit_value(&self, unit: Unit) -> Option<DateValue> {
        let part = match unit {
            Unit::Year => DatePart::None,
            Unit::Month => DatePart::Month(self.month?),
            _ => return None,
        };
        Some(DateValue {
            year: YearValue::Year(self.year),
            part,
            time: None,
        })
    }

    /// The year of `month` in the story: the story's year, or the next one when the story
    /// named a later month and going forward to `month` is the shorter way (a story is
    /// told in order: "December 1941 … in January" is 1942, "July … in March" stays).
    pub fn year_of_month(&self, month: u32) -> StoryYear {
        let same = StoryYear {
            year: self.year,
            rolled_over: false,
        };
        let Some(m0) = self.month else {
            return same;
        };
        if month >= m0 {
            return same;
        }
        let forward = month + 12 - m0;
        let back = m0 - month;
        if forward < back {
            StoryYear {
                year: self.year + 1,
                rolled_over: true,
            }
        } else {
            same
        }
    }
}

/// The first month of a season (winter starts in December).
pub(super) fn season_month(s: Season) -> u32 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Fall => 9,
        Season::Winter => 12,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(year: i32, part: DatePart, sentence: usize) -> StoryTime {
        let v = DateValue {
            year: YearValue::Year(year),
            part,
            time: None,
        };
        StoryTime::from_value(&v, sentence, false).expect("a year")
    }

    fn dct() -> NaiveDate {
        NaiveDate::from_ymd_opt(2009, 12, 19).expect("a date")
    }

    #[test]
    fn december_then_january_rolls_over() {
        let s = at(1941, DatePart::Month(12), 0);
        assert_eq!(s.year_of_month(1).year, 1942);
        assert!(s.year_of_month(1).rolled_over);
        assert_eq!(s.year_of_month(12).year, 1941);
    }

    #[test]
    fn an_earlier_month_near_behind_stays_in_the_year() {
        let s = at(1945, DatePart::Day(7, 11), 0);
        assert_eq!(s.year_of_month(3).year, 1945);
        assert!(!s.year_of_month(3).rolled_over);
        assert_eq!(s.year_of_month(9).year, 1945);
    }

    #[test]
    fn the_year_and_the_month_of_the_story() {
        let s = at(1904, DatePart::Day(6, 12), 0);
        assert_eq!(
            s.unit_value(Unit::Year).map(|v| v.to_string()).as_deref(),
            Some("1904")
        );
        assert_eq!(
            s.unit_value(Unit::Month).map(|v| v.to_string()).as_deref(),
            Some("1904-06")
        );
        assert_eq!(at(1904, DatePart::None, 0).unit_value(Unit::Month), None);
        assert_eq!(s.unit_value(Unit::Week), None);
    }

    #[test]
    fn a_bare_year_frames_every_month() {
        let s = at(1918, DatePart::None, 3);
        assert_eq!(s.year_of_month(1).year, 1918);
        assert_eq!(s.year_of_month(season_month(Season::Winter)).year, 1918);
    }

    #[test]
    fn a_season_after_autumn_rolls_into_next_year() {
        let s = at(480, DatePart::Month(10), 0);
        assert_eq!(s.year_of_month(season_month(Season::Spring)).year, 481);
    }

    #[test]
    fn in_a_story_frames_until_the_next_date() {
        let d = dct();
        assert!(at(1941, DatePart::None, 10).frames(d, 40, true));
        assert!(at(2008, DatePart::None, 10).frames(d, 11, true));
    }

    #[test]
    fn a_bare_year_of_the_story_keeps_its_month() {
        let s = at(1941, DatePart::Day(12, 7), 3);
        let moved = s.moved_to(at(1941, DatePart::None, 5), false);
        assert_eq!(moved.year_of_month(1).year, 1942);
        let aside = s.moved_to(at(1976, DatePart::None, 5), false);
        assert_eq!(aside.year_of_month(3).year, 1942);
        let ahead = s.moved_to(at(1942, DatePart::None, 5), true);
        assert_eq!(ahead.year_of_month(3).year, 1942);
        assert_eq!(ahead.year_of_month(12).year, 1941);
        let next = s.moved_to(at(1942, DatePart::None, 5), false);
        assert_eq!(next.year_of_month(12).year, 1942);
        let v = DateValue {
            year: YearValue::Year(1943),
            part: DatePart::None,
            time: None,
        };
        let fronted = StoryTime::from_value(&v, 5, true).expect("a year");
        assert_eq!(s.moved_to(fronted, true).year_of_month(1).year, 1943);
    }

    #[test]
    fn in_news_only_a_fronted_date_frames_the_next_sentence() {
        let d = dct();
        assert!(!at(1987, DatePart::None, 4).frames(d, 4, false));
        let v = DateValue {
            year: YearValue::Year(1987),
            part: DatePart::None,
            time: None,
        };
        let fronted = StoryTime::from_value(&v, 4, true).expect("a year");
        assert!(fronted.frames(d, 5, false));
        assert!(!fronted.frames(d, 6, false));
        let near = DateValue {
            year: YearValue::Year(2008),
            ..v
        };
        let near = StoryTime::from_value(&near, 4, true).expect("a year");
        assert!(!near.frames(d, 4, false));
    }

    fn values(text: &str) -> Vec<(String, String)> {
        crate::temporal::Engine::global()
            .extract(text, Some(dct()))
            .into_iter()
            .map(|t| {
                (
                    t.span.slice(text).unwrap_or("").to_string(),
                    t.value.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_story_moves_on_into_the_next_year() {
        let text = "The war began in 1939. In 1940 France fell. In December 1941 Japan \
                    attacked. In January, the allies issued a declaration. By the end of \
                    the year the tide had turned. On 12 February the fleet sailed. Eight \
                    days later a truce was signed.";
        let v = values(text);
        let get = |s: &str| v.iter().find(|(t, _)| t == s).map(|(_, x)| x.as_str());
        assert_eq!(get("January"), Some("1942-01"));
        assert_eq!(get("the end of the year"), Some("1942"));
        assert_eq!(get("12 February"), Some("1942-02-12"));
        assert_eq!(get("Eight days later"), Some("1942-02-20"));
    }

    #[test]
    fn news_keeps_bare_months_on_the_publication_year() {
        let text = "The firm, founded in 1987, said on Monday that sales rose in March.";
        let v = values(text);
        assert!(v.contains(&("March".to_string(), "2009-03".to_string())));
    }

    #[test]
    fn a_history_tells_a_story_and_news_does_not() {
        let e = crate::temporal::Engine::global();
        let history = "In 1941 the army advanced. By 1942 it had stalled. In June 1944 it \
                       landed. In 2009 a museum opened.";
        assert!(tells_a_story(&e.recognize(history), Some(dct())));
        let news = "Sales rose on Monday. The firm, founded in 1987 and sold in 1998, said \
                    yesterday that 2010 would be better.";
        assert!(!tells_a_story(&e.recognize(news), Some(dct())));
        assert!(!tells_a_story(&e.recognize(history), None));
    }

    #[test]
    fn decades_and_unknown_years_set_no_story() {
        let v = DateValue {
            year: YearValue::Decade(194),
            part: DatePart::None,
            time: None,
        };
        assert_eq!(StoryTime::from_value(&v, 0, false), None);
    }
}
