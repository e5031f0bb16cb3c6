//! The publication date of an article and where it came from.

use super::timestamp::{valid_time_suffix, year_in_range};
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// An article's publication date with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The date relative expressions are resolved against.
    pub date: NaiveDate,
    /// Where the date came from.
    pub source: DateSource,
}

/// Where a publication date came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateSource {
    /// A header line in the text, such as `Published: 2025-11-04` (1-based line number).
    HeaderLine {
        /// The label before the colon, as written ("Published").
        label: String,
        /// 1-based line number.
        line: usize,
    },
    /// The creation time (DCT) of a TimeML document.
    TimeMlDct,
    /// A `datePublished` in the page's JSON-LD.
    JsonLd,
    /// A `<meta>` tag, `itemprop` or `<time datetime>` of an HTML page (the key named).
    HtmlMeta {
        /// The meta name or property, lower-case.
        key: String,
    },
    /// A date field of a JSON article.
    JsonField {
        /// The field name.
        field: String,
    },
    /// A dateline opening the story ("WASHINGTON, Nov. 3, 2025 —"), 1-based line number.
    Dateline {
        /// 1-based line number.
        line: usize,
    },
    /// A date in the file name (`2025-11-04`, `20251104`).
    FileName,
    /// A date in the article's URL (`/2025/11/04/`).
    Url,
    /// Given on the command line with `--dct`.
    CommandLine,
    /// Set by the user in the app.
    User,
}

impl fmt::Display for DateSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSource::HeaderLine { label, line } => write!(f, "“{label}:” header, line {line}"),
            DateSource::TimeMlDct => f.write_str("TimeML document creation time"),
            DateSource::JsonLd => f.write_str("JSON-LD datePublished"),
            DateSource::HtmlMeta { key } => write!(f, "HTML metadata {key}"),
            DateSource::JsonField { field } => write!(f, "JSON field “{field}”"),
            DateSource::Dateline { line } => write!(f, "dateline, line {line}"),
            DateSource::FileName => f.write_str("date in the file name"),
            DateSource::Url => f.write_str("date in the article URL"),
            DateSource::CommandLine => f.write_str("--dct on the command line"),
            DateSource::User => f.write_str("set by you"),
        }
    }
}

impl DateSource {
    /// How far the date can be trusted: metadata and headers state it; a date in a file
    /// name or URL is usually, not always, the publication day.
    pub fn confidence(&self) -> Confidence {
        match self {
            DateSource::FileName | DateSource::Url => Confidence::Medium,
            _ => Confidence::High,
        }
    }
}

/// How far a publication date can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Inferred from a name; usually right.
    Medium,
    /// Stated by the article or set by the user.
    High,
}

/// A possible publication date that is never used unless the user accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateSuggestion {
    /// The suggested date.
    pub date: NaiveDate,
    /// Why it is suggested.
    pub reason: SuggestionReason,
}

/// Why a date is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionReason {
    /// The file's modification time.
    FileModified,
    /// The latest absolute calendar date written in the text.
    LatestDateInText,
}

impl fmt::Display for SuggestionReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SuggestionReason::FileModified => "the file was last modified then (a guess)",
            SuggestionReason::LatestDateInText => "the latest full date in the text (a guess)",
        })
    }
}

/// A date written in a file name or URL: `2025-11-04`, `2025_11_04`, `20251104`,
/// `/2025/11/04/`. Years 1900–2099 only.
pub fn date_in_name(name: &str) -> Option<NaiveDate> {
    let bytes = name.as_bytes();
    let digits_at = |i: usize, n: usize| -> Option<u32> {
        let s = name.get(i..i + n)?;
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    for i in 0..bytes.len() {
        if i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let Some(year) = digits_at(i, 4).filter(|y| (1900..=2099).contains(y)) else {
            continue;
        };
        let sep = bytes.get(i + 4).copied();
        let (month, day, end) = match sep {
            Some(b'-' | b'_' | b'/' | b'.') => {
                let (Some(m), Some(s2)) = (digits_at(i + 5, 2), bytes.get(i + 7).copied()) else {
                    continue;
                };
                if s2 != sep.unwrap_or(0) {
                    continue;
                }
                let Some(d) = digits_at(i + 8, 2) else {
                    continue;
                };
                (m, d, i + 10)
            }
            _ => {
                let (Some(m), Some(d)) = (digits_at(i + 4, 2), digits_at(i + 6, 2)) else {
                    continue;
                };
                (m, d, i + 8)
            }
        };
        if bytes.get(end).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(year as i32, month, day) {
            return Some(date);
        }
    }
    None
}

/// A dateline opening the story: a line among the first five whose part before a dash
/// ("—", "–", "--", " - ") holds a full date, as in "WASHINGTON, Nov. 3, 2025 (Reuters) —".
pub fn find_dateline(text: &str) -> Option<Publication> {
    for (index, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(6)
    {
        let cut = ["—", "–", " -- ", " - "]
            .iter()
            .filter_map(|d| line.find(d))
            .min();
        let Some(cut) = cut else { continue };
        let head = line.get(..cut).unwrap_or_default();
        if head.len() > 80 {
            continue;
        }
        let head: String = head.split('(').next().unwrap_or_default().to_string();
        if let Some(date) = dateline_head(&head) {
            return Some(Publication {
                date,
                source: DateSource::Dateline { line: index + 1 },
            });
        }
    }
    None
}

/// The date of a dateline's head: the date alone ("Nov 3, 2025"), or a place of at most
/// four capitalized words and then the date ("WASHINGTON, Nov. 3, 2025"). A sentence that
/// merely holds a date ("He recalled the march in Selma, March 7, 1965") is no dateline.
fn dateline_head(head: &str) -> Option<NaiveDate> {
    let head = head.trim();
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if head.split_whitespace().count() <= 4
        && head
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_uppercase())
        && let Some(date) = parse_date(head)
    {
        return Some(date);
    }
    let (place, rest) = head.split_once(',')?;
    let words: Vec<&str> = place.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| capitalized(w)) {
        return None;
    }
    parse_date(rest.trim())
}

/// Header labels that introduce a publication date, lower-case.
pub(crate) const DATE_HEADER_LABELS: &[&str] = &[
    "published",
    "publication date",
    "date published",
    "date",
    "posted",
    "posted on",
    "updated",
    "last updated",
    "dateline",
];

/// Looks for a header line (`Published: …`, `Date: …`, `Posted: …`, `Updated: …`) among the
/// first lines of `text` and parses its date. `Published`/`Date`/`Posted` win over `Updated`.
pub fn find_publication_header(text: &str) -> Option<Publication> {
    let mut updated = None;
    for (index, line) in text.lines().take(20).enumerate() {
        let Some((label, value)) = line.split_once(':') else {
            continue;
        };
        let label_trim = label
            .trim()
            .trim_start_matches(['#', '*', '_', ' '])
            .trim_end_matches(['*', '_']);
        let lower = label_trim.to_ascii_lowercase();
        if !DATE_HEADER_LABELS.contains(&lower.as_str()) {
            continue;
        }
        let value = value.trim().trim_start_matches(['*', '_']).trim();
        let Some(date) = parse_date(value) else {
            continue;
        };
        let publication = Publication {
            date,
            source: DateSource::HeaderLine {
                label: label_trim.to_string(),
                line: index + 1,
            },
        };
        if lower.contains("updated") {
            updated.get_or_insert(publication);
        } else {
            return Some(publication);
        }
    }
    updated
}

/// Parses a written calendar date: `2025-11-04` (optionally followed by a time),
/// `20251104`, `November 4, 2025`, `Nov. 4, 2025`, `4 November 2025`, `Tue, 4 Nov 2025 10:00 GMT`,
/// `11/04/2025` (US order). Returns `None` for anything else or an impossible date.
/// A date whose time of day is impossible (`2025-11-04T25:00:00Z`) or whose year is
/// outside 1–9999 is no date.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    parse_date_unchecked(value).filter(|d| year_in_range(*d))
}

fn parse_date_unchecked(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if let Some(date) = parse_iso(value) {
        return Some(date);
    }
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let mut month = None;
    let mut day = None;
    let mut year = None;
    for word in &words {
        let w = word.trim_end_matches('.');
        if let Some(m) = month_number(w) {
            month.get_or_insert(m);
        } else if let Some((m, d, y)) = parse_slashed(w) {
            return NaiveDate::from_ymd_opt(y, m, d);
        } else if let Ok(n) = w
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<u32>()
        {
            if (1000..=9999).contains(&n) {
                year.get_or_insert(n as i32);
            } else if (1..=31).contains(&n) && day.is_none() {
                day = Some(n);
            }
        } else if w.contains(':') {
            if !valid_time_suffix(&format!(" {w}")) {
                return None;
            }
            break; // a time: the date is over
        }
    }
    NaiveDate::from_ymd_opt(year?, month?, day?)
}

fn parse_iso(value: &str) -> Option<NaiveDate> {
    let head: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let parts: Vec<&str> = head.split('-').collect();
    match parts.as_slice() {
        [y, m, d]
            if y.len() == 4 && !m.is_empty() && m.len() <= 2 && !d.is_empty() && d.len() <= 2 =>
        {
            if !valid_time_suffix(value.get(head.len()..).unwrap_or_default()) {
                return None;
            }
            NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        }
        [compact] if compact.len() == 8 && head.len() == value.len().min(8) => {
            let y = compact.get(0..4)?.parse().ok()?;
            let m = compact.get(4..6)?.parse().ok()?;
            let d = compact.get(6..8)?.parse().ok()?;
            NaiveDate::from_ymd_opt(y, m, d)
        }
        _ => None,
    }
}

fn parse_slashed(word: &str) -> Option<(u32, u32, i32)> {
    let mut it = word.split('/');
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    let y: i32 = it.next()?.parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    let y = if y < 100 { 2000 + y } else { y };
    Some((m, d, y))
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = word.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|m| {
        *m == lower
            || (lower.len() <= 4 && m.starts_with(&lower))
            || (lower == "sept" && *m == "september")
    })?;
    Some(index as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn impossible_timestamps_and_years_are_no_date() {
        assert_eq!(parse_date("9999-12-31T99:99"), None);
        assert_eq!(parse_date("2025-11-04T25:00:00Z"), None);
        assert_eq!(parse_date("Tue, 4 Nov 2025 25:61 GMT"), None);
        assert_eq!(parse_date("0000-01-01"), None);
        assert_eq!(parse_date("9999-12-31T23:59"), d(9999, 12, 31));
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
    fn finds_header_lines_and_prefers_published_over_updated() {
        let text = "Title of story\nUpdated: 2025-11-05\nPublished: Nov. 4, 2025\n\nBody.";
        let p = find_publication_header(text).expect("a header");
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2025, 11, 4).unwrap());
        assert_eq!(
            p.source,
            DateSource::HeaderLine {
                label: "Published".into(),
                line: 3
            }
        );
    }

    #[test]
    fn dates_in_names_and_urls() {
        assert_eq!(date_in_name("story-2025-11-04.txt"), d(2025, 11, 4));
        assert_eq!(date_in_name("APW19980807.0261.tml"), d(1998, 8, 7));
        assert_eq!(
            date_in_name("https://news.example/2025/11/04/bridge"),
            d(2025, 11, 4)
        );
        assert_eq!(date_in_name("report_2024_02_30.md"), None);
        assert_eq!(date_in_name("id123456789.txt"), None);
    }

    #[test]
    fn datelines_with_a_year() {
        let p = find_dateline("Bridge reopens\nWASHINGTON, Nov. 3, 2025 (Reuters) — The bridge...")
            .expect("dateline");
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2025, 11, 3).unwrap());
        assert_eq!(p.source, DateSource::Dateline { line: 2 });
        assert_eq!(
            find_dateline("Nov 3, 2025 — Crews finished.").map(|p| p.date),
            d(2025, 11, 3)
        );
        assert_eq!(find_dateline("No dateline here — just prose."), None);
        // A date inside a sentence before a dash is no dateline.
        assert_eq!(
            find_dateline("He recalled the march in Selma, March 7, 1965 — the day he was beaten."),
            None
        );
        assert_eq!(
            find_dateline("NEW YORK CITY, March 3, 2024 — Markets fell.").map(|p| p.date),
            d(2024, 3, 3)
        );
    }

    #[test]
    fn no_header_means_none() {
        assert_eq!(
            find_publication_header("Just a story.\nNote: nothing here"),
            None
        );
    }
}
