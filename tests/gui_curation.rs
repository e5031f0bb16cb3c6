//! Curation in the window, driven with egui_kittest: correct a date (typed, validated),
//! hide an event, add a note — by key and by the right-click menu — then undo all three
//! and redo them.

#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tempora::app::{TemporaApp, load_documents};
use tempora::render::{EventId, accessible_label};

fn harness(app: TemporaApp) -> Harness<'static, TemporaApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut TemporaApp| app.ui(ui), app)
}

fn sample_app() -> TemporaApp {
    let sample = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/sample-harbor-bridge.txt");
    let mut app = TemporaApp::new(None);
    app.add_loaded(load_documents(&[sample], None));
    assert_eq!(app.documents().len(), 1, "the sample loads");
    app
}

/// The first event drawn on the timeline.
fn placed(app: &TemporaApp) -> EventId {
    let doc = &app.documents()[0];
    let event = doc
        .events
        .iter()
        .position(|e| tempora::render::mark_of(&e.timex).is_some())
        .expect("a placed event");
    EventId { doc: 0, event }
}

/// Replaces the text of the dialog's field `field` (which has the keyboard) with `text`.
fn type_into(harness: &mut Harness<'static, TemporaApp>, field: &str, text: &str) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

#[test]
fn correct_hide_and_note_then_undo_all_and_redo() {
    let app = sample_app();
    let id = placed(&app);
    let other = EventId {
        doc: 0,
        event: id.event + 1,
    };
    let other_label = accessible_label(app.documents(), other).expect("a second event");
    let mut harness = harness(app);
    harness.run();

    // Correct the date: Enter opens the dialog; a wrong date says why and is refused.
    harness.state_mut().select(Some(id));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    type_into(&mut harness, "New date", "Aug");
    assert!(
        harness
            .query_all_by_label_contains("“Aug” is not a date")
            .next()
            .is_some(),
        "the parser's message shows as you type"
    );
    type_into(&mut harness, "New date", "2024-05");
    harness.get_by_label("OK").click();
    harness.run();
    let event = &harness.state().documents()[0].events[id.event];
    assert_eq!(event.timex.value.to_string(), "2024-05");
    assert!(event.is_edited());
    assert!(
        harness
            .query_all_by_label_contains("edited by you")
            .next()
            .is_some()
    );

    // Add a note with N; the detail panel shows it.
    harness.key_press(egui::Key::N);
    harness.run();
    type_into(&mut harness, "Note", "checked against the council minutes");
    harness.get_by_label("OK").click();
    harness.run();
    assert_eq!(
        harness.state().documents()[0].events[id.event].note(),
        Some("checked against the council minutes")
    );
    harness.get_by_label("checked against the council minutes");

    // Hide another event from its right-click menu on the timeline.
    harness.get_by_label(&other_label).click_secondary();
    harness.run();
    harness.get_by_label("Hide").click();
    harness.run();
    assert!(harness.state().documents()[0].events[other.event].is_hidden());
    assert!(
        harness.query_by_label(&other_label).is_none(),
        "a hidden event leaves the timeline"
    );

    // Undo all three, then redo them.
    for _ in 0..3 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    let events = &harness.state().documents()[0].events;
    assert!(events.iter().all(|e| !e.is_edited()), "all undone");
    assert_ne!(events[id.event].timex.value.to_string(), "2024-05");
    for _ in 0..3 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
        harness.run();
    }
    let events = &harness.state().documents()[0].events;
    assert_eq!(events[id.event].timex.value.to_string(), "2024-05");
    assert!(events[id.event].note().is_some());
    assert!(events[other.event].is_hidden());
    assert_eq!(harness.state().undo_name(), Some("hide event"));
}
