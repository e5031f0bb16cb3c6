//! One article through the whole pipeline: text → sentences → time expressions → events.

use crate::article::{
    Article, DateSource, DateSuggestion, Publication, SuggestionReason, find_publication_header,
};
use crate::event::datelines::in_dateline;
use crate::event::{Event, EventBuilder};
use crate::temporal::{Anchor, Engine, Granularity, Mention, StoryCensus};
use crate::text::{Chunk, Span, sentences};
use chrono::NaiveDate;

/// An article with everything Tempora found in it.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article as read.
    pub article: Article,
    /// Its sentences, in order.
    pub sentences: Vec<Span>,
    /// One event per time expression, in text order.
    pub events: Vec<Event>,
}

/// Longest piece of text the recognizer sees at once; longer texts are recognized piece by
/// piece (cut on sentence ends), which bounds its memory: it needs tens of bytes per token,
/// and a run of punctuation is a token per byte.
pub const RECOGNIZE_CHUNK_BYTES: usize = 64 * 1024;

/// Time expressions resolved between two looks at the caller's stop flag.
pub const STOP_CHECK_EVERY: usize = 64;

impl Document {
    /// Runs the pipeline over `article`.
    pub fn new(article: Article) -> Self {
        let sentences = sentences(&article.text);
        let events = find_events(&article, &sentences, &|| false).unwrap_or_default();
        Self {
            article,
            sentences,
            events,
        }
    }

    /// [`Document::new`], giving up (`None`) as soon as `stop` says so: it is asked between
    /// the passes, between the pieces of a long text and every [`STOP_CHECK_EVERY`]
    /// expressions while they are resolved and their events found.
    pub fn try_new(article: Article, stop: &dyn Fn() -> bool) -> Option<Self> {
        if stop() {
            return None;
        }
        let sentences = sentences(&article.text);
        let events = find_events(&article, &sentences, stop)?;
        Some(Self {
            article,
            sentences,
            events,
        })
    }

    /// Sets (or clears) the publication date and finds every event again. Only the events
    /// are kept between the two (the expressions are recognized again), which keeps a long
    /// article's memory to its events.
    pub fn set_publication(&mut self, publication: Option<Publication>) {
        self.article.publication = publication;
        self.events = find_events(&self.article, &self.sentences, &|| false).unwrap_or_default();
    }

    /// The publication date in force, if any.
    pub fn dct(&self) -> Option<NaiveDate> {
        self.article.publication.as_ref().map(|p| p.date)
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

/// The pieces a text is recognized in: the whole text, or bounded chunks of a long one.
enum Pieces {
    Whole,
    Chunks(Vec<Chunk>),
}

impl Pieces {
    fn of(text: &str, sentences: &[Span]) -> Self {
        if text.len() <= RECOGNIZE_CHUNK_BYTES {
            Pieces::Whole
        } else {
            Pieces::Chunks(crate::text::chunks(text, sentences, RECOGNIZE_CHUNK_BYTES))
        }
    }

    fn len(&self) -> usize {
        match self {
            Pieces::Whole => 1,
            Pieces::Chunks(chunks) => chunks.len(),
        }
    }

    /// The span of piece `index` when the text is cut, and its mentions (spans and
    /// sentence indices in the whole text).
    fn recognize(
        &self,
        text: &str,
        sentences: &[Span],
        index: usize,
    ) -> (Option<Span>, Vec<Mention>) {
        let engine = Engine::global();
        let chunk = match self {
            Pieces::Whole => return (None, engine.recognize_with_sentences(text, sentences)),
            Pieces::Chunks(chunks) => chunks.get(index),
        };
        let Some((chunk, piece)) = chunk.and_then(|c| Some((c, c.span.slice(text)?))) else {
            return (None, Vec::new());
        };
        let local: Vec<Span> = chunk.sentences.iter().map(|(s, _)| *s).collect();
        let by = chunk.span.start;
        let shift = |s: Span| Span::new(s.start + by, s.end + by);
        let mut mentions = engine.recognize_with_sentences(piece, &local);
        for m in &mut mentions {
            m.span = shift(m.span);
            m.tense_cue = m.tense_cue.map(shift);
            m.habitual = m.habitual.map(shift);
            m.sentence = chunk
                .sentences
                .get(m.sentence)
                .map_or(m.sentence, |(_, i)| *i);
        }
        (Some(chunk.span), mentions)
    }
}

/// Which recognized expressions become events, and whether the text tells a story: an
/// expression on the header line that states the publication date is metadata; a
/// dateline's date is an event only when it is the only date there is.
#[derive(Debug, Default)]
struct Census {
    header: Option<Span>,
    dct: Option<NaiveDate>,
    /// Expressions not on the header line.
    count: usize,
    story: StoryCensus,
    datelines: StoryCensus,
}

impl Census {
    fn add(&mut self, text: &str, m: &Mention) {
        if self.header.is_some_and(|h| h.contains(m.span)) {
            return;
        }
        self.count += 1;
        let Some(dct) = self.dct else {
            return;
        };
        if in_dateline(text, m.span) {
            self.datelines.add(m, dct);
        } else {
            self.story.add(m, dct);
        }
    }

    fn keeps(&self, text: &str, m: &Mention) -> bool {
        let on_header = self.header.is_some_and(|h| h.contains(m.span));
        let dropped_dateline = self.count > 1 && in_dateline(text, m.span);
        !on_header && !dropped_dateline
    }

    fn tells_a_story(&self) -> bool {
        let census = if self.count > 1 {
            self.story
        } else {
            self.story.merged(self.datelines)
        };
        self.dct.is_some() && census.tells_a_story()
    }
}

/// Recognizes, resolves and dates every time expression of `article`, piece by piece: a
/// long text is read twice (first to count, then to resolve), so that only one piece's
/// expressions are held at once besides the events. `None` as soon as `stop` says so.
fn find_events(
    article: &Article,
    sentences: &[Span],
    stop: &dyn Fn() -> bool,
) -> Option<Vec<Event>> {
    let text = &article.text;
    let pieces = Pieces::of(text, sentences);
    let mut census = Census {
        header: header_line_span(text),
        dct: article.publication.as_ref().map(|p| p.date),
        ..Census::default()
    };
    let mut first = None; // the only piece's expressions, not recognized twice
    for index in 0..pieces.len() {
        if stop() {
            return None;
        }
        let (_, mentions) = pieces.recognize(text, sentences, index);
        mentions.iter().for_each(|m| census.add(text, m));
        if pieces.len() == 1 {
            first = Some(mentions);
        }
    }
    let mut resolution = Engine::global().resolution(text, census.dct, census.tells_a_story());
    let mut builder = EventBuilder::new(text, sentences);
    // Sized once: growing a vector of this size would hold the old and the new at once.
    let mut events = Vec::with_capacity(census.count);
    for index in 0..pieces.len() {
        let (view, mentions) = match first.take() {
            Some(mentions) => (None, mentions),
            None => pieces.recognize(text, sentences, index),
        };
        for (i, m) in mentions.iter().enumerate() {
            if i % STOP_CHECK_EVERY == 0 && stop() {
                return None;
            }
            if census.keeps(text, m) {
                events.push(builder.event_within(resolution.resolve(m), view));
            }
        }
    }
    Some(events)
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

    /// How often `try_new` asks whether to stop on `text` when never told to, and what it
    /// does when told to stop at the `at`-th question: (questions, result, questions
    /// asked after the first yes).
    fn stopping(text: &str, at: Option<usize>) -> (usize, Option<Document>, usize) {
        let article = Article::from_text("a.txt", text.to_string(), ArticleFormat::Text);
        let asked = std::cell::Cell::new(0usize);
        let after_yes = std::cell::Cell::new(0usize);
        let stop = || {
            asked.set(asked.get() + 1);
            let yes = at.is_some_and(|at| asked.get() >= at);
            after_yes.set(after_yes.get() + usize::from(yes));
            yes
        };
        let doc = Document::try_new(article, &stop);
        (asked.get(), doc, after_yes.get())
    }

    #[test]
    fn a_cancelled_text_stops_inside_its_passes() {
        // One piece (2,000 expressions) and several pieces (20,000 expressions).
        for sentences in [1_000, 10_000] {
            let text = "The council met on Monday and voted on March 3, 2025. ".repeat(sentences);
            let (asked, doc, _) = stopping(&text, None);
            assert_eq!(doc.map(|d| d.events.len()), Some(2 * sentences));
            assert!(
                asked >= 2 * sentences / STOP_CHECK_EVERY,
                "asked {asked} times: within the resolution and event passes"
            );
            let (_, doc, after_yes) = stopping(&text, Some(asked / 2));
            assert!(doc.is_none(), "gives up half way");
            assert_eq!(after_yes, 1, "and at once: nothing more is resolved");
        }
    }

    #[test]
    fn a_long_text_read_in_pieces_gives_the_events_of_a_whole_reading() {
        let paragraph = "Back in August, the council met. It voted on Monday, March 3, 2025, \
                         and again two days later. ";
        let text = paragraph.repeat(2 * RECOGNIZE_CHUNK_BYTES / paragraph.len());
        let dct = chrono::NaiveDate::from_ymd_opt(2025, 11, 4);
        let doc = Document::new(Article::from_text(
            "a.txt",
            text.clone(),
            ArticleFormat::Text,
        ));
        let whole = Engine::global().extract(&text, dct);
        assert_eq!(doc.events.len(), whole.len());
        let mut dated = doc.clone();
        dated.set_publication(dct.map(|date| Publication {
            date,
            source: DateSource::User,
        }));
        let values = |events: &[Event]| -> Vec<String> {
            events.iter().map(|e| e.timex.value.to_string()).collect()
        };
        let expected: Vec<String> = whole.iter().map(|t| t.value.to_string()).collect();
        assert_eq!(values(&dated.events), expected);
        assert!(
            doc.events
                .windows(2)
                .all(|w| w[0].label.as_ptr() == w[1].label.as_ptr() || w[0].label != w[1].label),
            "equal labels share one string"
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
