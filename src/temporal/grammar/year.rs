//! Years and decades: "2025", "'99", "the 1990s", "two thousand and five", and days counted
//! back ("two days ago").

use super::*;

impl<'a> Grammar<'a, '_> {
    /// A year in words ("nineteen ninety-six", "two thousand"): (year, end).
    pub(super) fn word_year(&self, i: usize) -> Option<(i32, usize)> {
        let n = |k: usize| self.lex(k).and_then(|l| l.number);
        let first = n(i)?;
        if first == 2 && self.word_is(i + 1, "thousand") {
            let mut end = i + 2;
            let mut y = 2000;
            if self.is(end, Kw::And) && n(end + 1).is_some_and(|u| u < 20) {
                y += i32::try_from(n(end + 1)?).ok()?;
                end += 2;
            } else if let Some(u) = n(end).filter(|u| *u < 20) {
                y += i32::try_from(u).ok()?;
                end += 1;
            }
            // "two thousand years" is an amount, not the year 2000.
            if self.unit(end).is_some() {
                return None;
            }
            return Some((y, end));
        }
        if !(10..=20).contains(&first) {
            return None;
        }
        let tens = n(i + 1).filter(|t| *t >= 20 && *t % 10 == 0 && *t < 100)?;
        let mut end = i + 2;
        let mut y = first * 100 + tens;
        if self.hyphen(end)
            && let Some(u) = n(end + 1).filter(|u| (1..10).contains(u))
        {
            y += u;
            end += 2;
        } else if let Some(u) = n(end).filter(|u| (1..10).contains(u)) {
            y += u;
            end += 1;
        }
        Some((i32::try_from(y).ok()?, end))
    }

    pub(super) fn year(&self, i: usize) -> Option<Match> {
        // "nineteen ninety-six", "the year two thousand"
        let wy = if self.is(i, Kw::The) && self.word_is(i + 1, "year") {
            self.word_year(i + 2)
        } else {
            self.word_year(i)
        };
        if let Some((y, end)) = wy {
            return Some(Match::new(i, end, calendar_year(y), "year-in-words"));
        }
        // "year-end", "year end", "the year's end"
        {
            let j = if self.is(i, Kw::The) { i + 1 } else { i };
            if self.word_is(j, "year") {
                let k = if self.hyphen(j + 1) {
                    j + 2
                } else if self.apostrophe(j + 1) && self.word_is(j + 2, "s") {
                    j + 3
                } else {
                    j + 1
                };
                // "a year-end bonus": any year's.
                let generic = i.checked_sub(1).is_some_and(|p| self.is(p, Kw::A));
                if self.is(k, Kw::End) && !self.is(k + 1, Kw::Of) && !generic {
                    // "the year's end": the end part of the year.
                    if k == j + 3 {
                        let mut m = Match::new(
                            i,
                            k + 1,
                            Sem::Deictic {
                                unit: Unit::Year,
                                offset: 0,
                                time: None,
                            },
                            "year-end",
                        );
                        m.modifier = Some(Modifier::End);
                        return Some(m);
                    }
                    // "by year-end", "since year-end": the closing date of the year, 31
                    // December; "since" looks back to the last one.
                    let since = i.checked_sub(1).is_some_and(|p| self.word_is(p, "since"));
                    return Some(Match::new(
                        i,
                        k + 1,
                        Sem::Calendar {
                            year: None,
                            month: Some(12),
                            day: Some(31),
                            time: None,
                            dir: if since {
                                Direction::Past
                            } else {
                                Direction::Same
                            },
                        },
                        "year-end",
                    ));
                }
            }
        }
        // "the 1990s", "the '90s"
        let (j, the) = if self.is(i, Kw::The) {
            (i + 1, true)
        } else {
            (i, false)
        };
        if let Some(y) = self.year4(j)
            && self.word_is(j + 1, "s")
            && self.adj(j + 1)
        {
            let sem = if y % 100 == 0 && y != 2000 {
                Sem::Century(y / 100)
            } else {
                Sem::Decade(y / 10)
            };
            return Some(Match::new(i, j + 2, sem, "decade"));
        }
        if self.apostrophe(j)
            && self.ndigits(j + 1) == 2
            && self.adj(j + 1)
            && self.word_is(j + 2, "s")
            && self.adj(j + 2)
        {
            let n = i32::try_from(self.num(j + 1)?).ok()?;
            let d = if n >= 20 { 190 + n / 10 } else { 200 + n / 10 };
            return Some(Match::new(i, j + 3, Sem::Decade(d), "decade"));
        }
        if the {
            return None;
        }
        // "FY2024", "FY24", "FY'24": a fiscal year written short.
        if self.word_is(i, "fy")
            && self.cap(i)
            && let Some((y, end)) = self.fy_year(i + 1)
        {
            return Some(Match::new(i, end, calendar_year(y), "fiscal-year"));
        }
        // "fiscal 1999", "fiscal year 1999"
        if self.is(i, Kw::Fiscal) {
            let j = if self.word_is(i + 1, "year") {
                i + 2
            } else {
                i + 1
            };
            let y = self.year4(j).or_else(|| {
                (self.apostrophe(j) && self.ndigits(j + 1) == 2)
                    .then(|| self.num(j + 1))
                    .flatten()
                    .and_then(|n| i32::try_from(n).ok())
                    .map(|n| if n < 50 { 2000 + n } else { 1900 + n })
            })?;
            let end = if self.apostrophe(j) { j + 2 } else { j + 1 };
            if let Some(m) = self.quarter_of_year(i, y, end) {
                return Some(m);
            }
            return Some(Match::new(i, end, calendar_year(y), "fiscal-year"));
        }
        // "founded in '87", "the class of '99", "since '08": a year written short after
        // a preposition of time.
        let prev = i.checked_sub(1);
        let preposition = prev.is_some_and(|p| {
            matches!(
                self.kw(p),
                Some(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Of
                        | Kw::From
                        | Kw::To
                        | Kw::Before
                        | Kw::After
                        | Kw::During
                        | Kw::Through
                )
            )
        });
        if let Some(y) = self.apostrophe_year(i)
            && preposition
        {
            return Some(Match::new(i, i + 2, calendar_year(y), "year"));
        }
        let y = self.year4(i)?;
        if let Some(m) = self.quarter_of_year(i, y, i + 1) {
            return Some(m);
        }
        let strong_prev = preposition
            || prev.is_some_and(|p| matches!(self.kw(p), Some(Kw::Early | Kw::Late | Kw::Mid)));
        // "post-1959 politics", "pre-1990 levels": the prefix belongs to the expression.
        let era_prefix = prev.is_some_and(|p| self.hyphen(p))
            && i.checked_sub(2)
                .is_some_and(|q| self.word_is(q, "post") || self.word_is(q, "pre"));
        // "between 1990 and 1995 prices rose": the end of a range of years.
        let range_end = self.is(i.wrapping_sub(1), Kw::And)
            && self.year4(i.wrapping_sub(2)).is_some()
            && self.word_is(i.wrapping_sub(3), "between");
        let strong_prev = strong_prev || era_prefix || range_end;
        if !(1900..=2099).contains(&y) && !strong_prev {
            return None;
        }
        // "user2023", "smith1985@example.com": figures stuck to a word; "Suite 1999",
        // "Route 2020", "Flight 1987": a number naming a place or a thing.
        if prev.is_some_and(|p| {
            self.tok(p).is_some_and(|t| t.kind == TokenKind::Word) && self.adj(i)
                || self.word_in(p, WordClass::NumberedNouns)
        }) {
            return None;
        }
        if let Some(p) = prev.and_then(|p| self.tok(p))
            && (matches!(
                p.text,
                "$" | "#" | "£" | "€" | "No" | "no" | "Nos" | "+" | "/" | "-" | "." | ":"
            ) && !(p.text == "-"
                && (!self.adj(i)
                    || i.checked_sub(2).is_some_and(|q| {
                        self.is(q, Kw::Mid) || self.word_is(q, "post") || self.word_is(q, "pre")
                    }))))
        {
            return None;
        }
        if let Some(n) = self.tok(i + 1) {
            if matches!(n.text, "%" | "/" | ":") && self.adj(i + 1) {
                return None;
            }
            if n.kind == TokenKind::Word {
                let w = n.text;
                if w.eq_ignore_ascii_case("percent") || w.eq_ignore_ascii_case("pc") {
                    return None;
                }
                // "2000 troops": a count before a plural noun.
                if !n.cap && w.len() > 3 && w.ends_with('s') && n.lex.is_none() && !strong_prev {
                    return None;
                }
                // "the 2000 block of Main Street": an address; "1999 votes to 1850".
                if ["block", "votes", "vote"]
                    .iter()
                    .any(|b| w.eq_ignore_ascii_case(b))
                {
                    return None;
                }
            }
        }
        let start = if era_prefix { i - 2 } else { i };
        Some(Match::new(start, i + 1, calendar_year(y), "year"))
    }

    /// The day or week named right after "N units ago" at token `k` ("a year ago
    /// Tuesday", "a week ago Saturday", "25 years ago today", "50 years ago this week"),
    /// as that day or week moved back by the amount, from token `i`.
    pub(super) fn ago_day(&self, i: usize, k: usize, amount: Amount, u: Unit) -> Option<Match> {
        let n = amount.whole()?;
        let (sem, end) = if let Some(w) = self.weekday(k).filter(|_| !self.apostrophe(k + 1)) {
            (
                Sem::Weekday {
                    weekday: w,
                    time: None,
                    dir: Direction::ByTense,
                },
                k + 1,
            )
        } else {
            let offset = match self.kw(k) {
                Some(Kw::Today) => 0,
                Some(Kw::Yesterday) => -1,
                _ if self.is(k, Kw::This) && self.word_is(k + 1, "week") => {
                    return (u == Unit::Year).then(|| Match {
                        year_shift: -n,
                        ..Match::new(
                            i,
                            k + 2,
                            Sem::Deictic {
                                unit: Unit::Week,
                                offset: 0,
                                time: None,
                            },
                            "ago-this-week",
                        )
                    });
                }
                _ => return None,
            };
            (
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: None,
                },
                k + 1,
            )
        };
        let base = Match::new(i, end, sem, "ago-day");
        Some(match u {
            Unit::Year => Match {
                year_shift: -n,
                ..base
            },
            Unit::Week => Match {
                day_shift: n.checked_mul(-7)?,
                ..base
            },
            Unit::Day => Match {
                day_shift: -n,
                ..base
            },
            _ => return None,
        })
    }
}
