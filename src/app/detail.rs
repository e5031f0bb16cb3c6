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
            ui.set_min_width(ui.available_width());
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
                if !app.read_view.shown && ui.button("Read the article").clicked() {
                    app.read_view.shown = true;
                }
                let t = &event.timex;
                let expression = doc.slice(t.span);
                ui.label(RichText::new(expression).size(20.0).strong());
                ui.label(RichText::new(crate::event::when_text(t)).size(15.0));
                if let Some(label) = accessible_label(&app.docs, id) {
                    ui.label(
                        RichText::new(label.split(':').next().unwrap_or("").to_string())
                            .size(12.0)
                            .color(color(theme.text_muted)),
                    );
                }
                ui.add_space(6.0);
                let value = RichText::new(t.value.to_string()).monospace().strong();
                field(ui, &theme, "Resolved value", value);
                if let Some(curated) = &event.curated {
                    let was = format!(
                        "edited by you — the machine read {} and labelled it “{}”",
                        curated.machine_value(),
                        curated.machine_label()
                    );
                    ui.label(RichText::new(was).color(color(theme.warning)));
                    if event.is_hidden() {
                        ui.label(RichText::new("hidden (Delete shows it again)").italics());
                    }
                }
                if let Some(note) = event.note() {
                    field(ui, &theme, "Your note", RichText::new(note));
                }
                let interval = match &t.interval {
                    Some(i) => RichText::new(format!(
                        "{} to {} ({}, end excluded)",
                        instant(i.begin(), i.granularity()),
                        instant(i.until(), i.granularity()),
                        i.granularity()
                    )),
                    None if t.awaits_publication_date => {
                        RichText::new("waits for a publication date").color(color(theme.warning))
                    }
                    None => RichText::new("not a point in time (not on the timeline)")
                        .color(color(theme.text_muted)),
                };
                field(ui, &theme, "Interval", interval);
                let mut kind = t.timex_type.to_string();
                if let Some(m) = t.modifier {
                    kind.push_str(&format!(", mod {m}"));
                }
                field(ui, &theme, "Type", RichText::new(kind));
                field(
                    ui,
                    &theme,
                    "Original expression",
                    RichText::new(format!("“{expression}”")),
                );
                field(ui, &theme, "Article", RichText::new(&doc.article.title));
                let published = doc.article.publication.as_ref().map(|p| {
                    format!(
                        "{} ({})",
                        p.date.format("%Y-%m-%d"),
                        super::panels::provenance(&p.source)
                    )
                });
                let against = if t.awaits_publication_date {
                    RichText::new("no publication date yet — set one on the left")
                        .color(color(theme.warning))
                } else {
                    match (t.anchor, published) {
                        (Anchor::Publication, Some(p)) => {
                            RichText::new(format!("the publication date, {p}"))
                        }
                        (Anchor::Publication, None) => RichText::new("the publication date"),
                        (Anchor::Previous, Some(p)) => RichText::new(format!(
                            "the previous date in the text (article published {p})"
                        )),
                        (Anchor::Previous, None) => RichText::new("the previous date in the text"),
                        (Anchor::None, Some(p)) => RichText::new(format!(
                            "nothing — an absolute date (article published {p})"
                        )),
                        (Anchor::None, None) => RichText::new("nothing — an absolute date"),
                    }
                };
                field(ui, &theme, "Resolved against", against);
                ui.add_space(8.0);
                ui.label(RichText::new("Why this date").strong());
                ui.add(egui::Label::new(t.why.to_string()).wrap());
                ui.add_space(8.0);
                ui.label(RichText::new("Source sentence").strong());
                let job = sentence_job(
                    doc.slice(event.sentence),
                    t.span.start.saturating_sub(event.sentence.start),
                    t.span.end.saturating_sub(event.sentence.start),
                    event.trigger.map(|tr| {
                        (
                            tr.span.start.saturating_sub(event.sentence.start),
                            tr.span.end.saturating_sub(event.sentence.start),
                        )
                    }),
                    ui,
                    &theme,
                );
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .inner_margin(8.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.add(egui::Label::new(job).wrap());
                    });
            });
        });
}

/// A muted caption with its value below, wrapped to the panel.
fn field(ui: &mut egui::Ui, theme: &Theme, caption: &str, value: RichText) {
    ui.label(
        RichText::new(caption)
            .size(12.0)
            .color(color(theme.text_muted)),
    );
    ui.add(egui::Label::new(value).wrap());
    ui.add_space(4.0);
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
    trigger: Option<(usize, usize)>,
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
    // The event's trigger word is underlined next to the highlighted expression.
    let (ts, te) = trigger.unwrap_or((end, end));
    let mut cuts = vec![0, start, end, ts, te, sentence.len()];
    cuts.sort_unstable();
    cuts.dedup();
    if cuts.iter().any(|&c| !sentence.is_char_boundary(c)) {
        job.append(sentence, 0.0, plain);
        return job;
    }
    for pair in cuts.windows(2) {
        let &[a, b] = pair else { continue };
        let Some(piece) = sentence.get(a..b) else {
            continue;
        };
        let mut format = if a >= start && b <= end {
            marked.clone()
        } else {
            plain.clone()
        };
        if a >= ts && b <= te {
            format.underline = egui::Stroke::new(1.5, text_color);
        }
        job.append(piece, 0.0, format);
    }
    job
}
