//! Reading article files from disk.

use super::LoadError;
use super::publication::{DateSource, Publication, find_publication_header};
use super::timeml;
use std::path::{Path, PathBuf};

/// The file format an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleFormat {
    /// Plain text.
    Text,
    /// Markdown, held as written.
    Markdown,
    /// A TimeML document: the text is the character data of `<TEXT>`.
    TimeMl,
}

/// One article: its text as Tempora holds it (all spans are byte offsets into it), its
/// title and its publication date, if known.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// The path as given by the user.
    pub path: PathBuf,
    /// A title for lists: the headline, or the file name.
    pub title: String,
    /// The article text (UTF-8).
    pub text: String,
    /// The publication date and where it came from; `None` when unknown.
    pub publication: Option<Publication>,
    /// The format it was read from.
    pub format: ArticleFormat,
}

impl Article {
    /// Builds an article from text already in memory, finding its title and header date.
    pub fn from_text(path: impl Into<PathBuf>, text: String, format: ArticleFormat) -> Self {
        let path = path.into();
        let publication = find_publication_header(&text);
        let title = title_of(&text).unwrap_or_else(|| file_title(&path));
        Self {
            path,
            title,
            text,
            publication,
            format,
        }
    }
}

/// Reads one article file (`.txt`, `.md`, `.tml`; other text files are read as plain text).
pub fn load(path: &Path) -> Result<Article, LoadError> {
    let owned = || path.to_path_buf();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path: owned() },
        _ => LoadError::Io {
            path: owned(),
            source: e,
        },
    })?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: owned() });
    }
    let bytes = std::fs::read(path).map_err(|e| LoadError::Io {
        path: owned(),
        source: e,
    })?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty { path: owned() });
    }
    if let Some(what) = binary_kind(&bytes) {
        return Err(LoadError::Binary {
            path: owned(),
            what,
        });
    }
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&bytes)
        .to_vec();
    let text = String::from_utf8(bytes).map_err(|e| LoadError::InvalidUtf8 {
        path: owned(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("tml") | Some("timeml") => from_timeml(path, &text),
        Some("md") | Some("markdown") => {
            Ok(Article::from_text(path, text, ArticleFormat::Markdown))
        }
        _ => Ok(Article::from_text(path, text, ArticleFormat::Text)),
    }
}

/// Reads several files; each gets its own result, in the order given.
pub fn load_many(paths: &[PathBuf]) -> Vec<Result<Article, LoadError>> {
    use rayon::prelude::*;
    paths.par_iter().map(|p| load(p)).collect()
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
    Ok(Article {
        path: path.to_path_buf(),
        title,
        publication: doc.dct.map(|date| Publication {
            date,
            source: DateSource::TimeMlDct,
        }),
        text: doc.text,
        format: ArticleFormat::TimeMl,
    })
}

/// Names the binary format when `bytes` are clearly not text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\x7FELF", "executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(8192)];
    head.contains(&0).then_some("contains NUL bytes")
}

/// The first line that reads like a headline: not blank, not a `Key: value` header.
fn title_of(text: &str) -> Option<String> {
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

fn is_header_line(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, _)| {
        let key = key.trim();
        !key.is_empty()
            && key.len() <= 24
            && key
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            && key.split_whitespace().count() <= 3
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
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let p = dir.join(name);
        let mut f = std::fs::File::create(&p).expect("create");
        f.write_all(bytes).expect("write");
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
            (write(d, "latin.txt", b"caf\xe9 au lait"), "not valid UTF-8"),
            (
                write(d, "broken.tml", b"<TimeML><TEXT>x</TimeML>"),
                "TimeML",
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
    fn utf8_bom_is_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = write(dir.path(), "bom.txt", "\u{feff}Hello\nWorld.".as_bytes());
        assert_eq!(load(&p).expect("loads").text, "Hello\nWorld.");
    }
}
