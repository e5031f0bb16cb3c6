//! The records of `extract`'s JSON output: one per time expression, one per article. Field
//! names are a stable contract (see the README); the CSV, JSON and TimelineJS exports are
//! built from the same records.

use crate::article;
use crate::event::Event;
use crate::pipeline::Document;
use crate::temporal::Granularity;
use chrono::{NaiveDateTime, Timelike};
use serde::Serialize;

/// One line of `extract`'s JSON Lines output. Field names are a stable contract.
#[derive(Debug, Serialize)]
pub struct Record<'a> {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    #[serde(rename = "type")]
    pub timex_type: crate::temporal::TimexType,
    pub value: String,
    pub begin: Option<String>,
    pub until: Option<String>,
    pub granularity: Option<Granularity>,
    pub anchor: crate::temporal::Anchor,
    pub sentence: crate::text::Span,
    #[serde(rename = "mod")]
    pub modifier: Option<crate::temporal::Modifier>,
    pub awaits_publication_date: bool,
    pub why: String,
    pub label: &'a str,
    pub publication: &'a PublicationRecord,
    /// TIMEX3 `freq` of a set ("twice a year" → "2X"); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    /// The tense the resolver saw, when it decided the direction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tense: Option<crate::temporal::Tense>,
    /// "expression" when article records are printed too; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
    /// The event the expression dates: its trigger word, class and label (`null` when the
    /// sentence has none).
    pub event: Option<EventRecord<'a>>,
    /// `true` when the analyst changed the event (a project's curation); absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
    /// The analyst's note on the event; absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'a str>,
}

/// One line of `extract --articles`: an article, even one without time expressions.
#[derive(Debug, Serialize)]
pub struct ArticleRecord {
    pub article: String,
    pub title: String,
    pub format: &'static str,
    pub encoding: &'static str,
    pub publication: PublicationRecord,
    pub notes: Vec<String>,
    pub expressions: usize,
    pub text_chars: usize,
    /// "article" when expression records are printed too; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<&'static str>,
}

impl ArticleRecord {
    pub fn new(doc: &Document, kind: Option<&'static str>) -> Self {
        use article::ArticleFormat;
        let a = &doc.article;
        Self {
            article: a.display_name(),
            title: a.title.clone(),
            format: match a.format {
                ArticleFormat::Text => "text",
                ArticleFormat::Markdown => "markdown",
                ArticleFormat::Html => "html",
                ArticleFormat::Json => "json",
                ArticleFormat::TimeMl => "timeml",
            },
            encoding: a.encoding,
            publication: PublicationRecord::new(doc),
            notes: a.notes.clone(),
            expressions: doc.events.len(),
            text_chars: a.text.chars().count(),
            kind,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct EventRecord<'a> {
    pub trigger: TriggerRecord<'a>,
    pub class: Option<crate::event::EventClass>,
    pub label: &'a str,
}

#[derive(Debug, Serialize)]
pub struct TriggerRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct PublicationRecord {
    pub date: Option<String>,
    pub source: Option<String>,
    pub confidence: Option<article::Confidence>,
    pub suggestions: Vec<SuggestionRecord>,
}

#[derive(Debug, Serialize)]
pub struct SuggestionRecord {
    pub date: String,
    pub reason: String,
}

impl PublicationRecord {
    /// The `publication` object of every line of `doc`.
    pub fn new(doc: &Document) -> Self {
        let publication = doc.article.publication.as_ref();
        Self {
            date: publication.map(|p| p.date.format("%Y-%m-%d").to_string()),
            source: publication.map(|p| p.source.to_string()),
            confidence: publication.map(|p| p.source.confidence()),
            suggestions: doc
                .suggestions()
                .iter()
                .map(|s| SuggestionRecord {
                    date: s.date.format("%Y-%m-%d").to_string(),
                    reason: s.reason.to_string(),
                })
                .collect(),
        }
    }
}

impl<'a> Record<'a> {
    pub fn new(doc: &'a Document, event: &'a Event, publication: &'a PublicationRecord) -> Self {
        let t = &event.timex;
        let interval = t.interval.as_ref();
        let granularity = interval.map(|i| i.granularity());
        Self {
            article: doc.article.display_name(),
            start: t.span.start,
            end: t.span.end,
            text: doc.slice(t.span),
            timex_type: t.timex_type,
            value: t.value.to_string(),
            begin: interval.map(|i| iso_instant(i.begin(), i.granularity())),
            until: interval.map(|i| iso_instant(i.until(), i.granularity())),
            granularity,
            anchor: t.anchor,
            sentence: event.sentence,
            modifier: t.modifier,
            awaits_publication_date: t.awaits_publication_date,
            freq: t.freq.map(|f| format!("{f}X")),
            tense: t.why.tense,
            why: t.why.to_string(),
            label: &event.label,
            publication,
            kind: None,
            event: event.trigger.map(|tr| EventRecord {
                trigger: TriggerRecord {
                    start: tr.span.start,
                    end: tr.span.end,
                    text: doc.slice(tr.span),
                },
                class: tr.class,
                label: &event.label,
            }),
            edited: event.is_edited(),
            note: event.note(),
        }
    }
}

/// `YYYY-MM-DD` for day-or-coarser boundaries at midnight, else `YYYY-MM-DDTHH:MM:SS`.
pub fn iso_instant(t: NaiveDateTime, granularity: Granularity) -> String {
    if granularity <= Granularity::Day && t.time().num_seconds_from_midnight() == 0 {
        t.format("%Y-%m-%d").to_string()
    } else {
        t.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}
