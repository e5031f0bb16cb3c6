//! Dates in `<meta>` tags (named in `meta_keys.txt`) and in the page's own URL
//! (`<link rel=canonical>`, `og:url`).

use super::candidate::{Candidate, Place, Role};
use super::order::DayOrder;
use super::parse::{Stamp, Zone, parse_stamp_in};
use super::text::date_in_name;
use dom_query::Document;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a meta key says its date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    /// The publication date only.
    Published,
    /// A date of the page, usually its publication.
    Date,
    /// A later change.
    Modified,
}

fn key_kind(key: &str) -> Option<KeyKind> {
    static TABLE: OnceLock<HashMap<&'static str, KeyKind>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("meta_keys.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (key, kind) = l.split_once(' ')?;
                let kind = match kind.trim() {
                    "published" => KeyKind::Published,
                    "date" => KeyKind::Date,
                    "modified" => KeyKind::Modified,
                    _ => return None,
                };
                Some((key.trim(), kind))
            })
            .collect()
    });
    table.get(key).copied()
}

/// The dates of the page's meta tags and URL. Tags that name a publication date which is not
/// a real date are added to `bad`.
pub fn candidates(
    doc: &Document,
    order: DayOrder,
    out: &mut Vec<Candidate>,
    bad: &mut Vec<(String, String)>,
) {
    for meta in doc.select("meta[content]").iter() {
        let key = ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .find_map(|a| meta.attr(a));
        let Some(key) = key.map(|k| k.trim().to_ascii_lowercase()) else {
            continue;
        };
        let raw = meta.attr("content").unwrap_or_default();
        if key == "og:url" {
            url_candidate(&raw, out);
            continue;
        }
        let Some(kind) = key_kind(&key) else {
            continue;
        };
        match parse_stamp_in(&raw, order) {
            Some(stamp) => out.push(Candidate {
                stamp,
                role: match kind {
                    KeyKind::Modified => Role::Modified,
                    KeyKind::Published => Role::Published,
                    KeyKind::Date => Role::Unstated,
                },
                place: Place::Meta {
                    strong: kind == KeyKind::Published,
                    key,
                },
            }),
            None if kind == KeyKind::Published && !raw.trim().is_empty() => {
                bad.push((format!("<meta {key}>"), raw.to_string()));
            }
            None => {}
        }
    }
    for link in doc.select(r#"link[rel="canonical"][href]"#).iter() {
        url_candidate(&link.attr("href").unwrap_or_default(), out);
    }
}

/// A date in the path of the page's own URL (`/2024/03/14/`), never in its query.
fn url_candidate(url: &str, out: &mut Vec<Candidate>) {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if let Some(date) = date_in_name(path) {
        out.push(Candidate {
            stamp: Stamp {
                date,
                zone: Zone::Unstated,
            },
            place: Place::Url,
            role: Role::Unstated,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn found(html: &str) -> Vec<(NaiveDate, Place, Role)> {
        let mut out = Vec::new();
        candidates(
            &Document::from(html),
            DayOrder::MonthFirst,
            &mut out,
            &mut Vec::new(),
        );
        out.into_iter()
            .map(|c| (c.stamp.date, c.place, c.role))
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn meta_names_of_every_kind() {
        let html = r#"<head><meta name="DC.date.issued" content="2021-05-04">
<meta name="sailthru.date" content="Tue, 04 May 2021 10:00:00 -0400">
<meta property="article:modified_time" content="2021-06-01T00:00:00Z">
<meta name="date" content="04.05.2021"><meta name="viewport" content="width=device-width"></head>"#;
        let got = found(html);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(
            got.iter()
                .all(|(date, ..)| *date == d(2021, 5, 4) || *date == d(2021, 6, 1))
        );
        assert_eq!(got[2].2, Role::Modified);
        assert_eq!(
            got[3].1,
            Place::Meta {
                key: "date".into(),
                strong: false
            }
        );
    }

    #[test]
    fn dated_canonical_and_og_url_but_not_a_query() {
        let html = r#"<head><link rel="canonical" href="https://n.example/2024/03/14/story">
<meta property="og:url" content="https://n.example/story?v=2016-09-30"></head>"#;
        assert_eq!(
            found(html),
            vec![(d(2024, 3, 14), Place::Url, Role::Unstated)]
        );
    }
}
