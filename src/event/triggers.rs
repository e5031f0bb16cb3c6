//! Event mentions (TimeML EVENT spans): a greedy averaged perceptron that labels each word
//! of a sentence with an event class or "no event", over word, affix and part-of-speech
//! features.

use super::EventClass;
use crate::nlp::perceptron::{Model, Trained, Trainer, feature, shuffle};
use crate::nlp::tagger::normalize;
use crate::nlp::{PosTagger, tokenize};
use crate::text::Span;
use std::sync::OnceLock;

/// The shipped event model (trained by `tempora train` on TBAQ).
const SHIPPED: &str = include_str!("../../assets/event-triggers.model");

/// Name of the "no event" class in the model file.
const NONE: &str = "O";

/// Training passes over the data.
const EPOCHS: u64 = 10;

/// One word of a sentence with its part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Where it is in the text.
    pub span: Span,
    /// Its text.
    pub text: &'a str,
    /// Its Penn tag.
    pub tag: &'a str,
}

/// An event mention found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Index of its word in the sentence.
    pub word: usize,
    /// Its span in the text.
    pub span: Span,
    /// Its TimeML class.
    pub class: EventClass,
}

/// The words of `text[sentence]` with their tags from the shipped tagger.
pub fn tagged_words(text: &str, sentence: Span) -> Vec<Word<'_>> {
    tagged_words_with(PosTagger::global(), text, sentence)
}

/// The words of `text[sentence]` with their tags from `tagger`.
pub fn tagged_words_with<'a>(
    tagger: &'a PosTagger,
    text: &'a str,
    sentence: Span,
) -> Vec<Word<'a>> {
    let spans = tokenize::words(text, sentence);
    let texts: Vec<&str> = spans
        .iter()
        .map(|s| text.get(s.start..s.end).unwrap_or(""))
        .collect();
    let tags = tagger.tag(&texts);
    spans
        .into_iter()
        .zip(texts)
        .zip(tags)
        .map(|((span, text), tag)| Word { span, text, tag })
        .collect()
}

/// A trained event-mention model.
#[derive(Debug, Clone)]
pub struct EventTagger {
    model: Model,
}

impl Trained for EventTagger {
    fn model(&self) -> &Model {
        &self.model
    }
}

impl EventTagger {
    /// The shipped model, loaded once.
    pub fn global() -> &'static EventTagger {
        static MODEL: OnceLock<EventTagger> = OnceLock::new();
        MODEL.get_or_init(|| EventTagger {
            model: Model::shipped(SHIPPED),
        })
    }

    /// The event mentions among `words`.
    pub fn find(&self, words: &[Word<'_>]) -> Vec<Mention> {
        let norm: Vec<String> = words.iter().map(|w| normalize(w.text)).collect();
        let mut labels: Vec<&str> = Vec::with_capacity(words.len());
        let mut out = Vec::new();
        for (i, word) in words.iter().enumerate() {
            let f = features(words, &norm, &labels, i);
            let c = decide(&self.model.scores(&f));
            let name = self.model.classes().get(c).map_or(NONE, String::as_str);
            labels.push(name);
            if let Some(class) = EventClass::parse(name) {
                out.push(Mention {
                    word: i,
                    span: word.span,
                    class,
                });
            }
        }
        out
    }

    /// Trains on sentences whose words carry their gold class (or none); deterministic.
    pub fn train(sentences: &[(Vec<Word<'_>>, Vec<Option<EventClass>>)]) -> Self {
        let classes: Vec<String> = std::iter::once(NONE)
            .chain(EventClass::ALL.iter().map(|c| c.as_str()))
            .map(str::to_string)
            .collect();
        let mut trainer = Trainer::new(classes.clone());
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        for epoch in 0..EPOCHS {
            shuffle(&mut order, epoch + 11);
            for &s in &order {
                let Some((words, gold)) = sentences.get(s) else {
                    continue;
                };
                let norm: Vec<String> = words.iter().map(|w| normalize(w.text)).collect();
                let mut labels: Vec<&str> = Vec::with_capacity(words.len());
                for (i, class) in gold.iter().enumerate() {
                    let f = features(words, &norm, &labels, i);
                    let guess = trainer.predict(&f);
                    let truth = class.map_or(0, |c| {
                        1 + EventClass::ALL.iter().position(|&k| k == c).unwrap_or(0)
                    });
                    trainer.update(truth, guess, &f);
                    labels.push(classes.get(guess).map_or(NONE, String::as_str));
                }
            }
        }
        Self {
            model: trainer.finish(0.002),
        }
    }
}

/// How much an event class may trail "no event" and still win: recall matters more than
/// precision for anchoring, and this evens them out (chosen by cross-validation).
const MARGIN: f32 = 4.0;

/// The class chosen from scores (index 0 is "no event").
fn decide(scores: &[f32]) -> usize {
    let best_event = scores
        .iter()
        .enumerate()
        .skip(1)
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)));
    match (scores.first(), best_event) {
        (Some(&none), Some((i, &e))) if e + MARGIN > none => i,
        _ => 0,
    }
}

/// A crude lemma: the word without a common inflection.
pub(crate) fn stem(word: &str) -> &str {
    for ending in ["ings", "ing", "ied", "ies", "ed", "es", "s"] {
        if let Some(base) = word.strip_suffix(ending)
            && base.chars().count() >= 3
        {
            return base;
        }
    }
    word
}

fn suffix(word: &str, n: usize) -> &str {
    let start = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    word.get(start..).unwrap_or(word)
}

fn features(words: &[Word<'_>], norm: &[String], labels: &[&str], i: usize) -> Vec<u64> {
    let w = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "-START-"
        } else {
            norm.get(j as usize).map_or("-END-", String::as_str)
        }
    };
    let t = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "-START-"
        } else {
            words.get(j as usize).map_or("-END-", |w| w.tag)
        }
    };
    let prev = i
        .checked_sub(1)
        .and_then(|j| labels.get(j).copied())
        .unwrap_or("-START-");
    let word = w(0);
    let capital = words
        .get(i)
        .and_then(|w| w.text.chars().next())
        .is_some_and(char::is_uppercase);
    vec![
        feature(&["bias"]),
        feature(&["w", word]),
        feature(&["t", t(0)]),
        feature(&["w t", word, t(0)]),
        feature(&["stem", stem(word)]),
        feature(&["stem t1", stem(word), t(0).get(..1).unwrap_or("")]),
        feature(&["s3", suffix(word, 3)]),
        feature(&["s4", suffix(word, 4)]),
        feature(&["s3 t", suffix(word, 3), t(0)]),
        feature(&["cap t", if capital { "1" } else { "0" }, t(0)]),
        feature(&["t-1", t(-1)]),
        feature(&["t+1", t(1)]),
        feature(&["t-1 t", t(-1), t(0)]),
        feature(&["t t+1", t(0), t(1)]),
        feature(&["t-2 t-1 t", t(-2), t(-1), t(0)]),
        feature(&["w-1", w(-1)]),
        feature(&["w+1", w(1)]),
        feature(&["w-1 w", w(-1), word]),
        feature(&["w w+1", word, w(1)]),
        feature(&["w-2", w(-2)]),
        feature(&["prev", prev]),
        feature(&["prev t", prev, t(0)]),
    ]
}
