//! Datelines ("HAVANA, August 7 (Xinhua) --", "WASHINGTON (AP) —"): the article's own date at
//! the head of a story, not an event of it.

use crate::text::Span;

/// Whether `span` is the date of a dateline: at the start of a line, after nothing but a
/// place in capitals (and commas), and followed by an agency in brackets or a dash.
pub fn in_dateline(text: &str, span: Span) -> bool {
    let line_start = text
        .get(..span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |i| i + 1);
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
        Some(rest) => rest.split_once(')').map_or("", |(_, r)| r).trim_start(),
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
    }
}
