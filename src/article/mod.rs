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
mod publication;
pub mod timeml;

pub use decode::{Decoded, EncodingChoice, decode};
pub use error::LoadError;
pub use load::{
    Article, ArticleFormat, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, expand_paths, load, load_file,
    load_many, load_paths,
};
pub use markdown::SourceMap;
pub use publication::{
    Confidence, DateSource, DateSuggestion, Publication, SuggestionReason, date_in_name,
    find_dateline, find_publication_header, parse_date,
};
