//! Dates in a page's script data: the app state and data layers that script-built pages
//! carry (`window.__PRELOADED_STATE__ = {…"publishedDate":"2016-11-04T20:37:27Z"…}`,
//! `<script type="application/json">`). The first publication key on the page names the
//! story's own date; later ones belong to the related stories such state lists.

use super::candidate::{Candidate, Place, Role};
use super::order::DayOrder;
use super::parse::parse_stamp_in;
use dom_query::Document;
use std::sync::OnceLock;

/// The keys of `state_keys.txt`, quoted as they stand in script text.
fn quoted_keys() -> &'static [String] {
    static KEYS: OnceLock<Vec<String>> = OnceLock::new();
    KEYS.get_or_init(|| {
        include_str!("state_keys.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|k| format!("\"{k}\""))
            .collect()
    })
}

/// The date of the page's first script-data publication key, when its value is a date.
pub fn candidates(doc: &Document, order: DayOrder, out: &mut Vec<Candidate>) {
    for script in doc.select("script").iter() {
        let kind = script.attr("type").unwrap_or_default().to_ascii_lowercase();
        if kind.contains("ld+json") || kind.contains("template") {
            continue;
        }
        if let Some((key, value)) = first_keyed_value(&script.text()) {
            if let Some(stamp) = parse_stamp_in(&value, order) {
                out.push(Candidate {
                    stamp,
                    place: Place::State { key },
                    role: Role::Published,
                });
            }
            return;
        }
    }
}

/// The earliest `"key": "value"` pair in `text` whose key is a publication key, with the
/// value's JSON escapes of `/` undone.
fn first_keyed_value(text: &str) -> Option<(String, String)> {
    let (at, key) = quoted_keys()
        .iter()
        .filter_map(|k| text.find(k.as_str()).map(|at| (at, k)))
        .min_by_key(|(at, _)| *at)?;
    let rest = text.get(at + key.len()..)?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let value = rest.get(..rest.find('"')?)?;
    // Values past a timestamp's length are prose or templates, not dates.
    if value.len() > 40 {
        return None;
    }
    Some((key.trim_matches('"').to_string(), value.replace("\\/", "/")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn found(html: &str) -> Vec<(NaiveDate, Place)> {
        let mut out = Vec::new();
        candidates(&Document::from(html), DayOrder::MonthFirst, &mut out);
        out.into_iter().map(|c| (c.stamp.date, c.place)).collect()
    }

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn the_first_publication_key_of_the_state_is_read() {
        let html = r#"<html><head><script type="application/json">
            {"publishedDate":"2016-11-04T20:37:27Z","related":[{"publishedDate":"2015-01-01"}]}
            </script></head><body></body></html>"#;
        let got = found(html);
        assert_eq!(got.len(), 1);
        assert_eq!(Some(got[0].0), d(2016, 11, 4));
        assert_eq!(
            got[0].1,
            Place::State {
                key: "publishedDate".into()
            }
        );
    }

    #[test]
    fn javascript_state_with_escaped_slashes() {
        let html = r#"<script>window.dataLayer = {"publish_date": "2020\/02\/24"};</script>"#;
        assert_eq!(found(html).first().map(|f| f.0), d(2020, 2, 24));
    }

    #[test]
    fn json_ld_templates_and_non_dates_are_not_read() {
        let ld = r#"<script type="application/ld+json">{"datePublished":"2020-01-01"}</script>"#;
        assert!(found(ld).is_empty());
        let template = r#"<script>{"published":"x","publishDate":"{{date}}"}</script>"#;
        assert!(found(template).is_empty());
        // A later script's date does not stand in for the first key's non-date.
        let two = r#"<script>{"publishDate":"dimension11"}</script>
            <script>{"publishDate":"2020-05-16"}</script>"#;
        assert!(found(two).is_empty());
    }
}
