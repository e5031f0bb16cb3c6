//! Lengths of time: "three years", "more than a decade", "for 10 days".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// A number of units at `i`: returns the amount and the index of the unit.
    pub(super) fn amount(&self, i: usize) -> Option<(Amount, usize)> {
        let t = self.tok(i)?;
        if t.kind == TokenKind::Number {
            if i.checked_sub(1)
                .is_some_and(|p| self.punct(p, "$") || self.punct(p, "#"))
            {
                return None;
            }
            let tenths = t.tenths?;
            if tenths > 100_000 {
                return None;
            }
            // "2 1/2": a whole number and a half.
            if self.num(i + 1) == Some(1)
                && self.punct(i + 2, "/")
                && self.adj(i + 2)
                && self.adj(i + 3)
                && self.num(i + 3) == Some(2)
            {
                return Some((Amount::Tenths(tenths + 5), i + 4));
            }
            // "12 to 18 months", "2-3 weeks": the first number.
            if let Some(end) = self.amount_range_end(i) {
                return Some((Amount::Tenths(tenths), end));
            }
            return Some((Amount::Tenths(tenths), i + 1));
        }
        let l = t.lex?;
        if let Some(n) = l.number {
            // "twenty-five"
            if n >= 20
                && n % 10 == 0
                && self.hyphen(i + 1)
                && let Some(u) = self.lex(i + 2).and_then(|l| l.number).filter(|u| *u < 10)
            {
                return Some((Amount::n(n + u), i + 3));
            }
            // "twenty four hours": a compound number written without its hyphen.
            if (20..100).contains(&n)
                && n % 10 == 0
                && let Some(u) = self
                    .lex(i + 1)
                    .and_then(|l| l.number)
                    .filter(|u| (1..10).contains(u))
            {
                return Some((Amount::n(n + u), i + 2));
            }
            // "two thousand years", "three hundred days": a multiplied number.
            if n < 100 {
                for (word, times) in [("hundred", 100), ("thousand", 1000)] {
                    if self.word_is(i + 1, word) {
                        return Some((Amount::n(n * times), i + 2));
                    }
                }
            }
            // "one and a half"
            if self.is(i + 1, Kw::And) && self.is(i + 2, Kw::A) && self.is(i + 3, Kw::Half) {
                return Some((Amount::Tenths(n * 10 + 5), i + 4));
            }
            // "two to three weeks", "three- to five-year": the first number.
            if let Some(end) = self.amount_range_end(i) {
                return Some((Amount::n(n), end));
            }
            return Some((Amount::n(n), i + 1));
        }
        match l.kw? {
            Kw::A | Kw::An => {
                if self.is(i + 1, Kw::Few) {
                    return Some((Amount::Some, i + 2));
                }
                if self.is(i + 1, Kw::Couple) {
                    let j = if self.is(i + 2, Kw::Of) { i + 3 } else { i + 2 };
                    return Some((Amount::n(2), j));
                }
                if self.is(i + 1, Kw::Dozen) {
                    return Some((Amount::n(12), i + 2));
                }
                if self.is(i + 1, Kw::Half) {
                    return Some((Amount::Tenths(5), i + 2));
                }
                Some((Amount::n(1), i + 1))
            }
            Kw::Half if self.is(i + 1, Kw::A) || self.is(i + 1, Kw::An) => {
                Some((Amount::Tenths(5), i + 2))
            }
            Kw::Few | Kw::Several | Kw::Many => Some((Amount::Some, i + 1)),
            // "the next couple of years"
            Kw::Couple if self.is(i + 1, Kw::Of) => Some((Amount::n(2), i + 2)),
            _ => None,
        }
    }

    /// A range of amounts whose first number is at `i` ("two to three weeks", "12 or 18
    /// months", "three- to five-year", "2-3 weeks", "between two and three weeks"): the
    /// token after the second number, when a unit follows it and the second number is the
    /// larger. TimeML writes one value for the range: its first number (with the mod
    /// `EQUAL_OR_MORE`, see [`Grammar::length`]).
    pub(super) fn amount_range_end(&self, i: usize) -> Option<usize> {
        let value = |k: usize| match self.tok(k) {
            Some(t) if t.kind == TokenKind::Number && self.ndigits(k) <= 3 => self.num(k),
            Some(t) => t.lex.and_then(|l| l.number),
            None => None,
        };
        let first = value(i)?;
        let digits = self.tok(i).is_some_and(|t| t.kind == TokenKind::Number);
        let second_at = match self.kw(i + 1) {
            Some(Kw::To) => i + 2,
            Some(Kw::And) if i.checked_sub(1).is_some_and(|p| self.word_is(p, "between")) => i + 2,
            _ if self.word_is(i + 1, "or") => i + 2,
            // "a three- to five-year term"
            _ if (self.punct(i + 1, "-") || self.punct(i + 1, "–"))
                && self.adj(i + 1)
                && self.is(i + 2, Kw::To) =>
            {
                i + 3
            }
            // "2-3 weeks": digits on both sides of the dash.
            _ if digits
                && self.hyphen(i + 1)
                && self.tok(i + 2).is_some_and(|t| t.kind == TokenKind::Number) =>
            {
                i + 2
            }
            _ => return None,
        };
        let second = value(second_at)?;
        if second <= first {
            return None;
        }
        let end = second_at + 1;
        let unit_next = self.unit(end).is_some()
            || (self.hyphen(end) && self.unit(end + 1).is_some_and(|(_, plural)| !plural));
        unit_next.then_some(end)
    }

    pub(super) fn length(&self, i: usize) -> Option<Match> {
        // "lasted 1:30 hours", "played 38:12 minutes": a clock-style length, not read as
        // its last figure; "at 2100 hours" is a clock time, not 2,100 hours.
        if self.tok(i).is_some_and(|t| t.kind == TokenKind::Number)
            && (i
                .checked_sub(1)
                .is_some_and(|p| self.punct(p, ":") && self.adj(i))
                || self.ndigits(i) == 4
                    && matches!(self.unit(i + 1), Some((Unit::Hour, true)))
                    && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)))
        {
            return None;
        }
        // "between two and three weeks": a range of lengths, "between" included.
        if self.word_is(i, "between") {
            let mut m = self.length(i + 1)?;
            if !self.is(i + 2, Kw::And) || !matches!(m.sem, Sem::Duration { .. }) {
                return None;
            }
            m.start = i;
            return Some(m);
        }
        // "a weeklong recess": one unit, written as one word.
        if let Some(u) = self.lex(i).and_then(|l| l.long_of) {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Duration {
                    amount: Amount::n(1),
                    unit: u,
                    ending_now: false,
                },
                "duration",
            ));
        }
        // "grew over the years", "through the decades": an unspecified number of them
        // (not "over the years 2010 to 2015", "over the years of the war").
        if self.is(i, Kw::The)
            && matches!(
                self.unit(i + 1),
                Some((Unit::Year | Unit::Decade | Unit::Century, true))
            )
            && i.checked_sub(1)
                .is_some_and(|p| self.is(p, Kw::Over) || self.is(p, Kw::Through))
            && self.year4(i + 2).is_none()
            && !self.is(i + 2, Kw::Of)
        {
            let (unit, _) = self.unit(i + 1)?;
            return Some(Match::new(
                i,
                i + 2,
                Sem::Duration {
                    amount: Amount::Some,
                    unit,
                    ending_now: false,
                },
                "over-the-units",
            ));
        }
        // "the nine months", "the first nine months"
        let mut j = i;
        if self.is(j, Kw::The) {
            j += 1;
            if self.lex(j).and_then(|l| l.ordinal) == Some(1)
                || self.is(j, Kw::Full)
                || self.is(j, Kw::Entire)
                || self.is(j, Kw::Whole)
            {
                j += 1;
            }
            // "the" must be followed by an explicit number.
            let t = self.tok(j)?;
            if !(t.kind == TokenKind::Number || t.lex.is_some_and(|l| l.number.is_some())) {
                return None;
            }
            // "the 30-day period": the adjective alone is the expression.
            if j == i + 1 && self.hyphen(j + 1) && self.unit(j + 2).is_some_and(|(_, p)| !p) {
                return self.length(j);
            }
        }
        let (amount, mut u_at) = match self.amount(j) {
            Some(a) => a,
            None => {
                // Bare plural units: "for years", "decades".
                let (u, plural) = self.unit(j)?;
                // "a day-long meeting", "their year-long inquiry": one unit.
                if !plural && j == i && self.hyphen(j + 1) && self.is(j + 2, Kw::Long) {
                    return Some(Match::new(
                        i,
                        j + 3,
                        Sem::Duration {
                            amount: Amount::n(1),
                            unit: u,
                            ending_now: false,
                        },
                        "unit-long",
                    ));
                }
                if !plural || j != i {
                    return None;
                }
                let prev_ok = j.checked_sub(1).is_some_and(|p| {
                    matches!(
                        self.kw(p),
                        Some(
                            Kw::For
                                | Kw::In
                                | Kw::Within
                                | Kw::Over
                                | Kw::After
                                | Kw::Than
                                | Kw::Recent
                                | Kw::Back
                        )
                    )
                });
                let long = self.hyphen(j + 1) && self.is(j + 2, Kw::Long);
                // "Minutes later, police arrived": an unknown number of units.
                let later = matches!(self.kw(j + 1), Some(Kw::Later | Kw::Earlier))
                    && !self.is(j + 2, Kw::Than);
                // "came hours after the talks", "just days before the vote": an unknown
                // number of units between two events; "office hours after school" is not.
                let between = matches!(self.kw(j + 1), Some(Kw::After | Kw::Before))
                    && matches!(
                        u,
                        Unit::Minute | Unit::Hour | Unit::Day | Unit::Week | Unit::Month
                    )
                    && (self.cap(j)
                        || j.checked_sub(1).is_none_or(|p| {
                            self.is(p, Kw::Just)
                                || self.punct(p, ",")
                                || [
                                    "only", "mere", "barely", "came", "comes", "come", "occurred",
                                ]
                                .iter()
                                .any(|w| self.word_is(p, w))
                        }));
                // "weeks ago", "just months ago": an unknown distance back, a vague past
                // like "several years ago". ("66 million years ago" is a number of them.)
                if self.is(j + 1, Kw::Ago)
                    && !j.checked_sub(1).is_some_and(|p| {
                        self.tok(p).is_some_and(|t| t.kind == TokenKind::Number)
                            || self.lex(p).is_some_and(|l| l.number.is_some())
                            || ["million", "billion", "thousand", "hundred"]
                                .iter()
                                .any(|w| self.word_is(p, w))
                    })
                {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "units-ago",
                    ));
                }
                if !prev_ok && !long && !later && !between {
                    return None;
                }
                if self.hyphen(j + 1) && self.is(j + 2, Kw::Old) {
                    return None;
                }
                // "in years past", "in decades past": a vague past, like "in recent years".
                if self.is(j + 1, Kw::Past) && self.is(p_or(j.checked_sub(1)), Kw::In) {
                    return Some(Match::new(
                        i,
                        j + 2,
                        Sem::Ref {
                            kind: RefKind::Past,
                            unit: u,
                        },
                        "units-past",
                    ));
                }
                let end = if self.hyphen(j + 1) && self.is(j + 2, Kw::Long) {
                    j + 3
                } else {
                    j + 1
                };
                return Some(Match::new(
                    i,
                    end,
                    Sem::Duration {
                        amount: Amount::Some,
                        unit: u,
                        ending_now: false,
                    },
                    "units",
                ));
            }
        };
        // "two to three weeks": a range, written as its first number and at least it;
        // "two to three years ago": about that far back.
        let range = self.amount_range_end(j) == Some(u_at);
        let hyphenated = self.hyphen(u_at);
        if hyphenated {
            u_at += 1;
        } else if self.unit(u_at).is_none() && self.word_in(u_at, WordClass::Fillers) {
            u_at += 1; // "two more weeks", "eight trading days"
        }
        let (u, plural) = self.unit(u_at)?;
        // "a decade-long expansion": the article belongs to the noun, the length is
        // "decade-long" alone (as in "a two-day strike").
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && !hyphenated
            && !plural
            && self.hyphen(u_at + 1)
            && self.is(u_at + 2, Kw::Long)
        {
            return self.length(u_at);
        }
        if hyphenated && plural && u == Unit::Quarter {
            return None; // "three-quarters": a fraction
        }
        // "the 1988 year", "1989 year-end results": a calendar year naming the year, not
        // 1988 of them.
        if !hyphenated && !plural && self.year4(j).is_some() {
            return None;
        }
        // "a second term": "second" needs a number.
        if u == Unit::Second
            && !plural
            && !matches!(self.tok(j).map(|t| t.kind), Some(TokenKind::Number))
        {
            return None;
        }
        if matches!(amount, Amount::Tenths(10))
            && plural
            && self.tok(j).is_some_and(|t| t.kind == TokenKind::Word)
        {
            // "a days"? not an amount.
            return None;
        }
        let mut end = u_at + 1;
        // "a year and a half"
        let amount = match amount {
            Amount::Tenths(t)
                if t % 10 == 0
                    && self.is(end, Kw::And)
                    && self.is(end + 1, Kw::A)
                    && self.is(end + 2, Kw::Half) =>
            {
                end += 3;
                Amount::Tenths(t + 5)
            }
            a => a,
        };
        // "a week or so ago": an approximate length.
        let or_so = !hyphenated && self.word_is(end, "or") && self.word_is(end + 1, "so");
        if or_so {
            end += 2;
        }
        let approx = |m: Option<Match>| {
            m.map(|mut m| {
                if or_so {
                    m.modifier = Some(Modifier::Approx);
                } else if range {
                    m.modifier = Some(if matches!(m.sem, Sem::Duration { .. }) {
                        Modifier::EqualOrMore
                    } else {
                        Modifier::Approx
                    });
                }
                m
            })
        };
        if self.hyphen(end) && matches!(self.kw(end + 1), Some(Kw::Earlier | Kw::Ago)) {
            return None; // "a year-earlier loss": the adjective is the expression
        }
        if self.hyphen(end) && self.word_is(end + 1, "end") {
            return None; // "a year-end bonus"
        }
        // Ages: "30 years old" is not an expression; "8-month-old" is a length.
        if self.is(end, Kw::Old) {
            return None;
        }
        // "One day she hopes to return", "One day, a stranger knocked": some day, told
        // as a story's opening, not a length.
        if u == Unit::Day
            && !plural
            && self.word_is(i, "one")
            && self.sentence_initial(i)
            && !matches!(
                self.kw(end),
                Some(Kw::Later | Kw::Earlier | Kw::After | Kw::Before | Kw::Ago | Kw::Of)
            )
            && !hyphenated
        {
            return None;
        }
        if self.hyphen(end) && self.is(end + 1, Kw::Old) {
            return None; // ages of people: "a 6-year-old boy"
        }
        // "a quarter of the market": a fraction.
        if u == Unit::Quarter && !plural && self.is(end, Kw::Of) && self.year4(end + 1).is_none() {
            return None;
        }
        if self.hyphen(end) && self.is(end + 1, Kw::Long) {
            end += 2;
        }
        // Shifts: "two weeks ago", "two days later", "a year earlier", "three years from now".
        let shift = |sign, anchor, end| {
            approx(Some(Match::new(
                i,
                end,
                Sem::Shift {
                    amount,
                    unit: u,
                    sign,
                    anchor,
                },
                "shift",
            )))
        };
        // "a year ago Tuesday", "a week ago Saturday", "25 years ago today", "50 years
        // ago this week": that day or week, so far back.
        if !hyphenated
            && self.is(end, Kw::Ago)
            && let Some(m) = self.ago_day(i, end + 1, amount, u)
        {
            return Some(m);
        }
        if !hyphenated {
            match self.kw(end) {
                Some(Kw::Ago) => return shift(-1, AnchorKind::Publication, end + 1),
                // "three weeks from now", "three weeks from today".
                // "a week from today" counts days from a day.
                Some(Kw::From)
                    if self.is(end + 1, Kw::Today)
                        && u == Unit::Week
                        && let Amount::Tenths(t) = amount =>
                {
                    return approx(Some(Match::new(
                        i,
                        end + 2,
                        Sem::Shift {
                            amount: Amount::Tenths(t.checked_mul(7)?),
                            unit: Unit::Day,
                            sign: 1,
                            anchor: AnchorKind::Publication,
                        },
                        "shift",
                    )));
                }
                Some(Kw::From) if matches!(self.kw(end + 1), Some(Kw::Now | Kw::Today)) => {
                    return shift(1, AnchorKind::Publication, end + 2);
                }
                // "a week from Tuesday", "two weeks from Friday": that many days after the
                // coming weekday.
                Some(Kw::From)
                    if let Some(w) = self.weekday(end + 1)
                        && let Amount::Tenths(t) = amount
                        && t % 10 == 0
                        && let Ok(n) = i32::try_from(t / 10)
                        && let Some(days) = match u {
                            Unit::Day => Some(n),
                            Unit::Week => n.checked_mul(7),
                            _ => None,
                        }
                        && !range
                        && !or_so =>
                {
                    return Some(Match {
                        day_shift: days,
                        ..Match::new(
                            i,
                            end + 2,
                            Sem::Weekday {
                                weekday: w,
                                time: None,
                                dir: Direction::Future,
                            },
                            "units-from-weekday",
                        )
                    });
                }
                // "Two years on, the town still struggles": that far past the story's time.
                _ if self.word_is(end, "on")
                    && (self.punct(end + 1, ",") || self.is(end + 1, Kw::From)) =>
                {
                    return shift(1, AnchorKind::Previous, end + 1);
                }
                // "The election is a year away": that far ahead of the report.
                _ if self.word_is(end, "away") && !self.is(end + 1, Kw::From) => {
                    return shift(1, AnchorKind::Publication, end + 1);
                }
                // "a few days later": the length alone is the expression.
                Some(Kw::Later | Kw::Earlier) if amount == Amount::Some => {}
                // "two weeks earlier than last year": a comparison; the length is the
                // expression and what it is compared with is its own.
                Some(Kw::Later | Kw::Earlier) if self.is(end + 1, Kw::Than) => {}
                Some(Kw::Later) => return shift(1, AnchorKind::Previous, end + 1),
                Some(Kw::Earlier) => return shift(-1, AnchorKind::Previous, end + 1),
                Some(Kw::Before | Kw::After)
                    if self.tok(end + 1).is_none_or(|t| t.kind == TokenKind::Punct) =>
                {
                    let sign = if self.is(end, Kw::Before) { -1 } else { 1 };
                    return shift(sign, AnchorKind::Previous, end + 1);
                }
                _ => {}
            }
        }
        // "a day" after a number or a price is a rate, not a length: "$5 a day".
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && j == i
            && i.checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|p| p.kind == TokenKind::Number || WordClass::RateBefore.has(p.text))
        {
            return None;
        }
        // "700 seats a week", "three meals a day": a counted noun per unit is a rate too.
        if matches!(self.kw(j), Some(Kw::A | Kw::An))
            && j == i
            && i >= 2
            && self.tok(i - 1).is_some_and(|p| {
                p.kind == TokenKind::Word
                    && !p.cap
                    && (p.text.len() > 3 && p.text.ends_with('s')
                        || WordClass::IrregularPlurals.has(p.text))
            })
            && {
                let number = |k: usize| {
                    self.tok(k).is_some_and(|t| t.kind == TokenKind::Number)
                        || self.lex(k).is_some_and(|l| l.number.is_some())
                };
                // "2,000 people a year", "5,000 new jobs a month"
                number(i - 2)
                    || i >= 3
                        && number(i - 3)
                        && self.tok(i - 2).is_some_and(|t| {
                            t.kind == TokenKind::Word
                                && !t.cap
                                && t.lex.is_none_or(|l| {
                                    l.unit.is_none()
                                        && l.number.is_none()
                                        && l.kw.is_none_or(|k| k == Kw::New)
                                })
                        })
            }
        {
            return None;
        }
        approx(Some(Match::new(
            i,
            end,
            Sem::Duration {
                amount,
                unit: u,
                ending_now: false,
            },
            "duration",
        )))
    }
}
