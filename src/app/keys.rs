//! Keyboard and pointer input of the timeline: walking the events in time (←/→) and
//! between lanes (↑/↓), zoom keys, Home, F, Esc and double-click zoom. Moves of the
//! selection become commands; moves of the view return a new view.

use super::TemporaApp;
use super::command::Command;
use crate::render::{EventId, Mark, mark_of};
use crate::timeline::TimeView;
use egui::Key;

/// Zoom factor of one +/- key press.
const KEY_ZOOM: f64 = 1.5;
/// Frames the lanes may take to scroll to the selected event's lane.
pub(super) const FOLLOW_FRAMES: u8 = 6;
/// Zoom factor of a double-click.
const DOUBLE_CLICK_ZOOM: f64 = 2.0;

/// True while a text field has the keyboard.
fn typing(ui: &egui::Ui) -> bool {
    ui.ctx().memory(|m| m.focused().is_some())
}

/// Keys acting on the app: Esc clears the selection and the search, F fits the selection,
/// ←/→ walk the events in time and ↑/↓ between lanes when an event is selected. Returns
/// true when Home asks to fit everything.
pub(super) fn command_keys(app: &mut TemporaApp, ui: &egui::Ui) -> bool {
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        app.command(Command::ClearSelectionAndSearch);
        ui.ctx().memory_mut(|m| m.stop_text_input());
    }
    if typing(ui) {
        return false;
    }
    let (home, fit, left, right, up, down) = ui.input(|i| {
        (
            i.key_pressed(Key::Home),
            i.key_pressed(Key::F) && !i.modifiers.command,
            i.key_pressed(Key::ArrowLeft),
            i.key_pressed(Key::ArrowRight),
            i.key_pressed(Key::ArrowUp),
            i.key_pressed(Key::ArrowDown),
        )
    });
    if fit {
        app.command(Command::FitSelection);
    }
    let step = match (left, right) {
        (true, false) => Some(-1),
        (false, true) => Some(1),
        _ => None,
    };
    if let (Some(step), Some(selected)) = (step, app.selected)
        && let Some(next) = step_in_time(app, selected, step)
    {
        app.command(Command::Reveal(next));
    }
    let lane_step = match (up, down) {
        (true, false) => Some(-1),
        (false, true) => Some(1),
        _ => None,
    };
    if let Some(step) = lane_step
        && let Some(next) = step_between_lanes(app, step)
    {
        app.command(Command::Reveal(next));
    }
    home
}

/// Input moving the view: +/- zoom around the selection (or the pointer, or the middle),
/// ←/→ pan by a fifth of the width when nothing is selected, a double-click on the
/// background zooms in around the pointer.
pub(super) fn view_input(
    app: &TemporaApp,
    ui: &egui::Ui,
    response: &egui::Response,
    rect: egui::Rect,
    mut view: TimeView,
) -> TimeView {
    let pointer_x = |p: egui::Pos2| f64::from(p.x - rect.min.x);
    if response.double_clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        view = view.zoom_at(pointer_x(p), DOUBLE_CLICK_ZOOM);
    }
    if typing(ui) {
        return view;
    }
    let (zoom_in, zoom_out, left, right) = ui.input(|i| {
        (
            i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals),
            i.key_pressed(Key::Minus),
            i.key_pressed(Key::ArrowLeft),
            i.key_pressed(Key::ArrowRight),
        )
    });
    let anchor = selected_x(app, &view)
        .or_else(|| response.hover_pos().map(pointer_x))
        .unwrap_or((view.left_px() + view.right_px()) / 2.0);
    if zoom_in {
        view = view.zoom_at(anchor, KEY_ZOOM);
    }
    if zoom_out {
        view = view.zoom_at(anchor, 1.0 / KEY_ZOOM);
    }
    if app.selected.is_none() {
        if left {
            view = view.pan(view.width_px() / 5.0);
        }
        if right {
            view = view.pan(-view.width_px() / 5.0);
        }
    }
    view
}

/// After the selection moved by key or in the list, scrolls the lanes until the selected
/// event's lane is in sight (lanes differ in height, so this takes a frame or a few).
pub(super) fn follow_selected_lane(app: &mut TemporaApp, scene: &crate::render::Scene) {
    if app.follow_lane == 0 {
        return;
    }
    app.follow_lane -= 1;
    let Some(selected) = app.selected else {
        return;
    };
    let Some(model) = super::filters::shown_model(app) else {
        return;
    };
    // The lanes in the scene's order: those with an article shown.
    let keys: Vec<&str> = model
        .lanes()
        .iter()
        .filter(|l| l.docs.iter().any(|d| !app.layout.hidden_docs.contains(d)))
        .map(|l| l.key.as_str())
        .collect();
    let Some(target) = model
        .lanes()
        .iter()
        .find(|l| l.docs.contains(&selected.doc))
        .and_then(|l| keys.iter().position(|k| *k == l.key))
    else {
        return;
    };
    let top = scene.plot.min.y;
    let bottom = top + scene.lanes_viewport;
    let in_sight = scene.lanes.iter().any(|h| {
        keys.get(target).is_some_and(|k| *k == h.key)
            && h.header.min.y >= top - 0.5
            && h.header.max.y <= bottom + 0.5
    });
    let first_drawn = scene
        .lanes
        .iter()
        .find_map(|h| keys.iter().position(|k| *k == h.key));
    let (false, Some(first)) = (in_sight, first_drawn) else {
        app.follow_lane = 0;
        return;
    };
    let per_lane = scene.lanes_height / keys.len().max(1) as f32;
    let offset = scene.lanes.first().map_or(0.0, |h| h.header.min.y - top);
    let y = scene.scroll_y + offset + (target as f32 - first as f32) * per_lane
        - scene.lanes_viewport / 3.0;
    app.command(Command::ScrollLanes(
        y.clamp(0.0, (scene.lanes_height - scene.lanes_viewport).max(0.0)),
    ));
}

/// Where event `id` sits in time: a point's instant, a span's middle.
fn time_of(app: &TemporaApp, id: EventId) -> Option<f64> {
    let event = app.docs.get(id.doc)?.events.get(id.event)?;
    Some(match mark_of(&event.timex)? {
        Mark::Point(t) => t,
        Mark::Span(b, u) => (b + u) / 2.0,
    })
}

/// The x of the selected event in `view`, when it is visible.
fn selected_x(app: &TemporaApp, view: &TimeView) -> Option<f64> {
    let secs = time_of(app, app.selected?)?;
    view.contains(secs).then(|| view.x_of(secs))
}

/// The shown event `step` places after (or before, when negative) `from` in time order.
fn step_in_time(app: &mut TemporaApp, from: EventId, step: isize) -> Option<EventId> {
    let matches = app.search_matches();
    let placed: Vec<EventId> = matches
        .iter()
        .copied()
        .filter(|id| time_of(app, *id).is_some())
        .collect();
    let at = match placed.iter().position(|id| *id == from) {
        Some(at) => at as isize,
        // The selection is filtered out: step from where it would be.
        None => {
            let t = time_of(app, from)?;
            let after = placed
                .iter()
                .position(|id| time_of(app, *id).is_some_and(|u| u > t))
                .unwrap_or(placed.len()) as isize;
            if step > 0 { after - 1 } else { after }
        }
    };
    let next = usize::try_from(at + step).ok()?;
    placed.get(next).copied()
}

/// The event nearest in time to the selection in the lane `step` lanes above (negative) or
/// below; with a single lane, the previous or next row of the event list. With nothing
/// selected, the first (↓) or last (↑) row of the list.
fn step_between_lanes(app: &mut TemporaApp, step: isize) -> Option<EventId> {
    let lanes = lane_order(app);
    let Some(selected) = app.selected else {
        let rows = super::panels::list_ids(app);
        return if step > 0 { rows.first() } else { rows.last() }.copied();
    };
    if lanes.len() <= 1 {
        let rows = super::panels::list_ids(app);
        let at = rows.iter().position(|id| *id == selected)? as isize;
        return rows.get(usize::try_from(at + step).ok()?).copied();
    }
    let t = time_of(app, selected)?;
    let mine = lanes.iter().position(|docs| docs.contains(&selected.doc))?;
    let matches = app.search_matches();
    let mut lane = mine as isize + step;
    while let Some(docs) = usize::try_from(lane).ok().and_then(|l| lanes.get(l)) {
        let nearest = matches
            .iter()
            .filter(|id| docs.contains(&id.doc))
            .filter_map(|id| Some((time_of(app, *id)?, *id)))
            .min_by(|a, b| (a.0 - t).abs().total_cmp(&(b.0 - t).abs()));
        if let Some((_, id)) = nearest {
            return Some(id);
        }
        lane += step.signum();
    }
    None
}

/// The articles of each lane on screen, top to bottom (lanes whose articles are all hidden
/// and collapsed lanes are left out).
fn lane_order(app: &TemporaApp) -> Vec<Vec<usize>> {
    let Some(model) = super::filters::shown_model(app) else {
        return Vec::new();
    };
    model
        .lanes()
        .iter()
        .filter(|l| !app.layout.collapsed.contains(&l.key))
        .filter(|l| l.docs.iter().any(|d| !app.layout.hidden_docs.contains(d)))
        .map(|l| l.docs.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::TimelineModel;
    use crate::render::fixtures::sample;

    fn id(doc: usize, event: usize) -> EventId {
        EventId { doc, event }
    }

    #[test]
    fn arrows_walk_the_events_in_time_order_across_articles() {
        // Sample events: 0 Monday 3 Nov, 1 August, 2 next week (unplaced), 3 Friday 7 Nov.
        let mut app = TemporaApp::with_documents(vec![sample(), sample()]);
        let order = [id(0, 1), id(1, 1), id(0, 0), id(1, 0), id(0, 3), id(1, 3)];
        for pair in order.windows(2) {
            assert_eq!(step_in_time(&mut app, pair[0], 1), Some(pair[1]));
            assert_eq!(step_in_time(&mut app, pair[1], -1), Some(pair[0]));
        }
        assert_eq!(step_in_time(&mut app, id(1, 3), 1), None, "the last stays");
        // Hidden by a filter: walking goes on from its place in time.
        app.command(Command::ToggleDocs(vec![1]));
        app.apply_commands();
        assert_eq!(step_in_time(&mut app, id(1, 0), 1), Some(id(0, 3)));
        assert_eq!(step_in_time(&mut app, id(1, 0), -1), Some(id(0, 0)));
    }

    #[test]
    fn up_and_down_move_to_the_nearest_event_in_the_next_lane() {
        let docs = ["a.txt", "b.txt", "c.txt"].map(|path| {
            let mut doc = sample();
            doc.article.path = path.into();
            doc
        });
        let mut app = TemporaApp::with_documents(docs.into());
        app.model = Some(TimelineModel::new(&app.docs, app.layout.grouping));
        app.selected = Some(id(0, 3));
        assert_eq!(step_between_lanes(&mut app, 1), Some(id(1, 3)));
        assert_eq!(step_between_lanes(&mut app, -1), None, "no lane above");
        // A hidden lane is skipped.
        app.layout.hidden_docs.insert(1);
        app.filter_rev += 1;
        assert_eq!(step_between_lanes(&mut app, 1), Some(id(2, 3)));
        app.selected = Some(id(2, 1));
        assert_eq!(step_between_lanes(&mut app, -1), Some(id(0, 1)));
    }
}
