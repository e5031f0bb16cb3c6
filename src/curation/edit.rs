//! One change the analyst makes, as a plain value: applied to a [`super::Curation`] it
//! returns its inverse, which undoes it.

use super::date_input::CorrectedDate;
use super::key::ExpressionKey;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the analyst changed on one event. The default changes nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventEdits {
    /// The date the event was corrected to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<CorrectedDate>,
    /// The label that replaces the machine's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A false event, left out of exports and greyed in the window.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// The analyst's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl EventEdits {
    /// True when nothing is changed.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One undoable change to an article's curation. Each carries the new state of what it
/// changes (`None` or `false` resets it), so its inverse is an edit of the same kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum Edit {
    /// Correct an event's date (`None`: back to the date read from the text).
    Date {
        /// The event.
        key: ExpressionKey,
        /// The new date.
        date: Option<CorrectedDate>,
    },
    /// Relabel an event (`None`: back to the machine's label).
    Label {
        /// The event.
        key: ExpressionKey,
        /// The new label.
        label: Option<String>,
    },
    /// Hide or show an event.
    Hidden {
        /// The event.
        key: ExpressionKey,
        /// Hidden or not.
        hidden: bool,
    },
    /// Set or remove an event's note.
    Note {
        /// The event.
        key: ExpressionKey,
        /// The note.
        note: Option<String>,
    },
    /// Set the article's publication date (`None`: back to the date found in the article).
    Publication {
        /// The new date.
        date: Option<NaiveDate>,
    },
}

impl Edit {
    /// What the edit does, for "Undo: hide event".
    pub fn name(&self) -> &'static str {
        match self {
            Edit::Date { date: Some(_), .. } => "correct date",
            Edit::Date { date: None, .. } => "reset date",
            Edit::Label { label: Some(_), .. } => "relabel event",
            Edit::Label { label: None, .. } => "reset label",
            Edit::Hidden { hidden: true, .. } => "hide event",
            Edit::Hidden { hidden: false, .. } => "show event",
            Edit::Note { note: Some(_), .. } => "edit note",
            Edit::Note { note: None, .. } => "remove note",
            Edit::Publication { date: Some(_) } => "set publication date",
            Edit::Publication { date: None } => "reset publication date",
        }
    }

    /// The event it changes; `None` for the publication date.
    pub fn key(&self) -> Option<&ExpressionKey> {
        match self {
            Edit::Date { key, .. }
            | Edit::Label { key, .. }
            | Edit::Hidden { key, .. }
            | Edit::Note { key, .. } => Some(key),
            Edit::Publication { .. } => None,
        }
    }

    /// Applies the edit to one event's edits and returns the edit that undoes it.
    pub(super) fn apply_to(self, edits: &mut EventEdits) -> Edit {
        match self {
            Edit::Date { key, date } => Edit::Date {
                key,
                date: std::mem::replace(&mut edits.date, date),
            },
            Edit::Label { key, label } => Edit::Label {
                key,
                label: std::mem::replace(&mut edits.label, label.filter(|l| !l.is_empty())),
            },
            Edit::Hidden { key, hidden } => Edit::Hidden {
                key,
                hidden: std::mem::replace(&mut edits.hidden, hidden),
            },
            Edit::Note { key, note } => Edit::Note {
                key,
                note: std::mem::replace(&mut edits.note, note.filter(|n| !n.trim().is_empty())),
            },
            publication @ Edit::Publication { .. } => publication,
        }
    }
}
