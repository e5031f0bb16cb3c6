//! Which expression an edit belongs to, told so that it survives a re-read of the article:
//! the expression's text and byte offset in the article's text, and the words before it to
//! tell apart equal expressions close together.

use crate::pipeline::Document;
use crate::text::Span;
use serde::{Deserialize, Serialize};

/// Characters before an expression kept in its key to tell apart equal expressions.
pub const CONTEXT_CHARS: usize = 24;

/// How far (in bytes) an expression may have moved in a changed article and still be found
/// by its text.
pub const NEARBY_BYTES: usize = 4096;

/// The expression an edit applies to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExpressionKey {
    /// Byte offset of the expression in the article's text.
    pub start: usize,
    /// The expression as written.
    pub text: String,
    /// Up to [`CONTEXT_CHARS`] characters of text just before the expression.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub before: String,
}

/// Where a key's expression is in an article now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Located {
    /// The same text at the same offset: the event with this index.
    Exact(usize),
    /// The same text, moved: the one such event near the old offset (or the one with the
    /// same words before it).
    Moved(usize),
    /// No event with this text near the old offset, or several that cannot be told apart.
    Lost,
}

impl ExpressionKey {
    /// The key of the expression at `span` in `text`; `None` when `span` is not in `text`.
    pub fn of(text: &str, span: Span) -> Option<Self> {
        let expression = span.slice(text)?;
        let head = text.get(..span.start)?;
        let from = head
            .char_indices()
            .rev()
            .take(CONTEXT_CHARS)
            .last()
            .map_or(head.len(), |(i, _)| i);
        Some(Self {
            start: span.start,
            text: expression.to_string(),
            before: head.get(from..).unwrap_or("").to_string(),
        })
    }

    /// The key of event `index` of `doc`.
    pub fn for_event(doc: &Document, index: usize) -> Option<Self> {
        let event = doc.events.get(index)?;
        Self::of(&doc.article.text, event.timex.span)
    }

    /// True when the expression at `span` of `text` is this key's, at the same offset.
    pub fn is_at(&self, text: &str, span: Span) -> bool {
        span.start == self.start && span.slice(text) == Some(self.text.as_str())
    }

    /// The index of the event at exactly this key in `doc`, if any.
    pub fn exact(&self, doc: &Document) -> Option<usize> {
        let events = &doc.events;
        let first = events.partition_point(|e| e.timex.span.start < self.start);
        (first..events.len())
            .take_while(|&i| {
                events
                    .get(i)
                    .is_some_and(|e| e.timex.span.start == self.start)
            })
            .find(|&i| {
                events
                    .get(i)
                    .is_some_and(|e| self.is_at(&doc.article.text, e.timex.span))
            })
    }

    /// Finds this key's expression in `doc`, which may have changed since the key was made.
    pub fn locate(&self, doc: &Document) -> Located {
        if let Some(i) = self.exact(doc) {
            return Located::Exact(i);
        }
        let text = &doc.article.text;
        let near: Vec<usize> = doc
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.timex.span.start.abs_diff(self.start) <= NEARBY_BYTES)
            .filter(|(_, e)| e.timex.span.slice(text) == Some(self.text.as_str()))
            .map(|(i, _)| i)
            .collect();
        if let [only] = near.as_slice() {
            return Located::Moved(*only);
        }
        // Several: the one whose preceding words agree longest with the key's.
        let agreement = |i: usize| {
            doc.events
                .get(i)
                .and_then(|e| Self::of(text, e.timex.span))
                .map_or(0, |k| common_suffix_chars(&k.before, &self.before))
        };
        let mut ranked: Vec<(usize, usize)> = near.into_iter().map(|i| (agreement(i), i)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        match ranked.as_slice() {
            [(best, i), (second, _), ..] if best > second => Located::Moved(*i),
            _ => Located::Lost,
        }
    }
}

/// How many characters `a` and `b` share at their ends.
fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

impl std::fmt::Display for ExpressionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "“{}” at byte {}", self.text, self.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, ArticleFormat};

    fn doc(text: &str) -> Document {
        Document::new(Article::from_text(
            "a.txt",
            text.to_string(),
            ArticleFormat::Text,
        ))
    }

    #[test]
    fn a_key_holds_the_text_offset_and_the_words_before() {
        let d = doc("The council met on March 3, 2025 to vote.");
        let key = ExpressionKey::for_event(&d, 0).expect("event");
        assert_eq!(key.text, "March 3, 2025");
        assert_eq!(key.start, 19);
        assert_eq!(key.before, "The council met on ");
        assert_eq!(key.locate(&d), Located::Exact(0));
    }

    #[test]
    fn a_moved_expression_is_found_by_its_text_nearby() {
        let old = doc("The council met on March 3, 2025 to vote.");
        let key = ExpressionKey::for_event(&old, 0).expect("event");
        let new = doc("Update: the city council met on March 3, 2025 to vote.");
        assert_eq!(key.locate(&new), Located::Moved(0));
        let gone = doc("The council met in spring to vote.");
        assert_eq!(key.locate(&gone), Located::Lost);
    }

    #[test]
    fn equal_expressions_nearby_are_told_apart_by_the_words_before() {
        let old = doc("It met in 2019. It voted in 2019.");
        let key = ExpressionKey::for_event(&old, 1).expect("second");
        assert_eq!(key.before, "et in 2019. It voted in ");
        let new = doc("Then it met in 2019. Later it voted in 2019.");
        assert_eq!(key.locate(&new), Located::Moved(1));
        let once = doc("It met in 2019.");
        let key = ExpressionKey::for_event(&once, 0).expect("only");
        let ambiguous = doc("So we met in 2019. They met in 2019.");
        assert_eq!(
            key.locate(&ambiguous),
            Located::Lost,
            "a tie is not guessed"
        );
    }
}
