//! Validating what follows a date in a timestamp (`T09:30:00+01:00`) and the range of years
//! Tempora accepts, so that an impossible timestamp is refused rather than trusted.

use chrono::{Datelike, NaiveDate};

/// Years Tempora accepts anywhere a date comes from outside (metadata, `--dct`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// True when `date`'s year is in [`YEARS`].
pub fn year_in_range(date: NaiveDate) -> bool {
    YEARS.contains(&date.year())
}

/// False when `rest`, the text after a date, starts with a time of day or a zone offset
/// that no clock shows (`T25:00`, `T99:99`, `T10:61`, `+25:00`). Anything else, including
/// text that is not a time at all, is accepted: the date itself was valid.
pub fn valid_time_suffix(rest: &str) -> bool {
    let Some(time) = rest
        .strip_prefix(['T', 't', ' '])
        .map(str::trim_start)
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return true;
    };
    let (clock, zone) = split_zone(time);
    valid_clock(clock) && zone.is_none_or(valid_offset)
}

/// `HH`, `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` (and their compact forms `HHMM`,
/// `HHMMSS`) within a day; a leap second is allowed.
pub fn valid_clock(clock: &str) -> bool {
    let clock = clock.split(['.', ',']).next().unwrap_or(clock);
    let fields: Vec<&str> = if clock.contains(':') {
        clock.split(':').collect()
    } else {
        clock
            .as_bytes()
            .chunks(2)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect()
    };
    let limits = [23u32, 59, 60];
    fields.len() <= limits.len()
        && fields.iter().zip(limits).all(|(field, max)| {
            field
                .parse::<u32>()
                .is_ok_and(|n| field.len() <= 2 && n <= max)
        })
}

/// Splits `09:30:00+01:00` into the clock and the zone offset (`+01:00`); `Z` and zone
/// names are no offset.
fn split_zone(time: &str) -> (&str, Option<&str>) {
    let clock_len = time
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | ',')))
        .unwrap_or(time.len());
    let (clock, after) = time.split_at(clock_len);
    let zone = after
        .trim_start()
        .strip_prefix(['+', '-'])
        .filter(|z| z.starts_with(|c: char| c.is_ascii_digit()));
    (clock, zone)
}

/// A zone offset without its sign: `01:00`, `0100`, `01`; at most 23 hours 59 minutes.
fn valid_offset(zone: &str) -> bool {
    let digits: &str = zone
        .split(|c: char| !(c.is_ascii_digit() || c == ':'))
        .next()
        .unwrap_or(zone);
    let limits = [23u32, 59];
    let fields: Vec<&str> = if digits.contains(':') {
        digits.split(':').collect()
    } else {
        digits
            .as_bytes()
            .chunks(2)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .collect()
    };
    fields.len() <= limits.len()
        && fields
            .iter()
            .zip(limits)
            .all(|(f, max)| f.parse::<u32>().is_ok_and(|n| n <= max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_times_pass() {
        for ok in [
            "",
            "T09:30",
            "T09:30:00Z",
            "T23:59:60.5+05:30",
            " 10:00:00 +0000",
            "T08:00:00.000-0500",
            "T0930",
            " GMT",
            ", updated",
        ] {
            assert!(valid_time_suffix(ok), "{ok:?}");
        }
    }

    #[test]
    fn impossible_times_fail() {
        for bad in [
            "T99:99",
            "T25:00:00Z",
            "T10:61",
            "T10:00:61",
            "T10:00:00+25:00",
            "T2500",
        ] {
            assert!(!valid_time_suffix(bad), "{bad:?}");
        }
    }

    #[test]
    fn years_are_bounded() {
        assert!(!year_in_range(
            NaiveDate::from_ymd_opt(0, 1, 1).expect("year 0 exists in chrono")
        ));
        assert!(year_in_range(
            NaiveDate::from_ymd_opt(9999, 12, 31).expect("d")
        ));
    }
}
