//! File → Export data…: the events the timeline shows (filters, search and hidden articles
//! applied) as JSON Lines, JSON, CSV, TimelineJS or TimeML, through the same writers as
//! `tempora extract --format`.

use super::super::background::DialogKind;
use super::super::{StatusKind, TemporaApp};
use super::{path_row, with_extension};
use crate::export::{DataFormat, Shown, write_data};
use std::path::PathBuf;

/// The data window's settings.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DataDialog {
    format: DataFormat,
    pub(super) path: String,
}

impl Default for DataDialog {
    fn default() -> Self {
        Self {
            format: DataFormat::Csv,
            path: format!("timeline.{}", DataFormat::Csv.extension()),
        }
    }
}

pub(super) fn window(app: &mut TemporaApp, ctx: &egui::Context) {
    let Some(mut d) = app.exports.data.clone() else {
        return;
    };
    let (mut open, mut export) = (true, false);
    let shown = Shown::filtered(&app.docs, &app.layout).events.len();
    egui::Window::new("Export data")
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.label(format!(
                "{shown} event{} as the timeline shows them (filters, search and hidden \
                 articles applied)",
                if shown == 1 { "" } else { "s" }
            ));
            ui.horizontal(|ui| {
                ui.label("Format");
                for format in DataFormat::ALL {
                    if ui
                        .radio_value(&mut d.format, format, format.name())
                        .changed()
                    {
                        d.path = with_extension(&d.path, format.extension());
                    }
                }
            });
            if d.format == DataFormat::TimeMl {
                ui.label("TimeML: one file per article (NAME-1.tml, NAME-2.tml, …)");
            }
            path_row(app, ui, &mut d.path, DialogKind::ExportData(d.format));
            export = ui.button("Export").clicked();
        });
    app.exports.data = open.then(|| d.clone());
    if export {
        write(app, &d);
    }
}

/// Writes the shown events now (data is small next to an image) and says so.
fn write(app: &mut TemporaApp, d: &DataDialog) {
    let path = PathBuf::from(with_extension(d.path.trim(), d.format.extension()));
    let shown = Shown::filtered(&app.docs, &app.layout);
    let count = shown.events.len();
    match write_data(&shown, d.format, &path) {
        Ok(files) => {
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            app.set_status(
                format!(
                    "Exported {count} event{} to {}",
                    if count == 1 { "" } else { "s" },
                    names.join(", ")
                ),
                StatusKind::Info,
            );
            app.exports.data = None;
        }
        Err(e) => app.set_status(e.to_string(), StatusKind::Error),
    }
}
