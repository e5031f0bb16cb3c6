//! Reading TIMEX3 calendar values back from their TimeML syntax (`2025-08`, `2025-W45-2`,
//! `199`, `2025-SU`, `2025-11-03T14:30`): the inverse of [`DateValue`]'s `Display`, for
//! values typed by a person, so every error says what is wrong in words.

use super::semantic::{PartOfDay, Season};
use super::types::Interval;
use super::value::{DatePart, DateValue, TimePart, YearValue};
use chrono::NaiveDate;

/// Why a text is not a TIMEX3 calendar value that can be placed on a timeline.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// The year part is not four digits (or a decade `199X`, a century `19XX`).
    #[error("“{0}” does not start with a year: write four digits, as in 2025-08")]
    NoYear(String),
    /// Unknown digits (`XXXX`, `2025-XX`) cannot be placed.
    #[error("“{0}” has unknown parts (X): give the date itself, as in 2025-08")]
    Unknown(String),
    /// A month outside 1–12.
    #[error("there is no month {0}: months go from 01 to 12")]
    Month(u32),
    /// A day its month does not have.
    #[error("{year}-{month:02} has no day {day}")]
    Day {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
        /// The day asked for.
        day: u32,
    },
    /// An ISO week the year does not have.
    #[error("{year} has no ISO week {week}: weeks go from W01 to W52 or W53")]
    Week {
        /// The year.
        year: i32,
        /// The week asked for.
        week: u32,
    },
    /// A weekday outside 1–7.
    #[error("there is no weekday {0}: 1 is Monday, 7 is Sunday")]
    Weekday(u32),
    /// A quarter outside 1–4.
    #[error("there is no quarter Q{0}: quarters go from Q1 to Q4")]
    Quarter(u32),
    /// A half outside 1–2.
    #[error("there is no half H{0}: a year has H1 and H2")]
    Half(u32),
    /// A clock time that does not exist.
    #[error("{hour:02}:{minute:02} is not a time of day")]
    Clock {
        /// The hour.
        hour: u32,
        /// The minute.
        minute: u32,
    },
    /// Something after the year that is none of the TIMEX3 parts.
    #[error("“{0}” is not understood after the year: use -MM, -MM-DD, -Wnn, -Qn, -Hn or a season")]
    Part(String),
    /// A year too far away for the calendar.
    #[error("year {0} is out of range")]
    OutOfRange(i32),
}

impl std::str::FromStr for DateValue {
    type Err = ValueError;

    /// Reads a TIMEX3 calendar value whose every part is known and valid.
    fn from_str(s: &str) -> Result<Self, ValueError> {
        let s = s.trim();
        let (date, time) = match s.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (s, None),
        };
        let (year, rest) = year(s, date)?;
        let part = match year {
            YearValue::Year(y) => part(y, rest)?,
            _ if rest.is_empty() => DatePart::None,
            // A decade or century has no parts: "25-08" is a year written short.
            _ => return Err(ValueError::NoYear(s.to_string())),
        };
        let time = match time {
            None => None,
            Some(t) if matches!(part, DatePart::Day(..) | DatePart::WeekDay(..)) => {
                Some(time_part(t)?)
            }
            Some(t) => return Err(ValueError::Part(format!("T{t}"))),
        };
        let value = DateValue { year, part, time };
        match (year, value.interval()) {
            (_, Some(_)) => Ok(value),
            (YearValue::Year(y), None) => Err(ValueError::OutOfRange(y)),
            _ => Err(ValueError::NoYear(s.to_string())),
        }
    }
}

impl DateValue {
    /// The interval a fully known value covers; `None` when a part is unknown (`XXXX-08`).
    pub fn interval(&self) -> Option<Interval> {
        super::resolve::interval_of(self)
    }
}

/// The year at the start of `date` and what follows it.
fn year<'a>(whole: &str, date: &'a str) -> Result<(YearValue, &'a str), ValueError> {
    let head_len = date.find('-').unwrap_or(date.len());
    let (head, rest) = date.split_at(head_len);
    if head.eq_ignore_ascii_case("XXXX") || rest.contains(['X', 'x']) {
        return Err(ValueError::Unknown(whole.to_string()));
    }
    let digits = head.trim_end_matches(['X', 'x']);
    let unknown = head.len() - digits.len();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::NoYear(whole.to_string()));
    }
    let n: i32 = digits
        .parse()
        .map_err(|_| ValueError::NoYear(whole.to_string()))?;
    let year = match (digits.len(), unknown) {
        (4, 0) => YearValue::Year(n),
        (3, 0 | 1) => YearValue::Decade(n),
        (2, 0 | 2) => YearValue::Century(n),
        _ => return Err(ValueError::NoYear(whole.to_string())),
    };
    Ok((year, rest))
}

/// A number of one or two ASCII digits.
fn small(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// The part of year `y` written in `rest` (empty, or starting with `-`).
fn part(y: i32, rest: &str) -> Result<DatePart, ValueError> {
    if rest.is_empty() {
        return Ok(DatePart::None);
    }
    let bad = || ValueError::Part(rest.to_string());
    let body = rest.strip_prefix('-').ok_or_else(bad)?;
    let upper = body.to_ascii_uppercase();
    if let Some(w) = upper.strip_prefix('W') {
        return week_part(y, w).map_err(|e| e.unwrap_or_else(bad));
    }
    if let Some(q) = upper.strip_prefix('Q') {
        let q = small(q).ok_or_else(bad)?;
        return (1..=4)
            .contains(&q)
            .then_some(DatePart::Quarter(Some(q)))
            .ok_or(ValueError::Quarter(q));
    }
    if let Some(h) = upper.strip_prefix('H') {
        let h = small(h).ok_or_else(bad)?;
        return (1..=2)
            .contains(&h)
            .then_some(DatePart::Half(h))
            .ok_or(ValueError::Half(h));
    }
    if let Some(season) = [Season::Spring, Season::Summer, Season::Fall, Season::Winter]
        .into_iter()
        .find(|s| s.code() == upper)
    {
        return Ok(DatePart::Season(season));
    }
    let (m, d) = match body.split_once('-') {
        Some((m, d)) => (small(m).ok_or_else(bad)?, Some(small(d).ok_or_else(bad)?)),
        None => (small(body).ok_or_else(bad)?, None),
    };
    if !(1..=12).contains(&m) {
        return Err(ValueError::Month(m));
    }
    match d {
        None => Ok(DatePart::Month(m)),
        Some(d) if NaiveDate::from_ymd_opt(y, m, d).is_some() => Ok(DatePart::Day(m, d)),
        Some(day) => Err(ValueError::Day {
            year: y,
            month: m,
            day,
        }),
    }
}

/// A week part after its `W`: `45`, `45-2` or `44-WE`. `Err(None)` for a malformed one.
fn week_part(y: i32, w: &str) -> Result<DatePart, Option<ValueError>> {
    let (week, after) = match w.split_once('-') {
        Some((week, after)) => (week, Some(after)),
        None => (w, None),
    };
    let week = small(week).ok_or(None)?;
    if NaiveDate::from_isoywd_opt(y, week, chrono::Weekday::Mon).is_none() {
        return Err(Some(ValueError::Week { year: y, week }));
    }
    match after {
        None => Ok(DatePart::Week(Some(week))),
        Some("WE") => Ok(DatePart::Weekend(Some(week))),
        Some(d) => {
            let d = small(d).ok_or(None)?;
            if (1..=7).contains(&d) {
                Ok(DatePart::WeekDay(Some(week), d))
            } else {
                Err(Some(ValueError::Weekday(d)))
            }
        }
    }
}

/// The time after `T`: a clock time `14:30` or a part of the day `MO`.
fn time_part(t: &str) -> Result<TimePart, ValueError> {
    let upper = t.to_ascii_uppercase();
    let parts = [
        PartOfDay::Morning,
        PartOfDay::Midday,
        PartOfDay::Afternoon,
        PartOfDay::Evening,
        PartOfDay::Night,
        PartOfDay::Daytime,
    ];
    if let Some(p) = parts.into_iter().find(|p| p.code() == upper) {
        return Ok(TimePart::Part(p));
    }
    let bad = || ValueError::Part(format!("T{t}"));
    let (h, m) = t.split_once(':').ok_or_else(bad)?;
    let (hour, minute) = (small(h).ok_or_else(bad)?, small(m).ok_or_else(bad)?);
    if hour < 24 && minute < 60 {
        Ok(TimePart::Clock(hour, minute))
    } else {
        Err(ValueError::Clock { hour, minute })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::Granularity;

    fn ok(s: &str) -> (String, Granularity, String) {
        let v: DateValue = s.parse().unwrap_or_else(|e| panic!("{s}: {e}"));
        let i = v.interval().expect("placed");
        (v.to_string(), i.granularity(), i.begin().to_string())
    }

    #[test]
    fn every_form_reads_back_as_it_is_written() {
        let table = [
            ("2025", Granularity::Year, "2025-01-01 00:00:00"),
            ("2025-08", Granularity::Month, "2025-08-01 00:00:00"),
            ("2025-08-03", Granularity::Day, "2025-08-03 00:00:00"),
            ("2025-W45", Granularity::Week, "2025-11-03 00:00:00"),
            ("2025-W45-2", Granularity::Day, "2025-11-04 00:00:00"),
            ("2025-W44-WE", Granularity::Day, "2025-11-01 00:00:00"),
            ("2025-Q3", Granularity::Quarter, "2025-07-01 00:00:00"),
            ("2025-H2", Granularity::Half, "2025-07-01 00:00:00"),
            ("2025-SU", Granularity::Season, "2025-06-01 00:00:00"),
            ("199", Granularity::Decade, "1990-01-01 00:00:00"),
            ("19", Granularity::Century, "1900-01-01 00:00:00"),
            (
                "2025-11-03T14:30",
                Granularity::Minute,
                "2025-11-03 14:30:00",
            ),
            (
                "2025-11-03TMO",
                Granularity::PartOfDay,
                "2025-11-03 06:00:00",
            ),
        ];
        for (s, g, begin) in table {
            assert_eq!(ok(s), (s.to_string(), g, begin.to_string()));
        }
        assert_eq!(ok("199X").0, "199");
        assert_eq!(ok("19XX").0, "19");
        assert_eq!(ok("2025-q3").0, "2025-Q3");
    }

    #[test]
    fn every_error_says_what_is_wrong() {
        let table = [
            ("2025-13", "there is no month 13: months go from 01 to 12"),
            ("2025-02-30", "2025-02 has no day 30"),
            (
                "2025-W54",
                "2025 has no ISO week 54: weeks go from W01 to W52 or W53",
            ),
            (
                "2025-W45-8",
                "there is no weekday 8: 1 is Monday, 7 is Sunday",
            ),
            (
                "2025-Q5",
                "there is no quarter Q5: quarters go from Q1 to Q4",
            ),
            ("2025-H3", "there is no half H3: a year has H1 and H2"),
            ("2025-11-03T25:00", "25:00 is not a time of day"),
            (
                "XXXX-08",
                "“XXXX-08” has unknown parts (X): give the date itself, as in 2025-08",
            ),
            (
                "2025-XX",
                "“2025-XX” has unknown parts (X): give the date itself, as in 2025-08",
            ),
            (
                "25-08",
                "“25-08” does not start with a year: write four digits, as in 2025-08",
            ),
            (
                "2025-8x",
                "“2025-8x” has unknown parts (X): give the date itself, as in 2025-08",
            ),
            (
                "2025-ZZ",
                "“-ZZ” is not understood after the year: use -MM, -MM-DD, -Wnn, -Qn, -Hn or a season",
            ),
            (
                "2025T10:00",
                "“T10:00” is not understood after the year: use -MM, -MM-DD, -Wnn, -Qn, -Hn or a season",
            ),
        ];
        for (s, message) in table {
            let err = s.parse::<DateValue>().expect_err(s);
            assert_eq!(err.to_string(), message, "{s}");
        }
    }
}
