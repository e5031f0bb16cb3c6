//! The reading view: the whole article with its title and publication date, every time
//! expression coloured by type, every event trigger underlined and the search marked.
//! Clicking an expression selects its event; selecting an event scrolls the view to it.

mod laid;
pub mod pieces;

use super::TemporaApp;
use super::command::Command;
use crate::article::ArticleFormat;
use crate::pipeline::Document;
use crate::render::egui_backend::color;
use crate::render::{EventId, Theme, accessible_label};
use crate::temporal::TimexType;
use egui::{RichText, Sense};
use laid::{Key, Laid};

/// The reading view's state.
#[derive(Default)]
pub(super) struct ReadingView {
    /// The panel is open.
    pub shown: bool,
    /// The article shown.
    pub doc: usize,
    /// Its text laid out, kept while the article, revision, search and width stay.
    laid: Option<Laid>,
    /// The selection the view last scrolled to (or that was clicked in it).
    followed: Option<EventId>,
}

/// The accessible label of event `id`'s expression in the reading view.
pub fn expression_label(docs: &[Document], id: EventId) -> Option<String> {
    accessible_label(docs, id).map(|l| format!("in the text: {l}"))
}

/// The selection to scroll to this frame, when it changed; the view follows it to its
/// article.
fn follow(app: &mut TemporaApp) -> Option<EventId> {
    if app.selected == app.read_view.followed {
        return None;
    }
    app.read_view.followed = app.selected;
    let id = app.selected?;
    app.read_view.doc = id.doc;
    Some(id)
}

/// The reading panel, when open.
pub(super) fn reading_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    if !app.read_view.shown {
        return;
    }
    let scroll_to = follow(app);
    egui::Panel::right("reading")
        .resizable(true)
        .default_size(400.0)
        .size_range(300.0..=900.0)
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            ui.add_space(4.0);
            header(app, ui);
            if app.docs.is_empty() {
                ui.label(RichText::new("No article open.").color(color(app.theme.text_muted)));
                return;
            }
            ui.separator();
            text_column(app, ui, scroll_to);
        });
}

/// The panel's title row, the choice of article, its title, date and the legend.
fn header(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let theme = app.theme.clone();
    ui.horizontal(|ui| {
        ui.heading("Article");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                app.read_view.shown = false;
            }
        });
    });
    if app.docs.len() > 1 {
        let doc = app.read_view.doc.min(app.docs.len() - 1);
        let current = app.docs.get(doc).map_or("", |d| d.article.title.as_str());
        egui::ComboBox::from_label("shown")
            .selected_text(current)
            .width(ui.available_width() - 60.0)
            .show_ui(ui, |ui| {
                for (i, d) in app.docs.iter().enumerate() {
                    ui.selectable_value(&mut app.read_view.doc, i, &d.article.title);
                }
            });
    }
    let Some(doc) = app.docs.get(app.read_view.doc) else {
        app.read_view.doc = 0;
        return;
    };
    ui.label(RichText::new(&doc.article.title).size(18.0).strong());
    let published = match &doc.article.publication {
        Some(p) => RichText::new(format!(
            "Published {} ({})",
            p.date.format("%Y-%m-%d"),
            super::panels::provenance(&p.source)
        )),
        None => {
            RichText::new("No publication date — set one on the left").color(color(theme.warning))
        }
    };
    ui.label(published);
    if let Some(source) = extracted_from(doc.article.format) {
        ui.label(
            RichText::new(format!("The text extracted from the {source}"))
                .size(12.0)
                .color(color(theme.text_muted)),
        );
    }
    legend(ui, &theme);
}

/// What the shown text was extracted from, for formats that are not plain text.
fn extracted_from(format: ArticleFormat) -> Option<&'static str> {
    match format {
        ArticleFormat::Text => None,
        ArticleFormat::Markdown => Some("Markdown file"),
        ArticleFormat::Html => Some("web page"),
        ArticleFormat::Json => Some("JSON record"),
        ArticleFormat::TimeMl => Some("TimeML document"),
    }
}

/// The four expression colours and the trigger underline, explained.
fn legend(ui: &mut egui::Ui, theme: &Theme) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 6.0;
        let kinds = [
            (TimexType::Date, "date"),
            (TimexType::Time, "time"),
            (TimexType::Duration, "duration"),
            (TimexType::Set, "recurrence"),
        ];
        for (kind, name) in kinds {
            ui.label(
                RichText::new(format!(" {name} "))
                    .size(12.0)
                    .color(color(theme.expression(kind)))
                    .background_color(color(theme.expression_background(kind))),
            );
        }
        ui.label(RichText::new("what happened").size(12.0).underline());
    });
}

/// The article's text, laid out once and painted block by block as it scrolls into sight.
fn text_column(app: &mut TemporaApp, ui: &mut egui::Ui, scroll_to: Option<EventId>) {
    let doc_index = app.read_view.doc;
    let Some(doc) = app.docs.get(doc_index) else {
        return;
    };
    let width = (ui.available_width() - 18.0).max(120.0);
    let key = Key {
        doc: doc_index,
        revision: app.revision,
        search: app.layout.search.clone(),
        width: width as i32,
    };
    if app.read_view.laid.as_ref().is_none_or(|l| l.key != key) {
        app.read_view.laid = Some(Laid::new(key, doc, &app.theme, ui.ctx()));
    }
    let Some(laid) = app.read_view.laid.as_ref() else {
        return;
    };
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("reading", doc_index))
        .auto_shrink(false);
    if let Some(y) = scroll_to
        .filter(|id| id.doc == doc_index)
        .and_then(|id| top_of(laid, doc, id.event))
    {
        // The expression a third of the way down.
        area = area.vertical_scroll_offset((y - ui.available_height() / 3.0).max(0.0));
    }
    let mut clicked = None;
    area.show_viewport(ui, |ui, viewport| {
        ui.set_height(laid.height);
        ui.set_width(width);
        let origin = ui.max_rect().min;
        let first = laid.first_below(viewport.min.y);
        let shown = laid.blocks.iter().skip(first);
        for block in shown.take_while(|b| b.top <= viewport.max.y) {
            let at = origin + egui::vec2(0.0, block.top);
            let rect = egui::Rect::from_min_size(at, block.galley.size());
            ui.put(
                rect,
                egui::Label::new(block.galley.clone()).selectable(true),
            );
            for target in &block.targets {
                let id = EventId {
                    doc: doc_index,
                    event: target.event,
                };
                let r = block
                    .chars_rect(target.first, target.end)
                    .translate(at.to_vec2());
                if expression_ui(ui, &app.docs, id, r, app.selected == Some(id), &app.theme) {
                    clicked = Some(id);
                }
            }
        }
    });
    if let Some(id) = clicked {
        app.read_view.followed = Some(id);
        app.command(Command::Reveal(id));
    }
}

/// The top (column coordinates) of event `event`'s expression.
fn top_of(laid: &Laid, doc: &Document, event: usize) -> Option<f32> {
    let start = doc.events.get(event)?.timex.span.start;
    let block = laid.block_at(start)?;
    let target = block.targets.iter().find(|t| t.event == event)?;
    Some(block.top + block.chars_rect(target.first, target.end).top())
}

/// The clickable area over one expression (outlined when its event is selected); true
/// when clicked.
fn expression_ui(
    ui: &mut egui::Ui,
    docs: &[Document],
    id: EventId,
    rect: egui::Rect,
    selected: bool,
    theme: &Theme,
) -> bool {
    let response = ui.interact(rect, ui.scope_id().with(("expression", id)), Sense::click());
    let label = expression_label(docs, id).unwrap_or_default();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &label));
    if selected {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            3.0,
            egui::Stroke::new(2.0, color(theme.selection)),
            egui::StrokeKind::Outside,
        );
    }
    let when = docs
        .get(id.doc)
        .and_then(|d| d.events.get(id.event))
        .map(|e| crate::event::when_text(&e.timex));
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    let response = match when {
        Some(when) => response.on_hover_text(when),
        None => response,
    };
    response.clicked()
}
