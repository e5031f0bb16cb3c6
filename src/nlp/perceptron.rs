//! An averaged multiclass perceptron over hashed features, with a compact text file format.
//!
//! Features are 64-bit FNV-1a hashes of strings ([`feature`]), so the model file holds no
//! vocabulary. Training is deterministic: same data in the same order gives the same file.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Why a model file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with the expected header.
    #[error("not a perceptron model (bad header)")]
    Header,
    /// A line could not be parsed.
    #[error("bad model line {0}")]
    Line(usize),
}

/// A feature id: the FNV-1a hash of its parts, joined by a separator byte.
pub fn feature(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for &b in part.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Hasher for keys that already are hashes.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// A trained model: for each feature, its weight per class (sparse).
#[derive(Debug, Clone, Default)]
pub struct Model {
    classes: Vec<String>,
    weights: IdMap<Box<[(u16, f32)]>>,
}

impl Model {
    /// The class names, by index.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// Index of a class name.
    pub fn class_index(&self, name: &str) -> Option<usize> {
        self.classes.iter().position(|c| c == name)
    }

    /// Sum of weights per class for `features`.
    pub fn scores(&self, features: &[u64]) -> Vec<f32> {
        let mut scores = vec![0.0f32; self.classes.len()];
        for f in features {
            if let Some(ws) = self.weights.get(f) {
                for &(c, w) in ws.iter() {
                    if let Some(s) = scores.get_mut(usize::from(c)) {
                        *s += w;
                    }
                }
            }
        }
        scores
    }

    /// The best-scoring class (ties go to the lowest index).
    pub fn predict(&self, features: &[u64]) -> usize {
        argmax(&self.scores(features))
    }

    /// Writes the model as text: a header, the classes, then one feature a line
    /// (`hash class:weight …`), sorted by hash so the file is deterministic.
    pub fn to_text(&self) -> String {
        let mut out = format!("perceptron v1\n{}\n", self.classes.join(" "));
        let mut keys: Vec<&u64> = self.weights.keys().collect();
        keys.sort_unstable();
        for k in keys {
            out.push_str(&format!("{k:x}"));
            for &(c, w) in self.weights.get(k).map_or(&[][..], |b| &b[..]) {
                out.push_str(&format!(" {c}:{w}"));
            }
            out.push('\n');
        }
        out
    }

    /// The model shipped in `assets/` as `text`: written by our own trainer and checked by
    /// the training tests, so a file that cannot be read gives an empty model, not a failure.
    pub fn shipped(text: &str) -> Self {
        Self::from_text(text).unwrap_or_default()
    }

    /// Reads a model written by [`Model::to_text`].
    pub fn from_text(text: &str) -> Result<Self, ModelError> {
        let mut lines = text.lines();
        if lines.next() != Some("perceptron v1") {
            return Err(ModelError::Header);
        }
        let classes = lines
            .next()
            .ok_or(ModelError::Header)?
            .split(' ')
            .map(str::to_string)
            .collect();
        let mut weights = IdMap::default();
        for (n, line) in lines.enumerate() {
            let bad = || ModelError::Line(n + 3);
            let mut parts = line.split(' ');
            let key = u64::from_str_radix(parts.next().ok_or_else(bad)?, 16).map_err(|_| bad())?;
            let ws = parts
                .map(|p| {
                    let (c, w) = p.split_once(':')?;
                    Some((c.parse().ok()?, w.parse().ok()?))
                })
                .collect::<Option<Vec<(u16, f32)>>>()
                .ok_or_else(bad)?;
            weights.insert(key, ws.into_boxed_slice());
        }
        Ok(Self { classes, weights })
    }
}

/// Index of the largest score (first on ties).
pub fn argmax(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores.get(best).copied().unwrap_or(f32::MIN) {
            best = i;
        }
    }
    best
}

#[derive(Debug, Clone, Default)]
struct Slot {
    weight: f32,
    total: f64,
    stamp: u32,
}

/// A perceptron being trained; [`Trainer::finish`] averages it into a [`Model`].
#[derive(Debug, Clone)]
pub struct Trainer {
    classes: Vec<String>,
    slots: IdMap<Vec<Slot>>,
    instances: u32,
}

impl Trainer {
    /// A trainer over the given class names.
    pub fn new(classes: Vec<String>) -> Self {
        Self {
            classes,
            slots: IdMap::default(),
            instances: 0,
        }
    }

    /// Current (not averaged) scores per class.
    pub fn scores(&self, features: &[u64]) -> Vec<f32> {
        let mut scores = vec![0.0f32; self.classes.len()];
        for f in features {
            if let Some(slots) = self.slots.get(f) {
                for (s, slot) in scores.iter_mut().zip(slots) {
                    *s += slot.weight;
                }
            }
        }
        scores
    }

    /// Current best class.
    pub fn predict(&self, features: &[u64]) -> usize {
        argmax(&self.scores(features))
    }

    /// One training step: moves weight from `guess` to `truth` when they differ.
    pub fn update(&mut self, truth: usize, guess: usize, features: &[u64]) {
        self.instances += 1;
        if truth == guess {
            return;
        }
        self.add(truth, features, 1.0);
        self.add(guess, features, -1.0);
    }

    /// A ranking step: `better` features should outscore `worse` ones on class `class`.
    pub fn update_pair(&mut self, class: usize, better: &[u64], worse: &[u64]) {
        self.instances += 1;
        self.add(class, better, 1.0);
        self.add(class, worse, -1.0);
    }

    /// Counts one instance that needed no update (for averaging).
    pub fn tick(&mut self) {
        self.instances += 1;
    }

    fn add(&mut self, class: usize, features: &[u64], delta: f32) {
        let n = self.classes.len();
        let now = self.instances;
        for &f in features {
            let slots = self
                .slots
                .entry(f)
                .or_insert_with(|| vec![Slot::default(); n]);
            if let Some(slot) = slots.get_mut(class) {
                slot.total += f64::from(now - slot.stamp) * f64::from(slot.weight);
                slot.stamp = now;
                slot.weight += delta;
            }
        }
    }

    /// Averages the weights over every step; weights below `min_abs` are dropped.
    pub fn finish(self, min_abs: f32) -> Model {
        let now = self.instances.max(1);
        let mut weights = IdMap::default();
        for (f, slots) in self.slots {
            let ws: Vec<(u16, f32)> = slots
                .iter()
                .enumerate()
                .filter_map(|(c, s)| {
                    let total = s.total + f64::from(now - s.stamp) * f64::from(s.weight);
                    let avg = (total / f64::from(now)) as f32;
                    // Three significant decimals keep the file small and stable.
                    let avg = (avg * 1000.0).round() / 1000.0;
                    (avg.abs() >= min_abs && avg != 0.0).then_some((c as u16, avg))
                })
                .collect();
            if !ws.is_empty() {
                weights.insert(f, ws.into_boxed_slice());
            }
        }
        Model {
            classes: self.classes,
            weights,
        }
    }
}

/// A deterministic shuffle (xorshift) so training order varies by epoch but not by run.
pub fn shuffle<T>(items: &mut [T], seed: u64) {
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    for i in (1..items.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

/// A component backed by one perceptron model (the tagger, the event model, the ranker).
pub trait Trained {
    /// Its model.
    fn model(&self) -> &Model;

    /// The model as text, as written to `assets/`.
    fn to_text(&self) -> String {
        self.model().to_text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learn_and() -> Model {
        let mut t = Trainer::new(vec!["no".into(), "yes".into()]);
        let data = [
            (vec!["a", "b"], 1),
            (vec!["a"], 0),
            (vec!["b"], 0),
            (vec!["c"], 0),
        ];
        for _ in 0..10 {
            for (words, truth) in &data {
                let mut f: Vec<u64> = words.iter().map(|w| feature(&["w", w])).collect();
                f.push(feature(&["bias"]));
                if words.len() == 2 {
                    f.push(feature(&["both"]));
                }
                let guess = t.predict(&f);
                t.update(*truth, guess, &f);
            }
        }
        t.finish(0.0)
    }

    #[test]
    fn it_learns_a_separable_rule_and_survives_a_round_trip() {
        let model = learn_and();
        let both = [
            feature(&["w", "a"]),
            feature(&["w", "b"]),
            feature(&["bias"]),
            feature(&["both"]),
        ];
        let one = [feature(&["w", "a"]), feature(&["bias"])];
        assert_eq!(model.predict(&both), 1);
        assert_eq!(model.predict(&one), 0);
        let text = model.to_text();
        let back = Model::from_text(&text).expect("round trip");
        assert_eq!(back.predict(&both), 1);
        assert_eq!(back.to_text(), text);
        assert_eq!(learn_and().to_text(), text, "training is deterministic");
    }

    #[test]
    fn feature_parts_are_separated() {
        assert_ne!(feature(&["ab", "c"]), feature(&["a", "bc"]));
        assert!(Model::from_text("nonsense").is_err());
    }
}
