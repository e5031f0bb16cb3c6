//! Data exports of a timeline for other tools: JSON Lines (the `extract` records), one
//! versioned JSON document, CSV for spreadsheets, TimelineJS and TimeML. Every format is
//! built from the same [`Shown`] selection of events, so the window exports what it shows
//! and the command line exports everything.

mod csv_out;
mod json_doc;
pub(crate) mod records;
mod timelinejs;
pub mod timeml;

pub use json_doc::JSON_VERSION;
pub use timelinejs::TIMELINEJS_VERSION;

use crate::pipeline::Document;
use crate::render::EventId;
use crate::timeline::lanes::Grouping;
use std::path::{Path, PathBuf};

/// The data formats a timeline exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DataFormat {
    /// JSON Lines, one `extract` record per time expression.
    Jsonl,
    /// One versioned JSON document: articles, events, lanes and curation.
    Json,
    /// A header row and one row per event, UTF-8 with a byte-order mark.
    Csv,
    /// TimelineJS's JSON format.
    TimelineJs,
    /// TimeML with TIMEX3 and EVENT tags, one document per article.
    TimeMl,
}

impl DataFormat {
    /// Every format, in menu order.
    pub const ALL: [Self; 5] = [
        Self::Csv,
        Self::Json,
        Self::Jsonl,
        Self::TimelineJs,
        Self::TimeMl,
    ];

    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jsonl => "jsonl",
            Self::Json => "json",
            Self::Csv => "csv",
            Self::TimelineJs => "timeline.json",
            Self::TimeMl => "tml",
        }
    }

    /// The name shown in menus and messages.
    pub fn name(self) -> &'static str {
        match self {
            Self::Jsonl => "JSON Lines",
            Self::Json => "JSON",
            Self::Csv => "CSV",
            Self::TimelineJs => "TimelineJS",
            Self::TimeMl => "TimeML",
        }
    }
}

/// Why a data export failed.
#[derive(Debug, thiserror::Error)]
pub enum DataExportError {
    /// Serializing to JSON failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing CSV failed.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing the file failed.
    #[error("{}: cannot write: {source}", crate::article::shown(path))]
    Io {
        /// The output path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// The events a data export holds: the documents, which of their events are shown, and how
/// the timeline is laid out (for the lanes and the curation record).
#[derive(Debug, Clone)]
pub struct Shown<'a> {
    /// The articles.
    pub docs: &'a [Document],
    /// The events shown, in document then text order.
    pub events: Vec<EventId>,
    /// How events are grouped into lanes.
    pub grouping: Grouping,
    /// The search the events were filtered by, if any.
    pub search: Option<String>,
    /// Articles hidden from the timeline.
    pub hidden_docs: Vec<usize>,
    /// The type, precision and date filters the events passed.
    pub filters: crate::timeline::filter::Filters,
}

impl<'a> Shown<'a> {
    /// Every event of `docs`, one lane per article.
    pub fn all(docs: &'a [Document]) -> Self {
        Self::filtered(docs, &crate::render::Layout::default())
    }

    /// The events of `docs` the timeline shows under `layout`: not in a hidden article,
    /// admitted by the filters, and matching the search when there is one.
    pub fn filtered(docs: &'a [Document], layout: &crate::render::Layout) -> Self {
        let needle = layout
            .search
            .as_deref()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty());
        let events = docs
            .iter()
            .enumerate()
            .filter(|(d, _)| !layout.hidden_docs.contains(d))
            .flat_map(|(d, doc)| {
                let needle = needle.clone();
                doc.events
                    .iter()
                    .enumerate()
                    .filter(move |(_, e)| {
                        layout.filters.admits(&e.timex)
                            && needle
                                .as_deref()
                                .is_none_or(|n| crate::render::event_matches(doc, e, n))
                    })
                    .map(move |(e, _)| EventId { doc: d, event: e })
            })
            .collect();
        Self {
            docs,
            events,
            grouping: layout.grouping,
            search: needle,
            hidden_docs: layout.hidden_docs.iter().copied().collect(),
            filters: layout.filters,
        }
    }

    /// The shown events with their documents.
    fn each(&self) -> impl Iterator<Item = (EventId, &'a Document, &'a crate::event::Event)> {
        let docs = self.docs;
        self.events.iter().filter_map(move |&id| {
            let doc = docs.get(id.doc)?;
            Some((id, doc, doc.events.get(id.event)?))
        })
    }

    /// The articles that are not hidden, with their indices.
    fn articles(&self) -> impl Iterator<Item = (usize, &'a Document)> {
        let hidden = self.hidden_docs.clone();
        self.docs
            .iter()
            .enumerate()
            .filter(move |(i, _)| !hidden.contains(i))
    }
}

/// The bytes of `shown` in `format`. TimeML documents of several articles follow one
/// another; [`write_data`] writes them to one file each.
pub fn data_bytes(shown: &Shown<'_>, format: DataFormat) -> Result<Vec<u8>, DataExportError> {
    match format {
        DataFormat::Jsonl => jsonl(shown),
        DataFormat::Json => json_doc::document(shown),
        DataFormat::Csv => csv_out::csv(shown),
        DataFormat::TimelineJs => timelinejs::timeline(shown),
        DataFormat::TimeMl => Ok(shown
            .articles()
            .map(|(i, doc)| {
                timeml::document(doc, |e| {
                    shown.events.contains(&EventId { doc: i, event: e })
                })
            })
            .collect::<String>()
            .into_bytes()),
    }
}

/// The `extract` JSON Lines of the shown events: one record per expression.
fn jsonl(shown: &Shown<'_>) -> Result<Vec<u8>, DataExportError> {
    let mut out = Vec::new();
    let publications: Vec<records::PublicationRecord> = shown
        .docs
        .iter()
        .map(records::PublicationRecord::new)
        .collect();
    for (id, doc, event) in shown.each() {
        let Some(publication) = publications.get(id.doc) else {
            continue;
        };
        serde_json::to_writer(&mut out, &records::Record::new(doc, event, publication))?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Writes `shown` in `format` to `path` atomically. TimeML of several articles goes to one
/// file per article beside `path` (`STEM-1.tml`, `STEM-2.tml`, …); returns the files
/// written.
pub fn write_data(
    shown: &Shown<'_>,
    format: DataFormat,
    path: &Path,
) -> Result<Vec<PathBuf>, DataExportError> {
    let write = |p: &Path, bytes: &[u8]| {
        crate::fsio::write_atomic(p, bytes).map_err(|e| DataExportError::Io {
            path: e.path,
            source: e.source,
        })
    };
    let articles: Vec<(usize, &Document)> = shown.articles().collect();
    if format != DataFormat::TimeMl || articles.len() <= 1 {
        write(path, &data_bytes(shown, format)?)?;
        return Ok(vec![path.to_path_buf()]);
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "timeline".into());
    let mut written = Vec::new();
    for (n, (i, doc)) in articles.into_iter().enumerate() {
        let target = path.with_file_name(format!("{stem}-{}.tml", n + 1));
        let xml = timeml::document(doc, |e| {
            shown.events.contains(&EventId { doc: i, event: e })
        });
        write(&target, xml.as_bytes())?;
        written.push(target);
    }
    Ok(written)
}

#[cfg(test)]
pub(crate) mod hostile {
    //! An article whose text and title try to break out of every format.

    use crate::pipeline::Document;
    use crate::temporal::Granularity;

    /// Markup, an ampersand, quotes, a control character, a right-to-left mark and a line
    /// break, around a dated expression.
    pub const TEXT: &str = "Title </text><script>alert(1)</script> & \"q\" 'a'\n\n\
        On Monday\u{7} the \u{202e}mayor\u{202c} said \"</TEXT>\" & left,\nthen\r\nreturned.";

    pub fn document() -> Document {
        let mut doc = crate::render::fixtures::named(
            "hostile.txt",
            TEXT,
            &[(
                "Monday",
                "2025-11-03",
                Some(((2025, 11, 3), (2025, 11, 4))),
                Granularity::Day,
            )],
        );
        doc.article.title = "</text><script>x</script> & \"t\" \u{202e}rtl\u{1b}".into();
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn the_search_and_hidden_articles_filter_what_is_exported() {
        let docs = vec![sample(), sample()];
        assert_eq!(Shown::all(&docs).events.len(), 8);
        let layout = crate::render::Layout {
            search: Some("AUGUST".into()),
            ..Default::default()
        };
        let shown = Shown::filtered(&docs, &layout);
        assert_eq!(
            shown.events,
            vec![EventId { doc: 0, event: 1 }, EventId { doc: 1, event: 1 }]
        );
        let layout = crate::render::Layout {
            hidden_docs: [0].into_iter().collect(),
            ..Default::default()
        };
        let shown = Shown::filtered(&docs, &layout);
        assert!(shown.events.iter().all(|id| id.doc == 1));
        assert_eq!(shown.events.len(), 4);
    }

    #[test]
    fn jsonl_holds_one_record_per_shown_event() {
        let docs = vec![sample()];
        let bytes = data_bytes(&Shown::all(&docs), DataFormat::Jsonl).expect("jsonl");
        let text = String::from_utf8(bytes).expect("utf8");
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["text"], "Monday");
        assert_eq!(lines[0]["begin"], "2025-11-03");
    }

    #[test]
    fn several_articles_write_one_timeml_file_each() {
        let dir = tempfile::tempdir().expect("dir");
        let docs = vec![sample(), hostile::document()];
        let written = write_data(
            &Shown::all(&docs),
            DataFormat::TimeMl,
            &dir.path().join("out.tml"),
        )
        .expect("write");
        assert_eq!(written.len(), 2);
        for path in &written {
            let xml = std::fs::read_to_string(path).expect("read");
            crate::article::timeml::parse(&xml).expect("valid TimeML");
        }
    }
}
