//! Anchoring: for a time expression, the event mention in its sentence that it dates. A
//! learned ranker (averaged perceptron over the pair's position, distance, tags, classes and
//! the words between) scores each candidate; the best one wins.

use super::EventClass;
use super::triggers::{Mention, Word};
use crate::nlp::perceptron::{Model, Trained, Trainer, feature, shuffle};
use crate::text::Span;
use std::sync::OnceLock;

/// The shipped ranker (trained by `tempora train` on TBAQ TLINKs).
const SHIPPED: &str = include_str!("../../assets/event-anchor.model");

/// Training passes over the data.
const EPOCHS: u64 = 10;

/// A time expression as the ranker sees it: its words in the sentence and its type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimexSlot<'a> {
    /// First word of the expression.
    pub first: usize,
    /// One past its last word.
    pub end: usize,
    /// Its TIMEX3 type (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: &'a str,
}

/// A word that may be the event a time expression dates: an event mention, or a verb the
/// event model passed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index of its word in the sentence.
    pub word: usize,
    /// Its span in the text.
    pub span: Span,
    /// Its class, when the event model marked it.
    pub class: Option<EventClass>,
}

/// The candidates of a sentence: its event mentions and its other verbs, in word order. A
/// token without a letter or digit (a quotation mark the tagger mistook) is never one.
pub fn candidates(words: &[Word<'_>], mentions: &[Mention]) -> Vec<Candidate> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.text.chars().any(char::is_alphanumeric))
        .filter_map(|(i, w)| {
            let mention = mentions.iter().find(|m| m.word == i);
            (mention.is_some() || w.tag.starts_with("VB")).then(|| Candidate {
                word: i,
                span: w.span,
                class: mention.map(|m| m.class),
            })
        })
        .collect()
}

/// One training case: a sentence, its event mentions, a time expression and the index (in
/// `events`) of the event it dates.
#[derive(Debug, Clone)]
pub struct AnchorCase<'a> {
    /// The sentence's tagged words.
    pub words: Vec<Word<'a>>,
    /// Its candidates.
    pub events: Vec<Candidate>,
    /// The time expression.
    pub timex: TimexSlot<'a>,
    /// The gold events among `events` (indices; the expression may date several).
    pub gold: Vec<usize>,
}

/// A trained anchor ranker.
#[derive(Debug, Clone)]
pub struct AnchorRanker {
    model: Model,
}

impl Trained for AnchorRanker {
    fn model(&self) -> &Model {
        &self.model
    }
}

impl AnchorRanker {
    /// The shipped ranker, loaded once.
    pub fn global() -> &'static AnchorRanker {
        static MODEL: OnceLock<AnchorRanker> = OnceLock::new();
        MODEL.get_or_init(|| AnchorRanker {
            model: Model::shipped(SHIPPED),
        })
    }

    /// Index (in `events`) of the event the expression dates; `None` when the sentence has
    /// no event outside the expression.
    pub fn choose(
        &self,
        words: &[Word<'_>],
        events: &[Candidate],
        timex: TimexSlot<'_>,
    ) -> Option<usize> {
        best(events, timex, |e| {
            self.model
                .scores(&features(words, events, e, timex))
                .first()
                .copied()
                .unwrap_or(0.0)
        })
    }

    /// Trains the ranker; deterministic for the same cases.
    pub fn train(cases: &[AnchorCase<'_>]) -> Self {
        let mut trainer = Trainer::new(vec!["score".to_string()]);
        let mut order: Vec<usize> = (0..cases.len()).collect();
        for epoch in 0..EPOCHS {
            shuffle(&mut order, epoch + 101);
            for &c in &order {
                let Some(case) = cases.get(c) else { continue };
                let f = |e: usize| features(&case.words, &case.events, e, case.timex);
                let guess = best(&case.events, case.timex, |e| {
                    trainer.scores(&f(e)).first().copied().unwrap_or(0.0)
                });
                let target = case.gold.iter().copied().max_by(|&a, &b| {
                    let s = |e| trainer.scores(&f(e)).first().copied().unwrap_or(0.0);
                    s(a).total_cmp(&s(b))
                });
                match (guess, target) {
                    (Some(g), Some(t)) if !case.gold.contains(&g) => {
                        trainer.update_pair(0, &f(t), &f(g))
                    }
                    _ => trainer.tick(),
                }
            }
        }
        Self {
            model: trainer.finish(0.0005),
        }
    }
}

/// The candidate with the highest score (nearest first on ties), skipping events inside the
/// expression itself.
fn best(events: &[Candidate], timex: TimexSlot<'_>, score: impl Fn(usize) -> f32) -> Option<usize> {
    let mut best: Option<(usize, f32)> = None;
    for (i, e) in events.iter().enumerate() {
        if (timex.first..timex.end).contains(&e.word) {
            continue;
        }
        let s = score(i);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        _ => "13+",
    }
}

fn coarse(tag: &str) -> &str {
    tag.get(..2).unwrap_or(tag)
}

fn features(words: &[Word<'_>], events: &[Candidate], e: usize, timex: TimexSlot<'_>) -> Vec<u64> {
    let Some(event) = events.get(e) else {
        return Vec::new();
    };
    let k = event.word;
    let left = k < timex.first;
    let dir = if left { "L" } else { "R" };
    let (lo, hi) = if left {
        (k + 1, timex.first)
    } else {
        (timex.end, k)
    };
    let between = words.get(lo..hi.max(lo)).unwrap_or(&[]);
    let dist = bucket(hi.saturating_sub(lo) + 1);
    let rank = bucket(
        events
            .iter()
            .filter(|m| m.word >= lo && m.word < hi)
            .count(),
    );
    let tag = words.get(k).map_or("", |w| w.tag);
    let class = event.class.map_or("-", EventClass::as_str);
    let lower = words
        .get(k)
        .map(|w| w.text.to_lowercase())
        .unwrap_or_default();
    let before = timex
        .first
        .checked_sub(1)
        .and_then(|j| words.get(j))
        .map(|w| w.text.to_lowercase())
        .unwrap_or_else(|| "-START-".into());
    let comma = if between.iter().any(|w| w.text == ",") {
        ","
    } else {
        ""
    };
    let verbs = bucket(between.iter().filter(|w| w.tag.starts_with("VB")).count());
    let verb_rank = bucket(
        events
            .iter()
            .filter(|m| m.word >= lo && m.word < hi)
            .filter(|m| words.get(m.word).is_some_and(|w| w.tag.starts_with("VB")))
            .count(),
    );
    let first_verb = events
        .iter()
        .find(|m| words.get(m.word).is_some_and(|w| w.tag.starts_with("VB")))
        .is_some_and(|m| m.word == k);
    let starts = if timex.first <= 2 { "start" } else { "inner" };
    let comp = between.iter().any(|w| {
        matches!(
            w.text,
            "that" | "which" | "who" | "when" | "after" | "before"
        )
    });
    vec![
        feature(&["dir", dir]),
        feature(&["dir vrank tag", dir, verb_rank, coarse(tag)]),
        feature(&["start dir vrank tag", starts, dir, verb_rank, coarse(tag)]),
        feature(&["dir dist", dir, dist]),
        feature(&["dir rank", dir, rank]),
        feature(&["dir rank dist", dir, rank, dist]),
        feature(&["dir tag", dir, tag]),
        feature(&["dir class", dir, class]),
        feature(&["dir rank tag", dir, rank, coarse(tag)]),
        feature(&["dir rank class", dir, rank, class]),
        feature(&["prep dir rank", &before, dir, rank]),
        feature(&["prep tag", &before, coarse(tag)]),
        feature(&["start dir rank", starts, dir, rank]),
        feature(&["comma dir rank", comma, dir, rank]),
        feature(&["verbs dir", verbs, dir]),
        feature(&["first verb dir", if first_verb { "1" } else { "0" }, dir]),
        feature(&["kind dir rank", timex.kind, dir, rank]),
        feature(&["kind tag", timex.kind, coarse(tag)]),
        feature(&["word dir", &lower, dir]),
        feature(&["comp dir", if comp { "1" } else { "0" }, dir]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_never_a_candidate_even_when_tagged_as_a_verb() {
        let word = |start: usize, text: &'static str, tag: &'static str| Word {
            span: Span::new(start, start + text.len()),
            text,
            tag,
        };
        let words = [
            word(0, "Monday", "NNP"),
            word(7, "\"", "VB"),
            word(9, "left", "VBD"),
        ];
        let mentions = [Mention {
            word: 1,
            span: words[1].span,
            class: EventClass::Occurrence,
        }];
        let found: Vec<usize> = candidates(&words, &mentions)
            .iter()
            .map(|c| c.word)
            .collect();
        assert_eq!(found, [2]);
    }
}
