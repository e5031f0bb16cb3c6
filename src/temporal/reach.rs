//! How far around an expression the resolver reads: the few words on either side, never the
//! whole text. Reading `text[..start]` word by word from the end costs the length of the last
//! word; in a text without spaces that is the whole text before the expression, for every
//! expression. These views cut the text to [`REACH`] bytes at a word boundary first, so each
//! look costs at most that.

/// Bytes read on either side of an expression: far more than the few words any rule looks
/// at (a word this long is no word of a sentence).
pub(crate) const REACH: usize = 1024;

/// `text[..at]` cut to its last [`REACH`] bytes, starting after a white space so that only
/// whole words remain. `None` when `at` is not a char boundary of `text`.
pub(crate) fn before(text: &str, at: usize) -> Option<&str> {
    let head = text.get(..at)?;
    if head.len() <= REACH {
        return Some(head);
    }
    let mut from = head.len() - REACH;
    while !head.is_char_boundary(from) {
        from += 1;
    }
    let tail = &head[from..];
    // A word cut by the window is dropped; with no white space, nothing is a whole word.
    Some(match tail.find(char::is_whitespace) {
        Some(space) => &tail[space..],
        None => "",
    })
}

/// `text[at..]` cut to its first [`REACH`] bytes, ending before a white space so that only
/// whole words remain. `None` when `at` is not a char boundary of `text`.
pub(crate) fn after(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    if rest.len() <= REACH {
        return Some(rest);
    }
    let mut to = REACH;
    while !rest.is_char_boundary(to) {
        to -= 1;
    }
    let head = &rest[..to];
    Some(match head.rfind(char::is_whitespace) {
        Some(space) => &head[..space],
        None => "",
    })
}

/// True when the sentence holding an expression that starts at byte `start` has at most
/// `max_words` words before it since the last sentence or quotation break (`.`, `!`, `?`,
/// a line break, a quotation mark or a dash). A lead longer than [`REACH`] bytes counts as
/// too long.
pub(crate) fn lead_words_at_most(text: &str, start: usize, max_words: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    let window = before(text, start).unwrap_or("");
    let lead = window
        .rsplit(['.', '!', '?', '\n', '"', '“', '”', '—'])
        .next()
        .unwrap_or(window);
    let whole = lead.len() < window.len() || window.len() == head.len();
    whole && lead.split_whitespace().count() <= max_words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_read_whole() {
        let text = "It rained on Monday.";
        assert_eq!(before(text, 13), Some("It rained on "));
        assert_eq!(after(text, 13), Some("Monday."));
        assert_eq!(before(text, 100), None);
    }

    #[test]
    fn long_texts_are_cut_at_a_word_boundary() {
        let text = format!("{}on Monday {}", "word ".repeat(1000), "next ".repeat(1000));
        let at = text.find("Monday").expect("Monday");
        let b = before(&text, at).expect("before");
        assert!(b.len() <= REACH && b.ends_with("word on "), "{b}");
        assert!(b.split_whitespace().all(|w| w == "word" || w == "on"));
        let a = after(&text, at).expect("after");
        assert!(a.len() <= REACH && a.starts_with("Monday next"));
        assert!(a.split_whitespace().skip(1).all(|w| w == "next"));
    }

    #[test]
    fn a_word_longer_than_the_reach_is_no_word() {
        let text = format!("{}on Monday", "é".repeat(2000));
        let at = text.find("Monday").expect("Monday");
        assert_eq!(before(&text, at), Some(" "));
        let text = format!("Monday{}", "x".repeat(5000));
        assert_eq!(after(&text, 0), Some(""));
    }

    #[test]
    fn a_lead_counts_the_words_since_the_sentence_began() {
        let text = "The vote failed. In 2019, it passed.";
        let at = text.find("2019").expect("2019");
        assert!(lead_words_at_most(text, at, 2));
        let at = text.find("passed").expect("passed");
        assert!(!lead_words_at_most(text, at, 2));
        assert!(lead_words_at_most("Back in 2019", 8, 2));
        let long = format!("{} in 2019", "a ".repeat(2000));
        assert!(!lead_words_at_most(&long, long.len() - 4, 2));
    }
}
