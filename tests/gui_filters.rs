//! Filters, article toggles and keyboard walking on the collection timeline, driven by
//! egui_kittest through the real window state.

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

fn id(doc: usize, event: usize) -> EventId {
    EventId { doc, event }
}

/// The sample's events: 1 Monday (3 Nov), 2 August, 3 next week (unplaced), 4 Friday (7 Nov).
const MONDAY: &str = "event 1: Monday — 2025-11-03";
const AUGUST: &str = "event 2: August — 2025-08";
const FRIDAY: &str = "event 4: Friday — 2025-11-07";

/// The status line's text.
fn status(harness: &Harness<'_, TemporaApp>) -> String {
    harness
        .get_by_label_contains(" events · ")
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

#[test]
fn a_filter_chip_removes_its_filter_and_the_status_counts_follow() {
    let mut harness = harness(TemporaApp::with_documents(vec![sample()]));
    harness.run();
    assert!(!status(&harness).contains("shown"), "{}", status(&harness));
    harness.get_by_label("Filters").click();
    harness.run();
    harness.get_by_label("Only events with a day").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().layout().filters.only_days);
    assert!(
        status(&harness).contains("2 of 4 events shown"),
        "{}",
        status(&harness)
    );
    assert!(
        harness.query_by_label(AUGUST).is_none(),
        "a month is hidden"
    );
    assert!(
        harness.query_by_label("2025-08").is_none(),
        "and left the list"
    );
    harness.get_by_label(MONDAY);
    harness.get_by_label(FRIDAY);

    harness.get_by_label("only events with a day  ×").click();
    harness.run();
    assert!(harness.state().layout().filters.is_empty());
    harness.get_by_label(AUGUST);
    assert!(!status(&harness).contains("shown"), "{}", status(&harness));
}

#[test]
fn a_type_filter_hides_durations_from_the_list() {
    let doc = named(
        "t.txt",
        "T\n\nThe works took three weeks and ended on Monday.",
        &[
            ("three weeks", "P3W", None, Granularity::Week),
            (
                "Monday",
                "2025-11-03",
                Some(((2025, 11, 3), (2025, 11, 4))),
                Granularity::Day,
            ),
        ],
    );
    let mut doc = doc;
    if let Some(event) = doc.events.first_mut() {
        event.timex.timex_type = tempora::temporal::TimexType::Duration;
    }
    let mut harness = harness(TemporaApp::with_documents(vec![doc]));
    harness.run();
    harness.get_by_label("P3W");
    harness.get_by_label("Filters").click();
    harness.run();
    harness.get_by_label("durations").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("P3W").is_none());
    harness.get_by_label("2025-11-03");
    assert!(status(&harness).contains("1 of 2 events shown"));
    harness.get_by_label("no durations  ×").click();
    harness.run();
    harness.get_by_label("P3W");
}

#[test]
fn shift_drag_on_the_timeline_filters_to_a_date_range() {
    let mut harness = harness(TemporaApp::with_documents(vec![sample()]));
    harness.run();
    // An event's target spans its dot and its label: from the left of both to the right
    // of both covers the two days.
    let monday = harness.get_by_label(MONDAY).rect();
    let friday = harness.get_by_label(FRIDAY).rect();
    let y = monday.max.y.max(friday.max.y) + 40.0;
    let (from, to) = (
        egui::pos2(monday.min.x.min(friday.min.x) - 4.0, y),
        egui::pos2(monday.max.x.max(friday.max.x) + 4.0, y),
    );
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::SHIFT));
    harness.hover_at(from);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::SHIFT,
    });
    harness.run();
    for k in 1..=4 {
        let t = k as f32 / 4.0;
        harness.hover_at(from + (to - from) * t);
        harness.run();
    }
    let view_before = harness.state().view();
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::SHIFT,
    });
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
    assert_eq!(
        harness.state().view(),
        view_before,
        "a range drag does not pan"
    );
    let range = harness
        .state()
        .layout()
        .filters
        .range
        .expect("a range was picked");
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2025, 11, d).expect("date");
    assert!(range.from() <= day(3) && range.to() >= day(7), "{range:?}");
    assert!(
        range.from() >= day(1) - chrono::Duration::days(61),
        "{range:?}"
    );
    assert!(
        harness.query_by_label(AUGUST).is_none(),
        "August is outside"
    );
    harness.get_by_label(MONDAY);
    harness
        .get_by_label(&format!("{}  ×", range.label()))
        .click();
    harness.run();
    assert_eq!(harness.state().layout().filters.range, None);
    harness.get_by_label(AUGUST);
}

#[test]
fn clicking_an_article_card_hides_it_and_alt_click_shows_it_alone() {
    let docs = vec![
        sample_at("a/harbor.txt"),
        sample_at("b/council.txt"),
        sample_at("c/school.txt"),
    ];
    let mut harness = harness(TemporaApp::with_documents(docs));
    harness.run();
    let council = "event 5: Monday — 2025-11-03";
    harness.get_by_label(council);
    harness.get_by_label("article b/council").click();
    harness.run();
    assert!(harness.query_by_label(council).is_none());
    assert!(status(&harness).contains("8 of 12 events shown"));
    harness.get_by_label("article b/council").click();
    harness.run();
    harness.get_by_label(council);
    harness
        .get_by_label("article c/school")
        .click_modifiers(egui::Modifiers::ALT);
    harness.run();
    assert!(harness.query_by_label(council).is_none());
    harness.get_by_label("event 9: Monday — 2025-11-03");
    assert_eq!(
        harness
            .state()
            .layout()
            .hidden_docs
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        vec![0, 1]
    );
}

/// The sample article read from `path` (its title is the path, for telling cards apart).
fn sample_at(path: &str) -> Document {
    let mut doc = sample();
    doc.article.path = path.into();
    doc.article.title = path.trim_end_matches(".txt").to_string();
    doc
}

#[test]
fn left_and_right_walk_the_events_in_time_and_escape_clears() {
    let mut harness = harness(TemporaApp::with_documents(vec![
        sample_at("a.txt"),
        sample_at("b.txt"),
    ]));
    harness.run();
    harness.get_by_label(AUGUST).click();
    harness.run();
    // In time: August a, August b, Monday a, Monday b, Friday a, Friday b.
    let order = [id(0, 1), id(1, 1), id(0, 0), id(1, 0), id(0, 3), id(1, 3)];
    for want in order.iter().skip(1) {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
        assert_eq!(harness.state().selected(), Some(*want));
    }
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().selected(), Some(id(1, 3)), "the last stays");
    harness.key_press(egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().selected(), Some(id(0, 3)));
    // Up and down go to the nearest event in time in the next lane.
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected(), Some(id(1, 3)));
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selected(), Some(id(0, 3)));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selected(), None);
}

/// One article with `n` day events a day apart from 1 January 2025.
fn daily(n: u32) -> Document {
    let exprs: Vec<String> = (0..n).map(|i| format!("D{i:03}")).collect();
    let mut text = String::from("Daily\n\n");
    for e in &exprs {
        text.push_str(&format!("The count {e} rose. "));
    }
    let specs: Vec<Spec<'_>> = exprs
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date")
                + chrono::Duration::days(i as i64);
            let next = d + chrono::Duration::days(1);
            use chrono::Datelike;
            (
                e.as_str(),
                "2025",
                Some((
                    (d.year(), d.month(), d.day()),
                    (next.year(), next.month(), next.day()),
                )),
                Granularity::Day,
            )
        })
        .collect();
    named("daily.txt", &text, &specs)
}

#[test]
fn walking_past_the_edge_pans_the_view_and_scrolls_the_list() {
    let mut harness = harness(TemporaApp::with_documents(vec![daily(60)]));
    harness.run();
    harness.get_by_label("event 1: D000 — 2025").click();
    harness.run();
    // Zoom in until the later days are out of view.
    for _ in 0..6 {
        harness.key_press(egui::Key::Plus);
        harness.run();
    }
    let view = harness.state().view().expect("a view");
    let day = |i: i64| {
        (chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date") + chrono::Duration::days(i))
            .and_hms_opt(12, 0, 0)
            .expect("noon")
            .and_utc()
            .timestamp() as f64
    };
    let last_visible = (0..60)
        .rev()
        .find(|i| view.contains(day(*i)))
        .expect("some day");
    assert!(last_visible < 50, "zoomed in: {view:?}");
    for _ in 0..=last_visible + 1 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    let selected = harness.state().selected().expect("a selection");
    assert_eq!(selected, id(0, last_visible as usize + 2));
    let view = harness.state().view().expect("a view");
    assert!(view.contains(day(selected.event as i64)), "panned to it");
    // Its row is in the list (the sentence shows there and in the detail panel).
    let sentence = format!("The count D{:03} rose.", selected.event);
    assert_eq!(harness.query_all_by_label(&sentence).count(), 2);
}

#[test]
fn double_click_zooms_in_and_the_list_can_be_hidden() {
    let mut harness = harness(TemporaApp::with_documents(vec![daily(30)]));
    harness.run();
    let before = harness.state().view().expect("a view");
    // On the axis strip, just above the event list: nothing else takes the clicks there.
    let first = harness.get_by_label("event 1: D000 — 2025").rect().center();
    let list_top = harness.get_by_label("Events").rect().min.y;
    let pos = egui::pos2(first.x + 60.0, list_top - 40.0);
    harness.hover_at(pos);
    harness.run_steps(4);
    // Both clicks in one frame: the harness steps a quarter of a second per queued event,
    // longer than a double-click may take.
    for _ in 0..2 {
        for pressed in [true, false] {
            harness.input_mut().events.push(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
    }
    harness.run();
    let after = harness.state().view().expect("a view");
    assert!(
        after.secs_per_px() < before.secs_per_px() / 1.5,
        "{before:?} -> {after:?}"
    );

    harness.get_by_label("The count D000 rose.");
    harness.get_by_label("Event list").click();
    harness.run();
    assert!(!harness.state().list_shown());
    assert!(harness.query_by_label("The count D000 rose.").is_none());
    harness.get_by_label("Event list").click();
    harness.run();
    harness.get_by_label("The count D000 rose.");
}

#[test]
fn clicking_a_legend_entry_hides_its_article_and_alt_click_shows_it_alone() {
    let docs = vec![
        sample_at("a/harbor.txt"),
        sample_at("b/council.txt"),
        sample_at("c/school.txt"),
    ];
    let mut harness = harness(TemporaApp::with_documents(docs));
    harness.run();
    let council = "event 5: Monday — 2025-11-03";
    harness.get_by_label("legend b/council").click();
    harness.run();
    assert!(harness.query_by_label(council).is_none());
    assert!(harness.query_by_label("legend b/council").is_none());
    harness.get_by_label("event 1: Monday — 2025-11-03");
    harness
        .get_by_label("legend c/school")
        .click_modifiers(egui::Modifiers::ALT);
    harness.run();
    assert_eq!(
        harness
            .state()
            .layout()
            .hidden_docs
            .iter()
            .copied()
            .collect::<Vec<_>>(),
        vec![0, 1]
    );
    harness.get_by_label("event 9: Monday — 2025-11-03");
}

/// `n` articles, each with one day event: article `i` on 1 + `i` November 2025.
fn one_day_articles(n: u32) -> Vec<Document> {
    (0..n)
        .map(|i| {
            let expr = format!("N{i:02}");
            named(
                &format!("lane{i:02}.txt"),
                &format!("Lane {i:02}\n\nThe board {expr} met."),
                &[(
                    expr.as_str(),
                    "2025-11",
                    Some(((2025, 11, 1 + i), (2025, 11, 2 + i))),
                    Granularity::Day,
                )],
            )
        })
        .collect()
}

#[test]
fn walking_down_the_lanes_scrolls_them_to_the_selection() {
    let mut harness = harness(TemporaApp::with_documents(one_day_articles(24)));
    harness.run();
    let first = "event 1: N00 — 2025-11";
    let far = "event 20: N19 — 2025-11";
    assert!(
        harness.query_by_label(far).is_none(),
        "lane 20 is out of sight"
    );
    harness.get_by_label(first).click();
    harness.run();
    for _ in 0..19 {
        harness.key_press(egui::Key::ArrowDown);
        harness.run();
    }
    assert_eq!(harness.state().selected(), Some(id(19, 0)));
    harness.get_by_label(far);
    assert!(
        harness.query_by_label(first).is_none(),
        "lane 1 scrolled away"
    );
    harness.key_press(egui::Key::Home);
    for _ in 0..19 {
        harness.key_press(egui::Key::ArrowUp);
        harness.run();
    }
    assert_eq!(harness.state().selected(), Some(id(0, 0)));
    harness.get_by_label(first);
}

#[test]
fn dragging_along_the_axis_picks_a_range_without_shift() {
    let mut harness = harness(TemporaApp::with_documents(vec![daily(30)]));
    harness.run();
    let view_before = harness.state().view();
    let first = harness.get_by_label("event 1: D000 — 2025").rect().center();
    let y = harness.get_by_label("Events").rect().min.y - 40.0;
    let (from, to) = (
        egui::pos2(first.x + 40.0, y),
        egui::pos2(first.x + 160.0, y),
    );
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    assert_eq!(harness.state().view(), view_before, "no pan");
    let range = harness
        .state()
        .layout()
        .filters
        .range
        .expect("a range was picked");
    let jan1 = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("date");
    let nov4 = chrono::NaiveDate::from_ymd_opt(2025, 11, 4).expect("date");
    assert!(range.from() > jan1 && range.to() < nov4, "{range:?}");
    assert!(
        harness.query_by_label("event 1: D000 — 2025").is_none(),
        "the first day is outside"
    );
    harness.get_by_label(&format!("{}  ×", range.label()));
}
