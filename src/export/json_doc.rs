//! The whole timeline as one versioned JSON document: articles, events, lanes, curation.

use super::records::{ArticleRecord, PublicationRecord, Record};
use super::{DataExportError, Shown};
use crate::article::DateSource;
use crate::render::TimelineModel;
use serde::Serialize;

/// The version of the document's schema; raised when a field changes meaning or goes
/// away (fields are only ever added within a version).
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct TimelineDocument<'a> {
    /// Always `"tempora-timeline"`.
    format: &'static str,
    version: u32,
    generator: String,
    articles: Vec<IndexedArticle>,
    events: Vec<IndexedEvent<'a>>,
    lanes: Vec<LaneRecord>,
    curation: Curation,
}

#[derive(Serialize)]
struct IndexedArticle {
    index: usize,
    #[serde(flatten)]
    record: ArticleRecord,
}

#[derive(Serialize)]
struct IndexedEvent<'a> {
    /// `DOC-EVENT`, stable for the same input.
    id: String,
    /// Index into `articles`.
    article_index: usize,
    #[serde(flatten)]
    record: Record<'a>,
}

#[derive(Serialize)]
struct LaneRecord {
    key: String,
    name: String,
    articles: Vec<usize>,
}

#[derive(Serialize)]
struct Curation {
    grouping: &'static str,
    search: Option<String>,
    hidden_articles: Vec<usize>,
    /// The filters that are on, as the subtitle names them ("no durations", …).
    filters: Vec<String>,
    /// Publication dates set by hand (in the window or with `--dct`).
    publication_dates: Vec<SetDate>,
}

#[derive(Serialize)]
struct SetDate {
    article: usize,
    date: String,
    source: String,
}

/// The document as pretty-printed JSON bytes.
pub fn document(shown: &Shown<'_>) -> Result<Vec<u8>, DataExportError> {
    let publications: Vec<PublicationRecord> =
        shown.docs.iter().map(PublicationRecord::new).collect();
    let events = shown
        .each()
        .filter_map(|(id, doc, event)| {
            Some(IndexedEvent {
                id: format!("{}-{}", id.doc, id.event),
                article_index: id.doc,
                record: Record::new(doc, event, publications.get(id.doc)?),
            })
        })
        .collect();
    let model = TimelineModel::new(shown.docs, shown.grouping);
    let lanes = model
        .lanes()
        .iter()
        .filter_map(|lane| {
            let articles: Vec<usize> = lane
                .docs
                .iter()
                .copied()
                .filter(|d| !shown.hidden_docs.contains(d))
                .collect();
            (!articles.is_empty()).then(|| LaneRecord {
                key: lane.key.clone(),
                name: lane.name.clone(),
                articles,
            })
        })
        .collect();
    let publication_dates = shown
        .docs
        .iter()
        .enumerate()
        .filter_map(|(i, doc)| {
            let p = doc.article.publication.as_ref()?;
            matches!(p.source, DateSource::User | DateSource::CommandLine).then(|| SetDate {
                article: i,
                date: p.date.format("%Y-%m-%d").to_string(),
                source: p.source.to_string(),
            })
        })
        .collect();
    let doc = TimelineDocument {
        format: "tempora-timeline",
        version: JSON_VERSION,
        generator: format!("tempora {}", env!("CARGO_PKG_VERSION")),
        articles: shown
            .articles()
            .map(|(index, doc)| IndexedArticle {
                index,
                record: ArticleRecord::new(doc, None),
            })
            .collect(),
        events,
        lanes,
        curation: Curation {
            grouping: match shown.grouping {
                crate::timeline::lanes::Grouping::Article => "article",
                crate::timeline::lanes::Grouping::Source => "source",
                crate::timeline::lanes::Grouping::None => "none",
            },
            search: shown.search.clone(),
            hidden_articles: shown.hidden_docs.clone(),
            filters: shown.filters.describe(),
            publication_dates,
        },
    };
    let mut out = serde_json::to_vec_pretty(&doc)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::{DataFormat, data_bytes, hostile};
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn the_document_holds_articles_events_lanes_and_curation() {
        let docs = vec![sample(), hostile::document()];
        let bytes = data_bytes(&Shown::all(&docs), DataFormat::Json).expect("json");
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON");
        assert_eq!(v["format"], "tempora-timeline");
        assert_eq!(v["version"], JSON_VERSION);
        assert_eq!(v["articles"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["events"].as_array().map(Vec::len), Some(5));
        assert_eq!(v["events"][0]["id"], "0-0");
        assert_eq!(v["events"][0]["text"], "Monday");
        assert_eq!(v["events"][4]["article_index"], 1);
        assert_eq!(v["lanes"].as_array().map(Vec::len), Some(2));
        assert_eq!(v["curation"]["grouping"], "article");
        assert_eq!(v["curation"]["publication_dates"][0]["date"], "2025-11-04");
        // The hostile title comes back as the same string: data, not markup.
        assert_eq!(v["articles"][1]["title"], docs[1].article.title.as_str());
    }
}
