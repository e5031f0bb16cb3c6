//! A part of the day on a named day: "the night of March 5, 1770", "the morning of 31
//! January 1965", "on the evening of May 13": one TIME, the day with its part
//! (`1770-03-05TNI`).

use super::{Grammar, Match};
use crate::temporal::semantic::{Sem, TimeOfDay};

impl Grammar<'_, '_> {
    /// Joins "the <part of day> of" before a day in `out` to that day.
    pub(super) fn part_of_date(&self, out: &mut [Match]) {
        for k in 0..out.len() {
            let prev_end = k
                .checked_sub(1)
                .and_then(|p| out.get(p))
                .map_or(0, |p| p.end);
            let Some(m) = out.get_mut(k) else {
                continue;
            };
            let Sem::Calendar {
                day: Some(_),
                time: time @ None,
                ..
            } = &mut m.sem
            else {
                continue;
            };
            let Some(of) = m.start.checked_sub(1).filter(|&o| self.word_is(o, "of")) else {
                continue;
            };
            let Some((p, part)) = of
                .checked_sub(1)
                .and_then(|p| self.part(p).map(|part| (p, part)))
            else {
                continue;
            };
            let the = p.checked_sub(1).filter(|&t| self.word_is(t, "the"));
            let start = the.unwrap_or(p);
            if start < prev_end || m.modifier.is_some() {
                continue;
            }
            *time = Some(TimeOfDay::Part(part));
            m.start = start;
            m.rule = "part-of-date";
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::temporal::Engine;

    fn found(text: &str) -> Vec<(String, String, String)> {
        let dct = chrono::NaiveDate::from_ymd_opt(2009, 12, 19);
        Engine::global()
            .extract(text, dct)
            .into_iter()
            .map(|t| {
                let s = t.span.slice(text).unwrap_or("").to_string();
                (s, t.timex_type.to_string(), t.value.to_string())
            })
            .collect()
    }

    fn triple(a: &str, b: &str, c: &str) -> (String, String, String) {
        (a.to_string(), b.to_string(), c.to_string())
    }

    #[test]
    fn the_night_of_a_date_is_one_time() {
        assert_eq!(
            found("Soldiers fired on the crowd on the night of March 5, 1770."),
            vec![triple(
                "the night of March 5, 1770",
                "TIME",
                "1770-03-05TNI"
            )]
        );
        assert_eq!(
            found("It started on the morning of 31 January 1965, when orders came."),
            vec![triple(
                "the morning of 31 January 1965",
                "TIME",
                "1965-01-31TMO"
            )]
        );
    }

    #[test]
    fn a_part_of_something_else_is_left_alone() {
        assert_eq!(
            found("Most of March 5, 1770 was quiet."),
            vec![triple("March 5, 1770", "DATE", "1770-03-05")]
        );
    }
}
