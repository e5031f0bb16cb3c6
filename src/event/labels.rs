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
    // An infinitive ("plans to send") belongs to the verb that governs it.
    if verb_group
        .iter()
        .any(|&k| words.get(k).is_some_and(|w| w.tag == "TO"))
        && let Some(head) = (0..i)
            .rev()
            .take_while(|&k| words.get(k).is_some_and(|w| !is_boundary(w)))
            .take(4)
            .find(|&k| words.get(k).is_some_and(|w| w.tag.starts_with("VB")))
    {
        let mut out = subject_start(words, head);
        out.extend(head..trigger);
        return out;
    }
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
    // A determiner-only or adjective-only phrase is no subject, unless it modifies a noun
    // trigger ("the strikes").
    let noun_next = words.get(end).is_some_and(|w| w.tag.starts_with("NN"));
    let has_head = noun_next
        || (start..end).any(|k| {
            words.get(k).is_some_and(|w| {
                w.tag.starts_with("NN") || w.tag.starts_with("PRP") || w.tag == "CD"
            })
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

#[cfg(test)]
mod tests {
    use super::super::build::events_for;
    use crate::temporal::Engine;
    use crate::text::sentences;

    /// (trigger text, label) of each time expression in `text`, published 2025-11-04.
    fn events(text: &str) -> Vec<(String, String, String)> {
        let dct = chrono::NaiveDate::from_ymd_opt(2025, 11, 4);
        let timexes = Engine::global().extract(text, dct);
        events_for(text, &sentences(text), timexes)
            .into_iter()
            .map(|e| {
                let trigger = e
                    .trigger
                    .and_then(|t| t.span.slice(text))
                    .unwrap_or("")
                    .to_string();
                let timex = e.timex.span.slice(text).unwrap_or("").to_string();
                (timex, trigger, e.label.into())
            })
            .collect()
    }

    fn one(text: &str) -> (String, String) {
        let all = events(text);
        let (_, t, l) = all.into_iter().next().expect("one time expression");
        (t, l)
    }

    #[test]
    fn attribution_is_left_out() {
        let (t, l) = one("The plant closed on Monday, officials said.");
        assert_eq!(t, "closed");
        assert_eq!(l, "The plant closed");
        let (t, l) = one(
            "Back in August The New York Times reported that Trump had secretly signed a directive.",
        );
        assert_eq!(t, "reported");
        assert!(l.starts_with("The New York Times reported"), "{l}");
        assert!(!l.contains("August"), "{l}");
    }

    #[test]
    fn a_passive_keeps_its_auxiliary() {
        let (t, l) = one("The bridge was closed by the city on September 12.");
        assert_eq!(t, "closed");
        assert_eq!(l, "The bridge was closed by the city");
    }

    #[test]
    fn a_coordinated_verb_shares_the_subject() {
        let (t, l) = one("The council approved the budget and rejected the new tax on Tuesday.");
        assert_eq!(t, "rejected");
        assert_eq!(l, "The council rejected the new tax");
    }

    #[test]
    fn a_quote_is_not_copied_with_its_marks() {
        let (t, l) = one("\"We will reopen the bridge on Friday,\" the mayor said.");
        assert_eq!(t, "reopen");
        assert_eq!(l, "We will reopen the bridge");
    }

    #[test]
    fn a_headline_fragment_has_no_auxiliary_to_find() {
        let (t, l) = one(
            "Trump administration formulating plans to send troops into Mexico in recent months",
        );
        assert!(t == "formulating" || t == "send", "{t}");
        assert_eq!(
            l,
            "Trump administration formulating plans to send troops into Mexico"
        );
    }

    #[test]
    fn a_noun_event_keeps_its_phrase() {
        let all = events("The strikes on Monday killed four people.");
        let (_, t, l) = all.first().expect("Monday");
        assert!(t == "strikes" || t == "killed", "{t} {l}");
        assert!(l.to_lowercase().contains(t.as_str()), "{l}");
        assert!(l.split_whitespace().count() >= 3, "{l}");
    }

    #[test]
    fn a_modal_and_its_adverb_stay() {
        let (t, l) = one("The Pentagon could soon send troops to the border next month.");
        assert_eq!(t, "send");
        assert_eq!(l, "The Pentagon could soon send troops to the border");
    }

    #[test]
    fn negation_stays() {
        let (t, l) = one("The company did not pay its workers in October.");
        assert_eq!(t, "pay");
        assert_eq!(l, "The company did not pay its workers");
    }
}

#[cfg(test)]
mod snapshots {
    use super::super::build::events_for;
    use crate::temporal::Engine;
    use crate::text::sentences;

    fn labels(text: &str, dct: Option<chrono::NaiveDate>) -> String {
        let timexes = Engine::global().extract(text, dct);
        events_for(text, &sentences(text), timexes)
            .iter()
            .map(|e| {
                let timex = e.timex.span.slice(text).unwrap_or("");
                let trigger = e.trigger.and_then(|t| t.span.slice(text)).unwrap_or("-");
                format!("{timex} | {trigger} | {}\n", e.label)
            })
            .collect()
    }

    #[test]
    fn labels_of_the_bundled_sample() {
        let text = include_str!("../../assets/sample-harbor-bridge.txt");
        insta::assert_snapshot!(labels(text, chrono::NaiveDate::from_ymd_opt(2025, 11, 4)));
    }

    #[test]
    fn labels_of_the_seed_article() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/seeds/000_4456bc1f3d567293.txt"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is absent");
            return;
        };
        let article = crate::article::Article::from_text(
            "seed.txt",
            text,
            crate::article::ArticleFormat::Text,
        );
        let dct = article.publication.as_ref().map(|p| p.date);
        insta::assert_snapshot!(labels(&article.text, dct));
    }
}

#[cfg(test)]
mod properties {
    use super::super::build::events_for;
    use crate::temporal::Engine;
    use crate::text::sentences;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "the",
        "council",
        "approved",
        "a",
        "plan",
        "and",
        "officials",
        "said",
        "on",
        "Monday",
        "in",
        "August",
        "will",
        "not",
        "send",
        "troops",
        "to",
        "Mexico",
        ",",
        "\"",
        "strikes",
        "last",
        "year",
        "could",
        "soon",
        "was",
        "closed",
        "by",
        "police",
        "report",
        "released",
    ];

    proptest! {
        #[test]
        fn labels_are_short_non_empty_and_hold_their_trigger(
            picks in proptest::collection::vec(0..WORDS.len(), 1..30)
        ) {
            let text: String = picks.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ") + ".";
            let dct = chrono::NaiveDate::from_ymd_opt(2025, 11, 4);
            let timexes = Engine::global().extract(&text, dct);
            for e in events_for(&text, &sentences(&text), timexes) {
                let Some(trigger) = e.trigger else { continue };
                let n = e.label.split_whitespace().count();
                prop_assert!((1..=super::MAX_WORDS).contains(&n), "{:?} in {text:?}", e.label);
                let word = trigger.span.slice(&text).unwrap_or("").to_lowercase();
                prop_assert!(e.label.to_lowercase().contains(&word), "{:?} lacks {word} in {text:?}", e.label);
                prop_assert!(!e.label.starts_with('…'));
            }
        }
    }
}
