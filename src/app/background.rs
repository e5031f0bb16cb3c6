//! Work that must not freeze the window: native file dialogs (which block the thread that
//! opens them until the user answers) and image exports (rasterizing takes a tenth of a
//! second or more). Each runs on its own thread and reports back through a channel that
//! the app polls every frame.

use crate::render::{ExportError, ImageFormat};
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

/// A native dialog that answers faster than this was never shown (no chooser installed).
const NO_DIALOG: Duration = Duration::from_millis(150);

/// What a native file dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// File → Open…: one or more article files.
    OpenFiles,
    /// File → Open folder…: a folder of articles.
    OpenFolder,
    /// File → Export image…: where to write the timeline image.
    Export,
}

impl DialogKind {
    /// What the status line says while the dialog is open.
    pub fn waiting_text(self) -> &'static str {
        match self {
            Self::OpenFiles => "Choosing articles to open…",
            Self::OpenFolder => "Choosing a folder to open…",
            Self::Export => "Choosing where to export the timeline…",
        }
    }
}

/// What a background job tells the app.
pub enum JobMsg {
    /// A dialog closed. `paths` is empty when nothing was chosen; `no_chooser` is true
    /// when it closed at once because no dialog program exists on this system.
    Picked {
        /// The dialog.
        kind: DialogKind,
        /// The chosen files or folder (at most one for folders and exports).
        paths: Vec<PathBuf>,
        /// No chooser could be shown.
        no_chooser: bool,
    },
    /// An export finished.
    Exported {
        /// The file written (or not).
        path: PathBuf,
        /// The outcome.
        result: Result<(), ExportError>,
        /// The file was written next to the working directory because no chooser exists.
        fallback: bool,
    },
}

/// Runs `job` on a new named thread, or at once on this one when no thread can be made.
pub fn spawn(name: &str, job: impl FnOnce() + Send + 'static) {
    let job = std::sync::Arc::new(std::sync::Mutex::new(Some(job)));
    let for_thread = job.clone();
    let spawned = std::thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            if let Some(job) = for_thread.lock().ok().and_then(|mut j| j.take()) {
                job();
            }
        });
    if spawned.is_err()
        && let Some(job) = job.lock().ok().and_then(|mut j| j.take())
    {
        job();
    }
}

/// Opens the native dialog `kind` on a background thread; its answer arrives as
/// [`JobMsg::Picked`] on `tx`, and `ctx` is asked to repaint so the app sees it.
pub fn show_dialog(kind: DialogKind, tx: Sender<JobMsg>, ctx: egui::Context) {
    spawn("tempora-dialog", move || {
        let started = Instant::now();
        // A dialog backend that panics must not leave the menu waiting for ever: it
        // counts as no chooser.
        let paths = std::panic::catch_unwind(|| pick(kind)).unwrap_or_default();
        let no_chooser = paths.is_empty() && started.elapsed() < NO_DIALOG;
        let _ = tx.send(JobMsg::Picked {
            kind,
            paths,
            no_chooser,
        });
        ctx.request_repaint();
    });
}

/// Shows the native dialog `kind` and waits for the answer (empty: nothing chosen).
fn pick(kind: DialogKind) -> Vec<PathBuf> {
    match kind {
        DialogKind::OpenFiles => rfd::FileDialog::new()
            .set_title("Open articles")
            .add_filter(
                "Articles (.txt, .md, .html, .json, .tml)",
                crate::article::SUPPORTED_EXTENSIONS,
            )
            .add_filter("All files", &["*"])
            .pick_files()
            .unwrap_or_default(),
        DialogKind::OpenFolder => rfd::FileDialog::new()
            .set_title("Open every article in a folder")
            .pick_folder()
            .into_iter()
            .collect(),
        DialogKind::Export => rfd::FileDialog::new()
            .set_title("Export timeline image")
            .set_file_name("timeline.png")
            .add_filter("PNG image", &["png"])
            .add_filter("SVG image", &["svg"])
            .save_file()
            .into_iter()
            .collect(),
    }
}

/// Encodes `svg` as `format`, writes it to `path` on a background thread and reports
/// [`JobMsg::Exported`] on `tx`; `ctx` (when given) is asked to repaint.
pub fn export(
    svg: String,
    format: ImageFormat,
    path: PathBuf,
    size: (u32, u32),
    fallback: bool,
    tx: Sender<JobMsg>,
    ctx: Option<egui::Context>,
) {
    spawn("tempora-export", move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::render::write_image(svg, format, &path, size.0, size.1)
        }))
        .unwrap_or_else(|_| Err(ExportError::Svg("internal error (please report it)".into())));
        let _ = tx.send(JobMsg::Exported {
            path,
            result,
            fallback,
        });
        if let Some(ctx) = ctx {
            ctx.request_repaint();
        }
    });
}

/// A file name in the working directory for an export when no chooser exists, that does
/// not overwrite an earlier one.
pub fn fallback_export_path() -> Option<PathBuf> {
    (0..1000)
        .map(|n| {
            PathBuf::from(if n == 0 {
                "tempora-timeline.png".to_string()
            } else {
                format!("tempora-timeline-{n}.png")
            })
        })
        .find(|p| !p.exists())
}
