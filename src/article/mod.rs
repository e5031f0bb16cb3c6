//! Articles: reading files into text, a title and a publication date with its provenance.
//!
//! Formats: plain text, Markdown (rendered to plain text, with a map back to the source),
//! saved HTML pages (main text only), JSON / JSON Lines scraper output, TimeML. Encodings:
//! UTF-8 (with or without BOM), UTF-16 with BOM, legacy single-byte encodings (detected, or as
//! an HTML page declares). Folders are walked for every supported file.

mod decode;
mod error;
mod html;
mod json;
mod load;
mod markdown;
mod nesting;
mod publication;
mod read;
pub mod timeml;
mod timestamp;
mod walk;

pub use decode::{Decoded, EncodingChoice, decode};
pub use error::{LoadError, escape_text, shown};
pub use load::{
    Article, ArticleFormat, SUPPORTED_EXTENSIONS, TextFile, expand_paths, load, load_file,
    load_file_with, load_many, load_paths, on_parse_pool, on_parse_stack, read_text, walk_paths,
};
pub use markdown::SourceMap;
pub use nesting::MAX_HTML_DEPTH;
pub use publication::{
    Confidence, DateSource, DateSuggestion, Publication, SuggestionReason, date_in_name,
    find_dateline, find_publication_header, parse_date,
};
pub use read::{FileBytes, MAX_FILE_BYTES, read_regular};
pub use timestamp::{YEARS, year_in_range};
pub use walk::{Walk, walk};
