//! Words as the part-of-speech tagger and event models see them: Penn-Treebank-like tokens
//! ("don't" is `do` + `n't`, "Trump's" is `Trump` + `'s`), each a byte span.

use crate::text::Span;

/// Clitics split off the end of a word, as the treebanks do.
const CLITICS: &[&str] = &[
    "n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m",
];

/// The word tokens of `text[span]`, as spans of `text`.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    let Some(part) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut chars = part.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Span::new(span.start + i, span.start + i + c.len_utf8()));
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let joins = matches!(d, '-' | '\'' | '’' | '.' | '&' | ',')
                && part
                    .get(j + d.len_utf8()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|n| n.is_alphanumeric() && (d != ',' || c.is_ascii_digit()));
            if d.is_alphanumeric() || joins {
                end = j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        push_word(&mut out, part, span.start, i, end);
    }
    out
}

/// Pushes `part[start..end]`, splitting a trailing clitic.
fn push_word(out: &mut Vec<Span>, part: &str, base: usize, start: usize, end: usize) {
    let word = part.get(start..end).unwrap_or("");
    let lower = word.to_lowercase();
    let clitic = CLITICS
        .iter()
        .find(|c| lower.ends_with(*c) && lower.len() > c.len())
        .map(|c| c.len());
    match clitic {
        Some(len) => {
            out.push(Span::new(base + start, base + end - len));
            out.push(Span::new(base + end - len, base + end));
        }
        None => out.push(Span::new(base + start, base + end)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        words(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn clitics_and_punctuation_are_split() {
        assert_eq!(
            toks("Trump's aides don't know, \"yet\"."),
            [
                "Trump", "'s", "aides", "do", "n't", "know", ",", "\"", "yet", "\"", "."
            ]
        );
        assert_eq!(
            toks("U.S. re-election 1,200 3.5%"),
            ["U.S", ".", "re-election", "1,200", "3.5", "%"]
        );
    }
}
