//! Sets: "every Monday", "twice a year", "daily", "each spring".

use super::*;

impl<'a> Grammar<'a, '_> {
    pub(super) fn set(&self, i: usize) -> Option<Match> {
        // "closed on weekends": the weekend of any week, like "on Sundays".
        if self.unit(i) == Some((Unit::Weekend, true))
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::On))
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Set(Recurrence::every(Amount::n(1), Unit::Weekend)),
                "weekends",
            ));
        }
        // "year after year", "night after night": the unit again and again.
        if let Some((unit, false)) = self.unit(i)
            && self.is(i + 1, Kw::After)
            && self.unit(i + 2) == Some((unit, false))
            && !self.hyphen(i + 1)
            && i.checked_sub(1).is_none_or(|p| {
                !matches!(
                    self.kw(p),
                    Some(Kw::The | Kw::A | Kw::An | Kw::Each | Kw::Every)
                ) && self.amount(p).is_none()
            })
        {
            return Some(Match::new(
                i,
                i + 3,
                Sem::Set(Recurrence::every(Amount::n(1), unit)),
                "unit-after-unit",
            ));
        }
        // "three times a day": a number word has no keyword of its own.
        let k = match self.kw(i) {
            Some(k) => k,
            None if self.lex(i).is_some_and(|l| l.number.is_some())
                || self.tok(i).is_some_and(|t| t.kind == TokenKind::Number) =>
            {
                Kw::Times
            }
            None => return None,
        };
        let set = |end, amount, unit, weekday, part, freq| {
            Some(Match::new(
                i,
                end,
                Sem::Set(Recurrence {
                    weekday,
                    part,
                    freq,
                    ..Recurrence::every(amount, unit)
                }),
                "set",
            ))
        };
        match k {
            Kw::Every | Kw::Each => {
                let mut j = i + 1;
                let mut amount = Amount::n(1);
                if self.is(j, Kw::Other) {
                    amount = Amount::n(2);
                    j += 1;
                } else if let Some((a, next)) = self.amount(j)
                    && !matches!(self.kw(j), Some(Kw::A | Kw::An))
                {
                    amount = a;
                    j = next;
                }
                if let Some((u, _)) = self.unit(j) {
                    return set(j + 1, amount, u, None, None, None);
                }
                if let Some(w) = self.weekday(j) {
                    // "every Tuesday night": a part of the recurring weekday.
                    if let Some(p) = self.part(j + 1) {
                        return set(j + 2, amount, Unit::Week, Some(w), Some(p), None);
                    }
                    return set(j + 1, amount, Unit::Week, Some(w), None, None);
                }
                // "every summer", "each spring": a recurring season of the year.
                if let Some(season) = self.lex(j).and_then(|l| l.season) {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Set(Recurrence {
                            season: Some(season),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                if let Some(m) = self.month(j) {
                    return Some(Match::new(
                        i,
                        j + 1,
                        Sem::Set(Recurrence {
                            month: Some(m),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                if let Some(p) = self.part(j) {
                    return set(j + 1, amount, Unit::Day, None, Some(p), None);
                }
                // "every Christmas", "each Fourth of July"-like fixed holidays: the same
                // day of any year; a movable feast ("every Easter") has no such value.
                if let Some(h) = self.holiday(j)
                    && let Sem::Holiday {
                        holiday,
                        year: None,
                        around: HolidaySpan::Day,
                        ..
                    } = h.sem
                    && let (Some(a), Some(b)) = (
                        crate::temporal::holidays::date(holiday, 2001),
                        crate::temporal::holidays::date(holiday, 2002),
                    )
                    && (a.month(), a.day()) == (b.month(), b.day())
                {
                    return Some(Match::new(
                        i,
                        h.end,
                        Sem::Set(Recurrence {
                            month: Some(a.month()),
                            day: Some(a.day()),
                            ..Recurrence::every(amount, Unit::Year)
                        }),
                        "set",
                    ));
                }
                None
            }
            Kw::Daily
            | Kw::Weekly
            | Kw::Monthly
            | Kw::Annually
            | Kw::Yearly
            | Kw::Hourly
            | Kw::Quarterly
            | Kw::Nightly
            | Kw::Biweekly
            | Kw::Semiannually => {
                let determiner = i.checked_sub(1).is_some_and(|p| {
                    matches!(self.kw(p), Some(Kw::The | Kw::A | Kw::An))
                        || self.tok(p).is_some_and(|t| {
                            matches!(
                                t.text.to_ascii_lowercase().as_str(),
                                "its" | "his" | "her" | "their" | "our"
                            )
                        })
                });
                // After a determiner the word is an adjective before its noun ("a daily
                // rally", "his weekly address": a recurrence) or a noun itself ("the
                // official daily", "a quarterly of five cents": a publication, a dividend).
                let next_is_noun = self.tok(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.cap
                        && t.lex.is_none_or(|l| l.kw.is_none())
                        && !(t.text.len() > 4 && t.text.ends_with("ed"))
                        && !WordClass::VerbsAfterAPublication.has(t.text)
                });
                if determiner && !next_is_noun {
                    return None;
                }
                // "to rise 8% annually", "10,000 units annually": a rate, like "8% a year".
                let rate = i.checked_sub(1).and_then(|p| self.tok(p)).is_some_and(|p| {
                    p.text == "%"
                        || p.text.eq_ignore_ascii_case("percent")
                        || (p.kind == TokenKind::Word
                            && !p.cap
                            && p.text.len() > 3
                            && p.text.ends_with('s')
                            && p.lex.is_none()
                            && i.checked_sub(2).and_then(|q| self.tok(q)).is_some_and(|q| {
                                q.kind == TokenKind::Number
                                    || q.lex.is_some_and(|l| l.number.is_some())
                            }))
                });
                if rate {
                    return None;
                }
                // "the Communist Party daily Granma", "the business weekly Barron's": a
                // publication noun before its name, not a recurrence.
                if matches!(k, Kw::Daily | Kw::Weekly | Kw::Monthly)
                    && self.tok(i + 1).is_some_and(|t| {
                        t.kind == TokenKind::Word && t.cap && t.lex.is_none_or(|l| l.kw.is_none())
                    })
                    && self
                        .lex(i + 1)
                        .is_none_or(|l| l.month.is_none() && l.weekday.is_none())
                {
                    return None;
                }
                // "the official daily.": a noun after its own adjective.
                if !next_is_noun
                    && i >= 2
                    && matches!(self.kw(i - 2), Some(Kw::The | Kw::A | Kw::An))
                    && self
                        .tok(i - 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lex.is_none())
                {
                    return None;
                }
                // "quarterly dividend": an adjective before a noun.
                if matches!(k, Kw::Quarterly)
                    && self
                        .tok(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && !t.cap && t.lex.is_none())
                {
                    return None;
                }
                let (amount, unit, part) = match k {
                    Kw::Daily => (1, Unit::Day, None),
                    Kw::Nightly => (1, Unit::Day, Some(PartOfDay::Night)),
                    Kw::Weekly => (1, Unit::Week, None),
                    Kw::Biweekly => (2, Unit::Week, None),
                    Kw::Semiannually => (6, Unit::Month, None),
                    Kw::Monthly => (1, Unit::Month, None),
                    Kw::Quarterly => (1, Unit::Quarter, None),
                    Kw::Hourly => (1, Unit::Hour, None),
                    _ => (1, Unit::Year, None),
                };
                set(i + 1, Amount::n(amount), unit, None, part, None)
            }
            _ => {
                // "twice a year", "three times a week", "once a month"
                let (freq, mut j) = match k {
                    Kw::Once => (1, i + 1),
                    Kw::Twice => (2, i + 1),
                    Kw::Thrice => (3, i + 1),
                    _ => {
                        let n = match self.lex(i).and_then(|l| l.number) {
                            Some(n) => n,
                            None if self.ndigits(i) <= 2 => self.num(i)?,
                            None => return None,
                        };
                        // "five days a week", "six months a year": so many of the
                        // smaller unit in each larger one.
                        let per_larger = matches!(
                            (self.unit(i + 1), self.kw(i + 2), self.unit(i + 3)),
                            (
                                Some((Unit::Day, true)),
                                Some(Kw::A | Kw::Per),
                                Some((Unit::Week | Unit::Month, false))
                            ) | (
                                Some((Unit::Week | Unit::Month, true)),
                                Some(Kw::A | Kw::Per),
                                Some((Unit::Year, false))
                            )
                        );
                        let per_larger = per_larger && !self.is(i + 4, Kw::Ago);
                        if !self.is(i + 1, Kw::Times) && !per_larger {
                            return None;
                        }
                        (n, i + 2)
                    }
                };
                // "twice monthly", "three times weekly": the frequency of the adverb's period.
                let adverb = match self.kw(j) {
                    Some(Kw::Daily) => Some(Unit::Day),
                    Some(Kw::Weekly) => Some(Unit::Week),
                    Some(Kw::Monthly) => Some(Unit::Month),
                    Some(Kw::Annually | Kw::Yearly) => Some(Unit::Year),
                    Some(Kw::Hourly) => Some(Unit::Hour),
                    _ => None,
                };
                if let Some(u) = adverb {
                    return set(j + 1, Amount::n(1), u, None, None, Some(freq));
                }
                if !matches!(
                    self.kw(j),
                    Some(Kw::A | Kw::An | Kw::Per | Kw::Each | Kw::Every)
                ) {
                    return None;
                }
                j += 1;
                let (u, plural) = self.unit(j)?;
                if plural {
                    return None;
                }
                set(j + 1, Amount::n(1), u, None, None, Some(freq))
            }
        }
    }
}
