//! Menu bar, status bar, the articles panel and the event list.

use super::background::{self, DialogKind};
use super::dates::{from_jiff, to_jiff};
use super::{SortOrder, StatusKind, TemporaApp};
use crate::render::egui_backend::color;
use crate::render::{EventId, Theme, mark_of};
use crate::timeline::from_secs;
use egui::{Align, RichText, Sense};
use egui_extras::{Column, TableBuilder};
use std::cmp::Ordering;

const OPEN: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::O);
const EXPORT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::E);
const QUIT: egui::KeyboardShortcut =
    egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Q);

pub(super) fn menu_bar(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let mut open_folder = false;
    let (mut open, mut export, mut quit) = ctx.input_mut(|i| {
        (
            i.consume_shortcut(&OPEN),
            i.consume_shortcut(&EXPORT),
            i.consume_shortcut(&QUIT),
        )
    });
    super::edit_menu::edit_keys(app, &ctx);
    // One native dialog at a time: the menu waits while one is open.
    let idle = app.dialog.is_none();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui
                    .add_enabled(
                        idle,
                        egui::Button::new("Open…").shortcut_text(ctx.format_shortcut(&OPEN)),
                    )
                    .clicked()
                {
                    ui.close();
                    open = true;
                }
                if ui
                    .add_enabled(idle, egui::Button::new("Open folder…"))
                    .clicked()
                {
                    ui.close();
                    open_folder = true;
                }
                if ui
                    .add_enabled(
                        idle && !app.docs.is_empty(),
                        egui::Button::new("Export image…")
                            .shortcut_text(ctx.format_shortcut(&EXPORT)),
                    )
                    .clicked()
                {
                    ui.close();
                    export = true;
                }
                super::export::file_menu(app, ui);
                ui.separator();
                if ui
                    .add(egui::Button::new("Quit").shortcut_text(ctx.format_shortcut(&QUIT)))
                    .clicked()
                {
                    quit = true;
                }
            });
            super::edit_menu::edit_menu(app, ui);
            ui.menu_button("View", |ui| {
                ui.checkbox(&mut app.show_list, "Event list");
                ui.checkbox(&mut app.read_view.shown, "Reading view");
                super::appearance::theme_menu(app, ui);
            });
        });
    });
    if open {
        app.show_dialog(DialogKind::OpenFiles, &ctx);
    }
    if open_folder {
        app.show_dialog(DialogKind::OpenFolder, &ctx);
    }
    if export && !app.docs.is_empty() {
        app.open_image_export();
    }
    if quit {
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

pub(super) fn status_bar(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let theme = app.theme.clone();
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            let events: usize = app.docs.iter().map(|d| d.events.len()).sum();
            let placed: usize = app
                .docs
                .iter()
                .flat_map(|d| &d.events)
                .filter(|e| mark_of(&e.timex).is_some())
                .count();
            let waiting: usize = app.docs.iter().map(|d| d.awaiting_date()).sum();
            let mut summary = format!(
                "{} article{} · {events} event{} · {placed} on the timeline",
                app.docs.len(),
                plural(app.docs.len()),
                plural(events)
            );
            if let Some(shown) = super::filters::shown_count(app) {
                summary.push_str(&format!(" · {shown}"));
            }
            if waiting > 0 {
                summary.push_str(&format!(
                    " · {waiting} wait{} for a publication date",
                    if waiting == 1 { "s" } else { "" }
                ));
            }
            if !app.failures.is_empty() {
                summary.push_str(&format!(
                    " · {} file{} failed",
                    app.failures.len(),
                    plural(app.failures.len())
                ));
            }
            if app.pending > 0 {
                ui.spinner();
            }
            ui.label(summary);
            if let Some((done, total)) = app.progress() {
                ui.separator();
                let fraction = if total == 0 {
                    0.0
                } else {
                    done as f32 / total as f32
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(160.0)
                        .text(background::progress_text(done, total, app.events_read())),
                );
                if ui
                    .small_button("Cancel")
                    .on_hover_text("Stop reading the remaining files")
                    .clicked()
                {
                    app.cancel_loading();
                }
                background::still_reading_ui(ui, app);
            }
            if let Some((text, kind)) = &app.status {
                ui.separator();
                let c = match kind {
                    StatusKind::Info => color(theme.text_muted),
                    StatusKind::Warning => color(theme.warning),
                    StatusKind::Error => color(theme.error),
                };
                ui.label(RichText::new(text).color(c));
            }
        });
    });
}

/// Where the date picker opens for an article without a date: the loader's first
/// suggestion, else the latest date the article mentions, else today.
fn picker_start(doc: &crate::pipeline::Document) -> chrono::NaiveDate {
    if let Some(suggestion) = doc.suggestions().first() {
        return suggestion.date;
    }
    doc.events
        .iter()
        .filter_map(|e| e.timex.interval.as_ref())
        .map(|i| i.begin().date())
        .max()
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// A reader's name for an article format.
fn format_name(format: crate::article::ArticleFormat) -> &'static str {
    use crate::article::ArticleFormat;
    match format {
        ArticleFormat::Text => "plain text",
        ArticleFormat::Markdown => "Markdown",
        ArticleFormat::Html => "web page",
        ArticleFormat::Json => "JSON article",
        ArticleFormat::TimeMl => "TimeML",
    }
}

/// The file name of `doc`, for buttons ("Close sample.txt").
fn short_name(doc: &crate::pipeline::Document) -> String {
    let name = doc.article.path.file_name().map_or_else(
        || doc.article.title.clone(),
        |n| n.to_string_lossy().into_owned(),
    );
    match doc.article.item {
        Some(n) => format!("{name} #{n}"),
        None => name,
    }
}

/// Where a publication date came from, as a phrase ("from “Published:” header, line 2").
pub(super) fn provenance(source: &crate::article::DateSource) -> String {
    match source {
        crate::article::DateSource::User => "set by you".to_string(),
        other if other.confidence() == crate::article::Confidence::Medium => {
            format!("from {other} — likely, but check it")
        }
        other => format!("from {other}"),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Height of an article card not measured yet, in points.
const CARD_HEIGHT_GUESS: f32 = 160.0;

pub(super) fn articles_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let theme = app.theme.clone();
    let mut new_date: Option<(usize, chrono::NaiveDate)> = None;
    let mut close: Option<usize> = None;
    let mut reset: Option<usize> = None;
    let mut toggle: Option<super::command::Command> = None;
    egui::Panel::left("articles")
        .default_size(270.0)
        .size_range(200.0..=480.0)
        .show(ui, |ui| {
            // Keep the panel's width even when its content is narrower.
            ui.set_min_width(ui.available_width());
            ui.add_space(4.0);
            ui.heading("Articles");
            ui.add_space(4.0);
            let mut measured: Vec<(usize, f32)> = Vec::new();
            egui::ScrollArea::vertical().show(ui, |ui| {
                if app.docs.is_empty() && app.failures.is_empty() {
                    ui.label(
                        RichText::new(if app.pending > 0 {
                            "Loading…"
                        } else {
                            "No articles yet. Use File > Open… or drop article files or folders here."
                        })
                        .color(color(theme.text_muted)),
                    );
                }
                for (i, doc) in app.docs.iter().enumerate() {
                    // Cards out of sight only take their (last measured) height, so a
                    // thousand articles cost what the visible few cost.
                    let height = app.card_heights.get(i).copied().unwrap_or(CARD_HEIGHT_GUESS);
                    let width = ui.available_width();
                    let guess = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
                    if !ui.is_rect_visible(guess.expand(200.0)) {
                        ui.allocate_space(egui::vec2(width, height));
                        ui.add_space(4.0);
                        continue;
                    }
                    let swatch = color(theme.article(i));
                    let hidden = app.layout.hidden_docs.contains(&i);
                    let card = egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        if hidden {
                            ui.set_opacity(0.45);
                        }
                        let title_row = ui.horizontal_wrapped(|ui| {
                            let (r, _) =
                                ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
                            ui.painter().rect_filled(r, 2.0, swatch);
                            ui.label(RichText::new(&doc.article.title).strong());
                            if hidden {
                                ui.label(RichText::new("hidden").italics());
                            }
                        });
                        toggle = toggle.take().or_else(|| {
                            super::filters::card_toggle(
                                ui,
                                i,
                                &doc.article.title,
                                hidden,
                                title_row
                                    .response
                                    .rect
                                    .with_max_x(ui.max_rect().right()),
                            )
                        });
                        ui.horizontal(|ui| {
                            ui.label(
                                RichText::new(short_name(doc))
                                    .size(12.0)
                                    .color(color(theme.text_muted)),
                            );
                            ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                                if ui
                                    .small_button("Close")
                                    .on_hover_text("Remove this article from the timeline")
                                    .clicked()
                                {
                                    close = Some(i);
                                }
                            });
                        });
                        ui.label(
                            RichText::new(format!(
                                "{} · {}",
                                format_name(doc.article.format),
                                doc.article.encoding
                            ))
                            .size(11.0)
                            .color(color(theme.text_muted)),
                        )
                        .on_hover_text("File format and the text encoding it was read in");
                        match &doc.article.publication {
                            Some(p) => {
                                ui.label(format!("Published {}", p.date.format("%Y-%m-%d")));
                                ui.label(
                                    RichText::new(provenance(&p.source))
                                        .size(12.0)
                                        .color(color(theme.text_muted)),
                                );
                            }
                            None => {
                                ui.label(
                                    RichText::new("Publication date unknown — set it")
                                        .color(color(theme.warning)),
                                );
                                // Guesses the loader found; used only if the user says so.
                                for suggestion in &doc.suggestions() {
                                    ui.horizontal_wrapped(|ui| {
                                        ui.label(
                                            RichText::new(format!(
                                                "Maybe {}: {}",
                                                suggestion.date.format("%Y-%m-%d"),
                                                suggestion.reason
                                            ))
                                            .size(12.0)
                                            .color(color(theme.text_muted)),
                                        );
                                        if ui
                                            .small_button("Use")
                                            .on_hover_text("Use this as the publication date")
                                            .clicked()
                                        {
                                            new_date = Some((i, suggestion.date));
                                        }
                                    });
                                }
                            }
                        }
                        for note in &doc.article.notes {
                            ui.label(
                                RichText::new(note)
                                    .size(12.0)
                                    .color(color(theme.text_muted)),
                            );
                        }
                        ui.horizontal(|ui| {
                            ui.label("Date:");
                            let fallback = picker_start(doc);
                            let current = doc.dct();
                            if let Some(before) = to_jiff(current.unwrap_or(fallback)) {
                                let mut picked = before;
                                let salt = format!("publication-date-{i}");
                                let mut button = egui_extras::DatePickerButton::new(&mut picked)
                                    .id_salt(&salt)
                                    .show_icon(false)
                                    .highlight_weekends(false)
                                    .calendar_week(false);
                                if current.is_none() {
                                    button = button.format("Set date");
                                }
                                let response = ui.add(button);
                                let changed = response.changed() || picked != before;
                                if changed && let Some(date) = from_jiff(picked) {
                                    new_date = Some((i, date));
                                }
                            }
                        });
                        if app.publication_overridden(i)
                            && let Some(original) = app.original_publication(i)
                        {
                            let text = format!(
                                "Reset to the article's date ({}, {})",
                                original.date.format("%Y-%m-%d"),
                                provenance(&original.source)
                            );
                            if ui
                                .button(text)
                                .on_hover_text("Go back to the date the article itself gives")
                                .clicked()
                            {
                                reset = Some(i);
                            }
                        }
                        let waiting = doc.awaiting_date();
                        if waiting > 0 {
                            ui.label(
                                RichText::new(format!(
                                    "{waiting} relative date{} wait{} for a publication date",
                                    plural(waiting),
                                    if waiting == 1 { "s" } else { "" }
                                ))
                                .color(color(theme.warning)),
                            );
                        }
                        let placed = doc
                            .events
                            .iter()
                            .filter(|e| mark_of(&e.timex).is_some())
                            .count();
                        ui.label(
                            RichText::new(format!(
                                "{} event{}, {placed} on the timeline",
                                doc.events.len(),
                                plural(doc.events.len())
                            ))
                            .size(12.0)
                            .color(color(theme.text_muted)),
                        );
                    });
                    measured.push((i, card.response.rect.height()));
                    ui.add_space(4.0);
                }
                if !app.failures.is_empty() {
                    ui.add_space(6.0);
                    ui.label(RichText::new("Could not open").strong());
                    for failure in &app.failures {
                        egui::Frame::group(ui.style())
                            .stroke(egui::Stroke::new(1.0, color(theme.error)))
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                ui.label(RichText::new(&failure.message).color(color(theme.error)));
                            });
                    }
                }
            });
            if app.card_heights.len() < app.docs.len() {
                app.card_heights.resize(app.docs.len(), CARD_HEIGHT_GUESS);
            }
            for (i, h) in measured {
                if let Some(slot) = app.card_heights.get_mut(i) {
                    *slot = h;
                }
            }
        });
    if let Some(command) = toggle {
        app.command(command);
    }
    if let Some((doc, date)) = new_date {
        app.command(TemporaApp::set_publication_command(doc, date));
    }
    if let Some(command) = reset.and_then(|doc| app.reset_publication_command(doc)) {
        app.command(command);
    }
    if let Some(doc) = close {
        app.close_document(doc);
    }
}

/// One row of the event list.
struct Row {
    id: EventId,
    number: usize,
    begin: Option<f64>,
    value: String,
    /// A reader's phrasing of the time ("weekend of 1–2 Nov 2025").
    when: String,
    expression: String,
    label: String,
    waiting: bool,
}

/// The event list's rows, kept between frames: they are rebuilt only when the documents
/// change (see `TemporaApp::revision`) or the order does, not on every repaint.
#[derive(Default)]
pub(super) struct RowCache {
    key: Option<(u64, u64, SortOrder)>,
    rows: std::sync::Arc<Vec<Row>>,
}

/// The rows of the event list in the current order, from the cache when it is current.
fn rows(app: &mut TemporaApp) -> std::sync::Arc<Vec<Row>> {
    let key = (app.revision, app.filter_rev, app.sort);
    if app.row_cache.key != Some(key) {
        app.row_cache = RowCache {
            key: Some(key),
            rows: std::sync::Arc::new(build_rows(app)),
        };
    }
    app.row_cache.rows.clone()
}

/// The events of the list, in its order (what ↑/↓ walk when the timeline has one lane).
pub(super) fn list_ids(app: &mut TemporaApp) -> Vec<EventId> {
    rows(app).iter().map(|r| r.id).collect()
}

fn build_rows(app: &TemporaApp) -> Vec<Row> {
    let mut number = 0usize;
    let mut rows = Vec::new();
    let needle = app
        .layout
        .search
        .as_deref()
        .map(|s| s.trim().to_lowercase());
    for (d, doc) in app.docs.iter().enumerate() {
        for (e, event) in doc.events.iter().enumerate() {
            number += 1;
            let hidden = app.layout.hidden_docs.contains(&d)
                || event.is_hidden()
                || !app.layout.filters.admits(&event.timex)
                || needle
                    .as_deref()
                    .is_some_and(|n| !crate::render::event_matches(doc, event, n));
            if hidden {
                continue;
            }
            rows.push(Row {
                id: EventId { doc: d, event: e },
                number,
                begin: event
                    .timex
                    .interval
                    .as_ref()
                    .map(|i| crate::timeline::to_secs(i.begin())),
                value: event.timex.value.to_string(),
                when: crate::event::when_text(&event.timex),
                expression: doc.slice(event.timex.span).to_string(),
                label: event.label.to_string(),
                waiting: event.timex.awaits_publication_date,
            });
        }
    }
    if app.sort == SortOrder::Date {
        rows.sort_by(|a, b| match (a.begin, b.begin) {
            (Some(x), Some(y)) => x.total_cmp(&y).then(a.number.cmp(&b.number)),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => a.number.cmp(&b.number),
        });
    }
    rows
}

pub(super) fn event_list_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    if !app.show_list {
        return;
    }
    let theme = app.theme.clone();
    egui::Panel::bottom("events")
        .resizable(true)
        .default_size(220.0)
        .size_range(120.0..=600.0)
        .show(ui, |ui| {
            ui.set_min_height(ui.available_height());
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.heading("Events");
                ui.add_space(12.0);
                ui.label("Sort:");
                let by_date = ui.selectable_value(&mut app.sort, SortOrder::Date, "by date");
                let by_text = ui.selectable_value(&mut app.sort, SortOrder::Text, "in text order");
                // A new order moves the rows: keep the selected one in view.
                if by_date.changed() || by_text.changed() {
                    app.scroll_list = true;
                }
            });
            ui.add_space(2.0);
            let rows = rows(app);
            let several = app.docs.len() > 1;
            let scroll_to = if app.scroll_list {
                app.scroll_list = false;
                app.selected
                    .and_then(|sel| rows.iter().position(|r| r.id == sel))
            } else {
                None
            };
            let mut clicked: Option<EventId> = None;
            let mut chosen = None;
            // Selectable labels would take the click meant for the row.
            ui.style_mut().interaction.selectable_labels = false;
            let mut table = TableBuilder::new(ui)
                .striped(true)
                .sense(Sense::click())
                .cell_layout(egui::Layout::left_to_right(Align::Center))
                .column(Column::exact(34.0))
                .column(
                    Column::initial(if several { 190.0 } else { 230.0 })
                        .at_least(90.0)
                        .clip(true),
                )
                .column(
                    Column::initial(if several { 120.0 } else { 150.0 })
                        .at_least(80.0)
                        .clip(true),
                );
            if several {
                table = table.column(Column::initial(110.0).at_least(60.0).clip(true));
            }
            let mut table = table
                .column(Column::remainder().at_least(120.0).clip(true))
                .min_scrolled_height(0.0);
            if let Some(row) = scroll_to {
                table = table.scroll_to_row(row, Some(Align::Center));
            }
            table
                .header(20.0, |mut header| {
                    header.col(|ui| {
                        ui.strong("#");
                    });
                    header.col(|ui| {
                        ui.strong("Date");
                    });
                    header.col(|ui| {
                        ui.strong("Expression");
                    });
                    if several {
                        header.col(|ui| {
                            ui.strong("Article");
                        });
                    }
                    header.col(|ui| {
                        ui.strong("Label");
                    });
                })
                .body(|body| {
                    body.rows(20.0, rows.len(), |mut row| {
                        let Some(r) = rows.get(row.index()) else {
                            return;
                        };
                        row.set_selected(app.selected == Some(r.id));
                        row.col(|ui| {
                            ui.label(RichText::new(r.number.to_string()).weak());
                        });
                        row.col(|ui| {
                            ui.label(date_cell(r, &theme));
                            ui.label(
                                RichText::new(&r.value)
                                    .monospace()
                                    .size(11.0)
                                    .color(color(theme.text_muted)),
                            );
                        });
                        row.col(|ui| {
                            ui.label(RichText::new(&r.expression).strong());
                        });
                        if several {
                            row.col(|ui| {
                                let title = app
                                    .docs
                                    .get(r.id.doc)
                                    .map(|d| d.article.title.as_str())
                                    .unwrap_or("");
                                ui.label(
                                    RichText::new(title).color(color(theme.article(r.id.doc))),
                                );
                            });
                        }
                        row.col(|ui| {
                            ui.label(&r.label);
                        });
                        let response = row.response();
                        if response.clicked() {
                            clicked = Some(r.id);
                        }
                        response.context_menu(|ui| {
                            if let Some(choice) = super::curate::event_menu(ui) {
                                chosen = Some((r.id, choice));
                            }
                        });
                    });
                });
            if let Some(id) = clicked {
                app.select(Some(id));
                app.scroll_list = false;
            }
            if let Some((id, choice)) = chosen {
                super::curate::act(app, id, choice);
            }
        });
}

/// The human reading of a row's time (the raw TIMEX3 value follows it, smaller).
fn date_cell(r: &Row, theme: &Theme) -> RichText {
    if r.waiting {
        return RichText::new(&r.when).color(color(theme.warning));
    }
    match r.begin.and_then(from_secs) {
        Some(_) => RichText::new(&r.when),
        None => RichText::new(&r.when).color(color(theme.text_muted)),
    }
}

/// A hint over the whole window while files are dragged over it.
pub(super) fn drop_overlay(ctx: &egui::Context, theme: &Theme) {
    let hovering = ctx.input(|i| !i.raw.hovered_files.is_empty());
    if !hovering {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-overlay"),
    ));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, color(theme.overlay));
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop articles to open them",
        egui::FontId::proportional(24.0),
        color(theme.background),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn event_rows_are_rebuilt_only_when_documents_or_order_change() {
        let mut app = TemporaApp::with_documents(vec![crate::render::fixtures::sample()]);
        let first = rows(&mut app);
        let events = app.docs[0].events.len();
        assert_eq!(first.len(), events);
        assert!(Arc::ptr_eq(&first, &rows(&mut app)), "kept between frames");

        app.sort = SortOrder::Text;
        let by_text = rows(&mut app);
        assert!(!Arc::ptr_eq(&first, &by_text), "a new order rebuilds");
        assert_eq!(
            by_text.iter().map(|r| r.number).collect::<Vec<_>>(),
            (1..=events).collect::<Vec<_>>()
        );

        let date = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("date");
        app.set_publication_date(0, date);
        let redated = rows(&mut app);
        assert!(!Arc::ptr_eq(&by_text, &redated), "a new date rebuilds");
        // The event that waited for a publication date now has one.
        assert!(redated.iter().all(|r| !r.waiting));

        app.close_document(0);
        assert!(rows(&mut app).is_empty());
    }
}
