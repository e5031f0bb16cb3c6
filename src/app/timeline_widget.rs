//! The central timeline: the scene painted with egui, plus zoom, pan, fit and selection.

use super::TemporaApp;
use super::command::Command;
use crate::pipeline::Document;
use crate::render::egui_backend::{self, color, rect_to_screen};
use crate::render::{
    EventId, Mark, Pos, Scene, SceneInput, TimelineModel, build_scene, default_view, fitted_view,
    mark_of, plot_x_range,
};
use crate::timeline::lanes::Grouping;
use egui::{Key, RichText, Sense};

mod frame_log;

/// Wheel pixels per e-fold of zoom.
const WHEEL_ZOOM_PX: f64 = 240.0;
/// A fingerprint of everything that can be placed: the time of every placeable event and
/// every publication date.
fn placement_key(docs: &[Document]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    docs.len().hash(&mut h);
    for doc in docs {
        doc.dct().hash(&mut h);
        for event in &doc.events {
            match mark_of(&event.timex) {
                Some(Mark::Point(t)) => (0u8, t.to_bits(), 0u64).hash(&mut h),
                Some(Mark::Span(b, u)) => (1u8, b.to_bits(), u.to_bits()).hash(&mut h),
                None => 2u8.hash(&mut h),
            }
        }
    }
    h.finish()
}

/// Brings the cached model up to date: extended by the documents added since it was
/// built, rebuilt when the grouping changed or documents were closed or re-dated. True
/// when it was extended or rebuilt.
fn refresh_model(app: &mut TemporaApp) -> bool {
    let grouping = app.layout.grouping;
    match &mut app.model {
        Some(m) if m.grouping() == grouping && m.docs_seen() <= app.docs.len() => {
            if m.docs_seen() < app.docs.len() {
                m.extend(&app.docs);
                return true;
            }
            false
        }
        _ => {
            app.model = Some(TimelineModel::new(&app.docs, grouping));
            true
        }
    }
}

/// The search field: Ctrl+F or `/` focuses it, typing filters the timeline and the list,
/// Enter and Shift+Enter walk the matches in time order; "12 of 3,210 events" beside it.
fn search_box(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    let open = ui.input(|i| {
        (i.modifiers.command && i.key_pressed(Key::F)) || (!typing && i.key_pressed(Key::Slash))
    });
    let mut text = app.layout.search.clone().unwrap_or_default();
    let edit = egui::TextEdit::singleline(&mut text)
        .id_salt("timeline search")
        .hint_text("Search events (Ctrl+F)")
        .desired_width(170.0);
    let label = ui.label("Search:");
    let r = ui.add(edit).labelled_by(label.id);
    if open {
        r.request_focus();
    }
    if r.changed() {
        // `/` that opened the field is not part of the search.
        let text = text.trim_start_matches('/').to_string();
        app.command(Command::SetSearch(Some(text)));
    }
    if app.layout.search.is_none() {
        return;
    }
    let matches = app.search_matches();
    let total: usize = app.docs.iter().map(|d| d.events.len()).sum();
    ui.label(format!(
        "{} of {} events",
        thousands(matches.len()),
        thousands(total)
    ));
    let (enter, back) = ui.input(|i| (i.key_pressed(Key::Enter), i.modifiers.shift));
    if enter && (r.lost_focus() || r.has_focus()) && !matches.is_empty() {
        let at = app
            .selected
            .and_then(|s| matches.iter().position(|m| *m == s));
        let n = matches.len();
        let next = match (at, back) {
            (Some(k), false) => (k + 1) % n,
            (Some(k), true) => (k + n - 1) % n,
            (None, false) => 0,
            (None, true) => n - 1,
        };
        if let Some(id) = matches.get(next) {
            app.command(Command::Select(Some(*id)));
            app.reveal_selected = true;
        }
        r.request_focus();
    }
}

/// `n` with thousands separators: 3,210.
pub(super) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The grouping switch and the chip of hidden articles.
fn lane_controls(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let current = app.layout.grouping;
    egui::ComboBox::from_label("lanes")
        .selected_text(current.name())
        .show_ui(ui, |ui| {
            for g in [Grouping::Article, Grouping::Source, Grouping::None] {
                if ui.selectable_label(current == g, g.name()).clicked() && current != g {
                    app.command(Command::SetGrouping(g));
                }
            }
        });
}

pub(super) fn timeline_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    frame_log::install(ui.ctx());
    let theme = app.theme.clone();
    let remodelled = refresh_model(app);
    super::filters::refresh_filtered(app);
    // When what can be placed changes (a date set, articles added or closed), fit again,
    // unless the user has zoomed or panned: then point at "Fit all" instead. Any such change
    // rebuilds or extends the model, so the fingerprint is taken only then.
    let key = if remodelled || app.placed_key.is_none() {
        placement_key(&app.docs)
    } else {
        app.placed_key.unwrap_or_default()
    };
    if app.placed_key != Some(key) {
        app.placed_key = Some(key);
        if app.user_moved && app.view.is_some() {
            app.fit_hint = true;
        } else {
            app.view = None;
        }
    }
    let mut fit = false;
    let mut reset = false;
    ui.horizontal_wrapped(|ui| {
        ui.heading("Timeline");
        ui.add_space(12.0);
        let fit_button = if app.fit_hint {
            egui::Button::new(RichText::new("Fit all").strong()).fill(color(theme.highlight))
        } else {
            egui::Button::new("Fit all")
        };
        fit = ui
            .add(fit_button)
            .on_hover_text("Show every event, outliers included (Home)")
            .clicked();
        reset = ui
            .button("Default view")
            .on_hover_text("Fit the dense core of the events; outliers are shown at the edges")
            .clicked();
        lane_controls(app, ui);
        search_box(app, ui);
        if app.fit_hint {
            ui.label(
                RichText::new("Dates changed — Fit all to see them")
                    .strong()
                    .color(color(theme.warning)),
            );
        }
        ui.label(
            RichText::new(
                "Zoom: wheel, +/-, double-click  ·  Pan: drag  ·  Range: Shift+drag  ·  \
                 Events: click, arrow keys",
            )
            .size(12.0)
            .color(color(theme.text_muted)),
        );
    });
    super::filters::filter_bar(app, ui);
    fit |= super::keys::command_keys(app, ui);

    let size = ui.available_size().max(egui::vec2(200.0, 160.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    let width = rect.width();
    let (left, right) = plot_x_range(width);
    let mut view = match app.view {
        _ if fit => fitted_view(&app.docs, width),
        Some(v) if !reset => v.with_pixels(left, right),
        _ => default_view(&app.docs, width),
    };
    if fit || reset || app.view.is_none() {
        app.user_moved = false;
        app.fit_hint = false;
    }
    let before = view;

    // Interaction on the background: drag to pan, wheel to zoom around the cursor.
    let picking_range = super::filters::range_drag(app, ui, &response, rect, &view);
    if response.dragged() && !picking_range {
        view = view.pan(f64::from(response.drag_delta().x));
    }
    // With Shift held the wheel scrolls the lanes instead (see `lanes_scroll`).
    let shift = ui.input(|i| i.modifiers.shift);
    if let Some(hover) = response.hover_pos().filter(|_| !shift) {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        let x = f64::from(hover.x - rect.min.x);
        let factor = (f64::from(scroll.y) / WHEEL_ZOOM_PX).exp() * f64::from(zoom);
        if (factor - 1.0).abs() > 1e-6 {
            view = view.zoom_at(x, factor);
        }
        if scroll.x.abs() > 0.0 {
            view = view.pan(f64::from(scroll.x));
        }
    }
    view = super::keys::view_input(app, ui, &response, rect, view);
    if app.reveal_selected {
        app.reveal_selected = false;
        let at = app
            .selected
            .and_then(|id| app.docs.get(id.doc)?.events.get(id.event))
            .and_then(|e| mark_of(&e.timex));
        match at {
            Some(Mark::Point(t)) => view = view.reveal(t),
            Some(Mark::Span(b, u)) => view = view.reveal((b + u) / 2.0),
            None => {}
        }
    }
    if view != before {
        app.user_moved = true;
    }
    app.view = Some(view);

    let scene = build_scene(&SceneInput {
        docs: &app.docs,
        view,
        width,
        height: rect.height(),
        selected: app.selected,
        theme: &theme,
        export: false,
        generated: None,
        layout: &app.layout,
        model: super::filters::shown_model(app),
    });
    if let Some(message) = scene.message.clone() {
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &message));
    }
    let painter = ui.painter_at(rect);
    egui_backend::paint(&painter, &scene, rect.min);
    super::filters::paint_range_drag(app, ui, &response, rect, &view);
    super::keys::follow_selected_lane(app, &scene);
    app.range_drag.axis_top = scene.plot.max.y;

    // One clickable, labelled widget per placed event.
    let mut clicked: Option<EventId> = None;
    let mut chosen = None;
    for target in scene.targets() {
        let hit = rect_to_screen(rect.min, target.hit).intersect(rect);
        if !hit.is_positive() {
            continue;
        }
        let id = ui
            .scope_id()
            .with(("event", target.id.doc, target.id.event));
        let r = ui.interact(hit, id, Sense::click());
        let label = target.label.clone();
        let selected = app.selected == Some(target.id);
        r.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, selected, label.clone())
        });
        if r.hovered() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        let r = r.on_hover_ui(|ui| hover_card(app, target.id, ui));
        if r.clicked() {
            clicked = Some(target.id);
        }
        r.context_menu(|ui| {
            if let Some(choice) = super::curate::event_menu(ui) {
                chosen = Some((target.id, choice));
            }
        });
    }
    if let Some((id, choice)) = chosen {
        super::curate::act(app, id, choice);
    }
    // The edge indicators ("« 2 earlier events …") show everything when clicked.
    for (i, hit) in scene.show_all_hits.iter().enumerate() {
        let hit = rect_to_screen(rect.min, *hit).intersect(rect);
        if !hit.is_positive() {
            continue;
        }
        let r = ui.interact(hit, ui.scope_id().with(("show all", i)), Sense::click());
        r.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("show all events ({})", i + 1),
            )
        });
        if r.hovered() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        if r.on_hover_text("Show all events").clicked() {
            app.view = Some(fitted_view(&app.docs, width));
            app.user_moved = false;
            app.fit_hint = false;
            ui.ctx().request_repaint();
        }
    }
    lane_headers(app, ui, &scene, rect);
    super::filters::legend_clicks(app, ui, &scene, rect);
    cluster_badges(app, ui, &scene, rect);
    lanes_scroll(app, ui, &scene, rect, &response);
    if let Some(id) = clicked {
        app.command(Command::Select(Some(id)));
    } else if response.clicked() {
        let pointer = response
            .interact_pointer_pos()
            .map(|p| Pos::new(p.x - rect.min.x, p.y - rect.min.y));
        let on_something = |p: Pos| {
            scene.target_at(p).is_some()
                || scene.clusters.iter().any(|c| c.rect.contains(p))
                || scene.lanes.iter().any(|l| l.header.contains(p))
        };
        if pointer.is_some_and(|p| !on_something(p)) {
            app.command(Command::Select(None));
        }
    }
    if !app.commands.is_empty() {
        ui.ctx().request_repaint();
    }
    if app.apply_commands() {
        // The list and detail panels were drawn before the timeline in this pass: draw the
        // frame again so they follow the selection in the same frame.
        ui.ctx()
            .request_discard("selection changed on the timeline");
    }
}

/// Lane headers: a click hides or shows the lane's articles, Alt+click shows them alone,
/// the toggle at the left collapses the lane to a density strip.
fn lane_headers(app: &mut TemporaApp, ui: &mut egui::Ui, scene: &Scene, rect: egui::Rect) {
    for lane in &scene.lanes {
        let toggle = rect_to_screen(rect.min, lane.toggle).intersect(rect);
        let header = rect_to_screen(rect.min, lane.header).intersect(rect);
        if !header.is_positive() {
            continue;
        }
        let t = ui.interact(
            toggle,
            ui.scope_id().with(("lane toggle", &lane.key)),
            Sense::click(),
        );
        let what = if lane.collapsed { "expand" } else { "collapse" };
        t.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("{what} lane {}", lane.name),
            )
        });
        if t.clicked() {
            app.command(Command::ToggleCollapse(lane.key.clone()));
            continue;
        }
        let h = ui.interact(
            header,
            ui.scope_id().with(("lane header", &lane.key)),
            Sense::click(),
        );
        h.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("lane {}", lane.name))
        });
        let h = h.on_hover_text("Click: hide this lane's articles · Alt+click: show only them");
        if h.clicked() {
            if ui.input(|i| i.modifiers.alt) {
                app.command(Command::Solo(lane.docs.clone()));
            } else {
                app.command(Command::ToggleDocs(lane.docs.clone()));
            }
        }
    }
}

/// Cluster badges: hovering lists their first events, a click zooms in until they separate
/// (or, for events at one instant, selects the first).
fn cluster_badges(app: &mut TemporaApp, ui: &mut egui::Ui, scene: &Scene, rect: egui::Rect) {
    for (n, cluster) in scene.clusters.iter().enumerate() {
        let hit = rect_to_screen(rect.min, cluster.rect).intersect(rect);
        if !hit.is_positive() {
            continue;
        }
        let r = ui.interact(hit, ui.scope_id().with(("cluster", n)), Sense::click());
        let count = cluster.members.len();
        r.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                format!("cluster of {count} events"),
            )
        });
        if r.hovered() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ZoomIn);
        }
        let r = r.on_hover_ui(|ui| {
            ui.label(RichText::new(format!("{count} events — click to zoom in")).strong());
            for id in cluster.members.iter().take(8) {
                if let Some(e) = app.docs.get(id.doc).and_then(|d| d.events.get(id.event)) {
                    ui.label(crate::render::text::fit_to_width(&e.label, 420.0, 13.0));
                }
            }
            if count > 8 {
                ui.label(format!("… and {} more", count - 8));
            }
        });
        if r.clicked() {
            if cluster.end - cluster.begin >= crate::timeline::MIN_SPAN_SECS {
                app.command(Command::ZoomTo(cluster.begin, cluster.end));
            } else if let Some(first) = cluster.members.first() {
                app.command(Command::Select(Some(*first)));
            }
        }
    }
}

/// The lanes area scrolls vertically when it overflows: Page Up/Down, the wheel with Shift
/// held over the lanes, or the scroll bar at the right.
fn lanes_scroll(
    app: &mut TemporaApp,
    ui: &mut egui::Ui,
    scene: &Scene,
    rect: egui::Rect,
    response: &egui::Response,
) {
    let overflow = scene.lanes_height - scene.lanes_viewport;
    if overflow <= 0.5 {
        return;
    }
    let step = scene.lanes_viewport * 0.8;
    let (page_up, page_down, shift_wheel) = ui.input(|i| {
        (
            i.key_pressed(Key::PageUp),
            i.key_pressed(Key::PageDown),
            if i.modifiers.shift {
                i.smooth_scroll_delta.y + i.smooth_scroll_delta.x
            } else {
                0.0
            },
        )
    });
    let mut y = scene.scroll_y;
    if page_up {
        y -= step;
    }
    if page_down {
        y += step;
    }
    if response.hovered() && shift_wheel != 0.0 {
        y -= shift_wheel;
    }
    // The bar: a thumb over the lanes area's right edge, draggable.
    let top = rect.min.y + scene.plot.min.y;
    let track = egui::Rect::from_min_max(
        egui::pos2(rect.max.x - 8.0, top),
        egui::pos2(rect.max.x - 2.0, top + scene.lanes_viewport),
    );
    let share = scene.lanes_viewport / scene.lanes_height;
    let thumb_h = (track.height() * share).max(16.0);
    let thumb_top = track.min.y + (track.height() - thumb_h) * (scene.scroll_y / overflow);
    let thumb = egui::Rect::from_min_size(
        egui::pos2(track.min.x, thumb_top),
        egui::vec2(track.width(), thumb_h),
    );
    let bar = ui.interact(track, ui.scope_id().with("lanes scroll"), Sense::drag());
    if bar.dragged() {
        y += bar.drag_delta().y / share;
    }
    ui.painter()
        .rect_filled(thumb, 3.0, color(app.theme.grid_major));
    let y = y.clamp(0.0, overflow);
    if (y - scene.scroll_y).abs() > 0.1 {
        app.command(Command::ScrollLanes(y));
        ui.ctx().request_repaint();
    }
}

fn hover_card(app: &TemporaApp, id: EventId, ui: &mut egui::Ui) {
    let Some(doc) = app.docs.get(id.doc) else {
        return;
    };
    let Some(event) = doc.events.get(id.event) else {
        return;
    };
    ui.label(RichText::new(doc.slice(event.timex.span)).strong());
    ui.label(crate::event::when_text(&event.timex));
    ui.label(
        RichText::new(event.timex.value.to_string())
            .monospace()
            .size(11.0)
            .color(color(app.theme.text_muted)),
    );
    sentence_with_expression(app, doc, event, ui);
    if app.docs.len() > 1 {
        ui.label(RichText::new(&doc.article.title).size(12.0));
    }
}

/// The event's whole sentence, the expression in bold on the highlight colour.
fn sentence_with_expression(
    app: &TemporaApp,
    doc: &Document,
    event: &crate::event::Event,
    ui: &mut egui::Ui,
) {
    let (sentence, expr) = (event.sentence, event.timex.span);
    let text = |a: usize, b: usize| doc.article.text.get(a..b).unwrap_or("").trim().to_string();
    let inside = sentence.start <= expr.start && expr.end <= sentence.end;
    ui.set_max_width(460.0);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        if !inside {
            ui.label(doc.slice(sentence));
            return;
        }
        let before = text(sentence.start, expr.start);
        let after = text(expr.end, sentence.end);
        if !before.is_empty() {
            ui.label(before);
        }
        ui.label(
            RichText::new(doc.slice(expr))
                .strong()
                .background_color(color(app.theme.highlight)),
        );
        if !after.is_empty() {
            ui.label(after);
        }
    });
}
