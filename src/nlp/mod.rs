//! Small trained language models of our own: tokens, part-of-speech tags, and the averaged
//! perceptron they are built on. Models ship as text files in `assets/`.

pub mod conllu;
pub mod perceptron;
pub mod tagger;
pub mod tokenize;

pub use tagger::PosTagger;
