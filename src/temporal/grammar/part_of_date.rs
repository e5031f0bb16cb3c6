//! A part of the day on a named day: "the night of March 5, 1770", "the morning of 31
//! January 1965", "on the evening of May 13": one TIME, the day with its part
//! (`1770-03-05TNI`).

use super::{Grammar, Kw, Match};
use crate::temporal::semantic::{PartOfDay, Sem, TimeOfDay};

impl Grammar<'_, '_> {
    /// The first token of "(early in) (the) (early) <part of day> (hours) of" ending right
    /// before `day`, and the part; `None` when no part of the day is named there.
    fn part_before(&self, day: usize) -> Option<(usize, PartOfDay)> {
        let of = day.checked_sub(1).filter(|&o| self.word_is(o, "of"))?;
        let mut p = of.checked_sub(1)?;
        if self.word_is(p, "hours") {
            p = p.checked_sub(1)?;
        }
        let part = self.part(p)?;
        let mut start = p;
        if start > 0 && matches!(self.kw(start - 1), Some(Kw::Early | Kw::Late)) {
            start -= 1;
        }
        if start > 0 && self.is(start - 1, Kw::The) {
            start -= 1;
            // "early in the morning of 29 April 1975"
            if start > 1
                && self.is(start - 1, Kw::In)
                && matches!(self.kw(start - 2), Some(Kw::Early | Kw::Late))
            {
                start -= 2;
            }
        }
        Some((start, part))
    }

    /// Joins "the <part of day> of" before a day in `out` to that day, taking in a match
    /// of the part alone ("early morning") that a rule made there.
    pub(super) fn part_of_date(&self, out: &mut Vec<Match>) {
        let mut k = 0;
        while k < out.len() {
            let Some(m) = out.get(k) else {
                break;
            };
            let single_day = matches!(
                m.sem,
                Sem::Calendar {
                    day: Some(_),
                    time: None,
                    ..
                }
            );
            let found = single_day && m.modifier.is_none();
            let Some((start, part)) = found.then(|| self.part_before(m.start)).flatten() else {
                k += 1;
                continue;
            };
            let prev = k.checked_sub(1).and_then(|p| out.get(p));
            let absorb = prev.is_some_and(|p| p.end > start && p.start >= start);
            if prev.is_some_and(|p| p.end > start && p.start < start) {
                k += 1;
                continue;
            }
            if let Some(m) = out.get_mut(k)
                && let Sem::Calendar { time, .. } = &mut m.sem
            {
                *time = Some(TimeOfDay::Part(part));
                m.start = start;
                m.rule = "part-of-date";
            }
            if absorb {
                out.remove(k - 1);
            } else {
                k += 1;
            }
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
    fn the_early_morning_hours_of_a_date() {
        assert_eq!(
            found("In the early morning hours of November 1, 1954, the attacks began."),
            vec![triple(
                "the early morning hours of November 1, 1954",
                "TIME",
                "1954-11-01TMO"
            )]
        );
        assert_eq!(
            found("He announced early in the morning of 29 April 1975 the evacuation."),
            vec![triple(
                "early in the morning of 29 April 1975",
                "TIME",
                "1975-04-29TMO"
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
