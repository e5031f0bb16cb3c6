//! The reading view's text cut into blocks (lines, long ones split) and each block into
//! pieces of one look: plain, inside a time expression, under an event trigger, matching
//! the search. Pure byte arithmetic on the article's text, no egui.

use crate::temporal::TimexType;
use crate::text::Span;
use std::ops::Range;

/// Longest block, in bytes, before a line is split (at a space when there is one), so that
/// a text without line breaks is still laid out and painted piece by piece.
pub const MAX_BLOCK_BYTES: usize = 2048;

/// How one piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// Inside a time expression of this type.
    pub expression: Option<TimexType>,
    /// Under an event trigger (underlined).
    pub trigger: bool,
    /// Matches the timeline search.
    pub found: bool,
}

/// A run of text with one look.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Bytes of the article's text.
    pub range: Range<usize>,
    /// How it looks.
    pub look: Look,
}

/// The marks of one article, each list sorted by start.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    /// Time expressions and their types.
    pub expressions: Vec<(Span, TimexType)>,
    /// Event triggers.
    pub triggers: Vec<Span>,
    /// Matches of the search.
    pub found: Vec<Span>,
}

impl Marks {
    /// Sorts every list by start (then end), as [`pieces`] expects.
    pub fn sorted(mut self) -> Self {
        self.expressions.sort_by_key(|(s, _)| (s.start, s.end));
        self.triggers.sort_by_key(|s| (s.start, s.end));
        self.found.sort_by_key(|s| (s.start, s.end));
        self
    }
}

/// The blocks of `text`: each line without its line break (empty lines included, as empty
/// ranges), lines longer than [`MAX_BLOCK_BYTES`] split after a space or, lacking one, at
/// a character boundary.
pub fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        split_long(text, start..end, &mut out);
        start += line.len();
    }
    out
}

/// Pushes `line` to `out`, cut into pieces of at most [`MAX_BLOCK_BYTES`].
fn split_long(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = line.start;
    while line.end - start > MAX_BLOCK_BYTES {
        let mut cut = start + MAX_BLOCK_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let at_space = text
            .get(start..cut)
            .and_then(|s| s.rfind(' '))
            .filter(|&i| i > 0)
            .map(|i| start + i + 1);
        let cut = at_space.unwrap_or(cut);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..line.end);
}

/// The marks of `list` (sorted by start) that overlap `block`.
fn overlapping<'a, T>(
    list: &'a [T],
    span: impl Fn(&T) -> Span + Copy + 'a,
    block: &'a Range<usize>,
) -> impl Iterator<Item = &'a T> + 'a {
    // Marks starting before the block can reach into it: step back over those that do.
    let mut first = list.partition_point(|m| span(m).start < block.start);
    while first > 0
        && list
            .get(first - 1)
            .is_some_and(|m| span(m).end > block.start)
    {
        first -= 1;
    }
    list.get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(move |m| span(m).start < block.end)
        .filter(move |m| span(m).end > block.start)
}

/// `block` of `text` cut into pieces of one look each, in order, covering the whole block.
pub fn pieces(text: &str, block: &Range<usize>, marks: &Marks) -> Vec<Piece> {
    let expressions: Vec<&(Span, TimexType)> =
        overlapping(&marks.expressions, |m| m.0, block).collect();
    let triggers: Vec<&Span> = overlapping(&marks.triggers, |m| *m, block).collect();
    let found: Vec<&Span> = overlapping(&marks.found, |m| *m, block).collect();
    let mut cuts = vec![block.start, block.end];
    let spans = expressions
        .iter()
        .map(|(s, _)| s)
        .chain(triggers.iter().copied())
        .chain(found.iter().copied());
    for s in spans {
        cuts.push(s.start.clamp(block.start, block.end));
        cuts.push(s.end.clamp(block.start, block.end));
    }
    cuts.retain(|&c| text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let within = |s: &Span, a: usize, b: usize| s.start <= a && b <= s.end;
    cuts.windows(2)
        .filter_map(|pair| {
            let &[a, b] = pair else { return None };
            let look = Look {
                expression: expressions
                    .iter()
                    .find(|(s, _)| within(s, a, b))
                    .map(|(_, kind)| *kind),
                trigger: triggers.iter().any(|s| within(s, a, b)),
                found: found.iter().any(|s| within(s, a, b)),
            };
            Some(Piece { range: a..b, look })
        })
        .collect()
}

/// Every place `needle` occurs in `text`, ignoring case, as byte spans, in order and not
/// overlapping. An empty (or blank) needle finds nothing.
pub fn find_all(text: &str, needle: &str) -> Vec<Span> {
    let needle: Vec<char> = needle.trim().chars().flat_map(char::to_lowercase).collect();
    let Some(&first) = needle.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = 0;
    for (start, c) in text.char_indices() {
        if start < from || !c.to_lowercase().any(|l| l == first) {
            continue;
        }
        if let Some(end) = match_at(text, start, &needle) {
            out.push(Span::new(start, end));
            from = end;
        }
    }
    out
}

/// The end of `needle` (lower-case characters) matched at byte `start` of `text`.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let mut wanted = needle.iter();
    let mut end = start;
    for (i, c) in text.get(start..)?.char_indices() {
        for l in c.to_lowercase() {
            if wanted.next() != Some(&l) {
                return None;
            }
        }
        end = start + i + c.len_utf8();
        if wanted.len() == 0 {
            return Some(end);
        }
    }
    (wanted.len() == 0).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, pieces: &[Piece]) -> Vec<(&'a str, Look)> {
        pieces
            .iter()
            .map(|p| (&text[p.range.clone()], p.look))
            .collect()
    }

    #[test]
    fn lines_are_blocks_and_long_lines_are_split_at_spaces() {
        let text = "One.\r\n\nTwo words\n";
        let b = blocks(text);
        let lines: Vec<&str> = b.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(lines, vec!["One.", "", "Two words"]);

        let long = "word ".repeat(1000);
        let b = blocks(&long);
        assert!(b.len() >= 3);
        assert!(b.iter().all(|r| r.len() <= MAX_BLOCK_BYTES));
        assert!(
            b.iter()
                .take(b.len() - 1)
                .all(|r| long[..r.end].ends_with(' '))
        );
        assert_eq!(b.first().map(|r| r.start), Some(0));
        assert_eq!(b.last().map(|r| r.end), Some(long.len()));

        // No space and multi-byte characters: cut on a character boundary.
        let dense = "é".repeat(3000);
        let b = blocks(&dense);
        assert!(
            b.iter()
                .all(|r| dense.is_char_boundary(r.start) && r.len() <= 2048)
        );
        assert_eq!(b.iter().map(|r| r.len()).sum::<usize>(), dense.len());
    }

    #[test]
    fn pieces_carry_the_type_the_trigger_and_the_search() {
        let text = "It opened last week and closes on Monday.";
        let marks = Marks {
            expressions: vec![
                (Span::new(10, 19), TimexType::Date),
                (Span::new(34, 40), TimexType::Date),
            ],
            triggers: vec![Span::new(3, 9)],
            found: find_all(text, "WEEK AND"),
        }
        .sorted();
        let got = texts(text, &pieces(text, &(0..text.len()), &marks));
        let plain = Look::default();
        let date = Look {
            expression: Some(TimexType::Date),
            ..plain
        };
        assert_eq!(
            got,
            vec![
                ("It ", plain),
                (
                    "opened",
                    Look {
                        trigger: true,
                        ..plain
                    }
                ),
                (" ", plain),
                ("last ", date),
                (
                    "week",
                    Look {
                        found: true,
                        ..date
                    }
                ),
                (
                    " and",
                    Look {
                        found: true,
                        ..plain
                    }
                ),
                (" closes on ", plain),
                ("Monday", date),
                (".", plain),
            ]
        );
    }

    #[test]
    fn a_mark_reaching_into_a_later_block_is_cut_at_its_edge() {
        let text = "from May\nto June";
        let marks = Marks {
            expressions: vec![(Span::new(5, 16), TimexType::Duration)],
            ..Marks::default()
        };
        let second = blocks(text).into_iter().nth(1).expect("two lines");
        let got = texts(text, &pieces(text, &second, &marks));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "to June");
        assert_eq!(got[0].1.expression, Some(TimexType::Duration));
    }

    #[test]
    fn search_ignores_case_and_finds_nothing_for_blank_needles() {
        assert_eq!(
            find_all("Straße, STRASSE, straße", "STRASSE"),
            vec![Span::new(9, 16)]
        );
        assert_eq!(
            find_all("Été, été", "ÉTÉ"),
            vec![Span::new(0, 5), Span::new(7, 12)]
        );
        assert!(find_all("anything", "  ").is_empty());
        assert_eq!(
            find_all("aaaa", "aa"),
            vec![Span::new(0, 2), Span::new(2, 4)]
        );
    }
}
