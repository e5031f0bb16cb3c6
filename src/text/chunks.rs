//! Cutting a long text into pieces of bounded size for recognition, so that the memory the
//! recognizer needs per token (tens of bytes for every punctuation mark) is bounded by the
//! piece, not by the file. Pieces end on sentence ends; a sentence longer than a piece is
//! cut at a space (or, failing that, at a character boundary).

use super::Span;

/// One piece of a text and the sentences (or parts of one sentence) in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Where the piece is in the text.
    pub span: Span,
    /// Its sentences, relative to the piece's start, each with the index of the sentence
    /// of the whole text it is (part of).
    pub sentences: Vec<(Span, usize)>,
}

/// Cuts `text`, already split into `sentences`, into contiguous pieces of at most
/// `max` bytes (a single piece when the whole text fits).
pub fn chunks(text: &str, sentences: &[Span], max: usize) -> Vec<Chunk> {
    let max = max.max(64);
    let mut out = Vec::new();
    let mut current = Chunk {
        span: Span::new(0, 0),
        sentences: Vec::new(),
    };
    for (index, sentence) in sentences.iter().enumerate() {
        if sentence.end.saturating_sub(current.span.start) > max && !current.sentences.is_empty() {
            let next_start = sentence.start.max(current.span.end);
            out.push(close(current, next_start));
            current = Chunk {
                span: Span::new(next_start, next_start),
                sentences: Vec::new(),
            };
        }
        let mut piece_start = sentence.start.max(current.span.start);
        while sentence.end - piece_start > max {
            let cut = cut_point(text, piece_start, piece_start + max);
            current.sentences.push((Span::new(piece_start, cut), index));
            out.push(close(current, cut));
            current = Chunk {
                span: Span::new(cut, cut),
                sentences: Vec::new(),
            };
            piece_start = cut;
        }
        current
            .sentences
            .push((Span::new(piece_start, sentence.end), index));
        current.span.end = sentence.end;
    }
    out.push(close(current, text.len()));
    out
}

/// The piece ending at `end`, its sentences made relative to its start.
fn close(mut chunk: Chunk, end: usize) -> Chunk {
    chunk.span.end = end.max(chunk.span.start);
    let start = chunk.span.start;
    for (s, _) in &mut chunk.sentences {
        *s = Span::new(s.start - start, s.end - start);
    }
    chunk
}

/// Where to cut a long sentence at or before `limit` (and after `from`): after the last
/// space in the final kilobyte, else at the last character boundary.
fn cut_point(text: &str, from: usize, limit: usize) -> usize {
    let limit = limit.min(text.len());
    let window_start = limit.saturating_sub(1024).max(from + 1);
    let bytes = text.as_bytes();
    if let Some(space) = (window_start..limit)
        .rev()
        .find(|&i| bytes.get(i) == Some(&b' '))
    {
        return space + 1;
    }
    (from + 1..=limit)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn check(text: &str, max: usize) -> Vec<Chunk> {
        let sents = sentences(text);
        let cs = chunks(text, &sents, max);
        let mut at = 0;
        for c in &cs {
            assert_eq!(c.span.start, at, "pieces are contiguous");
            assert!(c.span.end - c.span.start <= max.max(64) || c.sentences.len() == 1);
            assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
            for (s, i) in &c.sentences {
                assert!(s.end <= c.span.end - c.span.start);
                let whole = sents[*i];
                assert!(whole.start <= c.span.start + s.start && c.span.start + s.end <= whole.end);
            }
            at = c.span.end;
        }
        assert_eq!(at, text.len());
        cs
    }

    #[test]
    fn a_short_text_is_one_piece() {
        let text = "It rained on Monday. It was dry on Tuesday.";
        let cs = check(text, 1 << 20);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].sentences.len(), 2);
    }

    #[test]
    fn long_texts_are_cut_on_sentence_ends() {
        let text = "It rained on Monday. ".repeat(100);
        let cs = check(&text, 200);
        assert!(cs.len() >= 10);
        assert!(
            cs.iter()
                .all(|c| text[c.span.start..c.span.end].trim().ends_with('.'))
        );
    }

    #[test]
    fn one_huge_sentence_is_cut_too() {
        let text = format!("{}é{}", "-".repeat(5000), "(".repeat(5000));
        let cs = check(&text, 700);
        assert!(cs.len() >= 14);
        let words = "word ".repeat(2000);
        let cs = check(&words, 700);
        assert!(
            cs.iter().all(
                |c| words[c.span.start..c.span.end].ends_with(' ') || c.span.end == words.len()
            )
        );
    }
}
