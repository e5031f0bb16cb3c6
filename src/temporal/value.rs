//! TIMEX3 values as structured data, rendered in TimeML syntax by `Display`.

use super::semantic::{PartOfDay, Season, Unit};
use std::fmt;

/// The year part of a calendar value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearValue {
    /// A known year (`2025`).
    Year(i32),
    /// A decade, by its first three digits (`199` for the 1990s, as the TimeML guidelines
    /// and TimeBank write it; AQUAINT annotators sometimes wrote `199X`).
    Decade(i32),
    /// A century, by its first two digits (`19` for the 1900s).
    Century(i32),
    /// Not known yet (`XXXX`).
    Unknown,
}

/// The part of a calendar value below the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePart {
    /// The whole year.
    None,
    /// A month not known yet (`-XX`).
    UnknownMonth,
    /// A day not known yet (`-XX-XX`).
    UnknownDay,
    /// A day not known yet in a known month (`-10-XX`).
    UnknownDayIn(u32),
    /// A month (`-08`).
    Month(u32),
    /// A day (`-11-03`).
    Day(u32, u32),
    /// An ISO week (`-W45`), or an unknown week (`-WXX`).
    Week(Option<u32>),
    /// A weekday of a week (`-W45-1`, `-WXX-1`); 1 is Monday.
    WeekDay(Option<u32>, u32),
    /// The weekend of a week (`-W44-WE`).
    Weekend(Option<u32>),
    /// A season (`-SU`).
    Season(Season),
    /// A quarter (`-Q3`), or an unknown quarter (`-QX`).
    Quarter(Option<u32>),
    /// A half year (`-H1`).
    Half(u32),
}

/// The time-of-day part of a calendar value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimePart {
    /// A clock time (`T06:15`).
    Clock(u32, u32),
    /// A part of the day (`TMO`, `TNI`).
    Part(PartOfDay),
}

/// A calendar value: year, part of year and optional time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// The year.
    pub year: YearValue,
    /// Month, day, week, season, quarter…
    pub part: DatePart,
    /// Time of day.
    pub time: Option<TimePart>,
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DurationValue {
    /// How many units, in tenths (15 = 1.5); `None` for an unspecified number (`PXY`).
    pub tenths: Option<u32>,
    /// The unit.
    pub unit: Unit,
    /// A whole number of a smaller unit added to it ("two hours and 10 minutes": 10
    /// minutes), written in the same value (`PT2H10M`).
    pub and: Option<(u32, Unit)>,
}

/// The vague references of TimeML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefKind {
    /// `PAST_REF`.
    Past,
    /// `PRESENT_REF`.
    Present,
    /// `FUTURE_REF`.
    Future,
}

/// A TIMEX3 value. Rendered with `Display` in TimeML syntax (`2025-08`, `P3W`, `PAST_REF`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TimexValue {
    /// A date or time, possibly with unknown parts.
    Date(DateValue),
    /// A duration (also the period of a set).
    Duration(DurationValue),
    /// A vague reference to the past, present or future.
    Ref(RefKind),
    /// A value given as rendered text by a caller of [`TimexValue::new`].
    Text(String),
}

impl TimexValue {
    /// Wraps an already-rendered TIMEX3 value (kept for callers that build values by hand;
    /// the engine itself only produces structured values).
    pub fn new(value: impl Into<String>) -> Self {
        Self::Text(value.into())
    }
}

impl fmt::Display for YearValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // Astronomical years before the era: 55 BC is `-0054`.
            YearValue::Year(y) if *y < 0 => write!(f, "-{:04}", y.unsigned_abs()),
            YearValue::Year(y) => write!(f, "{y:04}"),
            YearValue::Decade(d) => write!(f, "{d:03}"),
            YearValue::Century(c) => write!(f, "{c:02}"),
            YearValue::Unknown => f.write_str("XXXX"),
        }
    }
}

fn week(f: &mut fmt::Formatter<'_>, w: Option<u32>) -> fmt::Result {
    match w {
        Some(w) => write!(f, "-W{w:02}"),
        None => f.write_str("-WXX"),
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        match self.part {
            DatePart::None => {}
            DatePart::UnknownMonth => f.write_str("-XX")?,
            DatePart::UnknownDay => f.write_str("-XX-XX")?,
            DatePart::UnknownDayIn(m) => write!(f, "-{m:02}-XX")?,
            DatePart::Month(m) => write!(f, "-{m:02}")?,
            DatePart::Day(m, d) => write!(f, "-{m:02}-{d:02}")?,
            DatePart::Week(w) => week(f, w)?,
            DatePart::WeekDay(w, d) => {
                week(f, w)?;
                write!(f, "-{d}")?;
            }
            DatePart::Weekend(w) => {
                week(f, w)?;
                f.write_str("-WE")?;
            }
            DatePart::Season(s) => write!(f, "-{}", s.code())?,
            DatePart::Quarter(Some(q)) => write!(f, "-Q{q}")?,
            DatePart::Quarter(None) => f.write_str("-QX")?,
            DatePart::Half(h) => write!(f, "-H{h}")?,
        }
        match self.time {
            None => Ok(()),
            Some(TimePart::Clock(h, m)) => write!(f, "T{h:02}:{m:02}"),
            Some(TimePart::Part(p)) => write!(f, "T{}", p.code()),
        }
    }
}

/// One part of a compound length ("two hours and 10 minutes": 2 hours, then 10 minutes):
/// its count, its ISO 8601 designator and whether it is a time unit; `None` for units a
/// compound does not use. ISO 8601 writes weeks only alone, so weeks beside another unit
/// are counted in days ("three months and two weeks": `P3M14D`).
fn compound_part(n: u32, unit: Unit) -> Option<(u32, &'static str, bool)> {
    Some(match unit {
        Unit::Year => (n, "Y", false),
        Unit::Month => (n, "M", false),
        Unit::Week => (n.saturating_mul(7), "D", false),
        Unit::Day => (n, "D", false),
        Unit::Hour => (n, "H", true),
        Unit::Minute => (n, "M", true),
        Unit::Second => (n, "S", true),
        _ => return None,
    })
}

/// A compound length written part by part (`P3Y6M`, `PT2H10M`, `P1DT6H`); two parts with
/// the same designator ("a week and two days", both in days) are added (`P9D`).
fn fmt_compound(
    first: (u32, &'static str, bool),
    then: (u32, &'static str, bool),
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let parts = if (first.1, first.2) == (then.1, then.2) {
        [
            Some((first.0.saturating_add(then.0), first.1, first.2)),
            None,
        ]
    } else {
        [Some(first), Some(then)]
    };
    f.write_str("P")?;
    let mut in_time = false;
    for (n, code, time) in parts.into_iter().flatten() {
        if time && !in_time {
            f.write_str("T")?;
            in_time = true;
        }
        write!(f, "{n}{code}")?;
    }
    Ok(())
}

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((n2, u2)) = self.and
            && let Some(t) = self.tenths.filter(|t| t % 10 == 0)
            && let Some(first) = compound_part(t / 10, self.unit)
            && let Some(then) = compound_part(n2, u2)
        {
            return fmt_compound(first, then, f);
        }
        let (mult, code, time) = match self.unit {
            Unit::Second => (1, "S", true),
            Unit::Minute => (1, "M", true),
            Unit::Hour => (1, "H", true),
            Unit::Day => (1, "D", false),
            Unit::Weekend => (2, "D", false),
            Unit::Week => (1, "W", false),
            Unit::Fortnight => (2, "W", false),
            Unit::Month => (1, "M", false),
            Unit::Quarter => (1, "Q", false),
            Unit::Half => (6, "M", false),
            Unit::Year => (1, "Y", false),
            Unit::Decade => (10, "Y", false),
            Unit::Century => (100, "Y", false),
        };
        f.write_str(if time { "PT" } else { "P" })?;
        match self.tenths {
            // "centuries": an unknown number of centuries cannot be written in years, so
            // TimeML's century unit is used (`PXC`).
            None if self.unit == Unit::Century => return f.write_str("XC"),
            None => f.write_str("X")?,
            Some(t) => {
                let t = t.saturating_mul(mult);
                // A half: whole units and half of one in the next smaller unit (P2Y6M).
                let half = match code {
                    "Y" => Some("6M"),
                    "D" if !time => Some("T12H"),
                    "H" => Some("30M"),
                    "M" if time => Some("30S"),
                    _ => None,
                };
                match (t % 10, half) {
                    (0, _) => write!(f, "{}", t / 10)?,
                    (5, Some(h)) if t >= 10 => return write!(f, "{}{code}{h}", t / 10),
                    _ => write!(f, "{}.{}", t / 10, t % 10)?,
                }
            }
        }
        f.write_str(code)
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimexValue::Date(d) => d.fmt(f),
            TimexValue::Duration(d) => d.fmt(f),
            TimexValue::Ref(RefKind::Past) => f.write_str("PAST_REF"),
            TimexValue::Ref(RefKind::Present) => f.write_str("PRESENT_REF"),
            TimexValue::Ref(RefKind::Future) => f.write_str("FUTURE_REF"),
            TimexValue::Text(s) => f.write_str(s),
        }
    }
}
