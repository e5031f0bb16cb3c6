//! Tempora: find the dated events in news articles and draw them on a timeline.
//!
//! The library is UI-free. The pipeline runs in layers, each its own module:
//!
//! * [`article`] reads files into an [`article::Article`] (text, title, publication date and
//!   where that date came from);
//! * [`text`] splits text into sentences and tokens, all as byte spans;
//! * [`temporal`] recognizes time expressions, gives each a semantic value and resolves it
//!   to a TIMEX3 value and an interval against the publication date;
//! * [`event`] turns resolved expressions into dated events with their source sentence;
//! * [`curation`] holds the analyst's corrections (dates, labels, hidden events, notes)
//!   and applies them over the machine's reading;
//! * [`pipeline`] ties these together for one article ([`pipeline::Document`]);
//! * [`project`] saves and opens `.tempora` projects (articles, curation, layout, view);
//! * [`timeline`] holds the view maths (time↔x, ticks, stacking);
//! * [`fsio`] writes output files atomically and refuses outputs that would land on inputs;
//! * [`render`] builds one backend-neutral scene that is drawn on screen, to SVG, PNG and PDF;
//! * [`export`] writes the events as CSV, JSON, JSON Lines, TimelineJS and TimeML.
//!
//! The desktop app (`app`, feature `gui`) and the command line ([`cli`]) are thin shells over
//! these.
#![warn(missing_docs)]

pub mod article;
pub mod cli;
pub mod curation;
pub mod eval;
pub mod event;
pub mod export;
pub mod fsio;
pub mod nlp;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod temporal;
pub mod text;
pub mod timeline;

#[cfg(feature = "gui")]
pub mod app;
