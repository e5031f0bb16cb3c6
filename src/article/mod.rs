//! Articles: reading files into text, a title and a publication date with its provenance.

mod error;
mod load;
mod publication;
pub mod timeml;

pub use error::LoadError;
pub use load::{Article, ArticleFormat, load, load_many};
pub use publication::{DateSource, Publication, find_publication_header, parse_date};
