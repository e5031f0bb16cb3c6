//! Text units as byte spans: sentences and tokens.

mod sentences;
mod span;
mod tokens;

pub use sentences::sentences;
pub use span::Span;
pub use tokens::{Token, TokenKind, tokens};
