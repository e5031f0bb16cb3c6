//! Weekdays: "Monday", "on Tuesday, March 4", "Wed.".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// A weekday written with its calendar date at token `i` ("Friday, Nov. 14").
    pub(super) fn weekday_date(&self, i: usize) -> Option<Match> {
        self.weekday_expr(i)
            .filter(|m| matches!(m.sem, Sem::Calendar { day: Some(_), .. }))
    }

    pub(super) fn weekday_expr(&self, i: usize) -> Option<Match> {
        if let Some(l) = self.lex(i)
            && l.weekday_plural
            && self.cap(i)
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Set(Recurrence {
                    weekday: l.weekday,
                    ..Recurrence::every(Amount::n(1), Unit::Week)
                }),
                "weekdays",
            ));
        }
        let w = self.weekday(i)?;
        // "every Tuesday and Thursday", "each Monday, Wednesday and Friday": the later
        // weekdays of the list recur too.
        {
            let mut k = i;
            while k >= 2
                && (self.is(k - 1, Kw::And) || self.punct(k - 1, ","))
                && self.weekday(k - 2).is_some()
            {
                k -= 2;
            }
            if k < i
                && k.checked_sub(1)
                    .is_some_and(|p| matches!(self.kw(p), Some(Kw::Every | Kw::Each)))
            {
                return Some(Match::new(
                    i,
                    i + 1,
                    Sem::Set(Recurrence {
                        weekday: Some(w),
                        ..Recurrence::every(Amount::n(1), Unit::Week)
                    }),
                    "weekdays",
                ));
            }
        }
        // "Tuesday nights": a recurring part of a weekday.
        for (plural, p) in [
            ("mornings", PartOfDay::Morning),
            ("afternoons", PartOfDay::Afternoon),
            ("evenings", PartOfDay::Evening),
            ("nights", PartOfDay::Night),
        ] {
            if self.word_is(i + 1, plural) {
                return Some(Match::new(
                    i,
                    i + 2,
                    Sem::Set(Recurrence {
                        weekday: Some(w),
                        part: Some(p),
                        ..Recurrence::every(Amount::n(1), Unit::Week)
                    }),
                    "weekday-parts",
                ));
            }
        }
        if let Some(p) = i.checked_sub(1).and_then(|p| self.tok(p))
            && ((p.text.eq_ignore_ascii_case("the")
                && self.cap(i + 1)
                && self.part(i + 1).is_none())
                || WordClass::NameBeforeWeekday.has(p.text)
                // "the Good Friday Agreement": a holiday naming a thing.
                || p.text == "Good")
        {
            return None; // "the Sunday Times", "Black Friday"
        }
        if let Some(n) = self.tok(i + 1)
            && n.kind == TokenKind::Word
            && n.cap
            && WordClass::NameAfterWeekday.has(n.text)
            && !(self.cap(i + 1) && self.part(i + 1).is_some() && !self.cap(i + 2))
        {
            return None;
        }
        // "Friday, Sept. 12", "Wednesday, 11 February", "Friday 14 March"
        let k = if self.punct(i + 1, ",") { i + 2 } else { i + 1 };
        if let Some(m) = self.month_date(k).or_else(|| {
            self.day_month(k)
                .filter(|d| self.ndigits(k) > 0 && d.start == k)
        }) && matches!(m.sem, Sem::Calendar { day: Some(_), .. })
        {
            return Some(Match::new(i, m.end, m.sem, "weekday-date"));
        }
        let mut end = i + 1;
        let mut time = None;
        if let Some(p) = self.part(end) {
            time = Some(TimeOfDay::Part(p));
            end += 1;
        }
        Some(Match::new(
            i,
            end,
            Sem::Weekday {
                weekday: w,
                time,
                dir: Direction::ByTense,
            },
            "weekday",
        ))
    }

    /// "Tues., Nov. 4", "Thu, Jan. 8, 2026": an abbreviated weekday before a date, as in
    /// datelines; the date carries the value.
    pub(super) fn weekday_abbr_date(&self, i: usize) -> Option<Match> {
        // "The Sun, Nov. 2 edition": after an article, a name.
        if !self.cap(i)
            || self.lex(i).and_then(|l| l.weekday_abbr).is_none()
            || i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
        {
            return None;
        }
        let mut j = self.skip_dot(i + 1);
        if self.punct(j, ",") {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        let m = self.month_date(j)?;
        matches!(m.sem, Sem::Calendar { day: Some(_), .. })
            .then(|| Match::new(i, m.end, m.sem, "weekday-date"))
    }
}
