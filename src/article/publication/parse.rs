//! Reading one written date: ISO timestamps with their time zone, numeric dates in the usual
//! orders (`2021-07-19`, `19.07.2021`, `2021/07/19`, `07/19/2021`) and dates with month names
//! in several languages ("3. November 2021", "le 3 novembre 2021", "Jan 12, 2021").

use super::months::month_number;
use super::order::DayOrder;
use crate::article::timestamp::{valid_time_suffix, year_in_range};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

/// A date read from a value, with what its writer said about the time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The calendar day as written.
    pub date: NaiveDate,
    /// The time zone of the timestamp the day came from.
    pub zone: Zone,
}

/// The time zone of a written timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// A date alone, or a time without a zone: the day as the page's own readers saw it.
    Unstated,
    /// A UTC timestamp (`Z`, `+00:00`), the instant in UTC: its day may be one off the
    /// local day.
    Utc(NaiveDateTime),
    /// A timestamp with a non-zero offset (seconds east of UTC): the day is the local day.
    Local(i32),
}

/// Parses a written calendar date (see the module documentation); `None` for anything else
/// or an impossible date.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    parse_stamp(value).map(|s| s.date)
}

/// Parses a written date or timestamp, keeping its time zone.
/// A timestamp whose time of day is impossible (`2025-11-04T25:00`) or whose year is outside
/// 1–9999 is no date.
pub fn parse_stamp(value: &str) -> Option<Stamp> {
    parse_stamp_in(value, DayOrder::MonthFirst)
}

/// [`parse_stamp`] on a page whose numeric dates are written in `order`.
pub fn parse_stamp_in(value: &str, order: DayOrder) -> Option<Stamp> {
    let value = value.trim();
    if has_impossible_time(value) {
        return None;
    }
    let stamp = iso_stamp(value).or_else(|| {
        find_date(value, order).map(|found| Stamp {
            date: found.date,
            zone: Zone::Unstated,
        })
    })?;
    year_in_range(stamp.date).then_some(stamp)
}

/// True when `value` starts with an ISO date followed by a clock or offset that no clock shows.
fn has_impossible_time(value: &str) -> bool {
    let head_len = value
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(value.len());
    let head = value.get(..head_len).unwrap_or_default();
    let rest = value.get(head_len..).unwrap_or_default();
    head.len() >= 8 && !valid_time_suffix(rest)
}

/// An ISO 8601 date or timestamp at the start of `value`.
fn iso_stamp(value: &str) -> Option<Stamp> {
    if let Ok(t) = DateTime::parse_from_rfc3339(value) {
        return Some(stamp_of(t));
    }
    const ZONED: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ];
    // chrono's `%z` wants an offset: a trailing `Z` is written as one.
    let zulu = value.strip_suffix(['Z', 'z']).map(|v| format!("{v}+00:00"));
    let candidates = [Some(value), zulu.as_deref()];
    if let Some(t) = candidates.iter().flatten().find_map(|v| {
        ZONED
            .iter()
            .find_map(|f| DateTime::parse_from_str(v, f).ok())
    }) {
        return Some(stamp_of(t));
    }
    let head_len = value
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(value.len());
    let head = value.get(..head_len)?;
    let rest = value.get(head_len..).unwrap_or_default();
    let date = match head.len() {
        8..=10 if head.matches('-').count() == 2 => {
            NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()?
        }
        8 if rest.is_empty() || rest.starts_with('T') => {
            NaiveDate::parse_from_str(head, "%Y%m%d").ok()?
        }
        _ => return None,
    };
    Some(Stamp {
        date,
        zone: Zone::Unstated,
    })
}

fn stamp_of(t: DateTime<FixedOffset>) -> Stamp {
    let offset = t.offset().local_minus_utc();
    Stamp {
        date: t.date_naive(),
        zone: if offset == 0 {
            Zone::Utc(t.naive_utc())
        } else {
            Zone::Local(offset)
        },
    }
}

/// A date found in a short text, with the byte offset where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The date.
    pub date: NaiveDate,
    /// Byte offset of its first word in the text.
    pub start: usize,
}

/// One word of a text, classified for date reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A whole numeric date (`19.07.2021`, `2021/07/19`).
    Date(NaiveDate),
    /// A number that can be a day of the month.
    Day(u32),
    /// A four-digit year.
    Year(i32),
    /// A month name.
    Month(u32),
    /// A short word that may stand between the parts ("de", "le", "of").
    Filler,
    /// Anything else.
    Other,
}

/// The first date written in `text`: a numeric date, or day, month name and year in either
/// order with short words between ("3 de noviembre de 2021"). Years 1900–2099.
/// Numeric dates are read in `order`.
pub fn find_date(text: &str, order: DayOrder) -> Option<Found> {
    let words: Vec<(usize, Word)> = split_words(text)
        .into_iter()
        .map(|(at, w)| (at, classify(w, order)))
        .collect();
    let kinds: Vec<Word> = words.iter().map(|(_, w)| *w).collect();
    (0..kinds.len()).find_map(|i| {
        let date = date_at(&kinds, i)?;
        Some(Found {
            date,
            start: words.get(i).map(|(at, _)| *at)?,
        })
    })
}

/// Words of `text` with their byte offsets; CJK dates (`2020年11月30日`) become numeric ones.
fn split_words(text: &str) -> Vec<(usize, String)> {
    let is_cut = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | '|' | '(' | ')' | '·' | '•' | '–' | '—' | '[' | ']'
            )
    };
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_cut(c), start) {
            (true, Some(s)) => {
                let word = text.get(s..i).unwrap_or_default();
                let word = word.replace(['年', '月'], "-").replace('日', "");
                out.push((s, word));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

fn classify(word: String, order: DayOrder) -> Word {
    let w = word.trim_end_matches(['.', ':']);
    if let Some(date) = numeric_date(w, order) {
        return Word::Date(date);
    }
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic() || c == 'º');
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        let suffix = w.get(digits.len()..).unwrap_or_default();
        let n: u32 = digits.parse().unwrap_or(0);
        return match (digits.len(), suffix.len()) {
            (4, 0) if (1900..=2099).contains(&n) => Word::Year(n as i32),
            (1 | 2, 0..=2) if (1..=31).contains(&n) => Word::Day(n),
            _ => Word::Other,
        };
    }
    if let Some(m) = month_number(w) {
        return Word::Month(m);
    }
    if (1..=3).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic) {
        return Word::Filler;
    }
    Word::Other
}

/// A whole numeric date: ISO, `DD.MM.YYYY`, `YYYY/MM/DD`, `YYYY.MM.DD`, and `MM/DD/YYYY` or
/// `DD/MM/YYYY` (also with dashes) in the page's `order`, the other order when the first
/// reading is no date.
fn numeric_date(w: &str, order: DayOrder) -> Option<NaiveDate> {
    if w.len() < 8 || !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    const FIXED: [&str; 4] = ["%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%Y.%m.%d"];
    const MONTH_FIRST: [&str; 4] = ["%m/%d/%Y", "%d/%m/%Y", "%d-%m-%Y", "%m-%d-%Y"];
    const DAY_FIRST: [&str; 4] = ["%d/%m/%Y", "%m/%d/%Y", "%d-%m-%Y", "%m-%d-%Y"];
    let ordered = match order {
        DayOrder::MonthFirst => MONTH_FIRST,
        DayOrder::DayFirst => DAY_FIRST,
    };
    let date = FIXED
        .iter()
        .chain(ordered.iter())
        .find_map(|f| NaiveDate::parse_from_str(w, f).ok())?;
    (1900..=2099)
        .contains(&chrono::Datelike::year(&date))
        .then_some(date)
}

/// The date whose first word is `words[i]`, if one starts there.
fn date_at(words: &[Word], i: usize) -> Option<NaiveDate> {
    let after = |from: usize| -> Option<(usize, Word)> {
        words
            .iter()
            .enumerate()
            .skip(from)
            .take(2)
            .find(|(_, w)| **w != Word::Filler)
            .map(|(k, w)| (k, *w))
    };
    match *words.get(i)? {
        Word::Date(d) => Some(d),
        Word::Day(day) => {
            let (k, Word::Month(month)) = after(i + 1)? else {
                return None;
            };
            let (_, Word::Year(year)) = after(k + 1)? else {
                return None;
            };
            NaiveDate::from_ymd_opt(year, month, day)
        }
        Word::Month(month) => {
            let (k, Word::Day(day)) = after(i + 1)? else {
                return None;
            };
            let (_, Word::Year(year)) = after(k + 1)? else {
                return None;
            };
            NaiveDate::from_ymd_opt(year, month, day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn parses_common_written_dates() {
        assert_eq!(parse_date("2025-11-04"), d(2025, 11, 4));
        assert_eq!(parse_date("2025-11-04T09:30:00Z"), d(2025, 11, 4));
        assert_eq!(parse_date("20251104"), d(2025, 11, 4));
        assert_eq!(parse_date("November 4, 2025"), d(2025, 11, 4));
        assert_eq!(parse_date("Nov. 4, 2025"), d(2025, 11, 4));
        assert_eq!(parse_date("Sept. 30, 2024"), d(2024, 9, 30));
        assert_eq!(parse_date("4 November 2025"), d(2025, 11, 4));
        assert_eq!(parse_date("Tue, 4 Nov 2025 10:00:00 GMT"), d(2025, 11, 4));
        assert_eq!(parse_date("11/04/2025"), d(2025, 11, 4));
    }

    #[test]
    fn rejects_impossible_or_partial_dates() {
        assert_eq!(parse_date("2025-13-45"), None);
        assert_eq!(parse_date("February 30, 2025"), None);
        assert_eq!(parse_date("November 2025"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn numeric_orders_and_times_before_the_date() {
        assert_eq!(parse_date("19.07.2021"), d(2021, 7, 19));
        assert_eq!(parse_date("2021/07/19 08:30:00"), d(2021, 7, 19));
        assert_eq!(parse_date("2021.07.19"), d(2021, 7, 19));
        assert_eq!(parse_date("19/07/2021"), d(2021, 7, 19));
        assert_eq!(parse_date("09:15:02 AM IST Jan 12, 2021"), d(2021, 1, 12));
        assert_eq!(parse_date("2020年11月30日 10:00"), d(2020, 11, 30));
    }

    #[test]
    fn the_pages_order_decides_ambiguous_numeric_dates() {
        let day = |w: &str, order| find_date(w, order).map(|f| f.date);
        assert_eq!(day("02/10/2020", DayOrder::DayFirst), d(2020, 10, 2));
        assert_eq!(day("02/10/2020", DayOrder::MonthFirst), d(2020, 2, 10));
        // A reading that is no date gives way to the other order.
        assert_eq!(day("02/19/2020", DayOrder::DayFirst), d(2020, 2, 19));
        assert_eq!(day("02-19-2020", DayOrder::MonthFirst), d(2020, 2, 19));
        assert_eq!(day("19.07.2021", DayOrder::MonthFirst), d(2021, 7, 19));
    }

    #[test]
    fn month_names_in_other_languages() {
        assert_eq!(parse_date("3. November 2021"), d(2021, 11, 3));
        assert_eq!(parse_date("le 3 novembre 2021"), d(2021, 11, 3));
        assert_eq!(parse_date("3 de noviembre de 2021"), d(2021, 11, 3));
        assert_eq!(parse_date("3 novembre 2021"), d(2021, 11, 3));
        assert_eq!(parse_date("1er août 2020"), d(2020, 8, 1));
        assert_eq!(parse_date("3 maart 2021"), d(2021, 3, 3));
        assert_eq!(parse_date("12 de março de 2020"), d(2020, 3, 12));
    }

    #[test]
    fn time_zones_of_timestamps() {
        let utc = parse_stamp("2024-03-15T02:10:00Z").expect("stamp");
        assert_eq!(utc.date, d(2024, 3, 15).expect("d"));
        assert!(matches!(utc.zone, Zone::Utc(t) if t.format("%H:%M").to_string() == "02:10"));
        let ny = parse_stamp("2024-03-14T22:10:00-04:00").expect("stamp");
        assert_eq!(
            (ny.date, ny.zone),
            (d(2024, 3, 14).expect("d"), Zone::Local(-4 * 3600))
        );
        let plain = parse_stamp("2024-03-14T22:10:00").expect("stamp");
        assert_eq!(plain.zone, Zone::Unstated);
        assert_eq!(
            parse_stamp("2024-03-14").map(|s| s.zone),
            Some(Zone::Unstated)
        );
    }

    #[test]
    fn finds_the_date_in_a_byline_with_its_offset() {
        let text = "By Jane Roe | May 4, 2021";
        let found = find_date(text, DayOrder::MonthFirst).expect("date");
        assert_eq!(Some(found.date), d(2021, 5, 4));
        assert_eq!(text.get(found.start..), Some("May 4, 2021"));
        assert_eq!(
            find_date("© 2001–2024 Example Media", DayOrder::MonthFirst),
            None
        );
    }

    #[test]
    fn impossible_timestamps_and_years_are_no_date() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(parse_date("9999-12-31T99:99"), None);
        assert_eq!(parse_date("2025-11-04T25:00:00Z"), None);
        assert_eq!(parse_date("0000-01-01"), None);
        assert_eq!(parse_date("9999-12-31T23:59"), d(9999, 12, 31));
    }
}
