//! The order of day and month in a page's numeric dates (`02/10/2020`), from the language the
//! page declares: month first in American English, day first everywhere else.

use dom_query::Document;

/// Which number comes first in a numeric date whose first two numbers could both be a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DayOrder {
    /// `MM/DD/YYYY`, as in the United States; also when the page names no language.
    #[default]
    MonthFirst,
    /// `DD/MM/YYYY`, as in British English and nearly every other language.
    DayFirst,
}

/// Regions of English that write the month first.
const MONTH_FIRST_ENGLISH: &[&str] = &["", "us", "ph", "ca", "um", "as", "gu", "pr", "vi", "mh"];

impl DayOrder {
    /// The order a BCP 47 language tag (`en-GB`, `de`, `en_US`) writes; an empty or
    /// unreadable tag keeps the month first.
    pub fn of_language(tag: &str) -> Self {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        let primary = parts.next().unwrap_or_default();
        if primary.is_empty() || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
            return DayOrder::MonthFirst;
        }
        if primary != "en" {
            return DayOrder::DayFirst;
        }
        // The region is the first two-letter subtag after the language.
        let region = parts.find(|p| p.len() == 2).unwrap_or_default();
        if MONTH_FIRST_ENGLISH.contains(&region) {
            DayOrder::MonthFirst
        } else {
            DayOrder::DayFirst
        }
    }

    /// The order of a page: its `<html lang>` or `xml:lang`, else its `Content-Language` or
    /// `og:locale` meta tag.
    pub fn of_page(doc: &Document) -> Self {
        let html = doc.select("html");
        let declared = html
            .attr("lang")
            .or_else(|| html.attr("xml:lang"))
            .map(|t| t.to_string())
            .filter(|t| !t.trim().is_empty())
            .or_else(|| {
                doc.select(r#"meta[http-equiv="content-language"], meta[property="og:locale"]"#)
                    .attr("content")
                    .map(|t| t.to_string())
            });
        declared.map_or(DayOrder::MonthFirst, |t| Self::of_language(&t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_regions() {
        assert_eq!(DayOrder::of_language("en-US"), DayOrder::MonthFirst);
        assert_eq!(DayOrder::of_language("en"), DayOrder::MonthFirst);
        assert_eq!(DayOrder::of_language(""), DayOrder::MonthFirst);
        assert_eq!(DayOrder::of_language("en-GB"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_language("en_AU"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_language("en-Latn-IN"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_language("de-DE"), DayOrder::DayFirst);
        assert_eq!(DayOrder::of_language("fr"), DayOrder::DayFirst);
    }

    #[test]
    fn read_from_the_page() {
        let page = |html: &str| DayOrder::of_page(&Document::from(html));
        assert_eq!(
            page(r#"<html xml:lang="en-GB"><body></body></html>"#),
            DayOrder::DayFirst
        );
        assert_eq!(
            page(r#"<html lang="en-US"><body></body></html>"#),
            DayOrder::MonthFirst
        );
        assert_eq!(
            page(r#"<html><head><meta property="og:locale" content="pt_BR"></head></html>"#),
            DayOrder::DayFirst
        );
        assert_eq!(page("<html><body>x</body></html>"), DayOrder::MonthFirst);
    }
}
