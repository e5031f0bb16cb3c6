//! One happening across many articles: events from different articles that fall on the same
//! day (or overlapping intervals at the same granularity) and say the same thing (the same
//! trigger lemma, or labels sharing enough content words) become one item with N sources.

use super::Event;
use crate::pipeline::Document;
use chrono::NaiveDate;
use std::collections::HashSet;

/// Share of content words two labels must have in common (of the shorter label's content
/// words) to name the same happening.
pub const LABEL_OVERLAP: f64 = 0.5;

/// Words that carry no content for comparing labels.
const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "it", "its",
    "that", "this", "after", "before", "again", "s",
];

/// An event of one loaded article: (document index, event index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceRef {
    /// Index of the article.
    pub doc: usize,
    /// Index of the event in the article.
    pub event: usize,
}

/// How events are merged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeOptions {
    /// Merging off: every event stands alone.
    pub disabled: bool,
    /// Events the user split off a merge: they always stand alone.
    pub split: HashSet<SourceRef>,
}

/// One item of the timeline: a happening and every source that reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The sources, newest publication first (ties: article order).
    pub sources: Vec<SourceRef>,
}

impl Merged {
    /// "N sources" when more than one article reports it.
    pub fn sources_text(&self) -> Option<String> {
        (self.sources.len() > 1).then(|| format!("{} sources", self.sources.len()))
    }
}

/// Groups the dated events of `docs` into happenings. An event joins the first group that
/// has no event of its article and whose first event it matches.
pub fn merge(docs: &[Document], options: &MergeOptions) -> Vec<Merged> {
    let mut groups: Vec<Vec<SourceRef>> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (e, event) in doc.events.iter().enumerate() {
            let me = SourceRef { doc: d, event: e };
            let joinable = !options.disabled && !options.split.contains(&me);
            let home = groups.iter_mut().find(|g| {
                joinable
                    && g.iter().all(|s| s.doc != d && !options.split.contains(s))
                    && g.first().and_then(|s| event_of(docs, *s)).is_some_and(
                        |(first_doc, first)| same_happening(first_doc, first, doc, event),
                    )
            });
            match home {
                Some(g) => g.push(me),
                None => groups.push(vec![me]),
            }
        }
    }
    groups
        .into_iter()
        .map(|mut sources| {
            sources.sort_by_key(|s| (std::cmp::Reverse(published(docs, *s)), *s));
            Merged { sources }
        })
        .collect()
}

fn event_of(docs: &[Document], s: SourceRef) -> Option<(&Document, &Event)> {
    let doc = docs.get(s.doc)?;
    Some((doc, doc.events.get(s.event)?))
}

fn published(docs: &[Document], s: SourceRef) -> Option<NaiveDate> {
    docs.get(s.doc).and_then(Document::dct)
}

/// Whether two events report the same happening: same time and same event.
pub fn same_happening(da: &Document, a: &Event, db: &Document, b: &Event) -> bool {
    same_time(a, b) && same_event(da, a, db, b)
}

/// The same resolved day, or overlapping intervals at the same granularity.
fn same_time(a: &Event, b: &Event) -> bool {
    match (a.timex.interval, b.timex.interval) {
        (Some(x), Some(y)) => {
            x.granularity() == y.granularity() && x.begin() < y.until() && y.begin() < x.until()
        }
        _ => false,
    }
}

/// The same trigger lemma, or labels that share enough content words.
fn same_event(da: &Document, a: &Event, db: &Document, b: &Event) -> bool {
    let lemma = |d: &Document, e: &Event| {
        e.trigger
            .map(|t| super::triggers::stem(&d.slice(t.span).to_lowercase()).to_string())
    };
    if let (Some(x), Some(y)) = (lemma(da, a), lemma(db, b))
        && x == y
    {
        return true;
    }
    label_overlap(&a.label, &b.label) >= LABEL_OVERLAP
}

/// Shared content words over the content words of the shorter label.
pub fn label_overlap(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> HashSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| !w.is_empty() && !STOP.contains(&w.as_str()))
            .collect()
    };
    let (x, y) = (words(a), words(b));
    let shorter = x.len().min(y.len());
    if shorter == 0 {
        return 0.0;
    }
    x.intersection(&y).count() as f64 / shorter as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_overlap_counts_content_words() {
        assert!(label_overlap("The council approved the budget", "Council approved budget") > 0.99);
        assert!(
            label_overlap(
                "The council approved the budget",
                "A fire destroyed a warehouse"
            ) < 0.01
        );
        assert_eq!(label_overlap("the", "a"), 0.0);
    }
}
