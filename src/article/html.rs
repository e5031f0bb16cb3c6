//! Saved news pages: the main article text, its title and its publication metadata.
//!
//! Nothing is fetched: remote images, scripts and links are ignored.

use super::nesting::{MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, bound_depth};
use super::publication::{DateSuggestion, Publication, page};
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

/// What a news page yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlArticle {
    /// The headline.
    pub title: Option<String>,
    /// The main article text (paragraphs separated by blank lines).
    pub text: String,
    /// The publication date found on the page, if a trustworthy one is there.
    pub publication: Option<Publication>,
    /// The other dates found on the page, as guesses.
    pub suggestions: Vec<DateSuggestion>,
    /// Whether the page describes itself with `<meta>` tags (a real page, not an empty shell).
    pub has_metadata: bool,
    /// Metadata that names a publication date which is not a real date: (where, value).
    pub bad_dates: Vec<(String, String)>,
    /// How the page was simplified before reading, when it was (deep nesting flattened, the
    /// readability pass skipped on a huge page).
    pub notes: Vec<String>,
}

/// Element work (the sum of element depths) above which the readability
/// pass is skipped and the page's block text read instead: that pass costs about a
/// microsecond per unit, and ordinary news pages need well under a million.
pub const READABILITY_WORK_LIMIT: u64 = 3_000_000;

/// The `charset` an HTML page declares in its first 4 KiB (`<meta charset>` or
/// `http-equiv` content type), lower-cased.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let rest = head.get(at..)?.trim_start_matches(['"', '\'', ' ']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Extracts the article from a page's HTML.
pub fn parse(html: &str) -> HtmlArticle {
    let bounded = bound_depth(html, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS);
    let mut notes = Vec::new();
    if bounded.flattened > 0 {
        notes.push(format!(
            "{} elements nested deeper than {MAX_HTML_DEPTH} levels or beyond the first \
             {MAX_HTML_ELEMENTS} were flattened (their text is kept)",
            bounded.flattened
        ));
    }
    let html = bounded.html.as_ref();
    let doc = Document::from(html);
    let dates = page::find(&doc);
    let head_title = doc.select("title").text().trim().to_string();
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let readable = if bounded.work > READABILITY_WORK_LIMIT {
        notes.push(
            "the page is too large for the main-text pass: all of its paragraph text was read"
                .to_string(),
        );
        None
    } else {
        Readability::new(html, None, Some(cfg))
            .ok()
            .and_then(|mut r| r.parse().ok())
    };
    let (title, text) = match readable {
        Some(article) if article.text_content.trim().len() > 80 => (
            Some(article.title.trim().to_string()),
            tidy(&article.text_content),
        ),
        _ => (None, fallback_text(&doc)),
    };
    let title = title
        .filter(|t| !t.is_empty())
        .or_else(|| (!head_title.is_empty()).then_some(head_title));
    HtmlArticle {
        title,
        text,
        publication: dates.choice.publication,
        suggestions: dates.choice.suggestions,
        bad_dates: dates.bad,
        has_metadata: doc.select("meta[content]").exists(),
        notes,
    }
}

/// The whole body text without scripts, styles and page furniture, for pages the
/// readability pass cannot make sense of.
fn fallback_text(doc: &Document) -> String {
    doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg")
        .remove();
    let mut out = String::new();
    // One walk in document order; a block's text is read whole and its descendants skipped,
    // so a block inside another block (`<li><p>…</p></li>`) is read once, with its parent.
    let mut next = doc.select("body").nodes().first().copied();
    let mut stack = Vec::new();
    while let Some(node) = next {
        let is_block = node.is_element()
            && node
                .node_name()
                .is_some_and(|n| FALLBACK_BLOCKS.contains(&n.to_ascii_lowercase().as_str()));
        if is_block {
            let t = node.text();
            let t = t.trim();
            if !t.is_empty() {
                out.push_str(t);
                out.push_str("\n\n");
            }
        }
        next = match node.first_child().filter(|_| !is_block) {
            Some(child) => {
                stack.push(node);
                Some(child)
            }
            None => next_in_order(node, &mut stack),
        };
    }
    if out.trim().is_empty() {
        out = doc.select("body").text().to_string();
    }
    tidy(&out)
}

/// Elements whose text the fallback reads as one block.
const FALLBACK_BLOCKS: &[&str] = &["h1", "h2", "h3", "p", "li", "blockquote", "pre", "td"];

/// The node after `node`'s subtree in document order: its next sibling, or the next
/// sibling of the nearest ancestor on `stack` that has one.
fn next_in_order<'a>(
    node: dom_query::NodeRef<'a>,
    stack: &mut Vec<dom_query::NodeRef<'a>>,
) -> Option<dom_query::NodeRef<'a>> {
    let mut current = node;
    loop {
        if stack.is_empty() {
            return None; // `current` is the root
        }
        if let Some(sibling) = current.next_sibling() {
            return Some(sibling);
        }
        current = stack.pop()?;
    }
}

/// Collapses runs of spaces in each line and runs of blank lines into one blank line.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::DateSource;
    use chrono::NaiveDate;

    const PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8"><title>Site | Ferry resumes</title>
<meta property="article:published_time" content="2025-03-02T08:00:00Z">
<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-03-03"}]}</script>
<script>var ad = "Buy now on Monday";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry service resumes</h1>
<p>The island ferry resumed sailing on Monday after a storm damaged the pier back in January. Engineers spent three weeks rebuilding the landing stage and checking the hull of the old vessel.</p>
<p>Officials said the timetable would return to normal next week, with extra sailings planned for the holiday weekend in April.</p>
</article><footer>Comments (3) · Subscribe</footer>
<img src="http://example.invalid/track.gif"></body></html>"#;

    #[test]
    fn main_text_without_furniture_and_json_ld_date_first() {
        let a = parse(PAGE);
        assert!(a.text.contains("resumed sailing on Monday"), "{}", a.text);
        assert!(a.text.contains("next week"));
        assert!(
            !a.text.contains("Buy now"),
            "scripts are dropped: {}",
            a.text
        );
        assert!(
            !a.text.contains("Subscribe"),
            "footer is dropped: {}",
            a.text
        );
        assert!(!a.text.contains("color:red"));
        let p = a.publication.expect("a date");
        assert_eq!(p.date, NaiveDate::from_ymd_opt(2025, 3, 3).expect("date"));
        assert_eq!(p.source, DateSource::JsonLd);
    }

    #[test]
    fn a_split_text_node_reads_as_the_whole_one() {
        let story = "Tom &amp; Jerry met on Monday &amp;\u{a0}again on Tuesday. ".repeat(200);
        let page = format!(
            "<html><body><nav>Home</nav><article><h1>Cats</h1><p>{story}</p></article></body></html>"
        );
        let bounded = bound_depth(&page, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS);
        assert!(bounded.html.contains("<!---->"));
        let cfg = || Config {
            text_mode: TextMode::Formatted,
            ..Config::default()
        };
        let whole = Readability::new(page.as_str(), None, Some(cfg()))
            .and_then(|mut r| r.parse())
            .expect("readable");
        assert_eq!(parse(&page).text, tidy(&whole.text_content));
        assert!(whole.text_content.contains("Tom & Jerry met on Monday &"));
    }

    #[test]
    fn meta_and_time_fallbacks() {
        let html = r#"<html><head><meta name="DC.date" content="2024-12-24"></head><body><p>Short.</p></body></html>"#;
        let p = parse(html).publication.expect("date");
        assert_eq!(
            p.source,
            DateSource::HtmlMeta {
                key: "dc.date".into()
            }
        );
        let html =
            r#"<html><body><time datetime="2023-05-06T10:00">May 6</time><p>Hi.</p></body></html>"#;
        assert_eq!(
            parse(html).publication.expect("date").date,
            NaiveDate::from_ymd_opt(2023, 5, 6).expect("d")
        );
    }

    #[test]
    fn an_impossible_metadata_date_is_reported_and_the_next_rule_used() {
        let html = r#"<html><head><meta property="article:published_time" content="2025-13-45">
<meta name="dc.date" content="2025-01-02"></head><body><p>Text.</p></body></html>"#;
        let a = parse(html);
        assert_eq!(
            a.bad_dates,
            vec![(
                "<meta article:published_time>".to_string(),
                "2025-13-45".to_string()
            )]
        );
        assert_eq!(
            a.publication.map(|p| p.date),
            NaiveDate::from_ymd_opt(2025, 1, 2)
        );
    }

    #[test]
    fn nested_blocks_are_read_once() {
        let a = parse(
            "<html><body><ul><li><p>Talks resume on Monday.</p></li></ul><blockquote><p>Quote on Friday.</p></blockquote></body></html>",
        );
        assert_eq!(a.text.matches("Monday").count(), 1, "{}", a.text);
        assert_eq!(a.text.matches("Friday").count(), 1, "{}", a.text);
    }

    #[test]
    fn charset_declaration_is_found() {
        assert_eq!(
            declared_charset(br#"<meta charset="ISO-8859-1">"#).as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#
            )
            .as_deref(),
            Some("windows-1252")
        );
        assert_eq!(declared_charset(b"<p>none</p>"), None);
    }

    #[test]
    fn malformed_html_still_yields_text() {
        let a = parse("<html><body><p>Unclosed <b>bold <i>text on Friday");
        assert!(a.text.contains("Friday"));
    }
}
