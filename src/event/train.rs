//! `tempora train`: the part-of-speech tagger from `ud-english`, then the event-mention model
//! and the anchor ranker from TBAQ, each written as a model file.

use super::EventClass;
use super::anchor::AnchorRanker;
use super::dataset::{self, Prepared};
use super::triggers::{EventTagger, Mention, Word};
use crate::nlp::perceptron::Trained;
use crate::nlp::{PosTagger, conllu};
use std::path::{Path, PathBuf};

/// Treebank files the tagger trains on.
pub const POS_TRAIN: &[&str] = &["en_ewt-ud-dev.conllu", "en_pud-ud-test.conllu"];
/// The treebank file held out to measure it.
pub const POS_HELD_OUT: &str = "en_ewt-ud-test.conllu";

/// Model file names in the output directory.
pub const POS_FILE: &str = "pos-tagger.model";
/// The event-mention model file.
pub const EVENTS_FILE: &str = "event-triggers.model";
/// The anchor ranker file.
pub const ANCHOR_FILE: &str = "event-anchor.model";
/// The list of documents the event models were trained on (file stems, one a line).
pub const DOCS_FILE: &str = "event-training-docs.txt";

/// Why training failed.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A corpus held nothing to train on.
    #[error("no training data in {0}")]
    NoData(PathBuf),
}

/// What training did.
#[derive(Debug, Clone)]
pub struct TrainSummary {
    /// Tagger training tokens.
    pub pos_tokens: usize,
    /// Tagger accuracy on the held-out file: (right, all).
    pub pos_held_out: (usize, usize),
    /// TimeML documents the event models trained on.
    pub documents: usize,
    /// Event-mention training sentences.
    pub sentences: usize,
    /// Anchor training cases.
    pub anchor_cases: usize,
}

fn read(path: &Path) -> Result<String, TrainError> {
    std::fs::read_to_string(path).map_err(|source| TrainError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn write(path: &Path, text: &str) -> Result<(), TrainError> {
    std::fs::write(path, text).map_err(|source| TrainError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Trains the tagger on `ud`.
pub fn train_tagger(ud: &Path) -> Result<(PosTagger, usize, (usize, usize)), TrainError> {
    let mut train = Vec::new();
    for name in POS_TRAIN {
        train.extend(conllu::parse(&read(&ud.join(name))?));
    }
    if train.is_empty() {
        return Err(TrainError::NoData(ud.to_path_buf()));
    }
    let tokens = train.iter().map(Vec::len).sum();
    let tagger = PosTagger::train(&train);
    let held_out = conllu::parse(&read(&ud.join(POS_HELD_OUT))?);
    let accuracy = tagger.accuracy(&held_out);
    Ok((tagger, tokens, accuracy))
}

/// Folds of the jackknife that gives the ranker event mentions as the event model finds them
/// on text it has not seen.
const JACKKNIFE: usize = 3;

fn event_sentences<'a>(docs: &[&Prepared<'a>]) -> Vec<(Vec<Word<'a>>, Vec<Option<EventClass>>)> {
    docs.iter()
        .flat_map(|d| d.sentences.iter())
        .map(|s| (s.words.clone(), s.classes.clone()))
        .collect()
}

/// Trains the event-mention model and the anchor ranker on prepared documents. The ranker
/// learns from mentions found by event models trained without the document at hand.
pub fn train_events(docs: &[&Prepared<'_>]) -> (EventTagger, AnchorRanker) {
    let mut found: Vec<Vec<Vec<Mention>>> = vec![Vec::new(); docs.len()];
    for fold in 0..JACKKNIFE {
        let rest: Vec<&Prepared<'_>> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % JACKKNIFE != fold)
            .map(|(_, d)| *d)
            .collect();
        let model = EventTagger::train(&event_sentences(&rest));
        for (i, d) in docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % JACKKNIFE == fold)
        {
            if let Some(slot) = found.get_mut(i) {
                *slot = d.sentences.iter().map(|s| model.find(&s.words)).collect();
            }
        }
    }
    let cases: Vec<_> = docs
        .iter()
        .zip(&found)
        .flat_map(|(d, m)| dataset::anchor_cases(d, m))
        .collect();
    (
        EventTagger::train(&event_sentences(docs)),
        AnchorRanker::train(&cases),
    )
}

/// Trains every model and writes them to `out`.
pub fn train_all(ud: &Path, tbaq: &Path, out: &Path) -> Result<TrainSummary, TrainError> {
    let (tagger, pos_tokens, pos_held_out) = train_tagger(ud)?;
    write(&out.join(POS_FILE), &tagger.to_text())?;
    let gold = dataset::read_dir(tbaq);
    if gold.is_empty() {
        return Err(TrainError::NoData(tbaq.to_path_buf()));
    }
    let prepared: Vec<Prepared<'_>> = gold
        .iter()
        .map(|(_, g)| dataset::prepare(g, &tagger))
        .collect();
    let refs: Vec<&Prepared<'_>> = prepared.iter().collect();
    let (events, anchor) = train_events(&refs);
    write(&out.join(EVENTS_FILE), &events.to_text())?;
    write(&out.join(ANCHOR_FILE), &anchor.to_text())?;
    let stems: String = gold
        .iter()
        .filter_map(|(p, _)| p.file_stem()?.to_str())
        .map(|s| format!("{s}\n"))
        .collect();
    write(&out.join(DOCS_FILE), &stems)?;
    Ok(TrainSummary {
        pos_tokens,
        pos_held_out,
        documents: gold.len(),
        sentences: prepared.iter().map(|p| p.sentences.len()).sum(),
        anchor_cases: prepared.iter().map(|p| p.linked.len()).sum(),
    })
}
