use std::path::{Path, PathBuf};

/// Why a file could not be read as an article. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{}: no such file", shown(path))]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The path is a directory, not a file.
    #[error("{}: is a directory, not an article file", shown(path))]
    IsDirectory {
        /// The path as given.
        path: PathBuf,
    },
    /// A folder with no file Tempora reads below it.
    #[error(
        "{}: no article files in this folder (Tempora reads .txt, .md, .html, .json, .jsonl and .tml)",
        shown(path)
    )]
    EmptyFolder {
        /// The path as given.
        path: PathBuf,
    },
    /// The file has no text.
    #[error("{}: the file is empty", shown(path))]
    Empty {
        /// The path as given.
        path: PathBuf,
    },
    /// The file holds binary data (an image, an archive, …), not text.
    #[error("{}: looks like a binary file ({what}), not text", shown(path))]
    Binary {
        /// The path as given.
        path: PathBuf,
        /// What the bytes look like.
        what: &'static str,
    },
    /// The bytes are not valid UTF-8 and no other encoding reads them cleanly.
    #[error(
        "{}: cannot decode the text (not UTF-8, bad byte at offset {offset}, and no other encoding fits)",
        shown(path)
    )]
    InvalidUtf8 {
        /// The path as given.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file's extension is not a format Tempora reads.
    #[error(
        "{}: unsupported file type (Tempora reads .txt, .md, .html, .json, .jsonl and .tml)",
        shown(path)
    )]
    Unsupported {
        /// The path as given.
        path: PathBuf,
    },
    /// A TimeML file whose XML or structure is broken.
    #[error("{}: not a readable TimeML document: {reason}", shown(path))]
    BadTimeMl {
        /// The path as given.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The file is larger than Tempora reads.
    #[error("{}: too large ({}; the limit is 64 MiB)", shown(path), size_text(*size))]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// Its size in bytes, when the file system told it; `None` when the read went past
        /// the limit although the file claimed to be smaller (a device, a growing file).
        size: Option<u64>,
    },
    /// A FIFO, socket or device: never read, since it could block or never end.
    #[error("{}: not a regular file ({kind})", shown(path))]
    NotRegular {
        /// The path as given.
        path: PathBuf,
        /// What it is ("a FIFO", "a device", …).
        kind: &'static str,
    },
    /// The user may not read the file.
    #[error("{}: permission denied", shown(path))]
    PermissionDenied {
        /// The path as given.
        path: PathBuf,
    },
    /// A folder (or a folder below it) that cannot be listed.
    #[error("{}: cannot read this folder: {reason}", shown(path))]
    FolderUnreadable {
        /// The folder that could not be listed.
        path: PathBuf,
        /// Why ("permission denied", …).
        reason: String,
    },
    /// Text with a byte-order mark whose bytes are not valid in that encoding.
    #[error(
        "{}: cannot decode the text as {encoding} (its byte-order mark says so): bad code unit at byte offset {offset}",
        shown(path)
    )]
    BadUnicode {
        /// The path as given.
        path: PathBuf,
        /// The encoding the byte-order mark names.
        encoding: &'static str,
        /// Byte offset (in the file, after the mark) of the first invalid unit.
        offset: usize,
    },
    /// A JSON file that is not JSON, or not shaped like articles.
    #[error("{}: {reason}", shown(path))]
    BadJson {
        /// The path as given.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A page or document with no article text in it.
    #[error("{}: no article text found", shown(path))]
    NoText {
        /// The path as given.
        path: PathBuf,
    },
    /// Loading was cancelled before this file was read.
    #[error("{}: not read (cancelled)", shown(path))]
    Cancelled {
        /// The path as given.
        path: PathBuf,
    },
    /// A parser failed on this file in a way it should not have (a bug, reported as such).
    #[error(
        "{}: internal error while reading this file (please report it)",
        shown(path)
    )]
    Crashed {
        /// The path as given.
        path: PathBuf,
    },
    /// Any other I/O failure (permissions, …).
    #[error("{}: cannot read: {reason}", shown(path))]
    Io {
        /// The path as given.
        path: PathBuf,
        /// The operating system's message.
        reason: String,
    },
}

impl LoadError {
    /// The path of the file that failed.
    pub fn path(&self) -> &std::path::Path {
        match self {
            LoadError::NotFound { path }
            | LoadError::IsDirectory { path }
            | LoadError::EmptyFolder { path }
            | LoadError::Empty { path }
            | LoadError::Binary { path, .. }
            | LoadError::InvalidUtf8 { path, .. }
            | LoadError::Unsupported { path }
            | LoadError::BadTimeMl { path, .. }
            | LoadError::TooLarge { path, .. }
            | LoadError::BadJson { path, .. }
            | LoadError::NoText { path }
            | LoadError::Cancelled { path }
            | LoadError::NotRegular { path, .. }
            | LoadError::PermissionDenied { path }
            | LoadError::FolderUnreadable { path, .. }
            | LoadError::BadUnicode { path, .. }
            | LoadError::Crashed { path }
            | LoadError::Io { path, .. } => path,
        }
    }
}

/// A path as it may be printed: control characters (a newline, an escape sequence) and
/// bidirectional overrides are written as Rust escapes, so a file name can never forge a
/// line or move the cursor. Ordinary names print as they are.
pub fn shown(path: &Path) -> String {
    escape_text(&path.display().to_string())
}

/// [`shown`] for any text that came from outside (a name inside a file, a raw value).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if c.is_control() || bidi {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A size in the README's unit, exact enough that a file one byte over the limit never
/// reads as equal to it: "64.00 MiB, 67,108,865 bytes".
fn size_text(size: Option<u64>) -> String {
    match size {
        Some(bytes) => format!(
            "{:.2} MiB, {} bytes",
            bytes as f64 / (1024.0 * 1024.0),
            thousands(bytes)
        ),
        None => "more than 64 MiB".to_string(),
    }
}

/// `67108865` → `67,108,865`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_control_characters_are_escaped() {
        let p = Path::new("a\nforged line\u{1b}[2J.txt");
        let msg = LoadError::Empty { path: p.into() }.to_string();
        assert!(!msg.chars().any(char::is_control), "{msg}");
        assert!(msg.contains("a\\nforged line\\u{1b}[2J.txt"), "{msg}");
        assert_eq!(shown(Path::new("plain café.txt")), "plain café.txt");
    }

    #[test]
    fn sizes_are_exact() {
        assert_eq!(thousands(67_108_865), "67,108,865");
        assert_eq!(thousands(999), "999");
        assert_eq!(size_text(Some(67_108_865)), "64.00 MiB, 67,108,865 bytes");
    }
}
