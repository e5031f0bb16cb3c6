//! Years before the common era: "55 BC", "492–490 BC", "from 499 to 493 BC", "April 480
//! BC", "the autumn of 481 BC". Years are kept astronomically (1 BC is year 0, 55 BC is
//! -54), which renders as the ISO value `-0054`.

use super::{Grammar, Kw, Match, calendar_year};
use crate::temporal::semantic::{Direction, Sem, YearPart};
use crate::temporal::types::Modifier;
use crate::text::TokenKind;

impl Grammar<'_, '_> {
    /// The era marker at `k` ("BC", "BCE", "B.C.", "B.C.E."): the index after it.
    fn bc_marker(&self, k: usize) -> Option<usize> {
        if self.word_is(k, "bc") || self.word_is(k, "bce") {
            return Some(k + 1);
        }
        // "B.C." and "B.C.E.": letters and stops written together.
        let letters: &[&str] = if self.word_is(k + 4, "e") && self.adj(k + 4) {
            &["b", "c", "e"]
        } else {
            &["b", "c"]
        };
        let mut j = k;
        for (n, l) in letters.iter().enumerate() {
            if !self.word_is(j, l) || (n > 0 && !self.adj(j)) || !self.punct(j + 1, ".") {
                return None;
            }
            if !self.adj(j + 1) {
                return None;
            }
            j += 2;
        }
        Some(j)
    }

    /// A year number at `i` that an era marker can follow: one to four digits, not zero.
    fn era_number(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number || !(1..=4).contains(&self.ndigits(i)) {
            return None;
        }
        i32::try_from(self.num(i)?).ok().filter(|n| *n > 0)
    }

    /// The matches for the years before the common era in the text, each with the
    /// expression its year completes ("April" before "480 BC"): merged into `out`, which
    /// stays ordered and free of overlaps.
    pub(super) fn bc_years(&self, out: &mut Vec<Match>) {
        let mut found = Vec::new();
        for k in 1..self.t.len() {
            let Some(end) = self.bc_marker(k) else {
                continue;
            };
            let n = k - 1;
            let Some(y) = self.era_number(n) else {
                continue;
            };
            let year = 1 - y;
            found.push(self.bc_with_part(out, n, end, year));
            // "492-490 BC", "from 499 to 493 BC": the range's start is of the same era.
            let link = n.checked_sub(1);
            let linked = link
                .is_some_and(|l| self.hyphen(l) || self.word_is(l, "to") || self.word_is(l, "and"));
            if let Some(s) = link.and_then(|l| l.checked_sub(1))
                && linked
                && let Some(first) = self.era_number(s)
                && first >= y
            {
                found.push(Match::new(s, s + 1, calendar_year(1 - first), "bc-year"));
            }
        }
        if found.is_empty() {
            return;
        }
        out.retain(|m| !found.iter().any(|f| f.start < m.end && m.start < f.end));
        out.extend(found);
        out.sort_by_key(|m| m.start);
    }

    /// The year `year` written at `n..end`, joined to a month or season right before it
    /// ("April 480 BC", "the autumn of 481 BC") when `out` has one there.
    fn bc_with_part(&self, out: &[Match], n: usize, end: usize, year: i32) -> Match {
        let of = n.checked_sub(1).is_some_and(|p| self.word_is(p, "of"));
        let before = if of { n - 1 } else { n };
        // The month or season ends right before the year, or a rule read the figure as
        // its year ("the spring of 480").
        let covering = |m: &&Match| m.start < n && n < m.end && m.end <= end;
        let part = out.iter().find(|m| m.end == before || covering(m));
        let joined = part.and_then(|m| match m.sem {
            Sem::Calendar {
                month: Some(month),
                day,
                time: None,
                ..
            } if !of || covering(&m) => Some(Sem::Calendar {
                year: Some(year),
                month: Some(month),
                day,
                time: None,
                dir: Direction::ByTense,
            }),
            Sem::Period { part, .. } => Some(Sem::Period {
                year: Some(year),
                part,
                dir: Direction::ByTense,
            }),
            _ => None,
        });
        match (part, joined) {
            (Some(m), Some(sem)) => Match {
                end,
                sem,
                rule: "bc-date",
                ..*m
            },
            _ if of => self
                .season_of_bc(n - 1, end, year)
                .unwrap_or_else(|| Match::new(n, end, calendar_year(year), "bc-year")),
            _ => Match::new(n, end, calendar_year(year), "bc-year"),
        }
    }

    /// "(late) (the) autumn of 481 BC" where `of` is the index of "of": the season of the
    /// year, with its modifier.
    fn season_of_bc(&self, of: usize, end: usize, year: i32) -> Option<Match> {
        let s = of.checked_sub(1)?;
        let season = self.lex(s)?.season?;
        let mut start = s;
        if start > 0 && self.is(start - 1, Kw::The) {
            start -= 1;
        }
        let modifier = start.checked_sub(1).and_then(|p| match self.kw(p) {
            Some(Kw::Early) => Some(Modifier::Start),
            Some(Kw::Mid) => Some(Modifier::Mid),
            Some(Kw::Late) => Some(Modifier::End),
            _ => None,
        });
        if modifier.is_some() {
            start -= 1;
        }
        let sem = Sem::Period {
            year: Some(year),
            part: YearPart::Season(season),
            dir: Direction::ByTense,
        };
        let mut m = Match::new(start, end, sem, "bc-date");
        m.modifier = modifier;
        Some(m)
    }
}

#[cfg(test)]
mod tests {
    use crate::temporal::Engine;

    fn values(text: &str) -> Vec<(String, String)> {
        let e = Engine::global();
        let dct = chrono::NaiveDate::from_ymd_opt(2009, 12, 19);
        e.extract(text, dct)
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
    fn a_year_before_the_era_is_astronomical() {
        assert_eq!(
            values("Caesar crossed in 55 BC."),
            vec![pair("55 BC", "-0054")]
        );
        assert_eq!(
            values("It fell in 146 B.C. to Rome."),
            vec![pair("146 B.C.", "-0145")]
        );
        assert_eq!(
            values("Built about 1200 BCE."),
            vec![pair("1200 BCE", "-1199")]
        );
    }

    #[test]
    fn both_ends_of_a_range_are_before_the_era() {
        assert_eq!(
            values("The Ionian Revolt (499-493 BC) failed."),
            vec![pair("499", "-0498"), pair("493 BC", "-0492")]
        );
        assert_eq!(
            values("It lasted from 499 to 493 BC."),
            vec![pair("499", "-0498"), pair("493 BC", "-0492")]
        );
    }

    #[test]
    fn a_month_or_season_takes_the_year() {
        assert_eq!(
            values("Having crossed in April 480 BC, the army marched."),
            vec![pair("April 480 BC", "-0479-04")]
        );
        assert_eq!(
            values("The army gathered in the autumn of 481 BC."),
            vec![pair("the autumn of 481 BC", "-0480-FA")]
        );
        assert_eq!(
            values("They met in late autumn of 481 BC."),
            vec![pair("late autumn of 481 BC", "-0480-FA")]
        );
    }

    #[test]
    fn a_count_before_bc_words_is_not_a_year() {
        assert!(values("The BC Lions won 24 games.").is_empty());
    }
}
