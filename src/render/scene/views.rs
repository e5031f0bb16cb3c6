//! Where events sit in time, and the views (default, fitted) computed from them.

use super::{CORE_SHARE, EMPTY_SPAN_SECS, EventId, MARGIN_X};
use crate::pipeline::Document;
use crate::temporal::{Granularity, Modifier, Timex, TimexValue};
use crate::timeline::{self, TimeView, core_range, to_secs};
use chrono::NaiveDate;

/// The pixel range of the time axis for a scene `width` pixels wide.
pub fn plot_x_range(width: f32) -> (f64, f64) {
    (
        f64::from(MARGIN_X),
        f64::from((width - MARGIN_X).max(MARGIN_X + 1.0)),
    )
}

/// How an event sits on the timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    /// A day or finer (at most a day and a half long): a point at this instant (seconds).
    Point(f64),
    /// A week or coarser, or several days: a bar over `[begin, until)` (seconds).
    Span(f64, f64),
}

/// Where `timex` goes on the timeline, if anywhere.
pub fn mark_of(timex: &Timex) -> Option<Mark> {
    let interval = timex.interval.as_ref()?;
    let begin = to_secs(interval.begin());
    let until = to_secs(interval.until());
    // A day or finer is a point, unless it covers several days ("the weekend").
    let short = until - begin <= 1.5 * timeline::DAY_SECS;
    Some(if interval.granularity() >= Granularity::Day && short {
        Mark::Point((begin + until) / 2.0)
    } else {
        Mark::Span(begin, until)
    })
}

/// The time range `(begin, end)` in seconds of every placeable event.
pub(super) fn event_ranges(docs: &[Document]) -> Vec<(f64, f64)> {
    docs.iter()
        .flat_map(|doc| doc.events.iter())
        .filter_map(|event| match mark_of(&event.timex)? {
            Mark::Point(t) => Some((t, t)),
            Mark::Span(b, u) => Some((b, u)),
        })
        .collect()
}

/// The publication instants of `docs`, in seconds.
pub(super) fn publication_pins(docs: &[Document]) -> Vec<f64> {
    docs.iter().filter_map(publication_secs).collect()
}

/// The earliest and latest instants of all events and publication dates, in seconds.
pub fn time_extent(docs: &[Document]) -> Option<(f64, f64)> {
    core_range(&event_ranges(docs), &publication_pins(docs), 1.0)
}

/// The view when nothing can be placed: about four months around the first publication
/// date, or around `today` when no article has one.
fn empty_view(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let (left, right) = plot_x_range(width);
    let centre = publication_pins(docs)
        .first()
        .copied()
        .or_else(|| today.and_hms_opt(12, 0, 0).map(to_secs))
        .unwrap_or(0.0);
    TimeView::new(
        centre - EMPTY_SPAN_SECS / 2.0,
        centre + EMPTY_SPAN_SECS / 2.0,
        left,
        right,
    )
}

/// Today's date on the local clock.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A view of everything in `docs` (every event and publication date) for a scene `width`
/// pixels wide: what "Fit all" shows.
pub fn fitted_view(docs: &[Document], width: f32) -> TimeView {
    fitted_view_on(docs, width, today())
}

/// [`fitted_view`] with `today` as the centre when nothing can be placed.
pub fn fitted_view_on(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let base = empty_view(docs, width, today);
    if event_ranges(docs).is_empty() {
        return base;
    }
    time_extent(docs).map_or(base, |range| base.fit(range))
}

/// The default view of `docs` for a scene `width` pixels wide, on screen and in exports:
/// fitted to the dense core (the smallest range holding [`CORE_SHARE`] of the placeable
/// events, plus every publication date); the outliers are shown by edge indicators.
pub fn default_view(docs: &[Document], width: f32) -> TimeView {
    default_view_on(docs, width, today())
}

/// [`default_view`] with `today` as the centre when nothing can be placed.
pub fn default_view_on(docs: &[Document], width: f32, today: NaiveDate) -> TimeView {
    let base = empty_view(docs, width, today);
    let ranges = event_ranges(docs);
    if ranges.is_empty() {
        return base;
    }
    core_range(&ranges, &publication_pins(docs), CORE_SHARE).map_or(base, |range| base.fit(range))
}

/// The publication instant (midnight) of `doc`.
pub(super) fn publication_secs(doc: &Document) -> Option<f64> {
    doc.dct().and_then(|d| d.and_hms_opt(0, 0, 0)).map(to_secs)
}

/// The unique accessible label of an event: its number (1-based, across all documents),
/// its expression and its value, e.g. "event 3: Monday — 2025-11-03".
pub fn accessible_label(docs: &[Document], id: EventId) -> Option<String> {
    let before: usize = docs.iter().take(id.doc).map(|d| d.events.len()).sum();
    numbered_label(docs, id, before)
}

/// [`accessible_label`] when the documents before `id.doc` are known to hold `before`
/// events.
pub(super) fn numbered_label(docs: &[Document], id: EventId, before: usize) -> Option<String> {
    let doc = docs.get(id.doc)?;
    let event = doc.events.get(id.event)?;
    Some(format!(
        "event {}: {} — {}",
        before + id.event + 1,
        doc.slice(event.timex.span),
        event.timex.value
    ))
}

/// True when `timex` is vague: a PAST_REF/PRESENT_REF/FUTURE_REF range, or approximate
/// (modifier APPROX, START, MID or END). Vague bars are drawn with faded, dashed ends.
pub fn is_vague(timex: &Timex) -> bool {
    let reference = match &timex.value {
        TimexValue::Ref(_) => true,
        TimexValue::Text(v) => ["PAST_REF", "PRESENT_REF", "FUTURE_REF"]
            .iter()
            .any(|r| v.starts_with(r)),
        _ => false,
    };
    reference
        || matches!(
            timex.modifier,
            Some(Modifier::Approx | Modifier::Start | Modifier::Mid | Modifier::End)
        )
}

/// True when `event` of `doc` has `needle` (already lower case) in its label, its
/// expression or its sentence, in any case.
pub fn event_matches(doc: &Document, event: &crate::event::Event, needle: &str) -> bool {
    let has = |s: &str| s.to_lowercase().contains(needle);
    has(&event.label)
        || has(doc.slice(event.timex.span))
        || has(doc.slice(event.sentence))
        || event.note().is_some_and(has)
}
