//! Events of an article: for each resolved time expression, the event mention it dates (its
//! trigger) and a "who did what" label from the trigger's clause.

use super::anchor::{AnchorRanker, candidates};
use super::dataset::slot;
use super::triggers::{EventTagger, Mention, Word, tagged_words};
use super::{Event, EventClass, labels, sentence_of};
use crate::temporal::Timex;
use crate::text::Span;
use serde::Serialize;

/// The word that says what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Trigger {
    /// Where it is in the text.
    pub span: Span,
    /// Its TimeML class; `None` for a verb the event model did not mark.
    pub class: Option<EventClass>,
}

/// A sentence analysed once for all the expressions in it.
struct Analysed<'a> {
    span: Span,
    words: Vec<Word<'a>>,
    mentions: Vec<Mention>,
}

/// One event per time expression, in the given order.
pub fn events_for(text: &str, sentences: &[Span], timexes: Vec<Timex>) -> Vec<Event> {
    let mut cache: Option<Analysed<'_>> = None;
    timexes
        .into_iter()
        .map(|timex| {
            let sentence = sentence_of(sentences, timex.span);
            if cache.as_ref().is_none_or(|c| c.span != sentence) {
                let words = tagged_words(text, sentence);
                let mentions = EventTagger::global().find(&words);
                cache = Some(Analysed {
                    span: sentence,
                    words,
                    mentions,
                });
            }
            match cache.as_ref() {
                Some(a) => event_in(text, a, timex),
                None => Event::new(text, sentences, timex),
            }
        })
        .collect()
}

fn event_in(text: &str, a: &Analysed<'_>, timex: Timex) -> Event {
    let kind = timex.timex_type.to_string();
    let cands = candidates(&a.words, &a.mentions);
    let chosen = AnchorRanker::global()
        .choose(&a.words, &cands, slot(&a.words, timex.span, &kind))
        .and_then(|i| cands.get(i));
    let Some(c) = chosen else {
        return Event::new(text, std::slice::from_ref(&a.span), timex);
    };
    let label = labels::label(text, &a.words, c.word, timex.span);
    Event {
        sentence: a.span,
        label,
        trigger: Some(Trigger {
            span: c.span,
            class: c.class,
        }),
        timex,
    }
}
