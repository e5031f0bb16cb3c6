//! The mark a curated event carries: what the analyst changed, and what the machine had
//! read, so the curation can be taken off again.

use super::edit::EventEdits;
use crate::event::Event;
use crate::temporal::{Interval, Modifier, TimexType, TimexValue};
use crate::text::SharedStr;

/// What the analyst changed on an event (see [`Event::curated`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Curated {
    /// The edits in force.
    pub edits: EventEdits,
    machine: MachineReading,
}

/// The parts of an event a curation changes, as the machine read them.
#[derive(Debug, Clone, PartialEq)]
struct MachineReading {
    timex_type: TimexType,
    value: TimexValue,
    modifier: Option<Modifier>,
    interval: Option<Interval>,
    awaits_publication_date: bool,
    detail: SharedStr,
    label: SharedStr,
}

impl Curated {
    /// The machine's value, as read from the text (e.g. to show "was 2025-09").
    pub fn machine_value(&self) -> &TimexValue {
        &self.machine.value
    }

    /// The machine's label.
    pub fn machine_label(&self) -> &str {
        &self.machine.label
    }
}

/// Puts `edits` on `event` (taking any earlier curation off first).
pub(super) fn mark(event: &mut Event, edits: &EventEdits) {
    unmark(event);
    if edits.is_empty() {
        return;
    }
    let t = &event.timex;
    let machine = MachineReading {
        timex_type: t.timex_type,
        value: t.value.clone(),
        modifier: t.modifier,
        interval: t.interval,
        awaits_publication_date: t.awaits_publication_date,
        detail: t.why.detail.clone(),
        label: event.label.clone(),
    };
    let mut changes = Vec::new();
    if let Some(date) = edits.date {
        changes.push(format!(
            "date corrected to {date} (the text read {})",
            t.value
        ));
        let t = &mut event.timex;
        t.timex_type = date.timex_type();
        t.value = TimexValue::Date(date.value());
        t.modifier = None;
        t.interval = Some(date.interval());
        t.awaits_publication_date = false;
    }
    if let Some(label) = &edits.label {
        changes.push("relabelled".to_string());
        event.label = label.as_str().into();
    }
    if edits.note.is_some() {
        changes.push("noted".to_string());
    }
    if edits.hidden {
        changes.push("hidden".to_string());
    }
    event.timex.why.detail =
        format!("edited by you: {}; {}", changes.join(", "), machine.detail).into();
    event.curated = Some(Box::new(Curated {
        edits: edits.clone(),
        machine,
    }));
}

/// Takes the curation off `event`, giving back what the machine read.
pub(super) fn unmark(event: &mut Event) {
    let Some(curated) = event.curated.take() else {
        return;
    };
    let m = curated.machine;
    let t = &mut event.timex;
    t.timex_type = m.timex_type;
    t.value = m.value;
    t.modifier = m.modifier;
    t.interval = m.interval;
    t.awaits_publication_date = m.awaits_publication_date;
    t.why.detail = m.detail;
    event.label = m.label;
}

impl Event {
    /// True when the analyst hid this event.
    pub fn is_hidden(&self) -> bool {
        self.curated.as_ref().is_some_and(|c| c.edits.hidden)
    }

    /// True when the analyst changed anything on this event.
    pub fn is_edited(&self) -> bool {
        self.curated.is_some()
    }

    /// The analyst's note, if any.
    pub fn note(&self) -> Option<&str> {
        self.curated.as_ref().and_then(|c| c.edits.note.as_deref())
    }
}
