//! Coordinated and ranged expressions: a year shared by a pair ("May 3 and 4, 2024"), compound
//! durations, "3 to 5 May", "1990–92".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// "March to May 2024", "Nov. 30-Dec. 2, 2024", "the spring and summer of 2024": in a
    /// range or a pair of dates joined by one word or a dash, a year written only after the
    /// second belongs to the first too (the year before when a range runs over New Year:
    /// "Dec. 28-Jan. 3, 2025").
    pub(super) fn share_year(&self, out: &mut [Match]) {
        for k in 1..out.len() {
            let Some(&b) = out.get(k) else {
                continue;
            };
            let Some(a) = out.get_mut(k - 1) else {
                continue;
            };
            if b.start != a.end + 1 && !(b.start == a.end + 2 && self.punct(a.end, ".")) {
                continue;
            }
            let link = if self.punct(a.end, ".") {
                a.end + 1
            } else {
                a.end
            };
            // "and" joins a pair here, not a range ("the spring and summer of 2024").
            let range = !self.is(link, Kw::And) && self.range_link(a.start, link);
            if link + 1 != b.start || !(range || self.is(link, Kw::And) || self.word_is(link, "or"))
            {
                continue;
            }
            let shared = match (&mut a.sem, b.sem) {
                (
                    Sem::Calendar {
                        year: y1 @ None,
                        month: Some(m1),
                        day: d1,
                        time: None,
                        dir: Direction::ByTense,
                    },
                    Sem::Calendar {
                        year: Some(y),
                        month: Some(m2),
                        day: d2,
                        ..
                    },
                ) if d1.is_some() == d2.is_some() => {
                    let over_new_year = range && (*m1, d1.unwrap_or(1)) > (m2, d2.unwrap_or(1));
                    *y1 = Some(if over_new_year { y - 1 } else { y });
                    true
                }
                (
                    Sem::Period {
                        year: y1 @ None,
                        part: YearPart::Season(_),
                        dir: Direction::ByTense,
                    },
                    Sem::Period {
                        year: Some(y),
                        part: YearPart::Season(_),
                        ..
                    },
                ) => {
                    *y1 = Some(y);
                    true
                }
                _ => false,
            };
            if shared {
                a.rule = if range {
                    "range-start-shares-year"
                } else {
                    "list-shares-year"
                };
            }
        }
    }

    /// "two hours and 10 minutes", "three years, six months", "1 hour 45 minutes": a
    /// whole length followed by a whole length of a smaller unit is one length.
    pub(super) fn compound_duration(&self, m: &mut Match) {
        const ORDER: &[Unit] = &[
            Unit::Year,
            Unit::Month,
            Unit::Week,
            Unit::Day,
            Unit::Hour,
            Unit::Minute,
            Unit::Second,
        ];
        let rank = |u: Unit| ORDER.iter().position(|x| *x == u);
        let Sem::Duration {
            amount: Amount::Tenths(t),
            unit,
            ending_now: false,
        } = m.sem
        else {
            return;
        };
        if t % 10 != 0 || m.modifier.is_some() || self.hyphen(m.end) {
            return;
        }
        let Some(r1) = rank(unit) else {
            return;
        };
        let mut j = m.end;
        if self.punct(j, ",") {
            j += 1;
        }
        if self.is(j, Kw::And) {
            j += 1;
        }
        let Some(next) = self.at(j).filter(|n| n.start == j) else {
            return;
        };
        let Sem::Duration {
            amount: Amount::Tenths(t2),
            unit: u2,
            ending_now: false,
        } = next.sem
        else {
            return;
        };
        if t2 % 10 != 0 || next.modifier.is_some() || rank(u2).is_none_or(|r2| r2 <= r1) {
            return;
        }
        m.sem = Sem::CompoundDuration {
            first: (t / 10, unit),
            then: (t2 / 10, u2),
        };
        m.end = next.end;
        m.rule = "compound-duration";
    }

    /// "April 24 and 25", "March 3-5", "from Dec. 1 to 5": the second day of a
    /// coordinated date or the last day of a range of days, in the same month and year. A
    /// year after the second day ("March 3-5, 2024") belongs to both.
    pub(super) fn coordinated_day(&self, m: &mut Match) -> Option<Match> {
        let Sem::Calendar {
            year,
            month: Some(month),
            day: Some(first),
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let j = m.end;
        let dash = self.punct(j, "-") || self.punct(j, "–");
        let range = dash
            || matches!(self.kw(j), Some(Kw::To | Kw::Through | Kw::Until))
            || self.word_is(j, "thru");
        if !(range || self.is(j, Kw::And) || self.word_is(j, "or")) || self.ndigits(j + 1) > 2 {
            return None;
        }
        let day = self.num(j + 1).filter(|d| (1..=31).contains(d))?;
        if range && day <= first {
            return None;
        }
        let (year2, end) = if year.is_none() {
            self.opt_year(j + 2)
        } else {
            (None, j + 2)
        };
        // Only a bare number closing the phrase: "April 24 and 25 people" is a count,
        // "from March 3 to 5 p.m." a clock time.
        let closes = self.tok(end).is_none_or(|t| {
            t.kind == TokenKind::Punct && matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?")
        });
        // A range may run on into the sentence: "the fair runs March 3-5 in Boston".
        let runs_on = range
            && year2.is_none()
            && self.tok(end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap
                    && t.lex.is_some_and(|l| l.kw.is_some() && l.unit.is_none())
                    && !self.word_is(end, "a")
                    && !self.word_is(end, "p")
            });
        if !(closes || runs_on)
            || (self.punct(end, ".") && self.num(end + 1).is_some())
            || self.hyphen(end)
        {
            return None;
        }
        if year2.is_some()
            && let Sem::Calendar { year: y, .. } = &mut m.sem
        {
            *y = year2;
        }
        Some(Match::new(
            j + 1,
            end,
            Sem::Calendar {
                year: year.or(year2),
                month: Some(month),
                day: Some(day),
                time: None,
                dir,
            },
            if range {
                "day-range-end"
            } else {
                "coordinated-day"
            },
        ))
    }

    /// "the 2008-09 crisis", "the 1998-2004 government": the last year of a span of years
    /// written with a hyphen, in full or as its last two digits.
    pub(super) fn year_range_end(&self, m: &Match) -> Option<Match> {
        let Sem::Calendar {
            year: Some(y),
            month: None,
            day: None,
            time: None,
            ..
        } = m.sem
        else {
            return None;
        };
        let j = m.end;
        if m.rule != "year" || !self.hyphen(j) {
            return None;
        }
        let n = i32::try_from(self.num(j + 1)?).ok()?;
        let y2 = match self.ndigits(j + 1) {
            4 => n,
            2 => y - y.rem_euclid(100) + n,
            _ => return None,
        };
        if y2 <= y || y2 > y + 99 || !(1000..=2199).contains(&y2) {
            return None;
        }
        // "2008-09-15" is a date, "1998-2004-06" nothing we read.
        if self.tok(j + 2).is_some_and(|t| {
            self.adj(j + 2) && (t.kind != TokenKind::Punct || matches!(t.text, "-" | "–" | "/"))
        }) {
            return None;
        }
        Some(Match::new(
            j + 1,
            j + 2,
            calendar_year(y2),
            "year-range-end",
        ))
    }

    /// After "March 3": a hyphen at `at` followed by a later day of the same month ("3-5")
    /// or by another month ("Dec. 30-Jan. 2"), so the hyphen joins a range of dates.
    pub(super) fn range_end_after_hyphen(&self, at: usize, first: u32) -> bool {
        if self.month(at + 1).is_some() {
            return true;
        }
        self.ndigits(at + 1) <= 2
            && self
                .num(at + 1)
                .is_some_and(|d| d > first && (1..=31).contains(&d))
            && !self.hyphen(at + 2)
            && self.unit(at + 2).is_none()
    }
}
