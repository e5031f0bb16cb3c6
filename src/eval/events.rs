//! Event figures: TempEval-3 Task B event extraction (strict and relaxed P/R/F1) and anchoring
//! accuracy (is our event for a time expression the gold event a TLINK ties it to?), with a
//! document-level 10-fold cross-validation of the learned models.

use super::Counts;
use crate::event::anchor::{AnchorRanker, candidates};
use crate::event::dataset::{self, Prepared, overlaps, slot};
use crate::event::train::train_events;
use crate::event::triggers::{EventTagger, Mention};
use crate::nlp::PosTagger;
use crate::temporal::{Engine, Timex};
use crate::text::Span;
use std::io::{self, Write};
use std::path::Path;

/// Folds of the cross-validation.
pub const FOLDS: usize = 10;

/// The documents the shipped event models were trained on (file stems).
const TRAINED_ON: &str = include_str!("../../assets/event-training-docs.txt");

/// Event extraction and anchoring figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventFigures {
    /// Identical spans.
    pub strict: Counts,
    /// Overlapping spans, paired one to one.
    pub relaxed: Counts,
    /// Anchored right / linked gold expressions we found.
    pub anchored_found: (usize, usize),
    /// Anchored right / all linked gold expressions.
    pub anchored_all: (usize, usize),
}

impl EventFigures {
    fn add(&mut self, o: &EventFigures) {
        self.strict.add(o.strict);
        self.relaxed.add(o.relaxed);
        self.anchored_found.0 += o.anchored_found.0;
        self.anchored_found.1 += o.anchored_found.1;
        self.anchored_all.0 += o.anchored_all.0;
        self.anchored_all.1 += o.anchored_all.1;
    }

    /// Anchoring accuracy over the expressions we found.
    pub fn anchoring_found(&self) -> f64 {
        super::ratio(self.anchored_found.0, self.anchored_found.1)
    }

    /// Anchoring accuracy over all linked expressions.
    pub fn anchoring_all(&self) -> f64 {
        super::ratio(self.anchored_all.0, self.anchored_all.1)
    }

    /// Writes the figures under a heading.
    pub fn write(&self, out: &mut impl Write, heading: &str) -> io::Result<()> {
        writeln!(out, "{heading}")?;
        for (name, c) in [("strict", self.strict), ("relaxed", self.relaxed)] {
            writeln!(
                out,
                "  event extraction {name}: P {:.3} R {:.3} F1 {:.3} ({} matched, {} system, {} gold)",
                c.precision(),
                c.recall(),
                c.f1(),
                c.matched,
                c.system,
                c.gold
            )?;
        }
        writeln!(
            out,
            "  anchoring accuracy: {:.3} ({}/{}) over the expressions found",
            self.anchoring_found(),
            self.anchored_found.0,
            self.anchored_found.1
        )?;
        writeln!(
            out,
            "  anchoring accuracy: {:.3} ({}/{}) over all linked expressions",
            self.anchoring_all(),
            self.anchored_all.0,
            self.anchored_all.1
        )
    }
}

/// The event report for a gold directory.
#[derive(Debug, Clone)]
pub struct EventReport {
    /// Figures of the shipped models.
    pub shipped: EventFigures,
    /// Cross-validated figures, when the directory holds documents the models trained on.
    pub cross_validated: Option<EventFigures>,
}

impl EventReport {
    /// Writes the report.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        self.shipped.write(out, "Events (shipped models):")?;
        if let Some(cv) = &self.cross_validated {
            cv.write(
                out,
                &format!(
                    "Events ({FOLDS}-fold document cross-validation; the shipped models saw these documents, so these figures count):"
                ),
            )?;
        }
        Ok(())
    }
}

/// A prepared document with the engine's time expressions.
struct Scored<'a> {
    prepared: Prepared<'a>,
    timexes: Vec<Timex>,
}

/// Scores the event models on every `.tml` file under `dir`.
pub fn evaluate_dir(dir: &Path) -> EventReport {
    let gold = dataset::read_dir(dir);
    let tagger = PosTagger::global();
    let docs: Vec<Scored<'_>> = gold
        .iter()
        .map(|(_, g)| Scored {
            prepared: dataset::prepare(g, tagger),
            timexes: Engine::global().extract(&g.doc.text, g.doc.dct),
        })
        .collect();
    let mut shipped = EventFigures::default();
    for d in &docs {
        shipped.add(&score(d, EventTagger::global(), AnchorRanker::global()));
    }
    let trained: std::collections::HashSet<&str> = TRAINED_ON.lines().collect();
    let seen = gold.iter().any(|(p, _)| {
        p.file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|s| trained.contains(s))
    });
    let cross_validated = (seen && docs.len() >= FOLDS).then(|| cross_validate(&docs));
    EventReport {
        shipped,
        cross_validated,
    }
}

fn cross_validate(docs: &[Scored<'_>]) -> EventFigures {
    let mut total = EventFigures::default();
    for fold in 0..FOLDS {
        let train: Vec<&Prepared<'_>> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, d)| &d.prepared)
            .collect();
        let (events, anchor) = train_events(&train);
        for (_, d) in docs.iter().enumerate().filter(|(i, _)| i % FOLDS == fold) {
            total.add(&score(d, &events, &anchor));
        }
    }
    total
}

fn score(doc: &Scored<'_>, events: &EventTagger, anchor: &AnchorRanker) -> EventFigures {
    let found: Vec<Vec<Mention>> = doc
        .prepared
        .sentences
        .iter()
        .map(|s| events.find(&s.words))
        .collect();
    let system: Vec<Span> = found.iter().flatten().map(|m| m.span).collect();
    let gold: Vec<Span> = doc.prepared.gold.events.iter().map(|e| e.span).collect();
    let mut figures = EventFigures {
        strict: Counts {
            matched: system.iter().filter(|s| gold.contains(s)).count(),
            system: system.len(),
            gold: gold.len(),
        },
        relaxed: Counts {
            matched: relaxed_matches(&system, &gold),
            system: system.len(),
            gold: gold.len(),
        },
        ..EventFigures::default()
    };
    for linked in &doc.prepared.linked {
        figures.anchored_all.1 += 1;
        let Some(timex) = doc.timexes.iter().find(|t| overlaps(t.span, linked.span)) else {
            continue;
        };
        figures.anchored_found.1 += 1;
        let Some(index) = doc
            .prepared
            .sentences
            .iter()
            .position(|s| s.span.contains(timex.span))
        else {
            continue;
        };
        let (Some(sentence), Some(mentions)) =
            (doc.prepared.sentences.get(index), found.get(index))
        else {
            continue;
        };
        let kind = timex.timex_type.to_string();
        let cands = candidates(&sentence.words, mentions);
        let chosen = anchor
            .choose(
                &sentence.words,
                &cands,
                slot(&sentence.words, timex.span, &kind),
            )
            .and_then(|i| cands.get(i));
        if chosen.is_some_and(|m| linked.events.iter().any(|&g| overlaps(g, m.span))) {
            figures.anchored_found.0 += 1;
            figures.anchored_all.0 += 1;
        }
    }
    figures
}

/// One-to-one pairs of overlapping spans (both lists in text order).
fn relaxed_matches(system: &[Span], gold: &[Span]) -> usize {
    let mut used = vec![false; gold.len()];
    let mut matched = 0;
    for s in system {
        if let Some(i) = gold
            .iter()
            .enumerate()
            .position(|(i, g)| !used.get(i).copied().unwrap_or(true) && overlaps(*s, *g))
        {
            if let Some(u) = used.get_mut(i) {
                *u = true;
            }
            matched += 1;
        }
    }
    matched
}
