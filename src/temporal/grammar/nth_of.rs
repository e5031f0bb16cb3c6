//! Weeks and days counted in a month: "the week of March 3", "the first Monday of May".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// "the week of March 6": the week containing a written day.
    pub(super) fn week_of(&self, i: usize) -> Option<Match> {
        let weekend = self.word_is(i + 1, "weekend");
        if !(self.is(i, Kw::The)
            && (self.word_is(i + 1, "week") || weekend)
            && self.is(i + 2, Kw::Of))
        {
            return None;
        }
        let m = self.month_date(i + 3)?;
        let Sem::Calendar {
            year,
            month: Some(month),
            day: Some(day),
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let sem = Sem::WeekOf {
            year,
            month,
            day,
            dir,
            weekend,
        };
        Some(Match::new(i, m.end, sem, "week-of"))
    }

    /// "the first week of December", "the second weekend of May 2026", "the first Monday in
    /// October", "the last Friday of June", "the last day of October": the n-th (or last)
    /// week, weekend, weekday or day of a named month.
    pub(super) fn nth_of_month(&self, i: usize) -> Option<Match> {
        let j = if self.is(i, Kw::The) { i + 1 } else { i };
        let n = if self.is(j, Kw::Last) || self.word_is(j, "final") {
            -1
        } else {
            let o = self
                .lex(j)
                .and_then(|l| l.ordinal)
                .filter(|o| (1..=5).contains(o))?;
            i32::try_from(o).ok()?
        };
        let of = match self.unit(j + 1) {
            Some((Unit::Week, false)) => NthOf::Week,
            Some((Unit::Weekend, false)) => NthOf::Weekend,
            Some((Unit::Day, false)) => NthOf::Day,
            _ => NthOf::Weekday(self.weekday(j + 1)?),
        };
        if !(self.is(j + 2, Kw::Of) || self.is(j + 2, Kw::In)) {
            return None;
        }
        let m = self.month_date(j + 3)?;
        let Sem::Calendar {
            year,
            month: Some(month),
            day: None,
            time: None,
            dir,
        } = m.sem
        else {
            return None;
        };
        let sem = Sem::NthOfMonth {
            year,
            month,
            n,
            of,
            dir,
        };
        Some(Match::new(i, m.end, sem, "nth-of-month"))
    }
}
