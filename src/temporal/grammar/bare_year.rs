//! Years written alone where no preposition introduces them: in a heading ("Northern
//! campaign 1862–1864", "2006: Civil war") or in parentheses ("(1791)", "(1876-1910)").
//! The year rule accepts years outside 1900–2099 only after a preposition of time; these
//! places mark a figure as a year just as well.

use super::{Grammar, Match, calendar_year};

/// The most tokens a heading line has.
const HEADING_TOKENS: usize = 12;

impl Grammar<'_, '_> {
    /// A year from 1000 to 2100 written with four figures at `i`.
    fn plain_year(&self, i: usize) -> Option<i32> {
        self.year4(i).filter(|y| (1000..=2100).contains(y))
    }

    /// True when token `i` lies on a short line of its own without a full stop: a heading.
    fn in_heading(&self, i: usize) -> bool {
        let starts_line = |k: usize| k == 0 || self.tok(k).is_some_and(|t| t.after_break);
        let mut first = i;
        while !starts_line(first) {
            if i - first >= HEADING_TOKENS {
                return false;
            }
            first -= 1;
        }
        let mut end = i + 1;
        while end < self.t.len() && !starts_line(end) {
            if end - first >= HEADING_TOKENS {
                return false;
            }
            end += 1;
        }
        !(first..end).any(|k| self.punct(k, ".") || self.punct(k, "?") || self.punct(k, "!"))
    }

    /// True when the year at `i` (with the range end at `last`) stands in parentheses.
    fn in_parentheses(&self, i: usize, last: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| self.punct(p, "(")) && self.punct(last + 1, ")")
    }

    /// Bare years in headings and parentheses that no rule matched, merged into `out`,
    /// which stays ordered and free of overlaps. A range of two years ("1861-1863") gives
    /// two.
    pub(super) fn bare_years(&self, out: &mut Vec<Match>) {
        let mut found = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            let covered = |k: usize| out.iter().any(|m| m.start <= k && k < m.end);
            let Some(y) = self.plain_year(i).filter(|_| !covered(i)) else {
                i += 1;
                continue;
            };
            let second = (self.hyphen(i + 1) && !covered(i + 2))
                .then(|| self.plain_year(i + 2))
                .flatten();
            let last = if second.is_some() { i + 2 } else { i };
            let rule = if self.in_parentheses(i, last) {
                "year-in-parentheses"
            } else if self.in_heading(i) {
                "year-in-heading"
            } else {
                i = last + 1;
                continue;
            };
            found.push(Match::new(i, i + 1, calendar_year(y), rule));
            if let Some(y2) = second {
                found.push(Match::new(last, last + 1, calendar_year(y2), rule));
            }
            i = last + 1;
        }
        if found.is_empty() {
            return;
        }
        out.extend(found);
        out.sort_by_key(|m| m.start);
    }
}

#[cfg(test)]
mod tests {
    use crate::temporal::Engine;

    fn values(text: &str) -> Vec<(String, String)> {
        let dct = chrono::NaiveDate::from_ymd_opt(2009, 12, 19);
        Engine::global()
            .extract(text, dct)
            .into_iter()
            .map(|t| {
                let s = t.span.slice(text).unwrap_or("").to_string();
                (s, t.value.to_string())
            })
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn years_in_a_heading() {
        assert_eq!(
            values("Northern campaign 1862-1864\n\nThe army moved."),
            vec![pair("1862", "1862"), pair("1864", "1864")]
        );
        assert_eq!(
            values("Blockade, 1861\n\nShips sailed."),
            vec![pair("1861", "1861")]
        );
    }

    #[test]
    fn years_in_parentheses() {
        assert_eq!(
            values("He stepped down (1880) after one term."),
            vec![pair("1880", "1880")]
        );
        assert_eq!(
            values("Under his rule (1876-1910) the railways grew."),
            vec![pair("1876", "1876"), pair("1910", "1910")]
        );
    }

    #[test]
    fn a_figure_in_running_text_is_no_year() {
        assert!(values("About 1500 men crossed the river and 1200 more followed.").is_empty());
        assert!(values("Flight 1850 landed safely.\n\nNo one was hurt.").is_empty());
    }
}
