//! Parts of the day: "this morning", "Tuesday night", "two nights later".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// A part of the day before its day ("afternoon yesterday", "evening Friday"), or alone
    /// after "mid"/"early"/"late" ("mid-afternoon", "late evening"): a time of day, placed on
    /// that day, or else on the day of the previous time or the publication date.
    pub(super) fn part_of_day(&self, i: usize) -> Option<Match> {
        let p = self.part(i)?;
        let time = Some(TimeOfDay::Part(p));
        let offset = match self.kw(i + 1) {
            Some(Kw::Yesterday) => Some(-1),
            Some(Kw::Today) => Some(0),
            Some(Kw::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(offset) = offset {
            let sem = Sem::Deictic {
                unit: Unit::Day,
                offset,
                time,
            };
            return Some(Match::new(i, i + 2, sem, "part-of-day"));
        }
        if let Some(weekday) = self.weekday(i + 1) {
            let sem = Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            };
            return Some(Match::new(i, i + 2, sem, "part-of-day"));
        }
        // "at dawn on Saturday", "by nightfall on Sunday": a part of the day named with
        // its weekday after "on".
        if self.is(i + 1, Kw::On)
            && let Some(weekday) = self.weekday(i + 2)
            && self.weekday_expr(i + 2).is_some_and(|w| w.end == i + 3)
            && i.checked_sub(1)
                .is_some_and(|p| matches!(self.kw(p), Some(Kw::At | Kw::By)))
        {
            let sem = Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            };
            return Some(Match::new(i, i + 3, sem, "part-of-day"));
        }
        let q = if i >= 2 && self.hyphen(i - 1) {
            i - 2
        } else {
            i.checked_sub(1)?
        };
        (matches!(self.kw(q), Some(Kw::Mid | Kw::Early | Kw::Late))
            && !self.word_in(i + 1, WordClass::LateNightGenres))
        .then(|| Match::new(i, i + 1, Sem::Clock(TimeOfDay::Part(p)), "part-of-day"))
    }

    /// "two nights later", "three nights earlier": a distance in days from the previous
    /// time in the text, as "two days later". (Only before "later"/"earlier": "three
    /// nights in a hotel" is a stay, not a time.)
    pub(super) fn nights_later(&self, i: usize) -> Option<Match> {
        let (amount, end) = self.amount(i)?;
        amount.whole()?;
        if !self.word_is(end, "nights") {
            return None;
        }
        let sign = match self.kw(end + 1)? {
            Kw::Later => 1,
            Kw::Earlier => -1,
            _ => return None,
        };
        if self.is(end + 2, Kw::Than) {
            return None;
        }
        Some(Match::new(
            i,
            end + 2,
            Sem::Shift {
                amount,
                unit: Unit::Day,
                sign,
                anchor: AnchorKind::Previous,
            },
            "nights-later",
        ))
    }
}
