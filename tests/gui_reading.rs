//! The reading view and undo/redo, driven through the real app with egui_kittest: click an
//! expression in the text and see its event selected; select an event far down a long
//! article and see the text scroll to it; undo and redo a publication date by key and menu.

#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tempora::app::{TemporaApp, expression_label, load_documents};
use tempora::article::{Article, ArticleFormat};
use tempora::pipeline::Document;
use tempora::render::EventId;

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

#[test]
fn clicking_an_expression_in_the_text_selects_its_event() {
    let mut app = sample_app();
    app.show_reading(true);
    let id = EventId { doc: 0, event: 1 };
    let label = expression_label(app.documents(), id).expect("the sample has two events");
    let mut harness = harness(app);
    harness.run();
    assert_eq!(harness.state().selected(), None);
    harness.get_by_label(&label).click();
    harness.run();
    assert_eq!(harness.state().selected(), Some(id));
    // The title and the publication date with its source head the view.
    assert!(
        harness
            .query_all_by_label_contains("Published 2025-11-04")
            .next()
            .is_some()
    );
}

/// One article of `paragraphs` paragraphs, a date in the first and in the last.
fn long_article(paragraphs: usize) -> Document {
    let mut text = String::from("Published: 2024-05-01\n\nThe plan was announced on Monday.\n\n");
    for i in 0..paragraphs {
        text.push_str(&format!(
            "Paragraph {i} says nothing about time and goes on for a while so that it wraps \
             over more than one line in a narrow panel.\n\n"
        ));
    }
    text.push_str("The work ends on 3 March 2026.\n");
    Document::new(Article::from_text("long.txt", text, ArticleFormat::Text))
}

#[test]
fn selecting_an_event_scrolls_the_text_to_it() {
    let mut app = TemporaApp::with_documents(vec![long_article(400)]);
    app.show_reading(true);
    let last = EventId {
        doc: 0,
        event: app.documents()[0].events.len() - 1,
    };
    let label = expression_label(app.documents(), last).expect("a last event");
    let mut harness = harness(app);
    harness.run();
    assert!(
        harness.query_by_label(&label).is_none(),
        "only what is in sight is drawn"
    );
    harness.state_mut().select(Some(last));
    // The event list scrolls to the row smoothly: let it settle.
    harness.run_steps(20);
    harness.get_by_label(&label);
}

#[test]
fn a_publication_date_is_undone_and_redone_by_key_and_menu() {
    let app = sample_app();
    let before = app.documents()[0].article.publication.clone();
    let date = chrono::NaiveDate::from_ymd_opt(2019, 3, 6).expect("date");
    let mut harness = harness(app);
    harness.run();
    harness.state_mut().set_publication_date(0, date);
    harness.run();
    assert_eq!(harness.state().documents()[0].dct(), Some(date));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().documents()[0].article.publication, before);

    harness.get_by_label("Edit").click();
    harness.run();
    // The menu entry carries its shortcut.
    harness
        .get_by_label("Redo: set publication date Ctrl+Shift+Z")
        .click();
    harness.run();
    assert_eq!(harness.state().documents()[0].dct(), Some(date));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(harness.state().documents()[0].dct(), Some(date));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(harness.state().documents()[0].dct(), Some(date));
    assert_eq!(harness.state().undo_name(), Some("set publication date"));
}
