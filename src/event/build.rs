//! Events of an article: for each resolved time expression, the event mention it dates (its
//! trigger) and a "who did what" label from the trigger's clause.

use super::anchor::{AnchorRanker, candidates};
use super::dataset::slot;
use super::triggers::{EventTagger, Mention, Word, tagged_words};
use super::{Event, EventClass, label_for, labels, sentence_of};
use crate::temporal::Timex;
use crate::text::{Interner, Span};
use serde::Serialize;

/// The word that says what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Trigger {
    /// Where it is in the text.
    pub span: Span,
    /// Its TimeML class; `None` for a verb the event model did not mark.
    pub class: Option<EventClass>,
}

/// The words of a sentence (or of the part of a very long one in view) analysed once for
/// all the expressions in it.
struct Analysed<'a> {
    scope: Span,
    words: Vec<Word<'a>>,
    mentions: Vec<Mention>,
}

/// Builds an article's events one time expression at a time, in text order: each sentence
/// is analysed once, and equal labels are stored once.
pub struct EventBuilder<'a> {
    text: &'a str,
    sentences: &'a [Span],
    cache: Option<Analysed<'a>>,
    labels: Interner,
}

impl<'a> EventBuilder<'a> {
    /// A builder for `text`, split into `sentences` (sorted spans).
    pub fn new(text: &'a str, sentences: &'a [Span]) -> Self {
        Self {
            text,
            sentences,
            cache: None,
            labels: Interner::default(),
        }
    }

    /// The event of `timex`, its sentence analysed whole.
    pub fn event(&mut self, timex: Timex) -> Event {
        self.event_within(timex, None)
    }

    /// The event of `timex`, its sentence analysed only within `view` when given (a long
    /// text read piece by piece), which bounds the words held at once.
    pub fn event_within(&mut self, timex: Timex, view: Option<Span>) -> Event {
        let sentence = sentence_of(self.sentences, timex.span);
        let scope = view.map_or(sentence, |v| {
            Span::new(sentence.start.max(v.start), sentence.end.min(v.end))
        });
        if self.cache.as_ref().is_none_or(|c| c.scope != scope) {
            self.cache = None; // its words go before the next sentence's are made
            let words = tagged_words(self.text, scope);
            let mentions = EventTagger::global().find(&words);
            self.cache = Some(Analysed {
                scope,
                words,
                mentions,
            });
        }
        let chosen = self
            .cache
            .as_ref()
            .and_then(|a| event_in(self.text, a, &timex));
        let (label, trigger) = match chosen {
            Some((label, trigger)) => (label, Some(trigger)),
            None => (label_for(self.text, sentence, timex.span), None),
        };
        Event {
            sentence,
            label: self.labels.intern(label),
            trigger,
            timex,
            curated: None,
        }
    }
}

/// One event per time expression, in the given order.
pub fn events_for(
    text: &str,
    sentences: &[Span],
    timexes: impl IntoIterator<Item = Timex>,
) -> Vec<Event> {
    let mut builder = EventBuilder::new(text, sentences);
    timexes.into_iter().map(|t| builder.event(t)).collect()
}

/// The label and trigger of the event `timex` dates in the analysed words, if the anchor
/// ranker chooses one.
fn event_in(text: &str, a: &Analysed<'_>, timex: &Timex) -> Option<(String, Trigger)> {
    let kind = timex.timex_type.to_string();
    let cands = candidates(&a.words, &a.mentions);
    let chosen = AnchorRanker::global()
        .choose(&a.words, &cands, slot(&a.words, timex.span, &kind))
        .and_then(|i| cands.get(i))?;
    let label = labels::label(text, &a.words, chosen.word, timex.span);
    Some((
        label,
        Trigger {
            span: chosen.span,
            class: chosen.class,
        },
    ))
}
