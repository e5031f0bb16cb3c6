//! Datelines ("HAVANA, August 7 (Xinhua) --", "WASHINGTON (AP) —"): the article's own date at
//! the head of a story, not an event of it.

use crate::text::Span;

/// Longest place before a dateline's date, and longest agency in brackets after it, in
/// bytes.
const MAX_PART_BYTES: usize = 256;

/// Whether `span` is the date of a dateline: at the start of a line, after nothing but a
/// place in capitals (and commas), and followed by an agency in brackets or a dash.
pub fn in_dateline(text: &str, span: Span) -> bool {
    // A place and an agency are a few words: only that much is read on either side, so a
    // text without line breaks costs the same for every expression.
    let Some(head) = text.get(..span.start) else {
        return false;
    };
    let mut from = head.len().saturating_sub(MAX_PART_BYTES);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let line_start = match head.get(from..).and_then(|near| near.rfind('\n')) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let Some(before) = text.get(line_start..span.start) else {
        return false;
    };
    let place = before.trim_end().trim_end_matches(',').trim();
    let is_place = !place.is_empty()
        && place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '.' | '-' | '\''));
    if !is_place {
        return false;
    }
    let after = text.get(span.end..).unwrap_or("");
    let after = after.trim_start_matches([',', ' ']);
    let after = match after.strip_prefix('(') {
        Some(rest) => rest
            .char_indices()
            .take_while(|(i, _)| *i < MAX_PART_BYTES)
            .find(|(_, c)| *c == ')')
            .and_then(|(i, _)| rest.get(i + 1..))
            .unwrap_or("")
            .trim_start(),
        None => after,
    };
    after.starts_with("--")
        || after.starts_with('—')
        || after.starts_with('–')
        || after.starts_with("- ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, date: &str) -> bool {
        let start = text.find(date).expect("date in text");
        in_dateline(text, Span::new(start, start + date.len()))
    }

    #[test]
    fn wire_datelines_are_recognized() {
        assert!(check(
            "HAVANA, August 7 (Xinhua) -- Cuba said on Friday…",
            "August 7"
        ));
        assert!(check(
            "Title\nWASHINGTON, Nov. 3, 2025 (Reuters) — The Senate voted.",
            "Nov. 3, 2025"
        ));
        assert!(check("NEW YORK, March 3 -- Stocks fell.", "March 3"));
    }

    #[test]
    fn dates_in_the_story_are_not_datelines() {
        assert!(!check(
            "The Senate voted on August 7 -- a first.",
            "August 7"
        ));
        assert!(!check(
            "HAVANA, Cuba said on August 7 it would act.",
            "August 7"
        ));
        assert!(!check("Cuba, August 7 (Xinhua) -- x", "August 7"));
        let long_place = format!("{}, August 7 (Xinhua) -- x", "A".repeat(300));
        assert!(!check(&long_place, "August 7"), "no place is that long");
        let long_agency = format!("HAVANA, August 7 ({}) -- x", "X".repeat(300));
        assert!(!check(&long_agency, "August 7"));
    }
}
