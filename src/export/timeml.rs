//! TimeML for any article: its text with `<TIMEX3>` around each time expression and
//! `<EVENT>` around each event trigger, the publication date as the DCT; the text escaped.

use crate::article::timeml::escape;
use crate::pipeline::Document;
use crate::text::Span;
use std::fmt::Write;

/// One tag to place around a span of the text.
enum Tag<'a> {
    Timex(&'a crate::temporal::Timex),
    Event(Option<crate::event::EventClass>),
}

/// The TimeML document of `doc`, with the events `keep` accepts (by index).
pub fn document(doc: &Document, keep: impl Fn(usize) -> bool) -> String {
    let mut tags: Vec<(Span, Tag<'_>)> = Vec::new();
    let kept = doc.events.iter().enumerate().filter(|(i, _)| keep(*i));
    for (_, event) in kept {
        tags.push((event.timex.span, Tag::Timex(&event.timex)));
        if let Some(trigger) = event.trigger {
            tags.push((trigger.span, Tag::Event(trigger.class)));
        }
    }
    tags.sort_by_key(|(span, _)| (span.start, span.end));
    tags.dedup_by_key(|(span, _)| *span);
    let text = &doc.article.text;
    let mut out = String::from("<?xml version=\"1.0\" ?>\n<TimeML>\n");
    let id = doc
        .article
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let _ = writeln!(out, "<DOCID>{}</DOCID>", escape(&id));
    if let Some(p) = &doc.article.publication {
        let v = p.date.format("%Y-%m-%d");
        let _ = writeln!(
            out,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{v}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{v}</TIMEX3></DCT>"
        );
    }
    let _ = writeln!(out, "<TITLE>{}</TITLE>", escape(&doc.article.title));
    out.push_str("<TEXT>");
    let (mut at, mut tid, mut eid) = (0usize, 0usize, 0usize);
    for (span, tag) in &tags {
        // A tag overlapping the one before, or off a character boundary, is left out.
        let (Some(before), Some(inner)) =
            (text.get(at..span.start), text.get(span.start..span.end))
        else {
            continue;
        };
        out.push_str(&escape(before));
        match tag {
            Tag::Timex(t) => {
                tid += 1;
                let _ = write!(
                    out,
                    "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\"",
                    t.timex_type,
                    escape(&t.value.to_string())
                );
                if let Some(m) = t.modifier {
                    let _ = write!(out, " mod=\"{m}\"");
                }
                let _ = write!(out, ">{}</TIMEX3>", escape(inner));
            }
            Tag::Event(class) => {
                eid += 1;
                let class = class.map_or("OCCURRENCE", |c| c.as_str());
                let _ = write!(
                    out,
                    "<EVENT eid=\"e{eid}\" class=\"{class}\">{}</EVENT>",
                    escape(inner)
                );
            }
        }
        at = span.end;
    }
    out.push_str(&escape(text.get(at..).unwrap_or("")));
    out.push_str("</TEXT>\n</TimeML>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::super::hostile;
    use super::*;
    use crate::render::fixtures::sample;

    #[test]
    fn tags_every_kept_expression_and_parses_back_to_the_same_text() {
        let doc = sample();
        let xml = document(&doc, |_| true);
        assert_eq!(xml.matches("<TIMEX3 tid=\"t").count(), 5, "{xml}");
        let parsed = crate::article::timeml::parse(&xml).expect("valid TimeML");
        assert_eq!(parsed.text, doc.article.text);
        let only_first = document(&doc, |i| i == 0);
        assert_eq!(only_first.matches("<TIMEX3").count(), 2);
    }

    #[test]
    fn event_triggers_are_tagged() {
        let mut doc = sample();
        let start = doc.article.text.find("reopened").expect("verb");
        if let Some(event) = doc.events.first_mut() {
            event.trigger = Some(crate::event::Trigger {
                span: Span::new(start, start + "reopened".len()),
                class: Some(crate::event::EventClass::Occurrence),
            });
        }
        let xml = document(&doc, |_| true);
        assert!(
            xml.contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">reopened</EVENT>"),
            "{xml}"
        );
        crate::article::timeml::parse(&xml).expect("valid TimeML");
    }

    #[test]
    fn a_hostile_article_is_escaped_text() {
        let doc = hostile::document();
        let xml = document(&doc, |_| true);
        assert!(!xml.contains("<script>"));
        assert!(!xml.contains("\u{7}"));
        let parsed = crate::article::timeml::parse(&xml).expect("valid TimeML");
        assert!(parsed.text.contains("\"</TEXT>\" & left"));
    }
}
