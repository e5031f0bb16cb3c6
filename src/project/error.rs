//! What can go wrong with a project file as a whole. An article that cannot be read is
//! not such an error: it is an entry of the opened project (see [`super::ArticleState`]).

use std::path::PathBuf;

/// A project file could not be opened or saved.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    /// The file could not be read.
    #[error("{}: cannot read the project: {source}", path.display())]
    Read {
        /// The project file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// Not JSON, or JSON that is not a Tempora project of its version.
    #[error("{}: not a valid Tempora project ({reason}); it was left as it is", path.display())]
    Corrupt {
        /// The project file.
        path: PathBuf,
        /// What is wrong, with its line and column.
        reason: String,
    },
    /// Written by a newer Tempora.
    #[error(
        "{}: this project is version {found}, written by a newer Tempora (this one reads version {known}); it was left as it is",
        path.display()
    )]
    Newer {
        /// The project file.
        path: PathBuf,
        /// Its version.
        found: u64,
        /// The newest version this build reads.
        known: u32,
    },
    /// Saving would overwrite a file that is not a project this build can read.
    #[error(
        "{}: not overwritten: it is not a Tempora project this version can read ({reason})",
        path.display()
    )]
    WouldOverwrite {
        /// The file.
        path: PathBuf,
        /// Why it is not such a project.
        reason: String,
    },
    /// An article path that JSON cannot hold (not valid Unicode).
    #[error("{}: the path is not valid Unicode and cannot be stored in a project", path.display())]
    PathNotUnicode {
        /// The article's path.
        path: PathBuf,
    },
    /// An article's content hash could not be taken.
    #[error("cannot hash an article for the project: {0}")]
    Hash(#[from] crate::article::LoadError),
    /// The file could not be written; the previous project is unchanged.
    #[error(transparent)]
    Write(#[from] crate::fsio::WriteError),
}
