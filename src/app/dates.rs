//! Conversions at the boundary between chrono (the core) and jiff (egui_extras' date picker).

use chrono::{Datelike, NaiveDate};

/// The jiff date of `d`, if jiff can represent it (years −9999..=9999).
pub fn to_jiff(d: NaiveDate) -> Option<jiff::civil::Date> {
    let year = i16::try_from(d.year()).ok()?;
    let month = i8::try_from(d.month()).ok()?;
    let day = i8::try_from(d.day()).ok()?;
    jiff::civil::Date::new(year, month, day).ok()
}

/// The chrono date of `d`.
pub fn from_jiff(d: jiff::civil::Date) -> Option<NaiveDate> {
    let month = u32::try_from(d.month()).ok()?;
    let day = u32::try_from(d.day()).ok()?;
    NaiveDate::from_ymd_opt(i32::from(d.year()), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let d = NaiveDate::from_ymd_opt(2025, 11, 4).expect("valid");
        assert_eq!(to_jiff(d).and_then(from_jiff), Some(d));
        let far = NaiveDate::from_ymd_opt(20_000, 1, 1).expect("valid");
        assert_eq!(to_jiff(far), None);
    }
}
