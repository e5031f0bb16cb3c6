//! Text units as byte spans: sentences and tokens.

mod sentences;
mod span;

pub use sentences::sentences;
pub use span::Span;
