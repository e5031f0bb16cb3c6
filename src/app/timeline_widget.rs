//! The central timeline: the scene painted with egui, plus zoom, pan, fit and selection.

use super::TemporaApp;
use crate::render::egui_backend::{self, color, rect_to_screen};
use crate::render::{
    EventId, Mark, Pos, SceneInput, build_scene, fitted_view, mark_of, plot_x_range,
};
use egui::{Key, RichText, Sense};

/// Wheel pixels per e-fold of zoom.
const WHEEL_ZOOM_PX: f64 = 240.0;
/// Zoom factor of one +/- key press.
const KEY_ZOOM: f64 = 1.5;

/// The x of the selected event in `view`, when it is visible.
fn selected_x(app: &TemporaApp, view: &crate::timeline::TimeView) -> Option<f64> {
    let event = app
        .selected
        .and_then(|id| app.docs.get(id.doc)?.events.get(id.event))?;
    let secs = match mark_of(&event.timex)? {
        Mark::Point(t) => t,
        Mark::Span(b, u) => (b + u) / 2.0,
    };
    view.contains(secs).then(|| view.x_of(secs))
}

pub(super) fn timeline_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let theme = app.theme.clone();
    let mut fit = false;
    ui.horizontal(|ui| {
        ui.heading("Timeline");
        ui.add_space(12.0);
        fit = ui
            .button("Fit all")
            .on_hover_text("Show every event (Home)")
            .clicked();
        ui.label(
            RichText::new(
                "Zoom: wheel, +/-  ·  Pan: drag, Left/Right  ·  Fit: Home  ·  Events: click, Up/Down",
            )
            .size(12.0)
            .color(color(theme.text_muted)),
        );
    });
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if !typing && ui.input(|i| i.key_pressed(Key::Home)) {
        fit = true;
    }

    let size = ui.available_size().max(egui::vec2(200.0, 160.0));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    let width = rect.width();
    let (left, right) = plot_x_range(width);
    let mut view = match app.view {
        Some(v) if !fit => v.with_pixels(left, right),
        _ => fitted_view(&app.docs, width),
    };

    // Interaction on the background: drag to pan, wheel to zoom around the cursor.
    if response.dragged() {
        view = view.pan(f64::from(response.drag_delta().x));
    }
    if let Some(hover) = response.hover_pos() {
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
    // Keyboard: +/- zoom around the selected event (or the cursor, or the middle);
    // left/right arrows pan by a fifth of the width.
    if !typing {
        let (zoom_in, zoom_out, pan_left, pan_right) = ui.input(|i| {
            (
                i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals),
                i.key_pressed(Key::Minus),
                i.key_pressed(Key::ArrowLeft),
                i.key_pressed(Key::ArrowRight),
            )
        });
        let anchor = selected_x(app, &view)
            .or_else(|| response.hover_pos().map(|p| f64::from(p.x - rect.min.x)))
            .unwrap_or((left + right) / 2.0);
        if zoom_in {
            view = view.zoom_at(anchor, KEY_ZOOM);
        }
        if zoom_out {
            view = view.zoom_at(anchor, 1.0 / KEY_ZOOM);
        }
        if pan_left {
            view = view.pan(view.width_px() / 5.0);
        }
        if pan_right {
            view = view.pan(-view.width_px() / 5.0);
        }
    }
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
    app.view = Some(view);

    let scene = build_scene(&SceneInput {
        docs: &app.docs,
        view,
        width,
        height: rect.height(),
        selected: app.selected,
        theme: &theme,
    });
    let painter = ui.painter_at(rect);
    egui_backend::paint(&painter, &scene, rect.min);

    // One clickable, labelled widget per placed event.
    let mut clicked: Option<EventId> = None;
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
    }
    if let Some(id) = clicked {
        app.select(Some(id));
        app.reveal_selected = false;
    } else if response.clicked() {
        let pointer = response
            .interact_pointer_pos()
            .map(|p| Pos::new(p.x - rect.min.x, p.y - rect.min.y));
        if pointer.is_some_and(|p| scene.target_at(p).is_none()) {
            app.select(None);
        }
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
    ui.label(RichText::new(event.timex.value.to_string()).monospace());
    ui.label(&event.label);
    if app.docs.len() > 1 {
        ui.label(RichText::new(&doc.article.title).size(12.0));
    }
}
