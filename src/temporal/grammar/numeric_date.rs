//! Dates written in figures: "2025-03-03", "03/03/2025", ISO times.

use super::*;

impl<'a> Grammar<'a, '_> {
    pub(super) fn numeric_date(&self, i: usize) -> Option<Match> {
        // 2025-03-03, 2025-03-03T14:00Z
        if let Some(y) = self.year4(i)
            && self.hyphen(i + 1)
            && self.ndigits(i + 2) == 2
            && self.hyphen(i + 3)
            && self.ndigits(i + 4) == 2
        {
            let m = self.num(i + 2)?;
            let d = self.num(i + 4)?;
            let (time, end) = self
                .iso_time(i + 5)
                .map_or((None, i + 5), |(t, e)| (Some(t), e));
            return figures_date(i, end, (y, m, d), time, "iso-date");
        }
        // 2025/10/30: year first, as ISO orders it.
        if let Some(y) = self.year4(i)
            && self.punct(i + 1, "/")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && (1..=2).contains(&self.ndigits(i + 2))
            && self.punct(i + 3, "/")
            && self.adj(i + 3)
            && self.adj(i + 4)
            && (1..=2).contains(&self.ndigits(i + 4))
        {
            let (m, d) = (self.num(i + 2)?, self.num(i + 4)?);
            return figures_date(i, i + 5, (y, m, d), None, "slash-date");
        }
        // 03/03/2025, 3/3/98; 25/11/2024 (a first number above 12 is the day)
        if self.ndigits(i) <= 2
            && self.punct(i + 1, "/")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && self.ndigits(i + 2) <= 2
        {
            let (a, b) = (self.num(i)?, self.num(i + 2)?);
            let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
            if self.punct(i + 3, "/") && self.adj(i + 3) && self.adj(i + 4) {
                let y = match self.ndigits(i + 4) {
                    4 => i32::try_from(self.num(i + 4)?).ok()?,
                    2 => {
                        let y = i32::try_from(self.num(i + 4)?).ok()?;
                        if y < 50 { 2000 + y } else { 1900 + y }
                    }
                    _ => return None,
                };
                return figures_date(i, i + 5, (y, m, d), None, "slash-date");
            }
            // "closes on 11/3", "since 6/15": month and day without a year, only after a
            // preposition of time and closing the phrase ("3/4 of the vote" is a fraction).
            // "cut by 2/3": a proper fraction is a date only right after "on" or a weekday.
            let fraction = a < b && b <= 10;
            if (1..=12).contains(&a)
                && (1..=31).contains(&b)
                && self.month_day_context(i, fraction)
                && !self.punct(i + 3, "/")
                && self.tok(i + 3).is_none_or(|t| match t.kind {
                    TokenKind::Punct => !matches!(t.text, "%" | "-" | "–" | "/" | "$"),
                    TokenKind::Number => false,
                    TokenKind::Word => {
                        !self.adj(i + 3)
                            && !self.is(i + 3, Kw::Of)
                            && (t.cap || t.lex.is_some_and(|l| l.kw.is_some() && l.unit.is_none()))
                    }
                })
                && chrono::NaiveDate::from_ymd_opt(2024, a, b).is_some()
            {
                return Some(Match::new(
                    i,
                    i + 3,
                    Sem::Calendar {
                        year: None,
                        month: Some(a),
                        day: Some(b),
                        time: None,
                        dir: Direction::ByTense,
                    },
                    "slash-month-day",
                ));
            }
            return None;
        }
        // 3.11.2025: day first, as written where dots separate the parts (a second number
        // above 12 is the day).
        if let Some(t) = self.tok(i)
            && t.kind == TokenKind::Number
            && let Some((a, b)) = t.text.split_once('.')
            && (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && self.punct(i + 1, ".")
            && self.adj(i + 1)
            && self.adj(i + 2)
            && let Some(y) = self.year4(i + 2)
            && !(self.punct(i + 3, ".") && self.adj(i + 3) && self.num(i + 4).is_some())
            && !(i > 0 && self.adj(i))
            // "version 4.12.2019", "build 1.2.2024": a version number.
            && !i.checked_sub(1).is_some_and(|p| {
                ["version", "v", "ver", "release", "build", "firmware", "patch", "revision", "update"]
                    .iter()
                    .any(|w| self.word_is(p, w))
            })
        {
            let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
            let (d, m) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            return figures_date(i, i + 3, (y, m, d), None, "dotted-date");
        }
        None
    }

    /// Before a month and day written with a slash ("on 11/3"): a preposition of time or
    /// a weekday ("Tuesday 11/4").
    pub(super) fn month_day_context(&self, i: usize, strict: bool) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if strict {
            return self.is(p, Kw::On) || self.weekday(p).is_some();
        }
        matches!(
            self.kw(p),
            Some(Kw::On | Kw::Since | Kw::Until | Kw::By | Kw::Through | Kw::Before | Kw::After)
        ) || self.weekday(p).is_some()
            || ["till", "thru", "starting", "effective", "dated"]
                .iter()
                .any(|w| self.word_is(p, w))
    }

    /// The time of an ISO date-time after its date ("T14:00", "T14:00:05Z", "T09:30+02:00"):
    /// (time, end).
    pub(super) fn iso_time(&self, j: usize) -> Option<(TimeOfDay, usize)> {
        if !(self.adj(j) && self.adj(j + 1) && self.ndigits(j + 1) == 2) {
            return None;
        }
        // The tokenizer keeps "T" and a following zone letter apart from the digits only
        // when they are letters alone: "T14" is "T" + "14".
        if !self.tok(j).is_some_and(|t| t.text == "T" || t.text == "t") {
            return None;
        }
        let hour = self.num(j + 1).filter(|h| *h < 24)?;
        if !(self.punct(j + 2, ":") && self.adj(j + 2) && self.adj(j + 3)) {
            return None;
        }
        // "14:00" or "14:00:05" / "14:00:05.250" (the seconds are dropped).
        let mins = self.tok(j + 3)?.text;
        if mins.len() != 2 {
            return None;
        }
        let minute = mins.parse::<u32>().ok().filter(|m| *m < 60)?;
        let mut end = j + 4;
        if self.punct(end, ":")
            && self.adj(end)
            && self.adj(end + 1)
            && self
                .tok(end + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
        {
            end += 2;
        }
        // A zone: "Z", or "+02:00" / "-0500".
        if self.adj(end) && self.tok(end).is_some_and(|t| t.text == "Z") {
            end += 1;
        } else if (self.punct(end, "+") || self.punct(end, "-"))
            && self.adj(end)
            && self.adj(end + 1)
            && matches!(self.ndigits(end + 1), 2 | 4)
        {
            end += 2;
            if self.ndigits(end - 1) == 2
                && self.punct(end, ":")
                && self.adj(end)
                && self.adj(end + 1)
                && self.ndigits(end + 1) == 2
            {
                end += 2;
            }
        }
        Some((TimeOfDay::Clock { hour, minute }, end))
    }
}
