//! Reading article files and folders from disk.

use super::decode::{DecodeError, EncodingChoice, decode};
use super::markdown::{SourceMap, to_plain_text};
use super::publication::{
    DATE_HEADER_LABELS, DateSource, DateSuggestion, Publication, SuggestionReason, date_in_name,
    find_dateline, find_publication_header,
};
use super::read::{FileBytes, read_regular};
use super::walk::{Walk, walk};
use super::{LoadError, html, json, timeml};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// File extensions Tempora reads (lower case, without the dot).
pub const SUPPORTED_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "tml",
    "timeml",
];

/// The file format an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleFormat {
    /// Plain text.
    Text,
    /// Markdown, rendered to plain text.
    Markdown,
    /// A saved HTML page: its main article text.
    Html,
    /// An article of a JSON or JSON Lines file.
    Json,
    /// A TimeML document: the text is the character data of `<TEXT>`.
    TimeMl,
}

/// One article: its text as Tempora holds it (all spans are byte offsets into it), its
/// title and its publication date, if known.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The path as given by the user (for JSON files with several articles, the same path
    /// for each; see [`Article::item`]).
    pub path: PathBuf,
    /// A title for lists: the headline, or the file name.
    pub title: String,
    /// The article text (UTF-8).
    pub text: String,
    /// The publication date and where it came from; `None` when unknown.
    pub publication: Option<Publication>,
    /// The format it was read from.
    pub format: ArticleFormat,
    /// The encoding the file was decoded from ("UTF-8", "windows-1252", …).
    pub encoding: &'static str,
    /// 1-based position of the article in a multi-article file (JSON array / JSON Lines).
    pub item: Option<usize>,
    /// For Markdown: maps offsets in `text` back to the file's bytes.
    pub source_map: Option<SourceMap>,
    /// Possible publication dates when none is known; never used unless the user accepts one.
    pub suggestions: Vec<DateSuggestion>,
    /// Things the user should know about how the file was read (encoding guessed, a date in
    /// the metadata that is not a real date, …).
    pub notes: Vec<String>,
}

impl Article {
    /// Builds an article from plain text already in memory, finding its title and
    /// publication date (header line, then dateline, then a date in the file name).
    pub fn from_text(path: impl Into<PathBuf>, text: String, format: ArticleFormat) -> Self {
        let path = path.into();
        let title = title_of(&text).unwrap_or_else(|| file_title(&path));
        let mut article = Self {
            path,
            title,
            text,
            publication: None,
            format,
            encoding: "UTF-8",
            item: None,
            source_map: None,
            suggestions: Vec::new(),
            notes: Vec::new(),
        };
        article.publication =
            text_publication(&article.text).or_else(|| name_publication(&article.path));
        article
    }

    /// A name for lists and messages: the path, with the item number for multi-article files.
    pub fn display_name(&self) -> String {
        match self.item {
            Some(n) => format!("{} #{n}", self.path.display()),
            None => self.path.display().to_string(),
        }
    }
}

fn text_publication(text: &str) -> Option<Publication> {
    find_publication_header(text).or_else(|| find_dateline(text))
}

fn name_publication(path: &Path) -> Option<Publication> {
    let name = path.file_name()?.to_string_lossy();
    date_in_name(&name).map(|date| Publication {
        date,
        source: DateSource::FileName,
    })
}

/// Reads the one article in a file; for a JSON file with several, the first.
pub fn load(path: &Path) -> Result<Article, LoadError> {
    let mut articles = load_file(path)?;
    if articles.is_empty() {
        return Err(LoadError::NoText {
            path: path.to_path_buf(),
        });
    }
    Ok(articles.swap_remove(0))
}

/// Stack of the threads that parse files: recursive parsers (the readability pass, JSON-LD
/// lookups) stay far inside it at the depth limits of [`crate::article::MAX_HTML_DEPTH`]
/// and serde_json's 128 levels. It is reserved, not committed, memory.
pub const PARSE_STACK_BYTES: usize = 256 * 1024 * 1024;

thread_local! {
    static ON_PARSE_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `job` on a thread with a [`PARSE_STACK_BYTES`] stack: this one when it has it, else
/// a new scoped thread (or this one when no thread can be made).
pub fn on_parse_stack<T: Send>(job: impl FnOnce() -> T + Send) -> T {
    if ON_PARSE_STACK.with(std::cell::Cell::get) {
        return job();
    }
    let job = std::sync::Mutex::new(Some(job));
    let ran = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("tempora-parse".into())
            .stack_size(PARSE_STACK_BYTES)
            .spawn_scoped(scope, || {
                ON_PARSE_STACK.with(|f| f.set(true));
                job.lock().ok().and_then(|mut j| j.take()).map(|j| j())
            });
        spawned.ok().and_then(|h| h.join().ok()).flatten()
    });
    match ran {
        Some(result) => result,
        None => match job.into_inner().ok().flatten() {
            Some(job) => job(),
            None => std::panic::resume_unwind(Box::new("a parse thread panicked")),
        },
    }
}

/// The thread pool that reads files in parallel, its threads with a parse-sized stack.
fn parse_pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("tempora-read-{i}"))
            .stack_size(PARSE_STACK_BYTES)
            .start_handler(|_| ON_PARSE_STACK.with(|f| f.set(true)))
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `job` on the pool of file-reading threads (each with a [`PARSE_STACK_BYTES`]
/// stack), so that its parallel iterators read files there.
pub fn on_parse_pool<T: Send>(job: impl FnOnce() -> T + Send) -> T {
    match parse_pool() {
        Some(pool) => pool.install(job),
        None => job(),
    }
}

/// Reads every article in one file (JSON arrays and JSON Lines hold several). Parsing runs
/// on a thread whose stack no accepted input can overflow.
pub fn load_file(path: &Path) -> Result<Vec<Article>, LoadError> {
    load_file_with(path, &|| false)
}

/// [`load_file`], stopping with [`LoadError::Cancelled`] between its passes (read, decode,
/// parse) as soon as `stop` says so.
pub fn load_file_with(
    path: &Path,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Vec<Article>, LoadError> {
    on_parse_stack(|| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load_file_here(path, stop)))
            .unwrap_or_else(|_| {
                Err(LoadError::Crashed {
                    path: path.to_path_buf(),
                })
            })
    })
}

/// A text file read and decoded, with the metadata of the file read.
#[derive(Debug)]
pub struct TextFile {
    /// The decoded text and how its encoding was chosen.
    pub decoded: super::Decoded,
    /// Metadata of the opened file.
    pub meta: std::fs::Metadata,
}

/// Reads the regular file at `path` and decodes it as every reader of Tempora does (BOMs,
/// UTF-8, UTF-16, legacy encodings, an HTML page's declared charset). Empty and binary
/// files are refused.
pub fn read_text(path: &Path) -> Result<TextFile, LoadError> {
    let owned = || path.to_path_buf();
    let FileBytes { bytes, meta } = read_regular(path)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: owned() });
    }
    let declared = if is_html_path(path) {
        html::declared_charset(&bytes)
    } else {
        None
    };
    let decoded = decode(&bytes, declared.as_deref()).map_err(|e| match e {
        DecodeError::Binary(what) => LoadError::Binary {
            path: owned(),
            what,
        },
        DecodeError::Undecodable { offset } => LoadError::InvalidUtf8 {
            path: owned(),
            offset,
        },
        DecodeError::BadUtf16 { encoding, offset } => LoadError::BadUnicode {
            path: owned(),
            encoding,
            offset,
        },
    })?;
    drop(bytes);
    if looks_binary(&decoded.text) {
        return Err(LoadError::Binary {
            path: owned(),
            what: "control characters, not text",
        });
    }
    Ok(TextFile { decoded, meta })
}

fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["html", "htm", "xhtml"].contains(&e.to_ascii_lowercase().as_str()))
}

/// What the user should know about how a file's encoding was chosen.
fn encoding_notes(decoded: &super::Decoded) -> Vec<String> {
    let note = match decoded.how {
        EncodingChoice::Detected => format!("not UTF-8: read as {} (detected)", decoded.encoding),
        EncodingChoice::Declared => {
            format!("read as {} (declared by the page)", decoded.encoding)
        }
        EncodingChoice::MostlyUtf8 {
            replaced,
            first_offset,
        } => format!(
            "UTF-8 with {replaced} invalid byte sequence{} replaced by “\u{fffd}”, the first at byte offset {first_offset}",
            if replaced == 1 { "" } else { "s" }
        ),
        EncodingChoice::ByteOrderMark | EncodingChoice::ValidUtf8 => return Vec::new(),
    };
    vec![note]
}

fn load_file_here(
    path: &Path,
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<Vec<Article>, LoadError> {
    let owned = || path.to_path_buf();
    let cancelled = || LoadError::Cancelled { path: owned() };
    if stop() {
        return Err(cancelled());
    }
    let TextFile { decoded, meta } = read_text(path)?;
    if stop() {
        return Err(cancelled());
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let is_html = is_html_path(path);
    let notes = encoding_notes(&decoded);
    let text = decoded.text;
    let mut articles = match ext.as_deref() {
        Some("tml" | "timeml") => vec![from_timeml(path, &text)?],
        Some("md" | "markdown") => {
            let (plain, map) = to_plain_text(&text);
            let mut a = Article::from_text(path, plain, ArticleFormat::Markdown);
            a.source_map = Some(map);
            vec![a]
        }
        _ if is_html => vec![from_html(path, &text)?],
        Some("json" | "jsonl" | "ndjson") => from_json(path, &text)?,
        _ => vec![Article::from_text(path, text, ArticleFormat::Text)],
    };
    if stop() {
        return Err(cancelled());
    }
    let modified = meta
        .modified()
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
    for article in &mut articles {
        article.encoding = decoded.encoding;
        article.notes.splice(0..0, notes.iter().cloned());
        if article.text.trim().is_empty() && article.format != ArticleFormat::Html {
            return Err(LoadError::NoText { path: owned() });
        }
        if article.publication.is_none()
            && let Some(date) = modified
        {
            article.suggestions.push(DateSuggestion {
                date,
                reason: SuggestionReason::FileModified,
            });
        }
    }
    Ok(articles)
}

/// True when decoded text is mostly control characters: a binary file that happened to
/// decode.
fn looks_binary(text: &str) -> bool {
    let sample: Vec<char> = text.chars().take(4096).collect();
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    controls * 20 > sample.len()
}

fn from_timeml(path: &Path, xml: &str) -> Result<Article, LoadError> {
    let doc = timeml::parse(xml).map_err(|reason| LoadError::BadTimeMl {
        path: path.to_path_buf(),
        reason,
    })?;
    let title = doc
        .title
        .clone()
        .filter(|t| !t.is_empty())
        .or_else(|| doc.doc_id.clone())
        .unwrap_or_else(|| file_title(path));
    let mut article = Article::from_text(path, doc.text, ArticleFormat::TimeMl);
    article.title = title;
    article.publication = doc.dct.map(|date| Publication {
        date,
        source: DateSource::TimeMlDct,
    });
    if let (None, Some(raw)) = (doc.dct, doc.dct_value.as_deref()) {
        article.notes.push(format!(
            "the document creation time “{raw}” is not a real date; ignored"
        ));
    }
    Ok(article)
}

fn from_html(path: &Path, source: &str) -> Result<Article, LoadError> {
    let page = html::parse(source);
    // A page built by script has no story text but may still state its title and date.
    let no_text = page.text.trim().is_empty();
    if no_text && page.title.is_none() && page.publication.is_none() && !page.has_metadata {
        return Err(LoadError::NoText {
            path: path.to_path_buf(),
        });
    }
    let mut article = Article::from_text(path, page.text, ArticleFormat::Html);
    if no_text {
        article.notes.push("no article text found".to_string());
    }
    if let Some(title) = page.title {
        article.title = title;
    }
    if page.publication.is_some() {
        article.publication = page.publication;
    }
    if article.publication.is_none() {
        article.suggestions.extend(page.suggestions);
    }
    article.notes.extend(page.notes);
    for (place, raw) in page.bad_dates {
        article.notes.push(format!(
            "{place} holds “{raw}”, which is not a real date; ignored"
        ));
    }
    Ok(article)
}

fn from_json(path: &Path, source: &str) -> Result<Vec<Article>, LoadError> {
    let (items, skipped) = json::parse(source).map_err(|reason| LoadError::BadJson {
        path: path.to_path_buf(),
        reason,
    })?;
    let several = items.len() + skipped.len() > 1;
    Ok(items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let mut article = Article::from_text(path, item.text, ArticleFormat::Json);
            article.item = several.then_some(item.item);
            if index == 0 {
                article
                    .notes
                    .extend(skipped.iter().map(|why| format!("{why}; skipped")));
            }
            if let Some(title) = item.title {
                article.title = title;
            }
            let from_url = || {
                let date = date_in_name(item.url.as_deref()?)?;
                Some(Publication {
                    date,
                    source: DateSource::Url,
                })
            };
            article.publication = item
                .publication
                .or_else(|| text_publication(&article.text))
                .or_else(from_url);
            for (field, raw) in item.bad_dates {
                article.notes.push(format!(
                    "field “{field}” holds “{raw}”, which is not a real date; ignored"
                ));
            }
            article
        })
        .collect())
}

/// Expands folders into the supported files below them (sorted), keeps files as given.
/// Paths that do not exist are kept so that loading reports them; folders with no supported
/// file are returned second. [`walk_paths`] also tells the folders that cannot be read.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let walked = walk_paths(paths);
    let empty = walked
        .failures
        .into_iter()
        .filter_map(|f| match f {
            LoadError::EmptyFolder { path } => Some(path),
            _ => None,
        })
        .collect();
    (walked.files, empty)
}

/// Expands folders into the supported files below them, each file once even through
/// symlinks and loops, with the folders that are empty or cannot be read.
pub fn walk_paths(paths: &[PathBuf]) -> Walk {
    walk(paths, &is_supported)
}

/// True when the file's extension is one Tempora reads.
pub fn is_supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads several files; each gets its own result, in the order given.
pub fn load_many(paths: &[PathBuf]) -> Vec<Result<Article, LoadError>> {
    load_paths(paths, &|_, _| {}, &AtomicBool::new(false))
}

/// Reads files and folders in parallel, reporting `(done, total)` files to `progress` as it
/// goes and stopping early when `cancel` is set (files not read then get
/// [`LoadError::Cancelled`]). Results keep the order of the expanded paths; a file holding
/// several articles yields one result per article.
pub fn load_paths(
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) + Sync),
    cancel: &AtomicBool,
) -> Vec<Result<Article, LoadError>> {
    let Walk { files, failures } = walk_paths(paths);
    let total = files.len();
    let done = AtomicUsize::new(0);
    let read_all = || -> Vec<Vec<Result<Article, LoadError>>> {
        files
            .par_iter()
            .map(|path| {
                if cancel.load(Ordering::Relaxed) {
                    return vec![Err(LoadError::Cancelled { path: path.clone() })];
                }
                let result = match load_file(path) {
                    Ok(articles) => articles.into_iter().map(Ok).collect(),
                    Err(e) => vec![Err(e)],
                };
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
                result
            })
            .collect()
    };
    let per_file = on_parse_pool(read_all);
    let folders = failures.into_iter().map(Err);
    per_file.into_iter().flatten().chain(folders).collect()
}

/// The first line that reads like a headline: not blank, not a `Key: value` header.
fn title_of(text: &str) -> Option<String> {
    let stated = text.lines().take(20).find_map(|l| {
        let (key, value) = l.split_once(':')?;
        let key = key.trim().trim_matches(['*', '_', '#', ' ']);
        (key.eq_ignore_ascii_case("title") || key.eq_ignore_ascii_case("headline"))
            .then(|| value.trim().to_string())
            .filter(|v| !v.is_empty())
    });
    if stated.is_some() {
        return stated;
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .find(|l| !is_header_line(l))
        .map(|l| {
            let l = l.trim_start_matches('#').trim();
            let mut title: String = l.chars().take(120).collect();
            if l.chars().count() > 120 {
                title.push('…');
            }
            title
        })
}

/// Labels of metadata lines above a story besides the date labels (`By: …`, `Source: …`),
/// lower case. A headline with a colon ("Cartel combat: President…") is not one of them.
const OTHER_HEADER_KEYS: &[&str] = &[
    "by",
    "byline",
    "author",
    "authors",
    "source",
    "url",
    "link",
    "tags",
    "category",
    "section",
    "filed",
    "location",
    "title",
    "headline",
    "language",
    "lang",
    "word count",
    "words",
];

fn is_header_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, _)| {
        let key = key
            .trim()
            .trim_matches(['*', '_', '#', ' '])
            .to_ascii_lowercase();
        DATE_HEADER_LABELS.contains(&key.as_str()) || OTHER_HEADER_KEYS.contains(&key.as_str())
    })
}

fn file_title(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    #[test]
    fn title_skips_headers_and_markdown_hashes() {
        let a = Article::from_text(
            "x.md",
            "Published: 2025-11-04\n\n# Big News\nBody.".into(),
            ArticleFormat::Markdown,
        );
        assert_eq!(a.title, "Big News");
        assert!(a.publication.is_some());
    }

    #[test]
    fn a_headline_with_a_colon_is_a_title_not_a_header() {
        let a = Article::from_text(
            "x.txt",
            "Cartel combat: President weighs troop deployment\nThe administration has launched strikes.".into(),
            ArticleFormat::Text,
        );
        assert_eq!(a.title, "Cartel combat: President weighs troop deployment");
        let b = Article::from_text(
            "y.txt",
            "By: Desk\nSource: Wire\n\nReal headline\nBody.".into(),
            ArticleFormat::Text,
        );
        assert_eq!(b.title, "Real headline");
    }

    #[test]
    fn an_impossible_timeml_creation_date_is_noted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(
            dir.path(),
            "bad-dct.tml",
            br#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-30">x</TIMEX3></DCT><TEXT>It rained on Monday.</TEXT></TimeML>"#,
        );
        let a = load(&p).expect("loads");
        assert!(a.publication.is_none());
        assert!(
            a.notes.iter().any(|n| n.contains("2025-02-30")),
            "{:?}",
            a.notes
        );
    }

    #[test]
    fn bad_inputs_give_one_clear_error_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        let cases = [
            (d.join("missing.txt"), "no such file"),
            (d.to_path_buf(), "is a directory"),
            (write(d, "empty.txt", b"  \n"), "empty"),
            (
                write(d, "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0"),
                "PNG image",
            ),
            (write(d, "nul.txt", b"abc\0\0\0def"), "NUL"),
            (write(d, "zip.json", b"PK\x03\x04\x14\0"), "ZIP"),
            (
                write(d, "broken.tml", b"<TimeML><TEXT>x</TimeML>"),
                "TimeML",
            ),
            (write(d, "shape.json", b"[1, 2, 3]"), "not an object"),
            (write(d, "notjson.json", b"{title: oops"), "not valid JSON"),
            (
                write(
                    d,
                    "blank.html",
                    b"<html><head><script>x()</script></head><body></body></html>",
                ),
                "no article text",
            ),
        ];
        for (path, needle) in cases {
            let err = load(&path).expect_err("must fail");
            let msg = err.to_string();
            assert!(msg.contains(needle), "{msg} should mention {needle}");
            assert!(
                msg.contains(&path.display().to_string()),
                "{msg} should name the file"
            );
        }
    }

    #[test]
    fn legacy_encoding_is_decoded_and_noted() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(
            dir.path(),
            "latin.txt",
            b"Le caf\xe9 du march\xe9 a rouvert en d\xe9cembre apr\xe8s les travaux.",
        );
        let a = load(&p).expect("loads");
        assert!(a.text.contains("café"));
        assert_eq!(a.encoding, "windows-1252");
        assert!(a.notes.iter().any(|n| n.contains("windows-1252")));
    }

    #[test]
    fn utf8_and_utf16_boms() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(dir.path(), "bom.txt", "\u{feff}Hello\nWorld.".as_bytes());
        assert_eq!(load(&p).expect("loads").text, "Hello\nWorld.");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi on Monday.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let p = write(dir.path(), "wide.txt", &utf16);
        let a = load(&p).expect("loads");
        assert_eq!((a.text.as_str(), a.encoding), ("Hi on Monday.", "UTF-16LE"));
    }

    #[test]
    fn markdown_is_rendered_with_a_source_map() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(
            dir.path(),
            "n.md",
            b"Date: 2025-01-05\n\n# Title\n\nIt rained on **Friday**.",
        );
        let a = load(&p).expect("loads");
        assert!(a.text.contains("It rained on Friday."));
        assert_eq!(a.title, "Title");
        assert_eq!(
            a.publication.as_ref().map(|p| p.date),
            NaiveDate::from_ymd_opt(2025, 1, 5)
        );
        assert!(a.source_map.is_some());
    }

    #[test]
    fn json_lines_give_one_article_each() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(
            dir.path(),
            "feed.jsonl",
            b"{\"title\":\"One\",\"text\":\"Rain on Monday.\",\"url\":\"https://n.example/2024/03/05/one\"}\n{\"title\":\"Two\",\"maintext\":\"Sun.\",\"published\":\"2024-13-45\"}\n",
        );
        let all = load_file(&p).expect("loads");
        assert_eq!(all.len(), 2);
        assert_eq!(
            all[0].publication.as_ref().map(|p| p.source.clone()),
            Some(DateSource::Url)
        );
        assert_eq!(all[1].item, Some(2));
        assert!(all[1].publication.is_none());
        assert!(all[1].notes.iter().any(|n| n.contains("2024-13-45")));
        assert!(
            !all[1].suggestions.is_empty(),
            "unknown date offers the file time as a guess"
        );
    }

    #[test]
    fn folders_are_walked_for_supported_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        write(dir.path(), "a.txt", b"A story on Monday.");
        write(&dir.path().join("sub"), "b.md", b"# B\n\nAnother.");
        write(dir.path(), "c.png", b"\x89PNG\r\n\x1a\n");
        let results = load_paths(
            &[dir.path().to_path_buf()],
            &|_, _| {},
            &AtomicBool::new(false),
        );
        assert_eq!(results.len(), 2);
        assert!(results.iter().all(Result::is_ok));
    }

    #[test]
    fn cancelled_loading_reports_cancelled_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(dir.path(), "a.txt", b"A story.");
        let results = load_paths(&[p], &|_, _| {}, &AtomicBool::new(true));
        assert!(matches!(
            results.as_slice(),
            [Err(LoadError::Cancelled { .. })]
        ));
    }
}
