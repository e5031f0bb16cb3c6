//! Phrases opened by "the": "the past year", "the weekend", "the day before", "the turn of the
//! century".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// Phrases starting with "the".
    pub(super) fn the_phrase(&self, i: usize) -> Option<Match> {
        let j = i + 1;
        // "the Labor Day weekend": the article belongs to the weekend.
        if let Some(h) = self.holiday(j)
            && matches!(h.rule, "holiday-weekend" | "holiday-week")
        {
            return Some(Match::new(i, h.end, h.sem, h.rule));
        }
        let k = self.kw(j);
        if let Some(m) = self.the_unit_before(i) {
            return Some(m);
        }
        // "the week ended Oct. 30", "the month ending June 30": the period a report covers,
        // a length whose end is the date that follows (as "the year ended").
        if let Some((u @ (Unit::Week | Unit::Month), false)) = self.unit(j)
            && matches!(self.kw(j + 1), Some(Kw::Ended | Kw::Ending))
        {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Duration {
                    amount: Amount::n(1),
                    unit: u,
                    ending_now: false,
                },
                "the-unit-ended",
            ));
        }
        // "the foreseeable future", "the distant past": a vague time under an adjective.
        if let Some(kind) = match self.kw(j + 1) {
            Some(Kw::Future) => Some(RefKind::Future),
            Some(Kw::Past) => Some(RefKind::Past),
            _ => None,
        } && self.word_in(j, WordClass::VagueAdjectives)
            && !self.is(j + 2, Kw::Of)
        {
            return Some(Match::new(
                i,
                j + 2,
                Sem::Ref {
                    kind,
                    unit: Unit::Year,
                },
                if kind == RefKind::Future {
                    "the-future"
                } else {
                    "the-past"
                },
            ));
        }
        match k {
            _ if self.word_is(j, "near") && self.is(j + 1, Kw::Future)
                || (self.word_is(j, "near") || self.word_is(j, "short"))
                    && self.word_is(j + 1, "term") =>
            {
                Some(Match::new(
                    i,
                    j + 2,
                    Sem::Ref {
                        kind: RefKind::Future,
                        unit: Unit::Year,
                    },
                    "the-future",
                ))
            }
            // "the future of the company": its fate, not a time.
            Some(Kw::Future) if self.is(j + 1, Kw::Of) => None,
            Some(Kw::Future) => Some(Match::new(
                i,
                j + 1,
                Sem::Ref {
                    kind: RefKind::Future,
                    unit: Unit::Year,
                },
                "the-future",
            )),
            Some(Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Previous | Kw::Following) => {
                let kk = k?;
                // "the past five years", "the next few days"
                if let Some((amount, after)) = self.amount(j + 1)
                    && let Some((u, _)) = self.unit(after)
                {
                    let ending_now = matches!(kk, Kw::Past | Kw::Last);
                    return Some(Match::new(
                        i,
                        after + 1,
                        Sem::Duration {
                            amount,
                            unit: u,
                            ending_now,
                        },
                        "the-past-units",
                    ));
                }
                // Counted from the previous time in the text, not from the publication
                // date: backwards after "previous", forwards otherwise.
                let from_previous = if kk == Kw::Previous {
                    Direction::BeforePrevious
                } else {
                    Direction::AfterPrevious
                };
                // "the previous Friday", "the following Monday night".
                if matches!(kk, Kw::Previous | Kw::Following)
                    && let Some(w) = self.weekday(j + 1)
                {
                    let (time, end) = match self.part(j + 2) {
                        Some(p) => (Some(TimeOfDay::Part(p)), j + 3),
                        None => (None, j + 2),
                    };
                    let dir = from_previous;
                    return Some(Match::new(
                        i,
                        end,
                        Sem::Weekday {
                            weekday: w,
                            time,
                            dir,
                        },
                        "the-previous-weekday",
                    ));
                }
                // "the following June", "the previous March".
                if matches!(kk, Kw::Previous | Kw::Following)
                    && let Some(m) = self.anaphoric_month(i, j + 1, from_previous)
                {
                    return Some(m);
                }
                // "the following spring", "the previous winter".
                if matches!(kk, Kw::Previous | Kw::Following | Kw::Next)
                    && let Some(m) = self.anaphoric_season(i, j + 1, from_previous)
                {
                    return Some(m);
                }
                // "the previous evening": that part of the day before the previous time.
                if kk == Kw::Previous
                    && let Some(m) =
                        self.part_of_day_anaphor(i, j + 1, -1, "the-previous-part-of-day")
                {
                    return Some(m);
                }
                // "the next morning", "the following evening": the next day.
                if matches!(kk, Kw::Next | Kw::Following) && self.part(j + 1).is_some() {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Anaphoric {
                            unit: Unit::Day,
                            offset: 1,
                            time: None,
                        },
                        "the-next-unit",
                    ));
                }
                if let Some((u, plural)) = self.unit(j + 1) {
                    if plural {
                        // "the coming weeks", "the past months"
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::Some,
                                unit: u,
                                ending_now: matches!(kk, Kw::Past | Kw::Last),
                            },
                            "the-past-units",
                        ));
                    }
                    // "the last week of the campaign", "the last day of the trial": a
                    // part of something else, not the stretch up to the report.
                    if matches!(kk, Kw::Past | Kw::Last) && self.is(j + 2, Kw::Of) {
                        return None;
                    }
                    // "for the next decade", "for the coming year": a length ahead.
                    // ("over the next year" is the year, as TimeBank has it.)
                    if matches!(kk, Kw::Next | Kw::Coming | Kw::Following)
                        && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::For))
                    {
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::n(1),
                                unit: u,
                                ending_now: false,
                            },
                            "the-next-unit-length",
                        ));
                    }
                    return Some(match kk {
                        Kw::Past | Kw::Last => Match::new(
                            i,
                            j + 2,
                            Sem::Duration {
                                amount: Amount::n(1),
                                unit: u,
                                ending_now: true,
                            },
                            "the-past-unit",
                        ),
                        Kw::Coming => Match::new(
                            i,
                            j + 2,
                            Sem::Deictic {
                                unit: u,
                                offset: 1,
                                time: None,
                            },
                            "the-coming-unit",
                        ),
                        Kw::Previous => Match::new(
                            i,
                            j + 2,
                            Sem::Anaphoric {
                                unit: u,
                                offset: -1,
                                time: None,
                            },
                            "the-next-unit",
                        ),
                        _ => Match::new(
                            i,
                            j + 2,
                            Sem::Anaphoric {
                                unit: u,
                                offset: 1,
                                time: None,
                            },
                            "the-next-unit",
                        ),
                    });
                }
                // "for the past three summers": each of those seasons, a recurring time.
                if matches!(kk, Kw::Past | Kw::Last)
                    && let Some((_, e)) = self.amount(j + 1)
                    && let Some(season) = self.tok(e).and_then(|t| season_plural(t.text))
                {
                    return Some(Match::new(
                        i,
                        e + 1,
                        Sem::Set(Recurrence {
                            season: Some(season),
                            ..Recurrence::every(Amount::n(1), Unit::Year)
                        }),
                        "the-past-seasons",
                    ));
                }
                // "the past three matches", "the past few games": a count of things, not
                // of time (a count of units was matched as a length before).
                if kk == Kw::Past && self.amount(j + 1).is_none() {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: Unit::Year,
                        },
                        "the-past",
                    ));
                }
                None
            }
            // "the same period last year", "the corresponding quarter a year ago": the
            // period under discussion, a year before.
            Some(Kw::Same) | None
                if (k.is_some()
                    || self.word_is(j, "corresponding")
                    || self.word_is(j, "comparable"))
                    && (self.word_is(j + 1, "period") || self.word_is(j + 1, "quarter"))
                    && self.year_before(j + 2).is_some() =>
            {
                self.period_a_year_before(i, j + 2)
            }
            None if self.word_is(j, "quarter") && self.year_before(j + 1).is_some() => {
                self.period_a_year_before(i, j + 1)
            }
            // "the same summer": the season of the previous time.
            Some(Kw::Same) if self.lex(j + 1).is_some_and(|l| l.season.is_some()) => {
                self.anaphoric_season(i, j + 1, Direction::AtPrevious)
            }
            // "the same night": that part of the day of the previous time.
            Some(Kw::Same) if self.part(j + 1).is_some() && !self.hyphen(j + 2) => {
                self.part_of_day_anaphor(i, j + 1, 0, "that-part-of-day")
            }
            Some(Kw::Same) => {
                let (u, plural) = self.unit(j + 1)?;
                (!plural).then(|| {
                    Match::new(
                        i,
                        j + 2,
                        Sem::Anaphoric {
                            unit: u,
                            offset: 0,
                            time: None,
                        },
                        "the-same-unit",
                    )
                })
            }
            Some(Kw::Latest | Kw::Current) | None
                if self.word_is(j + usize::from(k.is_some()), "quarter")
                    || (k == Some(Kw::Latest) && self.word_is(j + 1, "period")) =>
            {
                Some(Match::new(
                    i,
                    j + 1 + usize::from(k.is_some()),
                    match k {
                        Some(Kw::Current) => Sem::Deictic {
                            unit: Unit::Quarter,
                            offset: 0,
                            time: None,
                        },
                        Some(_) => Sem::Anaphoric {
                            unit: Unit::Quarter,
                            offset: 9,
                            time: None,
                        },
                        None => Sem::Anaphoric {
                            unit: Unit::Quarter,
                            offset: 0,
                            time: None,
                        },
                    },
                    "the-quarter",
                ))
            }
            // "the full fiscal year": as "the full year".
            Some(Kw::Full)
                if self.is(j + 1, Kw::Fiscal)
                    && self.word_is(j + 2, "year")
                    && !matches!(self.kw(j + 3), Some(Kw::Ended | Kw::Ending))
                    && !self.hyphen(j + 3) =>
            {
                Some(Match::new(
                    i,
                    j + 3,
                    Sem::Deictic {
                        unit: Unit::Year,
                        offset: 0,
                        time: None,
                    },
                    "the-full-year",
                ))
            }
            Some(Kw::Fiscal | Kw::Full) | None
                if self.word_is(j + usize::from(k.is_some()), "year") =>
            {
                let y = j + usize::from(k.is_some());
                if self.hyphen(y + 1) {
                    return self.the_year_ago(i, j);
                }
                let ended = matches!(self.kw(y + 1), Some(Kw::Ended | Kw::Ending));
                if k == Some(Kw::Full) && !ended {
                    return Some(Match::new(
                        i,
                        y + 1,
                        Sem::Deictic {
                            unit: Unit::Year,
                            offset: 0,
                            time: None,
                        },
                        "the-full-year",
                    ));
                }
                if ended || k == Some(Kw::Fiscal) {
                    return Some(Match::new(
                        i,
                        y + 1,
                        Sem::Duration {
                            amount: Amount::n(1),
                            unit: Unit::Year,
                            ending_now: false,
                        },
                        "the-fiscal-year",
                    ));
                }
                self.the_unit_under_modifier(i, j)
            }
            _ => {
                // "the 1988 quarter", "the 1988 second quarter", "the 1989 period"
                if let Some(y) = self.year4(j) {
                    if let Some(m) = self.quarter(j + 1)
                        && let Sem::Period {
                            year: None,
                            part,
                            dir,
                        } = m.sem
                    {
                        return Some(Match::new(
                            i,
                            m.end,
                            Sem::Period {
                                year: Some(y),
                                part,
                                dir,
                            },
                            "the-year-quarter",
                        ));
                    }
                    if self.word_is(j + 1, "quarter") || self.word_is(j + 1, "period") {
                        return Some(Match::new(
                            i,
                            j + 2,
                            Sem::QuarterOfYear { year: y },
                            "the-year-quarter",
                        ));
                    }
                }
                // "the weeks ahead", "the years ahead": an unspecified stretch to come.
                if let Some((u, true)) = self.unit(j)
                    && self.word_is(j + 1, "ahead")
                {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Duration {
                            amount: Amount::Some,
                            unit: u,
                            ending_now: false,
                        },
                        "the-units-ahead",
                    ));
                }
                // "the nineties"
                if let Some(d) = self.tok(j).and_then(|t| decade_word(t.text)) {
                    return Some(Match::new(i, j + 1, Sem::Decade(d), "decade"));
                }
                // "the 20th century"
                if let Some(c) = self.century(j) {
                    return Some(Match::new(i, c.1, Sem::Century(c.0), "century"));
                }
                // "the turn of the century": about the year that ends one.
                if self.word_is(j, "turn") && self.is(j + 1, Kw::Of) && self.is(j + 2, Kw::The) {
                    return self.turn_of(i, j + 3);
                }
                self.the_year_ago(i, j).or_else(|| self.the_weekend(i, j))
            }
        }
    }

    /// "The week before, claims rose.", "he left the day after.": one unit before or after
    /// the previous time in the text. Only when the phrase ends there; "the day before the
    /// vote" is counted from an event, not from a time.
    pub(super) fn the_unit_before(&self, i: usize) -> Option<Match> {
        // "The night before, it rained", "the morning after": that part of the day before
        // or after the day of the previous time.
        let part = self.part(i + 1);
        let u = match (part, self.unit(i + 1)) {
            (Some(_), _) => Unit::Day,
            (None, Some((u, false))) => u,
            _ => return None,
        };
        if !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
            return None;
        }
        let offset = match self.kw(i + 2)? {
            Kw::Before | Kw::Earlier => -1,
            Kw::After | Kw::Later => 1,
            _ => return None,
        };
        let ends_at = |k: usize| {
            self.tok(k).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    && matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?" | "—")
            })
        };
        // "the night before last", "the day before last": two days before the publication
        // date (but "the day before last Tuesday" is counted from Tuesday).
        if u == Unit::Day && offset == -1 && self.is(i + 3, Kw::Last) && ends_at(i + 4) {
            return Some(Match::new(
                i,
                i + 4,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset: -2,
                    time: part.map(TimeOfDay::Part),
                },
                "the-day-before-last",
            ));
        }
        ends_at(i + 3).then(|| {
            Match::new(
                i,
                i + 3,
                Sem::Anaphoric {
                    unit: u,
                    offset,
                    time: part.map(TimeOfDay::Part),
                },
                "the-unit-before",
            )
        })
    }

    /// "the year-ago quarter", "the year-earlier period"
    pub(super) fn the_year_ago(&self, i: usize, j: usize) -> Option<Match> {
        let m = self.year_earlier(j)?;
        if !(self.word_is(m.end, "period") || self.word_is(m.end, "quarter")) {
            return None;
        }
        Some(Match {
            start: i,
            end: m.end + 1,
            ..m
        })
    }

    pub(super) fn the_weekend(&self, i: usize, j: usize) -> Option<Match> {
        {
            {
                if let Some((u, false)) = self.unit(j)
                    && u == Unit::Weekend
                {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Weekend {
                            dir: Direction::ByTense,
                        },
                        "the-weekend",
                    ));
                }
                self.the_unit_under_modifier(i, j)
            }
        }
    }

    /// "the year", "the month" under a position modifier: "the end of the year".
    pub(super) fn the_unit_under_modifier(&self, i: usize, j: usize) -> Option<Match> {
        let (u, plural) = self.unit(j)?;
        // The unit that holds the publication date: "the year", "the month".
        let this_unit = |rule| {
            Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                rule,
            ))
        };
        // "For the year, sales rose", "a high for the year of $42": the period a report
        // covers.
        if !plural
            && matches!(u, Unit::Year | Unit::Week | Unit::Month)
            && i >= 1
            && self.is(i - 1, Kw::For)
            && (self.punct(j + 1, ",") || self.is(j + 1, Kw::Of))
        {
            return this_unit("for-the-unit");
        }
        // "earlier in the year", "late in the month", "the end of the decade": the unit
        // of the publication date under a position.
        let under_position = i >= 2
            && match self.kw(i - 1) {
                Some(Kw::In) => {
                    matches!(
                        self.kw(i - 2),
                        Some(Kw::Early | Kw::Late | Kw::Earlier | Kw::Later)
                    ) && !self.is(j + 1, Kw::Of)
                }
                Some(Kw::Of) => {
                    matches!(
                        self.kw(i - 2),
                        Some(Kw::End | Kw::Beginning | Kw::Start | Kw::Middle)
                    ) || i
                        .checked_sub(4)
                        .is_some_and(|p| self.part_position(p).is_some())
                }
                _ => false,
            };
        // "later in the week, talks resumed": in a story, the week of the time just told
        // (the publication's when none was). ("Earlier in the day" is left untagged, as
        // TimeBank annotators leave it.)
        let earlier_later_in = i >= 2
            && self.is(i - 1, Kw::In)
            && matches!(self.kw(i - 2), Some(Kw::Earlier | Kw::Later));
        if !plural && earlier_later_in && u == Unit::Week {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Anaphoric {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                "the-unit-in-the-story",
            ));
        }
        if !plural
            && under_position
            && matches!(
                u,
                Unit::Year | Unit::Month | Unit::Week | Unit::Decade | Unit::Century
            )
        {
            return this_unit("the-unit");
        }
        None
    }

    /// "the turn of" + "the 20th century" (about 1900), "the century" or "the millennium"
    /// (the one nearest the reference on the tense's side), from token `k` after "the".
    pub(super) fn turn_of(&self, i: usize, k: usize) -> Option<Match> {
        if self.hyphen(k + 1) {
            return None; // "the turn of the century-old mill"
        }
        let (sem, end) = if let Some((c, end)) = self.century(k) {
            (calendar_year(c.checked_mul(100)?), end)
        } else if self.word_is(k, "century") || self.word_is(k, "millennium") {
            let years = if self.word_is(k, "century") {
                100
            } else {
                1000
            };
            (
                Sem::Turn {
                    years,
                    dir: Direction::ByTense,
                },
                k + 1,
            )
        } else {
            return None;
        };
        Some(Match {
            modifier: Some(Modifier::Approx),
            ..Match::new(i, end, sem, "turn-of-the-century")
        })
    }

    /// "20th century", "twentieth century": (century digits, end).
    pub(super) fn century(&self, j: usize) -> Option<(i32, usize)> {
        let (n, k) = if let Some(n) = self.num(j).filter(|_| self.ndigits(j) <= 2) {
            if !(self.adj(j + 1) && self.lex(j + 1).is_some_and(|l| l.ord_suffix)) {
                return None;
            }
            (n, j + 2)
        } else {
            (self.lex(j).and_then(|l| l.ordinal)?, j + 1)
        };
        if !self.word_is(k, "century") || n == 0 {
            return None;
        }
        Some((i32::try_from(n).ok()? - 1, k + 1))
    }
}
