//! Gold events and time–event links from TimeML files (EVENT, MAKEINSTANCE, TLINK), for
//! training and scoring the event models.

use super::EventClass;
use crate::article::timeml::{self, TimeMlDocument};
use crate::text::Span;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event as Xml};
use std::collections::HashMap;

/// A gold event mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldEvent {
    /// Its span in the document text.
    pub span: Span,
    /// Its `eid`.
    pub eid: String,
    /// Its class, when the file names a known one.
    pub class: Option<EventClass>,
}

/// A TimeML document with its gold events and the events each time expression is linked to.
#[derive(Debug, Clone)]
pub struct GoldDocument {
    /// The document (text, DCT, gold time expressions).
    pub doc: TimeMlDocument,
    /// Gold event mentions, in text order.
    pub events: Vec<GoldEvent>,
    /// TLINKs between a time expression (`tid`) and an event (`eid`), either direction.
    pub links: Vec<(String, String)>,
}

/// Parses a TimeML file with its events and links.
pub fn parse(xml: &str) -> Result<GoldDocument, String> {
    let doc = timeml::parse(xml)?;
    let mut reader = Reader::from_str(xml);
    let mut text_len = 0usize;
    let mut in_text = false;
    let mut open: Option<(usize, String, Option<EventClass>)> = None;
    let mut events = Vec::new();
    let mut instances: HashMap<String, String> = HashMap::new();
    let mut raw_links: Vec<(String, String, bool)> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| format!("XML error: {e}"))?;
        match event {
            Xml::Start(s) if s.name().as_ref() == "TEXT" => in_text = true,
            Xml::End(e) if e.name().as_ref() == "TEXT" => in_text = false,
            Xml::Start(s) if in_text && s.name().as_ref() == "EVENT" => {
                let a = attributes(&s)?;
                let eid = a.get("eid").cloned().unwrap_or_default();
                let class = a.get("class").and_then(|c| EventClass::parse(c));
                open = Some((text_len, eid, class));
            }
            Xml::End(e) if e.name().as_ref() == "EVENT" => {
                if let Some((start, eid, class)) = open.take() {
                    events.push(GoldEvent {
                        span: Span::new(start, text_len),
                        eid,
                        class,
                    });
                }
            }
            Xml::Empty(s) if s.name().as_ref() == "MAKEINSTANCE" => {
                let a = attributes(&s)?;
                if let (Some(i), Some(e)) = (a.get("eiid"), a.get("eventID")) {
                    instances.insert(i.clone(), e.clone());
                }
            }
            Xml::Empty(s) if s.name().as_ref() == "TLINK" => {
                let a = attributes(&s)?;
                let pair = match (a.get("timeID"), a.get("relatedToEventInstance")) {
                    (Some(t), Some(e)) => Some((t, e)),
                    _ => a.get("relatedToTime").zip(a.get("eventInstanceID")),
                };
                if let Some((t, e)) = pair {
                    raw_links.push((t.clone(), e.clone(), true));
                }
            }
            Xml::Text(t) if in_text => text_len += t.xml10_content().len(),
            Xml::CData(c) if in_text => text_len += c.xml10_content().len(),
            Xml::GeneralRef(r) if in_text => {
                let len = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c.len_utf8(),
                    None => quick_xml::escape::resolve_predefined_entity(&r.into_inner())
                        .map_or(0, str::len),
                };
                text_len += len;
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    if text_len != doc.text.len() {
        return Err("event offsets disagree with the text".to_string());
    }
    let links = raw_links
        .into_iter()
        .filter_map(|(t, i, _)| Some((t, instances.get(&i)?.clone())))
        .collect();
    Ok(GoldDocument { doc, events, links })
}

fn attributes(start: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute: {e}"))?;
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        out.insert(attr.key.as_ref().to_string(), value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0"?>
<TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">1998-01-08</TIMEX3></DCT>
<TEXT>Officials &amp; aides <EVENT eid="e1" class="REPORTING">said</EVENT> the plant <EVENT eid="e2" class="OCCURRENCE">closed</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>"#;

    #[test]
    fn events_and_links_are_read_with_their_offsets() {
        let g = parse(DOC).expect("parses");
        let words: Vec<&str> = g
            .events
            .iter()
            .map(|e| &g.doc.text[e.span.start..e.span.end])
            .collect();
        assert_eq!(words, ["said", "closed"]);
        assert_eq!(g.events[0].class, Some(EventClass::Reporting));
        assert!(g.links.contains(&("t1".to_string(), "e2".to_string())));
        assert!(g.links.contains(&("t0".to_string(), "e1".to_string())));
    }
}
