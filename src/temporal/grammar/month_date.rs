//! Calendar dates written with a month name: "March 3, 2025", "3 March", "the 3rd".

use super::*;

impl<'a> Grammar<'a, '_> {
    pub(super) fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        if self.ndigits(i) > 2 {
            return None;
        }
        let d = self.num(i).filter(|d| (1..=31).contains(d))?;
        let mut j = i + 1;
        if self.adj(j) && self.lex(j).is_some_and(|l| l.ord_suffix) {
            j += 1;
        }
        Some((d, j))
    }

    /// A day of the month written as an ordinal word: "eighth", "twenty-first".
    pub(super) fn day_ordinal_word(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(tens) = self
            .lex(i)
            .and_then(|l| l.number)
            .filter(|n| *n == 20 || *n == 30)
            && self.hyphen(i + 1)
            && let Some(unit) = self.lex(i + 2).and_then(|l| l.ordinal).filter(|u| *u < 10)
        {
            return (tens + unit <= 31).then_some((tens + unit, i + 3));
        }
        let d = self
            .lex(i)
            .and_then(|l| l.ordinal)
            .filter(|d| (1..=31).contains(d))?;
        Some((d, i + 1))
    }

    pub(super) fn month_date(&self, i: usize) -> Option<Match> {
        let m = self.month(i)?;
        let abbr = self.lex(i).is_some_and(|l| l.month_abbr);
        // "Feb. 3": the dot of an abbreviation; after "February." a sentence ends.
        let mut j = if abbr { self.skip_dot(i + 1) } else { i + 1 };
        let dotted = j > i + 1;
        if abbr && self.lex(i).is_some_and(|l| l.month == Some(5)) {
            return None;
        }
        // "Sept. 30, 1998", "March 3rd", "Mar. 3", "March eighth" (as spoken)
        if let Some((d, after)) = self.day_number(j).or_else(|| self.day_ordinal_word(j))
            && !self.punct(after, "%")
            && !(self.punct(after, ":") && self.adj(after) && self.adj(after + 1))
            && (!self.hyphen(after) || self.range_end_after_hyphen(after, d))
        {
            if let Some((offset, end)) = self.deictic_year(after) {
                return Some(Match::new(
                    i,
                    end,
                    Sem::InDeicticYear {
                        offset,
                        part: YearSub::Month(m, Some(d)),
                    },
                    "month-day-this-year",
                ));
            }
            let (year, end) = self.opt_year(after);
            return Some(Match::new(
                i,
                end,
                Sem::Calendar {
                    year,
                    month: Some(m),
                    day: Some(d),
                    time: None,
                    dir: Direction::ByTense,
                },
                "month-day",
            ));
        }
        // "June last year"; "Sept. Last year ..." starts a new sentence.
        if let Some((offset, end)) = self.deictic_year(j).filter(|_| !(dotted && self.cap(j))) {
            return Some(Match::new(
                i,
                end,
                Sem::InDeicticYear {
                    offset,
                    part: YearSub::Month(m, None),
                },
                "month-this-year",
            ));
        }
        // "March 2025", "March of 1998"
        let (year, end) = self.opt_year(j);
        if year.is_some() {
            return Some(Match::new(
                i,
                end,
                Sem::Calendar {
                    year,
                    month: Some(m),
                    day: None,
                    time: None,
                    dir: Direction::ByTense,
                },
                "month-year",
            ));
        }
        // A month alone.
        if abbr && !dotted {
            return None;
        }
        j = if abbr { j } else { i + 1 };
        let prev = i.checked_sub(1);
        let prev_kw = prev.and_then(|p| self.kw(p));
        let next = self.tok(i + 1);
        let all_caps = self
            .tok(i)
            .is_some_and(|t| t.text.len() > 1 && t.text.bytes().all(|b| b.is_ascii_uppercase()));
        let name_like = |t: &Tok<'_>| {
            t.kind == TokenKind::Word
                && t.cap
                && t.lex
                    .is_none_or(|l| l.kw.is_none() && l.month.is_none() && l.weekday.is_none())
        };
        // "in April Nixon appointed", "in late January Soviet forces": after a preposition of
        // time the month is a date though a name follows.
        let after_time_preposition = matches!(
            prev_kw,
            Some(Kw::In | Kw::Since | Kw::Until | Kw::Early | Kw::Late | Kw::Mid | Kw::During)
        );
        if !all_caps && next.is_some_and(name_like) && !after_time_preposition {
            return None; // "August Wilson"
        }
        if !all_caps
            && prev
                .and_then(|p| self.tok(p))
                .is_some_and(|t| name_like(t) && !self.sentence_initial(p_or(prev)))
        {
            return None; // "Queen April"
        }
        // "the September quarter": the quarter ending that month.
        if m % 3 == 0
            && self.word_is(j, "quarter")
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::The))
        {
            return Some(Match::new(
                i - 1,
                j + 1,
                Sem::Period {
                    year: None,
                    part: YearPart::Quarter(m / 3),
                    dir: Direction::ByTense,
                },
                "month-quarter",
            ));
        }
        // "the March of Dimes", "the March on Washington": a name.
        if m == 3
            && (self.is(j, Kw::Of) || self.is(j, Kw::On))
            && self.cap(j + 1)
            && self.year4(j + 1).is_none()
            && self.weekday(j + 1).is_none()
            && self.month(j + 1).is_none()
        {
            return None;
        }
        if m == 5 || m == 3 {
            let ok = matches!(
                prev_kw,
                Some(
                    Kw::The
                        | Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::Of
                        | Kw::Through
                        | Kw::During
                        | Kw::From
                        | Kw::To
                        | Kw::Before
                        | Kw::After
                        | Kw::And
                )
            ) || self.hyphen(i.saturating_sub(1))
                // "March to May", "March-April": the first month of a range.
                || ((matches!(self.kw(i + 1), Some(Kw::To | Kw::Through | Kw::Until))
                    || self.hyphen(i + 1))
                    && self.month(i + 2).is_some())
                || prev.is_some_and(|p| {
                    [
                        "between",
                        "around",
                        "or",
                        "than",
                        "starting",
                        "beginning",
                        "ending",
                    ]
                    .iter()
                    .any(|w| self.word_is(p, w))
                });
            if !ok {
                return None;
            }
        }
        Some(Match::new(
            i,
            j,
            Sem::Calendar {
                year: None,
                month: Some(m),
                day: None,
                time: None,
                dir: Direction::ByTense,
            },
            "month",
        ))
    }

    /// Whether the sentence around `i` is about a game ("scored", "halftime", "touchdown"),
    /// where halves and quarters are those of the game, not of the year.
    pub(super) fn sports_sentence(&self, i: usize) -> bool {
        let end_of_sentence = |k: usize| {
            self.tok(k)
                .is_some_and(|t| matches!(t.text, "." | "!" | "?"))
        };
        let mut from = i;
        while from > 0 && i - from < 40 && !end_of_sentence(from - 1) {
            from -= 1;
        }
        let mut to = i;
        while to < i + 40 && self.tok(to).is_some() && !end_of_sentence(to) {
            to += 1;
        }
        let any_word = |class: WordClass| (from..to).any(|k| self.word_in(k, class));
        // "won 2-0", "a 3-1 lead": a score, with a word of winning or leading.
        let score = (from..to).any(|k| {
            self.ndigits(k) <= 3
                && self.ndigits(k) > 0
                && self.hyphen(k + 1)
                && (1..=3).contains(&self.ndigits(k + 2))
                && !k.checked_sub(1).is_some_and(|p| self.punct(p, "$"))
        });
        // "led by 12", "trailed by 18": a winning margin.
        let margin = (from..to).any(|k| {
            self.tok(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && ["led", "leading", "trailed", "trailing", "won", "lost"]
                        .iter()
                        .any(|w| t.text.eq_ignore_ascii_case(w))
            }) && self.word_is(k + 1, "by")
                && (1..=3).contains(&self.ndigits(k + 2))
                && (self.tok(k + 3).is_none_or(|t| t.kind == TokenKind::Punct)
                    || [
                        "at", "in", "with", "after", "before", "entering", "going", "points",
                        "goals", "runs", "strokes", "shots",
                    ]
                    .iter()
                    .any(|w| self.word_is(k + 3, w)))
        });
        any_word(WordClass::GameWords) || margin || score && any_word(WordClass::ResultWords)
    }

    pub(super) fn sentence_initial(&self, i: usize) -> bool {
        match i.checked_sub(1).and_then(|p| self.tok(p)) {
            None => true,
            Some(p) => {
                matches!(
                    p.text,
                    "." | "!" | "?" | "\"" | "“" | "”" | ":" | "(" | "-" | "—" | "`" | "'" | "‘"
                ) || self
                    .tok(i)
                    .zip(Some(p))
                    .is_some_and(|(t, p)| t.span.start > p.span.end + 1)
            }
        }
    }

    pub(super) fn day_month(&self, i: usize) -> Option<Match> {
        self.day_month_linked(i, true)
    }

    /// [`Self::day_month`], reading a range's first day ("3-5 December") only when `link`
    /// is set, so that a chain of figures is read in linear time.
    pub(super) fn day_month_linked(&self, i: usize, link: bool) -> Option<Match> {
        // "from 3 to 5 November", "between 3 and 5 November": the first day of the range
        // takes the month (and year) written after the second.
        let led = i
            .checked_sub(1)
            .is_some_and(|p| self.is(p, Kw::From) || self.word_is(p, "between"));
        if let Some((d, j)) = self.day_number(i)
            && (self.hyphen(j) || led && matches!(self.kw(j), Some(Kw::To | Kw::Through | Kw::And)))
            && link
            && let Some(end) = self
                .day_month_linked(j + 1, false)
                .filter(|e| e.start == j + 1)
            && let Sem::Calendar {
                year,
                month: Some(month),
                day: Some(last),
                dir,
                ..
            } = end.sem
            && d < last
        {
            return Some(Match::new(
                i,
                j,
                Sem::Calendar {
                    year,
                    month: Some(month),
                    day: Some(d),
                    time: None,
                    dir,
                },
                "day-range-start",
            ));
        }
        // "the 3rd of March"
        let (start_day, of) = if self.is(i, Kw::The) {
            (i + 1, true)
        } else {
            (i, false)
        };
        // "Fourth of July fireworks": a capitalized ordinal word before "of" and its month
        // names the day without "the".
        let named_day = !of && self.cap(i) && self.is(i + 1, Kw::Of);
        let (d, mut j) = if of || named_day {
            self.day_number(start_day)
                .or_else(|| self.day_ordinal_word(start_day))?
        } else {
            self.day_number(start_day)?
        };
        if of {
            if !self.is(j, Kw::Of) {
                return None;
            }
            j += 1;
        } else if self.is(j, Kw::Of) {
            j += 1;
        }
        let m = self.month(j)?;
        if self
            .lex(j)
            .is_some_and(|l| l.month_abbr && l.month == Some(5))
        {
            return None;
        }
        // Only an abbreviation owns its period: "the 3rd of March." ends the sentence.
        let j = if self.lex(j).is_some_and(|l| l.month_abbr) {
            self.skip_dot(j + 1)
        } else {
            j + 1
        };
        let (year, end) = self.opt_year(j);
        Some(Match::new(
            i,
            end,
            Sem::Calendar {
                year,
                month: Some(m),
                day: Some(d),
                time: None,
                dir: Direction::ByTense,
            },
            "day-month",
        ))
    }

    /// "is due on the 15th", "until the 3rd": a day of a month left unnamed, written as a
    /// numeral ordinal after a preposition of time and closing the phrase ("on the 15th
    /// floor" is no date).
    pub(super) fn day_alone(&self, i: usize) -> Option<Match> {
        if !self.is(i, Kw::The) {
            return None;
        }
        let p = i.checked_sub(1)?;
        let before = matches!(
            self.kw(p),
            Some(Kw::On | Kw::Since | Kw::Until | Kw::By | Kw::Before | Kw::After | Kw::From)
        ) || self.word_is(p, "till");
        if !before || !self.adj(i + 2) || !self.lex(i + 2).is_some_and(|l| l.ord_suffix) {
            return None;
        }
        let (d, end) = self.day_number(i + 1)?;
        let closes = self.tok(end).is_none_or(|t| match t.kind {
            TokenKind::Punct => matches!(t.text, "." | "," | ";" | ")" | ":" | "!" | "?"),
            TokenKind::Number => false,
            TokenKind::Word => {
                !self.is(end, Kw::Of)
                    && t.lex
                        .is_some_and(|l| l.kw.is_some() && l.unit.is_none() && l.ordinal.is_none())
                    && !self.word_is(end, "and")
                    && !self.word_is(end, "or")
            }
        });
        closes.then(|| {
            Match::new(
                i,
                end,
                Sem::Calendar {
                    year: None,
                    month: None,
                    day: Some(d),
                    time: None,
                    dir: Direction::ByTense,
                },
                "day-alone",
            )
        })
    }
}
