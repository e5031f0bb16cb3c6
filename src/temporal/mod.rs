//! Time expressions: recognize them, give each a semantic value, resolve it to a TIMEX3
//! value and an interval.
//!
//! Three passes, each testable alone:
//! 1. recognition: tokens classed by lexicons and a grammar over those classes propose spans;
//! 2. interpretation: each span becomes a small semantic value (absolute fields, or an
//!    offset/direction from an anchor, with granularity and modifier);
//! 3. resolution: values become TIMEX3 values and intervals against the publication date,
//!    the previous time in the text and the clause's tense.
//!
//! Passes 1 and 2 do not depend on the publication date ([`Engine::recognize`]); pass 3 does
//! ([`Engine::resolve`]), so changing an article's date re-runs only pass 3.
//!
//! Where things are:
//! * `lexicon` — the word classes (months, weekdays, numbers, units, seasons, parts of day,
//!   holidays, function words), static tables compiled once into one hash table;
//! * `grammar` — the rules over classed tokens (longest match, no overlaps) and the
//!   [`semantic::Sem`] each produces; no regular expressions;
//! * `tense` — the tense cue nearest to an expression in its sentence;
//! * `resolve` — TIMEX3 values, intervals and explanations; `holidays` computes movable
//!   feasts per year; [`value`] renders values in TimeML syntax.

mod grammar;
mod holidays;
mod lexicon;
mod reach;
mod resolve;
pub mod semantic;
mod story;
mod tense;
mod types;
pub mod value;
mod value_parse;

pub use semantic::Semantic;
pub use story::StoryCensus;
pub use types::{Anchor, Granularity, Interval, Modifier, Tense, Timex, TimexType, Why};
pub use value::TimexValue;
pub use value_parse::ValueError;

use crate::text::{Span, Token, tokens};
use chrono::NaiveDate;
use grammar::{Grammar, Tok};

/// A recognized, interpreted time expression that is not yet resolved against any date.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Where the expression is in the text.
    pub span: Span,
    /// Name of the grammar rule that proposed it.
    pub rule: &'static str,
    /// What the expression means, before any date is known.
    pub value: Semantic,
    /// The tense of its clause, if one was seen.
    pub tense: Option<Tense>,
    /// The word that decided the tense.
    pub tense_cue: Option<Span>,
    /// Index of its sentence in the text.
    pub sentence: usize,
    /// The word that makes its clause habitual ("usually", "have been leaving", "for
    /// weeks") for clock times, or generic ("typically") for months without a year.
    pub habitual: Option<Span>,
}

/// The index of the first token of each sentence, from the same splitter the events use
/// ([`crate::text::sentences`]), so the tense scope, the sentence distance of anaphora and
/// the sentence an event shows always agree.
fn sentence_starts(sentences: &[Span], toks: &[Token]) -> Vec<usize> {
    let mut starts: Vec<usize> = sentences
        .iter()
        .map(|s| toks.partition_point(|t| t.span.start < s.start))
        .filter(|&i| i < toks.len())
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.dedup();
    starts
}

/// The temporal engine: lexicons and grammar compiled once, used for any number of texts.
#[derive(Debug, Default)]
pub struct Engine {}

impl Engine {
    /// The process-wide engine, built on first use.
    pub fn global() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(|| {
            lexicon::warm_up();
            Engine::default()
        })
    }

    /// Passes 1 and 2: every time expression in `text`, in text order, not overlapping.
    pub fn recognize(&self, text: &str) -> Vec<Mention> {
        self.recognize_in(text, None)
    }

    /// [`Engine::recognize`] for a caller that has already split `text` with
    /// [`crate::text::sentences`] (the pipeline does), so it is not split twice.
    pub fn recognize_with_sentences(&self, text: &str, sentences: &[Span]) -> Vec<Mention> {
        self.recognize_in(text, Some(sentences))
    }

    fn recognize_in(&self, text: &str, sentences: Option<&[Span]>) -> Vec<Mention> {
        let toks = tokens(text);
        let mut classed: Vec<Tok<'_>> = toks.iter().map(|t| Tok::new(text, *t)).collect();
        Tok::mark_breaks(text, &mut classed);
        let matches = Grammar { t: &classed }.run();
        if matches.is_empty() {
            return Vec::new();
        }
        let starts = match sentences {
            Some(given) => sentence_starts(given, &toks),
            None => sentence_starts(&crate::text::sentences(text), &toks),
        };
        let mut out = Vec::with_capacity(matches.len());
        for m in matches {
            let (Some(first), Some(last)) = (
                classed.get(m.start),
                m.end.checked_sub(1).and_then(|e| classed.get(e)),
            ) else {
                continue;
            };
            let span = Span::new(first.span.start, last.span.end);
            let sentence = starts.partition_point(|s| *s <= m.start).saturating_sub(1);
            let t0 = starts.get(sentence).copied().unwrap_or(0);
            let t1 = starts
                .get(sentence + 1)
                .copied()
                .unwrap_or(toks.len())
                .max(m.end);
            let (tense, tense_cue) = toks
                .get(t0..t1)
                .and_then(|sent_toks| {
                    tense::tense_around(
                        text,
                        sent_toks,
                        m.start.saturating_sub(t0),
                        m.end.saturating_sub(t0),
                    )
                })
                .map_or((None, None), |(t, s)| (Some(t), Some(s)));
            let value = m.semantic();
            let habitual = if matches!(value.sem, semantic::Sem::Clock(_)) {
                toks.get(t0..t1).and_then(|sent_toks| {
                    tense::habitual(
                        text,
                        sent_toks,
                        m.start.saturating_sub(t0),
                        m.end.saturating_sub(t0),
                    )
                })
            } else if matches!(
                value.sem,
                semantic::Sem::Calendar {
                    year: None,
                    month: Some(_),
                    day: None,
                    time: None,
                    ..
                }
            ) {
                toks.get(t0..t1).and_then(|sent_toks| {
                    tense::generic(
                        text,
                        sent_toks,
                        m.start.saturating_sub(t0),
                        m.end.saturating_sub(t0),
                    )
                })
            } else {
                None
            };
            out.push(Mention {
                span,
                rule: m.rule,
                value,
                tense,
                tense_cue,
                sentence,
                habitual,
            });
        }
        out
    }

    /// Pass 3: resolves `mentions` (from [`Engine::recognize`] on the same `text`) against the
    /// publication date `dct`, if known. Returns one [`Timex`] per mention, in the same order.
    pub fn resolve(&self, text: &str, mentions: &[Mention], dct: Option<NaiveDate>) -> Vec<Timex> {
        let mut r =
            resolve::Resolver::new(text, dct).narrative(story::tells_a_story(mentions, dct));
        mentions.iter().map(|m| r.resolve(m)).collect()
    }

    /// Pass 3 one expression at a time, for a caller that reads a long text piece by piece:
    /// [`Resolution::resolve`] the mentions of `text` in text order. `story` says whether
    /// the text tells a story (a [`StoryCensus`] of all its mentions; never without `dct`).
    pub fn resolution<'a>(
        &self,
        text: &'a str,
        dct: Option<NaiveDate>,
        story: bool,
    ) -> Resolution<'a> {
        Resolution {
            resolver: resolve::Resolver::new(text, dct).narrative(story && dct.is_some()),
        }
    }

    /// All three passes at once.
    pub fn extract(&self, text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
        let mentions = self.recognize(text);
        self.resolve(text, &mentions, dct)
    }
}

/// Pass 3 over one text, one expression at a time (see [`Engine::resolution`]).
pub struct Resolution<'a> {
    resolver: resolve::Resolver<'a>,
}

impl Resolution<'_> {
    /// The resolved expression of `m`, the next mention of the text in order.
    pub fn resolve(&mut self, m: &Mention) -> Timex {
        self.resolver.resolve(m)
    }
}

#[cfg(test)]
mod tests;
