//! The publication date of an article and where it came from: read from text, names and
//! web pages, where every candidate date is gathered with its place and then weighed.

mod candidate;
mod elements;
mod jsonld;
mod labels;
mod meta;
mod months;
mod order;
pub(crate) mod page;
mod parse;
mod state;
mod text;
mod title;

pub use parse::parse_date;
pub(crate) use text::DATE_HEADER_LABELS;
pub use text::{date_in_name, find_dateline, find_publication_header};

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// An article's publication date with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The date relative expressions are resolved against.
    pub date: NaiveDate,
    /// Where the date came from.
    pub source: DateSource,
}

/// Where a publication date came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateSource {
    /// A header line in the text, such as `Published: 2025-11-04` (1-based line number).
    HeaderLine {
        /// The label before the colon, as written ("Published").
        label: String,
        /// 1-based line number.
        line: usize,
    },
    /// The creation time (DCT) of a TimeML document.
    TimeMlDct,
    /// A `datePublished` in the page's JSON-LD.
    JsonLd,
    /// A `<meta>` tag, `itemprop` or `<time datetime>` of an HTML page (the key named).
    HtmlMeta {
        /// The meta name or property, lower-case.
        key: String,
    },
    /// A date field of a JSON article.
    JsonField {
        /// The field name.
        field: String,
    },
    /// A dateline opening the story ("WASHINGTON, Nov. 3, 2025 —"), 1-based line number.
    Dateline {
        /// 1-based line number.
        line: usize,
    },
    /// A date in the file name (`2025-11-04`, `20251104`).
    FileName,
    /// The date in a web page's byline, date box or labelled line (its text, shortened).
    Byline {
        /// The text the date was read from.
        text: String,
    },
    /// A date in the article's URL (`/2025/11/04/`).
    Url,
    /// A publication key in a web page's script data (`"publishedDate"` in its app state).
    PageData {
        /// The key, as written.
        key: String,
    },
    /// A web page's `<title>` stamped with the day ("08.11.2021 | …").
    PageTitle,
    /// Given on the command line with `--dct`.
    CommandLine,
    /// Set by the user in the app.
    User,
}

impl fmt::Display for DateSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSource::HeaderLine { label, line } => write!(f, "“{label}:” header, line {line}"),
            DateSource::TimeMlDct => f.write_str("TimeML document creation time"),
            DateSource::JsonLd => f.write_str("JSON-LD datePublished"),
            DateSource::HtmlMeta { key } => write!(f, "HTML metadata {key}"),
            DateSource::JsonField { field } => write!(f, "JSON field “{field}”"),
            DateSource::Dateline { line } => write!(f, "dateline, line {line}"),
            DateSource::FileName => f.write_str("date in the file name"),
            DateSource::Byline { text } => write!(f, "page byline “{text}”"),
            DateSource::Url => f.write_str("date in the article URL"),
            DateSource::PageData { key } => write!(f, "page script data “{key}”"),
            DateSource::PageTitle => f.write_str("date in the page title"),
            DateSource::CommandLine => f.write_str("--dct on the command line"),
            DateSource::User => f.write_str("set by you"),
        }
    }
}

impl DateSource {
    /// How far the date can be trusted: metadata and headers state it; a date in a file
    /// name or URL is usually, not always, the publication day.
    pub fn confidence(&self) -> Confidence {
        match self {
            DateSource::FileName
            | DateSource::Url
            | DateSource::PageData { .. }
            | DateSource::PageTitle => Confidence::Medium,
            _ => Confidence::High,
        }
    }
}

/// How far a publication date can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Inferred from a name; usually right.
    Medium,
    /// Stated by the article or set by the user.
    High,
}

/// A possible publication date that is never used unless the user accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateSuggestion {
    /// The suggested date.
    pub date: NaiveDate,
    /// Why it is suggested.
    pub reason: SuggestionReason,
}

/// Why a date is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionReason {
    /// The file's modification time.
    FileModified,
    /// The latest absolute calendar date written in the text.
    LatestDateInText,
    /// Another date found on the web page that lost to the publication date.
    OtherDateOnPage,
}

impl fmt::Display for SuggestionReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SuggestionReason::FileModified => "the file was last modified then (a guess)",
            SuggestionReason::LatestDateInText => "the latest full date in the text (a guess)",
            SuggestionReason::OtherDateOnPage => "another date on the page (a guess)",
        })
    }
}
