//! Deictic and anaphoric expressions: "today", "that month", "the same day", "a year earlier",
//! "current".

use super::*;

impl<'a> Grammar<'a, '_> {
    pub(super) fn deictic(&self, i: usize) -> Option<Match> {
        let k = self.kw(i)?;
        let day = |offset: i32, j: usize, rule| {
            // "yesterday morning", "tomorrow night"
            if let Some(p) = self.part(j) {
                return Some(Match::new(
                    i,
                    j + 1,
                    Sem::Deictic {
                        unit: Unit::Day,
                        offset,
                        time: Some(TimeOfDay::Part(p)),
                    },
                    rule,
                ));
            }
            Some(Match::new(
                i,
                j,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: None,
                },
                rule,
            ))
        };
        let vague = |kind, end, unit, rule| Some(Match::new(i, end, Sem::Ref { kind, unit }, rule));
        match k {
            Kw::Today => day(0, i + 1, "today"),
            Kw::Yesterday => day(-1, i + 1, "yesterday"),
            Kw::Tomorrow => day(1, i + 1, "tomorrow"),
            Kw::Tonight => Some(Match::new(
                i,
                i + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset: 0,
                    time: Some(TimeOfDay::Part(PartOfDay::Night)),
                },
                "tonight",
            )),
            Kw::Now => {
                // "now-defunct": an adjective prefix.
                if self.hyphen(i + 1) {
                    return None;
                }
                vague(RefKind::Present, i + 1, Unit::Day, "now")
            }
            Kw::Currently | Kw::Nowadays => vague(RefKind::Present, i + 1, Unit::Day, "now"),
            Kw::More if self.is(i + 1, Kw::Recently) => {
                vague(RefKind::Past, i + 2, Unit::Month, "recently")
            }
            // "as recently as 2019": the time is the year named.
            Kw::Recently
                if i.checked_sub(1).is_some_and(|p| self.word_is(p, "as"))
                    && self.word_is(i + 1, "as") =>
            {
                None
            }
            Kw::Recently | Kw::Lately => vague(RefKind::Past, i + 1, Unit::Month, "recently"),
            Kw::These if self.word_is(i + 1, "days") => {
                vague(RefKind::Present, i + 2, Unit::Day, "now")
            }
            Kw::Coming | Kw::Future if self.unit(i + 1).is_some_and(|(_, p)| p) => {
                let (u, _) = self.unit(i + 1)?;
                Some(Match::new(
                    i,
                    i + 2,
                    Sem::Ref {
                        kind: RefKind::Future,
                        unit: u,
                    },
                    "coming-units",
                ))
            }
            Kw::Recent => {
                let (u, plural) = self.unit(i + 1)?;
                plural.then(|| {
                    Match::new(
                        i,
                        i + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "recent-units",
                    )
                })
            }
            // "at a later date", "a future date": some time to come.
            Kw::A
                if matches!(self.kw(i + 1), Some(Kw::Later | Kw::Future))
                    && self.word_is(i + 2, "date") =>
            {
                vague(RefKind::Future, i + 3, Unit::Day, "later-date")
            }
            // "mid-afternoon", "mid afternoon yesterday": a part of the day alone.
            Kw::Mid => {
                let j = if self.hyphen(i + 1) { i + 2 } else { i + 1 };
                let p = self.part(j)?;
                let (offset, end) = match self.kw(j + 1) {
                    Some(Kw::Yesterday) => (-1, j + 2),
                    Some(Kw::Tomorrow) => (1, j + 2),
                    Some(Kw::Today) => (0, j + 2),
                    _ => (0, j + 1),
                };
                Some(Match::new(
                    i,
                    end,
                    Sem::Deictic {
                        unit: Unit::Day,
                        offset,
                        time: Some(TimeOfDay::Part(p)),
                    },
                    "mid-part-of-day",
                ))
            }
            Kw::Current => self
                .this_last_next(i, k, i + 1)
                .or_else(|| self.current_alone(i)),
            Kw::This | Kw::Last | Kw::Next => self.this_last_next(i, k, i + 1),
            Kw::The => self.the_phrase(i),
            Kw::That | Kw::Same => {
                // "that same day": the determiner belongs to the expression.
                let j = if k == Kw::That && self.is(i + 1, Kw::Same) {
                    i + 2
                } else {
                    i + 1
                };
                // "that night", "that same evening", "later that morning": a part of the
                // day of the previous time in the text.
                if k == Kw::That
                    && let Some(m) = self.that_part_of_day(i, j)
                {
                    return Some(m);
                }
                // "that summer", "that same winter": the season of the previous time.
                if k == Kw::That
                    && let Some(m) = self.anaphoric_season(i, j, Direction::AtPrevious)
                {
                    return Some(m);
                }
                // "That October", "that same May": the month of the previous time.
                if k == Kw::That
                    && let Some(m) = self.anaphoric_month(i, j, Direction::AtPrevious)
                {
                    return Some(m);
                }
                // "That Friday": the first Friday from the previous time on.
                if k == Kw::That
                    && let Some(w) = self.weekday(j)
                    && self.cap(j)
                    && !self.apostrophe(j + 1)
                    && !i
                        .checked_sub(1)
                        .is_some_and(|p| self.word_in(p, WordClass::ReportVerbs))
                {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Weekday {
                            weekday: w,
                            time: None,
                            dir: Direction::AtPrevious,
                        },
                        "that-weekday",
                    ));
                }
                let (u, plural) = self.unit(j)?;
                if plural || matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                Some(Match::new(
                    i,
                    j + 1,
                    Sem::Anaphoric {
                        unit: u,
                        offset: 0,
                        time: None,
                    },
                    "that-unit",
                ))
            }
            _ => None,
        }
    }

    /// "That October", "the following June": a capitalized month name at `j` (not one
    /// with its day or year) placed against the previous time in the text.
    pub(super) fn anaphoric_month(&self, i: usize, j: usize, dir: Direction) -> Option<Match> {
        let m = self.month(j)?;
        if !self.cap(j) || self.month_date(j).is_some_and(|d| d.end > j + 1) {
            return None;
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Calendar {
                year: None,
                month: Some(m),
                day: None,
                time: None,
                dir,
            },
            "anaphoric-month",
        ))
    }

    /// "that summer", "the following spring", "the previous winter" (starting at `i`, the
    /// season at `j`): a season counted from the previous time in the text. Not "prices
    /// that fall" (a verb), "the following spring collection" or "the previous fall in
    /// prices" (a drop).
    pub(super) fn anaphoric_season(&self, i: usize, j: usize, dir: Direction) -> Option<Match> {
        let season = self.lex(j)?.season?;
        if self.season_names_event(j)
            || self.hyphen(j + 1)
            || self.word_in(j + 1, WordClass::SeasonThings)
        {
            return None;
        }
        let verb_like = matches!(season, Season::Fall | Season::Spring);
        if verb_like && matches!(self.kw(j + 1), Some(Kw::Of | Kw::In)) {
            return None;
        }
        // "that fall" as a time opens its clause or ends it; "that fall" after a noun is
        // a relative clause ("stocks that fall").
        if verb_like && dir == Direction::AtPrevious {
            let opens = i.checked_sub(1).is_none_or(|q| {
                self.tok(q).is_some_and(|t| t.kind == TokenKind::Punct)
                    || matches!(
                        self.kw(q),
                        Some(Kw::In | Kw::During | Kw::By | Kw::Until | Kw::Since | Kw::And)
                    )
                    || self.word_is(q, "but")
                    || self.word_is(q, "then")
            });
            let ends = self.tok(j + 1).is_none_or(|t| t.kind == TokenKind::Punct);
            if !(opens || ends) {
                return None;
            }
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Period {
                year: None,
                part: YearPart::Season(season),
                dir,
            },
            "anaphoric-season",
        ))
    }

    /// "that night", "that same evening" (determiner at `i`, part of the day at `j`): the
    /// part of the day of the previous time in the text. Not "that" as a conjunction before
    /// a noun: "officials said that morning commuters faced delays".
    pub(super) fn that_part_of_day(&self, i: usize, j: usize) -> Option<Match> {
        let m = self.part_of_day_anaphor(i, j, 0, "that-part-of-day")?;
        let after_report = i
            .checked_sub(1)
            .is_some_and(|q| self.word_in(q, WordClass::ReportVerbs));
        let noun_next = self.tok(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.lex.is_none()
                && !t.cap
                && !WordClass::ClauseOpeners.has(t.text)
        });
        (!(after_report && noun_next)).then_some(m)
    }

    /// "that night", "the same evening", "the previous morning" (from token `i`, the part
    /// of the day at `j`): that part of the day `offset` days from the day of the previous
    /// time in the text. Not a compound: "that night-time curfew", "that morning-after
    /// pill".
    pub(super) fn part_of_day_anaphor(
        &self,
        i: usize,
        j: usize,
        offset: i32,
        rule: &'static str,
    ) -> Option<Match> {
        let p = self.part(j)?;
        if self.hyphen(j + 1) {
            return None;
        }
        Some(Match::new(
            i,
            j + 1,
            Sem::Anaphoric {
                unit: Unit::Day,
                offset,
                time: Some(TimeOfDay::Part(p)),
            },
            rule,
        ))
    }

    /// "last year", "this year", "next year" (optionally after a comma or "of"): the offset
    /// and the end.
    pub(super) fn deictic_year(&self, mut j: usize) -> Option<(i32, usize)> {
        if self.punct(j, ",") || self.is(j, Kw::Of) {
            j += 1;
        }
        let offset = match self.kw(j)? {
            Kw::Last => -1,
            Kw::This => 0,
            Kw::Next => 1,
            _ => return None,
        };
        if !self.word_is(j + 1, "year") || self.apostrophe(j + 2) {
            return None;
        }
        Some((offset, j + 2))
    }

    /// "its current chairman", "current market conditions": the adjective "current" alone
    /// points to the present (TimeML tags it; "former" it does not). After a determiner or
    /// possessive, or opening a noun phrase, and never in "current account" or as the noun
    /// ("the current carried it").
    pub(super) fn current_alone(&self, i: usize) -> Option<Match> {
        let next = self.tok(i + 1)?;
        let before_ok = i
            .checked_sub(1)
            .is_none_or(|p| self.word_in(p, WordClass::CurrentBefore));
        // The noun "current" is followed by its verb: "the current carried", "the
        // current was strong".
        let next_ok = next.kind == TokenKind::Word
            && next.text.chars().next().is_some_and(char::is_lowercase)
            && !next.text.ends_with("ed")
            && !WordClass::CurrentNotAfter.has(next.text)
            && !WordClass::CurrentVerbAfter.has(next.text)
            && !self.cap(i);
        (before_ok && next_ok).then(|| {
            Match::new(
                i,
                i + 1,
                Sem::Ref {
                    kind: RefKind::Present,
                    unit: Unit::Day,
                },
                "current",
            )
        })
    }

    /// The end of "a year ago", "a year earlier" or "last year" starting at token `at`.
    pub(super) fn year_before(&self, at: usize) -> Option<usize> {
        if self.word_is(at, "a")
            && self.word_is(at + 1, "year")
            && matches!(self.kw(at + 2), Some(Kw::Ago | Kw::Earlier))
        {
            return Some(at + 3);
        }
        (self.is(at, Kw::Last) && self.word_is(at + 1, "year") && !self.apostrophe(at + 2))
            .then_some(at + 2)
    }

    /// "the quarter a year ago", "the same period last year" (from token `i`, the period
    /// word ending before `at`): the period under discussion, a year before.
    pub(super) fn period_a_year_before(&self, i: usize, at: usize) -> Option<Match> {
        Some(Match::new(
            i,
            self.year_before(at)?,
            Sem::Shift {
                amount: Amount::n(1),
                unit: Unit::Year,
                sign: -1,
                anchor: AnchorKind::Previous,
            },
            "period-a-year-before",
        ))
    }

    /// "year-earlier", "year-ago" (as adjectives: "year-earlier profit").
    pub(super) fn year_earlier(&self, i: usize) -> Option<Match> {
        if !(self.word_is(i, "year")
            && self.hyphen(i + 1)
            && (self.is(i + 2, Kw::Earlier) || self.is(i + 2, Kw::Ago)))
        {
            return None;
        }
        Some(Match::new(
            i,
            i + 3,
            Sem::Shift {
                amount: Amount::n(1),
                unit: Unit::Year,
                sign: -1,
                anchor: AnchorKind::Previous,
            },
            "year-earlier",
        ))
    }
}
