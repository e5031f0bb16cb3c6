//! Pass 1 and 2: a grammar over lexicon-classed tokens proposes non-overlapping spans
//! (longest match first) and gives each its [`Semantic`] value.

use super::lexicon::{Kw, Lex, WordClass, lookup};
use super::semantic::{
    Amount, AnchorKind, Direction, Holiday, HolidaySpan, NthOf, PartOfDay, Recurrence, Season, Sem,
    Semantic, TimeOfDay, Unit, YearPart, YearSub,
};
use super::types::Modifier;
use super::value::RefKind;
use crate::text::{Span, Token, TokenKind};
use chrono::Datelike;

mod bare_year;
mod clock;
mod deictic;
mod era;
mod filters;
mod holiday;
mod length;
mod modifiers;
mod month_date;
mod nth_of;
mod numeric_date;
mod part_of_date;
mod part_of_day;
mod ranges;
mod season_quarter;
mod set;
mod the_phrase;
mod this_last_next;
mod weekday;
mod year;

/// One token with its lexicon entry and numeric value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub span: Span,
    pub kind: TokenKind,
    pub text: &'a str,
    pub lex: Option<&'static Lex>,
    /// Value of a plain integer token (no separators, no decimals).
    pub num: Option<u32>,
    /// Tenths value of a number token with at most one decimal ("1.5" → 15).
    pub tenths: Option<u32>,
    pub cap: bool,
    /// A blank line or a long run of blanks separates this token from the one before: no
    /// expression reaches across it ("Sales fell in May\n\n2019 was ...").
    pub after_break: bool,
}

impl<'a> Tok<'a> {
    pub fn new(text: &'a str, t: Token) -> Self {
        let s = t.span.slice(text).unwrap_or("");
        let (lex, num, tenths) = match t.kind {
            TokenKind::Word => (lookup(s), None, None),
            TokenKind::Number => {
                let num = if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 9 {
                    s.parse::<u32>().ok()
                } else {
                    None
                };
                // "5,000 years ago": thousands groups count as an amount (never as a year).
                let grouped = (s.contains(',') && !s.contains('.') && s.len() <= 11)
                    .then(|| {
                        s.bytes()
                            .filter(u8::is_ascii_digit)
                            .try_fold(0u32, |acc, b| {
                                acc.checked_mul(10)?.checked_add(u32::from(b - b'0'))
                            })
                    })
                    .flatten();
                let tenths = match num.or(grouped) {
                    Some(n) => n.checked_mul(10),
                    None => match s.split_once('.') {
                        Some((a, b)) if b.len() == 1 && a.len() <= 6 => a
                            .parse::<u32>()
                            .ok()
                            .zip(b.parse::<u32>().ok())
                            .map(|(a, b)| a * 10 + b),
                        _ => None,
                    },
                };
                (None, num, tenths)
            }
            TokenKind::Punct => (None, None, None),
        };
        let cap = s.chars().next().is_some_and(char::is_uppercase);
        Self {
            span: t.span,
            kind: t.kind,
            text: s,
            lex,
            num,
            tenths,
            cap,
            after_break: false,
        }
    }

    /// Marks the tokens of `toks` (all from `text`, in order) that follow a blank line or
    /// a long run of blanks.
    pub fn mark_breaks(text: &str, toks: &mut [Tok<'_>]) {
        let mut prev_end = None;
        for t in toks.iter_mut() {
            if let Some(end) = prev_end {
                let gap = text.get(end..t.span.start).unwrap_or("");
                t.after_break = gap.len() > 40 || gap.bytes().filter(|b| *b == b'\n').count() >= 2;
            }
            prev_end = Some(t.span.end);
        }
    }
}

/// A proposed expression: tokens `[start, end)`, its meaning and the rule that found it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
    pub modifier: Option<Modifier>,
    pub day_shift: i32,
    pub year_shift: i32,
    pub rule: &'static str,
}

impl Match {
    fn new(start: usize, end: usize, sem: Sem, rule: &'static str) -> Self {
        Self {
            start,
            end,
            sem,
            modifier: None,
            day_shift: 0,
            year_shift: 0,
            rule,
        }
    }

    pub fn semantic(&self) -> Semantic {
        Semantic {
            sem: self.sem,
            modifier: self.modifier,
            day_shift: self.day_shift,
            year_shift: self.year_shift,
        }
    }
}

/// The season a plural names ("summers", "winters").
fn season_plural(w: &str) -> Option<super::semantic::Season> {
    use super::semantic::Season;
    const PLURALS: &[(&str, Season)] = &[
        ("springs", Season::Spring),
        ("summers", Season::Summer),
        ("autumns", Season::Fall),
        ("winters", Season::Winter),
    ];
    PLURALS
        .iter()
        .find(|(p, _)| w.eq_ignore_ascii_case(p))
        .map(|(_, s)| *s)
}

/// The grammar over one text's tokens.
pub(crate) struct Grammar<'a, 't> {
    pub t: &'t [Tok<'a>],
}

/// A time of day on a day ("5 p.m. EST Nov. 9", "noon on March 3", "3 p.m. on Christmas
/// Eve", "2 a.m. Saturday", "noon today"): the day's meaning with the time set; `None` when
/// `sem` names no single day.
fn clock_on_day(sem: Sem, time: TimeOfDay) -> Option<Sem> {
    match sem {
        Sem::Weekday { weekday, dir, .. } => Some(Sem::Weekday {
            weekday,
            time: Some(time),
            dir,
        }),
        Sem::Deictic {
            unit: Unit::Day,
            offset,
            ..
        } => Some(Sem::Deictic {
            unit: Unit::Day,
            offset,
            time: Some(time),
        }),
        Sem::Calendar {
            year,
            month,
            day: Some(day),
            dir,
            ..
        } => Some(Sem::Calendar {
            year,
            month,
            day: Some(day),
            time: Some(time),
            dir,
        }),
        Sem::Holiday {
            holiday,
            year,
            dir,
            around: HolidaySpan::Day | HolidaySpan::At(_),
        } => Some(Sem::Holiday {
            holiday,
            year,
            dir,
            around: HolidaySpan::At(time),
        }),
        _ => None,
    }
}

fn longest(a: Option<Match>, b: Option<Match>) -> Option<Match> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.end > a.end { b } else { a }),
        (a, b) => a.or(b),
    }
}

impl<'a> Grammar<'a, '_> {
    // ---- token predicates -------------------------------------------------------------

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.t.get(i)
    }

    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.tok(i).and_then(|t| t.lex)
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        self.lex(i).and_then(|l| l.kw)
    }

    fn is(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }

    /// True when token `i` directly follows token `i - 1` with no space.
    fn adj(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tok(p)), self.tok(i)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn punct(&self, i: usize, p: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text == p)
    }

    fn apostrophe(&self, i: usize) -> bool {
        self.punct(i, "'") || self.punct(i, "’") || self.punct(i, "`")
    }

    fn hyphen(&self, i: usize) -> bool {
        (self.punct(i, "-") || self.punct(i, "–")) && self.adj(i) && self.adj(i + 1)
    }

    /// True when the word before token `i` is a preposition that leads a clock time ("at
    /// 4", "until 10", "around 2000 GMT").
    fn clock_preposition_before(&self, i: usize) -> bool {
        i.checked_sub(1).is_some_and(|p| {
            matches!(
                self.kw(p),
                Some(Kw::At | Kw::By | Kw::Until | Kw::Around | Kw::About | Kw::Before | Kw::After)
            )
        })
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.eq_ignore_ascii_case(w))
    }

    /// True when token `i` is a word of `class`.
    fn word_in(&self, i: usize, class: WordClass) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == TokenKind::Word && class.has(t.text))
    }

    fn num(&self, i: usize) -> Option<u32> {
        self.tok(i).and_then(|t| t.num)
    }

    fn ndigits(&self, i: usize) -> usize {
        self.tok(i)
            .filter(|t| t.kind == TokenKind::Number)
            .map_or(0, |t| t.text.len())
    }

    fn cap(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.cap)
    }

    fn unit(&self, i: usize) -> Option<(Unit, bool)> {
        self.lex(i).and_then(|l| l.unit.map(|u| (u, l.plural)))
    }

    fn month(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        self.lex(i).and_then(|l| l.month)
    }

    fn weekday(&self, i: usize) -> Option<u32> {
        if !self.cap(i) {
            return None;
        }
        self.lex(i)
            .filter(|l| !l.weekday_plural)
            .and_then(|l| l.weekday)
    }

    fn part(&self, i: usize) -> Option<PartOfDay> {
        let p = self.lex(i).and_then(|l| l.part)?;
        // "told Dawn Monday": capitalized inside a sentence, the first or last light is a
        // name (a newspaper, an operation), not a part of the day.
        let twilight = |t: &Tok<'_>| {
            ["dawn", "daybreak", "dusk", "nightfall"]
                .iter()
                .any(|w| t.text.eq_ignore_ascii_case(w))
        };
        if self.cap(i) && self.tok(i).is_some_and(twilight) && !self.sentence_initial(i) {
            return None;
        }
        Some(p)
    }

    /// A 4-digit year at `i`.
    fn year4(&self, i: usize) -> Option<i32> {
        if self.ndigits(i) != 4 {
            return None;
        }
        let n = self.num(i)?;
        ((1000..=2100).contains(&n))
            .then(|| i32::try_from(n).ok())
            .flatten()
    }

    /// A two-digit year written short: `'24` (after an apostrophe) or, with `bare`, `24`
    /// touching the word before ("FY24"): returns (year, next index).
    fn short_year(&self, i: usize, bare: bool) -> Option<(i32, usize)> {
        let (k, end) = if self.apostrophe(i) && self.adj(i) && self.adj(i + 1) {
            (i + 1, i + 2)
        } else if bare && self.adj(i) {
            (i, i + 1)
        } else {
            return None;
        };
        if self.ndigits(k) != 2
            || self
                .tok(end)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(end))
        {
            return None;
        }
        let n = i32::try_from(self.num(k)?).ok()?;
        Some((if n < 50 { 2000 + n } else { 1900 + n }, end))
    }

    /// The year after a quarter or half written short ("Q4 2024", "Q4'24", "H1 FY25"):
    /// returns (year, next index).
    fn part_year(&self, i: usize) -> (Option<i32>, usize) {
        if let Some((y, end)) = self.short_year(i, false) {
            return (Some(y), end);
        }
        if self.word_is(i, "fy")
            && let Some((y, end)) = self.fy_year(i + 1)
        {
            return (Some(y), end);
        }
        self.opt_year(i)
    }

    /// The year after "FY": "FY2024", "FY 2024", "FY24", "FY'24".
    fn fy_year(&self, j: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(j) {
            return Some((y, j + 1));
        }
        self.short_year(j, true)
    }

    /// An optional `,` then a year: returns (year, next index).
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        match self.opt_year_anywhere(i) {
            // No year across a blank line: "in May,\n\n2019 was ...".
            (Some(_), end) if (i..end).any(|k| self.tok(k).is_some_and(|t| t.after_break)) => {
                (None, i)
            }
            found => found,
        }
    }

    /// [`Self::opt_year`] without regard to blank lines.
    fn opt_year_anywhere(&self, i: usize) -> (Option<i32>, usize) {
        if let Some(y) = self.year4(i) {
            return (Some(y), i + 1);
        }
        if self.punct(i, ",")
            && let Some(y) = self.year4(i + 1)
        {
            return (Some(y), i + 2);
        }
        if self.is(i, Kw::Of)
            && let Some(y) = self.year4(i + 1)
        {
            return (Some(y), i + 2);
        }
        let k = if self.is(i, Kw::Of) { i + 1 } else { i };
        if let Some((y, end)) = self.word_year(k) {
            return (Some(y), end);
        }
        // "the fall of '96", "March '08"
        if let Some(y) = self.apostrophe_year(k) {
            return (Some(y), k + 2);
        }
        (None, i)
    }

    /// A year written with an apostrophe and two digits at token `k` ("'96"), not the
    /// start of a decade ("'90s") or a quotation.
    fn apostrophe_year(&self, k: usize) -> Option<i32> {
        if !(self.apostrophe(k) && self.adj(k + 1) && self.ndigits(k + 1) == 2) {
            return None;
        }
        let (y, end) = self.short_year(k + 1, true)?;
        (!self.apostrophe(end)
            && !self
                .tok(end)
                .is_some_and(|t| t.kind == TokenKind::Word && self.adj(end)))
        .then_some(y)
    }

    /// Skips an abbreviation period after token `i - 1`.
    fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, ".") && self.adj(i) {
            i + 1
        } else {
            i
        }
    }

    // ---- the driver --------------------------------------------------------------------

    /// All matches, left to right, longest first, not overlapping.
    pub fn run(&self) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.t.len() {
            let m = self.at(i).filter(|m| self.accept(m));
            match m {
                Some(mut m) if m.end > i => {
                    self.compound_duration(&mut m);
                    i = m.end;
                    let second = self
                        .coordinated_day(&mut m)
                        .or_else(|| self.year_range_end(&m));
                    out.push(m);
                    if let Some(d) = second {
                        i = d.end;
                        out.push(d);
                    }
                }
                _ => i += 1,
            }
        }
        self.bc_years(&mut out);
        self.bare_years(&mut out);
        self.part_of_date(&mut out);
        self.share_year(&mut out);
        out
    }

    fn at(&self, i: usize) -> Option<Match> {
        let tok = self.tok(i)?;
        match tok.kind {
            TokenKind::Punct if !(tok.text == "'" || tok.text == "’") => return None,
            TokenKind::Word if !tok.lex.is_some_and(|l| l.starter) => return None,
            _ => {}
        }
        if let Some(m) = self.day_next_to(i) {
            return Some(m);
        }
        // "the late 1970s", "the mid-1990s": the article belongs to a modified decade.
        let article = self.is(i, Kw::The)
            && self.prefix(i + 1).is_some_and(|(j, _, _)| {
                self.core(j)
                    .is_some_and(|c| matches!(c.sem, Sem::Decade(_) | Sem::Century(_)))
            });
        let p = if article { i + 1 } else { i };
        if let Some((j, m, ok)) = self.prefix(p)
            && let Some(mut core) = self.core(j)
            && ok(&core.sem)
        {
            core.start = i;
            // "earlier yesterday", "later that day": the same day, with no modifier.
            let same_day = matches!(self.kw(i), Some(Kw::Earlier | Kw::Later))
                && !matches!(
                    self.kw(i + 1),
                    Some(Kw::This | Kw::Last | Kw::Next | Kw::In)
                );
            core.modifier = (!same_day).then_some(m);
            core.rule = match m {
                _ if same_day => "earlier-that-day",
                Modifier::Start | Modifier::Mid | Modifier::End => "modified-point",
                // "about two weeks", "more than a year": a modified length; "around 2:30
                // a.m.", "about two weeks ago": a modified point.
                _ if matches!(core.sem, Sem::Duration { .. }) => "modified-length",
                _ => "modified-point",
            };
            return Some(core);
        }
        self.core(i).map(|mut m| {
            m.sem = self.direction_from_context(m.start, m.sem);
            m
        })
    }

    /// "the day before yesterday", "the day after Christmas", "the day before last
    /// Tuesday": one day from a named day, as one expression.
    fn day_next_to(&self, i: usize) -> Option<Match> {
        if !self.is(i, Kw::The) || !matches!(self.unit(i + 1), Some((Unit::Day, false))) {
            return None;
        }
        let shift = match self.kw(i + 2)? {
            Kw::Before => -1,
            Kw::After => 1,
            _ => return None,
        };
        let inner = self.at(i + 3)?;
        let a_day = match inner.sem {
            Sem::Deictic { unit, .. } => unit == Unit::Day,
            Sem::Calendar { day, .. } => day.is_some(),
            Sem::Weekday { .. } | Sem::Holiday { .. } => true,
            _ => false,
        };
        (a_day && inner.day_shift == 0 && inner.modifier.is_none()).then_some(Match {
            start: i,
            day_shift: shift,
            rule: "day-before",
            ..inner
        })
    }

    fn core(&self, i: usize) -> Option<Match> {
        // "by mid-century", "mid-decade": the century or decade of the publication date,
        // under the "mid-" modifier that precedes it.
        if let Some((u @ (Unit::Century | Unit::Decade), false)) = self.unit(i)
            && i >= 2
            && self.hyphen(i - 1)
            && self.is(i - 2, Kw::Mid)
            // A time after a preposition ("by mid-century"), not a style ("a
            // mid-century modern chair").
            && i.checked_sub(3).is_some_and(|p| {
                matches!(
                    self.kw(p),
                    Some(Kw::By | Kw::Until | Kw::At | Kw::In | Kw::Before | Kw::After | Kw::Since | Kw::Through)
                )
            })
            && self
                .tok(i + 1)
                .is_none_or(|t| t.kind != TokenKind::Word || t.lex.is_some())
        {
            return Some(Match::new(
                i,
                i + 1,
                Sem::Deictic {
                    unit: u,
                    offset: 0,
                    time: None,
                },
                "the-unit",
            ));
        }
        let mut best = self.deictic(i).or_else(|| self.year_earlier(i));
        best = longest(best, self.time(i));
        best = longest(best, self.month_date(i));
        best = longest(best, self.day_month(i));
        best = longest(best, self.numeric_date(i));
        best = longest(best, self.day_alone(i));
        best = longest(best, self.year(i));
        best = longest(best, self.weekday_expr(i));
        best = longest(best, self.weekday_abbr_date(i));
        best = longest(best, self.season(i));
        best = longest(best, self.quarter(i));
        best = longest(best, self.holiday(i));
        best = longest(best, self.length(i));
        best = longest(best, self.set(i));
        best = longest(best, self.part_of_day(i));
        best = longest(best, self.nights_later(i));
        best = longest(best, self.week_of(i));
        best = longest(best, self.nth_of_month(i));
        if let Some((c, end)) = self.century(i) {
            best = longest(best, Some(Match::new(i, end, Sem::Century(c), "century")));
        }
        best
    }

    // ---- deictic, anaphoric and vague ----------------------------------------------------

    // ---- clock times ---------------------------------------------------------------------

    // ---- calendar dates ----------------------------------------------------------------

    // ---- weekdays, seasons, quarters, holidays ---------------------------------------------

    // ---- durations, shifts and sets ------------------------------------------------------
}

/// A date written whole in figures ("2025-03-03", "3/3/2025", "3.11.2025"), from token
/// `start` to `end`, when that day exists.
fn figures_date(
    start: usize,
    end: usize,
    (year, month, day): (i32, u32, u32),
    time: Option<TimeOfDay>,
    rule: &'static str,
) -> Option<Match> {
    chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Some(Match::new(
        start,
        end,
        Sem::Calendar {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            time,
            dir: Direction::ByTense,
        },
        rule,
    ))
}

/// An hour 1–12 said with a part of the day ("10 at night", "3 in the afternoon"), on
/// the 24-hour clock.
fn hour_in_part(part: PartOfDay, hour: u32) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    Some(match part {
        PartOfDay::Morning => hour % 12,
        PartOfDay::Afternoon | PartOfDay::Evening if hour == 12 => 12,
        PartOfDay::Afternoon | PartOfDay::Evening => hour + 12,
        // "10 at night" is 22:00, "2 in the night" is 02:00.
        PartOfDay::Night if hour >= 6 => hour % 12 + 12,
        PartOfDay::Night => hour,
        _ => return None,
    })
}

/// The start of a range of times whose end carries its day ("9 a.m. to noon on Monday",
/// "2 to 4 p.m. today", "10 p.m. to 2 a.m. Saturday"): that day at `start`, and whether the
/// range runs overnight (an afternoon or evening start after a morning end), so that the
/// start lies on the day before. `None` when the end has no clock time or the two times
/// cannot make a range.
fn same_day_at(end: Sem, start: TimeOfDay) -> Option<(Sem, bool)> {
    let minutes = |t: TimeOfDay| match t {
        TimeOfDay::Clock { hour, minute } => Some(hour * 60 + minute),
        _ => None,
    };
    let end_time = match end {
        Sem::Weekday { time, .. } | Sem::Calendar { time, .. } => time,
        Sem::Deictic {
            unit: Unit::Day,
            time,
            ..
        } => time,
        Sem::Holiday {
            around: HolidaySpan::At(t),
            ..
        } => Some(t),
        _ => None,
    };
    let (s, e) = (minutes(start)?, minutes(end_time?)?);
    let overnight = match () {
        () if s < e => false,
        () if s >= 12 * 60 && e < 12 * 60 => true,
        () => return None,
    };
    Some((clock_on_day(end, start)?, overnight))
}

/// "nineties" → 199 (the 1990s).
fn decade_word(w: &str) -> Option<i32> {
    const WORDS: &[(&str, i32)] = &[
        ("twenties", 192),
        ("thirties", 193),
        ("forties", 194),
        ("fifties", 195),
        ("sixties", 196),
        ("seventies", 197),
        ("eighties", 198),
        ("nineties", 199),
    ];
    WORDS
        .iter()
        .find(|(k, _)| w.eq_ignore_ascii_case(k))
        .map(|(_, d)| *d)
}

fn p_or(p: Option<usize>) -> usize {
    p.unwrap_or(0)
}

fn calendar_year(y: i32) -> Sem {
    Sem::Calendar {
        year: Some(y),
        month: None,
        day: None,
        time: None,
        dir: Direction::ByTense,
    }
}
