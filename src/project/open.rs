//! Opening a project: its file, dispatched on its version, then its articles. An article
//! that changed since the project was saved is re-read and its curation follows its
//! expressions; one that cannot be read is an entry that says why, and the rest opens.

use super::error::ProjectError;
use super::format::FileV1;
use super::hash::ContentHash;
use super::paths::project_dir;
use super::{Project, ProjectArticle, SavedView, VERSION};
use crate::article::{Article, LoadError};
use crate::curation::LostEdit;
use crate::pipeline::Document;
use crate::render::Layout;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Reads the project file at `path` (not its articles).
pub fn read(path: &Path) -> Result<Project, ProjectError> {
    let text = std::fs::read_to_string(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::InvalidData => ProjectError::Corrupt {
            path: path.to_path_buf(),
            reason: "not UTF-8 text".to_string(),
        },
        _ => ProjectError::Read {
            path: path.to_path_buf(),
            source,
        },
    })?;
    parse(path, &text)
}

/// The project in `text`, read from `path`, by its version.
pub(super) fn parse(path: &Path, text: &str) -> Result<Project, ProjectError> {
    let corrupt = |reason: String| ProjectError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| corrupt(e.to_string()))?;
    let version = value
        .get("version")
        .ok_or_else(|| corrupt("it has no \"version\"".to_string()))?
        .as_u64()
        .ok_or_else(|| corrupt("its \"version\" is not a whole number".to_string()))?;
    // Version 1 is the first format: there is no older one to migrate yet. A version 2
    // adds its arm here and migrates version-1 files into it.
    match version {
        1 => {
            let file: FileV1 = serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))?;
            Ok(file.into_project(&project_dir(path)))
        }
        v if v > u64::from(VERSION) => Err(ProjectError::Newer {
            path: path.to_path_buf(),
            found: v,
            known: VERSION,
        }),
        v => Err(corrupt(format!("there is no project version {v}"))),
    }
}

/// A project opened with its articles.
#[derive(Debug)]
pub struct OpenedProject {
    /// The project file.
    pub path: PathBuf,
    /// Each article of the project, in order, read or not.
    pub articles: Vec<OpenedArticle>,
    /// Lanes, filters, search and scroll; `hidden_docs` are indices into `articles`.
    pub layout: Layout,
    /// The saved time range, if any.
    pub view: Option<SavedView>,
}

/// One article of an opened project.
#[derive(Debug)]
pub struct OpenedArticle {
    /// The project's entry; once read, its hash is the file's now and its curation has
    /// followed any change.
    pub entry: ProjectArticle,
    /// What became of it.
    pub state: ArticleState,
}

/// What became of an article when its project was opened.
#[derive(Debug)]
pub enum ArticleState {
    /// Read, its curation applied.
    Loaded {
        /// The curated document.
        doc: Box<Document>,
        /// The file changed since the project was saved.
        changed: bool,
        /// Edits whose expressions are no longer in the changed article.
        lost: Vec<LostEdit>,
    },
    /// The file is not where the project says: moved or deleted.
    Missing,
    /// The file is there but cannot be read as an article: why.
    Unreadable(String),
}

/// A file of the project that could not be read.
enum FileProblem {
    Missing,
    Unreadable(String),
}

impl From<LoadError> for FileProblem {
    fn from(e: LoadError) -> Self {
        match e {
            LoadError::NotFound { .. } => FileProblem::Missing,
            other => FileProblem::Unreadable(other.to_string()),
        }
    }
}

type FileRead = Result<(ContentHash, Vec<Article>), FileProblem>;

/// Opens the project at `path` and reads its articles.
pub fn open(path: &Path) -> Result<OpenedProject, ProjectError> {
    let project = read(path)?;
    let mut files: BTreeMap<PathBuf, FileRead> = BTreeMap::new();
    let articles = project
        .articles
        .into_iter()
        .map(|entry| {
            let file = files
                .entry(entry.path.clone())
                .or_insert_with(|| read_file(&entry.path));
            open_article(entry, file)
        })
        .collect();
    Ok(OpenedProject {
        path: path.to_path_buf(),
        articles,
        layout: project.layout,
        view: project.view,
    })
}

/// The hash and the articles of the file at `path`.
fn read_file(path: &Path) -> FileRead {
    let hash = ContentHash::of_file(path)?;
    Ok((hash, crate::article::load_file(path)?))
}

fn open_article(mut entry: ProjectArticle, file: &FileRead) -> OpenedArticle {
    let (hash, articles) = match file {
        Ok(read) => read,
        Err(FileProblem::Missing) => {
            return OpenedArticle {
                entry,
                state: ArticleState::Missing,
            };
        }
        Err(FileProblem::Unreadable(reason)) => {
            return OpenedArticle {
                entry,
                state: ArticleState::Unreadable(reason.clone()),
            };
        }
    };
    let article = articles
        .iter()
        .find(|a| a.item == entry.item)
        .or_else(|| entry.item.is_none().then(|| articles.first()).flatten());
    let Some(article) = article.cloned() else {
        return OpenedArticle {
            state: ArticleState::Unreadable(
                LoadError::NoText {
                    path: entry.path.clone(),
                }
                .to_string(),
            ),
            entry,
        };
    };
    let own = article.publication.clone();
    let mut doc = Document::new(article);
    let changed = *hash != entry.hash;
    let lost = if changed {
        entry.curation.reattach(&doc)
    } else {
        Vec::new()
    };
    entry.hash = *hash;
    entry.curation.apply(&mut doc, own.as_ref());
    OpenedArticle {
        entry,
        state: ArticleState::Loaded {
            doc: Box::new(doc),
            changed,
            lost,
        },
    }
}

impl OpenedArticle {
    /// The curated document, when the article was read.
    pub fn doc(&self) -> Option<&Document> {
        match &self.state {
            ArticleState::Loaded { doc, .. } => Some(doc),
            _ => None,
        }
    }

    /// What the analyst should know about this article, one line each: a changed file,
    /// each edit that no longer matches, a missing or unreadable file.
    pub fn notes(&self) -> Vec<String> {
        let name = self.entry.path.display();
        match &self.state {
            ArticleState::Loaded { changed: false, .. } => Vec::new(),
            ArticleState::Loaded { lost, .. } => {
                let mut out = vec![format!(
                    "{name}: changed since the project was saved; re-read, {} edit(s) no longer match",
                    lost.len()
                )];
                out.extend(lost.iter().map(|l| format!("{name}: {l}")));
                out
            }
            ArticleState::Missing => vec![format!("{name}: moved or deleted: locate it")],
            ArticleState::Unreadable(reason) => vec![reason.clone()],
        }
    }
}

impl OpenedProject {
    /// The curated documents of the articles that were read, in project order.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.articles.iter().filter_map(OpenedArticle::doc)
    }

    /// The curated documents of the articles that were read, in project order.
    pub fn into_documents(self) -> Vec<Document> {
        self.articles
            .into_iter()
            .filter_map(|a| match a.state {
                ArticleState::Loaded { doc, .. } => Some(*doc),
                _ => None,
            })
            .collect()
    }

    /// The layout for the documents that were read: hidden articles renumbered among them.
    pub fn layout_of_documents(&self) -> Layout {
        let mut layout = self.layout.clone();
        let mut read = 0usize;
        layout.hidden_docs = self
            .articles
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                let index = a.doc().map(|_| read);
                read += usize::from(index.is_some());
                index.filter(|_| self.layout.hidden_docs.contains(&i))
            })
            .collect();
        layout
    }

    /// Every note about the articles, in project order.
    pub fn notes(&self) -> Vec<String> {
        self.articles
            .iter()
            .flat_map(OpenedArticle::notes)
            .collect()
    }

    /// The project as it stands now: hashes of the files read, curation followed into
    /// changed articles (edits that no longer match left out).
    pub fn project(&self) -> Project {
        Project {
            articles: self.articles.iter().map(|a| a.entry.clone()).collect(),
            layout: self.layout.clone(),
            view: self.view,
        }
    }
}
