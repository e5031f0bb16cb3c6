//! The filter bar above the timeline (a menu of filters and one removable chip per filter
//! that is on), the date range dragged on the axis, and the model the filters leave.

use super::TemporaApp;
use super::command::Command;
use crate::render::TimelineModel;
use crate::render::egui_backend::color;
use crate::timeline::TimeView;
use crate::timeline::filter::{DateRange, Filters, KindSet, kind_name};
use egui::{RichText, Sense};

/// The filtered model and what it was built from: the model's documents and grouping, the
/// documents' revision and the filters.
pub(super) type FilteredModel = ((usize, u64, Filters), TimelineModel);

/// Where a date range drag started, in seconds.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct RangeDrag {
    from_secs: Option<f64>,
    /// The bottom of the lanes area in the last frame: a drag below it (in the axis strip)
    /// picks a range without Shift.
    pub axis_top: f32,
}

/// Brings the filtered model up to date with the full model and the filters.
pub(super) fn refresh_filtered(app: &mut TemporaApp) {
    let filters = app.layout.filters;
    let Some(model) = app.model.as_ref() else {
        app.filtered = None;
        return;
    };
    if filters.is_empty() {
        app.filtered = None;
        return;
    }
    let key = (model.docs_seen(), app.revision, filters);
    if app
        .filtered
        .as_ref()
        .is_some_and(|(k, m)| *k == key && m.grouping() == model.grouping())
    {
        return;
    }
    app.filtered = Some((key, model.filtered(&app.docs, &filters)));
}

/// The model the timeline draws: the filtered one when filters are on.
pub(super) fn shown_model(app: &TemporaApp) -> Option<&TimelineModel> {
    match &app.filtered {
        Some((_, m)) if !app.layout.filters.is_empty() => Some(m),
        _ => app.model.as_ref(),
    }
}

/// The filter menu and the chips of the filters that are on, in one row.
pub(super) fn filter_bar(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let before = app.layout.filters;
    let mut filters = before;
    ui.horizontal_wrapped(|ui| {
        ui.toggle_value(&mut app.show_list, "Event list")
            .on_hover_text("Show or hide the event list (also in the View menu)");
        // The menu stays open while boxes are ticked; a click outside closes it.
        let config = egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
        egui::containers::menu::MenuButton::new("Filters")
            .config(config)
            .ui(ui, |ui| filter_menu(&mut filters, ui));
        chips(app, &mut filters, ui);
    });
    if filters != before {
        app.command(Command::SetFilters(filters));
    }
}

/// Check boxes for every filter.
fn filter_menu(filters: &mut Filters, ui: &mut egui::Ui) {
    ui.label(RichText::new("Show").strong());
    for kind in KindSet::ALL {
        let mut shown = !filters.hidden_kinds.contains(kind);
        if ui.checkbox(&mut shown, kind_name(kind, true)).changed() {
            filters.hidden_kinds = if shown {
                filters.hidden_kinds.without(kind)
            } else {
                filters.hidden_kinds.with(kind)
            };
        }
    }
    ui.separator();
    ui.checkbox(&mut filters.hide_vague, "Hide vague dates");
    ui.checkbox(&mut filters.hide_coarse, "Hide dates coarser than a year");
    ui.checkbox(&mut filters.only_days, "Only events with a day");
    ui.separator();
    match filters.range {
        Some(range) => {
            if ui
                .button(format!("Clear range {}", range.label()))
                .clicked()
            {
                filters.range = None;
            }
        }
        None => {
            ui.label(
                RichText::new("Date range: Shift+drag on the timeline, or drag along its axis")
                    .weak(),
            );
        }
    }
    ui.separator();
    if ui
        .add_enabled(!filters.is_empty(), egui::Button::new("Clear all filters"))
        .clicked()
    {
        *filters = Filters::default();
    }
}

/// One button per filter that is on; clicking it removes that filter.
fn chips(app: &mut TemporaApp, filters: &mut Filters, ui: &mut egui::Ui) {
    let hidden = app.layout.hidden_docs.len();
    if hidden > 0 {
        let chip = format!(
            "{hidden} article{} hidden  ×",
            if hidden == 1 { "" } else { "s" }
        );
        if ui
            .button(chip)
            .on_hover_text("Show every article again")
            .clicked()
        {
            app.command(Command::ShowAllDocs);
        }
    }
    for kind in filters.hidden_kinds.iter() {
        if chip(ui, &format!("no {}", kind_name(kind, true))) {
            filters.hidden_kinds = filters.hidden_kinds.without(kind);
        }
    }
    if filters.hide_vague && chip(ui, "no vague dates") {
        filters.hide_vague = false;
    }
    if filters.hide_coarse && chip(ui, "nothing coarser than a year") {
        filters.hide_coarse = false;
    }
    if filters.only_days && chip(ui, "only events with a day") {
        filters.only_days = false;
    }
    if let Some(range) = filters.range
        && chip(ui, &range.label())
    {
        filters.range = None;
    }
}

/// A removable chip: "LABEL  ×"; true when clicked.
fn chip(ui: &mut egui::Ui, label: &str) -> bool {
    ui.button(format!("{label}  ×"))
        .on_hover_text("Remove this filter")
        .clicked()
}

/// A date range dragged on the timeline: with Shift held anywhere, or along the axis strip.
/// Returns true while such a drag is going on (the view must not pan then).
pub(super) fn range_drag(
    app: &mut TemporaApp,
    ui: &egui::Ui,
    response: &egui::Response,
    rect: egui::Rect,
    view: &TimeView,
) -> bool {
    let secs_at = |p: egui::Pos2| view.secs_at(f64::from(p.x - rect.min.x));
    if response.drag_started() {
        let shift = ui.input(|i| i.modifiers.shift);
        let origin = ui.input(|i| i.pointer.press_origin());
        let on_axis = origin.is_some_and(|p| p.y - rect.min.y >= app.range_drag.axis_top);
        app.range_drag.from_secs = origin.filter(|_| shift || on_axis).map(secs_at);
    }
    let Some(from) = app.range_drag.from_secs else {
        return false;
    };
    if response.drag_stopped() {
        app.range_drag.from_secs = None;
        let to = response.interact_pointer_pos().map(secs_at);
        if let Some(range) = to.and_then(|to| DateRange::from_secs(from, to)) {
            let mut filters = app.layout.filters;
            filters.range = Some(range);
            app.command(Command::SetFilters(filters));
        }
    }
    true
}

/// The range being dragged, shaded over the timeline with its dates.
pub(super) fn paint_range_drag(
    app: &TemporaApp,
    ui: &egui::Ui,
    response: &egui::Response,
    rect: egui::Rect,
    view: &TimeView,
) {
    let (Some(from), Some(pointer)) = (app.range_drag.from_secs, response.interact_pointer_pos())
    else {
        return;
    };
    let x0 = rect.min.x + view.x_of(from) as f32;
    let x1 = pointer.x;
    let shade = egui::Rect::from_x_y_ranges(x0.min(x1)..=x0.max(x1), rect.y_range());
    let painter = ui.painter_at(rect);
    painter.rect_filled(shade, 0.0, color(app.theme.highlight.with_alpha(110)));
    let to = view.secs_at(f64::from(pointer.x - rect.min.x));
    if let Some(range) = DateRange::from_secs(from, to) {
        painter.text(
            egui::pos2(shade.center().x, rect.min.y + 14.0),
            egui::Align2::CENTER_CENTER,
            range.label(),
            egui::FontId::proportional(13.0),
            color(app.theme.text),
        );
    }
}

/// Legend entries: a click hides the article, Alt+click shows it alone.
pub(super) fn legend_clicks(
    app: &mut TemporaApp,
    ui: &egui::Ui,
    scene: &crate::render::Scene,
    rect: egui::Rect,
) {
    for entry in &scene.legend {
        let hit = crate::render::egui_backend::rect_to_screen(rect.min, entry.rect).intersect(rect);
        if !hit.is_positive() {
            continue;
        }
        let title = app
            .docs
            .get(entry.doc)
            .map(|d| d.article.title.clone())
            .unwrap_or_default();
        let r = ui.interact(
            hit,
            ui.scope_id().with(("legend", entry.doc)),
            Sense::click(),
        );
        r.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, true, format!("legend {title}"))
        });
        if r.hovered() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        }
        let r = r.on_hover_text("Click: hide this article · Alt+click: show only it");
        if r.clicked() {
            app.command(if ui.input(|i| i.modifiers.alt) {
                Command::Solo(vec![entry.doc])
            } else {
                Command::ToggleDocs(vec![entry.doc])
            });
        }
    }
}

/// "1,204 of 74,040 events shown" when filters or the search hide some, else `None`.
pub(super) fn shown_count(app: &mut TemporaApp) -> Option<String> {
    let filtering = !app.layout.hidden_docs.is_empty()
        || !app.layout.filters.is_empty()
        || app.layout.search.is_some();
    if !filtering {
        return None;
    }
    let shown = app.search_matches().len();
    let total: usize = app.docs.iter().map(|d| d.events.len()).sum();
    Some(format!(
        "{} of {} events shown",
        super::timeline_widget::thousands(shown),
        super::timeline_widget::thousands(total)
    ))
}

/// Makes an article card's title row a toggle: a click hides or shows article `doc`,
/// Alt+click shows it alone. Returns the command to queue.
pub(super) fn card_toggle(
    ui: &egui::Ui,
    doc: usize,
    title: &str,
    hidden: bool,
    row: egui::Rect,
) -> Option<Command> {
    let r = ui.interact(row, ui.scope_id().with(("card", doc)), Sense::click());
    r.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::Button,
            true,
            !hidden,
            format!("article {title}"),
        )
    });
    if r.hovered() {
        ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
    }
    let r = r.on_hover_text(if hidden {
        "Click: show this article · Alt+click: show only it"
    } else {
        "Click: hide this article · Alt+click: show only it"
    });
    if !r.clicked() {
        return None;
    }
    Some(if ui.input(|i| i.modifiers.alt) {
        Command::Solo(vec![doc])
    } else {
        Command::ToggleDocs(vec![doc])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn an_export_leaves_out_what_the_filters_hide() {
        let docs = vec![sample()];
        let august = "The trouble began in August with a crack.";
        let texts = |layout: &crate::render::Layout| {
            let svg = crate::render::export_svg_laid_out(&docs, None, None, 1200, 600, layout)
                .expect("svg");
            crate::render::fixtures::svg_texts(&svg)
        };
        let mut layout = crate::render::Layout::default();
        assert!(texts(&layout).iter().any(|t| t.contains(august)));
        layout.filters.only_days = true;
        let only_days = texts(&layout);
        assert!(
            !only_days.iter().any(|t| t.contains(august)),
            "{only_days:?}"
        );
        assert!(
            only_days
                .iter()
                .any(|t| t.contains("2 events from 1 article")),
            "{only_days:?}"
        );
    }

    #[test]
    fn the_filtered_model_is_rebuilt_only_when_the_filters_change() {
        let mut app = TemporaApp::with_documents(vec![sample(), sample()]);
        app.model = Some(TimelineModel::new(&app.docs, app.layout.grouping));
        refresh_filtered(&mut app);
        assert!(app.filtered.is_none(), "no filter, no copy");
        let all = shown_model(&app).map_or(0, TimelineModel::placeable);
        app.command(Command::SetFilters(Filters {
            only_days: true,
            ..Filters::default()
        }));
        app.apply_commands();
        refresh_filtered(&mut app);
        let days = shown_model(&app).map_or(0, TimelineModel::placeable);
        assert!(days < all, "{days} < {all}");
        let before = app.filtered.as_ref().map(|(k, _)| *k);
        refresh_filtered(&mut app);
        assert_eq!(app.filtered.as_ref().map(|(k, _)| *k), before);
        assert_eq!(
            shown_count(&mut app).as_deref(),
            Some("4 of 8 events shown"),
            "Monday and Friday of each sample"
        );
        app.command(Command::SetFilters(Filters::default()));
        app.apply_commands();
        refresh_filtered(&mut app);
        assert!(app.filtered.is_none());
        assert_eq!(shown_count(&mut app), None);
    }
}
