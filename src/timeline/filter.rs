//! The timeline's filters beyond articles and search: expression types, precision, a date
//! range and "only events with a day". One set of them, [`Filters`], and one predicate,
//! [`Filters::admits`], shared by the window, its event list and the exports.

use crate::temporal::{Granularity, Interval, Timex, TimexType};
use chrono::{Duration, NaiveDate};

/// A set of TIMEX3 types.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KindSet(u8);

impl KindSet {
    /// Every type, in the order the window lists them.
    pub const ALL: [TimexType; 4] = [
        TimexType::Date,
        TimexType::Time,
        TimexType::Duration,
        TimexType::Set,
    ];

    fn bit(kind: TimexType) -> u8 {
        match kind {
            TimexType::Date => 1,
            TimexType::Time => 2,
            TimexType::Duration => 4,
            TimexType::Set => 8,
        }
    }

    /// True when `kind` is in the set.
    pub fn contains(self, kind: TimexType) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// The set with `kind` added.
    #[must_use]
    pub fn with(self, kind: TimexType) -> Self {
        Self(self.0 | Self::bit(kind))
    }

    /// The set without `kind`.
    #[must_use]
    pub fn without(self, kind: TimexType) -> Self {
        Self(self.0 & !Self::bit(kind))
    }

    /// True when the set holds no type.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The types in the set, in the order of [`KindSet::ALL`].
    pub fn iter(self) -> impl Iterator<Item = TimexType> {
        Self::ALL.into_iter().filter(move |k| self.contains(*k))
    }
}

/// A range of whole days, `from` to `to` inclusive (`from` is never after `to`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    from: NaiveDate,
    to: NaiveDate,
}

impl DateRange {
    /// The days between `a` and `b`, both included, in either order.
    pub fn new(a: NaiveDate, b: NaiveDate) -> Self {
        Self {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// The first day.
    pub fn from(&self) -> NaiveDate {
        self.from
    }

    /// The last day.
    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// The range in seconds: midnight of the first day to midnight after the last.
    pub fn secs(&self) -> (f64, f64) {
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(super::to_secs);
        let begin = midnight(self.from).unwrap_or(f64::NEG_INFINITY);
        let end = self
            .to
            .checked_add_signed(Duration::days(1))
            .and_then(midnight)
            .unwrap_or(f64::INFINITY);
        (begin, end)
    }

    /// The days an x-drag over `[a, b]` seconds covers (the days holding either end).
    pub fn from_secs(a: f64, b: f64) -> Option<Self> {
        let day = |s: f64| super::from_secs(s).map(|t| t.date());
        Some(Self::new(day(a)?, day(b)?))
    }

    /// "3 Mar 2025 – 9 Apr 2025" (one date when the range is one day).
    pub fn label(&self) -> String {
        let f = |d: NaiveDate| d.format("%-d %b %Y").to_string();
        if self.from == self.to {
            f(self.from)
        } else {
            format!("{} – {}", f(self.from), f(self.to))
        }
    }
}

/// The filters on expressions. The default admits everything.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Types not shown.
    pub hidden_kinds: KindSet,
    /// Hide vague expressions ("recent years", "about a month", PAST_REF…).
    pub hide_vague: bool,
    /// Hide expressions coarser than a year (decades, centuries).
    pub hide_coarse: bool,
    /// Only expressions placed in time that meet this range.
    pub range: Option<DateRange>,
    /// Only expressions that name a day or a finer time.
    pub only_days: bool,
}

impl Filters {
    /// True when no filter is on.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// True when `timex` passes every filter that is on.
    pub fn admits(&self, timex: &Timex) -> bool {
        if self.hidden_kinds.contains(timex.timex_type) {
            return false;
        }
        if self.hide_vague && crate::render::is_vague(timex) {
            return false;
        }
        let interval = timex.interval.as_ref();
        if self.hide_coarse && interval.is_some_and(coarser_than_a_year) {
            return false;
        }
        if self.only_days && !interval.is_some_and(within_a_day) {
            return false;
        }
        match (self.range, interval) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(range), Some(i)) => {
                let (lo, hi) = range.secs();
                let (b, u) = (super::to_secs(i.begin()), super::to_secs(i.until()));
                // Half-open intervals meet when each starts before the other ends; an
                // instant (b == u) counts when it lies inside.
                b < hi && (u > lo || (b == u && b >= lo))
            }
        }
    }

    /// One line per filter that is on, for chips and export titles ("no vague dates",
    /// "3 Mar 2025 – 9 Apr 2025").
    pub fn describe(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .hidden_kinds
            .iter()
            .map(|k| format!("no {}", kind_name(k, true)))
            .collect();
        if self.hide_vague {
            out.push("no vague dates".to_string());
        }
        if self.hide_coarse {
            out.push("nothing coarser than a year".to_string());
        }
        if self.only_days {
            out.push("only events with a day".to_string());
        }
        if let Some(range) = self.range {
            out.push(range.label());
        }
        out
    }
}

/// The longest interval that still counts as one day: a day and a half, as on the timeline,
/// where such an interval is a point.
const DAY_SLACK_SECS: f64 = 1.5 * super::DAY_SECS;
/// The longest interval that still counts as one year (a leap year and a little).
const YEAR_SLACK_SECS: f64 = 367.0 * super::DAY_SECS;

/// The length of `interval` in seconds.
fn length_secs(interval: &Interval) -> f64 {
    super::to_secs(interval.until()) - super::to_secs(interval.begin())
}

/// True for a decade, a century, or any interval longer than a year ("the past 20 years"
/// counted back from a day is still twenty years long).
fn coarser_than_a_year(interval: &Interval) -> bool {
    interval.granularity() < Granularity::Year || length_secs(interval) > YEAR_SLACK_SECS
}

/// True when `interval` names one day or a time within it ("Monday", "3 p.m. Friday"), not
/// a longer stretch counted in days ("the past century" back from the publication day).
fn within_a_day(interval: &Interval) -> bool {
    interval.granularity() >= Granularity::Day && length_secs(interval) <= DAY_SLACK_SECS
}

/// A reader's name for a TIMEX3 type: "date", "time", "duration", "set" (plural: "dates"…).
pub fn kind_name(kind: TimexType, plural: bool) -> &'static str {
    match (kind, plural) {
        (TimexType::Date, false) => "date",
        (TimexType::Date, true) => "dates",
        (TimexType::Time, false) => "time",
        (TimexType::Time, true) => "times",
        (TimexType::Duration, false) => "duration",
        (TimexType::Duration, true) => "durations",
        (TimexType::Set, false) => "set",
        (TimexType::Set, true) => "sets",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Document;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    /// The expressions of a small article, by their text.
    fn timexes() -> Vec<(String, Timex)> {
        let text = "Published: 2025-11-04\n\nThe bridge reopened on Monday. Crews worked for \
                    three weeks and inspect it every month. In recent years traffic grew. \
                    The bridge was built in the 1930s. The mayor spoke at 3 p.m. on Friday.";
        let article = crate::article::Article::from_text(
            "t.txt",
            text.to_string(),
            crate::article::ArticleFormat::Text,
        );
        let doc = Document::new(article);
        doc.events
            .iter()
            .map(|e| (doc.slice(e.timex.span).to_string(), e.timex.clone()))
            .collect()
    }

    fn passing(filters: &Filters) -> Vec<String> {
        timexes()
            .into_iter()
            .filter(|(_, t)| filters.admits(t))
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn the_default_admits_everything() {
        let all = timexes();
        assert!(all.len() >= 5, "{all:?}");
        assert_eq!(passing(&Filters::default()).len(), all.len());
        assert!(Filters::default().is_empty());
        assert!(Filters::default().describe().is_empty());
    }

    #[test]
    fn types_are_hidden_one_by_one() {
        let all = timexes();
        let durations = all
            .iter()
            .filter(|(_, t)| t.timex_type == TimexType::Duration)
            .count();
        assert!(durations >= 1, "{all:?}");
        let f = Filters {
            hidden_kinds: KindSet::default().with(TimexType::Duration),
            ..Filters::default()
        };
        let shown = passing(&f);
        assert_eq!(shown.len(), all.len() - durations);
        assert!(!shown.iter().any(|s| s == "three weeks"));
        assert_eq!(f.describe(), vec!["no durations".to_string()]);
        let none = KindSet::ALL
            .into_iter()
            .fold(KindSet::default(), KindSet::with);
        let f = Filters {
            hidden_kinds: none,
            ..Filters::default()
        };
        assert!(passing(&f).is_empty());
        assert!(none.without(TimexType::Set).contains(TimexType::Date));
        assert!(!none.without(TimexType::Set).contains(TimexType::Set));
    }

    #[test]
    fn precision_filters_drop_vague_and_coarse_items() {
        let no_vague = passing(&Filters {
            hide_vague: true,
            ..Filters::default()
        });
        assert!(!no_vague.iter().any(|s| s.contains("recent years")));
        assert!(no_vague.iter().any(|s| s == "Monday"));
        let no_coarse = passing(&Filters {
            hide_coarse: true,
            ..Filters::default()
        });
        assert!(
            !no_coarse.iter().any(|s| s.contains("1930s")),
            "{no_coarse:?}"
        );
        assert!(no_coarse.iter().any(|s| s == "Monday"));
        let days = passing(&Filters {
            only_days: true,
            ..Filters::default()
        });
        assert!(days.iter().any(|s| s == "Monday"));
        assert!(
            days.iter()
                .all(|s| !s.contains("1930s") && s != "three weeks")
        );
    }

    #[test]
    fn a_long_stretch_counted_in_days_is_neither_a_day_nor_finer_than_a_year() {
        use crate::render::fixtures::named;
        let doc = named(
            "d.txt",
            "D\n\nIt grew over the past century and the past 20 years, on Monday as in 2024.",
            &[
                (
                    "the past century",
                    "P1C",
                    Some(((1925, 11, 4), (2025, 11, 4))),
                    Granularity::Day,
                ),
                (
                    "the past 20 years",
                    "P20Y",
                    Some(((2005, 11, 4), (2025, 11, 4))),
                    Granularity::Day,
                ),
                (
                    "Monday",
                    "2025-11-03",
                    Some(((2025, 11, 3), (2025, 11, 4))),
                    Granularity::Day,
                ),
                (
                    "2024",
                    "2024",
                    Some(((2024, 1, 1), (2025, 1, 1))),
                    Granularity::Year,
                ),
            ],
        );
        let kept = |f: Filters| -> Vec<&str> {
            doc.events
                .iter()
                .filter(|e| f.admits(&e.timex))
                .map(|e| doc.slice(e.timex.span))
                .collect()
        };
        let days = Filters {
            only_days: true,
            ..Filters::default()
        };
        assert_eq!(kept(days), vec!["Monday"]);
        let fine = Filters {
            hide_coarse: true,
            ..Filters::default()
        };
        assert_eq!(kept(fine), vec!["Monday", "2024"], "a leap year is a year");
    }

    #[test]
    fn a_date_range_keeps_what_meets_it() {
        let week = Filters {
            range: Some(DateRange::new(ymd(2025, 11, 7), ymd(2025, 11, 3))),
            ..Filters::default()
        };
        let shown = passing(&week);
        assert!(shown.iter().any(|s| s == "Monday"), "{shown:?}");
        assert!(!shown.iter().any(|s| s.contains("1930s")));
        let later = Filters {
            range: Some(DateRange::new(ymd(2026, 1, 1), ymd(2026, 2, 1))),
            ..Filters::default()
        };
        assert!(!passing(&later).iter().any(|s| s == "Monday"));
        assert_eq!(
            DateRange::new(ymd(2025, 4, 9), ymd(2025, 3, 3)).label(),
            "3 Mar 2025 – 9 Apr 2025"
        );
        assert_eq!(
            DateRange::new(ymd(2025, 3, 3), ymd(2025, 3, 3)).label(),
            "3 Mar 2025"
        );
    }

    #[test]
    fn a_range_from_seconds_covers_the_days_of_both_ends() {
        let at = |d: NaiveDate, h: u32| d.and_hms_opt(h, 0, 0).map(super::super::to_secs);
        let (a, b) = (at(ymd(2025, 3, 3), 18), at(ymd(2025, 3, 1), 2));
        let range = DateRange::from_secs(a.unwrap_or(0.0), b.unwrap_or(0.0)).expect("range");
        assert_eq!(
            (range.from(), range.to()),
            (ymd(2025, 3, 1), ymd(2025, 3, 3))
        );
        let (lo, hi) = range.secs();
        assert_eq!(hi - lo, 3.0 * crate::timeline::DAY_SECS);
        assert_eq!(DateRange::from_secs(f64::NAN, 0.0), None);
    }
}
