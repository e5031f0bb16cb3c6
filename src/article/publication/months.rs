//! Month names in English, German, French, Spanish, Italian, Portuguese and Dutch, read from
//! `months.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The month number (1–12) of a month name or abbreviation in any known language, compared
/// without regard to case. A trailing full stop ("Nov.") is ignored.
pub fn month_number(word: &str) -> Option<u32> {
    static TABLE: OnceLock<HashMap<String, u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("months.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let (name, number) = l.rsplit_once(' ')?;
                Some((name.trim().to_string(), number.trim().parse().ok()?))
            })
            .collect()
    });
    let word = word.trim_end_matches('.');
    if word.len() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    table.get(&word.to_lowercase()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_seven_languages_and_abbreviations() {
        assert_eq!(month_number("November"), Some(11));
        assert_eq!(month_number("Nov."), Some(11));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("März"), Some(3));
        assert_eq!(month_number("novembre"), Some(11));
        assert_eq!(month_number("août"), Some(8));
        assert_eq!(month_number("diciembre"), Some(12));
        assert_eq!(month_number("maggio"), Some(5));
        assert_eq!(month_number("março"), Some(3));
        assert_eq!(month_number("maart"), Some(3));
        assert_eq!(month_number("MEI"), Some(5));
    }

    #[test]
    fn other_words_are_no_months() {
        assert_eq!(month_number("mon"), None);
        assert_eq!(month_number("de"), None);
        assert_eq!(month_number("2021"), None);
        assert_eq!(month_number("marching"), None);
    }
}
