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
    /// The bytes are not valid UTF-8.
    #[error("{path}: not valid UTF-8 text (bad byte at offset {offset})")]
    InvalidUtf8 {
        /// The path as given.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file's extension is not a format Tempora reads.
    #[error("{path}: unsupported file type (Tempora reads .txt, .md and .tml)")]
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
            | LoadError::Empty { path }
            | LoadError::Binary { path, .. }
            | LoadError::InvalidUtf8 { path, .. }
            | LoadError::Unsupported { path }
            | LoadError::BadTimeMl { path, .. }
            | LoadError::Io { path, .. } => path,
        }
    }
}
