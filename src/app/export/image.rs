//! File → Export image…: title, size (1920×1080, A4 or Letter landscape, custom), scale,
//! theme and format, with a live preview of the first page. The pages are built here (they
//! need the documents); encoding and writing run in the background.

use super::super::background::{self, DialogKind};
use super::super::{StatusKind, TemporaApp};
use super::{path_row, with_extension};
use crate::render::{
    ImageFormat, ImageOptions, ImageRequest, ImageSize, Layout, MAX_SCALE, ThemeName, svg_to_rgba,
};
use crate::timeline::TimeView;
use std::path::PathBuf;

/// The preview fits in this box, in pixels.
const PREVIEW_BOX: (f32, f32) = (400.0, 300.0);

/// The size menu: a preset or custom pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SizeChoice {
    Preset(ImageSize),
    Custom,
}

/// The image window's settings.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ImageDialog {
    title: String,
    size: SizeChoice,
    custom: (u32, u32),
    scale: u32,
    theme: ThemeName,
    format: ImageFormat,
    pub(super) path: String,
}

impl ImageDialog {
    /// The settings a new window starts with: `title`, and the theme matching the window's
    /// (`dark` or light).
    pub(super) fn new(title: String, dark: bool) -> Self {
        Self {
            title,
            size: SizeChoice::Preset(ImageSize::FullHd),
            custom: (1600, 900),
            scale: 1,
            theme: if dark {
                ThemeName::Dark
            } else {
                ThemeName::Light
            },
            format: ImageFormat::Png,
            path: "timeline.png".into(),
        }
    }

    fn size(&self) -> ImageSize {
        match self.size {
            SizeChoice::Preset(s) => s,
            SizeChoice::Custom => ImageSize::Custom(self.custom.0, self.custom.1),
        }
    }

    fn options(&self) -> ImageOptions {
        ImageOptions {
            size: self.size(),
            scale: self.scale,
            theme: self.theme,
            title: Some(self.title.clone()),
            generated: Some(chrono::Local::now().date_naive()),
        }
    }
}

/// What the preview was drawn from: the settings that change the picture and the
/// timeline's state.
#[derive(Debug, Clone, PartialEq)]
struct PreviewKey {
    title: String,
    size: ImageSize,
    theme: ThemeName,
    revision: u64,
    layout: Layout,
    view: Option<TimeView>,
    selected: Option<crate::render::EventId>,
}

/// The preview texture and what it shows.
pub(super) struct Preview {
    key: PreviewKey,
    /// The picture, or why there is none.
    texture: Result<egui::TextureHandle, String>,
}

fn extension(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Png => "png",
        ImageFormat::Svg => "svg",
        ImageFormat::Pdf => "pdf",
    }
}

/// The request for `options` over what the timeline shows now.
fn request<'a>(app: &'a TemporaApp, options: &'a ImageOptions) -> ImageRequest<'a> {
    ImageRequest {
        docs: &app.docs,
        view: app.view,
        selected: app.selected,
        layout: &app.layout,
        options,
    }
}

pub(super) fn window(app: &mut TemporaApp, ctx: &egui::Context) {
    let Some(mut d) = app.exports.image.clone() else {
        return;
    };
    let (mut open, mut export) = (true, false);
    egui::Window::new("Export image")
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Title");
                ui.add(egui::TextEdit::singleline(&mut d.title).desired_width(320.0))
                    .labelled_by(label.id);
            });
            settings(ui, &mut d);
            path_row(app, ui, &mut d.path, DialogKind::Export);
            preview(app, ui, &d);
            export = ui.button("Export").clicked();
        });
    app.exports.image = open.then(|| d.clone());
    if export {
        start(app, &d, ctx);
    }
}

fn settings(ui: &mut egui::Ui, d: &mut ImageDialog) {
    ui.horizontal(|ui| {
        let label = ui.label("Size");
        egui::ComboBox::from_id_salt("export-size")
            .selected_text(match d.size {
                SizeChoice::Preset(s) => s.name(),
                SizeChoice::Custom => "Custom".into(),
            })
            .show_ui(ui, |ui| {
                for preset in ImageSize::PRESETS {
                    ui.selectable_value(&mut d.size, SizeChoice::Preset(preset), preset.name());
                }
                ui.selectable_value(&mut d.size, SizeChoice::Custom, "Custom");
            })
            .response
            .labelled_by(label.id);
        if d.size == SizeChoice::Custom {
            let range = crate::render::IMAGE_SIDE_RANGE;
            ui.add(egui::DragValue::new(&mut d.custom.0).range(range.clone()))
                .on_hover_text("Width in pixels")
                .labelled_by(label.id);
            ui.label("×");
            ui.add(egui::DragValue::new(&mut d.custom.1).range(range))
                .on_hover_text("Height in pixels")
                .labelled_by(label.id);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Scale");
        ui.add_enabled(
            d.format == ImageFormat::Png,
            egui::Slider::new(&mut d.scale, 1..=MAX_SCALE).suffix("×"),
        )
        .on_disabled_hover_text("SVG and PDF are vector: they have no scale")
        .labelled_by(label.id);
    });
    ui.horizontal(|ui| {
        ui.label("Theme");
        for name in ThemeName::ALL {
            ui.radio_value(&mut d.theme, name, name.name());
        }
    });
    ui.horizontal(|ui| {
        ui.label("Format");
        for format in [ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf] {
            let ext = extension(format);
            if ui
                .radio_value(&mut d.format, format, ext.to_uppercase())
                .changed()
            {
                d.path = with_extension(&d.path, ext);
            }
        }
    });
}

/// The preview of the first page, redrawn when what it shows changes.
fn preview(app: &mut TemporaApp, ui: &mut egui::Ui, d: &ImageDialog) {
    let key = PreviewKey {
        title: d.title.clone(),
        size: d.size(),
        theme: d.theme,
        revision: app.revision,
        layout: app.layout.clone(),
        view: app.view,
        selected: app.selected,
    };
    if app.exports.preview.as_ref().is_none_or(|p| p.key != key) {
        let texture = draw_preview(app, ui.ctx(), d);
        app.exports.preview = Some(Preview { key, texture });
    }
    let (w, h) = d.size().pixels();
    let pixels = match d.format {
        ImageFormat::Png => format!("{}×{} pixels", w * d.scale, h * d.scale),
        ImageFormat::Svg | ImageFormat::Pdf => format!("{w}×{h}, vector"),
    };
    ui.label(pixels);
    match app.exports.preview.as_ref().map(|p| &p.texture) {
        Some(Ok(texture)) => {
            ui.add(egui::Image::from_texture(texture).alt_text("Preview of the exported image"));
        }
        Some(Err(e)) => {
            ui.colored_label(crate::render::egui_backend::color(app.theme.error), e);
        }
        None => {}
    }
}

/// Rasterizes the first page, fitted into [`PREVIEW_BOX`].
fn draw_preview(
    app: &TemporaApp,
    ctx: &egui::Context,
    d: &ImageDialog,
) -> Result<egui::TextureHandle, String> {
    let options = d.options();
    let svg = request(app, &options).svg().map_err(|e| e.to_string())?;
    let (w, h) = d.size().pixels();
    let fit = (PREVIEW_BOX.0 / w.max(1) as f32).min(PREVIEW_BOX.1 / h.max(1) as f32);
    let (pw, ph) = (
        (w as f32 * fit).round().max(1.0) as u32,
        (h as f32 * fit).round().max(1.0) as u32,
    );
    let rgba = svg_to_rgba(&svg, pw, ph).map_err(|e| e.to_string())?;
    let image = egui::ColorImage::from_rgba_unmultiplied([pw as usize, ph as usize], &rgba);
    Ok(ctx.load_texture("export-preview", image, egui::TextureOptions::LINEAR))
}

/// Builds the pages and hands them to a background thread to encode and write.
fn start(app: &mut TemporaApp, d: &ImageDialog, ctx: &egui::Context) {
    let path = PathBuf::from(with_extension(d.path.trim(), extension(d.format)));
    let options = d.options();
    let built = {
        let request = request(app, &options);
        request
            .page_svgs(d.format)
            .and_then(|pages| Ok((pages, request.pixels()?)))
    };
    match built {
        Ok((pages, pixels)) => {
            app.exports.image = None;
            app.exporting += 1;
            app.set_status(format!("Exporting {}…", path.display()), StatusKind::Info);
            background::export(
                pages,
                d.format,
                path,
                pixels,
                false,
                app.jobs_tx.clone(),
                Some(ctx.clone()),
            );
        }
        // The window stays open, so the settings can be fixed.
        Err(e) => app.set_status(e.to_string(), StatusKind::Error),
    }
}
