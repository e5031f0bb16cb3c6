//! The collection timeline driven by egui_kittest: search, lane headers, cluster badges,
//! the list following a click, and keys.

#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use tempora::app::TemporaApp;
use tempora::pipeline::Document;
use tempora::render::EventId;
use tempora::render::fixtures::{Spec, named, sample};
use tempora::temporal::Granularity;

fn harness(app: TemporaApp) -> Harness<'static, TemporaApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut TemporaApp| app.ui(ui), app)
}

/// An article called `title` with one day event, "met on Tuesday" in `text`.
fn one_event(path: &str, title: &str) -> Document {
    named(
        path,
        &format!("{title}\n\nThe {title} board met on Tuesday."),
        &[(
            "Tuesday",
            "2025-11-04",
            Some(((2025, 11, 4), (2025, 11, 5))),
            Granularity::Day,
        )],
    )
}

#[test]
fn search_narrows_the_list_and_the_timeline() {
    let app = TemporaApp::with_documents(vec![sample()]);
    let mut harness = harness(app);
    harness.run();
    let friday = "event 4: Friday — 2025-11-07";
    let monday = "event 1: Monday — 2025-11-03";
    assert!(harness.query_by_label(friday).is_some());
    let search = harness.get_by_label("Search:");
    search.focus();
    search.type_text("bridge");
    harness.run();
    assert!(
        harness.query_by_label(friday).is_none(),
        "Friday does not match"
    );
    assert!(
        harness.query_by_label(monday).is_some(),
        "Monday's sentence has 'bridge'"
    );
    harness.get_by_label("1 of 4 events");
    // The list shows only the match.
    assert!(harness.query_by_label("2025-11-07").is_none());
    harness.get_by_label("2025-11-03");
    // Enter walks to the match; Esc clears the search and the selection.
    harness.get_by_label("Search:").focus();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().selected(),
        Some(EventId { doc: 0, event: 0 })
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selected(), None);
    assert!(harness.query_by_label(friday).is_some());
}

#[test]
fn clicking_a_lane_header_hides_an_article_and_alt_click_shows_it_alone() {
    let docs = vec![
        one_event("a/harbor.txt", "Harbor"),
        one_event("b/council.txt", "Council"),
        one_event("c/school.txt", "School"),
    ];
    let mut harness = harness(TemporaApp::with_documents(docs));
    harness.run();
    let harbor = "event 1: Tuesday — 2025-11-04";
    let council = "event 2: Tuesday — 2025-11-04";
    let school = "event 3: Tuesday — 2025-11-04";
    for label in [harbor, council, school] {
        harness.get_by_label(label);
    }
    harness.get_by_label("lane Council").click();
    harness.run();
    assert!(harness.query_by_label(council).is_none());
    harness.get_by_label(harbor);
    harness.get_by_label("1 article hidden  ×").click();
    harness.run();
    harness.get_by_label(council);
    harness
        .get_by_label("lane School")
        .click_modifiers(egui::Modifiers::ALT);
    harness.run();
    assert!(harness.query_by_label(harbor).is_none());
    assert!(harness.query_by_label(council).is_none());
    harness.get_by_label(school);
}

/// One article with `n` day events over four weeks: more than the rows hold.
fn crowded(n: usize) -> Document {
    let mut text = String::from("Crowded\n\n");
    let exprs: Vec<String> = (0..n).map(|i| format!("E{i:04}")).collect();
    for e in &exprs {
        text.push_str(&format!(
            "The inspection {e} found nothing new at the site. "
        ));
    }
    let specs: Vec<Spec<'_>> = exprs
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let d = 1 + (i % 28) as u32;
            (
                e.as_str(),
                "2025-11",
                Some(((2025, 11, d), (2025, 11, d + 1))),
                Granularity::Day,
            )
        })
        .collect();
    named("crowded.txt", &text, &specs)
}

#[test]
fn a_cluster_badge_zooms_in_when_clicked() {
    let mut harness = harness(TemporaApp::with_documents(vec![crowded(400)]));
    harness.run();
    let before = harness.state().view().expect("a view");
    let badge = harness
        .get_all_by_label_contains("cluster of")
        .next()
        .expect("a badge");
    badge.click();
    harness.run();
    let after = harness.state().view().expect("a view");
    let span = |v: tempora::timeline::TimeView| v.end_secs() - v.start_secs();
    assert!(span(after) < span(before), "{before:?} -> {after:?}");
}

#[test]
fn the_list_follows_a_timeline_click_in_the_same_frame() {
    let mut harness = harness(TemporaApp::with_documents(vec![crowded(400)]));
    harness.run();
    // A placed event whose row is far down the list, out of its view.
    let far = harness
        .get_all_by_label_contains(" — 2025-11")
        .filter_map(|n| n.accesskit_node().label())
        .filter_map(|l| {
            let number: usize = l.strip_prefix("event ")?.split(':').next()?.parse().ok()?;
            Some((number, l))
        })
        .max();
    let (number, label) = far.expect("a placed event far down the list");
    let sentence = format!(
        "The inspection E{:04} found nothing new at the site.",
        number - 1
    );
    assert!(
        harness.query_by_label(&sentence).is_none(),
        "not in view yet"
    );
    harness.get_by_label(&label).click();
    // One frame: the click is handled and the list, drawn before the timeline, is drawn
    // again in the same frame, scrolled to the row.
    harness.step();
    assert!(harness.state().selected().is_some());
    assert!(
        harness.query_all_by_label(&sentence).count() >= 1,
        "the row is in view"
    );
}

#[test]
fn keys_fit_the_selection_and_escape_clears_it() {
    let mut harness = harness(TemporaApp::with_documents(vec![sample()]));
    harness.run();
    harness.get_by_label("event 2: August — 2025-08").click();
    harness.run();
    let before = harness.state().view().expect("a view");
    harness.key_press(egui::Key::F);
    harness.run();
    let after = harness.state().view().expect("a view");
    let span = |v: tempora::timeline::TimeView| v.end_secs() - v.start_secs();
    assert!(
        span(after) < span(before),
        "F fits August: {before:?} -> {after:?}"
    );
    assert!(span(after) < 40.0 * 86_400.0);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selected(), None);
}
