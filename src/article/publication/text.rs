//! Dates stated in plain text and names: header lines (`Published: …`), datelines opening a
//! story, and dates written in file names and URLs.

use super::parse::parse_date;
use super::{DateSource, Publication};
use chrono::NaiveDate;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
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
