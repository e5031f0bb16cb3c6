//! Modifiers around a core expression: "early", "the end of", "about", "back in", and the
//! direction they give.

use super::*;

impl<'a> Grammar<'a, '_> {
    /// "back in August", "since March": context before the span fixes the direction.
    pub(super) fn direction_from_context(&self, start: usize, sem: Sem) -> Sem {
        // "back in August" looks back; "is due back Nov. 18", "will be back in January"
        // name a return, which the tense places.
        let past_back = |b: usize| {
            self.is(b, Kw::Back)
                && !b
                    .checked_sub(1)
                    .is_some_and(|p| self.word_in(p, WordClass::ReturnBeforeBack))
        };
        let back = (start >= 2 && self.is(start - 1, Kw::In) && past_back(start - 2))
            || (start >= 1
                && (self.is(start - 1, Kw::Since)
                    || past_back(start - 1)
                    || self.is(start - 1, Kw::Ended)));
        // "as soon as Tuesday", "as early as Tuesday": the earliest possible day to come. (A
        // month is left to the tense: "as early as March, analysts had warned".)
        let ahead = start >= 3
            && matches!(sem, Sem::Weekday { .. })
            && self.is(start - 1, Kw::As)
            && matches!(self.kw(start - 2), Some(Kw::Soon | Kw::Early))
            && self.is(start - 3, Kw::As);
        let dir = if back {
            Direction::Past
        } else if ahead {
            Direction::Future
        } else {
            return sem;
        };
        match sem {
            Sem::Calendar {
                year,
                month,
                day,
                time,
                dir: Direction::ByTense,
            } => Sem::Calendar {
                year,
                month,
                day,
                time,
                dir,
            },
            Sem::Weekday {
                weekday,
                time,
                dir: Direction::ByTense,
            } => Sem::Weekday { weekday, time, dir },
            Sem::Period {
                year,
                part,
                dir: Direction::ByTense,
            } => Sem::Period { year, part, dir },
            other => other,
        }
    }

    /// "the early part of", "the last days of", "the closing weeks of" at `i`: the part of
    /// the time that follows, as a modifier.
    pub(super) fn part_position(&self, i: usize) -> Option<Modifier> {
        if !self.is(i, Kw::The) || !self.is(i + 3, Kw::Of) {
            return None;
        }
        let part = self.word_is(i + 2, "part")
            || matches!(
                self.unit(i + 2),
                Some((Unit::Day | Unit::Week | Unit::Month | Unit::Hour, true))
            );
        if !part {
            return None;
        }
        let any = |words: &[&str]| words.iter().any(|w| self.word_is(i + 1, w));
        if any(&["early", "earlier", "first", "opening", "initial"]) {
            Some(Modifier::Start)
        } else if any(&[
            "late", "later", "latter", "last", "final", "closing", "dying", "waning",
        ]) {
            Some(Modifier::End)
        } else if any(&["middle"]) {
            Some(Modifier::Mid)
        } else {
            None
        }
    }

    /// A modifier before a core expression: its end, the modifier and which cores it fits.
    #[allow(clippy::type_complexity)]
    pub(super) fn prefix(&self, i: usize) -> Option<(usize, Modifier, fn(&Sem) -> bool)> {
        let point: fn(&Sem) -> bool = |s| {
            matches!(
                s,
                Sem::Calendar { .. }
                    | Sem::Period { .. }
                    | Sem::Decade(_)
                    | Sem::Century(_)
                    | Sem::Deictic { .. }
                    | Sem::Weekday { .. }
                    | Sem::Anaphoric { .. }
                    | Sem::Shift { .. }
                    | Sem::Clock(TimeOfDay::Part(_))
            )
        };
        let length: fn(&Sem) -> bool =
            |s| matches!(s, Sem::Duration { .. } | Sem::Shift { .. } | Sem::Clock(_));
        let any: fn(&Sem) -> bool = |s| !matches!(s, Sem::Ref { .. });
        // "well over a decade", "a little more than two years": a word of degree before a
        // comparison joins it; after it "over" is always "more than" ("rose well over two
        // years" is not "during them"). "just" stays outside ("just over an hour").
        let degree = if ["well", "slightly", "far"]
            .iter()
            .any(|w| self.word_is(i, w))
        {
            Some(i + 1)
        } else if self.is(i, Kw::A) && (self.word_is(i + 1, "little") || self.word_is(i + 1, "bit"))
        {
            Some(i + 2)
        } else {
            None
        };
        if let Some(d) = degree {
            return match self.kw(d)? {
                Kw::Over => Some((d + 1, Modifier::MoreThan, length)),
                Kw::Under => Some((d + 1, Modifier::LessThan, length)),
                Kw::More | Kw::Less if self.is(d + 1, Kw::Than) => self.prefix(d),
                _ => None,
            };
        }
        let k = self.kw(i)?;
        // "mid-to-late 2025", "early to mid-March": a stretch of two parts, marked by the
        // later one.
        if matches!(k, Kw::Early | Kw::Mid | Kw::Late) {
            let mut j = i + 1;
            if self.punct(j, "-") && self.adj(j) {
                j += 1;
            }
            if self.is(j, Kw::To) {
                j += 1;
                if self.punct(j, "-") && self.adj(j) {
                    j += 1;
                }
                if matches!(self.kw(j), Some(Kw::Early | Kw::Mid | Kw::Late)) {
                    return self.prefix(j);
                }
            }
        }
        // "the early part of next year", "the last days of October", "the closing weeks
        // of 2024": a part of a time named by where it lies.
        if k == Kw::The
            && let Some(m) = self.part_position(i)
        {
            let point: fn(&Sem) -> bool = |s| {
                matches!(
                    s,
                    Sem::Calendar { day: None, .. }
                        | Sem::Period { .. }
                        | Sem::Decade(_)
                        | Sem::Century(_)
                        | Sem::Deictic {
                            unit: Unit::Week
                                | Unit::Month
                                | Unit::Quarter
                                | Unit::Half
                                | Unit::Year
                                | Unit::Decade
                                | Unit::Century,
                            ..
                        }
                        | Sem::Anaphoric {
                            unit: Unit::Week
                                | Unit::Month
                                | Unit::Quarter
                                | Unit::Half
                                | Unit::Year
                                | Unit::Decade
                                | Unit::Century,
                            ..
                        }
                )
            };
            return Some((i + 4, m, point));
        }
        match k {
            // "late in 2024", "earlier in the year", "early in the month".
            Kw::Early | Kw::Late | Kw::Earlier | Kw::Later if self.is(i + 1, Kw::In) => Some((
                i + 2,
                if matches!(k, Kw::Early | Kw::Earlier) {
                    Modifier::Start
                } else {
                    Modifier::End
                },
                |s| {
                    matches!(
                        s,
                        Sem::Calendar { .. }
                            | Sem::Period { .. }
                            | Sem::Decade(_)
                            | Sem::Century(_)
                            | Sem::Deictic { .. }
                            | Sem::Anaphoric {
                                unit: Unit::Week,
                                ..
                            }
                    )
                },
            )),
            // "a late-night host", "late-night television": a kind of show, no time.
            Kw::Early | Kw::Late
                if self.hyphen(i + 1)
                    && self.part(i + 2).is_some()
                    && self.word_in(i + 3, WordClass::LateNightGenres) =>
            {
                None
            }
            Kw::Early | Kw::Late if self.hyphen(i + 1) => Some((
                i + 2,
                if k == Kw::Early {
                    Modifier::Start
                } else {
                    Modifier::End
                },
                point,
            )),
            Kw::Early => Some((i + 1, Modifier::Start, point)),
            Kw::Earlier if self.is(i + 1, Kw::This) || self.is(i + 1, Kw::Last) => {
                Some((i + 1, Modifier::Start, point))
            }
            // "earlier yesterday", "later that day", "earlier Sunday": the same day, no mod.
            Kw::Earlier | Kw::Later if matches!(self.kw(i + 1), Some(Kw::Yesterday | Kw::That)) => {
                Some((i + 1, Modifier::Approx, |s| {
                    matches!(
                        s,
                        Sem::Deictic { .. }
                            | Sem::Weekday { .. }
                            | Sem::Anaphoric { .. }
                            | Sem::Period {
                                dir: Direction::AtPrevious,
                                ..
                            }
                    )
                }))
            }
            Kw::Late => Some((i + 1, Modifier::End, point)),
            Kw::Later if self.is(i + 1, Kw::This) || self.is(i + 1, Kw::Next) => {
                Some((i + 1, Modifier::End, point))
            }
            Kw::Mid if self.hyphen(i + 1) => Some((i + 2, Modifier::Mid, point)),
            Kw::Mid => Some((i + 1, Modifier::Mid, point)),
            Kw::The if self.is(i + 2, Kw::Of) => {
                let m = match self.kw(i + 1)? {
                    Kw::End => Modifier::End,
                    Kw::Beginning | Kw::Start => Modifier::Start,
                    Kw::Middle => Modifier::Mid,
                    _ => return None,
                };
                Some((i + 3, m, any))
            }
            Kw::About | Kw::Around | Kw::Approximately | Kw::Roughly | Kw::Some => {
                Some((i + 1, Modifier::Approx, length))
            }
            Kw::Nearly | Kw::Almost => Some((i + 1, Modifier::Approx, length)),
            Kw::More | Kw::Less if self.is(i + 1, Kw::Than) => Some((
                i + 2,
                if k == Kw::More {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                },
                length,
            )),
            // "for over a century", "lasted under an hour", "over a week ago": more or less
            // than the length; but "rose over two years" is during them, no modifier.
            Kw::Over | Kw::Under if !self.is(i + 1, Kw::The) => {
                let m = if k == Kw::Over {
                    Modifier::MoreThan
                } else {
                    Modifier::LessThan
                };
                let counted = i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                    WordClass::LengthBeforeOver.has(p.text) || p.text.eq_ignore_ascii_case("just")
                });
                let shift: fn(&Sem) -> bool = |s| matches!(s, Sem::Shift { .. });
                let counted_length: fn(&Sem) -> bool =
                    |s| matches!(s, Sem::Duration { .. } | Sem::Shift { .. });
                Some((i + 1, m, if counted { counted_length } else { shift }))
            }
            Kw::At if self.is(i + 1, Kw::Least) => Some((i + 2, Modifier::EqualOrMore, length)),
            Kw::Up if self.is(i + 1, Kw::To) => Some((i + 2, Modifier::EqualOrLess, length)),
            Kw::No if self.is(i + 1, Kw::More) && self.is(i + 2, Kw::Than) => {
                Some((i + 3, Modifier::EqualOrLess, length))
            }
            Kw::As if self.is(i + 1, Kw::Much) && self.is(i + 2, Kw::As) => {
                Some((i + 3, Modifier::EqualOrLess, length))
            }
            _ => None,
        }
    }
}
