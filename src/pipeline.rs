//! One article through the whole pipeline: text → sentences → time expressions → events.

use crate::article::{
    Article, DateSource, DateSuggestion, Publication, SuggestionReason, find_publication_header,
};
use crate::event::datelines::in_dateline;
use crate::event::{Event, events_for};
use crate::temporal::{Anchor, Engine, Granularity, Mention};
use crate::text::{Span, sentences};

/// An article with everything Tempora found in it. Changing the publication date re-runs
/// only the resolution pass.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article as read.
    pub article: Article,
    /// Its sentences, in order.
    pub sentences: Vec<Span>,
    /// Recognized expressions, before resolution.
    mentions: Vec<Mention>,
    /// One event per time expression, in text order.
    pub events: Vec<Event>,
}

/// Longest piece of text the recognizer sees at once; longer texts are recognized piece by
/// piece (cut on sentence ends), which bounds its memory: it needs tens of bytes per token,
/// and a run of punctuation is a token per byte.
pub const RECOGNIZE_CHUNK_BYTES: usize = 256 * 1024;

/// Every time expression in `text`, recognized piece by piece when the text is long;
/// `None` as soon as `stop` says so between two pieces.
fn recognize(text: &str, sentences: &[Span], stop: &dyn Fn() -> bool) -> Option<Vec<Mention>> {
    let engine = Engine::global();
    if text.len() <= RECOGNIZE_CHUNK_BYTES {
        return Some(engine.recognize_with_sentences(text, sentences));
    }
    let mut out = Vec::new();
    for chunk in crate::text::chunks(text, sentences, RECOGNIZE_CHUNK_BYTES) {
        if stop() {
            return None;
        }
        let Some(piece) = chunk.span.slice(text) else {
            continue;
        };
        let local: Vec<Span> = chunk.sentences.iter().map(|(s, _)| *s).collect();
        let by = chunk.span.start;
        let shift = |s: Span| Span::new(s.start + by, s.end + by);
        for mut m in engine.recognize_with_sentences(piece, &local) {
            m.span = shift(m.span);
            m.tense_cue = m.tense_cue.map(shift);
            m.habitual = m.habitual.map(shift);
            m.sentence = chunk
                .sentences
                .get(m.sentence)
                .map_or(m.sentence, |(_, i)| *i);
            out.push(m);
        }
    }
    Some(out)
}

impl Document {
    /// Runs the pipeline over `article`.
    pub fn new(article: Article) -> Self {
        let sentences = sentences(&article.text);
        let mentions = recognize(&article.text, &sentences, &|| false).unwrap_or_default();
        Self::with_mentions(article, sentences, mentions)
    }

    /// [`Document::new`], giving up (`None`) as soon as `stop` says so: between its passes
    /// and between the pieces of a long text.
    pub fn try_new(article: Article, stop: &dyn Fn() -> bool) -> Option<Self> {
        if stop() {
            return None;
        }
        let sentences = sentences(&article.text);
        let mentions = recognize(&article.text, &sentences, stop)?;
        if stop() {
            return None;
        }
        Some(Self::with_mentions(article, sentences, mentions))
    }

    fn with_mentions(article: Article, sentences: Vec<Span>, mentions: Vec<Mention>) -> Self {
        let header = header_line_span(&article.text);
        let mut mentions: Vec<Mention> = mentions
            .into_iter()
            .filter(|m| !header.is_some_and(|h| h.contains(m.span)))
            .collect();
        // A dateline states the article's own date; it is an event only when it is the only
        // date there is.
        if mentions.len() > 1 {
            mentions.retain(|m| !in_dateline(&article.text, m.span));
        }
        let mut doc = Self {
            article,
            sentences,
            mentions,
            events: Vec::new(),
        };
        doc.resolve();
        doc
    }

    /// Sets (or clears) the publication date and re-resolves every expression.
    pub fn set_publication(&mut self, publication: Option<Publication>) {
        self.article.publication = publication;
        self.resolve();
    }

    /// The publication date in force, if any.
    pub fn dct(&self) -> Option<chrono::NaiveDate> {
        self.article.publication.as_ref().map(|p| p.date)
    }

    fn resolve(&mut self) {
        let text = &self.article.text;
        let timexes = Engine::global().resolve(text, &self.mentions, self.dct());
        self.events = events_for(text, &self.sentences, timexes);
    }

    /// Possible publication dates while none is known, each clearly a guess: the file's
    /// modification time and the latest full date written in the text. Empty once a date is set.
    pub fn suggestions(&self) -> Vec<DateSuggestion> {
        if self.article.publication.is_some() {
            return Vec::new();
        }
        let mut out = self.article.suggestions.clone();
        let latest = self
            .events
            .iter()
            .filter(|e| !e.timex.awaits_publication_date && e.timex.anchor == Anchor::None)
            .filter_map(|e| e.timex.interval)
            .filter(|i| i.granularity() == Granularity::Day)
            .map(|i| i.begin().date())
            .max();
        if let Some(date) = latest {
            out.push(DateSuggestion {
                date,
                reason: SuggestionReason::LatestDateInText,
            });
        }
        out
    }

    /// The text of `span`, or "" when out of range.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.article.text).unwrap_or("")
    }

    /// Number of events that cannot be placed until a publication date is set.
    pub fn awaiting_date(&self) -> usize {
        self.events
            .iter()
            .filter(|e| e.timex.awaits_publication_date)
            .count()
    }
}

/// The byte span of the header line that states the publication date (`Published: …`): its
/// date is metadata, not an event of the story.
fn header_line_span(text: &str) -> Option<Span> {
    let publication = find_publication_header(text)?;
    let DateSource::HeaderLine { line, .. } = publication.source else {
        return None;
    };
    let mut start = 0usize;
    for (index, l) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line {
            return Some(Span::new(start, start + l.len()));
        }
        start += l.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ArticleFormat;

    #[test]
    fn the_header_date_is_metadata_not_an_event() {
        let text = "Title\nPublished: 2025-11-04\n\nThe vote took place on October 30, 2025.";
        let doc = Document::new(Article::from_text(
            "a.txt",
            text.to_string(),
            ArticleFormat::Text,
        ));
        let values: Vec<String> = doc
            .events
            .iter()
            .map(|e| e.timex.value.to_string())
            .collect();
        assert_eq!(values, ["2025-10-30"]);
    }

    #[test]
    fn a_dateline_is_not_an_event_unless_it_is_the_only_date() {
        let doc = |text: &str| {
            Document::new(Article::from_text(
                "a.txt",
                text.to_string(),
                ArticleFormat::Text,
            ))
            .events
            .iter()
            .map(|e| e.timex.value.to_string())
            .collect::<Vec<_>>()
        };
        assert_eq!(
            doc("HAVANA, August 7, 1998 (Xinhua) -- Cuba freed the crew on August 5, 1998."),
            ["1998-08-05"]
        );
        assert_eq!(
            doc("HAVANA, August 7, 1998 (Xinhua) -- Cuba freed the crew."),
            ["1998-08-07"]
        );
    }

    #[test]
    fn changing_the_publication_date_re_resolves_relative_events() {
        let text = "It opened on Monday and closed back in August.";
        let mut doc = Document::new(Article::from_text(
            "a.txt",
            text.to_string(),
            ArticleFormat::Text,
        ));
        assert!(doc.events.iter().all(|e| e.timex.awaits_publication_date));
        assert!(
            !doc.suggestions()
                .iter()
                .any(|s| s.reason == SuggestionReason::LatestDateInText)
        );
        let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 4).expect("date");
        doc.set_publication(Some(Publication {
            date,
            source: DateSource::User,
        }));
        let values: Vec<String> = doc
            .events
            .iter()
            .map(|e| e.timex.value.to_string())
            .collect();
        assert_eq!(values, ["2025-11-03", "2025-08"]);
        assert!(doc.events.iter().all(|e| e.timex.interval.is_some()));
    }
}
