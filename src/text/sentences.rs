//! An abbreviation-aware sentence splitter for English news text.

use super::Span;

/// Abbreviations after whose period a sentence does not end (lower-cased, without the
/// final period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "jr", "sr", "rev", "hon", "pres", "inc", "corp", "co", "ltd",
    "bros", "dept", "univ", "assn", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "fig", "ft",
    "mt", "ave", "blvd", "rd", "calif", "fla", "mass", "penn", "ariz", "colo", "conn", "ill",
    "ind", "kan", "mich", "minn", "neb", "nev", "okla", "ore", "tenn", "tex", "va", "wash", "wis",
    "wyo", "d.c", "n.y",
];

/// Longest sentence, in bytes: text with no sentence boundary for longer than this (a
/// pasted table, a 10 MB line) is cut at white space so later passes stay linear.
pub const MAX_SENTENCE_BYTES: usize = 1500;

/// Splits `text` into sentence spans, in order, covering every non-blank stretch of text.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets) followed by
/// white space and a capital letter, digit or opening quote, unless the period belongs to a
/// known abbreviation or an initial. A blank line always ends a sentence; so does a single
/// line break when the next line does not start in lower case (headlines, datelines and
/// one-paragraph-per-line text). Leading and trailing white space is not part of a sentence.
/// No sentence is longer than [`MAX_SENTENCE_BYTES`].
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if pos - start > MAX_SENTENCE_BYTES {
            let window = &text[start..pos];
            let cut = window
                .rfind(char::is_whitespace)
                .filter(|&at| at > 0)
                .map_or(pos, |at| start + at);
            push_trimmed(text, start, cut, &mut out);
            start = cut;
        }
        if c == '\n' {
            let blank_line = chars[i + 1..]
                .iter()
                .take_while(|(_, ch)| ch.is_whitespace())
                .any(|(_, ch)| *ch == '\n');
            // Only a single line break needs the next line's first letter (a run of blank
            // lines would make this scan quadratic).
            let next_lower = !blank_line
                && next_non_space(&chars, i + 1).is_some_and(|(_, ch)| ch.is_lowercase());
            if blank_line || !next_lower {
                push_trimmed(text, start, pos, &mut out);
                start = pos;
            }
        } else if matches!(c, '.' | '!' | '?') {
            // Extend over repeated terminators and closing quotes/brackets.
            let mut j = i + 1;
            while j < chars.len() && is_closer(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(p, _)| *p);
            let followed_by_space = chars.get(j).is_none_or(|(_, ch)| ch.is_whitespace());
            if followed_by_space
                && (c != '.' || !(is_abbreviation(text, pos) || clock_goes_on(text, pos, end)))
            {
                let next = next_non_space(&chars, j);
                let starts_new = next.is_none_or(|(_, ch)| {
                    ch.is_uppercase() || ch.is_ascii_digit() || is_opener(ch)
                });
                if starts_new {
                    push_trimmed(text, start, end, &mut out);
                    start = end;
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn next_non_space(chars: &[(usize, char)], from: usize) -> Option<(usize, char)> {
    chars
        .get(from..)?
        .iter()
        .copied()
        .find(|(_, c)| !c.is_whitespace())
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»'
    )
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '—' | '-')
}

/// True when the period at byte `dot` ends an abbreviation or an initial ("J.").
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '['))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    // A single capital letter: an initial such as "J." in "J. Smith".
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_uppercase()
    {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

/// Time-zone abbreviations written after a clock time ("9 a.m. EST"), lower-cased; the
/// temporal lexicon reads the same list.
pub const ZONE_ABBREVIATIONS: &[&str] = &[
    "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "utc",
    "bst", "cet", "cest", "eet", "jst", "aest", "aedt", "hkt", "sgt",
];

/// Regions that name a zone only before "time", "standard" or "daylight" ("8 p.m. Eastern
/// time"), not before a name ("5 p.m. Central Bank officials said").
const ZONE_REGIONS: &[&str] = &["eastern", "central", "mountain", "pacific", "local"];

const WEEKDAY_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when the period at byte `dot` closes "a.m." or "p.m." and the word after it (from
/// byte `after`) carries the clock time on: a zone or a weekday, not a possessive.
fn clock_goes_on(text: &str, dot: usize, after: usize) -> bool {
    let before = &text[..dot];
    if !(before.ends_with("a.m") || before.ends_with("p.m")) {
        return false;
    }
    let rest = text[after..].trim_start();
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, tail) = rest.split_at(len);
    let is = |list: &[&str]| list.iter().any(|k| word.eq_ignore_ascii_case(k));
    if tail.starts_with(['\'', '’']) {
        return false;
    }
    let next = tail
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic());
    is(ZONE_ABBREVIATIONS)
        || is(WEEKDAY_NAMES)
        || is(ZONE_REGIONS)
            && ["time", "standard", "daylight"]
                .iter()
                .any(|k| next.eq_ignore_ascii_case(k))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s < e {
        out.push(Span::new(s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            split("It rained. Then it stopped!"),
            ["It rained.", "Then it stopped!"]
        );
    }

    #[test]
    fn a_clock_time_goes_on_into_its_zone_or_weekday() {
        assert_eq!(
            split("The call is at 8:30 a.m. ET on Thursday. It ended at 9 p.m. Police left."),
            [
                "The call is at 8:30 a.m. ET on Thursday.",
                "It ended at 9 p.m.",
                "Police left."
            ]
        );
        assert_eq!(
            split("It ran to 5 p.m. Central Bank officials said so."),
            ["It ran to 5 p.m.", "Central Bank officials said so."]
        );
        assert_eq!(split("It starts at 8 p.m. Eastern time.").len(), 1);
        assert_eq!(
            split("It closed at 5 p.m. Monday's session was calm."),
            ["It closed at 5 p.m.", "Monday's session was calm."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Smith met Gen. J. Lee in the U.S. on Nov. 3. They spoke."),
            [
                "Mr. Smith met Gen. J. Lee in the U.S. on Nov. 3.",
                "They spoke."
            ]
        );
    }

    #[test]
    fn closing_quote_belongs_to_sentence() {
        assert_eq!(
            split("He said: “We will go.” Then he left."),
            ["He said: “We will go.”", "Then he left."]
        );
    }

    #[test]
    fn line_breaks_end_headlines_but_not_wrapped_lines() {
        assert_eq!(
            split("Headline here\nThe story began\nand went on. End."),
            ["Headline here", "The story began\nand went on.", "End."]
        );
    }

    #[test]
    fn decimals_and_lowercase_continuations_do_not_split() {
        assert_eq!(
            split("It rose 3.5 percent. e.g. this"),
            ["It rose 3.5 percent. e.g. this"]
        );
    }

    #[test]
    fn overlong_runs_are_cut_at_white_space() {
        let text = "word ".repeat(1000) + "é".repeat(2000).as_str();
        let spans = sentences(&text);
        assert!(spans.len() >= 4);
        for s in &spans {
            assert!(s.len() <= MAX_SENTENCE_BYTES + 4, "{}", s.len());
            assert!(text.get(s.start..s.end).is_some());
        }
        assert_eq!(spans.first().map(|s| s.start), Some(0));
        assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
    }

    #[test]
    fn a_million_blank_lines_split_in_linear_time() {
        let text = format!("First.{}Last one", "\n".repeat(1_000_000));
        assert_eq!(split(&text), ["First.", "Last one"]);
    }

    #[test]
    fn spans_are_char_boundaries_for_multibyte_text() {
        let text = "Café opened. Ünter den Linden — «Oui.» Fin";
        for s in sentences(text) {
            assert!(text.get(s.start..s.end).is_some());
        }
    }
}
