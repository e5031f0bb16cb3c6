//! Dated events: a resolved time expression with the sentence it came from and a label.

mod when;

pub use when::when_text;

use crate::temporal::Timex;
use crate::text::Span;

/// A dated mention in an article: when (the resolved expression), where (its sentence) and
/// a short label for the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The resolved time expression.
    pub timex: Timex,
    /// The sentence that holds the expression.
    pub sentence: Span,
    /// A short description for the timeline, taken from the sentence.
    pub label: String,
}

/// Longest label, in characters, before it is cut with an ellipsis.
pub const MAX_LABEL_CHARS: usize = 56;

impl Event {
    /// Builds the event for `timex`, finding its sentence among `sentences` (sorted spans of
    /// `text`).
    pub fn new(text: &str, sentences: &[Span], timex: Timex) -> Self {
        let sentence = sentence_of(sentences, timex.span);
        let label = label_for(text, sentence, timex.span);
        Self {
            timex,
            sentence,
            label,
        }
    }
}

/// The sentence containing `span`, or the span itself when no sentence contains it.
pub fn sentence_of(sentences: &[Span], span: Span) -> Span {
    let index = sentences.partition_point(|s| s.end <= span.start);
    sentences
        .get(index)
        .filter(|s| s.start <= span.start)
        .map_or(span, |s| Span::new(s.start, s.end.max(span.end)))
}

/// Words that only glue the time expression to the sentence; dropped at the label's edges.
const EDGE_WORDS: &[&str] = &[
    "in", "on", "at", "since", "by", "during", "back", "of", "and", "but", "as", "that", "until",
    "from", "for", "over", "before", "after", "earlier", "later", "this", "last", "next",
];

/// A short label: the sentence without the time expression (and the preposition that tied
/// it in), white space collapsed, glue words trimmed from the edges, cut at a word boundary.
pub fn label_for(text: &str, sentence: Span, expression: Span) -> String {
    let before = text
        .get(sentence.start..expression.start.max(sentence.start))
        .unwrap_or("");
    let after = text
        .get(expression.end.min(sentence.end)..sentence.end)
        .unwrap_or("");
    let is_glue = |w: &str| {
        let bare = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        bare.is_empty() || EDGE_WORDS.contains(&bare.as_str())
    };
    let mut head: Vec<&str> = before.split_whitespace().collect();
    while head
        .last()
        .is_some_and(|w| is_glue(w) && !w.ends_with([',', ';', ':']))
    {
        head.pop();
    }
    let mut tail: Vec<&str> = after.split_whitespace().collect();
    // Punctuation right after the expression belongs to it ("on Monday, the…").
    if let Some(first) = tail.first_mut() {
        *first = first.trim_start_matches([',', ';', ':', '.', ')', '”', '"']);
    }
    tail.retain(|w| !w.is_empty());
    let mut words: Vec<&str> = head.into_iter().chain(tail).collect();
    while words.first().is_some_and(|w| is_glue(w)) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| is_glue(w)) {
        words.pop();
    }
    let mut label = String::new();
    for word in words {
        let extra = usize::from(!label.is_empty());
        if label.chars().count() + extra + word.chars().count() > MAX_LABEL_CHARS {
            label.push('…');
            break;
        }
        if extra == 1 {
            label.push(' ');
        }
        label.push_str(word);
    }
    let label = label.trim_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '—' | '-' | '“' | '"') || c.is_whitespace()
    });
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text
            .get(expression.start..expression.end)
            .unwrap_or("")
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_drops_the_expression_and_glue_words() {
        let text = "Back in August the Times reported that Trump signed a directive.";
        let expr = Span::new(0, 14);
        let label = label_for(text, Span::new(0, text.len()), expr);
        assert_eq!(label, "The Times reported that Trump signed a directive.");
    }

    #[test]
    fn label_drops_the_preposition_that_tied_the_expression_in() {
        let text = "The bridge was shut completely on September 12, 2025, after the test showed the crack.";
        let start = text.find("September").expect("in text");
        let expr = Span::new(start, start + "September 12, 2025".len());
        let label = label_for(text, Span::new(0, text.len()), expr);
        assert_eq!(
            label,
            "The bridge was shut completely after the test showed the…"
        );
        let text = "Trouble began back in August, when an inspector noticed a crack.";
        let start = text.find("August").expect("in text");
        let label = label_for(text, Span::new(0, text.len()), Span::new(start, start + 6));
        assert_eq!(label, "Trouble began when an inspector noticed a crack.");
    }

    #[test]
    fn long_labels_are_cut_at_a_word() {
        let text = "On Monday the committee of the national assembly voted overwhelmingly to approve the long awaited budget.";
        let label = label_for(text, Span::new(0, text.len()), Span::new(3, 9));
        assert!(label.chars().count() <= MAX_LABEL_CHARS + 1);
        assert!(label.ends_with('…'));
        assert!(label.starts_with("The committee"));
    }

    #[test]
    fn sentence_lookup_finds_the_containing_sentence() {
        let sentences = [Span::new(0, 10), Span::new(11, 30), Span::new(31, 40)];
        assert_eq!(
            sentence_of(&sentences, Span::new(15, 20)),
            Span::new(11, 30)
        );
        assert_eq!(sentence_of(&sentences, Span::new(0, 3)), Span::new(0, 10));
    }
}
