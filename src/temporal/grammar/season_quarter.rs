//! Seasons, quarters and halves: "last summer", "the third quarter", "Q3 2025", "the first half
//! of 2024".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// The season at `j` names an event ("Winter Olympics", "Summer Games").
    pub(super) fn season_names_event(&self, j: usize) -> bool {
        self.tok(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && WordClass::EventAfterSeason.has(t.text))
    }

    pub(super) fn season(&self, i: usize) -> Option<Match> {
        let the = self.is(i, Kw::The);
        let j = if the { i + 1 } else { i };
        let s = self.lex(j).and_then(|l| l.season)?;
        if self.season_names_event(j) {
            return None;
        }
        let (year, end) = self.opt_year(j + 1);
        // "the summer of last year", "the spring of this year"
        if year.is_none()
            && self.is(j + 1, Kw::Of)
            && let Some((offset, e)) = self.deictic_year(j + 1)
        {
            return Some(Match::new(
                i,
                e,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Part(YearPart::Season(s)),
                },
                "season-of-this-year",
            ));
        }
        if year.is_none() {
            if self.is(j + 1, Kw::Of) {
                return None; // "the fall of Rome"
            }
            // "the fall in sterling", "the spring in his step": the nouns.
            if matches!(s, Season::Fall | Season::Spring)
                && self.is(j + 1, Kw::In)
                && self.year4(j + 2).is_none()
                && !self.is(j + 2, Kw::The)
            {
                return None;
            }
            let prev_ok = i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.kw(p),
                    Some(
                        Kw::In
                            | Kw::During
                            | Kw::By
                            | Kw::Until
                            | Kw::Since
                            | Kw::Through
                            | Kw::Early
                            | Kw::Late
                            | Kw::Mid
                            | Kw::This
                            | Kw::Last
                            | Kw::Next
                    )
                )
            });
            if !(the || prev_ok && s != crate::temporal::semantic::Season::Fall) {
                return None;
            }
            if the
                && self
                    .tok(j + 1)
                    .is_some_and(|t| t.kind == TokenKind::Word && t.lex.is_none())
            {
                return None; // "the summer camp"
            }
        }
        Some(Match::new(
            i,
            end,
            Sem::Period {
                year,
                part: YearPart::Season(s),
                dir: Direction::ByTense,
            },
            "season",
        ))
    }

    /// "fiscal 2026 first quarter", "2024 fourth-quarter profit", "fiscal 2025's third
    /// quarter": a quarter or half of the year just written (from token `i`, the year's
    /// expression ending before `end`), as one expression.
    pub(super) fn quarter_of_year(&self, i: usize, y: i32, end: usize) -> Option<Match> {
        let j = if self.apostrophe(end) && self.word_is(end + 1, "s") {
            end + 2
        } else {
            end
        };
        if self.is(j, Kw::The) {
            return None;
        }
        let m = self.quarter(j)?;
        let Sem::Period {
            year: None,
            part,
            dir,
        } = m.sem
        else {
            return None;
        };
        Some(Match::new(
            i,
            m.end,
            Sem::Period {
                year: Some(y),
                part,
                dir,
            },
            "year-quarter",
        ))
    }

    pub(super) fn quarter(&self, i: usize) -> Option<Match> {
        let the = self.is(i, Kw::The);
        let mut j = if the { i + 1 } else { i };
        // "Q3 2025", "Q4'24", "H1 2025": a quarter or half written short. "H1" needs its
        // year ("H1N1", "the H2 receptor" are no halves).
        if !the
            && (self.word_is(i, "q") || self.word_is(i, "h"))
            && self.cap(i)
            && self.adj(i + 1)
            && !self
                .tok(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(i + 2))
        {
            let half = self.word_is(i, "h");
            let max = if half { 2 } else { 4 };
            if let Some(q) = self.num(i + 1).filter(|q| (1..=max).contains(q))
                && self.ndigits(i + 1) == 1
            {
                let (year, end) = self.part_year(i + 2);
                if half && year.is_none() {
                    return None;
                }
                return Some(Match::new(
                    i,
                    end,
                    Sem::Period {
                        year,
                        part: if half {
                            YearPart::Half(q)
                        } else {
                            YearPart::Quarter(q)
                        },
                        dir: Direction::ByTense,
                    },
                    "quarter",
                ));
            }
        }
        if self.is(j, Kw::Fiscal) {
            j += 1;
        }
        if let Some(m) = self.half_of_year(i, j) {
            return Some(m);
        }
        // "the last quarter of 2023", "the final quarter of last year": the fourth.
        let last_of_a_year = the
            && (self.is(j, Kw::Last) || self.word_is(j, "final"))
            && self.word_is(j + 1, "quarter")
            && self.is(j + 2, Kw::Of)
            && (self.opt_year(j + 2).0.is_some() || self.deictic_year(j + 2).is_some());
        let n = if last_of_a_year {
            4
        } else {
            self.lex(j).and_then(|l| l.ordinal).filter(|n| *n <= 4)?
        };
        let mut k = j + 1;
        let hyphenated = self.hyphen(k);
        if hyphenated {
            k += 1;
        }
        if self.is(k, Kw::Fiscal) {
            k += 1;
        }
        let part = if self.word_is(k, "quarter") && n <= 4 {
            YearPart::Quarter(n)
        } else if self.is(k, Kw::Half) && n <= 2 {
            YearPart::Half(n)
        } else {
            return None;
        };
        let (mut year, mut end) = self.opt_year(k + 1);
        if year.is_none() && self.is(k + 1, Kw::Of) && self.is(k + 2, Kw::Fiscal) {
            let (y, e) = self.opt_year(k + 3);
            if y.is_some() {
                year = y;
                end = e;
            }
        }
        // "Chelsea scored in the second half": the half or quarter of a game.
        if year.is_none() && self.sports_sentence(i) {
            return None;
        }
        // "the first half of last year": a part of a year named relative to the publication.
        if year.is_none()
            && !hyphenated
            && let Some((offset, e)) = self.deictic_year(k + 1)
            && self.is(k + 1, Kw::Of)
        {
            return Some(Match::new(
                i,
                e,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Part(part),
                },
                "quarter-of-this-year",
            ));
        }
        // "the second half of the year": the year of the context, as for the part alone.
        if year.is_none()
            && !hyphenated
            && self.is(k + 1, Kw::Of)
            && self.is(k + 2, Kw::The)
            && self.word_is(k + 3, "year")
            && !self.apostrophe(k + 4)
            && !matches!(
                self.kw(k + 4),
                Some(Kw::Before | Kw::After | Kw::Earlier | Kw::Later | Kw::Ago)
            )
        {
            end = k + 4;
        }
        // "the first half of last season", "the second half of the game": a part of
        // something that is not a calendar period (a sports season, a match, a film).
        if year.is_none() && end == k + 1 && !hyphenated && self.is(k + 1, Kw::Of) && {
            let d = if matches!(
                self.kw(k + 2),
                Some(Kw::The | Kw::Last | Kw::This | Kw::Next)
            ) {
                k + 3
            } else {
                k + 2
            };
            self.tok(d).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap
                    && t.lex
                        .is_none_or(|l| l.unit.is_none() && l.kw != Some(Kw::Fiscal))
            })
        } {
            return None;
        }
        // "the third-quarter loss": the adjective alone is the expression.
        let start = if the && hyphenated && year.is_none() {
            i + 1
        } else {
            i
        };
        Some(Match::new(
            start,
            end,
            Sem::Period {
                year,
                part,
                dir: Direction::ByTense,
            },
            "quarter",
        ))
    }

    /// A half year named with its year: "the last half of 1989" (H2), "the first two quarters
    /// of 1990" (H1), "the last two quarters of 1990" (H2). TimeML writes a half year as
    /// `YYYY-H1`/`YYYY-H2`. The year is required: without it "the last half" or "the first two
    /// quarters" is a length of time or a relative period, left to the other rules.
    pub(super) fn half_of_year(&self, i: usize, j: usize) -> Option<Match> {
        let first = self.lex(j).and_then(|l| l.ordinal) == Some(1);
        let last = self.is(j, Kw::Last);
        if !first && !last {
            return None;
        }
        let k = if self.is(j + 1, Kw::Half) {
            j + 2
        } else if self.lex(j + 1).and_then(|l| l.number).or(self.num(j + 1)) == Some(2)
            && self.word_is(j + 2, "quarters")
        {
            j + 3
        } else {
            return None;
        };
        if !self.is(k, Kw::Of) {
            return None;
        }
        let (year, end) = self.opt_year(k);
        year?;
        Some(Match::new(
            i,
            end,
            Sem::Period {
                year,
                part: YearPart::Half(if first { 1 } else { 2 }),
                dir: Direction::ByTense,
            },
            "quarter",
        ))
    }
}
