//! The desktop app (feature `gui`): an eframe window over the documents, the timeline
//! scene and the event list.
//!
//! The state lives in [`TemporaApp`], a plain struct that tests construct directly
//! ([`TemporaApp::with_documents`]) and drive through [`TemporaApp::ui`].

mod appearance;
mod background;
pub mod command;
mod curate;
mod dates;
mod detail;
mod edit_menu;
mod export;
mod filters;
pub mod history;
mod keys;
mod panels;
mod reading;
mod timeline_widget;

pub use reading::expression_label;

use crate::article::{self, Article, DateSource, Publication};
use crate::pipeline::Document;
use crate::render::{EventId, Theme, accessible_label};
use crate::timeline::TimeView;
pub use appearance::ThemeChoice;
use background::{DialogKind, JobMsg};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Opens the window on `files`; `dct` is the publication date for articles without one.
pub fn run(files: Vec<PathBuf>, dct: Option<NaiveDate>) -> anyhow::Result<()> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Tempora")
        .with_app_id("tempora")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Tempora",
        options,
        Box::new(move |cc| {
            let mut app = TemporaApp::new(dct);
            app.open(files, &cc.egui_ctx);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// The window icon, drawn from `assets/icon.svg`.
fn icon() -> Option<egui::IconData> {
    const SIDE: u32 = 128;
    let svg = include_str!("../../assets/icon.svg");
    crate::render::svg_to_rgba(svg, SIDE, SIDE)
        .ok()
        .map(|rgba| egui::IconData {
            rgba,
            width: SIDE,
            height: SIDE,
        })
}

/// `path` made absolute and resolved when possible, for comparing files.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The size of exported images, in pixels.
const EXPORT_SIZE: (u32, u32) = (1600, 900);

/// `path`, with `.png` added when it has no extension.
fn export_path(path: PathBuf) -> PathBuf {
    if path.extension().is_none() {
        path.with_extension("png")
    } else {
        path
    }
}

/// A file that could not be loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadFailure {
    /// The file.
    pub path: PathBuf,
    /// The error message (names the file).
    pub message: String,
    /// True when the file was not read because the user cancelled loading.
    pub cancelled: bool,
}

/// Runs the pipeline on `article`; `dct` is its publication date when it states none.
fn document_of(article: Article, dct: Option<NaiveDate>) -> Document {
    Document::new(with_dct(article, dct))
}

/// `article` with `dct` as its publication date when it states none.
fn with_dct(mut article: Article, dct: Option<NaiveDate>) -> Article {
    if article.publication.is_none()
        && let Some(date) = dct
    {
        article.publication = Some(Publication {
            date,
            source: DateSource::CommandLine,
        });
    }
    article
}

/// Reads `paths` (folders are walked; a JSON file may hold several articles) and runs the
/// pipeline on every article, in parallel, reporting `(done, total)` files to `progress`.
/// `dct` is the publication date of articles that state none. One result per article or
/// failed file, in the order of the paths.
pub fn load_documents_with(
    paths: &[PathBuf],
    dct: Option<NaiveDate>,
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Vec<Result<Document, LoadFailure>> {
    use rayon::prelude::*;
    article::load_paths(paths, progress, cancel)
        .into_par_iter()
        .map(|result| match result {
            Ok(article) => Ok(document_of(article, dct)),
            Err(err) => Err(LoadFailure {
                path: err.path().to_path_buf(),
                message: err.to_string(),
                cancelled: matches!(err, article::LoadError::Cancelled { .. }),
            }),
        })
        .collect()
}

/// [`load_documents_with`] without progress reports (what tests and scripts use).
pub fn load_documents(
    paths: &[PathBuf],
    dct: Option<NaiveDate>,
) -> Vec<Result<Document, LoadFailure>> {
    load_documents_with(paths, dct, &|_, _| {}, &AtomicBool::new(false))
}

/// What the loader thread tells the app.
enum LoaderMsg {
    /// `(done, total)` files read so far in the current batch.
    Progress(usize, usize),
    /// One file of a batch is read: its articles, or why not (streamed as they come).
    File(Vec<Result<Document, LoadFailure>>),
    /// Time expressions found so far in the batch being read.
    Events(usize),
    /// A streamed batch is finished: how many articles loaded, files failed and files
    /// were not read because of Cancel or Skip.
    Finished {
        /// Articles loaded.
        loaded: usize,
        /// Files that could not be read.
        failed: usize,
        /// Files not read (cancelled or skipped).
        cancelled: usize,
    },
}

/// The order of the event list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortOrder {
    /// By resolved date (undated events last), then text order.
    Date,
    /// By article, then position in the text.
    Text,
}

/// How a status message is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    /// Neutral information.
    Info,
    /// Something the user should notice.
    Warning,
    /// Something failed.
    Error,
}

/// The events matching the filters and search, for the key `(revision, filter_rev)`.
type SearchCache = ((u64, u64), std::sync::Arc<Vec<EventId>>);

/// The app state: documents, load failures, selection, view and sort order.
pub struct TemporaApp {
    docs: Vec<Document>,
    /// The publication date each document had when loaded (parallel to `docs`), to go
    /// back to after the user changed it.
    originals: Vec<Option<Publication>>,
    /// What the user changed in each document (parallel to `docs`).
    curations: Vec<crate::curation::Curation>,
    failures: Vec<LoadFailure>,
    selected: Option<EventId>,
    /// The timeline's view; `None` = the default view on the next frame.
    view: Option<TimeView>,
    /// The user has zoomed or panned since the last automatic fit.
    user_moved: bool,
    /// A fingerprint of what can be placed (events and publication dates), to notice
    /// changes.
    placed_key: Option<u64>,
    /// What can be placed changed while the user had zoomed or panned: point at "Fit all".
    fit_hint: bool,
    sort: SortOrder,
    /// Scroll the event list to the selection on the next frame.
    scroll_list: bool,
    /// Move the timeline to show the selection on the next frame.
    reveal_selected: bool,
    status: Option<(String, StatusKind)>,
    dct: Option<NaiveDate>,
    theme: Theme,
    tx: Sender<LoaderMsg>,
    rx: Receiver<LoaderMsg>,
    /// Batches of files still loading.
    pending: usize,
    /// `(done, total)` files of the batch being read, for the progress bar.
    progress: Option<(usize, usize)>,
    /// Last measured height of each article card, for laying out only the visible ones.
    card_heights: Vec<f32>,
    /// One stop flag per batch still loading; Cancel sets them all.
    cancel: Vec<std::sync::Arc<AtomicBool>>,
    /// The files being read now, to show the slow ones with a Skip button.
    reading: background::Reading,
    /// Time expressions found so far in the batches loading.
    events_read: usize,
    /// The theme chosen in View → Theme.
    theme_choice: ThemeChoice,
    /// The export windows.
    exports: export::ExportDialogs,
    /// Answers of dialogs and results of exports running in the background.
    jobs_tx: Sender<JobMsg>,
    jobs_rx: Receiver<JobMsg>,
    /// The native dialog currently open, if any (one at a time).
    dialog: Option<DialogKind>,
    /// Exports still being written.
    exporting: usize,
    /// Counts changes to the documents (added, closed, re-dated), so that what is derived
    /// from them can be cached.
    revision: u64,
    /// The event list's rows for the current revision and order.
    row_cache: panels::RowCache,
    /// Lanes, filters, search and scroll of the timeline.
    layout: crate::render::Layout,
    /// The timeline model, extended as documents arrive; `None` to rebuild it.
    model: Option<crate::render::TimelineModel>,
    /// Timeline changes waiting for the end of the frame.
    commands: Vec<command::Command>,
    /// Counts changes to the filters and the search.
    filter_rev: u64,
    /// The events matching the filters and search, for the key `(revision, filter_rev)`.
    search_cache: Option<SearchCache>,
    /// The timeline model with only what the filters admit, while any is on.
    filtered: Option<filters::FilteredModel>,
    /// A date range being dragged on the timeline.
    range_drag: filters::RangeDrag,
    /// The event list is shown (View menu, toolbar toggle).
    show_list: bool,
    /// Frames left to scroll the lanes toward the selected event's lane.
    follow_lane: u8,
    /// The reading view: the whole article, its expressions and triggers marked.
    read_view: reading::ReadingView,
    /// The edits that can be undone and redone.
    history: history::History,
    /// The dialog asking for a corrected date, label or note, while open.
    curate_dialog: Option<curate::Dialog>,
}

impl Default for TemporaApp {
    fn default() -> Self {
        Self::new(None)
    }
}

impl TemporaApp {
    /// An empty app; `dct` is applied to every article loaded later.
    pub fn new(dct: Option<NaiveDate>) -> Self {
        let (tx, rx) = channel();
        let (jobs_tx, jobs_rx) = channel();
        Self {
            docs: Vec::new(),
            originals: Vec::new(),
            curations: Vec::new(),
            failures: Vec::new(),
            selected: None,
            view: None,
            user_moved: false,
            placed_key: None,
            fit_hint: false,
            sort: SortOrder::Date,
            scroll_list: false,
            reveal_selected: false,
            status: None,
            dct,
            theme: Theme::light(),
            tx,
            rx,
            pending: 0,
            progress: None,
            cancel: Vec::new(),
            reading: background::Reading::default(),
            events_read: 0,
            card_heights: Vec::new(),
            theme_choice: ThemeChoice::default(),
            exports: export::ExportDialogs::default(),
            jobs_tx,
            jobs_rx,
            dialog: None,
            exporting: 0,
            revision: 0,
            row_cache: panels::RowCache::default(),
            layout: crate::render::Layout::default(),
            model: None,
            commands: Vec::new(),
            filter_rev: 0,
            search_cache: None,
            filtered: None,
            range_drag: filters::RangeDrag::default(),
            show_list: true,
            follow_lane: 0,
            read_view: reading::ReadingView::default(),
            history: history::History::default(),
            curate_dialog: None,
        }
    }

    /// An app showing `docs` (already loaded).
    pub fn with_documents(docs: Vec<Document>) -> Self {
        let mut app = Self::new(None);
        app.originals = docs.iter().map(|d| d.article.publication.clone()).collect();
        app.curations = vec![crate::curation::Curation::default(); docs.len()];
        app.docs = docs;
        app
    }

    /// Adds loaded documents and failures (as [`load_documents`] returns them).
    pub fn add_loaded(&mut self, results: Vec<Result<Document, LoadFailure>>) {
        for result in results {
            self.accept(result);
        }
    }

    fn accept(&mut self, result: Result<Document, LoadFailure>) {
        match result {
            Ok(doc) => {
                self.originals.push(doc.article.publication.clone());
                self.curations.push(crate::curation::Curation::default());
                self.docs.push(doc);
                self.revision += 1;
            }
            Err(failure) => {
                self.set_status(failure.message.clone(), StatusKind::Error);
                self.failures.push(failure);
            }
        }
    }

    /// The loaded documents.
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// Files that failed to load.
    pub fn failures(&self) -> &[LoadFailure] {
        &self.failures
    }

    /// The selected event.
    pub fn selected(&self) -> Option<EventId> {
        self.selected
    }

    /// How the timeline is laid out and filtered: lanes, hidden articles, search, filters.
    pub fn layout(&self) -> &crate::render::Layout {
        &self.layout
    }

    /// True when the event list is shown.
    pub fn list_shown(&self) -> bool {
        self.show_list
    }

    /// Opens (or closes) the reading view, which shows the whole article.
    pub fn show_reading(&mut self, shown: bool) {
        self.read_view.shown = shown;
    }

    /// True when the reading view is open.
    pub fn reading_shown(&self) -> bool {
        self.read_view.shown
    }

    /// The article the reading view shows.
    pub fn reading_doc(&self) -> usize {
        self.read_view.doc
    }

    /// Selects `id` (or nothing); the event list and the timeline both follow.
    pub fn select(&mut self, id: Option<EventId>) {
        self.selected = id.filter(|id| {
            self.docs
                .get(id.doc)
                .is_some_and(|d| id.event < d.events.len())
        });
        self.scroll_list = true;
        self.reveal_selected = true;
        self.follow_lane = keys::FOLLOW_FRAMES;
    }

    /// The accessible label of every event, in document and text order.
    pub fn event_labels(&self) -> Vec<String> {
        self.all_ids()
            .filter_map(|id| accessible_label(&self.docs, id))
            .collect()
    }

    fn all_ids(&self) -> impl Iterator<Item = EventId> + '_ {
        self.docs
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.events.len()).map(move |e| EventId { doc: d, event: e }))
    }

    /// The timeline's current view (`None` until the timeline has been drawn, or after a
    /// request to fit everything).
    pub fn view(&self) -> Option<TimeView> {
        self.view
    }

    /// True when what can be placed changed after the user zoomed or panned, so the view
    /// was kept and "Fit all" is pointed out.
    pub fn fit_hint(&self) -> bool {
        self.fit_hint
    }

    /// Number of loads (batches of files opened together) still running.
    pub fn pending(&self) -> usize {
        self.pending
    }

    /// `(done, total)` files read in the batch now loading, if any.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.progress.filter(|_| self.pending > 0)
    }

    /// Stops the files still loading; those already read are kept.
    pub fn cancel_loading(&mut self) {
        for flag in &self.cancel {
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }

    fn set_status(&mut self, text: impl Into<String>, kind: StatusKind) {
        self.status = Some((text.into(), kind));
    }

    /// Starts loading `paths` on a background thread; results arrive over a channel and
    /// are picked up by [`TemporaApp::ui`].
    pub fn open(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        // Called every frame with what was dropped: nothing to compare most of the time.
        if paths.is_empty() {
            return;
        }
        // A file that is already open is not loaded twice.
        let open: Vec<PathBuf> = self
            .docs
            .iter()
            .map(|d| canonical(&d.article.path))
            .collect();
        let (paths, again): (Vec<PathBuf>, Vec<PathBuf>) = paths
            .into_iter()
            .partition(|p| !open.contains(&canonical(p)));
        if let Some(first) = again.first() {
            self.set_status(
                format!("{} is already open", first.display()),
                StatusKind::Info,
            );
        }
        if paths.is_empty() {
            return;
        }
        self.pending += 1;
        self.set_status(
            format!(
                "Loading {} file{}…",
                paths.len(),
                if paths.len() == 1 { "" } else { "s" }
            ),
            StatusKind::Info,
        );
        let tx = self.tx.clone();
        let dct = self.dct;
        let repaint = ctx.clone();
        if self.pending == 1 {
            self.progress = None;
        }
        // Every batch gets its own flag, so a batch opened after a Cancel is not cancelled.
        let cancel = std::sync::Arc::new(AtomicBool::new(false));
        self.cancel.push(cancel.clone());
        let reading = self.reading.clone();
        let job = move || {
            let counts = Mutex::new((0usize, 0usize, 0usize));
            let send = |event: background::LoadEvent| {
                let msg = match event {
                    background::LoadEvent::File(results) => {
                        if let Ok(mut c) = counts.lock() {
                            for r in &results {
                                match r {
                                    Ok(_) => c.0 += 1,
                                    Err(f) if f.cancelled => c.2 += 1,
                                    Err(_) => c.1 += 1,
                                }
                            }
                        }
                        LoaderMsg::File(results)
                    }
                    background::LoadEvent::Progress {
                        done,
                        total,
                        events,
                    } => {
                        let _ = tx.send(LoaderMsg::Events(events));
                        LoaderMsg::Progress(done, total)
                    }
                };
                // The receiver only goes away when the app closes.
                let _ = tx.send(msg);
                repaint.request_repaint();
            };
            // A bug in the pipeline must not leave the files "loading" for ever.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                background::load_batch(&paths, dct, &cancel, &reading, &send)
            }));
            let (loaded, mut failed, cancelled) = counts.lock().map_or((0, 0, 0), |c| *c);
            if outcome.is_err() {
                failed += 1;
                let _ = tx.send(LoaderMsg::File(vec![Err(LoadFailure {
                    path: paths.first().cloned().unwrap_or_default(),
                    message: "internal error while reading (please report it)".to_string(),
                    cancelled: false,
                })]));
            }
            let _ = tx.send(LoaderMsg::Finished {
                loaded,
                failed,
                cancelled,
            });
            repaint.request_repaint();
        };
        // If no thread can be started, load on this one rather than lose the files.
        background::spawn("tempora-loader", job);
    }

    /// Picks up progress and documents from the loader thread.
    fn poll_loader(&mut self) {
        while let Ok(msg) = self.rx.try_recv() {
            match msg {
                LoaderMsg::Progress(done, total) => {
                    self.progress = Some((done, total));
                }
                LoaderMsg::Events(events) => self.events_read = self.events_read.max(events),
                LoaderMsg::File(results) => {
                    // Files skipped by Cancel are not failures: counted at the end, listed
                    // nowhere.
                    self.add_loaded(
                        results
                            .into_iter()
                            .filter(|r| !matches!(r, Err(f) if f.cancelled))
                            .collect(),
                    );
                }
                LoaderMsg::Finished {
                    loaded,
                    failed,
                    cancelled,
                } => {
                    self.batch_done();
                    self.report_batch(loaded, failed, cancelled);
                }
            }
        }
    }

    /// One batch fewer is loading.
    fn batch_done(&mut self) {
        self.pending = self.pending.saturating_sub(1);
        if self.pending == 0 {
            self.progress = None;
            self.events_read = 0;
            self.cancel.clear();
        }
    }

    /// The status line after a batch: what was opened, what failed, what was not read.
    fn report_batch(&mut self, loaded: usize, failed: usize, cancelled: usize) {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        if cancelled > 0 {
            self.set_status(
                format!(
                    "Loading cancelled: {cancelled} file{} not read",
                    s(cancelled)
                ),
                StatusKind::Warning,
            );
        } else if failed == 0 {
            self.set_status(
                format!("Opened {loaded} article{}", s(loaded)),
                StatusKind::Info,
            );
        } else if loaded > 0 {
            self.set_status(
                format!(
                    "Opened {loaded} article{}; {failed} file{} could not be read \
                     (see the list on the left)",
                    s(loaded),
                    s(failed)
                ),
                StatusKind::Warning,
            );
        }
    }

    /// Time expressions found so far in the files loading, while a batch loads.
    pub fn events_read(&self) -> Option<usize> {
        (self.pending > 0).then_some(self.events_read)
    }

    /// Files read for more than ten seconds, longest first, for "still reading…".
    pub fn slow_files(&self) -> Vec<(PathBuf, std::time::Duration)> {
        self.reading.slow(background::SLOW_FILE)
    }

    /// Stops reading `path` (it is counted as not read).
    pub fn skip_file(&self, path: &Path) {
        self.reading.skip(path);
    }

    /// Writes what the timeline shows (its view, lanes, filters and selection) to `path` as PNG or SVG by
    /// extension, at 1600×900, before returning; a name without an extension gets `.png`.
    /// The outcome goes to the status line. The window uses [`TemporaApp::start_export`].
    pub fn export_image(&mut self, path: PathBuf) {
        let path = export_path(path);
        let result = crate::render::ImageFormat::from_path(&path)
            .ok_or_else(|| crate::render::ExportError::UnknownFormat { path: path.clone() })
            .and_then(|format| {
                let (w, h) = EXPORT_SIZE;
                let svg = crate::render::export_svg_laid_out(
                    &self.docs,
                    self.view,
                    self.selected,
                    w,
                    h,
                    &self.layout,
                )?;
                crate::render::write_image(svg, format, &path, w, h)
            });
        self.exported(path, result, false);
    }

    /// Like [`TemporaApp::export_image`], but the image is encoded and written on a
    /// background thread so the window stays responsive; the outcome reaches the status
    /// line when it is done ([`TemporaApp::exports_running`] counts those in flight).
    /// `fallback` says the path was chosen because no file chooser exists.
    pub fn start_export(&mut self, path: PathBuf, fallback: bool, ctx: Option<&egui::Context>) {
        let path = export_path(path);
        let Some(format) = crate::render::ImageFormat::from_path(&path) else {
            let err = crate::render::ExportError::UnknownFormat { path: path.clone() };
            self.set_status(err.to_string(), StatusKind::Error);
            return;
        };
        let (w, h) = EXPORT_SIZE;
        // The scene needs the documents, so it is built here; it is cheap next to
        // rasterizing and writing, which happen on the other thread.
        match crate::render::export_svg_laid_out(
            &self.docs,
            self.view,
            self.selected,
            w,
            h,
            &self.layout,
        ) {
            Ok(svg) => {
                self.exporting += 1;
                self.set_status(format!("Exporting {}…", path.display()), StatusKind::Info);
                background::export(
                    vec![svg],
                    format,
                    path,
                    EXPORT_SIZE,
                    fallback,
                    self.jobs_tx.clone(),
                    ctx.cloned(),
                );
            }
            Err(err) => self.set_status(err.to_string(), StatusKind::Error),
        }
    }

    /// Exports still being written in the background.
    pub fn exports_running(&self) -> usize {
        self.exporting
    }

    /// The native file dialog that is open, if any.
    pub fn dialog_open(&self) -> Option<DialogKind> {
        self.dialog
    }

    /// Opens the native dialog `kind` without blocking the window; nothing happens when
    /// one is already open.
    fn show_dialog(&mut self, kind: DialogKind, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        self.dialog = Some(kind);
        self.set_status(kind.waiting_text(), StatusKind::Info);
        background::show_dialog(kind, self.jobs_tx.clone(), ctx.clone());
    }

    /// Says how an export ended.
    fn exported(
        &mut self,
        path: PathBuf,
        result: Result<(), crate::render::ExportError>,
        fallback: bool,
    ) {
        match result {
            Ok(()) if fallback => {
                let full = std::env::current_dir()
                    .map(|d| d.join(&path))
                    .unwrap_or(path);
                self.set_status(
                    format!(
                        "No file chooser is available (install zenity or \
                         xdg-desktop-portal); exported to {}",
                        full.display()
                    ),
                    StatusKind::Warning,
                );
            }
            Ok(()) => self.set_status(format!("Exported {}", path.display()), StatusKind::Info),
            Err(err) => self.set_status(err.to_string(), StatusKind::Error),
        }
    }

    /// Picks up dialog answers and finished exports.
    fn poll_jobs(&mut self, ctx: &egui::Context) {
        while let Ok(msg) = self.jobs_rx.try_recv() {
            match msg {
                JobMsg::Picked {
                    kind,
                    paths,
                    no_chooser,
                } => {
                    self.dialog = None;
                    if self.status().is_some_and(|s| s == kind.waiting_text()) {
                        self.status = None;
                    }
                    self.picked(kind, paths, no_chooser, ctx);
                }
                JobMsg::Exported {
                    path,
                    result,
                    fallback,
                } => {
                    self.exporting = self.exporting.saturating_sub(1);
                    self.exported(path, result, fallback);
                }
            }
        }
    }

    /// Acts on what the user chose in dialog `kind`.
    fn picked(
        &mut self,
        kind: DialogKind,
        paths: Vec<PathBuf>,
        no_chooser: bool,
        ctx: &egui::Context,
    ) {
        const NO_CHOOSER: &str = "No file chooser is available on this system (install \
             zenity or xdg-desktop-portal). Drag files onto the window or pass them on the \
             command line instead.";
        match kind {
            DialogKind::OpenFiles | DialogKind::OpenFolder if !paths.is_empty() => {
                self.open(paths, ctx);
            }
            DialogKind::Export | DialogKind::ExportData(_) if self.exports.is_open() => {
                match paths.first() {
                    Some(path) => self.exports.chose(path),
                    None if no_chooser => self.set_status(
                        "No file chooser is available on this system (install zenity or \
                         xdg-desktop-portal): type the file name in the export window instead.",
                        StatusKind::Warning,
                    ),
                    None => {}
                }
            }
            DialogKind::ExportData(_) => {}
            DialogKind::Export => match paths.into_iter().next() {
                Some(path) => self.start_export(path, false, Some(ctx)),
                None if no_chooser => match background::fallback_export_path() {
                    Some(path) => self.start_export(path, true, Some(ctx)),
                    None => self.set_status(
                        "No file chooser is available; use `tempora render FILE… -o OUT.png`",
                        StatusKind::Warning,
                    ),
                },
                None => {}
            },
            _ if no_chooser => self.set_status(NO_CHOOSER, StatusKind::Warning),
            _ => {}
        }
    }

    /// The status line's text, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_ref().map(|(text, _)| text.as_str())
    }

    /// Removes document `doc` (and the selection, whose ids would shift).
    pub fn close_document(&mut self, doc: usize) {
        if doc < self.docs.len() {
            let removed = self.docs.remove(doc);
            self.revision += 1;
            self.model = None;
            self.layout.hidden_docs.clear();
            if doc < self.originals.len() {
                self.originals.remove(doc);
            }
            if doc < self.curations.len() {
                self.curations.remove(doc);
            }
            if doc < self.card_heights.len() {
                self.card_heights.remove(doc);
            }
            self.selected = None;
            self.history.forget_doc(doc);
            self.set_status(
                format!("Closed “{}”", removed.article.title),
                StatusKind::Info,
            );
        }
    }

    /// Sets the publication date of document `doc` (chosen by the user) and re-resolves
    /// all its events, now and as one undoable step.
    pub fn set_publication_date(&mut self, doc: usize, date: NaiveDate) {
        self.apply(Self::set_publication_command(doc, date));
    }

    /// The undoable command setting document `doc`'s publication date to `date`.
    pub fn set_publication_command(doc: usize, date: NaiveDate) -> command::Command {
        let change = crate::curation::Edit::Publication { date: Some(date) };
        command::Command::Edit {
            name: change.name(),
            edit: history::Edit { doc, change },
        }
    }

    /// The undoable command putting back the publication date document `doc` was loaded
    /// with (`None` when it had none).
    pub fn reset_publication_command(&self, doc: usize) -> Option<command::Command> {
        self.original_publication(doc)?;
        let change = crate::curation::Edit::Publication { date: None };
        Some(command::Command::Edit {
            name: change.name(),
            edit: history::Edit { doc, change },
        })
    }

    /// The undoable command making `change` to event `id` (its key is taken from the
    /// document as it is now); `None` when the event does not exist.
    pub fn curate_command(
        &self,
        id: EventId,
        change: impl FnOnce(crate::curation::ExpressionKey) -> crate::curation::Edit,
    ) -> Option<command::Command> {
        let doc = self.docs.get(id.doc)?;
        let key = crate::curation::ExpressionKey::for_event(doc, id.event)?;
        let change = change(key);
        Some(command::Command::Edit {
            name: change.name(),
            edit: history::Edit {
                doc: id.doc,
                change,
            },
        })
    }

    /// The publication date document `doc` had when it was loaded, if it had one.
    pub fn original_publication(&self, doc: usize) -> Option<&Publication> {
        self.originals.get(doc).and_then(Option::as_ref)
    }

    /// True when the user changed document `doc`'s publication date away from the one it
    /// was loaded with (which exists).
    pub fn publication_overridden(&self, doc: usize) -> bool {
        match (self.original_publication(doc), self.docs.get(doc)) {
            (Some(original), Some(d)) => d.article.publication.as_ref() != Some(original),
            _ => false,
        }
    }

    /// Puts back the publication date document `doc` was loaded with and re-resolves it,
    /// now and as one undoable step.
    pub fn reset_publication_date(&mut self, doc: usize) {
        if let Some(command) = self.reset_publication_command(doc) {
            self.apply(command);
        }
    }

    /// Opens the dialog correcting event `id`'s date (as Enter or the menu do).
    pub fn ask_date(&mut self, id: EventId) {
        curate::ask(self, id, curate::Asking::Date);
    }

    /// The name of the step Undo would take back ("set publication date").
    pub fn undo_name(&self) -> Option<&'static str> {
        self.history.next_undo().map(|s| s.name)
    }

    /// The name of the step Redo would do again.
    pub fn redo_name(&self) -> Option<&'static str> {
        self.history.next_redo().map(|s| s.name)
    }

    /// Draws the whole window into `ui` and handles its input.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        appearance::apply(self, ui.ctx());
        self.poll_loader();
        self.poll_jobs(&ui.ctx().clone());
        self.handle_dropped_files(ui.ctx());
        panels::menu_bar(self, ui);
        curate::curate_keys(self, &ui.ctx().clone());
        panels::status_bar(self, ui);
        panels::articles_panel(self, ui);
        detail::detail_panel(self, ui);
        reading::reading_panel(self, ui);
        panels::event_list_panel(self, ui);
        egui::CentralPanel::default()
            .frame(
                egui::Frame::central_panel(ui.style())
                    .fill(crate::render::egui_backend::color(self.theme.background)),
            )
            .show(ui, |ui| timeline_widget::timeline_panel(self, ui));
        panels::drop_overlay(ui.ctx(), &self.theme);
        export::show(self, ui.ctx());
        curate::dialog_ui(self, &ui.ctx().clone());
        // Commands queued after the timeline (menus closing late, keys) wait no longer.
        if self.apply_commands() {
            ui.ctx()
                .request_discard("selection changed after the timeline");
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        self.open(dropped, ctx);
    }
}

impl eframe::App for TemporaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        TemporaApp::ui(self, ui);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancelled_loading_reads_nothing_more_and_lists_no_failures() {
        let dir = tempfile::tempdir().expect("tempdir");
        let paths: Vec<PathBuf> = (0..5)
            .map(|i| {
                let p = dir.path().join(format!("a{i}.txt"));
                std::fs::write(&p, "It rained on Monday.").expect("write");
                p
            })
            .collect();
        let results = load_documents_with(&paths, None, &|_, _| {}, &AtomicBool::new(true));
        assert_eq!(results.len(), 5);
        assert!(results.iter().all(Result::is_err));

        let mut app = TemporaApp::new(None);
        app.pending = 1;
        app.progress = Some((2, 5));
        let _ = app.tx.send(LoaderMsg::File(results));
        let _ = app.tx.send(LoaderMsg::Finished {
            loaded: 0,
            failed: 0,
            cancelled: 5,
        });
        app.poll_loader();
        assert_eq!(app.pending(), 0);
        assert_eq!(app.progress(), None);
        assert!(app.failures.is_empty(), "cancelled files are not failures");
        assert!(
            app.status()
                .is_some_and(|s| s.contains("cancelled: 5 files not read"))
        );
    }

    /// Polls `app` until its background exports are done (at most ten seconds).
    fn finish_exports(app: &mut TemporaApp, ctx: &egui::Context) {
        let started = std::time::Instant::now();
        while app.exports_running() > 0 && started.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(10));
            app.poll_jobs(ctx);
        }
    }

    #[test]
    fn an_export_path_chosen_in_the_dialog_is_written_in_the_background() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ctx = egui::Context::default();
        let mut app = TemporaApp::with_documents(vec![crate::render::fixtures::sample()]);
        app.dialog = Some(DialogKind::Export);
        let path = dir.path().join("chosen.svg");
        let _ = app.jobs_tx.send(JobMsg::Picked {
            kind: DialogKind::Export,
            paths: vec![path.clone()],
            no_chooser: false,
        });
        app.poll_jobs(&ctx);
        assert_eq!(app.dialog_open(), None, "the dialog is closed");
        finish_exports(&mut app, &ctx);
        assert_eq!(app.exports_running(), 0);
        let svg = std::fs::read_to_string(&path).expect("the SVG was written");
        assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
        assert!(app.status().is_some_and(|s| s.starts_with("Exported")));
    }

    #[test]
    fn a_background_export_reports_failure() {
        let dir = tempfile::tempdir().expect("tempdir");
        let ctx = egui::Context::default();
        let mut app = TemporaApp::with_documents(vec![crate::render::fixtures::sample()]);
        // A folder that does not exist: the write fails on the export thread.
        app.start_export(dir.path().join("missing").join("x.png"), false, None);
        finish_exports(&mut app, &ctx);
        assert!(app.status().is_some_and(|s| s.contains("cannot write")));
        // A wrong extension is refused before any thread starts.
        app.start_export(dir.path().join("x.gif"), false, None);
        assert_eq!(app.exports_running(), 0);
        assert!(app.status().is_some_and(|s| s.contains(".png or .svg")));
    }

    #[test]
    fn a_dialog_that_closes_at_once_says_no_chooser_exists() {
        let ctx = egui::Context::default();
        let mut app = TemporaApp::new(None);
        app.dialog = Some(DialogKind::OpenFiles);
        let _ = app.jobs_tx.send(JobMsg::Picked {
            kind: DialogKind::OpenFiles,
            paths: Vec::new(),
            no_chooser: true,
        });
        app.poll_jobs(&ctx);
        assert_eq!(app.dialog_open(), None);
        assert!(app.status().is_some_and(|s| s.contains("No file chooser")));
        // Cancelled by the user: nothing to say, nothing loaded.
        app.status = None;
        app.dialog = Some(DialogKind::OpenFolder);
        let _ = app.jobs_tx.send(JobMsg::Picked {
            kind: DialogKind::OpenFolder,
            paths: Vec::new(),
            no_chooser: false,
        });
        app.poll_jobs(&ctx);
        assert_eq!(app.status(), None);
        assert_eq!(app.pending(), 0);
    }

    #[test]
    fn an_export_window_without_a_chooser_asks_for_a_typed_name() {
        let ctx = egui::Context::default();
        let mut app = TemporaApp::with_documents(vec![crate::render::fixtures::sample()]);
        app.open_data_export();
        app.dialog = Some(DialogKind::ExportData(crate::export::DataFormat::Csv));
        let _ = app.jobs_tx.send(JobMsg::Picked {
            kind: DialogKind::ExportData(crate::export::DataFormat::Csv),
            paths: Vec::new(),
            no_chooser: true,
        });
        app.poll_jobs(&ctx);
        assert!(app.export_window_open(), "the window stays open");
        assert!(
            app.status()
                .is_some_and(|s| s.contains("type the file name in the export window"))
        );
    }

    #[test]
    fn files_chosen_in_the_dialog_are_loaded() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "Published: 2025-03-04\n\nIt rained on Monday.").expect("write");
        let ctx = egui::Context::default();
        let mut app = TemporaApp::new(None);
        app.dialog = Some(DialogKind::OpenFiles);
        let _ = app.jobs_tx.send(JobMsg::Picked {
            kind: DialogKind::OpenFiles,
            paths: vec![file],
            no_chooser: false,
        });
        app.poll_jobs(&ctx);
        assert_eq!(app.pending(), 1, "a loading batch started");
        let started = std::time::Instant::now();
        while app.pending() > 0 && started.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(10));
            app.poll_loader();
        }
        assert_eq!(app.documents().len(), 1);
    }

    #[test]
    fn progress_shows_only_while_loading() {
        let mut app = TemporaApp::new(None);
        let _ = app.tx.send(LoaderMsg::Progress(3, 10));
        app.poll_loader();
        assert_eq!(app.progress(), None, "no batch pending");
        app.pending = 1;
        assert_eq!(app.progress(), Some((3, 10)));
        let flag = std::sync::Arc::new(AtomicBool::new(false));
        app.cancel.push(flag.clone());
        app.cancel_loading();
        assert!(flag.load(std::sync::atomic::Ordering::Relaxed));
    }
}
