//! A part-of-speech tagger (Penn Treebank tags): a greedy averaged perceptron over word,
//! affix and context features, trained on Universal Dependencies English.

use super::conllu::TreebankToken;
use super::perceptron::{Model, Trained, Trainer, feature, shuffle};
use std::sync::OnceLock;

/// The shipped tagger model (trained by `tempora train` on `ud-english`).
const SHIPPED: &str = include_str!("../../assets/pos-tagger.model");

/// Training passes over the data.
const EPOCHS: u64 = 8;

/// A trained part-of-speech tagger.
#[derive(Debug, Clone)]
pub struct PosTagger {
    model: Model,
}

impl Trained for PosTagger {
    fn model(&self) -> &Model {
        &self.model
    }
}

impl PosTagger {
    /// The shipped tagger, loaded once.
    pub fn global() -> &'static PosTagger {
        static TAGGER: OnceLock<PosTagger> = OnceLock::new();
        TAGGER.get_or_init(|| PosTagger {
            model: Model::shipped(SHIPPED),
        })
    }

    /// Penn tags for `words`, one each.
    pub fn tag<'a>(&'a self, words: &[&str]) -> Vec<&'a str> {
        let norm: Vec<String> = words.iter().map(|w| normalize(w)).collect();
        let mut tags: Vec<&str> = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            let f = features(words, &norm, &tags, i);
            let c = self.model.predict(&f);
            tags.push(self.model.classes().get(c).map_or("NN", String::as_str));
        }
        tags
    }

    /// Trains a tagger on treebank sentences; deterministic for the same input.
    pub fn train(sentences: &[Vec<TreebankToken>]) -> Self {
        let mut classes: Vec<String> = sentences.iter().flatten().map(|t| t.tag.clone()).collect();
        classes.sort();
        classes.dedup();
        let mut trainer = Trainer::new(classes.clone());
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        for epoch in 0..EPOCHS {
            shuffle(&mut order, epoch + 1);
            for &s in &order {
                let Some(sentence) = sentences.get(s) else {
                    continue;
                };
                let words: Vec<&str> = sentence.iter().map(|t| t.form.as_str()).collect();
                let norm: Vec<String> = words.iter().map(|w| normalize(w)).collect();
                let mut tags: Vec<&str> = Vec::with_capacity(words.len());
                for (i, token) in sentence.iter().enumerate() {
                    let f = features(&words, &norm, &tags, i);
                    let guess = trainer.predict(&f);
                    let truth = classes.binary_search(&token.tag).unwrap_or(guess);
                    trainer.update(truth, guess, &f);
                    tags.push(classes.get(guess).map_or("NN", String::as_str));
                }
            }
        }
        Self {
            model: trainer.finish(0.002),
        }
    }

    /// Share of tokens tagged as in the treebank.
    pub fn accuracy(&self, sentences: &[Vec<TreebankToken>]) -> (usize, usize) {
        let mut right = 0;
        let mut all = 0;
        for sentence in sentences {
            let words: Vec<&str> = sentence.iter().map(|t| t.form.as_str()).collect();
            for (tag, token) in self.tag(&words).iter().zip(sentence) {
                all += 1;
                right += usize::from(*tag == token.tag);
            }
        }
        (right, all)
    }
}

/// The form a word is looked up by: lower case, with numbers folded.
pub fn normalize(word: &str) -> String {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    if digits == 4 && word.len() == 4 {
        "!YEAR".into()
    } else if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        "!DIGITS".into()
    } else {
        word.to_lowercase()
    }
}

fn suffix(word: &str, n: usize) -> &str {
    let start = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    word.get(start..).unwrap_or(word)
}

fn shape(word: &str) -> &'static str {
    let first = word.chars().next();
    if first.is_some_and(char::is_uppercase) {
        if word.chars().all(|c| !c.is_lowercase()) {
            "AA"
        } else {
            "Aa"
        }
    } else if word.contains('-') {
        "a-a"
    } else if first.is_some_and(|c| c.is_ascii_digit()) {
        "9"
    } else if first.is_some_and(char::is_alphabetic) {
        "a"
    } else {
        "."
    }
}

fn features(words: &[&str], norm: &[String], tags: &[&str], i: usize) -> Vec<u64> {
    let w = |k: isize| -> &str {
        let j = i as isize + k;
        if j < 0 {
            "-START-"
        } else {
            norm.get(j as usize).map_or("-END-", String::as_str)
        }
    };
    let t = |k: usize| -> &str {
        i.checked_sub(k)
            .and_then(|j| tags.get(j).copied())
            .unwrap_or("-START-")
    };
    let word = w(0);
    let raw = words.get(i).copied().unwrap_or("");
    vec![
        feature(&["bias"]),
        feature(&["w", word]),
        feature(&["s3", suffix(word, 3)]),
        feature(&["s2", suffix(word, 2)]),
        feature(&["s1", suffix(word, 1)]),
        feature(&["p1", word.get(..1).unwrap_or("")]),
        feature(&["shape", shape(raw)]),
        feature(&["shape-first", shape(raw), if i == 0 { "1" } else { "0" }]),
        feature(&["t-1", t(1)]),
        feature(&["t-2", t(2)]),
        feature(&["t-1 t-2", t(1), t(2)]),
        feature(&["t-1 w", t(1), word]),
        feature(&["w-1", w(-1)]),
        feature(&["s3-1", suffix(w(-1), 3)]),
        feature(&["w-2", w(-2)]),
        feature(&["w+1", w(1)]),
        feature(&["s3+1", suffix(w(1), 3)]),
        feature(&["w+2", w(2)]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_tagger_tags_a_news_sentence() {
        let t = PosTagger::global();
        let words = [
            "The",
            "New",
            "York",
            "Times",
            "reported",
            "that",
            "Trump",
            "had",
            "signed",
            "a",
            "directive",
            ".",
        ];
        let tags = t.tag(&words);
        assert_eq!(tags[4], "VBD", "{tags:?}");
        assert_eq!(tags[8], "VBN", "{tags:?}");
        assert_eq!(tags[6], "NNP", "{tags:?}");
        assert_eq!(tags[11], ".", "{tags:?}");
    }

    #[test]
    fn folding_and_suffixes() {
        assert_eq!(normalize("1998"), "!YEAR");
        assert_eq!(normalize("3.5"), "!DIGITS");
        assert_eq!(normalize("Said"), "said");
        assert_eq!(suffix("signed", 3), "ned");
        assert_eq!(suffix("a", 3), "a");
    }
}
