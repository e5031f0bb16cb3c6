//! Dates in a page's JSON-LD blocks, read as leniently as search engines read them: raw
//! newlines in strings, `//` and `/* */` comments, HTML comment wrappers and trailing commas
//! are tolerated; `@graph`, arrays and nested objects are searched.

use super::candidate::{Candidate, Place, Role};
use super::parse::parse_stamp;
use serde_json::Value;

/// The dates of one JSON-LD block. Values that name a publication date but are no date are
/// added to `bad`.
pub fn candidates(raw: &str, out: &mut Vec<Candidate>, bad: &mut Vec<(String, String)>) {
    let Some(json) = lenient_json(raw) else {
        return;
    };
    let mut seen_article = out
        .iter()
        .any(|c| c.place == Place::JsonLd { article: true });
    walk(&json, &mut seen_article, out, bad);
}

/// Parses `raw` strictly, then once more with comments, control characters in strings and
/// trailing commas mended.
fn lenient_json(raw: &str) -> Option<Value> {
    let raw = raw.trim();
    if let Ok(json) = serde_json::from_str(raw) {
        return Some(json);
    }
    // Mended, and read value by value: a stray closing brace or a second object after the
    // first does not lose the first.
    let mended = mend(raw);
    let values: Vec<Value> = serde_json::Deserializer::from_str(&mended)
        .into_iter::<Value>()
        .map_while(Result::ok)
        .collect();
    match values.len() {
        0 => None,
        1 => values.into_iter().next(),
        _ => Some(Value::Array(values)),
    }
}

/// `raw` with comments dropped, control characters inside strings made spaces and commas
/// before a closing bracket dropped.
fn mend(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some(next) = chars.next() {
                        out.push(next);
                    }
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        break;
                    }
                }
            }
            ('/', Some('*')) => {
                let mut last = ' ';
                for skipped in chars.by_ref() {
                    if last == '*' && skipped == '/' {
                        break;
                    }
                    last = skipped;
                }
            }
            ('}' | ']', _) => {
                let trimmed = out.trim_end().len();
                if out.get(..trimmed).is_some_and(|s| s.ends_with(',')) {
                    out.truncate(trimmed - 1);
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    let out = out.trim();
    let out = out.strip_prefix("<!--").unwrap_or(out);
    let out = out.strip_suffix("-->").unwrap_or(out);
    out.trim().to_string()
}

/// Keys that hold a date of the object, with what they mean.
const DATE_KEYS: [(&str, Role); 4] = [
    ("datePublished", Role::Published),
    ("dateCreated", Role::Published),
    ("uploadDate", Role::Published),
    ("dateModified", Role::Modified),
];

fn walk(
    json: &Value,
    seen_article: &mut bool,
    out: &mut Vec<Candidate>,
    bad: &mut Vec<(String, String)>,
) {
    match json {
        Value::Object(map) => {
            let article = map.get("@type").is_some_and(is_article_type);
            let first_article = article && !*seen_article;
            for (key, role) in DATE_KEYS {
                let Some(raw) = map.get(key).and_then(Value::as_str) else {
                    continue;
                };
                match parse_stamp(raw) {
                    Some(stamp) => out.push(Candidate {
                        stamp,
                        place: Place::JsonLd {
                            article: first_article,
                        },
                        role,
                    }),
                    None if role == Role::Published && !raw.trim().is_empty() => {
                        bad.push((format!("JSON-LD {key}"), raw.to_string()));
                    }
                    None => {}
                }
            }
            *seen_article |= first_article && map.contains_key("datePublished");
            for value in map.values() {
                walk(value, seen_article, out, bad);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, seen_article, out, bad);
            }
        }
        _ => {}
    }
}

/// `NewsArticle`, `BlogPosting`, `Report`, … (any `…Article`, `…Posting`), alone or in a list.
fn is_article_type(t: &Value) -> bool {
    match t {
        Value::String(s) => {
            let s = s.rsplit(['/', ':']).next().unwrap_or(s);
            s.ends_with("Article") || s.ends_with("Posting") || s == "Report"
        }
        Value::Array(items) => items.iter().any(is_article_type),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn dates(raw: &str) -> Vec<(NaiveDate, Place, Role)> {
        let mut out = Vec::new();
        candidates(raw, &mut out, &mut Vec::new());
        out.into_iter()
            .map(|c| (c.stamp.date, c.place, c.role))
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn graph_with_a_web_page_and_a_news_article() {
        let raw = r#"{"@graph":[{"@type":"WebPage","datePublished":"2021-01-01"},
            {"@type":"NewsArticle","datePublished":"2021-05-04T10:00:00+02:00","dateModified":"2021-05-06"}]}"#;
        assert_eq!(
            dates(raw),
            vec![
                (
                    d(2021, 1, 1),
                    Place::JsonLd { article: false },
                    Role::Published
                ),
                (
                    d(2021, 5, 4),
                    Place::JsonLd { article: true },
                    Role::Published
                ),
                (
                    d(2021, 5, 6),
                    Place::JsonLd { article: true },
                    Role::Modified
                ),
            ]
        );
    }

    #[test]
    fn raw_newlines_comments_and_trailing_commas_are_tolerated() {
        let raw = "<!--\n{\"@type\": [\"BlogPosting\"], // the post\n \"headline\": \"Two\nlines\",\n /* date */ \"datePublished\": \"2019-05-02\",\n}\n-->";
        assert_eq!(
            dates(raw),
            vec![(
                d(2019, 5, 2),
                Place::JsonLd { article: true },
                Role::Published
            )]
        );
    }

    #[test]
    fn a_stray_closing_brace_after_the_object_is_ignored() {
        let raw = "{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-10-26T18:10:00+01:00\"}\n}";
        assert_eq!(dates(raw).len(), 1);
    }

    #[test]
    fn a_url_inside_a_string_is_not_a_comment() {
        let raw = "{\"@type\":\"NewsArticle\",\"url\":\"https://x.example/a\",\n\"datePublished\":\"2020-02-03\",}";
        assert_eq!(dates(raw).len(), 1);
    }

    #[test]
    fn an_impossible_date_is_reported() {
        let mut bad = Vec::new();
        candidates(
            r#"{"datePublished":"2020-02-31"}"#,
            &mut Vec::new(),
            &mut bad,
        );
        assert_eq!(
            bad,
            vec![(
                "JSON-LD datePublished".to_string(),
                "2020-02-31".to_string()
            )]
        );
    }
}
