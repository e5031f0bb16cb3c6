//! File → Export image… and File → Export data…: two small windows over what the timeline
//! shows (its view, lanes, filters, search and hidden articles). The image window sets the
//! title, size, scale, theme and format and previews the result; the data window picks a
//! format. Files are chosen with the native dialog (rfd) or typed, and every file is
//! written atomically ([`crate::fsio::write_atomic`]).

mod data;
mod image;

use super::TemporaApp;
use super::background::DialogKind;
use std::path::Path;

/// The export windows that are open, and the image preview.
#[derive(Default)]
pub(super) struct ExportDialogs {
    image: Option<image::ImageDialog>,
    data: Option<data::DataDialog>,
    preview: Option<image::Preview>,
}

impl ExportDialogs {
    /// True while an export window is open (a file chosen in the native dialog goes there).
    pub(super) fn is_open(&self) -> bool {
        self.image.is_some() || self.data.is_some()
    }

    /// Puts the file chosen in the native dialog into the open window.
    pub(super) fn chose(&mut self, path: &Path) {
        let text = path.display().to_string();
        if let Some(d) = self.image.as_mut() {
            d.path = text;
        } else if let Some(d) = self.data.as_mut() {
            d.path = text;
        }
    }
}

/// Known export extensions, longest first (`timeline.json` before `json`).
const KNOWN_EXTENSIONS: [&str; 8] = [
    "timeline.json",
    "jsonl",
    "json",
    "png",
    "svg",
    "pdf",
    "csv",
    "tml",
];

/// `path` with the extension `ext`, replacing a known export extension or added.
fn with_extension(path: &str, ext: &str) -> String {
    let stem = KNOWN_EXTENSIONS
        .iter()
        .find_map(|k| path.strip_suffix(&format!(".{k}")))
        .unwrap_or(path);
    format!("{stem}.{ext}")
}

impl TemporaApp {
    /// Opens File → Export image…; its title starts as the articles' common topic or "N
    /// articles".
    pub fn open_image_export(&mut self) {
        let title = crate::render::default_title(&self.docs);
        self.exports.image = Some(image::ImageDialog::new(title, self.theme.is_dark()));
        self.exports.data = None;
    }

    /// Opens File → Export data….
    pub fn open_data_export(&mut self) {
        self.exports.data = Some(data::DataDialog::default());
        self.exports.image = None;
    }

    /// Sets the file name in the open export window (what the native dialog does).
    pub fn set_export_path(&mut self, path: &Path) {
        self.exports.chose(path);
    }

    /// True while an export window is open.
    pub fn export_window_open(&self) -> bool {
        self.exports.is_open()
    }
}

/// The File menu's "Export data…" entry (under "Export image…"); it needs articles.
pub(super) fn file_menu(app: &mut TemporaApp, ui: &mut egui::Ui) {
    if ui
        .add_enabled(!app.docs.is_empty(), egui::Button::new("Export data…"))
        .clicked()
    {
        ui.close();
        app.open_data_export();
    }
}

/// Shows the open export window, if any.
pub(super) fn show(app: &mut TemporaApp, ctx: &egui::Context) {
    if app.exports.image.is_some() {
        image::window(app, ctx);
    }
    if app.exports.data.is_some() {
        data::window(app, ctx);
    }
}

/// A file name field with a "Choose…" button that opens the native save dialog `kind`.
fn path_row(app: &mut TemporaApp, ui: &mut egui::Ui, path: &mut String, kind: DialogKind) {
    ui.horizontal(|ui| {
        let label = ui.label("File");
        ui.add(egui::TextEdit::singleline(path).desired_width(260.0))
            .labelled_by(label.id);
        if ui
            .add_enabled(app.dialog.is_none(), egui::Button::new("Choose…"))
            .clicked()
        {
            app.show_dialog(kind, ui.ctx());
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_change_changes_only_the_extension() {
        assert_eq!(
            with_extension("out/timeline.png", "pdf"),
            "out/timeline.pdf"
        );
        assert_eq!(with_extension("a.timeline.json", "csv"), "a.csv");
        assert_eq!(with_extension("a.json", "timeline.json"), "a.timeline.json");
        assert_eq!(with_extension("notes", "csv"), "notes.csv");
        assert_eq!(with_extension("my.report", "svg"), "my.report.svg");
    }
}
