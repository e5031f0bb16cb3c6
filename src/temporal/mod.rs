//! Time expressions: recognize them, give each a semantic value, resolve it to a TIMEX3
//! value and an interval.
//!
//! Three passes, each testable alone:
//! 1. recognition: tokens classed by lexicons and a grammar over those classes propose spans;
//! 2. interpretation: each span becomes a small semantic value (absolute fields, or an
//!    offset/direction from an anchor, with granularity and modifier);
//! 3. resolution: values become TIMEX3 values and intervals against the publication date,
//!    the previous time in the text and the clause's tense.
//!
//! Passes 1 and 2 do not depend on the publication date ([`Engine::recognize`]); pass 3 does
//! ([`Engine::resolve`]), so changing an article's date re-runs only pass 3.

mod types;

pub use types::{
    Anchor, Granularity, Interval, Modifier, Tense, Timex, TimexType, TimexValue, Why,
};

use crate::text::Span;
use chrono::NaiveDate;

/// A recognized, interpreted time expression that is not yet resolved against any date.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Where the expression is in the text.
    pub span: Span,
    /// Name of the grammar rule that proposed it.
    pub rule: &'static str,
}

/// The temporal engine: lexicons and grammar compiled once, used for any number of texts.
#[derive(Debug, Default)]
pub struct Engine {}

impl Engine {
    /// The process-wide engine, built on first use.
    pub fn global() -> &'static Engine {
        static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
        ENGINE.get_or_init(Engine::default)
    }

    /// Passes 1 and 2: every time expression in `text`, in text order, not overlapping.
    pub fn recognize(&self, _text: &str) -> Vec<Mention> {
        Vec::new()
    }

    /// Pass 3: resolves `mentions` (from [`Engine::recognize`] on the same `text`) against the
    /// publication date `dct`, if known. Returns one [`Timex`] per mention, in the same order.
    pub fn resolve(
        &self,
        _text: &str,
        _mentions: &[Mention],
        _dct: Option<NaiveDate>,
    ) -> Vec<Timex> {
        Vec::new()
    }

    /// All three passes at once.
    pub fn extract(&self, text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
        let mentions = self.recognize(text);
        self.resolve(text, &mentions, dct)
    }
}
