//! The command line: `extract`, `render`, `eval`, `project`, and opening files in the
//! window.

mod project;

use crate::article::{self, DateSource, Publication};
use crate::export::records::{ArticleRecord, PublicationRecord, Record};
use crate::pipeline::Document;
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

/// Tempora: find the dated events in news articles and see them on a timeline.
#[derive(Debug, Parser)]
#[command(
    name = "tempora",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files to open in the window.
    files: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that do not state one.
    #[arg(long, value_parser = parse_dct)]
    dct: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print every time expression as JSON Lines (one object per expression).
    Extract {
        /// Article files or folders (.txt, .md, .html, .json, .jsonl, .tml), or one project
        /// (.tempora): its curated events, hidden ones left out.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD); overrides any date found in the files.
        #[arg(long, value_parser = parse_dct)]
        dct: Option<NaiveDate>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Jsonl)]
        format: Format,
        /// With `--format timeml`: write one file per input into this directory (same file
        /// name, `.tml` extension) instead of printing to standard output.
        #[arg(long)]
        out_dir: Option<PathBuf>,
        /// Print one record per article (title, format, encoding, publication date, notes,
        /// counts) instead of the time expressions, even for an article with none.
        #[arg(long)]
        articles: bool,
        /// With `--articles`: print the time expressions as well; a `"kind"` field
        /// ("article" or "expression") tells the records apart.
        #[arg(long, requires = "articles")]
        expressions: bool,
    },
    /// Score the engine against TimeML gold files (TempEval-3 Task A figures).
    Eval {
        /// Directory searched recursively for `.tml` files.
        #[arg(long)]
        gold: PathBuf,
        /// Number of most frequent errors to print.
        #[arg(long, default_value_t = 20)]
        errors: usize,
        /// Fail (exit 1) when strict F1 is below this.
        #[arg(long, value_parser = parse_bar)]
        min_strict: Option<f64>,
        /// Fail (exit 1) when relaxed F1 is below this.
        #[arg(long, value_parser = parse_bar)]
        min_relaxed: Option<f64>,
        /// Fail (exit 1) when value F1 is below this.
        #[arg(long, value_parser = parse_bar)]
        min_value: Option<f64>,
        /// Fail (exit 1) when type F1 is below this.
        #[arg(long, value_parser = parse_bar)]
        min_type: Option<f64>,
    },
    /// Train the part-of-speech tagger and the event models and write their model files.
    Train {
        /// The `ud-english` treebank directory.
        #[arg(long, default_value = "../shared/corpora/ud-english")]
        ud: PathBuf,
        /// The TimeML training directory (EVENT, MAKEINSTANCE and TLINK annotation).
        #[arg(long, default_value = "../shared/corpora/tbaq")]
        timeml: PathBuf,
        /// Where the model files are written.
        #[arg(long, default_value = "assets")]
        out: PathBuf,
    },
    /// Draw the timeline of the given articles to a PNG, SVG or PDF file, without a window.
    Render {
        /// Article files or folders (.txt, .md, .html, .json, .jsonl, .tml), or one project
        /// (.tempora), drawn with its curation, lanes, filters and view.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output image; the extension (.png, .svg or .pdf) picks the format.
        #[arg(short, long)]
        output: PathBuf,
        /// Publication date (YYYY-MM-DD); overrides any date found in the files.
        #[arg(long, value_parser = parse_dct)]
        dct: Option<NaiveDate>,
        /// Image width in pixels.
        #[arg(long, default_value_t = 1600)]
        width: u32,
        /// Image height in pixels.
        #[arg(long, default_value_t = 900)]
        height: u32,
        /// Image size: 1920x1080, a4 or letter (landscape pages), or any WxH; overrides
        /// --width and --height.
        #[arg(long, value_parser = crate::render::ImageSize::parse)]
        size: Option<crate::render::ImageSize>,
        /// PNG pixels per image pixel, 1 to 4, for high-DPI screens and print.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=4))]
        scale: u32,
        /// Colours: light, dark, or print (white, ink-saving greys).
        #[arg(long, default_value = "light", value_parser = parse_theme)]
        theme: crate::render::ThemeName,
        /// The title above the timeline (default: the articles' common topic, or "N articles").
        #[arg(long)]
        title: Option<String>,
        /// First day shown (YYYY-MM-DD); with --to, the view instead of the default one.
        #[arg(long, value_parser = parse_dct)]
        from: Option<NaiveDate>,
        /// Last day shown (YYYY-MM-DD).
        #[arg(long, value_parser = parse_dct)]
        to: Option<NaiveDate>,
        /// Lanes: one per article (the default), per source (folder) or a single one;
        /// overrides a project's.
        #[arg(long, value_parser = parse_group)]
        group: Option<crate::timeline::lanes::Grouping>,
        /// Show only events whose label, expression or sentence contain this text;
        /// overrides a project's.
        #[arg(long)]
        search: Option<String>,
    },
    /// Create or update a project file (.tempora).
    Project {
        #[command(subcommand)]
        command: project::ProjectCommand,
    },
}

/// A theme by name.
fn parse_theme(s: &str) -> Result<crate::render::ThemeName, String> {
    crate::render::ThemeName::parse(s)
        .ok_or_else(|| format!("expected light, dark or print, got {s:?}"))
}

/// A lane grouping by name.
fn parse_group(s: &str) -> Result<crate::timeline::lanes::Grouping, String> {
    crate::timeline::lanes::Grouping::parse(s)
        .ok_or_else(|| format!("expected article, source or none, got {s:?}"))
}

/// What `render` draws besides the files: size, scale, theme, title, view, lanes and
/// search.
struct RenderOptions {
    image: crate::render::ImageOptions,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    layout: crate::render::Layout,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON Lines, one object per time expression.
    Jsonl,
    /// TimeML with our TIMEX3 tags (a .tml input keeps its own markup).
    Timeml,
    /// One versioned JSON document: articles, events, lanes, curation.
    Json,
    /// CSV for spreadsheets: a header row, one row per expression (UTF-8 with BOM).
    Csv,
    /// TimelineJS's JSON format (TimelineJS3).
    Timelinejs,
}

fn parse_dct(s: &str) -> std::result::Result<NaiveDate, String> {
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))?;
    if !article::year_in_range(date) {
        return Err(format!("`{s}`: the year must be between 1 and 9999"));
    }
    Ok(date)
}

/// An accuracy bar: a number from 0 to 1 (NaN, which every comparison passes, is refused).
fn parse_bar(s: &str) -> std::result::Result<f64, String> {
    let bar: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if !(0.0..=1.0).contains(&bar) {
        return Err(format!("`{s}` is not a score between 0 and 1"));
    }
    Ok(bar)
}

/// Runs the command line and returns the process exit code. Errors are printed once, with
/// their context chain, and never as a panic or backtrace.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("tempora: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Extract {
            files,
            dct,
            format: Format::Timeml,
            out_dir,
            ..
        }) => extract_timeml(&files, dct, out_dir.as_deref()),
        Some(Command::Extract {
            files,
            dct,
            format,
            articles,
            expressions,
            ..
        }) => extract(
            &files,
            dct,
            format,
            Records {
                articles,
                expressions: !articles || expressions,
            },
        ),
        Some(Command::Eval {
            gold,
            errors,
            min_strict,
            min_relaxed,
            min_value,
            min_type,
        }) => eval(
            &gold,
            errors,
            [min_strict, min_relaxed, min_value, min_type],
        ),
        Some(Command::Train { ud, timeml, out }) => train(&ud, &timeml, &out),
        Some(Command::Render {
            files,
            output,
            dct,
            width,
            height,
            size,
            scale,
            theme,
            title,
            from,
            to,
            group,
            search,
        }) => {
            let layout = crate::render::Layout {
                grouping: group.unwrap_or_default(),
                search,
                ..crate::render::Layout::default()
            };
            let options = RenderOptions {
                image: crate::render::ImageOptions {
                    size: size.unwrap_or(crate::render::ImageSize::Custom(width, height)),
                    scale,
                    theme,
                    title,
                    generated: Some(chrono::Local::now().date_naive()),
                },
                from,
                to,
                layout,
            };
            render(&files, dct, &output, &options, group.is_some())
        }
        Some(Command::Project { command }) => project::run(command),
        None => open_window(cli.files, cli.dct),
    }
}

#[cfg(feature = "gui")]
fn open_window(files: Vec<PathBuf>, dct: Option<NaiveDate>) -> Result<ExitCode> {
    crate::app::run(files, dct)?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
fn open_window(_files: Vec<PathBuf>, _dct: Option<NaiveDate>) -> Result<ExitCode> {
    bail!(
        "this build of tempora has no window (built without the `gui` feature); use `tempora extract` or `tempora render`"
    )
}

/// Loads `files` (folders are walked), reporting each failure and note on stderr, and runs
/// the pipeline on the rest. A progress bar shows on a terminal when there are many files.
/// Fails only when no article could be read.
pub fn load_documents(files: &[PathBuf], dct: Option<NaiveDate>) -> Result<Vec<Document>> {
    use std::io::IsTerminal;
    let bar = if std::io::stderr().is_terminal()
        && (files.len() > 20 || files.iter().any(|f| f.is_dir()))
    {
        indicatif::ProgressBar::new(0)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} reading {pos}/{len} files {wide_bar} {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let results = article::load_paths(files, &progress, &AtomicBool::new(false));
    bar.finish_and_clear();
    let mut articles = Vec::new();
    let mut failures = 0usize;
    for result in results {
        match result {
            Ok(mut article) => {
                for note in &article.notes {
                    eprintln!(
                        "tempora: {}: note: {}",
                        article::escape_text(&article.display_name()),
                        article::escape_text(note)
                    );
                }
                if let Some(date) = dct {
                    article.publication = Some(Publication {
                        date,
                        source: DateSource::CommandLine,
                    });
                }
                articles.push(article);
            }
            Err(err) => {
                failures += 1;
                eprintln!("tempora: {err}");
            }
        }
    }
    if articles.is_empty() {
        bail!("no article could be read ({failures} failed)");
    }
    use rayon::prelude::*;
    Ok(articles.into_par_iter().map(Document::new).collect())
}

/// Which records `extract` prints.
#[derive(Debug, Clone, Copy)]
struct Records {
    /// One record per article.
    articles: bool,
    /// One record per time expression.
    expressions: bool,
}

fn extract(
    files: &[PathBuf],
    dct: Option<NaiveDate>,
    format: Format,
    records: Records,
) -> Result<ExitCode> {
    let docs = project::load_inputs(files, dct)?.docs;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // The `kind` field is written only when both kinds of record are printed.
    let both = records.articles && records.expressions;
    match format {
        Format::Jsonl => {
            for doc in &docs {
                if records.articles {
                    let record = ArticleRecord::new(doc, both.then_some("article"));
                    serde_json::to_writer(&mut out, &record).context("writing JSON")?;
                    out.write_all(b"\n").context("writing output")?;
                }
                if !records.expressions {
                    continue;
                }
                // Once per article: the same for every one of its lines.
                let publication = PublicationRecord::new(doc);
                for event in &doc.events {
                    let mut record = Record::new(doc, event, &publication);
                    record.kind = both.then_some("expression");
                    serde_json::to_writer(&mut out, &record).context("writing JSON")?;
                    out.write_all(b"\n").context("writing output")?;
                }
            }
        }
        Format::Timeml => unreachable_timeml()?,
        Format::Json | Format::Csv | Format::Timelinejs => {
            if records.articles {
                bail!("--articles prints JSON Lines; leave out --format or use --format jsonl");
            }
            let format = match format {
                Format::Json => crate::export::DataFormat::Json,
                Format::Csv => crate::export::DataFormat::Csv,
                _ => crate::export::DataFormat::TimelineJs,
            };
            let bytes = crate::export::data_bytes(&crate::export::Shown::all(&docs), format)?;
            out.write_all(&bytes).context("writing output")?;
        }
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing output")?,
    }
    Ok(ExitCode::SUCCESS)
}

fn unreachable_timeml() -> Result<()> {
    bail!("internal error: TimeML output is written by extract_timeml")
}

/// `extract --format timeml`: each input written back as TimeML with our TIMEX3 tags. A
/// `.tml` input keeps its own markup outside `<TEXT>`; other inputs get a minimal document.
fn extract_timeml(
    files: &[PathBuf],
    dct: Option<NaiveDate>,
    out_dir: Option<&Path>,
) -> Result<ExitCode> {
    use crate::article::timeml;
    use crate::temporal::Engine;
    if files.iter().any(|f| crate::project::is_project_path(f)) {
        bail!(
            "--format timeml writes articles as they are read, not a project's curation; use another format for a project"
        );
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    // Folders are walked like everywhere else.
    let article::Walk {
        files,
        failures: folders,
    } = article::walk_paths(files);
    if let Some(dir) = out_dir {
        let plan: Vec<(PathBuf, PathBuf)> = files
            .iter()
            .map(|f| (f.clone(), timeml_target(dir, f)))
            .collect();
        crate::fsio::check_outputs(&files, &plan, false)?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create {}", article::shown(dir)))?;
    }
    for folder in &folders {
        failures += 1;
        eprintln!("tempora: {folder}");
    }
    for path in &files {
        let is_tml = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("tml") || e.eq_ignore_ascii_case("timeml"));
        let written = if is_tml {
            // Read and decoded exactly as `extract` reads it (UTF-16, legacy encodings).
            let xml = match article::read_text(path) {
                Ok(file) => file.decoded.text,
                Err(e) => {
                    failures += 1;
                    eprintln!("tempora: {e}");
                    continue;
                }
            };
            let doc = match timeml::parse(&xml) {
                Ok(d) => d,
                Err(e) => {
                    failures += 1;
                    eprintln!("tempora: {}: not valid TimeML: {e}", article::shown(path));
                    continue;
                }
            };
            let timexes = Engine::global().extract(&doc.text, dct.or(doc.dct));
            timeml::annotate(&xml, &doc, &timexes)
        } else {
            let article = match article::load(path) {
                Ok(a) => a,
                Err(e) => {
                    failures += 1;
                    eprintln!("tempora: {e}");
                    continue;
                }
            };
            let date = dct.or(article.publication.as_ref().map(|p| p.date));
            let timexes = Engine::global().extract(&article.text, date);
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            timeml::document(&id, &article.text, date, &timexes)
        };
        match out_dir {
            Some(dir) => crate::fsio::write_atomic(&timeml_target(dir, path), written.as_bytes())?,
            None => out
                .write_all(written.as_bytes())
                .context("writing output")?,
        }
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing output")?,
    }
    if failures == files.len() {
        bail!("no file could be read ({failures} failed)");
    }
    Ok(ExitCode::SUCCESS)
}

/// Where `extract --format timeml --out-dir DIR` writes the document of `input`: its file
/// name in `dir`, with the `.tml` extension.
fn timeml_target(dir: &Path, input: &Path) -> PathBuf {
    let mut name = PathBuf::from(input.file_name().unwrap_or_default());
    name.set_extension("tml");
    dir.join(name)
}

/// `eval`: TempEval-3 Task A figures; exit 1 when a figure is below its given minimum.
fn eval(gold: &Path, errors: usize, minimums: [Option<f64>; 4]) -> Result<ExitCode> {
    let report = crate::eval::evaluate_dir(gold)?;
    for failure in &report.unreadable {
        eprintln!("tempora: {failure}");
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match report.write(&mut out, errors) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing output")?,
    }
    match crate::eval::events::evaluate_dir(gold).write(&mut out) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("writing output")?,
    }
    let figures = [
        ("strict F1", report.strict.f1()),
        ("relaxed F1", report.relaxed.f1()),
        ("value F1", report.value_f1()),
        ("type F1", report.type_f1()),
    ];
    let mut ok = true;
    for ((name, got), min) in figures.iter().zip(minimums) {
        if let Some(min) = min
            && *got < min
        {
            ok = false;
            writeln!(out, "FAIL: {name} {got:.4} is below the minimum {min:.4}")
                .context("writing output")?;
        }
    }
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The view `--from`/`--to` ask for (either end alone is widened to a month), if any.
fn requested_view(options: &RenderOptions) -> Option<crate::timeline::TimeView> {
    use crate::timeline::{DAY_SECS, TimeView, to_secs};
    let secs = |d: NaiveDate| d.and_hms_opt(0, 0, 0).map(to_secs);
    let month = 30.0 * DAY_SECS;
    let (from, to) = match (options.from.and_then(secs), options.to.and_then(secs)) {
        (Some(f), Some(t)) => (f, t + DAY_SECS),
        (Some(f), None) => (f, f + month),
        (None, Some(t)) => (t + DAY_SECS - month, t + DAY_SECS),
        (None, None) => return None,
    };
    let (left, right) = crate::render::plot_x_range(options.image.size.pixels().0 as f32);
    Some(TimeView::new(from, to, left, right))
}

/// `train`: every model, written to `out`.
fn train(ud: &Path, timeml: &Path, out: &Path) -> Result<ExitCode> {
    let s = crate::event::train::train_all(ud, timeml, out)?;
    println!(
        "part-of-speech tagger: {} training tokens; held-out accuracy {:.3} ({}/{}) on {}",
        s.pos_tokens,
        s.pos_held_out.0 as f64 / s.pos_held_out.1.max(1) as f64,
        s.pos_held_out.0,
        s.pos_held_out.1,
        crate::event::train::POS_HELD_OUT
    );
    println!(
        "event models: {} documents, {} sentences, {} anchor cases; written to {}",
        s.documents,
        s.sentences,
        s.anchor_cases,
        article::shown(out)
    );
    Ok(ExitCode::SUCCESS)
}

/// `render`; `grouped` says whether `--group` was given (it overrides a project's lanes,
/// as `--search`, `--from` and `--to` override its search and view).
fn render(
    files: &[PathBuf],
    dct: Option<NaiveDate>,
    output: &Path,
    options: &RenderOptions,
    grouped: bool,
) -> Result<ExitCode> {
    let (inputs, _) = article::expand_paths(files);
    let plan: Vec<(PathBuf, PathBuf)> = inputs
        .iter()
        .map(|f| (f.clone(), output.to_path_buf()))
        .collect();
    crate::fsio::check_outputs(&inputs, &plan, true)?;
    let inputs = project::load_inputs(files, dct)?;
    let docs = inputs.docs;
    let format = crate::render::ImageFormat::from_path(output).ok_or_else(|| {
        crate::render::ExportError::UnknownFormat {
            path: output.to_path_buf(),
        }
    })?;
    let (layout, saved) = match inputs.project {
        Some((mut layout, saved)) => {
            if grouped {
                layout.grouping = options.layout.grouping;
            }
            if options.layout.search.is_some() {
                layout.search.clone_from(&options.layout.search);
            }
            (layout, saved)
        }
        None => (options.layout.clone(), None),
    };
    let saved_view = saved.map(|v| {
        let (left, right) = crate::render::plot_x_range(options.image.size.pixels().0 as f32);
        let (start, end) = v.secs();
        crate::timeline::TimeView::new(start, end, left, right)
    });
    let request = crate::render::ImageRequest {
        docs: &docs,
        view: requested_view(options).or(saved_view),
        selected: None,
        layout: &layout,
        options: &options.image,
    };
    let bytes = request.bytes(format)?;
    crate::fsio::write_atomic(output, &bytes).map_err(|e| crate::render::ExportError::Io {
        path: e.path,
        source: e.source,
    })?;
    let events: usize = docs.iter().map(|d| d.events.len()).sum();
    let placed: usize = docs
        .iter()
        .flat_map(|d| &d.events)
        .filter(|e| e.timex.interval.is_some())
        .count();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    eprintln!(
        "tempora: wrote {} ({placed} of {events} time expression{} placed on the timeline, from {} article{})",
        article::shown(output),
        plural(events),
        docs.len(),
        plural(docs.len())
    );
    Ok(ExitCode::SUCCESS)
}
