//! Scraper output: one JSON object, an array of objects, or JSON Lines.

use super::publication::{DateSource, Publication, parse_date};

/// One article found in a JSON file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonArticle {
    /// 1-based position of the item in the file.
    pub item: usize,
    /// `title` / `headline`.
    pub title: Option<String>,
    /// `text` / `maintext` / `content` / `body` / `articleBody`.
    pub text: String,
    /// `url`, if present.
    pub url: Option<String>,
    /// Publication date from the first date field that parses.
    pub publication: Option<Publication>,
    /// Date fields present whose value is not a real date.
    pub bad_dates: Vec<(String, String)>,
}

const TEXT_FIELDS: &[&str] = &[
    "text",
    "maintext",
    "content",
    "body",
    "articleBody",
    "article",
    "full_text",
];
const TITLE_FIELDS: &[&str] = &["title", "headline", "name"];
const DATE_FIELDS: &[&str] = &[
    "date_publish",
    "datePublished",
    "published",
    "published_at",
    "publishedAt",
    "publish_date",
    "pubdate",
    "date",
    "created_at",
];

/// Parses JSON or JSON Lines into articles, with a reason for each item that had to be
/// skipped (not an object, no text). Fails, with a human-readable reason, only when the file
/// is not JSON or no item is usable.
pub fn parse(text: &str) -> Result<(Vec<JsonArticle>, Vec<String>), String> {
    let mut skipped = Vec::new();
    let values: Vec<(usize, serde_json::Value)> =
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Array(items)) => (1..).zip(items).collect(),
            Ok(value) => vec![(1, value)],
            Err(whole_err) => {
                let items = json_lines(text, &mut skipped);
                if items.is_empty() {
                    return Err(format!("not valid JSON: {whole_err}"));
                }
                items
            }
        };
    let mut out = Vec::new();
    for (item, value) in &values {
        let serde_json::Value::Object(map) = value else {
            skipped.push(format!(
                "item {} is not an object with article fields",
                item
            ));
            continue;
        };
        let field = |names: &[&str]| {
            names.iter().find_map(|n| {
                map.get(*n)
                    .and_then(|v| v.as_str())
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
            })
        };
        let Some(body) = field(TEXT_FIELDS) else {
            skipped.push(format!(
                "item {} has no article text (expected one of the fields {})",
                item,
                TEXT_FIELDS.join(", ")
            ));
            continue;
        };
        let mut bad_dates = Vec::new();
        let mut publication = None;
        for name in DATE_FIELDS {
            let Some(raw) = map.get(*name).and_then(|v| v.as_str()) else {
                continue;
            };
            match parse_date(raw) {
                Some(date) => {
                    publication = Some(Publication {
                        date,
                        source: DateSource::JsonField {
                            field: (*name).to_string(),
                        },
                    });
                    break;
                }
                None => bad_dates.push(((*name).to_string(), raw.to_string())),
            }
        }
        out.push(JsonArticle {
            item: *item,
            title: field(TITLE_FIELDS).map(str::to_string),
            text: body.to_string(),
            url: field(&["url", "link", "source_url"]).map(str::to_string),
            publication,
            bad_dates,
        });
    }
    if out.is_empty() {
        return Err(skipped
            .into_iter()
            .next()
            .unwrap_or_else(|| "no articles in the file".to_string()));
    }
    Ok((out, skipped))
}

/// The values of a JSON Lines file, each with its 1-based line number. A line that is not
/// JSON is skipped with a reason ("line 2: not valid JSON: …"); the others still load.
fn json_lines(text: &str, skipped: &mut Vec<String>) -> Vec<(usize, serde_json::Value)> {
    let mut items = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(line) {
            Ok(value) => items.push((index + 1, value)),
            Err(e) => skipped.push(format!("line {}: not valid JSON: {e}", index + 1)),
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn single_object_array_and_lines() {
        let one =
            r#"{"title":"A","maintext":"Body on Monday.","date_publish":"2025-11-04 10:00:00"}"#;
        let (a, _) = parse(one).expect("one");
        assert_eq!(a.len(), 1);
        assert_eq!(
            a[0].publication.as_ref().map(|p| p.date),
            NaiveDate::from_ymd_opt(2025, 11, 4)
        );
        let arr = r#"[{"headline":"A","content":"x"},{"title":"B","text":"y","datePublished":"2024-01-02"}]"#;
        assert_eq!(parse(arr).expect("array").0.len(), 2);
        let lines = "{\"title\":\"A\",\"text\":\"x\"}\n\n{\"title\":\"B\",\"text\":\"y\"}\n";
        assert_eq!(parse(lines).expect("jsonl").0.len(), 2);
    }

    #[test]
    fn wrong_shapes_are_reasons_not_panics() {
        assert!(
            parse("[1,2]")
                .expect_err("numbers")
                .contains("not an object")
        );
        assert!(
            parse(r#"{"title":"no text"}"#)
                .expect_err("no text")
                .contains("no article text")
        );
        assert!(parse("{oops").is_err());
        assert!(parse("[]").is_err());
    }

    #[test]
    fn one_bad_item_is_skipped_with_a_reason_not_the_whole_file() {
        let (a, skipped) =
            parse("{\"text\":\"x\"}\n{\"title\":\"no text\"}\n[1]\n{\"text\":\"y\"}")
                .expect("parses");
        assert_eq!(a.iter().map(|i| i.item).collect::<Vec<_>>(), [1, 4]);
        assert_eq!(skipped.len(), 2);
        assert!(skipped[0].starts_with("item 2 has no article text"));
    }

    #[test]
    fn a_bad_json_line_is_skipped_and_the_others_load() {
        let (a, skipped) =
            parse("{\"text\":\"one\"}\n{\"text\": oops}\n{\"text\":\"three\"}\n").expect("parses");
        assert_eq!(a.iter().map(|i| i.item).collect::<Vec<_>>(), [1, 3]);
        assert_eq!(skipped.len(), 1);
        assert!(
            skipped[0].starts_with("line 2: not valid JSON"),
            "{skipped:?}"
        );
    }

    #[test]
    fn impossible_dates_are_reported_and_skipped() {
        let (a, _) =
            parse(r#"{"text":"x","published":"2025-13-45","date":"2025-02-03"}"#).expect("parses");
        assert_eq!(
            a[0].bad_dates,
            vec![("published".to_string(), "2025-13-45".to_string())]
        );
        assert_eq!(
            a[0].publication.as_ref().map(|p| p.date),
            NaiveDate::from_ymd_opt(2025, 2, 3)
        );
    }
}
