//! Curation: what the analyst changed in an article's reading — corrected dates, labels,
//! hidden events, notes and the publication date — kept apart from the machine's reading
//! and applied over it.
//!
//! * [`ExpressionKey`] names an event so that the name survives a re-read of the article;
//! * [`Edit`] is one undoable change, a plain value; [`Curation::edit`] returns its inverse;
//! * [`Curation::apply`] marks a [`Document`]'s events ([`Event::curated`]): corrected
//!   interval and granularity, label, note, "edited by you" in the "why", hidden;
//! * [`Curation::reattach`] follows the edits into a changed article and reports those
//!   that no longer match;
//! * [`CorrectedDate::parse`] reads a typed date ("2025-08", "Aug 2025", "2025-W45").
//!
//! [`Event::curated`]: crate::event::Event::curated

mod apply;
mod date_input;
mod edit;
mod key;
mod mark;

pub use apply::LostEdit;
pub use date_input::{CorrectedDate, DateInputError};
pub use edit::{Edit, EventEdits};
pub use key::{CONTEXT_CHARS, ExpressionKey, Located, NEARBY_BYTES};
pub use mark::Curated;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article's curation: its publication-date override and the edits of its events,
/// sorted by key, none empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "CurationFields")]
pub struct Curation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    publication: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    events: Vec<EventCuration>,
}

/// The edits of one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCuration {
    /// The event.
    pub key: ExpressionKey,
    /// What was changed.
    #[serde(flatten)]
    pub edits: EventEdits,
}

/// [`Curation`] as read, before it is sorted and cleared of empty edits.
#[derive(Deserialize)]
struct CurationFields {
    #[serde(default)]
    publication: Option<NaiveDate>,
    #[serde(default)]
    events: Vec<EventCuration>,
}

impl From<CurationFields> for Curation {
    fn from(f: CurationFields) -> Self {
        let mut events = f.events;
        events.retain(|e| !e.edits.is_empty());
        events.sort_by(|a, b| a.key.cmp(&b.key));
        events.dedup_by(|later, first| later.key == first.key);
        Self {
            publication: f.publication,
            events,
        }
    }
}

impl Curation {
    /// True when nothing is curated.
    pub fn is_empty(&self) -> bool {
        self.publication.is_none() && self.events.is_empty()
    }

    /// The publication date set by the analyst, if any.
    pub fn publication(&self) -> Option<NaiveDate> {
        self.publication
    }

    /// Every event's edits, sorted by key.
    pub fn events(&self) -> &[EventCuration] {
        &self.events
    }

    /// The edits of the event at `key`, if any.
    pub fn edits(&self, key: &ExpressionKey) -> Option<&EventEdits> {
        self.events
            .binary_search_by(|e| e.key.cmp(key))
            .ok()
            .and_then(|i| self.events.get(i))
            .map(|e| &e.edits)
    }

    /// Makes one change and returns the edit that undoes it. Apply the curation to the
    /// article's document again to see it.
    pub fn edit(&mut self, edit: Edit) -> Edit {
        if let Edit::Publication { date } = edit {
            return Edit::Publication {
                date: std::mem::replace(&mut self.publication, date),
            };
        }
        let Some(key) = edit.key().cloned() else {
            return edit;
        };
        let index = match self.events.binary_search_by(|e| e.key.cmp(&key)) {
            Ok(i) => i,
            Err(i) => {
                self.events.insert(
                    i,
                    EventCuration {
                        key,
                        edits: EventEdits::default(),
                    },
                );
                i
            }
        };
        let Some(entry) = self.events.get_mut(index) else {
            return edit;
        };
        let inverse = edit.apply_to(&mut entry.edits);
        if entry.edits.is_empty() {
            self.events.remove(index);
        }
        inverse
    }
}
