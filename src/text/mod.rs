//! Text units as byte spans: sentences and tokens.

mod chunks;
mod sentences;
mod shared;
mod span;
mod tokens;

pub use chunks::{Chunk, chunks};
pub use sentences::{ZONE_ABBREVIATIONS, sentences};
pub use shared::{INTERNER_CAPACITY, Interner, SharedStr};
pub use span::Span;
pub use tokens::{Token, TokenKind, tokens};

/// Escapes `text` for XML character data and double- or single-quoted attribute values,
/// dropping the characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE and U+FFFF), so the output always parses.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A number as an English ordinal: "1st", "2nd", "11th", "21st".
pub fn ordinal(n: i64) -> String {
    let suffix = match (n.rem_euclid(10), n.rem_euclid(100)) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml_escape_always_parses() {
        assert_eq!(
            super::escape_xml("a<b & \"c\" 'd'\u{1}\u{8}\te\n"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;\te\n"
        );
    }
}
