//! "Who did what" labels: the subject, negation or modal, the trigger and its object or
//! complement, taken from the trigger's clause in the sentence's own order and form. The time
//! expression, attribution ("…, officials said") and clauses that are not needed are left
//! out.

use super::triggers::Word;
use crate::text::Span;

/// Most words in a label.
pub const MAX_WORDS: usize = 12;
/// Fewest words a label aims for (a shorter clause gives a shorter label).
pub const MIN_WORDS: usize = 3;

/// Words that open a new clause to the right of the trigger.
const CLAUSE_OPENERS: &[&str] = &[
    "when",
    "while",
    "because",
    "which",
    "who",
    "whom",
    "whose",
    "although",
    "though",
    "since",
    "whereas",
    "if",
    "unless",
    "after",
    "before",
    "as",
    "where",
    "but",
    "according",
];

/// Words a label does not end on.
const DANGLING: &[&str] = &[
    "to", "of", "the", "a", "an", "and", "or", "but", "in", "on", "at", "for", "by", "with",
    "from", "that", "its", "their", "his", "her", "as", "than", "into", "about",
];

/// The label for `trigger` (a word index) in a sentence of `words`; the words of `timex` are
/// left out.
pub fn label(text: &str, words: &[Word<'_>], trigger: usize, timex: Span) -> String {
    let keep = |i: usize| {
        words.get(i).is_some_and(|w| {
            !(w.span.start < timex.end && timex.start < w.span.end) && is_label_word(w)
        })
    };
    let left = subject_start(words, trigger);
    let mut chosen: Vec<usize> = left.into_iter().filter(|&i| keep(i)).collect();
    if keep(trigger) || chosen.is_empty() {
        chosen.push(trigger);
    }
    let right = complement_end(words, trigger, timex);
    for i in trigger + 1..right {
        if chosen.len() >= MAX_WORDS {
            break;
        }
        if keep(i) && !is_before_timex(words, i, timex) {
            chosen.push(i);
        }
    }
    trim_dangling(words, &mut chosen, trigger);
    if chosen.len() < MIN_WORDS {
        widen(words, &mut chosen, trigger, &keep);
    }
    chosen.sort_unstable();
    chosen.dedup();
    render(text, words, &chosen)
}

/// Word indices of the trigger's subject and the auxiliaries, negation and modals before it.
fn subject_start(words: &[Word<'_>], trigger: usize) -> Vec<usize> {
    let mut i = trigger;
    // Auxiliaries, modals, negation and adverbs right before the trigger.
    while i > 0 && words.get(i - 1).is_some_and(is_verb_group) {
        i -= 1;
    }
    let verb_group: Vec<usize> = (i..trigger).collect();
    let mut j = i;
    // A coordinated verb ("…approved the plan and rejected…") shares the first verb's subject.
    if j > 0
        && words.get(j - 1).is_some_and(|w| w.tag == "CC")
        && let Some(verb) = (0..j - 1)
            .rev()
            .take_while(|&k| words.get(k).is_some_and(|w| !is_boundary(w)))
            .find(|&k| words.get(k).is_some_and(|w| w.tag.starts_with("VB")))
    {
        let mut v = verb;
        while v > 0 && words.get(v - 1).is_some_and(is_verb_group) {
            v -= 1;
        }
        let np = noun_phrase_before(words, v);
        return np.chain(verb_group).collect();
    }
    let np = noun_phrase_before(words, j);
    j = np.start;
    (j..i).chain(verb_group).collect()
}

/// The noun phrase that ends right before word `end` (possibly empty).
fn noun_phrase_before(words: &[Word<'_>], end: usize) -> std::ops::Range<usize> {
    let mut start = end;
    while start > 0 && words.get(start - 1).is_some_and(is_nominal) && end - start < 6 {
        start -= 1;
    }
    // A determiner-only or adjective-only phrase is no subject.
    let has_head = (start..end).any(|k| {
        words
            .get(k)
            .is_some_and(|w| w.tag.starts_with("NN") || w.tag.starts_with("PRP") || w.tag == "CD")
    });
    if has_head { start..end } else { end..end }
}

/// One past the last word of the trigger's object or complement.
fn complement_end(words: &[Word<'_>], trigger: usize, timex: Span) -> usize {
    let mut i = trigger + 1;
    while let Some(w) = words.get(i) {
        let in_timex = w.span.start < timex.end && timex.start < w.span.end;
        let lower = w.text.to_lowercase();
        if !in_timex && (is_boundary(w) || CLAUSE_OPENERS.contains(&lower.as_str())) {
            break;
        }
        // "and" before a new clause (a verb or a subject and a verb) ends the complement.
        if w.tag == "CC"
            && words
                .get(i + 1)
                .is_some_and(|n| n.tag.starts_with("VB") || n.tag == "MD" || n.tag == "PRP")
        {
            break;
        }
        i += 1;
    }
    i
}

/// A preposition that only introduces the time expression ("on" in "on Monday").
fn is_before_timex(words: &[Word<'_>], i: usize, timex: Span) -> bool {
    words.get(i).is_some_and(|w| w.tag == "IN" || w.tag == "TO")
        && words
            .get(i + 1)
            .is_some_and(|n| n.span.start >= timex.start && n.span.start < timex.end)
}

/// Drops function words at the end of the label (after the trigger).
fn trim_dangling(words: &[Word<'_>], chosen: &mut Vec<usize>, trigger: usize) {
    while let Some(&last) = chosen.last() {
        let dangling = last > trigger
            && words.get(last).is_some_and(|w| {
                DANGLING.contains(&w.text.to_lowercase().as_str())
                    || matches!(w.tag, "DT" | "IN" | "CC" | "TO" | "PRP$" | "POS")
            });
        if !dangling {
            break;
        }
        chosen.pop();
    }
}

/// Adds the nearest words of the sentence until the label has [`MIN_WORDS`].
fn widen(
    words: &[Word<'_>],
    chosen: &mut Vec<usize>,
    trigger: usize,
    keep: &impl Fn(usize) -> bool,
) {
    let last = chosen.iter().copied().max().unwrap_or(trigger);
    let first = chosen.iter().copied().min().unwrap_or(trigger);
    let right =
        (last + 1..words.len()).take_while(|&i| words.get(i).is_some_and(|w| !is_boundary(w)));
    let left = (0..first)
        .rev()
        .take_while(|&i| words.get(i).is_some_and(|w| !is_boundary(w)));
    for i in right.chain(left) {
        if chosen.len() >= MIN_WORDS {
            break;
        }
        if keep(i) {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    trim_dangling(words, chosen, trigger);
}

fn is_verb_group(w: &Word<'_>) -> bool {
    matches!(w.tag, "MD" | "RB" | "TO")
        || (w.tag.starts_with("VB")
            && matches!(
                w.text.to_lowercase().as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "having"
                    | "do"
                    | "does"
                    | "did"
                    | "will"
                    | "'s"
                    | "'re"
                    | "'ve"
                    | "'d"
                    | "'ll"
                    | "get"
                    | "got"
            ))
}

fn is_nominal(w: &Word<'_>) -> bool {
    matches!(
        w.tag,
        "DT" | "PDT"
            | "JJ"
            | "JJR"
            | "JJS"
            | "NN"
            | "NNS"
            | "NNP"
            | "NNPS"
            | "PRP"
            | "PRP$"
            | "CD"
            | "POS"
            | "HYPH"
    ) && !is_boundary(w)
}

/// Punctuation that ends a clause.
fn is_boundary(w: &Word<'_>) -> bool {
    matches!(
        w.text,
        "," | ";" | ":" | "—" | "–" | "(" | ")" | "." | "?" | "!" | "\"" | "“" | "”" | "--"
    ) || w.text == "-" && w.tag == ":"
}

/// Words shown in a label: no quotes, brackets or clause punctuation.
fn is_label_word(w: &Word<'_>) -> bool {
    w.text.chars().any(char::is_alphanumeric) || matches!(w.text, "$" | "%" | "&" | "'s" | "’s")
}

/// The chosen words, as written; words adjacent in the text stay joined ("Trump's").
fn render(text: &str, words: &[Word<'_>], chosen: &[usize]) -> String {
    let mut out = String::new();
    let mut prev: Option<Span> = None;
    for w in chosen.iter().filter_map(|&i| words.get(i)) {
        let glued = prev.is_some_and(|p| p.end == w.span.start);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(text.get(w.span.start..w.span.end).unwrap_or(""));
        prev = Some(w.span);
    }
    capitalize(&out)
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
