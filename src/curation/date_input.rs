//! A corrected date as the analyst types it: a TIMEX3 value ("2025-08", "2025-W45",
//! "199X") or a plain date the engine itself recognizes ("Aug 2025", "3 Aug 2025", "the
//! 1990s"), checked as it is typed, with a message that says what is wrong.

use crate::temporal::value::{DateValue, TimexValue};
use crate::temporal::{Engine, Granularity, Interval, TimexType, ValueError};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date an event was corrected to: a TIMEX3 calendar value whose every part is known,
/// and the interval it covers. Written as its TIMEX3 value (`"2025-08"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CorrectedDate {
    value: DateValue,
    interval: Interval,
}

/// Why a typed date cannot be used as a correction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateInputError {
    /// Nothing typed.
    #[error("type a date: 2025-08-03, Aug 2025, 2025-W45 or 2025-Q3")]
    Empty,
    /// A TIMEX3 value with a wrong part.
    #[error(transparent)]
    Timex(#[from] ValueError),
    /// Neither a TIMEX3 value nor a date the engine recognizes.
    #[error("“{0}” is not a date: try 2025-08-03, Aug 2025, 2025-W45 or 2025-Q3")]
    NotADate(String),
    /// A date whose year (or more) depends on when the article was written.
    #[error("“{0}” depends on the publication date: give the year too, as in Aug 2025")]
    Relative(String),
    /// A length of time or a recurrence.
    #[error("“{0}” is a length of time or a repetition, not a date")]
    NotCalendar(String),
    /// A date with words the engine did not take as part of it.
    #[error("“{rest}” is not part of the date “{date}”: type one date alone")]
    Extra {
        /// The date recognized.
        date: String,
        /// The text left over.
        rest: String,
    },
    /// Part of a period ("early 2025"), or a vague time ("recently").
    #[error("“{0}” is not a whole period: give the period itself (2025) or a finer date")]
    Vague(String),
}

impl CorrectedDate {
    /// Reads a typed correction: a TIMEX3 value first, then a plain date as the engine
    /// reads it in an article.
    pub fn parse(input: &str) -> Result<Self, DateInputError> {
        let input = input.trim();
        if input.is_empty() {
            return Err(DateInputError::Empty);
        }
        if looks_like_timex(input) {
            return Self::from_value(input.parse()?);
        }
        plain(input)
    }

    /// The correction for a fully known `value`.
    pub fn from_value(value: DateValue) -> Result<Self, DateInputError> {
        let interval = value
            .interval()
            .ok_or_else(|| DateInputError::NotADate(value.to_string()))?;
        Ok(Self { value, interval })
    }

    /// The TIMEX3 value.
    pub fn value(&self) -> DateValue {
        self.value
    }

    /// The interval it covers.
    pub fn interval(&self) -> Interval {
        self.interval
    }

    /// How fine it is.
    pub fn granularity(&self) -> Granularity {
        self.interval.granularity()
    }

    /// TIMEX3 `type`: a time when it has a time of day.
    pub fn timex_type(&self) -> TimexType {
        if self.value.time.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        }
    }
}

impl std::fmt::Display for CorrectedDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.value.fmt(f)
    }
}

/// True for text written in TIMEX3 syntax: starting with a digit (or `X`) and made of
/// digits, `X`, `-`, `:`, `T`, `W`, `Q`, `H` and season letters only.
fn looks_like_timex(s: &str) -> bool {
    let starts = s
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || c == 'X');
    starts
        && !s.contains(char::is_whitespace)
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ':'))
        && !s
            .chars()
            .any(|c| c.is_ascii_lowercase() && !matches!(c, 'x' | 'q' | 'h' | 'w'))
}

/// A plain date, as the engine recognizes it without a publication date.
fn plain(input: &str) -> Result<CorrectedDate, DateInputError> {
    let found = Engine::global().extract(input, None);
    let [timex] = found.as_slice() else {
        return Err(DateInputError::NotADate(input.to_string()));
    };
    let date = timex.span.slice(input).unwrap_or(input).to_string();
    let rest: String = [
        input.get(..timex.span.start).unwrap_or(""),
        input.get(timex.span.end..).unwrap_or(""),
    ]
    .join(" ");
    if rest.chars().any(char::is_alphanumeric) {
        return Err(DateInputError::Extra {
            date,
            rest: rest.trim().to_string(),
        });
    }
    if timex.awaits_publication_date || timex.anchor != crate::temporal::Anchor::None {
        return Err(DateInputError::Relative(date));
    }
    let value = match &timex.value {
        TimexValue::Date(v) if timex.modifier.is_none() => *v,
        TimexValue::Date(_) | TimexValue::Ref(_) => return Err(DateInputError::Vague(date)),
        TimexValue::Duration(_) => return Err(DateInputError::NotCalendar(date)),
        TimexValue::Text(_) => return Err(DateInputError::NotADate(date)),
    };
    if timex.timex_type == TimexType::Set {
        return Err(DateInputError::NotCalendar(date));
    }
    CorrectedDate::from_value(value).map_err(|_| DateInputError::Relative(date))
}

impl Serialize for CorrectedDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.value)
    }
}

impl<'de> Deserialize<'de> for CorrectedDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        let value: DateValue = text.parse().map_err(serde::de::Error::custom)?;
        Self::from_value(value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(input: &str) -> (String, Granularity) {
        let d = CorrectedDate::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        (d.to_string(), d.granularity())
    }

    #[test]
    fn typed_dates_in_every_accepted_form() {
        let table = [
            ("2025-08", "2025-08", Granularity::Month),
            ("Aug 2025", "2025-08", Granularity::Month),
            ("August 3, 2025", "2025-08-03", Granularity::Day),
            ("3 Aug 2025", "2025-08-03", Granularity::Day),
            ("2025-08-03", "2025-08-03", Granularity::Day),
            ("2025-W45", "2025-W45", Granularity::Week),
            ("2025-Q3", "2025-Q3", Granularity::Quarter),
            ("2025", "2025", Granularity::Year),
            ("199X", "199", Granularity::Decade),
            ("the 1990s", "199", Granularity::Decade),
            ("  summer 2024 ", "2024-SU", Granularity::Season),
        ];
        for (input, value, granularity) in table {
            assert_eq!(ok(input), (value.to_string(), granularity), "{input}");
        }
    }

    #[test]
    fn wrong_dates_say_what_is_wrong() {
        let table = [
            ("", "type a date: 2025-08-03, Aug 2025, 2025-W45 or 2025-Q3"),
            ("2025-13", "there is no month 13: months go from 01 to 12"),
            ("2025-02-29", "2025-02 has no day 29"),
            (
                "2025-W54",
                "2025 has no ISO week 54: weeks go from W01 to W52 or W53",
            ),
            (
                "banana",
                "“banana” is not a date: try 2025-08-03, Aug 2025, 2025-W45 or 2025-Q3",
            ),
            (
                "August",
                "“August” depends on the publication date: give the year too, as in Aug 2025",
            ),
            (
                "last year",
                "“last year” depends on the publication date: give the year too, as in Aug 2025",
            ),
            (
                "three weeks",
                "“three weeks” is a length of time or a repetition, not a date",
            ),
            (
                "early 2025",
                "“early 2025” is not a whole period: give the period itself (2025) or a finer date",
            ),
            (
                "Aug 2025 or so",
                "“or so” is not part of the date “Aug 2025”: type one date alone",
            ),
            (
                "Aug 2025 and May 2026",
                "“Aug 2025 and May 2026” is not a date: try 2025-08-03, Aug 2025, 2025-W45 or 2025-Q3",
            ),
        ];
        for (input, message) in table {
            let err = CorrectedDate::parse(input).expect_err(input);
            assert_eq!(err.to_string(), message, "{input}");
        }
    }

    #[test]
    fn a_correction_is_written_as_its_timex_value() {
        let d = CorrectedDate::parse("Aug 2025").expect("date");
        let json = serde_json::to_string(&d).expect("json");
        assert_eq!(json, "\"2025-08\"");
        let back: CorrectedDate = serde_json::from_str(&json).expect("read");
        assert_eq!(back, d);
        assert!(serde_json::from_str::<CorrectedDate>("\"2025-13\"").is_err());
    }
}
