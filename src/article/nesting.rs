//! Bounding how deeply HTML nests before any parser or recursive library sees it.
//!
//! The readability pass recurses over the element tree and its cost grows with the depth
//! of every node, so a page nested 100,000 elements deep would overflow the stack and one
//! nested 20,000 deep would take minutes. One linear scan over the markup counts element
//! depth and drops the start and end tags of elements nested deeper than
//! [`MAX_HTML_DEPTH`]; their text stays, in place. Elements whose end tag HTML lets a
//! sibling imply (`<p>`, `<li>`, `<td>`, …) and void elements (`<br>`, `<img>`, …) do not
//! count, so ordinary pages with unclosed paragraphs are not touched.
//!
//! The same scan splits a text node holding more than [`MAX_TEXT_SPECIALS`] characters that
//! HTML serialisation escapes (`&`, and the characters U+0080–U+00BF such as a no-break
//! space) with an empty comment: the serialiser behind the readability pass rescans the rest
//! of a text node for each such character, so one huge node of `&amp;` would cost time
//! quadratic in its length. The comment changes neither the text nor the element tree.
//! A tag whose attribute value holds such a run (with no `"`, `<` or `>` to end the
//! serialiser's scan) loses its attributes.

use std::borrow::Cow;

/// Deepest element nesting kept in a page; elements below it are flattened into their
/// ancestor at this depth. Real news pages nest 20 to 60 elements deep.
pub const MAX_HTML_DEPTH: usize = 128;

/// Elements that never have content, or whose end tag a sibling implies.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rp", "rt",
    "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
];

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements whose content is raw text up to their end tag: tags inside are not tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "plaintext"];

/// The page with elements nested deeper than `limit` flattened, and its element work: the
/// sum over elements of their depth, which is what a tree pass that looks at every
/// element's ancestors or descendants costs.
#[derive(Debug)]
pub struct Bounded<'a> {
    /// The markup, borrowed when nothing was dropped.
    pub html: Cow<'a, str>,
    /// How many elements were flattened.
    pub flattened: usize,
    /// Sum over kept elements of their depth.
    pub work: u64,
}

/// Most characters that serialisation escapes (`&`, U+0080–U+00BF) kept in one text node;
/// a longer run is split with an empty comment before the next one. Ordinary paragraphs
/// hold a handful. Also the longest run of them an attribute value keeps.
pub const MAX_TEXT_SPECIALS: usize = 256;

/// The split inserted into a text node: a node of its own that holds no text.
const TEXT_SPLIT: &str = "<!---->";

/// Most elements kept in a page; the tags of later elements are dropped (their text kept),
/// so the parsed tree stays small whatever the file holds. Real news pages have a few
/// thousand elements.
pub const MAX_HTML_ELEMENTS: usize = 100_000;

/// Scans `html` once and drops the tags of elements nested deeper than `limit`, and of
/// every element after the first `max_elements`.
pub fn bound_depth(html: &str, limit: usize, max_elements: usize) -> Bounded<'_> {
    let bytes = html.as_bytes();
    let mut out = Output::new(html);
    let mut scan = Scan {
        limit,
        max_elements,
        ..Scan::default()
    };
    let mut text = TextRun::default();
    let mut at = 0usize;
    while let Some(offset) = memchr_lt(bytes.get(at..).unwrap_or_default()) {
        let start = at + offset;
        text.scan(html, at, start, &mut out);
        let Some(tag) = read_tag(html, start) else {
            at = start + 1;
            continue;
        };
        at = tag.end;
        let drop = scan.drops(&tag);
        if let (TagKind::Start, Some(name)) = (&tag.kind, tag.name.as_deref())
            && RAW_TEXT.contains(&name)
        {
            at = skip_raw_text(html, at, name);
            if drop {
                // A dropped script or style goes whole: its content is not text.
                at = tag_end(html, at).0;
            }
        }
        if drop {
            out.skip(start, at);
            continue;
        }
        // A kept tag or comment ends the text node.
        text.specials = 0;
        if let (TagKind::Start | TagKind::Other, Some(name)) = (&tag.kind, tag.name.as_deref())
            && tag.specials > MAX_TEXT_SPECIALS
        {
            out.replace(start, tag.end, &format!("<{name}>"));
        }
    }
    text.scan(html, at, html.len(), &mut out);
    Bounded {
        html: out.finish(),
        flattened: scan.flattened,
        work: scan.work,
    }
}

/// The bounded page being built: `html` with some ranges left out and some splits put in,
/// borrowed until the first change.
struct Output<'a> {
    html: &'a str,
    buf: Option<String>,
    /// Bytes of `html` already copied to `buf` (or skipped).
    copied: usize,
}

impl<'a> Output<'a> {
    fn new(html: &'a str) -> Self {
        Self {
            html,
            buf: None,
            copied: 0,
        }
    }

    fn copy_to(&mut self, to: usize) -> &mut String {
        let html = self.html;
        let buf = self
            .buf
            .get_or_insert_with(|| String::with_capacity(html.len() + html.len() / 64));
        buf.push_str(html.get(self.copied..to).unwrap_or_default());
        self.copied = to;
        buf
    }

    /// Leaves out `html[from..to]`.
    fn skip(&mut self, from: usize, to: usize) {
        self.copy_to(from);
        self.copied = to;
    }

    /// Puts `with` in place of `html[from..to]`.
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        self.copy_to(from).push_str(with);
        self.copied = to;
    }

    /// Splits the text node at `at`.
    fn split(&mut self, at: usize) {
        self.copy_to(at).push_str(TEXT_SPLIT);
    }

    fn finish(mut self) -> Cow<'a, str> {
        if self.buf.is_none() {
            return Cow::Borrowed(self.html);
        }
        let end = self.html.len();
        Cow::Owned(std::mem::take(self.copy_to(end)))
    }
}

/// The characters serialisation escapes in the current text node so far.
#[derive(Debug, Default)]
struct TextRun {
    specials: usize,
}

impl TextRun {
    /// Counts the escaped characters of the text `html[from..to]`, splitting the node
    /// before the one past the limit. `&` and the lead byte 0xC2 start a character, and
    /// no character reference, so a split there leaves the text as it was.
    fn scan(&mut self, html: &str, from: usize, to: usize, out: &mut Output<'_>) {
        let segment = html.as_bytes().get(from..to).unwrap_or_default();
        for (i, &b) in segment.iter().enumerate() {
            if b != b'&' && b != 0xC2 {
                continue;
            }
            if self.specials == MAX_TEXT_SPECIALS {
                out.split(from + i);
                self.specials = 0;
            }
            self.specials += 1;
        }
    }
}

/// The state of one scan: depth of counted elements, dropped start tags whose end tags are
/// still to come, and totals.
#[derive(Debug, Default)]
struct Scan {
    limit: usize,
    max_elements: usize,
    depth: usize,
    suppressed: usize,
    elements: usize,
    flattened: usize,
    work: u64,
}

impl Scan {
    /// Whether `tag` is dropped, updating the state.
    fn drops(&mut self, tag: &Tag) -> bool {
        let Some(name) = tag.name.as_deref() else {
            return false;
        };
        let counted = !UNCOUNTED.contains(&name) && !RAW_TEXT.contains(&name);
        let full = self.elements >= self.max_elements;
        match (&tag.kind, counted) {
            (TagKind::Start, _) if full => {
                self.suppressed += usize::from(counted);
                self.flattened += 1;
                true
            }
            (TagKind::Start, true) if self.depth >= self.limit => {
                self.suppressed += 1;
                self.flattened += 1;
                true
            }
            (TagKind::Start, true) => {
                self.elements += 1;
                self.depth += 1;
                self.work += self.depth as u64;
                false
            }
            (TagKind::Start, false) => {
                self.elements += 1;
                self.work += self.depth as u64 + 1;
                false
            }
            (TagKind::End, true) if self.suppressed > 0 => {
                self.suppressed -= 1;
                true
            }
            (TagKind::End, true) => {
                self.depth = self.depth.saturating_sub(1);
                false
            }
            // An implied end tag (`</p>`) after the budget could open an empty element.
            (TagKind::End, false) => full,
            (TagKind::Other, _) => full,
        }
    }
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

#[derive(Debug, PartialEq, Eq)]
enum TagKind {
    Start,
    End,
    /// A comment, doctype, processing instruction or self-closing tag.
    Other,
}

#[derive(Debug)]
struct Tag {
    kind: TagKind,
    /// Lower-cased element name.
    name: Option<String>,
    /// Byte offset just past the tag's `>` (or the end of the input).
    end: usize,
    /// Its attributes' longest [`EscapeRun`].
    specials: usize,
}

/// The tag starting at `start` (a `<`), or `None` when the `<` is just text.
fn read_tag(html: &str, start: usize) -> Option<Tag> {
    let rest = html.get(start + 1..)?;
    if let Some(comment) = rest.strip_prefix("!--") {
        let end = comment
            .find("-->")
            .map_or(html.len(), |i| start + 4 + i + 3);
        return Some(Tag {
            kind: TagKind::Other,
            name: None,
            end,
            specials: 0,
        });
    }
    if rest.starts_with('!') || rest.starts_with('?') {
        let end = rest.find('>').map_or(html.len(), |i| start + 1 + i + 1);
        return Some(Tag {
            kind: TagKind::Other,
            name: None,
            end,
            specials: 0,
        });
    }
    let (closing, name_at) = match rest.strip_prefix('/') {
        Some(_) => (true, start + 2),
        None => (false, start + 1),
    };
    let name_str = html.get(name_at..)?;
    let name_len = name_str
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':' || c == '_'))
        .unwrap_or(name_str.len());
    let name = name_str.get(..name_len)?;
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let (end, self_closing, specials) = tag_end(html, name_at + name_len);
    // HTML ignores `/>` on elements that are not void: `<div/>` opens a div.
    let void = VOID.contains(&name.to_ascii_lowercase().as_str());
    let kind = match (closing, self_closing && void) {
        (true, _) => TagKind::End,
        (false, true) => TagKind::Other,
        (false, false) => TagKind::Start,
    };
    Some(Tag {
        kind,
        name: Some(name.to_ascii_lowercase()),
        end,
        specials,
    })
}

/// Where a tag's attributes end (past `>`, quotes respected), whether it ends in `/>`, and
/// its longest [`EscapeRun`].
fn tag_end(html: &str, from: usize) -> (usize, bool, usize) {
    let bytes = html.as_bytes();
    let mut quote = None;
    let mut run = EscapeRun::default();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        run.step(bytes, i);
        match (quote, b) {
            (Some(q), _) if b == q => {
                quote = None;
                run.stop();
            }
            (Some(_), _) => {}
            (None, b'"' | b'\'') => {
                quote = Some(b);
                run.stop();
            }
            (None, b'>') => {
                let self_closing = i > from && bytes.get(i - 1) == Some(&b'/');
                return (i + 1, self_closing, run.longest);
            }
            (None, _) => {}
        }
        i += 1;
    }
    (html.len(), false, run.longest)
}

/// Characters that serialisation escapes (`&`, lead byte 0xC2) in an attribute value with
/// none of the characters that end the serialiser's scan (`"`, `<`, `>`, as themselves or
/// as `&quot;`, `&lt;`, `&gt;`) between them: the serialiser rescans such a run once per
/// character, so a long one costs quadratic time.
#[derive(Debug, Default)]
struct EscapeRun {
    current: usize,
    longest: usize,
}

impl EscapeRun {
    /// Reads the byte at `i`.
    fn step(&mut self, bytes: &[u8], i: usize) {
        let rest = bytes.get(i + 1..).unwrap_or_default();
        match bytes.get(i) {
            Some(b'"' | b'<' | b'>') => self.stop(),
            Some(b'&')
                if [&b"quot"[..], b"lt", b"gt"]
                    .iter()
                    .any(|e| rest.starts_with(e)) =>
            {
                self.stop();
            }
            Some(b'&' | 0xC2) => {
                self.current += 1;
                self.longest = self.longest.max(self.current);
            }
            _ => {}
        }
    }

    fn stop(&mut self) {
        self.current = 0;
    }
}

/// Past the end tag of the raw-text element `name` whose content starts at `from`.
fn skip_raw_text(html: &str, from: usize, name: &str) -> usize {
    let rest = html.get(from..).unwrap_or_default();
    let lower_close = format!("</{name}");
    let bytes = rest.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr_lt(bytes.get(i..).unwrap_or_default()) {
        let at = i + off;
        let candidate = bytes.get(at..at + lower_close.len()).unwrap_or_default();
        if candidate.eq_ignore_ascii_case(lower_close.as_bytes()) {
            return from + at;
        }
        i = at + 1;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_untouched() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><br><img src='x>y'></body></html>";
        let b = bound_depth(page, 4, MAX_HTML_ELEMENTS);
        assert!(matches!(b.html, Cow::Borrowed(_)));
        assert_eq!(b.flattened, 0);
    }

    #[test]
    fn deep_nesting_is_flattened_and_text_kept() {
        let n = 10_000;
        let page = format!(
            "<body>{}Deep text on Monday.{}<p>After.</p></body>",
            "<span class=\"x\">".repeat(n),
            "</span>".repeat(n)
        );
        let b = bound_depth(&page, 8, MAX_HTML_ELEMENTS);
        assert_eq!(b.flattened, n - 8);
        assert_eq!(b.html.matches("<span").count(), 8);
        assert_eq!(b.html.matches("</span>").count(), 8);
        assert!(b.html.contains("Deep text on Monday.</span>"));
        assert!(b.html.ends_with("<p>After.</p></body>"));
    }

    #[test]
    fn unclosed_tables_count_by_table() {
        let page = "<table><tr><td>x".repeat(1000);
        let b = bound_depth(&page, 16, MAX_HTML_ELEMENTS);
        assert_eq!(b.html.matches("<table>").count(), 16);
        assert_eq!(b.html.matches("<td>").count(), 1000);
    }

    #[test]
    fn tags_in_scripts_comments_and_quotes_are_not_tags() {
        let page = "<div><script>if (a<b) { x = '<div><div>'; }</script><!-- <div><div> --><a title=\"<div>\">x</a></div>";
        let b = bound_depth(page, 1, MAX_HTML_ELEMENTS);
        assert_eq!(b.flattened, 1, "only the <a> is deeper than 1");
        assert!(b.html.contains("<script>if (a<b)"));
    }

    #[test]
    fn self_closing_divs_nest_as_html_says() {
        let page = "<div/>".repeat(300);
        assert_eq!(bound_depth(&page, 128, MAX_HTML_ELEMENTS).flattened, 172);
    }

    #[test]
    fn elements_past_the_budget_lose_their_tags_not_their_text() {
        let page = format!(
            "<div><p>Kept.{}<script>var x = '<p>';</script><p>Late text.</p></div>",
            "<br>".repeat(50)
        );
        let b = bound_depth(&page, 128, 10);
        assert!(b.html.contains("Late text."));
        assert!(!b.html.contains("var x"), "a dropped script goes whole");
        assert_eq!(b.html.matches("<br>").count(), 8);
        assert!(
            b.html.ends_with("Late text.</div>"),
            "open elements still close"
        );
    }

    #[test]
    fn a_text_node_with_many_escaped_characters_is_split_and_its_text_kept() {
        let text = format!("{} and\u{a0}{}", "&amp;".repeat(700), "\u{a0}x".repeat(100));
        let page = format!("<p>{text}</p><p>{}</p>", "a&b ".repeat(100));
        let b = bound_depth(&page, 128, MAX_HTML_ELEMENTS);
        assert_eq!(
            b.html.matches(TEXT_SPLIT).count(),
            3,
            "801 escaped characters in the first node, 100 in the second"
        );
        assert_eq!(b.html.replace(TEXT_SPLIT, ""), page);
        assert!(
            !b.html.contains("&am<"),
            "never inside a character reference"
        );
    }

    #[test]
    fn a_tag_whose_attributes_hold_many_escaped_characters_loses_them() {
        let page = format!(
            "<p><a href=\"/x?a=1&amp;b=2\" title=\"{}\">link</a> and <img alt={}/></p>",
            "&amp;".repeat(300),
            "&".repeat(300)
        );
        let b = bound_depth(&page, 128, MAX_HTML_ELEMENTS);
        assert_eq!(b.html, "<p><a>link</a> and <img></p>");
        let fine = "<p><a href=\"/x?a=1&amp;b=2\">link</a></p>";
        assert!(matches!(
            bound_depth(fine, 128, MAX_HTML_ELEMENTS).html,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escaped_characters_are_counted_per_text_node() {
        let page = "<p>a &amp; b</p>".repeat(1000);
        let b = bound_depth(&page, 128, MAX_HTML_ELEMENTS);
        assert!(matches!(b.html, Cow::Borrowed(_)));
    }

    #[test]
    fn work_grows_with_depth() {
        let flat = "<div>x</div>".repeat(100);
        let deep = format!("{}x{}", "<div>".repeat(100), "</div>".repeat(100));
        assert_eq!(bound_depth(&flat, 1000, MAX_HTML_ELEMENTS).work, 100);
        assert_eq!(bound_depth(&deep, 1000, MAX_HTML_ELEMENTS).work, 5050);
    }
}
