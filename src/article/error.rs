use std::path::PathBuf;

/// Why a file could not be read as an article. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{path}: no such file")]
    NotFound {
        /// The path as given.
        path: PathBuf,
    },
    /// The path is a directory, not a file.
    #[error("{path}: is a directory, not an article file")]
    IsDirectory {
        /// The path as given.
        path: PathBuf,
    },
    /// A folder with no file Tempora reads below it.
    #[error(
        "{path}: no article files in this folder (Tempora reads .txt, .md, .html, .json, .jsonl and .tml)"
    )]
    EmptyFolder {
        /// The path as given.
        path: PathBuf,
    },
    /// The file has no text.
    #[error("{path}: the file is empty")]
    Empty {
        /// The path as given.
        path: PathBuf,
    },
    /// The file holds binary data (an image, an archive, …), not text.
    #[error("{path}: looks like a binary file ({what}), not text")]
    Binary {
        /// The path as given.
        path: PathBuf,
        /// What the bytes look like.
        what: &'static str,
    },
    /// The bytes are not valid UTF-8 and no other encoding reads them cleanly.
    #[error(
        "{path}: cannot decode the text (not UTF-8, bad byte at offset {offset}, and no other encoding fits)"
    )]
    InvalidUtf8 {
        /// The path as given.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file's extension is not a format Tempora reads.
    #[error(
        "{path}: unsupported file type (Tempora reads .txt, .md, .html, .json, .jsonl and .tml)"
    )]
    Unsupported {
        /// The path as given.
        path: PathBuf,
    },
    /// A TimeML file whose XML or structure is broken.
    #[error("{path}: not a readable TimeML document: {reason}")]
    BadTimeMl {
        /// The path as given.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The file is larger than Tempora reads.
    #[error("{path}: too large ({size_mb} MB; the limit is {limit_mb} MB)")]
    TooLarge {
        /// The path as given.
        path: PathBuf,
        /// Its size in whole megabytes.
        size_mb: u64,
        /// The limit in megabytes.
        limit_mb: u64,
    },
    /// A JSON file that is not JSON, or not shaped like articles.
    #[error("{path}: {reason}")]
    BadJson {
        /// The path as given.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// A page or document with no article text in it.
    #[error("{path}: no article text found")]
    NoText {
        /// The path as given.
        path: PathBuf,
    },
    /// Loading was cancelled before this file was read.
    #[error("{path}: not read (cancelled)")]
    Cancelled {
        /// The path as given.
        path: PathBuf,
    },
    /// Any other I/O failure (permissions, …).
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path as given.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
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
            | LoadError::Io { path, .. } => path,
        }
    }
}
