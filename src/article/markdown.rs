//! Markdown to plain text, with a map from plain-text offsets back to the source.

use crate::text::Span;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Maps byte offsets in derived plain text back to byte offsets in the source it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// Runs of text copied verbatim: (plain start, source start, length), sorted by plain start.
    runs: Vec<(usize, usize, usize)>,
}

impl SourceMap {
    /// Records that `len` bytes at `plain` were copied from `source`.
    pub fn push(&mut self, plain: usize, source: usize, len: usize) {
        self.runs.push((plain, source, len));
    }

    /// The source offset of plain-text offset `plain` (the start of its run when the text was
    /// not copied verbatim).
    pub fn to_source(&self, plain: usize) -> usize {
        let index = self.runs.partition_point(|(p, _, _)| *p <= plain);
        match index.checked_sub(1).and_then(|i| self.runs.get(i)) {
            Some((p, s, len)) => s + (plain - p).min(*len),
            None => 0,
        }
    }

    /// The source offset just after plain-text byte `plain - 1` (for span ends).
    fn end_to_source(&self, plain: usize) -> usize {
        let index = self.runs.partition_point(|(p, _, _)| *p < plain);
        match index.checked_sub(1).and_then(|i| self.runs.get(i)) {
            Some((p, s, len)) => s + (plain - p).min(*len),
            None => 0,
        }
    }

    /// The source span of a plain-text span.
    pub fn span_to_source(&self, span: Span) -> Span {
        let start = self.to_source(span.start);
        Span::new(start, self.end_to_source(span.end).max(start))
    }
}

/// Renders Markdown to plain text for extraction: headings, paragraphs and list items become
/// blank-line separated blocks, emphasis and link syntax disappear (link text stays), images
/// and HTML are dropped. Returns the text and its map back to `source`.
pub fn to_plain_text(source: &str) -> (String, SourceMap) {
    let mut text = String::with_capacity(source.len());
    let mut map = SourceMap::default();
    let mut in_image = 0usize;
    for (event, range) in Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).into_offset_iter()
    {
        match event {
            Event::Text(t) | Event::Code(t) if in_image == 0 => {
                match source.get(range.clone()).and_then(|s| s.find(t.as_ref())) {
                    Some(offset) => map.push(text.len(), range.start + offset, t.len()),
                    None => map.push(text.len(), range.start, 0),
                }
                text.push_str(&t);
            }
            Event::SoftBreak | Event::HardBreak => {
                map.push(text.len(), range.start, 0);
                text.push('\n');
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) if !text.ends_with("\n\n") => {
                text.push_str(if text.ends_with('\n') { "\n" } else { "\n\n" });
            }
            _ => {}
        }
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    (text, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_blocks_and_drops_syntax() {
        let md = "# Bridge *reopens*\n\nThe [council](http://x) voted on **Monday**.\n\n- item one\n- item two\n\n![img](a.png)";
        let (text, _) = to_plain_text(md);
        assert_eq!(
            text,
            "Bridge reopens\n\nThe council voted on Monday.\n\nitem one\n\nitem two"
        );
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let md = "Intro line\n\nThe vote was on **Monday** in the hall.";
        let (text, map) = to_plain_text(md);
        let start = text.find("Monday").expect("in text");
        let span = map.span_to_source(Span::new(start, start + "Monday".len()));
        assert_eq!(&md[span.start..span.end], "Monday");
    }
}
