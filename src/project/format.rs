//! The `.tempora` file, version 1, as serde reads and writes it. Kept apart from the
//! in-memory types so that the file stays the same when they change: fields are only ever
//! added (with defaults), never renamed or dropped.

use super::error::ProjectError;
use super::hash::ContentHash;
use super::paths::{resolved, stored};
use super::{Project, ProjectArticle, SavedView, VERSION};
use crate::curation::Curation;
use crate::render::Layout;
use crate::temporal::TimexType;
use crate::timeline::filter::{DateRange, Filters, KindSet};
use crate::timeline::lanes::Grouping;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

/// A version-1 project file.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct FileV1 {
    version: u32,
    articles: Vec<ArticleV1>,
    #[serde(default)]
    layout: LayoutV1,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    view: Option<ViewV1>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ArticleV1 {
    path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<usize>,
    sha256: ContentHash,
    #[serde(default, skip_serializing_if = "Curation::is_empty")]
    curation: Curation,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct LayoutV1 {
    #[serde(default)]
    lanes: LanesV1,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    collapsed: BTreeSet<String>,
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    hidden_articles: BTreeSet<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    search: Option<String>,
    #[serde(default)]
    scroll_y: f32,
    #[serde(default)]
    filters: FiltersV1,
}

#[derive(Debug, Default, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LanesV1 {
    #[default]
    Article,
    Source,
    Single,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct FiltersV1 {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    hidden_types: Vec<TimexType>,
    #[serde(default)]
    hide_vague: bool,
    #[serde(default)]
    hide_coarse: bool,
    #[serde(default)]
    only_days: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    range: Option<RangeV1>,
}

#[derive(Debug, Serialize, Deserialize)]
struct RangeV1 {
    from: NaiveDate,
    to: NaiveDate,
}

#[derive(Debug, Serialize, Deserialize)]
struct ViewV1 {
    start: NaiveDateTime,
    end: NaiveDateTime,
}

impl FileV1 {
    /// The file for `project` saved in the folder `dir`.
    pub(super) fn new(project: &Project, dir: &Path) -> Result<Self, ProjectError> {
        let articles = project
            .articles
            .iter()
            .map(|a| {
                Ok(ArticleV1 {
                    path: stored(dir, &a.path).ok_or_else(|| ProjectError::PathNotUnicode {
                        path: a.path.clone(),
                    })?,
                    item: a.item,
                    sha256: a.hash,
                    curation: a.curation.clone(),
                })
            })
            .collect::<Result<_, ProjectError>>()?;
        Ok(Self {
            version: VERSION,
            articles,
            layout: LayoutV1::new(&project.layout),
            view: project.view.map(|v| ViewV1 {
                start: v.start,
                end: v.end,
            }),
        })
    }

    /// The project this file holds, its relative paths taken against `dir`.
    pub(super) fn into_project(self, dir: &Path) -> Project {
        Project {
            articles: self
                .articles
                .into_iter()
                .map(|a| ProjectArticle {
                    path: resolved(dir, &a.path),
                    item: a.item,
                    hash: a.sha256,
                    curation: a.curation,
                })
                .collect(),
            layout: self.layout.into_layout(),
            view: self.view.and_then(|v| SavedView::new(v.start, v.end)),
        }
    }
}

impl LayoutV1 {
    fn new(l: &Layout) -> Self {
        let f = &l.filters;
        Self {
            lanes: match l.grouping {
                Grouping::Article => LanesV1::Article,
                Grouping::Source => LanesV1::Source,
                Grouping::None => LanesV1::Single,
            },
            collapsed: l.collapsed.clone(),
            hidden_articles: l.hidden_docs.clone(),
            search: l.search.clone().filter(|s| !s.is_empty()),
            scroll_y: l.scroll_y,
            filters: FiltersV1 {
                hidden_types: f.hidden_kinds.iter().collect(),
                hide_vague: f.hide_vague,
                hide_coarse: f.hide_coarse,
                only_days: f.only_days,
                range: f.range.map(|r| RangeV1 {
                    from: r.from(),
                    to: r.to(),
                }),
            },
        }
    }

    fn into_layout(self) -> Layout {
        let f = self.filters;
        Layout {
            grouping: match self.lanes {
                LanesV1::Article => Grouping::Article,
                LanesV1::Source => Grouping::Source,
                LanesV1::Single => Grouping::None,
            },
            collapsed: self.collapsed,
            hidden_docs: self.hidden_articles,
            search: self.search,
            scroll_y: if self.scroll_y.is_finite() {
                self.scroll_y.max(0.0)
            } else {
                0.0
            },
            filters: Filters {
                hidden_kinds: f
                    .hidden_types
                    .into_iter()
                    .fold(KindSet::default(), KindSet::with),
                hide_vague: f.hide_vague,
                hide_coarse: f.hide_coarse,
                range: f.range.map(|r| DateRange::new(r.from, r.to)),
                only_days: f.only_days,
            },
        }
    }
}
