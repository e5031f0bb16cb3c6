//! Pass 3: semantic values become TIMEX3 values and intervals, against the publication date
//! (deictic), the previous time in the text (anaphoric) and the clause's tense.

use super::Mention;
use super::holidays;
use super::lexicon::WordClass;
use super::reach;
use super::semantic::{
    Amount, AnchorKind, Direction, HolidaySpan, NthOf, PartOfDay, Recurrence, Season, Sem,
    TimeOfDay, Unit, YearPart, YearSub,
};
use super::story::{StoryTime, season_month};
use super::types::{Anchor, Granularity, Interval, Modifier, Tense, Timex, TimexType, Why};
use super::value::{DatePart, DateValue, DurationValue, RefKind, TimePart, TimexValue, YearValue};
use crate::text::Interner;
use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

/// A resolved point in the text: the reference for anaphoric expressions.
#[derive(Debug, Clone, Copy)]
struct Point {
    value: DateValue,
    interval: Interval,
    sentence: usize,
    /// Byte offset where its expression starts in the text.
    start: usize,
    /// Byte offset where its expression ends in the text.
    end: usize,
    /// A time of day named without its day ("at 10 p.m."), placed on a day from context.
    clock_only: bool,
    /// A day named by its weekday ("Tuesday", "9 a.m. Monday").
    weekday: bool,
}

/// The resolver's state over one text.
pub(crate) struct Resolver<'a> {
    text: &'a str,
    dct: Option<NaiveDate>,
    prev: Option<Point>,
    prev_day: Option<Point>,
    /// The last time in the text that had begun by the publication date.
    prev_past: Option<Point>,
    prev_quarter: Option<Point>,
    /// The story's reference time (the last dated point not placed by the publication
    /// date).
    story: Option<StoryTime>,
    /// The text tells a story (see [`super::story::tells_a_story`]).
    narrative: bool,
    /// The explanations handed out so far, each stored once.
    strings: Interner,
}

/// What one resolution produced, before it is packed into a [`Timex`].
struct Out {
    timex_type: TimexType,
    value: TimexValue,
    interval: Option<Interval>,
    anchor: Anchor,
    awaits: bool,
    detail: String,
    tense_used: bool,
    freq: Option<u32>,
    /// For a length of time that reaches a day ("three days later"): that day, which the
    /// next anaphora count from.
    point: Option<DateValue>,
}

impl Out {
    fn new(timex_type: TimexType, value: TimexValue, detail: String) -> Self {
        Self {
            timex_type,
            value,
            interval: None,
            anchor: Anchor::None,
            awaits: false,
            detail,
            tense_used: false,
            freq: None,
            point: None,
        }
    }
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn day_interval(d: NaiveDate) -> Option<Interval> {
    Interval::new(midnight(d), midnight(d.succ_opt()?), Granularity::Day)
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Adds `n` units to `d`.
fn shift(d: NaiveDate, unit: Unit, n: i32) -> Option<NaiveDate> {
    let months = |m: i32| -> Option<NaiveDate> {
        if m >= 0 {
            d.checked_add_months(Months::new(u32::try_from(m).ok()?))
        } else {
            d.checked_sub_months(Months::new(m.unsigned_abs()))
        }
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Some(d),
        Unit::Day => d.checked_add_signed(Duration::try_days(i64::from(n))?),
        Unit::Week | Unit::Weekend => d.checked_add_signed(Duration::try_weeks(i64::from(n))?),
        Unit::Fortnight => d.checked_add_signed(Duration::try_weeks(i64::from(n) * 2)?),
        Unit::Month => months(n),
        Unit::Quarter => months(n.checked_mul(3)?),
        Unit::Half => months(n.checked_mul(6)?),
        Unit::Year => months(n.checked_mul(12)?),
        Unit::Decade => months(n.checked_mul(120)?),
        Unit::Century => months(n.checked_mul(1200)?),
    }
}

/// `v`, the day or week `d` counted from a previous time of granularity `g`, without
/// precision that time does not have: "two days later" or "that same day" after "in
/// September" is some day of September, "that week" or "the same month" after "this
/// fall" some week or month of the year. Counting from the first day of the period would invent a date the text never
/// gives.
fn without_invented_precision(
    mut v: DateValue,
    unit: Unit,
    d: NaiveDate,
    prev: &Interval,
) -> DateValue {
    let g = prev.granularity();
    // "that night" or "the next day" after "the week after": some day, of the week's month
    // when it lies in one month ("2025-10-XX").
    if unit == Unit::Day && g == Granularity::Week {
        let (b, last) = (prev.begin().date(), prev.until().date().pred_opt());
        v.part = match last {
            Some(l) if l.month() == b.month() && d.month() == b.month() => {
                DatePart::UnknownDayIn(b.month())
            }
            _ => DatePart::UnknownDay,
        };
        return v;
    }
    let coarse = g < Granularity::Week;
    match unit {
        Unit::Day if g == Granularity::Month => v.part = DatePart::UnknownDayIn(d.month()),
        Unit::Day if coarse => v.part = DatePart::UnknownDay,
        Unit::Week if coarse => v.part = DatePart::Week(None),
        Unit::Weekend if coarse => v.part = DatePart::Weekend(None),
        Unit::Month if coarse && g != Granularity::Month => v.part = DatePart::UnknownMonth,
        _ => {}
    }
    v
}

/// The value naming the `unit` that contains `d`.
fn unit_value(d: NaiveDate, unit: Unit) -> DateValue {
    let y = d.year();
    let part = match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => DatePart::Day(d.month(), d.day()),
        Unit::Week | Unit::Fortnight => {
            let w = d.iso_week();
            return DateValue {
                year: YearValue::Year(w.year()),
                part: DatePart::Week(Some(w.week())),
                time: None,
            };
        }
        Unit::Weekend => {
            let w = d.iso_week();
            return DateValue {
                year: YearValue::Year(w.year()),
                part: DatePart::Weekend(Some(w.week())),
                time: None,
            };
        }
        Unit::Month => DatePart::Month(d.month()),
        Unit::Quarter => DatePart::Quarter(Some((d.month() - 1) / 3 + 1)),
        Unit::Half => DatePart::Half((d.month() - 1) / 6 + 1),
        Unit::Year => DatePart::None,
        Unit::Decade => {
            return DateValue {
                year: YearValue::Decade(y.div_euclid(10)),
                part: DatePart::None,
                time: None,
            };
        }
        Unit::Century => {
            return DateValue {
                year: YearValue::Century(y.div_euclid(100)),
                part: DatePart::None,
                time: None,
            };
        }
    };
    DateValue {
        year: YearValue::Year(y),
        part,
        time: None,
    }
}

fn months_after(d: NaiveDate, m: u32) -> Option<NaiveDate> {
    d.checked_add_months(Months::new(m))
}

/// The interval a fully known value covers.
pub(crate) fn interval_of(v: &DateValue) -> Option<Interval> {
    let (begin, until, gran) = match v.year {
        YearValue::Unknown => return None,
        YearValue::Decade(d) => {
            let b = ymd(d.checked_mul(10)?, 1, 1)?;
            (b, months_after(b, 120)?, Granularity::Decade)
        }
        YearValue::Century(c) => {
            let b = ymd(c.checked_mul(100)?, 1, 1)?;
            (b, months_after(b, 1200)?, Granularity::Century)
        }
        YearValue::Year(y) => match v.part {
            DatePart::None => {
                let b = ymd(y, 1, 1)?;
                (b, months_after(b, 12)?, Granularity::Year)
            }
            DatePart::UnknownMonth | DatePart::UnknownDay | DatePart::UnknownDayIn(_) => {
                return None;
            }
            DatePart::Month(m) => {
                let b = ymd(y, m, 1)?;
                (b, months_after(b, 1)?, Granularity::Month)
            }
            DatePart::Day(m, d) => {
                let b = ymd(y, m, d)?;
                (b, b.succ_opt()?, Granularity::Day)
            }
            DatePart::Week(Some(w)) => {
                let b = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                (b, shift(b, Unit::Week, 1)?, Granularity::Week)
            }
            DatePart::WeekDay(Some(w), d) => {
                let b = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?
                    .checked_add_signed(Duration::try_days(i64::from(d) - 1)?)?;
                (b, b.succ_opt()?, Granularity::Day)
            }
            DatePart::Weekend(Some(w)) => {
                let b = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
                (b, shift(b, Unit::Day, 2)?, Granularity::Day)
            }
            DatePart::Week(None) | DatePart::WeekDay(None, _) | DatePart::Weekend(None) => {
                return None;
            }
            DatePart::Quarter(None) => return None,
            DatePart::Season(s) => {
                let b = ymd(y, s.first_month(), 1)?;
                (b, months_after(b, 3)?, Granularity::Season)
            }
            DatePart::Quarter(Some(q)) => {
                let b = ymd(y, (q.clamp(1, 4) - 1) * 3 + 1, 1)?;
                (b, months_after(b, 3)?, Granularity::Quarter)
            }
            DatePart::Half(h) => {
                let b = ymd(y, (h.clamp(1, 2) - 1) * 6 + 1, 1)?;
                (b, months_after(b, 6)?, Granularity::Half)
            }
        },
    };
    let (mut b, mut u) = (midnight(begin), midnight(until));
    let mut gran = gran;
    match v.time {
        None => {}
        Some(TimePart::Clock(h, m)) => {
            b = b.checked_add_signed(Duration::try_minutes(i64::from(h * 60 + m))?)?;
            if m == 0 {
                u = b.checked_add_signed(Duration::try_hours(1)?)?;
                gran = Granularity::Hour;
            } else {
                u = b.checked_add_signed(Duration::try_minutes(1)?)?;
                gran = Granularity::Minute;
            }
        }
        Some(TimePart::Part(p)) => {
            let (from, to) = p.hours();
            let day = b;
            b = day.checked_add_signed(Duration::try_hours(i64::from(from))?)?;
            u = day.checked_add_signed(Duration::try_hours(i64::from(to))?)?;
            gran = Granularity::PartOfDay;
        }
    }
    Interval::new(b, u, gran)
}

/// Narrows an interval to its first, middle or last third for START/MID/END.
fn narrow(i: Interval, m: Option<Modifier>) -> Interval {
    let len = i.until() - i.begin();
    let third = len / 3;
    let (b, u) = match m {
        Some(Modifier::Start) => (i.begin(), i.begin() + third),
        Some(Modifier::Mid) => (i.begin() + third, i.until() - third),
        Some(Modifier::End) => (i.until() - third, i.until()),
        _ => return i,
    };
    let (b, u) = (round_cut(b, len), round_cut(u, len));
    Interval::new(b, u, i.granularity()).unwrap_or(i)
}

/// A cut point inside an interval of length `len`, rounded to the nearest boundary of a
/// unit one step finer than the interval ("the end of the year" starts on a month's first
/// day, not at 08:00 of some day), so that no precision is invented.
fn round_cut(t: NaiveDateTime, len: Duration) -> NaiveDateTime {
    let days = len.num_days();
    let date = t.date();
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0);
    let rounded = if days >= 3 * 365 {
        // A decade or more: the nearest New Year.
        let y = if date.ordinal() > 183 {
            date.year() + 1
        } else {
            date.year()
        };
        NaiveDate::from_ymd_opt(y, 1, 1).and_then(midnight)
    } else if days >= 300 {
        // A year: the nearest first of a month.
        let first = NaiveDate::from_ymd_opt(date.year(), date.month(), 1).and_then(midnight);
        let next = first.and_then(|f| f.checked_add_months(Months::new(1)));
        match (first, next) {
            (Some(f), Some(n)) => Some(if t - f < n - t { f } else { n }),
            _ => None,
        }
    } else if days >= 2 {
        // A week, a month, a season: the nearest midnight.
        let d = if t.hour() >= 12 {
            date.succ_opt()
        } else {
            Some(date)
        };
        d.and_then(midnight)
    } else if len >= Duration::try_hours(3).unwrap_or_default() {
        // A day or part of one: the nearest hour.
        let h = t.date().and_hms_opt(t.hour(), 0, 0);
        if t.minute() >= 30 {
            h.map(|h| h + Duration::hours(1))
        } else {
            h
        }
    } else {
        None
    };
    rounded.unwrap_or(t)
}

fn time_part(t: Option<TimeOfDay>) -> Option<TimePart> {
    t.map(|t| match t {
        TimeOfDay::Clock { hour, minute } => TimePart::Clock(hour, minute),
        TimeOfDay::Part(p) => TimePart::Part(p),
    })
}

/// The day or ISO week `part` of year `y`, `n` years on (a week keeps its number, or the
/// last one of a shorter year); `None` for other parts.
fn years_on(y: i32, part: DatePart, n: i32) -> Option<(i32, DatePart)> {
    match part {
        DatePart::Day(mo, d) => {
            let day = shift(ymd(y, mo, d)?, Unit::Year, n)?;
            Some((day.year(), DatePart::Day(day.month(), day.day())))
        }
        DatePart::Week(Some(w)) => {
            let year = y.checked_add(n)?;
            let last = NaiveDate::from_ymd_opt(year, 12, 28)?.iso_week().week();
            Some((year, DatePart::Week(Some(w.min(last)))))
        }
        _ => None,
    }
}

/// "spring", "summer", "fall", "winter".
fn season_name(season: Season) -> &'static str {
    match season {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Fall => "fall",
        Season::Winter => "winter",
    }
}

/// "7 weeks", "1.5 years", "some weeks".
fn amount_phrase(amount: Amount, unit: Unit) -> String {
    let name = unit.name();
    match amount {
        Amount::Tenths(10) => format!("1 {name}"),
        Amount::Tenths(t) if t % 10 == 0 => format!("{} {}", t / 10, unit.plural()),
        Amount::Tenths(t) => format!("{}.{} {}", t / 10, t % 10, unit.plural()),
        Amount::Some => format!("an unspecified number of {}", unit.plural()),
    }
}

/// The part of a year a [`YearSub`] names; `current_quarter` is the quarter "the current
/// quarter" stands for, when known.
fn year_sub_part(sub: YearSub, current_quarter: Option<u32>) -> DatePart {
    match sub {
        YearSub::Month(mo, Some(d)) => DatePart::Day(mo, d),
        YearSub::Month(mo, None) => DatePart::Month(mo),
        YearSub::Part(YearPart::Season(s)) => DatePart::Season(s),
        YearSub::Part(YearPart::Quarter(q)) => DatePart::Quarter(Some(q)),
        YearSub::Part(YearPart::Half(h)) => DatePart::Half(h),
        YearSub::CurrentQuarter => DatePart::Quarter(current_quarter),
    }
}

fn weekday_name(w: u32) -> &'static str {
    match w {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        _ => "Sunday",
    }
}

/// How an under-specified expression is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// Strictly before the reference ("last April").
    Before,
    /// The latest one starting on or before the reference (past tense).
    PastOrSame,
    /// Strictly after ("next April").
    After,
    /// The earliest one not yet over (future tense).
    FutureOrSame,
    /// The one in the reference's year or week.
    Same,
    /// The nearest to the reference.
    Nearest,
    /// The nearest, or a past one nearly as near (past tense).
    NearPast,
    /// The nearest, or a future one nearly as near (future tense).
    NearFuture,
}

/// Seconds between `r` and the interval `i` (0 when inside).
fn distance(i: &Interval, r: NaiveDateTime) -> i64 {
    let d = if i.begin() > r {
        i.begin() - r
    } else if i.until() <= r {
        r - i.until()
    } else {
        Duration::zero()
    };
    d.num_seconds()
}

impl<'a> Resolver<'a> {
    pub fn new(text: &'a str, dct: Option<NaiveDate>) -> Self {
        Self {
            text,
            dct,
            prev: None,
            prev_day: None,
            prev_past: None,
            prev_quarter: None,
            story: None,
            narrative: false,
            strings: Interner::default(),
        }
    }

    /// The resolver for a text that tells a story (`true`) or news (`false`).
    pub fn narrative(mut self, narrative: bool) -> Self {
        self.narrative = narrative;
        self
    }

    /// True when the past-tense cue is the verb of the expression's own clause: "took effect
    /// in January", "was signed on Dec. 3", or "In January, the firm hired ..." opening the
    /// sentence. Then the date lies in the past even when a future one is nearer; a past
    /// cue farther away often belongs to another clause ("said it will redeem the shares on
    /// Oct. 31", "declared a dividend payable Dec. 1").
    fn past_verb_governs(&self, m: &Mention) -> bool {
        // Past and present alike, or a participle of a plan: no evidence of a past event.
        let (Some(cue), Tense::Past) = (m.tense_cue, m.tense.unwrap_or(Tense::Present)) else {
            return false;
        };
        let Some(w) = cue.slice(self.text) else {
            return false;
        };
        if WordClass::Ambiguous.has(w) {
            return false;
        }
        // "said in January" dates the saying; "said it will redeem the shares on Oct. 31"
        // does not.
        let reporting = WordClass::Reporting.has(w);
        let word_ok = |x: &str| {
            let x = x.trim_matches(|c: char| !c.is_alphanumeric());
            !x.is_empty()
                && ![
                    "to",
                    "until",
                    "till",
                    "through",
                    "by",
                    "for",
                    "before",
                    "ahead",
                    "next",
                    "effective",
                    "payable",
                    "starting",
                    "beginning",
                ]
                .iter()
                .any(|k| x.eq_ignore_ascii_case(k))
        };
        if cue.end <= m.span.start {
            let Some(between) = self.text.get(cue.end..m.span.start) else {
                return false;
            };
            let words: Vec<&str> = between.split_whitespace().collect();
            // An "-ed" form may be an adjective ("an unspecified date in January", "the
            // preferred shares on Oct. 31"): only right before the preposition is it a verb.
            // A determiner after it makes it a verb with its object ("rejected the pact in
            // April").
            let regular = w.len() > 2
                && w.to_ascii_lowercase().ends_with("ed")
                && !words.first().is_some_and(|x| {
                    [
                        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                    ]
                    .iter()
                    .any(|d| x.eq_ignore_ascii_case(d))
                });
            // "Police arrested him on June 3": an object pronoun shows the verb.
            let pronoun_object = words.len() == 2
                && ["him", "her", "them", "it", "us", "me"]
                    .iter()
                    .any(|p| words[0].eq_ignore_ascii_case(p));
            let limit = if (regular || reporting) && !pronoun_object {
                1
            } else {
                5
            };
            return words.len() <= limit
                && !between.contains([',', ';', '"', '“', '”', '(', ')'])
                && words.iter().all(|x| word_ok(x))
                && words.last().is_none_or(|x| {
                    ["in", "on", "from"]
                        .iter()
                        .any(|k| x.eq_ignore_ascii_case(k))
                });
        }
        // "Shipments in January rose 4%": a date closing its clause's subject, the past
        // verb right after it.
        if cue.start >= m.span.end
            && self
                .text
                .get(m.span.end..cue.start)
                .is_some_and(|b| b.chars().all(char::is_whitespace))
            && !reporting
            && self.word_before_is(m.span.start, "in")
        {
            return true;
        }
        // "In January, American Medical hired ...": a fronted date, its clause after it.
        let Some(before) = self.text.get(..m.span.start) else {
            return false;
        };
        let before = before.trim_end();
        let Some(rest) = before
            .strip_suffix("In")
            .or_else(|| before.strip_suffix("On"))
        else {
            return false;
        };
        // At the start of the text, of a line (after a headline), or after a full stop.
        let gap = rest.get(rest.trim_end().len()..).unwrap_or("");
        let opens = gap.contains('\n')
            || rest
                .trim_end()
                .chars()
                .last()
                .is_none_or(|c| matches!(c, '.' | '"' | '“' | '”' | '!' | '?'));
        let comma_after = self
            .text
            .get(m.span.end..)
            .is_some_and(|r| r.starts_with(','));
        // "In August the plant resumed work": without the comma, the past verb right
        // after a short subject.
        let short_subject = cue.start >= m.span.end
            && self.text.get(m.span.end..cue.start).is_some_and(|b| {
                !b.contains([',', ';', '"', '(']) && b.split_whitespace().count() <= 3
            });
        opens && (comma_after || short_subject)
    }

    /// True when `m` dates a background event, not the day the story is on: a past
    /// perfect ("The trial had begun on 14 January") or a relative clause ("a meeting that
    /// began on Monday"). A clock time told next stays on the story's day.
    fn background(&self, m: &Mention) -> bool {
        if m.tense == Some(Tense::Past)
            && m.tense_cue
                .and_then(|c| c.slice(self.text))
                .is_some_and(|w| w.eq_ignore_ascii_case("had"))
        {
            return true;
        }
        let mut before = words(reach::before(self.text, m.span.start).unwrap_or("")).rev();
        let (Some(prep), Some(verb), Some(rel)) = (before.next(), before.next(), before.next())
        else {
            return false;
        };
        ["on", "in"].iter().any(|k| prep.eq_ignore_ascii_case(k))
            && ["that", "which"]
                .iter()
                .any(|k| rel.eq_ignore_ascii_case(k))
            && super::tense::is_past_form(verb)
    }

    /// True when the expression starting at byte `start` opens its sentence, after at most
    /// two words ("In 2019, ...", "Back in 2019", "Last year ..."): the time the whole
    /// sentence is set in.
    fn fronted(&self, start: usize) -> bool {
        reach::lead_words_at_most(self.text, start, 2)
    }

    /// "from March 5 to March 13", "Dec. 28 through Jan. 4": a day without a year that
    /// ends a range takes the year of the range's start (the next one when its month and
    /// day come earlier). Returns that year and the start's value.
    fn range_start_year(
        &self,
        m: &Mention,
        mo: u32,
        day: Option<u32>,
        dir: Direction,
    ) -> Option<(i32, String)> {
        if dir != Direction::ByTense {
            return None;
        }
        let p = self.prev.filter(|p| p.sentence == m.sentence)?;
        let between = self.text.get(p.end..m.span.start)?.trim();
        let linked = is_range_word(between)
            || matches!(between, "-" | "–" | "—")
            || (between.eq_ignore_ascii_case("and") && self.after_between(p.start));
        if !linked {
            return None;
        }
        let y = match (p.value.year, p.value.part, day) {
            (YearValue::Year(y), DatePart::Day(pm, pd), Some(d)) => {
                if (mo, d) < (pm, pd) {
                    y + 1
                } else {
                    y
                }
            }
            // "from January through September": months.
            (YearValue::Year(y), DatePart::Month(pm), None) => {
                if mo < pm {
                    y + 1
                } else {
                    y
                }
            }
            _ => return None,
        };
        Some((y, p.value.to_string()))
    }

    /// True when the month named by `m` is the period of a report's figures: "October's
    /// jobs report", "the October inflation data", "figures for October".
    fn names_monthly_figures(&self, m: &Mention) -> bool {
        let after = reach::after(self.text, m.span.end).unwrap_or("");
        // Past a possessive: "October's jobs report".
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after);
        let noun_after = words(after)
            .next()
            .is_some_and(|n| WordClass::Figures.has(n));
        let mut before = words(reach::before(self.text, m.span.start).unwrap_or("")).rev();
        let figures_for = before.next().is_some_and(|w| w.eq_ignore_ascii_case("for"))
            && before.next().is_some_and(|w| {
                ["figures", "data", "numbers"]
                    .iter()
                    .any(|k| w.eq_ignore_ascii_case(k))
            });
        noun_after || figures_for
    }

    /// The month (and day) that ends a range opened by `m`: "January through September",
    /// "Sept. 12 to Jan. 4", "January-March".
    fn range_end_after(&self, m: &Mention) -> Option<(u32, Option<u32>)> {
        let rest = reach::after(self.text, m.span.end)?;
        let rest = match rest.strip_prefix(['-', '\u{2013}']) {
            Some(r) => r,
            None => {
                let r = rest.trim_start();
                let w = r.split_whitespace().next()?;
                let between_and = w.eq_ignore_ascii_case("and") && self.after_between(m.span.start);
                if !is_range_word(w) && !between_and {
                    return None;
                }
                &r[w.len()..]
            }
        };
        let mut after = words(rest);
        let first = after.next()?;
        let day_of = |d: &str| d.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        // "3-5 December": the day before its month.
        if let Some(d) = day_of(first) {
            let mo = super::lexicon::lookup(after.next()?)?.month?;
            return Some((mo, Some(d)));
        }
        let mo = super::lexicon::lookup(first)?.month?;
        let day = after.next().and_then(day_of);
        Some((mo, day))
    }

    /// The year of the start of a range from `start` to `end` (month, day) so that the
    /// whole range lies on the side of the publication date `dct` the clause's tense
    /// gives: a past range ends by it, a coming one starts after it, and without either
    /// the range nearest it wins (the earlier one on a tie). Returns the year and why.
    fn range_year(
        &self,
        m: &Mention,
        dct: NaiveDate,
        start: (u32, Option<u32>),
        end: (u32, Option<u32>),
    ) -> Option<(i32, String)> {
        let first = |y: i32, (mo, d): (u32, Option<u32>)| ymd(y, mo, d.unwrap_or(1));
        let last = |y: i32, (mo, d): (u32, Option<u32>)| match d {
            Some(d) => ymd(y, mo, d),
            None => last_day_of_month(y, mo),
        };
        let wraps = (end.0, end.1.unwrap_or(31)) < (start.0, start.1.unwrap_or(1));
        let cands: Vec<(i32, NaiveDate, NaiveDate)> = (dct.year() - 2..=dct.year() + 1)
            .filter_map(|y| {
                let e = if wraps { y + 1 } else { y };
                Some((y, first(y, start)?, last(e, end)?))
            })
            .collect();
        let (y, why) = match m.tense {
            Some(Tense::Past) => (
                cands.iter().rev().find(|(_, _, e)| *e <= dct)?.0,
                "that ends by the publication date (past tense)",
            ),
            Some(Tense::Future) => (
                cands.iter().find(|(_, b, _)| *b >= dct)?.0,
                "that starts after the publication date (future)",
            ),
            _ => (
                cands
                    .iter()
                    .min_by_key(|(_, b, e)| {
                        if dct < *b {
                            (*b - dct).num_days()
                        } else if dct > *e {
                            (dct - *e).num_days()
                        } else {
                            0
                        }
                    })?
                    .0,
                "nearest the publication date",
            ),
        };
        Some((y, why.to_string()))
    }

    /// "from Tuesday through Thursday", "hit late Tuesday and lasted until early
    /// Wednesday", "between Monday and Wednesday": when a range word ("to", "through",
    /// "until", "till", a dash, or "and" after "between") stands right before `m` and the
    /// last time in the text is a day named earlier in the same sentence (not a bare clock
    /// time placed on a day from context), that day opens the range `m` closes.
    fn range_start_day(&self, m: &Mention) -> Option<Point> {
        let p = self.prev_day.filter(|d| {
            d.sentence == m.sentence
                && !d.clock_only
                && d.end <= m.span.start
                && self.prev.is_some_and(|q| q.start == d.start)
        })?;
        let before = self.text.get(p.end..m.span.start)?.trim_end();
        if before.ends_with(['-', '\u{2013}', '\u{2014}']) {
            return Some(p);
        }
        let last = reach::before(before, before.len())?
            .rsplit(char::is_whitespace)
            .next()?;
        let range = is_range_word(last)
            || (before.trim().eq_ignore_ascii_case("and") && self.after_between(p.start));
        range.then_some(p)
    }

    /// True when the word before byte `start` is "between" ("between Monday and
    /// Wednesday"): an "and" after what starts there closes a range.
    fn after_between(&self, start: usize) -> bool {
        self.word_before_is(start, "between")
    }

    /// True when the word right before byte `start` is `w` (any case).
    fn word_before_is(&self, start: usize, w: &str) -> bool {
        reach::before(self.text, start)
            .and_then(|b| words(b).next_back())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    /// "from Monday to Friday", "Monday through Thursday", "between Monday and
    /// Wednesday", "Monday-Friday": the weekday named right after `m` as the end of the
    /// range it starts.
    fn range_end_weekday(&self, m: &Mention) -> Option<u32> {
        let rest = reach::after(self.text, m.span.end)?.trim_start();
        let rest = match rest.strip_prefix(['-', '\u{2013}']) {
            Some(r) => r,
            None => {
                let (link, r) = rest.split_once(char::is_whitespace)?;
                let range = is_range_word(link)
                    || (link.eq_ignore_ascii_case("and") && self.after_between(m.span.start));
                if !range {
                    return None;
                }
                r
            }
        };
        let mut after = words(rest);
        let mut w = after.next()?;
        if w.eq_ignore_ascii_case("early") || w.eq_ignore_ascii_case("late") {
            w = after.next()?;
        }
        super::lexicon::lookup(w)?.weekday
    }

    /// True when the clause's future is marked by an auxiliary ("will", "'ll", "going to").
    fn strong_future(&self, m: &Mention) -> bool {
        m.tense == Some(Tense::Future)
            && m.tense_cue
                .and_then(|s| s.slice(self.text))
                .is_some_and(|w| {
                    ["will", "ll", "shall", "going", "won"]
                        .iter()
                        .any(|k| w.eq_ignore_ascii_case(k))
                })
    }

    fn pick(&self, dir: Direction, tense: Option<Tense>) -> Pick {
        match dir {
            Direction::Past | Direction::BeforePrevious => Pick::Before,
            Direction::Future | Direction::AfterPrevious => Pick::After,
            Direction::Same => Pick::Same,
            Direction::AtPrevious => Pick::Nearest,
            Direction::ByTense => match tense {
                Some(Tense::Past) => Pick::PastOrSame,
                Some(Tense::Future) => Pick::FutureOrSame,
                _ => Pick::Nearest,
            },
        }
    }

    /// Says where the chosen value lies relative to the publication date and which cue
    /// decided it, so that the explanation always matches the value.
    fn placed(
        &self,
        what: &str,
        v: &DateValue,
        dct: NaiveDate,
        pick: Pick,
        m: &Mention,
        dir: Direction,
    ) -> String {
        // The day itself decides the side: "Saturday night" runs into Sunday morning.
        let day_only = DateValue { time: None, ..*v };
        let Some((i, d)) = interval_of(&day_only).zip(day_interval(dct)) else {
            return format!("{what}, counted from the publication date {}", iso(dct));
        };
        let side = if i.until() <= d.begin() {
            Some(Tense::Past)
        } else if i.begin() >= d.until() {
            Some(Tense::Future)
        } else {
            None
        };
        let place = match side {
            Some(Tense::Past) => format!("the {what} before the publication date {}", iso(dct)),
            Some(_) => format!("the {what} after the publication date {}", iso(dct)),
            None if i == d => format!("{what}, the publication date {} itself", iso(dct)),
            None => format!("the {what} that includes the publication date {}", iso(dct)),
        };
        let cue = m.tense_cue.and_then(|s| s.slice(self.text)).unwrap_or("");
        let tense_word = |t: Tense| match t {
            Tense::Past => format!("past tense: '{cue}'"),
            Tense::Future => format!("future: '{cue}'"),
            Tense::Present => format!("present tense: '{cue}'"),
        };
        let why = match dir {
            Direction::Past | Direction::BeforePrevious => {
                "the text points to the past".to_string()
            }
            Direction::Future | Direction::AfterPrevious => {
                "the text points to the future".to_string()
            }
            Direction::Same => "the current one".to_string(),
            Direction::AtPrevious => "no earlier time to count from".to_string(),
            Direction::ByTense => match (pick, m.tense.filter(|_| !cue.is_empty())) {
                (Pick::Same, _) => "the one of the publication year".to_string(),
                (_, None) => "the nearest one; no tense cue".to_string(),
                (_, Some(Tense::Present)) => {
                    format!("the nearest one; {}", tense_word(Tense::Present))
                }
                (_, Some(t)) if side == Some(t) || side.is_none() => tense_word(t),
                (_, Some(t)) => {
                    format!("the nearest one; the {} does not decide it", tense_word(t))
                }
            },
        };
        format!("{place} ({why})")
    }

    /// For a day name used as a possessive ("Wednesday's ruling", "Friday night's game"):
    /// `Some(true)` when the event lies ahead ("ahead of Sunday's vote"), `Some(false)`
    /// otherwise; `None` when it is not a possessive.
    fn possessive_event(&self, m: &Mention) -> Option<bool> {
        let rest = self.text.get(m.span.end..)?;
        let poss = ["'s", "’s"].iter().any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        });
        if !poss {
            return None;
        }
        let before = reach::before(self.text, m.span.start)?;
        let mut back = words(before).rev();
        let ahead = match (back.next(), back.next()) {
            (Some(w), _) if w.eq_ignore_ascii_case("upcoming") => true,
            (Some(of), Some(a)) => of.eq_ignore_ascii_case("of") && a.eq_ignore_ascii_case("ahead"),
            _ => false,
        };
        Some(ahead)
    }

    /// The month named right after `at` in "ended Sept. 30" / "ending in June", when it
    /// closes a calendar quarter (March, June, September, December).
    fn month_ending_after(&self, at: usize) -> Option<u32> {
        let mut after = words(reach::after(self.text, at)?);
        let mut w = after.next()?;
        if w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("which") {
            w = after.next()?;
        }
        if !["ended", "ending", "ends", "through"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        {
            return None;
        }
        let mut w = after.next()?;
        if w.eq_ignore_ascii_case("in") {
            w = after.next()?;
        }
        super::lexicon::lookup(w)?.month
    }

    /// "This December was the best" in January, "this fall will be hard" in December: a
    /// month or season named with "this" is the one of the publication year, unless the
    /// clause's tense points the other way and that one lies on the wrong side of the
    /// publication date; then it is the one a year earlier (past) or later (future). Returns
    /// that year and the reason.
    fn this_one_by_tense(
        &self,
        m: &Mention,
        dir: Direction,
        v: &DateValue,
        dct: NaiveDate,
    ) -> Option<(i32, String)> {
        if dir != Direction::Same {
            return None;
        }
        let YearValue::Year(y) = v.year else {
            return None;
        };
        let i = interval_of(v)?;
        let day = day_interval(dct)?;
        let cue = m.tense_cue.and_then(|s| s.slice(self.text)).unwrap_or("");
        match m.tense {
            Some(Tense::Past) if i.begin() >= day.until() => Some((
                y - 1,
                format!(
                    "'this' with the past tense '{cue}': the latest one before the publication date {}, the one of its year not begun yet",
                    iso(dct)
                ),
            )),
            Some(Tense::Future) if self.strong_future(m) && i.until() <= day.begin() => Some((
                y + 1,
                format!(
                    "'this' with the future '{cue}': the next one after the publication date {}, the one of its year being over",
                    iso(dct)
                ),
            )),
            _ => None,
        }
    }

    /// Chooses among the candidates `make(offset)` for offsets -1..=1 around the reference.
    fn choose<F>(&self, dct: NaiveDate, pick: Pick, make: F) -> Option<DateValue>
    where
        F: Fn(i32) -> Option<DateValue>,
    {
        let dct_i = day_interval(dct)?;
        let cands: Vec<(DateValue, Interval)> = (-2..=2)
            .filter_map(&make)
            .filter_map(|v| interval_of(&v).map(|i| (v, i)))
            .collect();
        let r = dct_i.begin();
        let pick_one = match pick {
            Pick::Before => cands.iter().rev().find(|(_, i)| i.until() <= r),
            Pick::PastOrSame => cands.iter().rev().find(|(_, i)| i.begin() <= r),
            Pick::After => cands.iter().find(|(_, i)| i.begin() >= dct_i.until()),
            Pick::FutureOrSame => cands.iter().find(|(_, i)| i.until() > r),
            Pick::Same => return make(0),
            Pick::Nearest => cands.iter().min_by_key(|(_, i)| distance(i, r)),
            Pick::NearPast | Pick::NearFuture => {
                // The nearest one, unless the tense's side has one nearly as near.
                let best = cands.iter().map(|(_, i)| distance(i, r)).min()?;
                let window = Duration::days(150).num_seconds();
                let side = |i: &Interval| {
                    if pick == Pick::NearPast {
                        i.begin() <= r
                    } else {
                        i.until() > r
                    }
                };
                cands
                    .iter()
                    .filter(|(_, i)| side(i) && distance(i, r) <= best + window)
                    .min_by_key(|(_, i)| distance(i, r))
                    .or_else(|| cands.iter().min_by_key(|(_, i)| distance(i, r)))
            }
        };
        pick_one.map(|(v, _)| *v)
    }

    /// "earlier this month", "later this year": the part of the period `i` before or after
    /// the publication date, when `i` contains it, and which side that is. (A third of the
    /// period, as for "early" and "late", could lie on the wrong side of the day.)
    fn before_or_after_publication(
        &self,
        m: &Mention,
        i: Interval,
        modifier: Option<Modifier>,
    ) -> Option<(Interval, &'static str)> {
        let day = day_interval(self.dct?)?;
        if day.begin() < i.begin() || i.until() < day.until() {
            return None;
        }
        let first = m.span.slice(self.text)?.split_whitespace().next()?;
        match modifier {
            Some(Modifier::Start) if first.eq_ignore_ascii_case("earlier") => Some((
                Interval::new(i.begin(), day.begin(), i.granularity())?,
                "before",
            )),
            Some(Modifier::End) if first.eq_ignore_ascii_case("later") => Some((
                Interval::new(day.until(), i.until(), i.granularity())?,
                "after",
            )),
            _ => None,
        }
    }

    /// "that summer", "the following spring", "that October", "the previous March": a
    /// season or month (`part`, called `name`) placed against the previous time in the
    /// text (a year or finer), not the publication date. "that winter" after January 2019
    /// is the winter under way then (2018-WI); after "2019" it is the winter of 2019.
    /// `None` when there is no such time.
    fn part_from_previous(&self, part: DatePart, name: &str, dir: Direction) -> Option<Out> {
        if !matches!(
            dir,
            Direction::AtPrevious | Direction::BeforePrevious | Direction::AfterPrevious
        ) {
            return None;
        }
        let p = self.prev?;
        // After "in the 1990s": some summer of the decade, its year unknown.
        let YearValue::Year(y) = p.value.year else {
            let v = DateValue {
                year: YearValue::Unknown,
                part,
                time: None,
            };
            return Some(self.dated(
                v,
                format!(
                    "a {name} of the previous time in the text, {}, which names no year",
                    p.value
                ),
                Anchor::Previous,
            ));
        };
        let of = |y: i32| DateValue {
            year: YearValue::Year(y),
            part,
            time: None,
        };
        let (b, u) = (p.interval.begin(), p.interval.until());
        let cands: Vec<(DateValue, Interval)> = (y - 2..=y + 2)
            .filter_map(|y| interval_of(&of(y)).map(|i| (of(y), i)))
            .collect();
        // The calendar year most of the previous time lies in ("2018-WI": 2019).
        let mid = b + (u - b) / 2;
        let (v, rel) = match dir {
            Direction::BeforePrevious => (
                cands.iter().rev().find(|(_, i)| i.begin() < b)?.0,
                "the last one before",
            ),
            Direction::AfterPrevious => (
                cands.iter().find(|(_, i)| i.begin() >= u)?.0,
                "the first one after",
            ),
            _ if p.interval.granularity() == Granularity::Year => (of(y), "the one of"),
            _ => (
                cands
                    .iter()
                    .find(|(_, i)| i.begin() <= b && b < i.until())
                    .map_or(of(mid.year()), |c| c.0),
                "the one of",
            ),
        };
        Some(self.dated(
            v,
            format!("{name}: {rel} the previous time in the text, {}", p.value),
            Anchor::Previous,
        ))
    }

    /// "In December 1941 … In January, …": a month (`what`, made by `make` for a year)
    /// placed in the story's year, with roll-over, when story time frames the mention and
    /// its clause does not point to the future. `None` otherwise.
    fn month_in_story<F>(
        &self,
        m: &Mention,
        dir: Direction,
        what: &str,
        month: u32,
        make: F,
    ) -> Option<Out>
    where
        F: Fn(i32) -> Option<DateValue>,
    {
        let story = self.story.filter(|s| {
            dir == Direction::ByTense
                && m.tense != Some(Tense::Future)
                && self
                    .dct
                    .is_some_and(|d| s.frames(d, m.sentence, self.narrative))
        })?;
        let at = story.year_of_month(month);
        let v = make(at.year)?;
        let detail = if at.rolled_over {
            format!(
                "{what} of {}: the story, told in order, has moved on from {} into the next year",
                at.year,
                story.year()
            )
        } else {
            format!("{what} of {}, the year the story is told in", at.year)
        };
        Some(self.dated(v, detail, Anchor::Previous))
    }

    /// "By the end of the year", "later in the month" in a text that tells a story: the
    /// story's year or month, not the publication date's. ("This year", "the current
    /// month" still speak from the publication date.)
    fn unit_in_story(&self, m: &Mention, unit: Unit) -> Option<Out> {
        let story = self.story.filter(|s| {
            self.narrative
                && m.tense != Some(Tense::Future)
                && self.dct.is_some_and(|d| s.frames(d, m.sentence, true))
        })?;
        let deictic = words(m.span.slice(self.text)?).any(|w| {
            ["this", "current", "today", "now"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        });
        if deictic {
            return None;
        }
        let v = story.unit_value(unit)?;
        let detail = format!("the {} the story is told in, {v}", unit.name());
        Some(self.dated(v, detail, Anchor::Previous))
    }

    /// Resolves one mention.
    pub fn resolve(&mut self, m: &Mention) -> Timex {
        let sem = m.value.sem;
        let modifier = m.value.modifier;
        let mut out = self.resolve_sem(m, sem).unwrap_or_else(|| {
            Out::new(
                TimexType::Date,
                TimexValue::Date(DateValue {
                    year: YearValue::Unknown,
                    part: DatePart::None,
                    time: None,
                }),
                "could not be placed on the calendar".to_string(),
            )
        });
        // "the day before yesterday": one day from the day named.
        if m.value.day_shift != 0
            && let TimexValue::Date(v) = &mut out.value
            && let (YearValue::Year(y), DatePart::Day(mo, d)) = (v.year, v.part)
            && let Some(named) = ymd(y, mo, d)
            && let Some(day) = Duration::try_days(i64::from(m.value.day_shift))
                .and_then(|n| named.checked_add_signed(n))
        {
            v.year = YearValue::Year(day.year());
            v.part = DatePart::Day(day.month(), day.day());
            out.interval = interval_of(v);
            let rel = if m.value.day_shift < 0 {
                "before"
            } else {
                "after"
            };
            let days = match m.value.day_shift.unsigned_abs() {
                1 => "the day".to_string(),
                n => format!("{n} days"),
            };
            out.detail = format!("{days} {rel} {} ({})", iso(named), out.detail);
        }
        // "a year ago Tuesday", "50 years ago this week": the day or week so many years
        // back.
        if m.value.year_shift != 0
            && let TimexValue::Date(v) = &mut out.value
            && let YearValue::Year(y) = v.year
        {
            let n = m.value.year_shift;
            if let Some((year, part)) = years_on(y, v.part, n) {
                let named = *v;
                v.year = YearValue::Year(year);
                v.part = part;
                out.interval = interval_of(v);
                out.detail = format!(
                    "{} year(s) before {named} ({})",
                    n.unsigned_abs(),
                    out.detail
                );
            }
        }
        if let Some(i) = out.interval {
            out.interval = Some(narrow(i, modifier));
            if let Some((part, side)) = self.before_or_after_publication(m, i, modifier) {
                out.interval = Some(part);
                out.detail = format!("{}; the part {side} the publication date", out.detail);
            }
        }
        let point = match (&out.value, out.timex_type) {
            (_, TimexType::Set) => None,
            (TimexValue::Date(v), ty) if ty != TimexType::Duration => Some(v),
            _ => out.point.as_ref(),
        };
        if let (Some(v), Some(interval)) = (point, out.interval) {
            let p = Point {
                value: *v,
                interval,
                sentence: m.sentence,
                start: m.span.start,
                end: m.span.end,
                clock_only: matches!(sem, Sem::Clock(_)),
                weekday: matches!(sem, Sem::Weekday { .. }),
            };
            // "the highest since 1997", "the first since 2016": a baseline for a record,
            // not the time the story moves to.
            let since_year = matches!(
                interval.granularity(),
                Granularity::Year | Granularity::Decade | Granularity::Century
            ) && self.word_before_is(m.span.start, "since");
            // "a year earlier" compares; "two years later" moves the story on.
            let comparison = since_year
                || matches!(
                    sem,
                    Sem::Shift {
                        unit: Unit::Year | Unit::Decade | Unit::Century,
                        sign: ..=0,
                        ..
                    } | Sem::QuarterOfYear { .. }
                );
            if !comparison {
                // A quarter not begun at the publication date is a forecast ("the third
                // quarter of 1990"), not the period the report is about.
                let forecast = self.dct.is_some_and(|d| interval.begin().date() > d);
                if matches!(v.part, DatePart::Quarter(Some(_))) && !forecast {
                    self.prev_quarter = Some(p);
                }
                if matches!(v.part, DatePart::Day(..) | DatePart::WeekDay(Some(_), _))
                    && !self.background(m)
                {
                    self.prev_day = Some(p);
                }
                if self.dct.is_none_or(|d| interval.begin().date() <= d) {
                    self.prev_past = Some(p);
                }
                if out.anchor != Anchor::Publication
                    && let Some(next) =
                        StoryTime::from_value(v, m.sentence, self.fronted(m.span.start))
                {
                    let ahead = m.tense == Some(Tense::Future);
                    self.story = Some(self.story.map_or(next, |s| s.moved_to(next, ahead)));
                }
                self.prev = Some(p);
            }
        }
        Timex {
            span: m.span,
            timex_type: out.timex_type,
            value: out.value,
            modifier,
            interval: out.interval,
            anchor: out.anchor,
            awaits_publication_date: out.awaits,
            why: Why {
                rule: self.strings.intern_str(m.rule),
                detail: self.strings.intern(out.detail),
                tense: if out.tense_used { m.tense } else { None },
            },
            freq: out.freq,
        }
    }

    fn dated(&self, v: DateValue, detail: String, anchor: Anchor) -> Out {
        let ty = if v.time.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        };
        let mut o = Out::new(ty, TimexValue::Date(v), detail);
        o.interval = interval_of(&v);
        o.anchor = anchor;
        o
    }

    /// A weekday placed on day `d`, with its part of day or clock time. "Thursday night"
    /// names a day: its type stays DATE.
    fn weekday_on(
        &self,
        d: NaiveDate,
        time: Option<TimeOfDay>,
        detail: String,
        anchor: Anchor,
    ) -> Out {
        let v = DateValue {
            year: YearValue::Year(d.year()),
            part: DatePart::Day(d.month(), d.day()),
            time: time_part(time),
        };
        let mut o = self.dated(v, detail, anchor);
        if matches!(time, Some(TimeOfDay::Part(_))) {
            o.timex_type = TimexType::Date;
        }
        o
    }

    fn waiting(&self, v: DateValue, what: &str) -> Out {
        let mut o = self.dated(
            v,
            format!("{what} — waits for a publication date"),
            Anchor::Publication,
        );
        o.interval = None;
        o.awaits = true;
        o
    }

    /// A distance before or after an anchor ("two weeks ago", "a year earlier") placed on the
    /// calendar.
    fn resolve_shift(
        &self,
        m: &Mention,
        amount: Amount,
        unit: Unit,
        sign: i32,
        anchor: AnchorKind,
    ) -> Option<Out> {
        let Some(n) = amount.whole() else {
            let kind = if sign < 0 {
                RefKind::Past
            } else {
                RefKind::Future
            };
            let mut o = Out::new(
                TimexType::Date,
                TimexValue::Ref(kind),
                "an unspecified distance from now".to_string(),
            );
            o.anchor = Anchor::Publication;
            return Some(o);
        };
        // "a year earlier/ago" in a report about a quarter: the same quarter a year
        // before.
        // But "sales fell in July from a year ago": a month or day named since, in the
        // same sentence, is what the comparison is about, not the quarter before it.
        let finer_since = self.prev.is_some_and(|p| {
            p.sentence == m.sentence
                && matches!(
                    p.interval.granularity(),
                    Granularity::Day | Granularity::Month
                )
        });
        if unit == Unit::Year
            && !finer_since
            && let Some(p) = self.prev_quarter.filter(|p| m.sentence <= p.sentence + 3)
        {
            let d = shift(p.interval.begin().date(), Unit::Year, sign * n)?;
            let g = if p.interval.granularity() == Granularity::Quarter {
                Unit::Quarter
            } else {
                Unit::Half
            };
            return Some(self.dated(
                unit_value(d, g),
                format!(
                    "{n} year(s) {} the period named before, {}",
                    if sign < 0 { "before" } else { "after" },
                    p.value
                ),
                Anchor::Previous,
            ));
        }
        // Year-scale comparisons ("a year earlier") count from the publication date
        // unless a quarter is under discussion; finer shifts follow the narrative.
        // But "Black Friday, on Nov. 28, drew fewer shoppers than a year earlier": a day
        // named in the same sentence is what "earlier" counts from.
        // "Founded in 2010. A year later it went public": "later" follows the narrative.
        let narrative_year = |p: &Point| {
            anchor == AnchorKind::Previous
                && matches!(unit, Unit::Year | Unit::Decade | Unit::Century)
                && ((p.sentence == m.sentence
                    && matches!(
                        p.interval.granularity(),
                        Granularity::Day | Granularity::Month | Granularity::Year
                    ))
                    || (sign > 0 && m.sentence <= p.sentence + 2)
                    // "The firm collapsed in March 2019. Two years earlier it had
                    // expanded": a story told in a far year counts back from it too.
                    || (m.sentence <= p.sentence + 2
                        && self
                            .dct
                            .is_some_and(|d| p.interval.until().date() + Duration::days(366) < d)))
        };
        let prev = self.prev.filter(|p| {
            !matches!(unit, Unit::Year | Unit::Decade | Unit::Century | Unit::Half)
                || narrative_year(p)
        });
        let unit = match unit {
            Unit::Decade | Unit::Century => {
                let years = if unit == Unit::Decade { 10 } else { 100 };
                // "signed in 1994 and expired a decade later": from the year told.
                let (d, anc, what) = match (anchor, prev, self.dct) {
                    (AnchorKind::Previous, Some(p), _) => (
                        p.interval.begin().date(),
                        Anchor::Previous,
                        format!("the previous time in the text, {}", p.value),
                    ),
                    (_, _, Some(d)) => (d, Anchor::Publication, "the publication date".to_string()),
                    _ => return None,
                };
                let d = shift(d, Unit::Year, sign * n * years)?;
                return Some(self.dated(
                    unit_value(d, Unit::Year),
                    format!(
                        "{n} {}(s) {} {what}",
                        unit.name(),
                        if sign < 0 { "before" } else { "after" }
                    ),
                    anc,
                ));
            }
            u => u,
        };
        let (base, anc, what) = match (anchor, prev, self.dct) {
            (AnchorKind::Previous, Some(p), _) => (
                p.interval.begin().date(),
                Anchor::Previous,
                format!("the previous time in the text, {}", p.value),
            ),
            (_, _, Some(d)) => (
                d,
                Anchor::Publication,
                format!("the publication date {}", iso(d)),
            ),
            _ => {
                let part = match unit {
                    Unit::Day => DatePart::UnknownDay,
                    Unit::Month => DatePart::UnknownMonth,
                    Unit::Week => DatePart::Week(None),
                    _ => DatePart::None,
                };
                return Some(self.waiting(
                    DateValue {
                        year: YearValue::Unknown,
                        part,
                        time: None,
                    },
                    "a distance from the publication date",
                ));
            }
        };
        let d = shift(base, unit, sign * n)?;
        let mut v = unit_value(d, unit);
        // "for the six months ended Aug. 12 ... compared with C$18 million a year earlier":
        // the same day (or month) a year before the one just named in the sentence.
        // (A day named by its weekday, "said Friday", dates the report, not the figures.)
        let same_sentence_finer = prev.filter(|p| {
            p.sentence == m.sentence
                && unit == Unit::Year
                && match p.interval.granularity() {
                    Granularity::Month => true,
                    Granularity::Day => self
                        .text
                        .get(p.start..p.end)
                        .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit())),
                    _ => false,
                }
        });
        if anc == Anchor::Previous
            && let Some(p) = same_sentence_finer
        {
            v = DateValue {
                year: YearValue::Year(d.year()),
                part: p.value.part,
                time: None,
            };
        } else if anc == Anchor::Previous
            && let Some(p) = prev
        {
            v = without_invented_precision(v, unit, d, &p.interval);
        }
        let detail = format!(
            "{n} {}(s) {} {what}",
            unit.name(),
            if sign < 0 { "before" } else { "after" }
        );
        Some(self.dated(v, detail, anc))
    }

    /// "three days later": a length of time ([`Sem::Shift`] from the previous time), whose
    /// interval is the day it reaches (`placed`, when that could be placed).
    fn anchored_length(&self, amount: Amount, unit: Unit, sign: i32, placed: Option<Out>) -> Out {
        let tenths = match amount {
            Amount::Tenths(t) => Some(t),
            Amount::Some => None,
        };
        let side = if sign < 0 { "before" } else { "after" };
        // In a story, "eight days later" is the day it reaches, on the story's timeline.
        let placed = match placed {
            Some(mut p)
                if self.narrative
                    && tenths.is_some()
                    && !p.awaits
                    && p.interval.is_some()
                    && matches!(p.value, TimexValue::Date(_)) =>
            {
                p.detail = format!(
                    "{} {side} the previous time, in a story: {}",
                    amount_phrase(amount, unit),
                    p.detail
                );
                return p;
            }
            other => other,
        };
        let mut o = Out::new(
            TimexType::Duration,
            TimexValue::Duration(DurationValue {
                tenths,
                unit,
                and: None,
            }),
            format!(
                "a length of time ({}) {side} the previous time; not placed on the timeline",
                amount_phrase(amount, unit)
            ),
        );
        if let Some(p) = placed.filter(|p| !p.awaits && p.interval.is_some())
            && let TimexValue::Date(v) = p.value
        {
            o.interval = p.interval;
            o.anchor = p.anchor;
            o.point = Some(v);
            o.detail = format!(
                "a length of time ({}) that reaches {v}: {}",
                amount_phrase(amount, unit),
                p.detail
            );
        }
        o
    }

    /// "was paid on the 15th", "is due on the 1st": a day whose month goes unnamed. After a
    /// date earlier in the sentence ("opened on March 3 and closed on the 15th") it is in
    /// that month (the next one when the day comes earlier); otherwise the tense picks the
    /// month around the publication date.
    fn day_of_unnamed_month(
        &self,
        m: &Mention,
        d: u32,
        time: Option<TimeOfDay>,
        dir: Direction,
    ) -> Option<Out> {
        let what = format!("{} of the month", crate::text::ordinal(i64::from(d)));
        let at = |y: i32, mo: u32| {
            ymd(y, mo, d).map(|_| DateValue {
                year: YearValue::Year(y),
                part: DatePart::Day(mo, d),
                time: time_part(time),
            })
        };
        if let Some(p) = self
            .prev
            .filter(|p| p.sentence == m.sentence && p.end <= m.span.start)
            && let YearValue::Year(y) = p.value.year
            && let Some((pm, from)) = match p.value.part {
                DatePart::Day(pm, pd) => Some((pm, pd)),
                DatePart::Month(pm) => Some((pm, 1)),
                _ => None,
            }
        {
            // The month of the previous time, or the next one when the day comes earlier;
            // then the first month from there that has the day ("April 3 ... the 31st":
            // May 31).
            let first = ymd(y, pm, 1)?;
            let v = (i32::from(d < from)..3)
                .filter_map(|o| shift(first, Unit::Month, o))
                .find_map(|s| at(s.year(), s.month()))?;
            let detail = format!(
                "the {what}: the first one on or after the previous time in the text, {}",
                p.value
            );
            return Some(self.dated(v, detail, Anchor::Previous));
        }
        let Some(dct) = self.dct else {
            let v = DateValue {
                year: YearValue::Unknown,
                part: DatePart::UnknownDay,
                time: time_part(time),
            };
            return Some(self.waiting(v, &what));
        };
        let pick = self.pick(dir, m.tense);
        let v = self.choose(dct, pick, |o| {
            let first = ymd(dct.year(), dct.month(), 1)?;
            let s = shift(first, Unit::Month, o)?;
            at(s.year(), s.month())
        })?;
        let detail = self.placed(&what, &v, dct, pick, m, dir);
        let mut o = self.dated(v, detail, Anchor::Publication);
        o.tense_used = dir == Direction::ByTense;
        Some(o)
    }

    fn resolve_sem(&self, m: &Mention, sem: Sem) -> Option<Out> {
        match sem {
            Sem::Calendar {
                year: Some(y),
                month,
                day,
                time,
                ..
            } => {
                let part = match (month, day) {
                    (Some(mo), Some(d)) => DatePart::Day(mo, d),
                    (Some(mo), None) => DatePart::Month(mo),
                    _ => DatePart::None,
                };
                let v = DateValue {
                    year: YearValue::Year(y),
                    part,
                    time: time_part(time),
                };
                // "Feb. 29, 2023": written, but no such day.
                if let (Some(mo), Some(d)) = (month, day)
                    && ymd(y, mo, d).is_none()
                {
                    return Some(self.dated(
                        v,
                        format!(
                            "as written, but {v} is no day of the calendar; left off the timeline"
                        ),
                        Anchor::None,
                    ));
                }
                Some(self.dated(v, "an absolute date, as written".to_string(), Anchor::None))
            }
            Sem::Calendar {
                year: None,
                month,
                day,
                time,
                dir,
            } => {
                let Some(mo) = month else {
                    return self.day_of_unnamed_month(m, day?, time, dir);
                };
                // "will release October's jobs report", "the October inflation data":
                // figures for a month come out after it, so the month is the latest one.
                if day.is_none()
                    && time.is_none()
                    && dir == Direction::ByTense
                    && m.tense == Some(Tense::Future)
                    && self.names_monthly_figures(m)
                    && let Some(dct) = self.dct
                {
                    let y = if mo <= dct.month() {
                        dct.year()
                    } else {
                        dct.year() - 1
                    };
                    let v = DateValue {
                        year: YearValue::Year(y),
                        part: DatePart::Month(mo),
                        time: None,
                    };
                    return Some(self.dated(
                        v,
                        format!(
                            "{} {y}: figures for a month come out after it, the latest one by the publication date {}",
                            month_name(mo),
                            iso(dct)
                        ),
                        Anchor::Publication,
                    ));
                }
                // "That October", "the following June": from the previous time.
                if day.is_none()
                    && time.is_none()
                    && let Some(o) =
                        self.part_from_previous(DatePart::Month(mo), month_name(mo), dir)
                {
                    return Some(o);
                }
                // "Flu season typically peaks in February": a month of any year.
                if day.is_none()
                    && time.is_none()
                    && let Some(cue) = m.habitual
                {
                    let v = DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::Month(mo),
                        time: None,
                    };
                    let cue = cue.slice(self.text).unwrap_or("");
                    return Some(Out::new(
                        TimexType::Date,
                        TimexValue::Date(v),
                        format!("a month in a generic clause ('{cue}'); no particular year"),
                    ));
                }
                let make = |y: i32| DateValue {
                    year: YearValue::Year(y),
                    part: match day {
                        Some(d) => DatePart::Day(mo, d),
                        None => DatePart::Month(mo),
                    },
                    time: time_part(time),
                };
                let what = match day {
                    Some(d) => format!("{} {d}", month_name(mo)),
                    None => month_name(mo).to_string(),
                };
                let Some(dct) = self.dct else {
                    let mut v = make(0);
                    v.year = YearValue::Unknown;
                    return Some(self.waiting(v, &format!("{what} without a year")));
                };
                // "In 2019, the talks collapsed in February", "Last year the drills ran in
                // March": the year named earlier in the sentence frames the month.
                if dir == Direction::ByTense
                    && let Some(p) = self.prev.filter(|p| {
                        p.sentence == m.sentence
                            && p.end <= m.span.start
                            && p.value.part == DatePart::None
                            && p.value.time.is_none()
                            && self.fronted(p.start)
                            // "The 2025-26 season began Oct. 21": a span of years frames
                            // no one year; the tense places the month.
                            && !self.text.get(..p.start).is_some_and(|b| b.ends_with(['-', '–']))
                            && !self.text.get(p.end..).is_some_and(|a| a.starts_with(['-', '–']))
                    })
                    && let YearValue::Year(y) = p.value.year
                {
                    let v = make(y);
                    let detail = format!("{what} of {y}, the year named earlier in the sentence");
                    return Some(self.dated(v, detail, Anchor::Previous));
                }
                if let Some(o) = self.month_in_story(m, dir, &what, mo, |y| Some(make(y))) {
                    return Some(o);
                }
                // "from January through September", "ran from Sept. 12 through Jan. 4": a
                // range's start is placed with its end, so that the whole range sits on
                // the tense's side of the publication date.
                if dir == Direction::ByTense
                    && let Some((emo, eday)) = self.range_end_after(m)
                    && let Some((y, why)) = self.range_year(m, dct, (mo, day), (emo, eday))
                {
                    let detail = format!("{what}, the start of a range {why}");
                    return Some(self.dated(make(y), detail, Anchor::Publication));
                }
                if let Some((y, from)) = self.range_start_year(m, mo, day, dir) {
                    let v = make(y);
                    let detail = format!(
                        "{what}, the end of the range that starts on {from}: the first one on or after it"
                    );
                    return Some(self.dated(v, detail, Anchor::Previous));
                }
                // "The ship left on April 10, 1912. Four days later, on April 14, it
                // struck": a story told day by day in a far year goes on in that year.
                if dir == Direction::ByTense
                    && day.is_some()
                    && m.tense != Some(Tense::Future)
                    && let Some(p) = self.prev_day.filter(|p| {
                        m.sentence <= p.sentence + 2
                            && p.interval.until().date() + Duration::days(366) < dct
                    })
                    && let Some(v) = (-1..=1)
                        .filter_map(|o| {
                            let v = make(p.interval.begin().year() + o);
                            interval_of(&v).map(|i| (v, distance(&i, p.interval.begin())))
                        })
                        .min_by_key(|(_, d)| *d)
                        .map(|(v, _)| v)
                {
                    let detail = format!(
                        "{what}, the one nearest the previous day in the text, {}: the story is told in that year",
                        p.value
                    );
                    return Some(self.dated(v, detail, Anchor::Previous));
                }
                let pick = match (self.pick(dir, m.tense), day) {
                    // News names the year of far dates: the nearest one, the tense deciding
                    // between two nearly as near.
                    (Pick::PastOrSame, _) if !self.past_verb_governs(m) => Pick::NearPast,
                    (Pick::FutureOrSame, _) if !self.strong_future(m) => Pick::NearFuture,
                    (p, _) => p,
                };
                let mut v = self.choose(dct, pick, |o| Some(make(dct.year() + o)))?;
                let mut detail = self.placed(&what, &v, dct, pick, m, dir);
                if let Some((y, why)) = self.this_one_by_tense(m, dir, &v, dct) {
                    v = make(y);
                    detail = format!("{what} of {y}: {why}");
                }
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense;
                Some(o)
            }
            Sem::NthOfMonth {
                year,
                month,
                n,
                of,
                dir,
            } => {
                let month_sem = Sem::Calendar {
                    year,
                    month: Some(month),
                    day: None,
                    time: None,
                    dir,
                };
                let mut o = self.resolve_sem(m, month_sem)?;
                let TimexValue::Date(v) = o.value else {
                    return Some(o);
                };
                let YearValue::Year(y) = v.year else {
                    // No year to count in: some week or day of that month.
                    let part = match of {
                        NthOf::Week => DatePart::Week(None),
                        NthOf::Weekend => DatePart::Weekend(None),
                        NthOf::Weekday(_) | NthOf::Day => DatePart::UnknownDayIn(month),
                    };
                    o.value = TimexValue::Date(DateValue { part, ..v });
                    return Some(o);
                };
                let (value, what) = nth_of_month(y, month, n, of)?;
                o.value = TimexValue::Date(value);
                if !o.awaits {
                    o.interval = interval_of(&value);
                }
                o.detail = format!("{what} of {v}: {}", o.detail);
                Some(o)
            }
            Sem::WeekOf {
                year,
                month,
                day,
                dir,
                weekend,
            } => {
                let date = Sem::Calendar {
                    year,
                    month: Some(month),
                    day: Some(day),
                    time: None,
                    dir,
                };
                let mut o = self.resolve_sem(m, date)?;
                let TimexValue::Date(v) = o.value else {
                    return Some(o);
                };
                let part = |w: Option<u32>| {
                    if weekend {
                        DatePart::Weekend(w)
                    } else {
                        DatePart::Week(w)
                    }
                };
                let week = match (v.year, v.part) {
                    (YearValue::Year(y), DatePart::Day(mo, d)) => {
                        let w = NaiveDate::from_ymd_opt(y, mo, d)?.iso_week();
                        DateValue {
                            year: YearValue::Year(w.year()),
                            part: part(Some(w.week())),
                            time: None,
                        }
                    }
                    _ => DateValue {
                        year: v.year,
                        part: part(None),
                        time: None,
                    },
                };
                o.value = TimexValue::Date(week);
                if !o.awaits {
                    o.interval = interval_of(&week);
                }
                let what = if weekend {
                    "the weekend of the week"
                } else {
                    "the week"
                };
                o.detail = format!("{what} containing {v}: {}", o.detail);
                Some(o)
            }
            Sem::Period { year, part, dir } => {
                let p = |y: i32| DateValue {
                    year: YearValue::Year(y),
                    part: match part {
                        YearPart::Season(s) => DatePart::Season(s),
                        YearPart::Quarter(q) => DatePart::Quarter(Some(q)),
                        YearPart::Half(h) => DatePart::Half(h),
                    },
                    time: None,
                };
                if let Some(y) = year {
                    return Some(self.dated(
                        p(y),
                        "an absolute period, as written".to_string(),
                        Anchor::None,
                    ));
                }
                if let YearPart::Season(season) = part
                    && let Some(o) =
                        self.part_from_previous(DatePart::Season(season), season_name(season), dir)
                {
                    return Some(o);
                }
                let Some(dct) = self.dct else {
                    let mut v = p(0);
                    v.year = YearValue::Unknown;
                    return Some(self.waiting(v, "a period without a year"));
                };
                if let YearPart::Season(season) = part
                    && let Some(o) = self.month_in_story(
                        m,
                        dir,
                        season_name(season),
                        season_month(season),
                        |y| Some(p(y)),
                    )
                {
                    return Some(o);
                }
                // Quarters and halves in business news: the year of the report.
                let pick = match (self.pick(dir, m.tense), part) {
                    (Pick::Nearest, _) => Pick::Same,
                    (
                        Pick::PastOrSame | Pick::FutureOrSame,
                        YearPart::Quarter(_) | YearPart::Half(_),
                    ) => Pick::Same,
                    (x, _) => x,
                };
                let mut v = self.choose(dct, pick, |o| Some(p(dct.year() + o)))?;
                // "this winter" in January: the winter under way, which began the December
                // before.
                if pick == Pick::Same
                    && matches!(part, YearPart::Season(_))
                    && let Some(day) = day_interval(dct)
                    && interval_of(&p(dct.year() - 1))
                        .is_some_and(|i| i.begin() <= day.begin() && day.until() <= i.until())
                {
                    v = p(dct.year() - 1);
                }
                let this_by_tense = matches!(part, YearPart::Season(_))
                    .then(|| self.this_one_by_tense(m, dir, &v, dct))
                    .flatten();
                if let Some((y, _)) = this_by_tense {
                    v = p(y);
                }
                // A quarter or half told in the past tense that has not begun yet in the
                // report's year is last year's: "profits for the fourth quarter" in January.
                if pick == Pick::Same
                    && m.tense == Some(Tense::Past)
                    && matches!(part, YearPart::Quarter(_) | YearPart::Half(_))
                    && interval_of(&v).is_some_and(|i| i.begin().date() > dct)
                {
                    v = p(dct.year() - 1);
                }
                // And one told in the future tense that has been over for months is next
                // year's: "the deal will close in the first quarter" in December. (One
                // just ended is still reported on: "will report third-quarter results".)
                let next_year = pick == Pick::Same
                    && m.tense == Some(Tense::Future)
                    && matches!(part, YearPart::Quarter(_) | YearPart::Half(_))
                    && interval_of(&v)
                        .is_some_and(|i| i.until().date() + Duration::days(120) <= dct);
                if next_year {
                    v = p(dct.year() + 1);
                }
                let what = match part {
                    YearPart::Season(_) => "season",
                    YearPart::Quarter(_) => "quarter",
                    YearPart::Half(_) => "half year",
                };
                let mut detail = self.placed(what, &v, dct, pick, m, dir);
                if pick == Pick::Same && matches!(part, YearPart::Season(_)) {
                    if v.year != YearValue::Year(dct.year()) {
                        detail = format!(
                            "the season under way on the publication date {} (the current one)",
                            iso(dct)
                        );
                    }
                } else if next_year {
                    let cue = m.tense_cue.and_then(|s| s.slice(self.text)).unwrap_or("");
                    detail = format!(
                        "the {what} of the year after the publication date {} (over already in that year; future: '{cue}')",
                        iso(dct)
                    );
                } else if pick == Pick::Same && v.year != YearValue::Year(dct.year()) {
                    let cue = m.tense_cue.and_then(|s| s.slice(self.text)).unwrap_or("");
                    detail = format!(
                        "the {what} of the year before the publication date {} (not begun yet in that year; past tense: '{cue}')",
                        iso(dct)
                    );
                }
                if let Some((y, why)) = this_by_tense {
                    detail = format!("the season of {y}: {why}");
                }
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense;
                Some(o)
            }
            Sem::InDeicticYear { offset, part } => {
                let Some(dct) = self.dct else {
                    return Some(self.waiting(
                        DateValue {
                            year: YearValue::Unknown,
                            part: year_sub_part(part, None),
                            time: None,
                        },
                        "a part of a year relative to the publication year",
                    ));
                };
                let year = dct.year().checked_add(offset)?;
                // "the current quarter": the one last named, else the one before the DCT's.
                let current_quarter = match (part, self.prev_quarter.map(|p| p.value.part)) {
                    (YearSub::CurrentQuarter, Some(DatePart::Quarter(Some(q)))) => Some(q),
                    (YearSub::CurrentQuarter, _) => {
                        Some((shift(dct, Unit::Quarter, -1)?.month() - 1) / 3 + 1)
                    }
                    _ => None,
                };
                let part = year_sub_part(part, current_quarter);
                let v = DateValue {
                    year: YearValue::Year(year),
                    part,
                    time: None,
                };
                Some(self.dated(
                    v,
                    format!(
                        "in the year {year}, counted from the publication date {}",
                        iso(dct)
                    ),
                    Anchor::Publication,
                ))
            }
            Sem::QuarterOfYear { year } => {
                let q = match (self.prev_quarter, self.dct) {
                    (Some(p), _) => match p.value.part {
                        DatePart::Quarter(Some(q)) => q,
                        _ => return None,
                    },
                    (None, Some(d)) => (shift(d, Unit::Quarter, -1)?.month() - 1) / 3 + 1,
                    (None, None) => return None,
                };
                Some(self.dated(
                    DateValue {
                        year: YearValue::Year(year),
                        part: DatePart::Quarter(Some(q)),
                        time: None,
                    },
                    format!("the quarter under discussion (Q{q}), in {year}"),
                    Anchor::Previous,
                ))
            }
            Sem::Decade(d) => Some(self.dated(
                DateValue {
                    year: YearValue::Decade(d),
                    part: DatePart::None,
                    time: None,
                },
                "a decade, as written".to_string(),
                Anchor::None,
            )),
            Sem::Century(c) => Some(self.dated(
                DateValue {
                    year: YearValue::Century(c),
                    part: DatePart::None,
                    time: None,
                },
                "a century, as written".to_string(),
                Anchor::None,
            )),
            Sem::Turn { years, dir } => {
                let what = if years == 1000 {
                    "turn of the millennium"
                } else {
                    "turn of the century"
                };
                let Some(dct) = self.dct else {
                    return Some(self.waiting(
                        DateValue {
                            year: YearValue::Unknown,
                            part: DatePart::None,
                            time: None,
                        },
                        &format!("the {what} nearest the publication date"),
                    ));
                };
                let base = dct.year().div_euclid(years) * years;
                let pick = self.pick(dir, m.tense);
                let v = self.choose(dct, pick, |o| {
                    Some(DateValue {
                        year: YearValue::Year(base.checked_add(o.checked_mul(years)?)?),
                        part: DatePart::None,
                        time: None,
                    })
                })?;
                let detail = self.placed(what, &v, dct, pick, m, dir);
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense;
                Some(o)
            }
            Sem::Weekday { weekday, time, dir } => {
                let Some(dct) = self.dct else {
                    let mut o = self.waiting(
                        DateValue {
                            year: YearValue::Unknown,
                            part: DatePart::WeekDay(None, weekday),
                            time: time_part(time),
                        },
                        weekday_name(weekday),
                    );
                    // "Thursday night" names a day, with or without a publication date.
                    if matches!(time, Some(TimeOfDay::Part(_))) {
                        o.timex_type = TimexType::Date;
                    }
                    return Some(o);
                };
                // "at 8:30 a.m. ET on Thursday": the weekday after a clock time that
                // already took it is that same day.
                if dir == Direction::ByTense
                    && let Some(p) = self.prev_day.filter(|p| {
                        p.weekday
                            && p.sentence == m.sentence
                            && p.interval.begin().weekday().number_from_monday() == weekday
                            && self.text.get(p.end..m.span.start).is_some_and(|b| {
                                let mut w = words(b);
                                w.next_back().is_some_and(|x| x.eq_ignore_ascii_case("on"))
                                    && w.count() <= 2
                            })
                    })
                {
                    let d = p.interval.begin().date();
                    let v = DateValue {
                        year: YearValue::Year(d.year()),
                        part: DatePart::Day(d.month(), d.day()),
                        time: time_part(time),
                    };
                    let mut o = self.dated(
                        v,
                        format!(
                            "{}, the day of the clock time before it",
                            weekday_name(weekday)
                        ),
                        Anchor::Previous,
                    );
                    // "Saturday night" names a day.
                    if matches!(time, Some(TimeOfDay::Part(_))) {
                        o.timex_type = TimexType::Date;
                    }
                    return Some(o);
                }
                // "In 1998, the rebels attacked on Monday": a weekday in a sentence set in
                // a far year is some Monday of that year, not one near the report.
                if dir == Direction::ByTense
                    && let Some(p) = self.prev.filter(|p| {
                        p.sentence == m.sentence
                            && p.end <= m.span.start
                            && p.interval.granularity() == Granularity::Year
                            && self.fronted(p.start)
                            && p.interval.until().date() + Duration::days(366) < dct
                    })
                    && let YearValue::Year(y) = p.value.year
                {
                    let v = DateValue {
                        year: YearValue::Year(y),
                        part: DatePart::WeekDay(None, weekday),
                        time: time_part(time),
                    };
                    let mut o = self.dated(
                        v,
                        format!(
                            "a {} of {y}, the year the sentence is set in; its week is not told",
                            weekday_name(weekday)
                        ),
                        Anchor::Previous,
                    );
                    o.timex_type = TimexType::Date;
                    return Some(o);
                }
                // "the previous Friday": the one before the previous time in the text.
                let day_like = |p: &Point| p.interval.granularity() >= Granularity::Week;
                // "In September, ... the following Tuesday": counted from a month, a season
                // or a year told after the last day named, the day itself is not known; an
                // older day or the publication date would invent it.
                if matches!(dir, Direction::BeforePrevious | Direction::AfterPrevious)
                    && let Some(p) = self.prev.filter(|p| !day_like(p))
                    && self.prev_day.is_none_or(|d| d.sentence < p.sentence)
                    && let YearValue::Year(y) = p.value.year
                {
                    let part = if p.interval.granularity() == Granularity::Month {
                        DatePart::UnknownDayIn(p.interval.begin().month())
                    } else {
                        DatePart::WeekDay(None, weekday)
                    };
                    let v = DateValue {
                        year: YearValue::Year(y),
                        part,
                        time: time_part(time),
                    };
                    let mut o = self.dated(
                        v,
                        format!(
                            "a {} {} some day of the previous time in the text, {} (which names no day)",
                            weekday_name(weekday),
                            if dir == Direction::BeforePrevious { "before" } else { "after" },
                            p.value
                        ),
                        Anchor::Previous,
                    );
                    if matches!(time, Some(TimeOfDay::Part(_))) {
                        o.timex_type = TimexType::Date;
                    }
                    return Some(o);
                }
                if matches!(
                    dir,
                    Direction::BeforePrevious | Direction::AfterPrevious | Direction::AtPrevious
                ) && let Some(p) = self.prev.filter(day_like).or(self.prev_day)
                {
                    let base = p.interval.begin().date();
                    let from = i64::from(base.weekday().number_from_monday());
                    let wd = i64::from(weekday);
                    let (offset, rel) = match dir {
                        Direction::BeforePrevious => {
                            (-((from - wd - 1).rem_euclid(7) + 1), "before")
                        }
                        // "That Friday": the first one from the previous time on.
                        Direction::AtPrevious => ((wd - from).rem_euclid(7), "on or after"),
                        _ => ((wd - from - 1).rem_euclid(7) + 1, "after"),
                    };
                    let d = base.checked_add_signed(Duration::try_days(offset)?)?;
                    return Some(self.weekday_on(
                        d,
                        time,
                        format!(
                            "the {} {rel} the previous time in the text, {}",
                            weekday_name(weekday),
                            p.value
                        ),
                        Anchor::Previous,
                    ));
                }
                // "would appeal Wednesday's ruling": a possessive names an event by its day;
                // the tense of the verb it depends on is not the event's. (The verb after
                // it is: "Sunday's vote will decide".)
                let cue_after = m.tense_cue.is_some_and(|c| c.start >= m.span.end);
                let possessive = (dir == Direction::ByTense && !cue_after)
                    .then(|| self.possessive_event(m))
                    .flatten();
                let pick = match possessive {
                    Some(true) => Pick::FutureOrSame,
                    Some(false) => Pick::PastOrSame,
                    None => self.pick(dir, m.tense),
                };
                // "the ministry says Monday": a present report names the day it was made,
                // never a later one.
                let reported = m.tense == Some(Tense::Present)
                    && m.tense_cue
                        .and_then(|s| s.slice(self.text))
                        .is_some_and(|w| w.eq_ignore_ascii_case("says"));
                // "The match is on Saturday", "the vote is Tuesday", "the meeting is at
                // 3 p.m. on Monday": a present copula right before a day (or its clock
                // time) schedules an event, which lies ahead.
                let scheduled = m.tense == Some(Tense::Present)
                    && pick == Pick::Nearest
                    && m.tense_cue.is_some_and(|c| {
                        c.end <= m.span.start
                            && c.slice(self.text).is_some_and(|w| {
                                w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("are")
                            })
                            && self.text.get(c.end..m.span.start).is_some_and(|between| {
                                between.split_whitespace().all(|x| {
                                    x.bytes().all(|b| b.is_ascii_digit() || b == b':')
                                        || [
                                            "on", "set", "for", "due", "now", "still", "at",
                                            "noon", "midnight", "a.m.", "p.m.",
                                        ]
                                        .iter()
                                        .any(|k| x.eq_ignore_ascii_case(k))
                                })
                            })
                    });
                let pick = if scheduled { Pick::FutureOrSame } else { pick };
                let dow = dct.weekday().number_from_monday();
                let wd = i64::from(weekday);
                let today = i64::from(dow);
                let mut offset = match pick {
                    Pick::Before => -((today - wd - 1).rem_euclid(7) + 1),
                    Pick::PastOrSame => -((today - wd).rem_euclid(7)),
                    Pick::After => (wd - today - 1).rem_euclid(7) + 1,
                    Pick::FutureOrSame => (wd - today).rem_euclid(7),
                    // "The rally was held this Sunday" told on a Tuesday: the Sunday just
                    // past; "will meet this Monday" on a Wednesday: the coming one.
                    Pick::Same => match (wd - today, m.tense) {
                        (o, Some(Tense::Past)) if o > 0 => o - 7,
                        (o, Some(Tense::Future)) if o < 0 => o + 7,
                        (o, _) => o,
                    },
                    Pick::Nearest | Pick::NearPast | Pick::NearFuture => {
                        if m.tense == Some(Tense::Present) && !reported {
                            let o = (wd - today).rem_euclid(7);
                            if o > 3 { o - 7 } else { o }
                        } else {
                            -((today - wd).rem_euclid(7))
                        }
                    }
                };
                let mut range_over = false;
                // "The strike lasted from Monday to Friday" told on a Tuesday: a past range
                // is over by the publication date, so it starts a week earlier when its end
                // would come after it.
                if matches!(pick, Pick::PastOrSame | Pick::Before)
                    && offset < 0
                    && let Some(end) = self.range_end_weekday(m)
                {
                    let mut gap = (i64::from(end) - wd).rem_euclid(7);
                    if gap == 0 {
                        gap = 7;
                    }
                    if offset + gap > 0 {
                        offset -= 7;
                        range_over = true;
                    }
                }
                let d = dct.checked_add_signed(Duration::try_days(offset)?)?;
                // "late Tuesday and lasted until early Wednesday", "from Tuesday through
                // Thursday": the end of a range that starts on a named weekday is the first
                // such day after it (the same day when both ends are times of day: "from 9
                // a.m. to noon Monday"); after a date ("from Sept. 2 to Friday") only when
                // the day by the tense would come before the start.
                if dir == Direction::ByTense
                    && let Some(p) = self.range_start_day(m)
                {
                    let base = p.interval.begin().date();
                    let from = i64::from(base.weekday().number_from_monday());
                    let mut gap = (wd - from).rem_euclid(7);
                    if gap == 0 && time.is_none() {
                        gap = 7;
                    }
                    let first = base.checked_add_signed(Duration::try_days(gap)?)?;
                    if p.weekday || d < base || (d == base && time.is_none()) {
                        return Some(self.weekday_on(
                            first,
                            time,
                            format!(
                                "the end of a range: the first {} from its start, {}",
                                weekday_name(weekday),
                                p.value
                            ),
                            Anchor::Previous,
                        ));
                    }
                }
                let v = DateValue {
                    year: YearValue::Year(d.year()),
                    part: DatePart::Day(d.month(), d.day()),
                    time: time_part(time),
                };
                let mut detail = self.placed(weekday_name(weekday), &v, dct, pick, m, dir);
                // With no tense cue the latest one is taken, which need not be the nearest.
                if pick == Pick::Nearest && m.tense.is_none() {
                    detail = format!(
                        "the {} {} the publication date {} (no tense cue: a day named alone in a report is the latest one)",
                        weekday_name(weekday),
                        if offset == 0 { "that is" } else { "before" },
                        iso(dct)
                    );
                }
                if scheduled {
                    let cue = m.tense_cue.and_then(|c| c.slice(self.text)).unwrap_or("is");
                    detail = format!(
                        "the {} {} the publication date {} ('{cue}' before a day schedules an event: the next one)",
                        weekday_name(weekday),
                        if offset == 0 { "that is" } else { "after" },
                        iso(dct)
                    );
                }
                if reported
                    && pick == Pick::Nearest
                    && v.part != DatePart::Day(dct.month(), dct.day())
                {
                    detail = format!(
                        "the {} before the publication date {} (present tense: 'says' reports a statement already made)",
                        weekday_name(weekday),
                        iso(dct)
                    );
                }
                if let Some(ahead) = possessive {
                    let name = m.span.slice(self.text).unwrap_or("");
                    detail = format!(
                        "the {} {} the publication date {} ({name}'s names an event by its day; {}, the clause's tense not used)",
                        weekday_name(weekday),
                        match (offset, ahead) {
                            (0, _) => "that is",
                            (_, true) => "after",
                            (_, false) => "before",
                        },
                        iso(dct),
                        if ahead {
                            "'ahead of' points to the coming one"
                        } else {
                            "the latest one"
                        }
                    );
                }
                if range_over {
                    detail = format!(
                        "{detail}; a week back, for the past range it opens to end by the publication date"
                    );
                }
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense && possessive.is_none();
                // A weekday's part ("Friday night") names a day in news usage.
                if matches!(time, Some(TimeOfDay::Part(_))) {
                    o.timex_type = TimexType::Date;
                }
                Some(o)
            }
            Sem::Weekend { dir } => {
                let Some(dct) = self.dct else {
                    return Some(self.waiting(
                        DateValue {
                            year: YearValue::Unknown,
                            part: DatePart::Weekend(None),
                            time: None,
                        },
                        "the weekend",
                    ));
                };
                let pick = match self.pick(dir, m.tense) {
                    Pick::Nearest => Pick::PastOrSame,
                    p => p,
                };
                let today = i64::from(dct.weekday().number_from_monday());
                // Saturday is day 6: "last weekend" told on a weekend is the one before,
                // "next weekend" the one after; "this weekend was busy" told on a Monday
                // is the one just past.
                let in_weekend = today >= 6;
                let pick = if pick == Pick::Same && m.tense == Some(Tense::Past) && !in_weekend {
                    Pick::Before
                } else {
                    pick
                };
                let offset = match pick {
                    Pick::Before if in_weekend => -(today - 6) - 7,
                    Pick::Before | Pick::PastOrSame => -((today - 6).rem_euclid(7)),
                    Pick::After if in_weekend => 13 - today,
                    Pick::FutureOrSame if in_weekend => 6 - today,
                    Pick::After | Pick::FutureOrSame => (6 - today).rem_euclid(7),
                    _ => 6 - today,
                };
                let sat = dct.checked_add_signed(Duration::try_days(offset)?)?;
                let v = unit_value(sat, Unit::Weekend);
                let detail = self.placed("weekend", &v, dct, pick, m, dir);
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense;
                Some(o)
            }
            Sem::Holiday {
                holiday,
                year,
                dir,
                around,
            } => {
                let make = |y: i32| {
                    let d = holidays::date(holiday, y)?;
                    if around == HolidaySpan::Week {
                        return Some(unit_value(d, Unit::Week));
                    }
                    if around == HolidaySpan::Weekend {
                        // The weekend before a Monday holiday, else the one of its week
                        // (Thanksgiving's Thursday: the weekend after it).
                        let wd = i64::from(d.weekday().number_from_monday());
                        let offset = if wd == 1 { -2 } else { 6 - wd };
                        let sat = d.checked_add_signed(Duration::try_days(offset)?)?;
                        return Some(unit_value(sat, Unit::Weekend));
                    }
                    Some(DateValue {
                        year: YearValue::Year(d.year()),
                        part: DatePart::Day(d.month(), d.day()),
                        time: None,
                    })
                };
                // "3 p.m. on Christmas Eve": the holiday is chosen as a day, then timed.
                let timed = |v: DateValue| match around {
                    HolidaySpan::At(t) => DateValue {
                        time: time_part(Some(t)),
                        ..v
                    },
                    _ => v,
                };
                if let Some(y) = year {
                    return Some(self.dated(
                        timed(make(y)?),
                        format!("{} of {y}", holiday.name()),
                        Anchor::None,
                    ));
                }
                let Some(dct) = self.dct else {
                    let v = DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::UnknownDay,
                        time: None,
                    };
                    return Some(self.waiting(v, &format!("{} without a year", holiday.name())));
                };
                let pick = self.pick(dir, m.tense);
                let day = self.choose(dct, pick, |o| make(dct.year() + o))?;
                let name = match around {
                    HolidaySpan::Weekend => format!("{} weekend", holiday.name()),
                    HolidaySpan::Week => format!("week of {}", holiday.name()),
                    HolidaySpan::Day | HolidaySpan::At(_) => holiday.name().to_string(),
                };
                let detail = self.placed(&name, &day, dct, pick, m, dir);
                let v = timed(day);
                let mut o = self.dated(v, detail, Anchor::Publication);
                o.tense_used = dir == Direction::ByTense;
                Some(o)
            }
            Sem::Deictic { unit, offset, time } => {
                let Some(dct) = self.dct else {
                    let part = match unit {
                        Unit::Day => DatePart::UnknownDay,
                        Unit::Week => DatePart::Week(None),
                        Unit::Month => DatePart::UnknownMonth,
                        Unit::Quarter => DatePart::Quarter(None),
                        _ => DatePart::None,
                    };
                    return Some(self.waiting(
                        DateValue {
                            year: YearValue::Unknown,
                            part,
                            time: time_part(time),
                        },
                        &match offset {
                            0 => format!("the {} of the publication date", unit.name()),
                            -1 => format!("the {} before the publication date", unit.name()),
                            1 => format!("the {} after the publication date", unit.name()),
                            n if n < 0 => {
                                format!("{} {} before the publication date", -n, unit.plural())
                            }
                            n => format!("{n} {} after the publication date", unit.plural()),
                        },
                    ));
                };
                if offset == 0
                    && time.is_none()
                    && let Some(o) = self.unit_in_story(m, unit)
                {
                    return Some(o);
                }
                let d = shift(dct, unit, offset)?;
                let mut v = unit_value(d, unit);
                v.time = time_part(time);
                let what = match time {
                    Some(TimeOfDay::Part(PartOfDay::Morning)) => "morning",
                    Some(TimeOfDay::Part(PartOfDay::Afternoon)) => "afternoon",
                    Some(TimeOfDay::Part(PartOfDay::Evening)) => "evening",
                    Some(TimeOfDay::Part(PartOfDay::Night)) => "night",
                    _ => unit.name(),
                };
                let detail = match offset {
                    0 if unit == Unit::Day && time.is_none() => {
                        format!("the publication date {}", iso(dct))
                    }
                    0 => format!("the {what} of the publication date {}", iso(dct)),
                    -1 => format!(
                        "the {} before the publication date {}",
                        unit.name(),
                        iso(dct)
                    ),
                    1 => format!(
                        "the {} after the publication date {}",
                        unit.name(),
                        iso(dct)
                    ),
                    n if n < 0 => format!(
                        "{} {} before the publication date {}",
                        -n,
                        unit.plural(),
                        iso(dct)
                    ),
                    n => format!(
                        "{n} {} after the publication date {}",
                        unit.plural(),
                        iso(dct)
                    ),
                };
                Some(self.dated(v, detail, Anchor::Publication))
            }
            Sem::Anaphoric { unit, offset, time } => {
                // "the quarter" in a report: the quarter just ended, unless one was named.
                // ("the latest quarter" has offset 9: always the quarter just ended.)
                // "the quarter ended Sept. 30": the calendar quarter that ends then, unless
                // a (possibly fiscal) quarter was already named: "the fiscal first quarter
                // ... the quarter ended Sept. 29".
                if unit == Unit::Quarter
                    && offset == 0
                    && self.prev_quarter.is_none()
                    && let Some(dct) = self.dct
                    && let Some(mo) = self.month_ending_after(m.span.end)
                {
                    let future = m.tense == Some(Tense::Future);
                    let year = match (future, mo < dct.month()) {
                        (false, _) if mo <= dct.month() => dct.year(),
                        (false, _) => dct.year() - 1,
                        (true, true) => dct.year() + 1,
                        (true, false) => dct.year(),
                    };
                    // A fiscal quarter ending off a calendar boundary ("ended July 31",
                    // May to July) is the calendar quarter holding most of it: the one of
                    // its middle month.
                    let (q_year, middle) = if mo == 1 {
                        (year - 1, 12)
                    } else {
                        (year, mo - 1)
                    };
                    let q = middle.div_ceil(3);
                    let how = if mo % 3 == 0 {
                        format!("the calendar quarter ending in {} {year}", month_name(mo))
                    } else {
                        format!(
                            "the three months ending in {} {year}, mostly in calendar quarter Q{q}",
                            month_name(mo)
                        )
                    };
                    return Some(self.dated(
                        DateValue {
                            year: YearValue::Year(q_year),
                            part: DatePart::Quarter(Some(q)),
                            time: None,
                        },
                        format!(
                            "{how}, as the text says, near the publication date {}",
                            iso(dct)
                        ),
                        Anchor::Publication,
                    ));
                }
                if unit == Unit::Quarter && (offset == 0 || offset == 9) {
                    if let Some(p) = self.prev_quarter.filter(|_| offset == 0) {
                        return Some(self.dated(
                            p.value,
                            "the quarter named before in the text".to_string(),
                            Anchor::Previous,
                        ));
                    }
                    let dct = self.dct?;
                    // "The quarter ends in three weeks", "the quarter will be weak": a
                    // quarter still to come is the one under way.
                    if offset == 0 && m.tense == Some(Tense::Future) {
                        return Some(self.dated(
                            unit_value(dct, Unit::Quarter),
                            format!(
                                "the quarter under way at the publication date {} (future: the text looks ahead)",
                                iso(dct)
                            ),
                            Anchor::Publication,
                        ));
                    }
                    let d = shift(dct, Unit::Quarter, -1)?;
                    return Some(self.dated(
                        unit_value(d, Unit::Quarter),
                        format!(
                            "the last full quarter before the publication date {}",
                            iso(dct)
                        ),
                        Anchor::Publication,
                    ));
                }
                // "On Monday the minister, in office since 2019, resigned. That night ...":
                // a day counts from the day named in the sentence of the previous time,
                // not from a coarser time told inside it.
                let prev = match (self.prev, self.prev_day) {
                    (Some(p), Some(d))
                        if unit == Unit::Day
                            && d.sentence == p.sentence
                            && !p.interval.granularity().within_a_day() =>
                    {
                        Some(d)
                    }
                    (p, _) => p,
                };
                // "Stocks fell on Tuesday, ahead of the Fed meeting on Oct. 29. The same
                // day, oil rose": a past clause tells of a time already come, not of the
                // coming one named last.
                let prev = match (prev, self.prev_past, self.dct) {
                    (Some(p), Some(q), Some(d))
                        if m.tense == Some(Tense::Past) && p.interval.begin().date() > d =>
                    {
                        Some(q)
                    }
                    (p, _, _) => p,
                };
                let (base, anchor, what) = match (prev, self.dct) {
                    (Some(p), _) => (
                        p.interval.begin().date(),
                        Anchor::Previous,
                        format!("the previous time in the text, {}", p.value),
                    ),
                    (None, Some(d)) => (
                        d,
                        Anchor::Publication,
                        format!("the publication date {}", iso(d)),
                    ),
                    (None, None) => {
                        return Some(self.waiting(
                            DateValue {
                                year: YearValue::Unknown,
                                part: DatePart::None,
                                time: None,
                            },
                            "relative to an earlier time",
                        ));
                    }
                };
                let d = shift(base, unit, offset)?;
                let mut v = unit_value(d, unit);
                if anchor == Anchor::Previous
                    && let Some(p) = prev
                {
                    v = without_invented_precision(v, unit, d, &p.interval);
                }
                let rel = match offset {
                    0 => "the same",
                    o if o < 0 => "the previous",
                    _ => "the next",
                };
                // "that night", "the previous evening": a part of that day (TIME, as
                // "last night"); after "in September" some night of September.
                let part = match time {
                    Some(TimeOfDay::Part(p)) if unit == Unit::Day => {
                        v.time = time_part(time);
                        format!("the {} of ", part_name(p))
                    }
                    _ => String::new(),
                };
                Some(self.dated(
                    v,
                    format!("{part}{rel} {} relative to {what}", unit.name()),
                    anchor,
                ))
            }
            Sem::Shift {
                amount,
                unit,
                sign,
                anchor,
            } => {
                let placed = self.resolve_shift(m, amount, unit, sign, anchor);
                // "three days later", "a day earlier": TimeML marks the distance, a duration
                // anchored on the previous time; the day it reaches stays the interval, so the
                // event is still placed. Year-scale comparisons ("a year earlier") stay dates.
                if anchor == AnchorKind::Previous
                    && matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day)
                {
                    return Some(self.anchored_length(amount, unit, sign, placed));
                }
                placed
            }
            Sem::Clock(t) => {
                let tp = time_part(Some(t));
                // "I've been leaving the house at 5 a.m. for weeks": a habit, no one day.
                if let Some(cue) = m.habitual {
                    let v = DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::UnknownDay,
                        time: tp,
                    };
                    let cue = cue.slice(self.text).unwrap_or("");
                    return Some(Out::new(
                        TimexType::Time,
                        TimexValue::Date(v),
                        format!("a time of day in a habitual clause ('{cue}'); no particular day"),
                    ));
                }
                // The day of the narrative: the previous day named in this or the last
                // sentence, or any earlier one in a past-tense clause.
                let near = self
                    .prev_day
                    .filter(|p| {
                        m.sentence <= p.sentence + 1
                            || (m.tense == Some(Tense::Past)
                                && self.dct.is_none_or(|d| p.interval.begin().date() <= d))
                    })
                    // "will fly to Geneva on Thursday at 8 a.m.": a coming clause keeps
                    // a day still to come, never one past.
                    .filter(|p| {
                        m.tense != Some(Tense::Future)
                            || self.dct.is_some_and(|d| p.interval.begin().date() >= d)
                    })
                    // "will be sworn in on Jan. 20. The race was called at 11:25 a.m.": a
                    // past clause does not happen on a day still to come.
                    .filter(|p| {
                        m.tense != Some(Tense::Past)
                            || self.dct.is_none_or(|d| p.interval.begin().date() <= d)
                    });
                let (day, anchor, what) = match (near, self.dct) {
                    (Some(p), _) => (
                        p.interval.begin().date(),
                        Anchor::Previous,
                        "on the day of the previous time in the text",
                    ),
                    (None, Some(d)) => (d, Anchor::Publication, "on the publication date"),
                    (None, None) => {
                        return Some(self.waiting(
                            DateValue {
                                year: YearValue::Unknown,
                                part: DatePart::UnknownDay,
                                time: tp,
                            },
                            "a time of day",
                        ));
                    }
                };
                let v = DateValue {
                    year: YearValue::Year(day.year()),
                    part: DatePart::Day(day.month(), day.day()),
                    time: tp,
                };
                Some(self.dated(v, format!("a time of day {what}, {}", iso(day)), anchor))
            }
            Sem::Duration {
                amount,
                unit,
                ending_now,
            } => {
                let tenths = match amount {
                    Amount::Tenths(t) => Some(t),
                    Amount::Some => None,
                };
                let mut o = Out::new(
                    TimexType::Duration,
                    TimexValue::Duration(DurationValue {
                        tenths,
                        unit,
                        and: None,
                    }),
                    format!(
                        "a length of time ({}); not placed on the timeline",
                        amount_phrase(amount, unit)
                    ),
                );
                if ending_now && let Some(dct) = self.dct {
                    let n = amount.whole().unwrap_or(3);
                    let until = dct.succ_opt()?;
                    let begin = shift(until, unit, -n)?;
                    o.interval = Interval::new(midnight(begin), midnight(until), Granularity::Day);
                    o.anchor = Anchor::Publication;
                    o.detail = format!(
                        "a length of time ({}) ending at the publication date {}",
                        amount_phrase(amount, unit),
                        iso(dct)
                    );
                }
                Some(o)
            }
            Sem::Set(Recurrence {
                amount,
                unit,
                weekday,
                part,
                month,
                season,
                day,
                freq,
            }) => {
                let value = if let Some(s) = season {
                    TimexValue::Date(DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::Season(s),
                        time: None,
                    })
                } else if unit == Unit::Weekend && freq.is_none() {
                    // "every weekend", "on weekends": the weekend of any week.
                    TimexValue::Date(DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::Weekend(None),
                        time: None,
                    })
                } else if let Some(mo) = month {
                    TimexValue::Date(DateValue {
                        year: YearValue::Unknown,
                        part: day.map_or(DatePart::Month(mo), |d| DatePart::Day(mo, d)),
                        time: None,
                    })
                } else if let Some(w) = weekday {
                    TimexValue::Date(DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::WeekDay(None, w),
                        time: part.map(TimePart::Part),
                    })
                } else if let Some(p) =
                    part.filter(|p| *p != PartOfDay::Night || unit != Unit::Day || freq.is_some())
                {
                    TimexValue::Date(DateValue {
                        year: YearValue::Unknown,
                        part: DatePart::UnknownDay,
                        time: Some(TimePart::Part(p)),
                    })
                } else {
                    let tenths = match amount {
                        Amount::Tenths(t) => Some(t),
                        Amount::Some => None,
                    };
                    TimexValue::Duration(DurationValue {
                        tenths,
                        unit,
                        and: None,
                    })
                };
                let mut o = Out::new(TimexType::Set, value, "a recurring time".to_string());
                o.freq = freq;
                Some(o)
            }
            Sem::CompoundDuration {
                first: (n, unit),
                then,
            } => Some(Out::new(
                TimexType::Duration,
                TimexValue::Duration(DurationValue {
                    tenths: Some(n.saturating_mul(10)),
                    unit,
                    and: Some(then),
                }),
                format!(
                    "a length of time ({} and {}); not placed on the timeline",
                    amount_phrase(Amount::Tenths(n.saturating_mul(10)), unit),
                    amount_phrase(Amount::Tenths(then.0.saturating_mul(10)), then.1)
                ),
            )),
            Sem::Ref { kind, unit } => {
                let mut o = Out::new(
                    TimexType::Date,
                    TimexValue::Ref(kind),
                    match kind {
                        RefKind::Past => "an unspecified time before the publication date",
                        RefKind::Present => "the present, at the publication date",
                        RefKind::Future => "an unspecified time after the publication date",
                    }
                    .to_string(),
                );
                if let Some(dct) = self.dct {
                    o.anchor = Anchor::Publication;
                    let until = dct.succ_opt()?;
                    o.interval = match kind {
                        RefKind::Past => {
                            let begin = shift(dct, unit, -3)?;
                            Interval::new(midnight(begin), midnight(until), Granularity::Day)
                        }
                        RefKind::Present => day_interval(dct),
                        RefKind::Future => None,
                    };
                    o.detail = format!("{} {}", o.detail, iso(dct));
                } else if kind != RefKind::Future {
                    o.awaits = true;
                    o.detail = format!("{} — waits for a publication date", o.detail);
                }
                Some(o)
            }
        }
    }
}

/// The last day of month `mo` (1–12) of `y`.
fn last_day_of_month(y: i32, mo: u32) -> Option<NaiveDate> {
    let next = if mo == 12 {
        ymd(y.checked_add(1)?, 1, 1)
    } else {
        ymd(y, mo + 1, 1)
    };
    next?.pred_opt()
}

/// The `n`-th (-1: last) week, weekend, weekday or day of month `mo` of `y`, and its
/// description.
/// A month's first week is the ISO week holding its first Thursday; its first weekend the one
/// of its first Saturday.
fn nth_of_month(y: i32, mo: u32, n: i32, of: NthOf) -> Option<(DateValue, String)> {
    let last_of_month = last_day_of_month(y, mo)?;
    let wd = match of {
        NthOf::Week => Weekday::Thu,
        NthOf::Weekend => Weekday::Sat,
        NthOf::Weekday(w) => Weekday::try_from(u8::try_from(w.checked_sub(1)?).ok()?).ok()?,
        NthOf::Day => last_of_month.weekday(),
    };
    let day = match (of, n > 0) {
        (NthOf::Day, true) => ymd(y, mo, u32::try_from(n).ok()?)?,
        (NthOf::Day, false) => last_of_month,
        (_, true) => NaiveDate::from_weekday_of_month_opt(y, mo, wd, u8::try_from(n).ok()?)?,
        (_, false) => {
            let back = (7 + last_of_month.weekday().num_days_from_monday()
                - wd.num_days_from_monday())
                % 7;
            last_of_month - Duration::days(i64::from(back))
        }
    };
    let nth = match n {
        1 => "the first",
        2 => "the second",
        3 => "the third",
        4 => "the fourth",
        5 => "the fifth",
        _ => "the last",
    };
    let w = day.iso_week();
    let value = |part| DateValue {
        year: YearValue::Year(w.year()),
        part,
        time: None,
    };
    let the_day = DateValue {
        year: YearValue::Year(day.year()),
        part: DatePart::Day(day.month(), day.day()),
        time: None,
    };
    Some(match of {
        NthOf::Week => (
            value(DatePart::Week(Some(w.week()))),
            format!("{nth} week (the one holding Thursday {})", iso(day)),
        ),
        NthOf::Weekend => (
            value(DatePart::Weekend(Some(w.week()))),
            format!("{nth} weekend (Saturday {})", iso(day)),
        ),
        NthOf::Weekday(d) => (the_day, format!("{nth} {}, {}", weekday_name(d), iso(day))),
        NthOf::Day => (the_day, format!("{nth} day, {}", iso(day))),
    })
}

/// The words of `s`, each without the punctuation around it ("Sept. 30," → "Sept", "30").
fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// A word joining the two ends of a range of days ("Monday to Friday", "Tuesday through
/// Thursday", "Monday till Wednesday").
fn is_range_word(w: &str) -> bool {
    ["to", "through", "thru", "until", "till"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k))
}

/// The English name of a part of the day ("night").
fn part_name(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::Morning => "morning",
        PartOfDay::Midday => "midday",
        PartOfDay::Afternoon => "afternoon",
        PartOfDay::Evening => "evening",
        PartOfDay::Night => "night",
        PartOfDay::Daytime => "daytime",
    }
}

fn month_name(m: u32) -> &'static str {
    match m {
        1 => "January",
        2 => "February",
        3 => "March",
        4 => "April",
        5 => "May",
        6 => "June",
        7 => "July",
        8 => "August",
        9 => "September",
        10 => "October",
        11 => "November",
        _ => "December",
    }
}
