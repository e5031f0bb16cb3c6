//! Work that must not freeze the window: native file dialogs (which block the thread that
//! opens them until the user answers) and image exports (rasterizing takes a tenth of a
//! second or more). Each runs on its own thread and reports back through a channel that
//! the app polls every frame. Loading articles runs here too: each file's result is sent
//! as soon as it is read, and a slow file can be skipped.

use super::LoadFailure;
use crate::article;
use crate::export::DataFormat;
use crate::pipeline::Document;
use crate::render::{ExportError, ImageFormat};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex};
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
    /// File → Export data…: where to write the events in this format.
    ExportData(DataFormat),
}

impl DialogKind {
    /// What the status line says while the dialog is open.
    pub fn waiting_text(self) -> &'static str {
        match self {
            Self::OpenFiles => "Choosing articles to open…",
            Self::OpenFolder => "Choosing a folder to open…",
            Self::Export => "Choosing where to export the timeline…",
            Self::ExportData(_) => "Choosing where to export the events…",
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
            .add_filter("PDF document", &["pdf"])
            .save_file()
            .into_iter()
            .collect(),
        DialogKind::ExportData(format) => rfd::FileDialog::new()
            .set_title("Export the events")
            .set_file_name(format!("timeline.{}", format.extension()))
            .add_filter(format.name(), &[format.extension()])
            .save_file()
            .into_iter()
            .collect(),
    }
}

/// Encodes `pages` (from [`crate::render::ImageRequest::page_svgs`]) as `format` (PNG at
/// `pixels`), writes it to `path` on a background thread and reports [`JobMsg::Exported`]
/// on `tx`; `ctx` (when given) is asked to repaint.
pub fn export(
    pages: Vec<String>,
    format: ImageFormat,
    path: PathBuf,
    pixels: (u32, u32),
    fallback: bool,
    tx: Sender<JobMsg>,
    ctx: Option<egui::Context>,
) {
    spawn("tempora-export", move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::render::write_pages(pages, format, &path, pixels)
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

/// A file taking longer than this to read is shown as "still reading…" with a Skip button.
pub const SLOW_FILE: Duration = Duration::from_secs(10);

/// One file being read now.
#[derive(Debug)]
struct InFlight {
    path: PathBuf,
    started: Instant,
    skip: Arc<AtomicBool>,
}

/// The files the loader threads are reading now, shared with the window so that it can
/// show the slow ones and skip them.
#[derive(Debug, Clone, Default)]
pub struct Reading(Arc<Mutex<Vec<InFlight>>>);

impl Reading {
    /// Registers `path` as being read; returns its skip flag.
    fn start(&self, path: &std::path::Path) -> Arc<AtomicBool> {
        let skip = Arc::new(AtomicBool::new(false));
        if let Ok(mut files) = self.0.lock() {
            files.push(InFlight {
                path: path.to_path_buf(),
                started: Instant::now(),
                skip: skip.clone(),
            });
        }
        skip
    }

    /// `path` is read (or given up).
    fn finish(&self, path: &std::path::Path) {
        if let Ok(mut files) = self.0.lock() {
            files.retain(|f| f.path != path);
        }
    }

    /// Files read for longer than `after` and not skipped, longest first.
    pub fn slow(&self, after: Duration) -> Vec<(PathBuf, Duration)> {
        let Ok(files) = self.0.lock() else {
            return Vec::new();
        };
        let mut slow: Vec<_> = files
            .iter()
            .filter(|f| !f.skip.load(Ordering::Relaxed))
            .map(|f| (f.path.clone(), f.started.elapsed()))
            .filter(|(_, took)| *took > after)
            .collect();
        slow.sort_by_key(|(_, took)| std::cmp::Reverse(*took));
        slow
    }

    /// Stops reading `path`: the reader gives up at its next check.
    pub fn skip(&self, path: &std::path::Path) {
        if let Ok(files) = self.0.lock() {
            for f in files.iter().filter(|f| f.path == path) {
                f.skip.store(true, Ordering::Relaxed);
            }
        }
    }
}

/// What a loading batch reports while it runs.
pub enum LoadEvent {
    /// One file is read: its articles (or why it could not be), as soon as it is done.
    File(Vec<Result<Document, LoadFailure>>),
    /// Files read so far, of how many, and the events found in them.
    Progress {
        /// Files done.
        done: usize,
        /// Files in the batch.
        total: usize,
        /// Time expressions found so far.
        events: usize,
    },
}

/// Reads `paths` (folders walked) on the file-reading threads, sending each file's result
/// through `send` as soon as it is read. `cancel` stops the whole batch and a file's skip
/// flag in `reading` stops that file; both are checked between the passes of a file,
/// between the pieces of a long text and every few dozen expressions while they are
/// resolved and their events found.
pub fn load_batch(
    paths: &[PathBuf],
    dct: Option<NaiveDate>,
    cancel: &AtomicBool,
    reading: &Reading,
    send: &(dyn Fn(LoadEvent) + Sync),
) {
    let walked = article::walk_paths(paths);
    let failures: Vec<_> = walked
        .failures
        .into_iter()
        .map(|e| Err(failure(e)))
        .collect();
    if !failures.is_empty() {
        send(LoadEvent::File(failures));
    }
    let total = walked.files.len();
    let done = AtomicUsize::new(0);
    let events = AtomicUsize::new(0);
    article::on_parse_pool(|| {
        walked.files.par_iter().for_each(|path| {
            let skip = reading.start(path);
            let stop = || cancel.load(Ordering::Relaxed) || skip.load(Ordering::Relaxed);
            let results = read_one(path, dct, &stop);
            reading.finish(path);
            let found: usize = results
                .iter()
                .filter_map(|r| r.as_ref().ok())
                .map(|d| d.events.len())
                .sum();
            send(LoadEvent::File(results));
            send(LoadEvent::Progress {
                done: done.fetch_add(1, Ordering::Relaxed) + 1,
                total,
                events: events.fetch_add(found, Ordering::Relaxed) + found,
            });
        });
    });
}

/// One file through the reader and the pipeline, giving up when `stop` says so.
fn read_one(
    path: &std::path::Path,
    dct: Option<NaiveDate>,
    stop: &(dyn Fn() -> bool + Sync),
) -> Vec<Result<Document, LoadFailure>> {
    let cancelled = || {
        failure(article::LoadError::Cancelled {
            path: path.to_path_buf(),
        })
    };
    let articles = match article::load_file_with(path, stop) {
        Ok(articles) => articles,
        Err(e) => return vec![Err(failure(e))],
    };
    articles
        .into_iter()
        .map(|a| {
            let a = super::with_dct(a, dct);
            Document::try_new(a, stop).ok_or_else(cancelled)
        })
        .collect()
}

fn failure(err: article::LoadError) -> LoadFailure {
    LoadFailure {
        path: err.path().to_path_buf(),
        message: err.to_string(),
        cancelled: matches!(err, article::LoadError::Cancelled { .. }),
    }
}

/// The progress bar's text: files read and time expressions found.
pub fn progress_text(done: usize, total: usize, events: Option<usize>) -> String {
    match events {
        Some(n) => format!(
            "reading {done}/{total} files · {n} event{}",
            if n == 1 { "" } else { "s" }
        ),
        None => format!("reading {done}/{total} files"),
    }
}

/// "still reading… NAME (12 s) [Skip]" for each file read for more than ten seconds.
pub fn still_reading_ui(ui: &mut egui::Ui, app: &super::TemporaApp) {
    for (path, took) in app.slow_files() {
        let name = path.file_name().map_or_else(
            || article::shown(&path),
            |n| article::escape_text(&n.to_string_lossy()),
        );
        ui.separator();
        ui.label(format!("still reading… {name} ({} s)", took.as_secs()))
            .on_hover_text(article::shown(&path));
        if ui
            .small_button("Skip")
            .on_hover_text("Stop reading this file; the others go on")
            .clicked()
        {
            app.skip_file(&path);
        }
    }
    if !app.slow_files().is_empty() {
        // The elapsed times tick while a file is slow.
        ui.ctx().request_repaint_after(Duration::from_secs(1));
    }
}

#[cfg(test)]
mod loading_tests {
    use super::*;

    fn collect(paths: &[PathBuf], cancel: bool, reading: &Reading) -> Vec<LoadEvent> {
        let got = Mutex::new(Vec::new());
        load_batch(paths, None, &AtomicBool::new(cancel), reading, &|e| {
            if let Ok(mut g) = got.lock() {
                g.push(e);
            }
        });
        got.into_inner().unwrap_or_default()
    }

    #[test]
    fn each_file_is_sent_as_soon_as_it_is_read_with_progress() {
        let dir = tempfile::tempdir().expect("tempdir");
        let paths: Vec<PathBuf> = (0..3)
            .map(|i| {
                let p = dir.path().join(format!("a{i}.txt"));
                std::fs::write(&p, "It rained on Monday and on Tuesday.").expect("write");
                p
            })
            .collect();
        let events = collect(&paths, false, &Reading::default());
        let files = events
            .iter()
            .filter(|e| matches!(e, LoadEvent::File(r) if r.iter().all(Result::is_ok)))
            .count();
        assert_eq!(files, 3, "one message per file");
        let last = events.iter().rev().find_map(|e| match e {
            LoadEvent::Progress {
                done,
                total,
                events,
            } => Some((*done, *total, *events)),
            LoadEvent::File(_) => None,
        });
        assert!(matches!(last, Some((_, 3, _))));
        let (max_done, max_events) = events.iter().fold((0, 0), |acc, e| match e {
            LoadEvent::Progress { done, events, .. } => (acc.0.max(*done), acc.1.max(*events)),
            LoadEvent::File(_) => acc,
        });
        assert_eq!((max_done, max_events), (3, 6));
    }

    #[test]
    fn cancel_during_a_long_files_passes_gives_it_up_at_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("long.txt");
        let text = "The council met on Monday and voted on March 3, 2025. ".repeat(5_000);
        std::fs::write(&p, text).expect("write");
        let asked = AtomicUsize::new(0);
        let never = || {
            asked.fetch_add(1, Ordering::Relaxed);
            false
        };
        let read = read_one(&p, None, &never);
        assert!(matches!(read.as_slice(), [Ok(d)] if d.events.len() == 10_000));
        let total = asked.swap(0, Ordering::Relaxed);
        // Cancel is pressed half way through: well inside the pipeline's passes, since
        // reading and decoding ask only a few times.
        let cancel = AtomicBool::new(false);
        let asked_after = AtomicUsize::new(0);
        let stop = || {
            if asked.fetch_add(1, Ordering::Relaxed) + 1 >= total / 2 {
                cancel.store(true, Ordering::Relaxed);
            }
            let yes = cancel.load(Ordering::Relaxed);
            asked_after.fetch_add(usize::from(yes), Ordering::Relaxed);
            yes
        };
        let read = read_one(&p, None, &stop);
        assert!(matches!(read.as_slice(), [Err(f)] if f.cancelled));
        assert_eq!(
            asked_after.load(Ordering::Relaxed),
            1,
            "no work after Cancel"
        );
        assert!(total > 10_000 / crate::pipeline::STOP_CHECK_EVERY);
    }

    #[test]
    fn a_cancelled_batch_reads_nothing_and_a_skipped_file_stops() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "It rained on Monday.").expect("write");
        let events = collect(std::slice::from_ref(&p), true, &Reading::default());
        assert!(events.iter().any(
            |e| matches!(e, LoadEvent::File(r) if matches!(r.as_slice(), [Err(f)] if f.cancelled))
        ));
        let reading = Reading::default();
        let skip = reading.start(&p);
        assert!(reading.slow(Duration::ZERO).iter().any(|(q, _)| *q == p));
        reading.skip(&p);
        assert!(skip.load(Ordering::Relaxed));
        assert!(
            reading.slow(Duration::ZERO).is_empty(),
            "a skipped file is not listed"
        );
    }
}
