//! The detail panel of the selected event.

use super::TemporaApp;
use crate::render::egui_backend::color;
use crate::render::{Theme, accessible_label};
use crate::temporal::{Anchor, Granularity};
use chrono::{NaiveDateTime, Timelike};
use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText};

pub(super) fn detail_panel(app: &mut TemporaApp, ui: &mut egui::Ui) {
    let theme = app.theme.clone();
    egui::Panel::right("details")
        .default_size(340.0)
        .size_range(240.0..=560.0)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.heading("Details");
            ui.add_space(4.0);
            egui::ScrollArea::vertical().show(ui, |ui| {
                let selected = app.selected.and_then(|id| {
                    let doc = app.docs.get(id.doc)?;
                    let event = doc.events.get(id.event)?;
                    Some((id, doc, event))
                });
                let Some((id, doc, event)) = selected else {
                    ui.label(
                        RichText::new(
                            "Click an event on the timeline or in the list to see where its date \
                             comes from.",
                        )
                        .color(color(theme.text_muted)),
                    );
                    return;
                };
                let t = &event.timex;
                let expression = doc.slice(t.span);
                ui.label(RichText::new(expression).size(20.0).strong());
                if let Some(label) = accessible_label(&app.docs, id) {
                    ui.label(
                        RichText::new(label.split(':').next().unwrap_or("").to_string())
                            .size(12.0)
                            .color(color(theme.text_muted)),
                    );
                }
                ui.add_space(6.0);
                egui::Grid::new("detail-grid")
                    .num_columns(2)
                    .spacing([10.0, 6.0])
                    .striped(false)
                    .show(ui, |ui| {
                        key(ui, &theme, "Resolved");
                        ui.label(RichText::new(t.value.to_string()).monospace().strong());
                        ui.end_row();

                        key(ui, &theme, "Interval");
                        match &t.interval {
                            Some(i) => {
                                ui.label(format!(
                                    "{} to {} ({}, end excluded)",
                                    instant(i.begin(), i.granularity()),
                                    instant(i.until(), i.granularity()),
                                    i.granularity()
                                ));
                            }
                            None if t.awaits_publication_date => {
                                ui.label(
                                    RichText::new("waits for a publication date")
                                        .color(color(theme.warning)),
                                );
                            }
                            None => {
                                ui.label(
                                    RichText::new("not a point in time (not on the timeline)")
                                        .color(color(theme.text_muted)),
                                );
                            }
                        }
                        ui.end_row();

                        key(ui, &theme, "Type");
                        let mut kind = t.timex_type.to_string();
                        if let Some(m) = t.modifier {
                            kind.push_str(&format!(", mod {m}"));
                        }
                        ui.label(kind);
                        ui.end_row();

                        key(ui, &theme, "Expression");
                        ui.label(format!("“{expression}”"));
                        ui.end_row();

                        key(ui, &theme, "Article");
                        ui.label(&doc.article.title);
                        ui.end_row();

                        key(ui, &theme, "Resolved against");
                        let published = doc.article.publication.as_ref().map(|p| {
                            format!("{} (from {})", p.date.format("%Y-%m-%d"), p.source)
                        });
                        let against = if t.awaits_publication_date {
                            RichText::new("no publication date yet — set one on the left")
                                .color(color(theme.warning))
                        } else {
                            match (t.anchor, published) {
                                (Anchor::Publication, Some(p)) => {
                                    RichText::new(format!("publication date {p}"))
                                }
                                (Anchor::Publication, None) => {
                                    RichText::new("the publication date")
                                }
                                (Anchor::Previous, _) => {
                                    RichText::new("the previous date in the text")
                                }
                                (Anchor::None, Some(p)) => RichText::new(format!(
                                    "nothing — an absolute date (article published {p})"
                                )),
                                (Anchor::None, None) => {
                                    RichText::new("nothing — an absolute date")
                                }
                            }
                        };
                        ui.label(against);
                        ui.end_row();
                    });
                ui.add_space(8.0);
                ui.label(RichText::new("Why this date").strong());
                ui.label(t.why.to_string());
                ui.add_space(8.0);
                ui.label(RichText::new("Source sentence").strong());
                let job = sentence_job(
                    doc.slice(event.sentence),
                    t.span.start.saturating_sub(event.sentence.start),
                    t.span.end.saturating_sub(event.sentence.start),
                    ui,
                    &theme,
                );
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .inner_margin(8.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(job);
                    });
            });
        });
}

fn key(ui: &mut egui::Ui, theme: &Theme, text: &str) {
    ui.label(RichText::new(text).color(color(theme.text_muted)));
}

/// `YYYY-MM-DD`, with the time when the granularity is finer than a day.
fn instant(t: NaiveDateTime, g: Granularity) -> String {
    if g <= Granularity::Day && t.time().num_seconds_from_midnight() == 0 {
        t.format("%Y-%m-%d").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// The sentence with bytes `start..end` (the expression) on a highlight background.
fn sentence_job(
    sentence: &str,
    start: usize,
    end: usize,
    ui: &egui::Ui,
    theme: &Theme,
) -> LayoutJob {
    let font = FontId::proportional(14.0);
    let text_color = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: font.clone(),
        color: text_color,
        ..Default::default()
    };
    let marked = TextFormat {
        font_id: font,
        color: color(theme.text),
        background: color(theme.highlight),
        ..Default::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let parts = (
        sentence.get(..start),
        sentence.get(start..end),
        sentence.get(end..),
    );
    if let (Some(before), Some(expr), Some(after)) = parts {
        job.append(before, 0.0, plain.clone());
        job.append(expr, 0.0, marked);
        job.append(after, 0.0, plain);
    } else {
        job.append(sentence, 0.0, plain);
    }
    job
}
