//! TimeML documents: the text of `<TEXT>`, the DCT, and the TIMEX3 annotations in it.

use crate::text::Span;
use chrono::NaiveDate;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// A TIMEX3 annotation found in `<TEXT>`, with its span in the extracted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldTimex {
    /// Where the annotated expression is in [`TimeMlDocument::text`].
    pub span: Span,
    /// `tid` attribute.
    pub tid: String,
    /// `type` attribute (`DATE`, `TIME`, `DURATION`, `SET`).
    pub timex_type: String,
    /// `value` attribute.
    pub value: String,
    /// `mod` attribute, if present.
    pub modifier: Option<String>,
}

/// A parsed TimeML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeMlDocument {
    /// `<DOCID>`, if present.
    pub doc_id: Option<String>,
    /// `<TITLE>`, if present.
    pub title: Option<String>,
    /// Character data of `<TEXT>`: entities decoded, tags removed, nothing trimmed.
    pub text: String,
    /// Value of the DCT `TIMEX3` (the creation time), as written.
    pub dct_value: Option<String>,
    /// The DCT as a calendar date, when its value starts with `YYYY-MM-DD`.
    pub dct: Option<NaiveDate>,
    /// Byte range of the `<TEXT>` element's content in the source XML (from the end of the
    /// start tag to the start of the end tag).
    pub text_range: Option<(usize, usize)>,
    /// The TIMEX3 annotations inside `<TEXT>`, in order.
    pub timexes: Vec<GoldTimex>,
}

/// Parses a TimeML document. Errors are human-readable reasons.
pub fn parse(xml: &str) -> Result<TimeMlDocument, String> {
    let mut reader = Reader::from_str(xml);
    let mut doc = TimeMlDocument {
        doc_id: None,
        title: None,
        text: String::new(),
        dct_value: None,
        dct: None,
        text_range: None,
        timexes: Vec::new(),
    };
    let mut stack: Vec<String> = Vec::new();
    let mut open_timex: Option<(usize, GoldTimex)> = None;
    let mut text_start = None;
    let mut simple = String::new(); // character data of DOCID / TITLE
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| format!("XML error at byte {before}: {e}"))?;
        let in_text = stack.iter().any(|n| n == "TEXT");
        match event {
            Event::Start(start) => {
                let name = tag_name(&start);
                if name == "TEXT" {
                    text_start = Some(reader.buffer_position() as usize);
                } else if name == "TIMEX3" {
                    let timex = timex_attributes(&start)?;
                    if in_text {
                        open_timex = Some((doc.text.len(), timex));
                    } else if stack.iter().any(|n| n == "DCT") {
                        doc.dct_value = Some(timex.value.clone());
                    }
                }
                if matches!(name.as_str(), "DOCID" | "TITLE") {
                    simple.clear();
                }
                stack.push(name);
            }
            Event::Empty(start)
                if tag_name(&start) == "TIMEX3" && stack.iter().any(|n| n == "DCT") =>
            {
                doc.dct_value = Some(timex_attributes(&start)?.value);
            }
            Event::End(end) => {
                let name = end.name().as_ref().to_string();
                if stack.pop().as_deref() != Some(name.as_str()) {
                    return Err(format!("mismatched end tag </{name}>"));
                }
                match name.as_str() {
                    "TEXT" => doc.text_range = text_start.map(|s| (s, before)),
                    "TIMEX3" => {
                        if let Some((start, mut timex)) = open_timex.take() {
                            timex.span = Span::new(start, doc.text.len());
                            doc.timexes.push(timex);
                        }
                    }
                    "DOCID" => doc.doc_id = Some(simple.trim().to_string()),
                    "TITLE" => doc.title = Some(simple.trim().to_string()),
                    _ => {}
                }
            }
            Event::Text(t) => {
                let content = t.xml10_content();
                if in_text {
                    doc.text.push_str(&content);
                } else {
                    simple.push_str(&content);
                }
            }
            Event::CData(c) if in_text => {
                doc.text.push_str(&c.xml10_content());
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.into_inner();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| format!("unknown entity &{name};"))?
                            .to_string()
                    }
                };
                if in_text {
                    doc.text.push_str(&resolved);
                } else {
                    simple.push_str(&resolved);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed element <{}>", stack.join("> <")));
    }
    if doc.text_range.is_none() {
        return Err("no <TEXT> element".to_string());
    }
    doc.dct = doc.dct_value.as_deref().and_then(super::parse_date);
    Ok(doc)
}

fn tag_name(start: &BytesStart<'_>) -> String {
    start.name().as_ref().to_string()
}

fn timex_attributes(start: &BytesStart<'_>) -> Result<GoldTimex, String> {
    let mut timex = GoldTimex {
        span: Span::new(0, 0),
        tid: String::new(),
        timex_type: String::new(),
        value: String::new(),
        modifier: None,
    };
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute: {e}"))?;
        let value = attr
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map_err(|e| format!("bad attribute value: {e}"))?
            .into_owned();
        match attr.key.as_ref() {
            "tid" => timex.tid = value,
            "type" => timex.timex_type = value,
            "value" => timex.value = value,
            "mod" => timex.modifier = Some(value),
            _ => {}
        }
    }
    Ok(timex)
}

/// Escapes `s` as XML character data (or a double-quoted attribute value).
pub fn escape(s: &str) -> String {
    crate::text::escape_xml(s)
}

/// `text` with a `<TIMEX3>` tag around each expression (tids `t1`, `t2`, … in order).
/// Expressions that overlap an earlier one or do not fall on character boundaries are
/// skipped.
pub fn tag_text(text: &str, timexes: &[crate::temporal::Timex]) -> String {
    let mut out = String::with_capacity(text.len() + timexes.len() * 64);
    let mut at = 0usize;
    let mut n = 0usize;
    for t in timexes {
        let (Some(before), Some(inner)) = (
            text.get(at..t.span.start),
            text.get(t.span.start..t.span.end),
        ) else {
            continue;
        };
        n += 1;
        out.push_str(&escape(before));
        out.push_str(&format!(
            "<TIMEX3 tid=\"t{n}\" type=\"{}\" value=\"{}\"",
            t.timex_type,
            escape(&t.value.to_string())
        ));
        if let Some(m) = t.modifier {
            out.push_str(&format!(" mod=\"{m}\""));
        }
        if let Some(f) = t.freq {
            out.push_str(&format!(" freq=\"{f}X\""));
        }
        out.push('>');
        out.push_str(&escape(inner));
        out.push_str("</TIMEX3>");
        at = t.span.end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or("")));
    out
}

/// The TimeML document `xml` (parsed as `doc`) with the content of `<TEXT>` replaced by the
/// text tagged with `timexes`.
pub fn annotate(xml: &str, doc: &TimeMlDocument, timexes: &[crate::temporal::Timex]) -> String {
    let Some((start, end)) = doc.text_range else {
        return xml.to_string();
    };
    let (Some(head), Some(tail)) = (xml.get(..start), xml.get(end..)) else {
        return xml.to_string();
    };
    let mut out = String::with_capacity(xml.len() + timexes.len() * 64);
    out.push_str(head);
    out.push_str(&tag_text(&doc.text, timexes));
    out.push_str(tail);
    out
}

/// A minimal TimeML document for plain `text` with publication date `dct`.
pub fn document(
    doc_id: &str,
    text: &str,
    dct: Option<NaiveDate>,
    timexes: &[crate::temporal::Timex],
) -> String {
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    out.push_str(&format!("<DOCID>{}</DOCID>\n", escape(doc_id)));
    if let Some(d) = dct {
        let v = d.format("%Y-%m-%d");
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>\n"
        ));
    }
    out.push_str("<TEXT>");
    out.push_str(&tag_text(text, timexes));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML><DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
A &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07" mod="START">yesterday</TIMEX3>.
</TEXT>
<TLINK lid="l1"/>
</TimeML>"#;

    #[test]
    fn extracts_text_dct_and_timexes_with_byte_spans() {
        let doc = parse(DOC).expect("parses");
        assert_eq!(doc.doc_id.as_deref(), Some("X1"));
        assert_eq!(doc.text, "\nA & B met yesterday.\n");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(1998, 1, 8));
        assert_eq!(doc.timexes.len(), 1);
        let t = &doc.timexes[0];
        assert_eq!(&doc.text[t.span.start..t.span.end], "yesterday");
        assert_eq!(t.value, "1998-01-07");
        assert_eq!(t.modifier.as_deref(), Some("START"));
        let (s, e) = doc.text_range.expect("range");
        assert!(DOC[s..e].contains("<EVENT"));
    }

    #[test]
    fn malformed_xml_is_an_error_not_a_panic() {
        assert!(parse("<TimeML><TEXT>abc</TimeML>").is_err());
        assert!(parse("<TimeML></TimeML>").is_err());
        assert!(parse("").is_err());
    }
}
