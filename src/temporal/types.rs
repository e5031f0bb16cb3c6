//! The resolved side of the engine: TIMEX3 types, values, intervals and explanations.

use super::value::TimexValue;
use crate::text::{SharedStr, Span};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};
use std::fmt;

/// TIMEX3 `type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period ("March 3", "last year", "the 1990s").
    Date,
    /// A time of day, or a date with a time ("3 p.m.", "Friday night").
    Time,
    /// A length of time ("three years").
    Duration,
    /// A recurrence ("every Monday", "daily").
    Set,
}

impl fmt::Display for TimexType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        })
    }
}

/// How fine a resolved time is: the unit its interval spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A thousand years.
    Millennium,
    /// A hundred years.
    Century,
    /// Ten years.
    Decade,
    /// A calendar year.
    Year,
    /// Half a year.
    Half,
    /// A season (about three months).
    Season,
    /// A quarter year.
    Quarter,
    /// A calendar month.
    Month,
    /// An ISO week.
    Week,
    /// A calendar day.
    Day,
    /// Part of a day: morning, afternoon, evening, night.
    PartOfDay,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second.
    Second,
}

impl Granularity {
    /// True for a day or anything finer (part of a day, hour, minute, second).
    pub fn within_a_day(self) -> bool {
        self >= Granularity::Day
    }
}

impl fmt::Display for Granularity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Granularity::Millennium => "millennium",
            Granularity::Century => "century",
            Granularity::Decade => "decade",
            Granularity::Year => "year",
            Granularity::Half => "half",
            Granularity::Season => "season",
            Granularity::Quarter => "quarter",
            Granularity::Month => "month",
            Granularity::Week => "week",
            Granularity::Day => "day",
            Granularity::PartOfDay => "partofday",
            Granularity::Hour => "hour",
            Granularity::Minute => "minute",
            Granularity::Second => "second",
        })
    }
}

/// A resolved time: the half-open interval `[begin, until)` it covers and how fine it is.
/// Its ends are whole seconds (the finest granularity).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    begin: Instant,
    until: Instant,
    granularity: Granularity,
}

/// A date and a second of that day: a `NaiveDateTime` to the second, in 8 bytes instead
/// of 12 (every stored expression keeps two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Instant {
    date: NaiveDate,
    /// Seconds since midnight, below 86,400.
    second: u32,
}

impl Instant {
    fn new(t: NaiveDateTime) -> Self {
        Self {
            date: t.date(),
            second: t.time().num_seconds_from_midnight(),
        }
    }

    fn get(self) -> NaiveDateTime {
        let time =
            NaiveTime::from_num_seconds_from_midnight_opt(self.second, 0).unwrap_or(NaiveTime::MIN);
        self.date.and_time(time)
    }
}

impl Interval {
    /// The interval `[begin, until)` (each cut to the second); `None` unless `begin < until`.
    pub fn new(
        begin: NaiveDateTime,
        until: NaiveDateTime,
        granularity: Granularity,
    ) -> Option<Self> {
        let (begin, until) = (Instant::new(begin), Instant::new(until));
        (begin < until).then_some(Self {
            begin,
            until,
            granularity,
        })
    }

    /// First instant covered.
    pub fn begin(&self) -> NaiveDateTime {
        self.begin.get()
    }

    /// First instant after the interval.
    pub fn until(&self) -> NaiveDateTime {
        self.until.get()
    }

    /// The unit the interval spans.
    pub fn granularity(&self) -> Granularity {
        self.granularity
    }
}

/// TIMEX3 `mod`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    /// Before the time.
    Before,
    /// After the time.
    After,
    /// On or before.
    OnOrBefore,
    /// On or after.
    OnOrAfter,
    /// Less than (durations).
    LessThan,
    /// More than (durations).
    MoreThan,
    /// At most (durations).
    EqualOrLess,
    /// At least (durations).
    EqualOrMore,
    /// The start of the period ("early 2025").
    Start,
    /// The middle of the period ("mid-August").
    Mid,
    /// The end of the period ("late last year").
    End,
    /// About ("about two weeks").
    Approx,
}

impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Modifier::Before => "BEFORE",
            Modifier::After => "AFTER",
            Modifier::OnOrBefore => "ON_OR_BEFORE",
            Modifier::OnOrAfter => "ON_OR_AFTER",
            Modifier::LessThan => "LESS_THAN",
            Modifier::MoreThan => "MORE_THAN",
            Modifier::EqualOrLess => "EQUAL_OR_LESS",
            Modifier::EqualOrMore => "EQUAL_OR_MORE",
            Modifier::Start => "START",
            Modifier::Mid => "MID",
            Modifier::End => "END",
            Modifier::Approx => "APPROX",
        })
    }
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// The article's publication date ("yesterday", "on Monday").
    Publication,
    /// The previous time mentioned in the text ("two days later").
    Previous,
    /// Nothing: the expression is absolute, a duration, or could not be anchored.
    None,
}

/// The tense of the clause around an expression, as the resolver saw it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// Past tense ("said", "had signed").
    Past,
    /// Present tense.
    Present,
    /// Future ("will", "is going to").
    Future,
}

/// Why a value was chosen: the rule that fired, the anchor used and the tense seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Why {
    /// The grammar rule that recognized the expression.
    pub rule: SharedStr,
    /// A short human sentence saying how the value was obtained (shared by the equal
    /// explanations of one article).
    pub detail: SharedStr,
    /// The tense of the clause, when it decided the direction.
    pub tense: Option<Tense>,
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (rule {})", self.detail, self.rule)
    }
}

/// A resolved time expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    /// Where the expression is in the text.
    pub span: Span,
    /// TIMEX3 `type`.
    pub timex_type: TimexType,
    /// TIMEX3 `value`.
    pub value: TimexValue,
    /// TIMEX3 `mod`, if any.
    pub modifier: Option<Modifier>,
    /// The interval the expression covers, when it can be placed on a timeline.
    pub interval: Option<Interval>,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// True when the expression is relative to the publication date and none is known yet:
    /// its value is under-specified (`XXXX-08`) and it has no interval.
    pub awaits_publication_date: bool,
    /// How the value was obtained.
    pub why: Why,
    /// TIMEX3 `freq` of a set ("twice a year" → 2), if any.
    pub freq: Option<u32>,
}
