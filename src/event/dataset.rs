//! TimeML gold documents prepared for the event models: tagged sentences with their gold
//! event classes, and the time expressions with the gold events they are linked to.

use super::EventClass;
use super::anchor::{AnchorCase, TimexSlot, candidates};
use super::corpus::{self, GoldDocument};
use super::triggers::{Mention, Word, tagged_words_with};
use crate::nlp::PosTagger;
use crate::text::{Span, sentences};
use std::path::{Path, PathBuf};

/// One sentence of a gold document.
#[derive(Debug, Clone)]
pub struct GoldSentence<'a> {
    /// Its span.
    pub span: Span,
    /// Its tagged words.
    pub words: Vec<Word<'a>>,
    /// The gold class of each word (`None`: no event).
    pub classes: Vec<Option<EventClass>>,
}

/// A gold time expression linked to events of its own sentence.
#[derive(Debug, Clone)]
pub struct LinkedTimex {
    /// Its span.
    pub span: Span,
    /// Its sentence (index).
    pub sentence: usize,
    /// Its TIMEX3 type.
    pub kind: String,
    /// Spans of the gold events it is linked to.
    pub events: Vec<Span>,
}

/// A gold document prepared for training and scoring.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    /// The gold document.
    pub gold: &'a GoldDocument,
    /// Its sentences.
    pub sentences: Vec<GoldSentence<'a>>,
    /// Its linked time expressions.
    pub linked: Vec<LinkedTimex>,
}

/// Every `.tml` file under `dir` (sorted by path) with its events, skipping files that do
/// not parse.
pub fn read_dir(dir: &Path) -> Vec<(PathBuf, GoldDocument)> {
    let mut paths: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "tml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let xml = std::fs::read_to_string(&p).ok()?;
            let doc = corpus::parse(&xml).ok()?;
            Some((p, doc))
        })
        .collect()
}

/// Tags a gold document's sentences and collects its linked time expressions.
pub fn prepare<'a>(gold: &'a GoldDocument, tagger: &'a PosTagger) -> Prepared<'a> {
    let text = &gold.doc.text;
    let spans = sentences(text);
    let sentences: Vec<GoldSentence<'_>> = spans
        .iter()
        .map(|&span| {
            let words = tagged_words_with(tagger, text, span);
            let classes = words
                .iter()
                .map(|w| {
                    gold.events
                        .iter()
                        .find(|e| overlaps(e.span, w.span))
                        .map(|e| e.class.unwrap_or(EventClass::Occurrence))
                })
                .collect();
            GoldSentence {
                span,
                words,
                classes,
            }
        })
        .collect();
    let linked = gold
        .doc
        .timexes
        .iter()
        .filter_map(|t| {
            let sentence = spans.iter().position(|s| s.contains(t.span))?;
            let sspan = spans.get(sentence)?;
            let events: Vec<Span> = gold
                .links
                .iter()
                .filter(|(tid, _)| *tid == t.tid)
                .filter_map(|(_, eid)| gold.events.iter().find(|e| e.eid == *eid))
                .map(|e| e.span)
                .filter(|s| sspan.contains(*s))
                .collect();
            (!events.is_empty()).then(|| LinkedTimex {
                span: t.span,
                sentence,
                kind: t.timex_type.clone(),
                events,
            })
        })
        .collect();
    Prepared {
        gold,
        sentences,
        linked,
    }
}

/// Whether two spans share a byte.
pub fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// The word range `[first, end)` of the words overlapping `span`.
pub fn slot<'k>(words: &[Word<'_>], span: Span, kind: &'k str) -> TimexSlot<'k> {
    let first = words.partition_point(|w| w.span.end <= span.start);
    let end = words
        .partition_point(|w| w.span.start < span.end)
        .max(first);
    TimexSlot { first, end, kind }
}

/// The gold events of a sentence as mentions.
pub fn gold_mentions(sentence: &GoldSentence<'_>) -> Vec<Mention> {
    sentence
        .words
        .iter()
        .zip(&sentence.classes)
        .enumerate()
        .filter_map(|(i, (w, c))| {
            c.map(|class| Mention {
                word: i,
                span: w.span,
                class,
            })
        })
        .collect()
}

/// Ranker training cases: each linked time expression with the candidates of its sentence,
/// built from `mentions` (one list per sentence: the events a model found there).
pub fn anchor_cases<'a>(doc: &'a Prepared<'a>, mentions: &[Vec<Mention>]) -> Vec<AnchorCase<'a>> {
    doc.linked
        .iter()
        .filter_map(|t| {
            let sentence = doc.sentences.get(t.sentence)?;
            let events = candidates(&sentence.words, mentions.get(t.sentence)?);
            let gold: Vec<usize> = events
                .iter()
                .enumerate()
                .filter(|(_, m)| t.events.iter().any(|&g| overlaps(g, m.span)))
                .map(|(i, _)| i)
                .collect();
            (!gold.is_empty()).then(|| AnchorCase {
                words: sentence.words.clone(),
                timex: slot(&sentence.words, t.span, &t.kind),
                events,
                gold,
            })
        })
        .collect()
}
