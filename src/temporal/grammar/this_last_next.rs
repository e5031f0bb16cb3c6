//! "this", "last", "next", "past", "coming" with a unit, a month, a weekday or a season.

use super::*;

impl<'a> Grammar<'a, '_> {
    /// "this/last/next/current" + unit, weekday, month, season or part of day, starting the
    /// head at `j`.
    pub(super) fn this_last_next(&self, i: usize, k: Kw, mut j: usize) -> Option<Match> {
        // "this past weekend", "this coming Monday"
        let mut k = k;
        if k == Kw::This && self.is(j, Kw::Past) {
            k = Kw::Last;
            j += 1;
        } else if k == Kw::This && self.is(j, Kw::Coming) {
            k = Kw::Next;
            j += 1;
        }
        let (offset, dir) = match k {
            Kw::This | Kw::Current => (0, Direction::Same),
            Kw::Last => (-1, Direction::Past),
            Kw::Next => (1, Direction::Future),
            _ => return None,
        };
        if let Some((u, plural)) = self.unit(j) {
            if plural || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            // "the last week of the campaign", "the next day of talks": a part of
            // something named after it, not a unit counted from the report.
            if k != Kw::This
                && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
                && self.is(j + 1, Kw::Of)
            {
                return None;
            }
            if u == Unit::Weekend {
                return Some(Match::new(i, j + 1, Sem::Weekend { dir }, "this-weekend"));
            }
            // "this year's third quarter", "last year's quarter"
            if u == Unit::Year && self.apostrophe(j + 1) && self.word_is(j + 2, "s") {
                if let Some(q) = self.quarter(j + 3)
                    && let Sem::Period {
                        year: None, part, ..
                    } = q.sem
                    && q.start == j + 3
                {
                    return Some(Match::new(
                        i,
                        q.end,
                        Sem::InDeicticYear {
                            offset,
                            part: YearSub::Part(part),
                        },
                        "this-year-part",
                    ));
                }
                if self.word_is(j + 3, "quarter") || self.word_is(j + 3, "period") {
                    return Some(Match::new(
                        i,
                        j + 4,
                        Sem::InDeicticYear {
                            offset,
                            part: YearSub::CurrentQuarter,
                        },
                        "this-year-part",
                    ));
                }
            }
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: u,
                    offset,
                    time: None,
                },
                "this-unit",
            ));
        }
        if self.is(j, Kw::Fiscal) && self.word_is(j + 1, "year") {
            return Some(Match::new(
                i,
                j + 2,
                Sem::Deictic {
                    unit: Unit::Year,
                    offset,
                    time: None,
                },
                "this-unit",
            ));
        }
        if k == Kw::Current {
            return None;
        }
        if let Some(p) = self.part(j) {
            let offset = match (k, p) {
                (Kw::Last, PartOfDay::Night) => -1,
                (Kw::This, _) => 0,
                _ => return None,
            };
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: Some(TimeOfDay::Part(p)),
                },
                "this-morning",
            ));
        }
        if let Some(w) = self.weekday(j) {
            // "this coming Sunday, March 8": the date in apposition belongs to it.
            if self.punct(j + 1, ",")
                && let Some(m) = self.month_date(j + 2)
                && matches!(m.sem, Sem::Calendar { day: Some(_), .. })
            {
                return Some(Match::new(i, m.end, m.sem, "weekday-date"));
            }
            let (time, end) = match self.part(j + 1) {
                Some(p) => (Some(TimeOfDay::Part(p)), j + 2),
                None => (None, j + 1),
            };
            return Some(Match::new(
                i,
                end,
                Sem::Weekday {
                    weekday: w,
                    time,
                    dir,
                },
                "this-weekday",
            ));
        }
        if let Some(m) = self.month(j) {
            // "last Oct. 23"
            if let Some(md) = self.month_date(j)
                && let Sem::Calendar {
                    year: None,
                    day: Some(d),
                    ..
                } = md.sem
            {
                return Some(Match::new(
                    i,
                    md.end,
                    Sem::Calendar {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                        time: None,
                        dir,
                    },
                    "this-month-name",
                ));
            }
            let abbr = self.lex(j).is_some_and(|l| l.month_abbr);
            return Some(Match::new(
                i,
                if abbr { self.skip_dot(j + 1) } else { j + 1 },
                Sem::Calendar {
                    year: None,
                    month: Some(m),
                    day: None,
                    time: None,
                    dir,
                },
                "this-month-name",
            ));
        }
        if let Some(h) = self.holiday(j)
            && let Sem::Holiday {
                holiday,
                year: None,
                around,
                ..
            } = h.sem
        {
            return Some(Match::new(
                i,
                h.end,
                Sem::Holiday {
                    holiday,
                    year: None,
                    dir,
                    around,
                },
                "this-holiday",
            ));
        }
        if let Some(s) = self.lex(j).and_then(|l| l.season)
            && !self.season_names_event(j)
        {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Period {
                    year: None,
                    part: YearPart::Season(s),
                    dir,
                },
                "this-season",
            ));
        }
        None
    }
}
