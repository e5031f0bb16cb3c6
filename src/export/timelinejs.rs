//! TimelineJS's JSON format (TimelineJS3, <https://timeline.knightlab.com/docs/json-format.html>):
//! a `title` slide and one slide per placed event, with `start_date`, `end_date` for spans,
//! `text {headline, text}`, `group` per lane and `display_date` for vague spans.
//! TimelineJS renders `text` as HTML, so every string is HTML-escaped and autolinking is off.

use super::{DataExportError, Shown};
use crate::render::{Mark, TimelineModel, is_vague, mark_of};
use crate::temporal::Granularity;
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};
use serde::Serialize;
use std::collections::HashMap;

/// The TimelineJS version whose documented schema the output follows.
pub const TIMELINEJS_VERSION: &str = "3.9";

#[derive(Serialize)]
struct Timeline {
    title: Slide,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    autolink: bool,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// A TimelineJS date object: the parts down to the event's precision.
#[derive(Serialize, Debug, PartialEq)]
struct Date {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<u32>,
}

impl Date {
    /// `t` down to `granularity`: a year, a month, a day or a time.
    fn at(t: NaiveDateTime, granularity: Granularity) -> Self {
        let month = granularity >= Granularity::Season;
        let day = granularity >= Granularity::Week;
        let time = granularity > Granularity::Day;
        Self {
            year: t.year(),
            month: month.then(|| t.month()),
            day: day.then(|| t.day()),
            hour: time.then(|| t.hour()),
            minute: time.then(|| t.minute()),
        }
    }
}

/// `text` for TimelineJS's HTML fields: markup characters escaped, control characters
/// other than line breaks dropped.
fn html(text: &str) -> String {
    crate::text::escape_xml(text)
}

/// The shown events as a TimelineJS document.
pub fn timeline(shown: &Shown<'_>) -> Result<Vec<u8>, DataExportError> {
    let model = TimelineModel::new(shown.docs, shown.grouping);
    let group_of: HashMap<usize, String> = model
        .lanes()
        .iter()
        .flat_map(|lane| lane.docs.iter().map(|&d| (d, lane.name.clone())))
        .collect();
    let mut events = Vec::new();
    for (id, doc, event) in shown.each() {
        let t = &event.timex;
        let (Some(interval), Some(mark)) = (t.interval.as_ref(), mark_of(t)) else {
            continue;
        };
        let g = interval.granularity();
        let end_date = match mark {
            Mark::Point(_) => None,
            // `until` is exclusive: the span ends on the day before.
            Mark::Span(..) => Some(Date::at(interval.until() - Duration::seconds(1), g)),
        };
        let vague = is_vague(t);
        let sentence = doc.slice(event.sentence).trim();
        events.push(Slide {
            start_date: Some(Date::at(interval.begin(), g)),
            end_date,
            text: Text {
                headline: html(&event.label),
                text: format!(
                    "{}<br><i>{} — {}</i>",
                    html(sentence),
                    html(doc.slice(t.span)),
                    html(&doc.article.title)
                ),
            },
            group: group_of.get(&id.doc).map(|g| html(g)),
            display_date: vague.then(|| html(&crate::event::when_text(t))),
            unique_id: Some(format!("event-{}-{}", id.doc, id.event)),
            autolink: false,
        });
    }
    let articles = shown.articles().count();
    let timeline = Timeline {
        title: Slide {
            start_date: None,
            end_date: None,
            text: Text {
                headline: html(&crate::render::default_title(shown.docs)),
                text: format!(
                    "{} event{} from {articles} article{}",
                    events.len(),
                    if events.len() == 1 { "" } else { "s" },
                    if articles == 1 { "" } else { "s" }
                ),
            },
            group: None,
            display_date: None,
            unique_id: Some("title".into()),
            autolink: false,
        },
        events,
    };
    let mut out = serde_json::to_vec_pretty(&timeline)?;
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::{DataFormat, data_bytes, hostile};
    use super::*;
    use crate::render::fixtures::sample;
    use serde_json::Value;

    fn parse(shown: &Shown<'_>) -> Value {
        let bytes = data_bytes(shown, DataFormat::TimelineJs).expect("timelinejs");
        serde_json::from_slice(&bytes).expect("valid JSON")
    }

    #[test]
    fn days_are_points_and_months_are_spans_with_an_inclusive_end() {
        let docs = vec![sample()];
        let v = parse(&Shown::all(&docs));
        let events = v["events"].as_array().expect("events");
        assert_eq!(events.len(), 3, "the event waiting for a date has no slide");
        let monday = &events[0];
        assert_eq!(monday["start_date"]["year"], 2025);
        assert_eq!(monday["start_date"]["month"], 11);
        assert_eq!(monday["start_date"]["day"], 3);
        assert!(monday.get("end_date").is_none());
        let august = &events[1];
        assert_eq!(august["start_date"]["month"], 8);
        assert!(august["start_date"].get("day").is_none());
        assert_eq!(august["end_date"]["month"], 8);
        assert_eq!(august["end_date"]["year"], 2025);
        assert!(august["text"]["headline"].is_string());
        assert!(august["group"].is_string());
        assert!(v["title"]["text"]["headline"].is_string());
    }

    #[test]
    fn every_string_is_escaped_html() {
        let docs = vec![hostile::document()];
        let v = parse(&Shown::all(&docs));
        let text = serde_json::to_string(&v).expect("json");
        assert!(!text.contains("<script>"), "{text}");
        assert!(!text.contains("</text>"), "{text}");
        assert!(text.contains("&lt;/TEXT&gt;") || text.contains("&lt;script&gt;"));
        assert_eq!(v["events"][0]["autolink"], false);
    }

    #[test]
    fn dates_keep_the_precision_of_their_granularity() {
        let t = chrono::NaiveDate::from_ymd_opt(2025, 3, 9)
            .and_then(|d| d.and_hms_opt(14, 30, 0))
            .expect("time");
        assert_eq!(
            Date::at(t, Granularity::Year),
            Date {
                year: 2025,
                month: None,
                day: None,
                hour: None,
                minute: None
            }
        );
        assert_eq!(Date::at(t, Granularity::Day).day, Some(9));
        assert_eq!(Date::at(t, Granularity::Minute).hour, Some(14));
    }
}
