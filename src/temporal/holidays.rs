//! Holiday dates, computed per year.

use super::semantic::Holiday;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The date of `holiday` in `year`.
pub fn date(holiday: Holiday, year: i32) -> Option<NaiveDate> {
    let fixed = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let nth = |m, wd, n| NaiveDate::from_weekday_of_month_opt(year, m, wd, n);
    match holiday {
        Holiday::Christmas => fixed(12, 25),
        Holiday::ChristmasEve => fixed(12, 24),
        Holiday::NewYearsDay => fixed(1, 1),
        Holiday::NewYearsEve => fixed(12, 31),
        Holiday::IndependenceDay => fixed(7, 4),
        Holiday::VeteransDay => fixed(11, 11),
        Holiday::Halloween => fixed(10, 31),
        Holiday::ValentinesDay => fixed(2, 14),
        Holiday::Thanksgiving => nth(11, Weekday::Thu, 4),
        Holiday::LaborDay => nth(9, Weekday::Mon, 1),
        Holiday::MartinLutherKingDay => nth(1, Weekday::Mon, 3),
        Holiday::PresidentsDay => nth(2, Weekday::Mon, 3),
        Holiday::MothersDay => nth(5, Weekday::Sun, 2),
        Holiday::FathersDay => nth(6, Weekday::Sun, 3),
        Holiday::ElectionDay => nth(11, Weekday::Mon, 1).map(|d| d + Duration::days(1)),
        Holiday::MemorialDay => {
            let last = NaiveDate::from_ymd_opt(year, 5, 31)?;
            let back = last.weekday().num_days_from_monday();
            Some(last - Duration::days(i64::from(back)))
        }
        Holiday::BlackFriday => nth(11, Weekday::Thu, 4).map(|d| d + Duration::days(1)),
        Holiday::CyberMonday => nth(11, Weekday::Thu, 4).map(|d| d + Duration::days(4)),
        Holiday::BoxingDay => fixed(12, 26),
        Holiday::Juneteenth => fixed(6, 19),
        Holiday::EasterMonday => easter(year).map(|d| d + Duration::days(1)),
        Holiday::Easter => easter(year),
        Holiday::GoodFriday => easter(year).map(|d| d - Duration::days(2)),
        Holiday::StPatricksDay => fixed(3, 17),
        Holiday::CanadaDay => fixed(7, 1),
        Holiday::BastilleDay => fixed(7, 14),
        Holiday::AnzacDay => fixed(4, 25),
        Holiday::RemembranceDay => fixed(11, 11),
        Holiday::AustraliaDay => fixed(1, 26),
        Holiday::MayDay => fixed(5, 1),
        Holiday::GroundhogDay => fixed(2, 2),
        Holiday::ColumbusDay => nth(10, Weekday::Mon, 2),
        Holiday::AshWednesday => easter(year).map(|d| d - Duration::days(46)),
        Holiday::PalmSunday => easter(year).map(|d| d - Duration::days(7)),
    }
}

/// Easter Sunday (Gregorian computus).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn movable_holidays() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(date(Holiday::Thanksgiving, 2025), d(2025, 11, 27));
        assert_eq!(date(Holiday::ElectionDay, 2024), d(2024, 11, 5));
        assert_eq!(date(Holiday::Easter, 2025), d(2025, 4, 20));
        assert_eq!(date(Holiday::MemorialDay, 2025), d(2025, 5, 26));
        assert_eq!(date(Holiday::LaborDay, 1998), d(1998, 9, 7));
        assert_eq!(date(Holiday::BlackFriday, 2025), d(2025, 11, 28));
        assert_eq!(date(Holiday::CyberMonday, 2025), d(2025, 12, 1));
        assert_eq!(date(Holiday::EasterMonday, 2025), d(2025, 4, 21));
        assert_eq!(date(Holiday::AshWednesday, 2025), d(2025, 3, 5));
        assert_eq!(date(Holiday::PalmSunday, 2025), d(2025, 4, 13));
        assert_eq!(date(Holiday::ColumbusDay, 2025), d(2025, 10, 13));
    }
}
