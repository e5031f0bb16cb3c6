//! Projects: a `.tempora` file that keeps an analyst's work — the articles (path and
//! content hash), each article's curation and publication-date override, the lanes,
//! filters, search and the view — as pretty, sorted JSON with a `"version"`.
//!
//! * [`save`] writes a project atomically and never over a file it cannot read as one;
//! * [`read`] reads a project file (dispatching on its version);
//! * [`open`] reads it and its articles: a changed article is re-read with its curation
//!   kept where its expressions still match, a missing one becomes an entry that says so.

mod error;
mod format;
mod hash;
mod open;
mod paths;
mod save;

pub use error::ProjectError;
pub use hash::ContentHash;
pub use open::{ArticleState, OpenedArticle, OpenedProject, open, read};
pub use paths::{project_dir, resolved, stored};
pub use save::save;

use crate::curation::Curation;
use crate::render::Layout;
use crate::timeline::{TimeView, from_secs, to_secs};
use chrono::NaiveDateTime;
use std::path::{Path, PathBuf};

/// The project file format this build writes (and the newest it reads). Version 1 is the
/// first: there is no older version to migrate from yet.
pub const VERSION: u32 = 1;

/// The extension of project files.
pub const EXTENSION: &str = "tempora";

/// True when `path` names a project file (by its extension).
pub fn is_project_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
}

/// An analyst's work on a set of articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Project {
    /// The articles, in lane order.
    pub articles: Vec<ProjectArticle>,
    /// Lanes, filters, search and scroll; `hidden_docs` are indices into `articles`.
    pub layout: Layout,
    /// The time range shown, if one was saved.
    pub view: Option<SavedView>,
}

impl Project {
    /// The project of open documents, each with its curation, hashing each file as it is
    /// on disk now; `view` is the time range shown, if any.
    pub fn of_documents<'a>(
        articles: impl IntoIterator<Item = (&'a crate::pipeline::Document, &'a Curation)>,
        layout: Layout,
        view: Option<&TimeView>,
    ) -> Result<Self, ProjectError> {
        let articles = articles
            .into_iter()
            .map(|(doc, curation)| {
                ProjectArticle::new(&doc.article.path, doc.article.item, curation.clone())
            })
            .collect::<Result<_, _>>()?;
        Ok(Self {
            articles,
            layout,
            view: view.and_then(SavedView::of),
        })
    }
}

/// One article of a project.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectArticle {
    /// Where the file is (absolute once read from a project file).
    pub path: PathBuf,
    /// Its 1-based position in a file holding several articles (JSON arrays, JSON Lines).
    pub item: Option<usize>,
    /// The hash of the file when the project was saved.
    pub hash: ContentHash,
    /// What the analyst changed in it.
    pub curation: Curation,
}

impl ProjectArticle {
    /// The entry for article `item` of the file at `path` as it is on disk now.
    pub fn new(
        path: impl Into<PathBuf>,
        item: Option<usize>,
        curation: Curation,
    ) -> Result<Self, ProjectError> {
        let path = path.into();
        let hash = ContentHash::of_file(&path)?;
        Ok(Self {
            path,
            item,
            hash,
            curation,
        })
    }
}

/// The time range a project shows, to the second (`start < end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SavedView {
    start: NaiveDateTime,
    end: NaiveDateTime,
}

impl SavedView {
    /// The range `[start, end]`; `None` unless `start < end`.
    pub fn new(start: NaiveDateTime, end: NaiveDateTime) -> Option<Self> {
        (start < end).then_some(Self { start, end })
    }

    /// The range `view` shows, cut to whole seconds.
    pub fn of(view: &TimeView) -> Option<Self> {
        let at = |secs: f64| from_secs(secs.round());
        Self::new(at(view.start_secs())?, at(view.end_secs())?)
    }

    /// The first instant shown.
    pub fn start(&self) -> NaiveDateTime {
        self.start
    }

    /// The last instant shown.
    pub fn end(&self) -> NaiveDateTime {
        self.end
    }

    /// The range in the timeline's seconds.
    pub fn secs(&self) -> (f64, f64) {
        (to_secs(self.start), to_secs(self.end))
    }
}

#[cfg(test)]
mod tests;
