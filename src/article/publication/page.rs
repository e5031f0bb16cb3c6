//! The publication date of a saved web page: every candidate gathered from its JSON-LD,
//! meta tags, URL, dated elements and script data, then weighed.

use super::candidate::{Candidate, Choice, weigh};
use super::order::DayOrder;
use super::{elements, jsonld, meta, state, title};
use dom_query::Document;

/// What a page says about its publication date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageDates {
    /// The chosen date and the others as suggestions.
    pub choice: Choice,
    /// Places that name a publication date which is not a real date: (where, value).
    pub bad: Vec<(String, String)>,
}

/// Finds and weighs every date of the page. Call it before the page's tree is changed.
pub fn find(doc: &Document) -> PageDates {
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut bad = Vec::new();
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        jsonld::candidates(&script.text(), &mut candidates, &mut bad);
    }
    let order = DayOrder::of_page(doc);
    meta::candidates(doc, order, &mut candidates, &mut bad);
    elements::candidates(doc, order, &mut candidates);
    state::candidates(doc, order, &mut candidates);
    title::candidates(doc, order, &mut candidates);
    PageDates {
        choice: weigh(&candidates),
        bad,
    }
}
