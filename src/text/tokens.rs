//! A tokenizer for English news text: words, numbers and single punctuation marks, each with
//! its byte span.

use super::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits, possibly with thousands separators ("1,998") or a decimal part
    /// ("3.5").
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// What the token is made of.
    pub kind: TokenKind,
}

/// Splits `text` into tokens, in order. White space is skipped; letters and digits never
/// share a token ("3rd" is `3` + `rd`, "1990s" is `1990` + `s`), so adjacency is read from
/// the spans.
pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b.is_ascii_digit() {
            let start = i;
            i = digits_end(bytes, i);
            loop {
                // Thousands groups: ",ddd" not followed by another digit.
                if bytes.get(i) == Some(&b',') {
                    let end = digits_end(bytes, i + 1);
                    if end == i + 4 {
                        i = end;
                        continue;
                    }
                }
                // Decimal part.
                if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    i = digits_end(bytes, i + 1);
                }
                break;
            }
            out.push(Token {
                span: Span::new(start, i),
                kind: TokenKind::Number,
            });
            continue;
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        if c.is_alphabetic() {
            let start = i;
            let rest = text.get(i..).unwrap_or("");
            let len: usize = rest
                .chars()
                .take_while(|ch| ch.is_alphabetic())
                .map(char::len_utf8)
                .sum();
            i += len;
            out.push(Token {
                span: Span::new(start, i),
                kind: TokenKind::Word,
            });
            continue;
        }
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        out.push(Token {
            span: Span::new(i, i + c.len_utf8()),
            kind: TokenKind::Punct,
        });
        i += c.len_utf8();
    }
    out
}

fn digits_end(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text)
            .iter()
            .map(|t| &text[t.span.start..t.span.end])
            .collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            words("On Sept. 3rd, 1,998 troops — 3.5% of the '90s"),
            [
                "On", "Sept", ".", "3", "rd", ",", "1,998", "troops", "—", "3.5", "%", "of", "the",
                "'", "90", "s"
            ]
        );
    }

    #[test]
    fn multibyte_text_is_safe() {
        for t in tokens("Café — Ünter 12:30 «x»") {
            assert!(t.span.end > t.span.start);
        }
    }
}
