//! The timeline model: every placeable event once, with its place in time, its lane and
//! its measured label, indexed per lane for culling. Built once and extended as articles
//! arrive, so a frame never re-reads every document.

use super::LABEL_SIZE;
use super::cache::FrameCache;
use super::primitives::EventId;
use super::views::{Mark, is_vague, mark_of};
use crate::pipeline::Document;
use crate::render::text::text_width;
use crate::timeline::cull::TimeIndex;
use crate::timeline::filter::Filters;
use crate::timeline::lanes::Grouping;
use std::collections::HashMap;

/// One placeable event as the timeline lays it out.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Which event.
    pub id: EventId,
    /// How it sits on the timeline.
    pub mark: Mark,
    /// Its time range in seconds (a point's is one instant).
    pub begin: f64,
    /// See `begin`.
    pub end: f64,
    /// Width of its whole label at [`LABEL_SIZE`], measured once.
    pub label_w: f32,
    /// Drawn with faded ends.
    pub vague: bool,
}

/// One lane: its articles and their placeable events, indexed by time.
#[derive(Debug, Clone)]
pub struct Lane {
    /// A stable key (what collapsing remembers): `article:PATH#ITEM`, `source:NAME` or `all`.
    pub key: String,
    /// The name in its header.
    pub name: String,
    /// The articles in it (indices into the documents).
    pub docs: Vec<usize>,
    /// Its placeable events.
    pub entries: Vec<Entry>,
    index: TimeIndex,
}

impl Lane {
    /// The entries meeting `[lo, hi]` (seconds), as indices into `entries`.
    pub fn visit(&self, lo: f64, hi: f64, f: impl FnMut(usize, f64, f64)) {
        self.index.visit(lo, hi, f);
    }
}

/// Every lane of a set of documents under one grouping.
#[derive(Debug, Clone, Default)]
pub struct TimelineModel {
    grouping: Grouping,
    lanes: Vec<Lane>,
    lane_of_key: HashMap<String, usize>,
    docs_seen: usize,
    /// Events with no place on a timeline (durations, sets, waiting for a date).
    pub unplaced: usize,
    /// Relative events waiting for a publication date.
    pub awaiting: usize,
    /// For each document, how many events the documents before it have.
    events_before: Vec<usize>,
    /// What frames reuse (filter state, the latest plan); emptied when the model grows.
    pub(super) cache: FrameCache,
}

impl TimelineModel {
    /// The model of `docs` grouped by `grouping`.
    pub fn new(docs: &[Document], grouping: Grouping) -> Self {
        let mut model = Self {
            grouping,
            ..Self::default()
        };
        model.extend(docs);
        model
    }

    /// Adds the documents after the ones already in the model (`docs` is the whole,
    /// grown list); only the new ones are read and only their lanes are re-indexed.
    pub fn extend(&mut self, docs: &[Document]) {
        let mut added: HashMap<usize, Vec<Entry>> = HashMap::new();
        self.cache.clear();
        for (d, doc) in docs.iter().enumerate().skip(self.docs_seen) {
            let before = match (self.events_before.last(), d.checked_sub(1)) {
                (Some(&n), Some(prev)) => n + docs.get(prev).map_or(0, |p| p.events.len()),
                _ => 0,
            };
            self.events_before.push(before);
            self.awaiting += doc.awaiting_date();
            let lane = self.lane_for(d, doc);
            let entries = added.entry(lane).or_default();
            for (e, event) in doc.events.iter().enumerate() {
                // Hidden by the analyst: a false event, left out.
                if event.is_hidden() {
                    continue;
                }
                let Some(mark) = mark_of(&event.timex) else {
                    self.unplaced += 1;
                    continue;
                };
                let (begin, end) = match mark {
                    Mark::Point(t) => (t, t),
                    Mark::Span(b, u) => (b, u),
                };
                entries.push(Entry {
                    id: EventId { doc: d, event: e },
                    mark,
                    begin,
                    end,
                    label_w: text_width(&event.label, LABEL_SIZE),
                    vague: is_vague(&event.timex),
                });
            }
        }
        self.docs_seen = self.docs_seen.max(docs.len());
        for (lane, entries) in added {
            let Some(l) = self.lanes.get_mut(lane) else {
                continue;
            };
            let ranges: Vec<(f64, f64)> = entries.iter().map(|e| (e.begin, e.end)).collect();
            l.index.extend(l.entries.len(), &ranges);
            l.entries.extend(entries);
        }
    }

    /// The lane of document `d`, created when new.
    fn lane_for(&mut self, d: usize, doc: &Document) -> usize {
        let (key, name) = match self.grouping {
            Grouping::Article => (
                format!(
                    "article:{}#{}",
                    doc.article.path.display(),
                    doc.article.item.unwrap_or(0)
                ),
                doc.article.title.clone(),
            ),
            Grouping::Source => {
                let source = source_of(doc);
                (format!("source:{source}"), source)
            }
            Grouping::None => ("all".to_string(), "All articles".to_string()),
        };
        let n = self.lanes.len();
        let lane = *self.lane_of_key.entry(key.clone()).or_insert(n);
        if lane == n {
            self.lanes.push(Lane {
                key,
                name,
                docs: Vec::new(),
                entries: Vec::new(),
                index: TimeIndex::default(),
            });
        }
        if let Some(l) = self.lanes.get_mut(lane) {
            l.docs.push(d);
        }
        lane
    }

    /// True when the model was built from exactly `docs.len()` documents under `grouping`.
    pub fn is_for(&self, docs: &[Document], grouping: Grouping) -> bool {
        self.docs_seen == docs.len() && self.grouping == grouping
    }

    /// How many documents the model holds.
    pub fn docs_seen(&self) -> usize {
        self.docs_seen
    }

    /// The grouping.
    pub fn grouping(&self) -> Grouping {
        self.grouping
    }

    /// The lanes, in order of first appearance.
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// How many events the documents before document `doc` have (what numbers its events
    /// in accessible labels).
    pub fn events_before(&self, doc: usize) -> Option<usize> {
        self.events_before.get(doc).copied()
    }

    /// How many events can be placed.
    pub fn placeable(&self) -> usize {
        self.lanes.iter().map(|l| l.entries.len()).sum()
    }

    /// The model holding only the events of `docs` that `filters` admit: the same lanes in
    /// the same order (an emptied lane stays), nothing measured again.
    pub fn filtered(&self, docs: &[Document], filters: &Filters) -> Self {
        let admits = |id: EventId| {
            docs.get(id.doc)
                .and_then(|d| d.events.get(id.event))
                .is_some_and(|e| filters.admits(&e.timex))
        };
        let lanes = self
            .lanes
            .iter()
            .map(|lane| {
                let entries: Vec<Entry> = lane
                    .entries
                    .iter()
                    .filter(|e| admits(e.id))
                    .cloned()
                    .collect();
                let ranges: Vec<(f64, f64)> = entries.iter().map(|e| (e.begin, e.end)).collect();
                Lane {
                    key: lane.key.clone(),
                    name: lane.name.clone(),
                    docs: lane.docs.clone(),
                    entries,
                    index: TimeIndex::new(&ranges),
                }
            })
            .collect();
        Self {
            grouping: self.grouping,
            lanes,
            lane_of_key: self.lane_of_key.clone(),
            docs_seen: self.docs_seen,
            unplaced: self.unplaced,
            awaiting: self.awaiting,
            events_before: self.events_before.clone(),
            cache: FrameCache::default(),
        }
    }
}

/// The source of an article: the folder it was read from.
pub fn source_of(doc: &Document) -> String {
    doc.article
        .path
        .parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "(current folder)".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::{named, sample};

    #[test]
    fn grouping_makes_lanes_and_extending_adds_only_new_documents() {
        let a = named("feeds/a.txt", "x", &[]);
        let mut docs = vec![sample(), a];
        let by_article = TimelineModel::new(&docs, Grouping::Article);
        assert_eq!(by_article.lanes().len(), 2);
        assert_eq!(by_article.placeable(), 3);
        assert_eq!(by_article.unplaced, 1);
        let mut by_source = TimelineModel::new(&docs, Grouping::Source);
        assert_eq!(by_source.lanes().len(), 2);
        assert_eq!(by_source.lanes()[1].name, "feeds");
        docs.push(sample());
        assert!(!by_source.is_for(&docs, Grouping::Source));
        by_source.extend(&docs);
        assert!(by_source.is_for(&docs, Grouping::Source));
        assert_eq!(
            by_source.lanes().len(),
            2,
            "the new sample joins the first source"
        );
        assert_eq!(by_source.placeable(), 6);
        let single = TimelineModel::new(&docs, Grouping::None);
        assert_eq!(single.lanes().len(), 1);
        let mut hits = Vec::new();
        single.lanes()[0].visit(f64::NEG_INFINITY, f64::INFINITY, |i, _, _| hits.push(i));
        assert_eq!(hits.len(), 6);
        assert_eq!(single.events_before(0), Some(0));
        assert_eq!(single.events_before(2), Some(docs[0].events.len()));
        assert_eq!(single.events_before(3), None);
    }

    #[test]
    fn a_filtered_model_keeps_its_lanes_and_drops_what_the_filters_refuse() {
        let docs = vec![sample(), named("feeds/a.txt", "x", &[])];
        let model = TimelineModel::new(&docs, Grouping::Article);
        let days = Filters {
            only_days: true,
            ..Filters::default()
        };
        let only_days = model.filtered(&docs, &days);
        assert_eq!(only_days.lanes().len(), model.lanes().len());
        assert!(only_days.is_for(&docs, Grouping::Article));
        assert!(only_days.placeable() < model.placeable());
        let mut hits = 0;
        for lane in only_days.lanes() {
            lane.visit(f64::NEG_INFINITY, f64::INFINITY, |i, _, _| {
                let entry = &lane.entries[i];
                assert!(days.admits(&docs[entry.id.doc].events[entry.id.event].timex));
                hits += 1;
            });
        }
        assert_eq!(hits, only_days.placeable());
        assert_eq!(
            model.filtered(&docs, &Filters::default()).placeable(),
            model.placeable()
        );
    }
}
