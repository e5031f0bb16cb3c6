//! Dated events: a resolved time expression with the sentence it came from and a label.

pub mod anchor;
mod build;
mod class;
pub mod corpus;
pub mod dataset;
pub mod datelines;
pub mod labels;
pub mod merge;
pub mod train;
pub mod triggers;
mod when;

pub use build::{EventBuilder, Trigger, events_for};
pub use class::EventClass;

pub use when::when_text;

use crate::temporal::Timex;
use crate::text::{SharedStr, Span};

/// A dated mention in an article: when (the resolved expression), where (its sentence) and
/// a short label for the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The resolved time expression.
    pub timex: Timex,
    /// The sentence that holds the expression.
    pub sentence: Span,
    /// A short description for the timeline, taken from the sentence (shared by the equal
    /// labels of one article).
    pub label: SharedStr,
    /// The word that says what happened, when the sentence has one.
    pub trigger: Option<Trigger>,
    /// What the analyst changed on it, once a [`crate::curation::Curation`] is applied.
    pub curated: Option<Box<crate::curation::Curated>>,
}

/// Longest label, in characters, before it is cut with an ellipsis.
pub const MAX_LABEL_CHARS: usize = 56;

impl Event {
    /// Builds the event for `timex` without a trigger, finding its sentence among
    /// `sentences` (sorted spans of `text`); its label is taken from the sentence.
    pub fn new(text: &str, sentences: &[Span], timex: Timex) -> Self {
        let sentence = sentence_of(sentences, timex.span);
        let label = label_for(text, sentence, timex.span).into();
        Self {
            timex,
            sentence,
            label,
            trigger: None,
            curated: None,
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

/// Words that only tie a leading time expression to the sentence ("Back in August, …").
const LEADING_GLUE: &[&str] = &[
    "in", "on", "at", "since", "by", "during", "back", "of", "until", "from", "for", "over",
    "before", "after", "early", "late", "as", "and", "but", "then", "so",
];

/// The longest lead before an expression that can still be glue ("And then, back in").
const MAX_GLUE_BYTES: usize = 256;

/// Words that open a new clause: a label for an expression deep in a long sentence starts at
/// the clause that holds it.
const CLAUSE_OPENERS: &[&str] = &[
    " and ",
    " but ",
    " when ",
    " while ",
    " because ",
    " which ",
    " who ",
];

/// A short label from the sentence that holds the expression.
///
/// A sentence that opens with the expression ("Two days later, the council approved…") is
/// labelled by what follows it ("The council approved…"). Otherwise the label is the sentence
/// itself, or, when the expression lies beyond the label's length, the clause that holds the
/// expression ("…last underwent major work in 2009, when its deck…"). Labels are cut at a
/// word with an ellipsis; the sentence's words are never rearranged.
pub fn label_for(text: &str, sentence: Span, expression: Span) -> String {
    let sentence_text = text.get(sentence.start..sentence.end).unwrap_or("");
    let (Some(rel_start), Some(rel_end)) = (
        expression
            .start
            .checked_sub(sentence.start)
            .filter(|&s| s <= sentence_text.len()),
        expression
            .end
            .checked_sub(sentence.start)
            .filter(|&e| e <= sentence_text.len()),
    ) else {
        return text
            .get(expression.start..expression.end)
            .unwrap_or("")
            .to_string();
    };
    let before = sentence_text.get(..rel_start).unwrap_or("");
    let after = sentence_text.get(rel_end..).unwrap_or("");
    // Glue is a few short words: a longer lead (a run of punctuation) is no glue, and is
    // not read again for every expression after it.
    let leads = before.len() <= MAX_GLUE_BYTES
        && before.split_whitespace().all(|w| {
            let bare = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            bare.is_empty() || LEADING_GLUE.contains(&bare.as_str())
        });
    let possessive = after.starts_with("'s") || after.starts_with("’s");
    let rest = after.trim_start_matches(|c: char| {
        matches!(c, ',' | ';' | ':' | '—' | '–' | '-') || c.is_whitespace()
    });
    if leads && !possessive && rest.chars().filter(|c| c.is_alphanumeric()).take(3).count() >= 3 {
        let quote = before
            .trim_start()
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '“' | '\'' | '‘'));
        return quote.map_or(String::new(), String::from) + &capitalize(&cut(rest));
    }
    if sentence_text
        .get(..rel_end)
        .map_or(0, |s| s.chars().take(MAX_LABEL_CHARS + 1).count())
        <= MAX_LABEL_CHARS
    {
        return cut(sentence_text);
    }
    // Start at the earliest clause boundary that still shows the expression.
    let fits = |start: usize| {
        sentence_text
            .get(start..rel_end)
            .map_or(0, |s| s.chars().take(MAX_LABEL_CHARS).count())
            < MAX_LABEL_CHARS
    };
    // No start farther back than this can fit (a char is at most 4 bytes): only this tail
    // of the sentence is searched, so a long sentence costs the same for each expression.
    let window = label_window(before, rel_end);
    let mut starts: Vec<usize> = before[window..]
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ';' | ':' | '—' | '('))
        .map(|(i, c)| window + i + c.len_utf8())
        .chain(CLAUSE_OPENERS.iter().flat_map(|o| {
            before[window..]
                .match_indices(o)
                .map(|(i, _)| window + i + 1)
        }))
        .collect();
    starts.sort_unstable();
    let start = starts.into_iter().find(|&s| fits(s)).unwrap_or_else(|| {
        // No boundary close enough: a few words before the expression.
        before[window..]
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, _)| window + i + 1)
            .rev()
            .nth(3)
            .unwrap_or(window)
    });
    let clause = sentence_text.get(start..).unwrap_or("").trim_start();
    format!("…{}", cut(clause))
}

/// The byte offset in `before` (the sentence up to an expression ending at `rel_end`) from
/// which a label can still show the expression: [`MAX_LABEL_CHARS`] characters take at
/// most four times as many bytes. On a char boundary; 0 in any sentence of ordinary length.
fn label_window(before: &str, rel_end: usize) -> usize {
    let mut at = rel_end
        .saturating_sub(4 * MAX_LABEL_CHARS)
        .min(before.len());
    while !before.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` with white space collapsed, cut at a word boundary to [`MAX_LABEL_CHARS`].
fn cut(text: &str) -> String {
    let mut label = String::new();
    for word in text.split_whitespace() {
        let extra = usize::from(!label.is_empty());
        if label.chars().count() + extra + word.chars().take(MAX_LABEL_CHARS + 1).count()
            > MAX_LABEL_CHARS
        {
            let trimmed = label.trim_end_matches([',', ';', ':', '—', '-']).len();
            label.truncate(trimmed);
            label.push('…');
            return label;
        }
        if extra == 1 {
            label.push(' ');
        }
        label.push_str(word);
    }
    label
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str, expression: &str) -> String {
        let start = text.find(expression).expect("expression in text");
        label_for(
            text,
            Span::new(0, text.len()),
            Span::new(start, start + expression.len()),
        )
    }

    #[test]
    fn a_leading_expression_gives_way_to_what_follows() {
        assert_eq!(
            label(
                "Back in August the Times reported that Trump signed a directive.",
                "August"
            ),
            "The Times reported that Trump signed a directive."
        );
        assert_eq!(
            label(
                "Two days later, the city council approved an emergency contract.",
                "Two days later"
            ),
            "The city council approved an emergency contract."
        );
        assert_eq!(
            label(
                "In recent weeks, residents packed meetings.",
                "recent weeks"
            ),
            "Residents packed meetings."
        );
    }

    #[test]
    fn mid_sentence_expressions_keep_the_sentence_intact() {
        assert_eq!(
            label(
                "The bridge was shut completely on September 12, 2025, after the test.",
                "September 12, 2025"
            ),
            "The bridge was shut completely on September 12, 2025…"
        );
        assert_eq!(
            label("Tonight I get to sleep in.", "Tonight"),
            "I get to sleep in."
        );
        assert_eq!(
            label("“Tonight I get to sleep in.”", "Tonight"),
            "“I get to sleep in.”"
        );
        assert_eq!(
            label(
                "\"We lost the lunch crowd for two months,\" said Omar.",
                "two months"
            ),
            "\"We lost the lunch crowd for two months,\" said Omar."
        );
        assert_eq!(
            label(
                "The school board approved next year's budget on Tuesday.",
                "next year"
            ),
            "The school board approved next year's budget on Tuesday."
        );
        assert_eq!(
            label("Next year's budget passed.", "Next year"),
            "Next year's budget passed."
        );
    }

    #[test]
    fn a_late_expression_is_shown_in_its_clause() {
        let text = "The bridge has a troubled history and engineers say it was built in 1968 and last underwent major work in 2009, when its deck was replaced.";
        let l = label(text, "2009");
        assert!(l.starts_with('…') && l.contains("2009"), "{l}");
        assert!(l.chars().count() <= MAX_LABEL_CHARS + 2, "{l}");
        let l = label(text, "1968");
        assert!(l.contains("1968"), "{l}");
    }

    #[test]
    fn long_labels_are_cut_at_a_word() {
        let text = "On Monday the committee of the national assembly voted overwhelmingly to approve the long awaited budget.";
        let l = label(text, "Monday");
        assert!(l.chars().count() <= MAX_LABEL_CHARS + 1);
        assert!(l.ends_with('…'));
        assert!(l.starts_with("The committee"), "{l}");
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
