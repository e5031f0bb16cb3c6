//! Every change the timeline makes to the app's state, as a command: collected while a
//! frame is drawn and applied once, in order, at its end (as Rerun does), so there is one
//! place where state changes and undo can later be built on them.

use super::TemporaApp;
use super::history::{Edit, Step};
use crate::render::EventId;
use crate::timeline::TimeView;
use crate::timeline::filter::Filters;
use crate::timeline::lanes::Grouping;

/// One change to the timeline's state.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select an event (or nothing).
    Select(Option<EventId>),
    /// Show this view (the user zoomed or panned).
    SetView(TimeView),
    /// Show `[begin, end]` (seconds), fitted with a margin.
    ZoomTo(f64, f64),
    /// Group the lanes this way.
    SetGrouping(Grouping),
    /// Collapse or expand the lane with this key.
    ToggleCollapse(String),
    /// Hide these articles, or show them again when all are hidden already.
    ToggleDocs(Vec<usize>),
    /// Show only these articles.
    Solo(Vec<usize>),
    /// Show every article again.
    ShowAllDocs,
    /// Scroll the lanes area to this offset.
    ScrollLanes(f32),
    /// Show only events matching this text (`None` or empty: all).
    SetSearch(Option<String>),
    /// Esc: clear the selection and the search.
    ClearSelectionAndSearch,
    /// Fit the view to the selected event.
    FitSelection,
    /// Filter by type, precision and date range.
    SetFilters(Filters),
    /// Select an event and bring it into view (keyboard walking).
    Reveal(EventId),
    /// Change the documents in a way that can be undone; `name` is what the Edit menu
    /// calls it ("set publication date").
    Edit {
        /// What the Edit menu calls it.
        name: &'static str,
        /// The change.
        edit: Edit,
    },
    /// Take back the last edit.
    Undo,
    /// Do again the last edit taken back.
    Redo,
}

impl TemporaApp {
    /// The events passing the filters and matching the search, in time order (cached
    /// until the documents or the filters change).
    pub fn search_matches(&mut self) -> std::sync::Arc<Vec<EventId>> {
        let key = (self.revision, self.filter_rev);
        if let Some((k, matches)) = &self.search_cache
            && *k == key
        {
            return matches.clone();
        }
        let needle = self
            .layout
            .search
            .as_deref()
            .map(|s| s.trim().to_lowercase());
        let mut found: Vec<(f64, EventId)> = Vec::new();
        for (d, doc) in self.docs.iter().enumerate() {
            if self.layout.hidden_docs.contains(&d) {
                continue;
            }
            for (e, event) in doc.events.iter().enumerate() {
                let passes = !event.is_hidden()
                    && self.layout.filters.admits(&event.timex)
                    && needle
                        .as_deref()
                        .is_none_or(|n| crate::render::event_matches(doc, event, n));
                if passes {
                    let at = event
                        .timex
                        .interval
                        .as_ref()
                        .map_or(f64::INFINITY, |i| crate::timeline::to_secs(i.begin()));
                    found.push((at, EventId { doc: d, event: e }));
                }
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let matches = std::sync::Arc::new(found.into_iter().map(|(_, id)| id).collect::<Vec<_>>());
        self.search_cache = Some((key, matches.clone()));
        matches
    }

    /// Queues `command` for the end of the frame.
    pub fn command(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Applies the queued commands in order. Returns true when the selection changed.
    pub fn apply_commands(&mut self) -> bool {
        let mut selection_changed = false;
        for command in std::mem::take(&mut self.commands) {
            selection_changed |= self.apply(command);
        }
        selection_changed
    }

    /// Applies one command; true when it changed the selection.
    pub(super) fn apply(&mut self, command: Command) -> bool {
        match command {
            Command::Select(id) => {
                let before = self.selected;
                self.select(id);
                self.reveal_selected = false;
                self.follow_lane = 0;
                return self.selected != before;
            }
            Command::SetView(view) => {
                self.view = Some(view);
                self.user_moved = true;
            }
            Command::ZoomTo(begin, end) => {
                if let Some(view) = self.view {
                    self.view = Some(view.fit((begin, end)));
                    self.user_moved = true;
                }
            }
            Command::SetGrouping(grouping) => {
                self.layout.grouping = grouping;
                self.layout.scroll_y = 0.0;
            }
            Command::ToggleCollapse(key) => {
                if !self.layout.collapsed.remove(&key) {
                    self.layout.collapsed.insert(key);
                }
            }
            Command::SetSearch(text) => {
                self.layout.search = text.filter(|t| !t.trim().is_empty());
                self.filter_rev += 1;
            }
            Command::ClearSelectionAndSearch => {
                let had = self.selected.is_some();
                self.selected = None;
                if self.layout.search.take().is_some() {
                    self.filter_rev += 1;
                }
                return had;
            }
            Command::FitSelection => {
                let interval = self
                    .selected
                    .and_then(|id| self.docs.get(id.doc)?.events.get(id.event))
                    .and_then(|e| crate::render::mark_of(&e.timex));
                if let (Some(view), Some(mark)) = (self.view, interval) {
                    let (b, e) = match mark {
                        crate::render::Mark::Point(t) => (t, t),
                        crate::render::Mark::Span(b, e) => (b, e),
                    };
                    self.view = Some(view.fit((b, e)));
                    self.user_moved = true;
                }
            }
            Command::ToggleDocs(docs) => {
                self.filter_rev += 1;
                let hidden = &mut self.layout.hidden_docs;
                if docs.iter().all(|d| hidden.contains(d)) {
                    docs.iter().for_each(|d| {
                        hidden.remove(d);
                    });
                } else {
                    hidden.extend(docs);
                }
            }
            Command::Solo(docs) => {
                self.filter_rev += 1;
                self.layout.hidden_docs =
                    (0..self.docs.len()).filter(|d| !docs.contains(d)).collect();
            }
            Command::ShowAllDocs => {
                self.filter_rev += 1;
                self.layout.hidden_docs.clear();
            }
            Command::ScrollLanes(y) => self.layout.scroll_y = y.max(0.0),
            Command::SetFilters(filters) => {
                if filters != self.layout.filters {
                    self.layout.filters = filters;
                    self.filter_rev += 1;
                }
            }
            Command::Reveal(id) => {
                let before = self.selected;
                self.select(Some(id));
                return self.selected != before;
            }
            Command::Edit { name, edit } => {
                if let Some(undo) = self.apply_edit(edit.clone()) {
                    self.history.record(Step {
                        name,
                        redo: edit,
                        undo,
                    });
                }
            }
            Command::Undo => {
                if let Some(step) = self.history.undo() {
                    self.apply_edit(step.undo);
                    self.set_status(format!("Undone: {}", step.name), super::StatusKind::Info);
                }
            }
            Command::Redo => {
                if let Some(step) = self.history.redo() {
                    self.apply_edit(step.redo);
                    self.set_status(format!("Redone: {}", step.name), super::StatusKind::Info);
                }
            }
        }
        false
    }

    /// Applies `edit` to its document's curation and the document; returns its inverse,
    /// or `None` when it changed nothing (or names a document that is not open).
    fn apply_edit(&mut self, edit: Edit) -> Option<Edit> {
        let Edit { doc, change } = edit;
        let curation = self.curations.get_mut(doc)?;
        let d = self.docs.get_mut(doc)?;
        let undo = curation.edit(change.clone());
        if undo == change {
            return None;
        }
        curation.apply(d, self.originals.get(doc).and_then(Option::as_ref));
        if let crate::curation::Edit::Publication { date } = &change {
            let message = match (date, &d.article.publication) {
                (Some(date), _) => format!(
                    "Re-resolved “{}” against {}",
                    d.article.title,
                    date.format("%Y-%m-%d")
                ),
                (None, Some(own)) => format!(
                    "“{}” is back to its own date, {}",
                    d.article.title,
                    own.date.format("%Y-%m-%d")
                ),
                (None, None) => format!("“{}” has no publication date", d.article.title),
            };
            self.set_status(message, super::StatusKind::Info);
        }
        self.revision += 1;
        self.model = None;
        Some(Edit { doc, change: undo })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn commands_apply_in_order_and_toggle() {
        let mut app = TemporaApp::with_documents(vec![sample(), sample(), sample()]);
        app.command(Command::ToggleDocs(vec![1]));
        app.command(Command::ToggleCollapse("all".into()));
        app.command(Command::Select(Some(EventId { doc: 0, event: 0 })));
        assert!(app.apply_commands());
        assert!(app.layout.hidden_docs.contains(&1));
        assert!(app.layout.collapsed.contains("all"));
        app.command(Command::ToggleDocs(vec![1]));
        app.command(Command::Solo(vec![2]));
        assert!(!app.apply_commands());
        assert_eq!(
            app.layout.hidden_docs.iter().copied().collect::<Vec<_>>(),
            vec![0, 1]
        );
        app.command(Command::ShowAllDocs);
        app.apply_commands();
        assert!(app.layout.hidden_docs.is_empty());
        app.command(Command::SetSearch(Some("  ".into())));
        app.apply_commands();
        assert_eq!(app.layout.search, None);
        app.command(Command::SetSearch(Some("bridge".into())));
        app.apply_commands();
        assert_eq!(
            app.search_matches().len(),
            3,
            "each sample has one bridge sentence event"
        );
        app.command(Command::ClearSelectionAndSearch);
        assert!(app.apply_commands());
        assert_eq!((app.selected, app.layout.search.as_deref()), (None, None));
    }

    #[test]
    fn a_publication_date_is_undone_and_redone() {
        let mut app = TemporaApp::with_documents(vec![sample()]);
        let before = app.docs[0].article.publication.clone();
        let date = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("date");
        app.command(TemporaApp::set_publication_command(0, date));
        app.apply_commands();
        assert_eq!(app.docs[0].dct(), Some(date));
        assert_eq!(app.undo_name(), Some("set publication date"));
        let redated = app.docs[0].events.clone();

        app.command(Command::Undo);
        app.apply_commands();
        assert_eq!(app.docs[0].article.publication, before);
        assert_eq!(
            (app.undo_name(), app.redo_name()),
            (None, Some("set publication date"))
        );
        app.command(Command::Redo);
        app.apply_commands();
        assert_eq!(app.docs[0].events, redated);

        // The same date again changes nothing and is not a step.
        app.command(TemporaApp::set_publication_command(0, date));
        app.apply_commands();
        assert_eq!(app.history.undo_len(), 1);
        app.reset_publication_date(0);
        assert_eq!(app.undo_name(), Some("reset publication date"));
        assert_eq!(app.docs[0].article.publication, before);
    }
}
