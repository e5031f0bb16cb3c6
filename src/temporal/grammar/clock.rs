//! Clock times: "3 p.m.", "15:30 GMT", "0900 hours", "at 9 in the morning", "morning at 8".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// "a.m." / "pm" / "p.m": returns (is_pm, next index).
    pub(super) fn ampm(&self, i: usize) -> Option<(bool, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let w = t.text;
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            let pm = w.eq_ignore_ascii_case("pm");
            // "at 3pm. The ..." ends the sentence: "pm" written without dots owns a period
            // only when the sentence runs on ("3 pm. on Friday").
            let runs_on = self
                .tok(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap);
            let end = if runs_on { self.skip_dot(i + 1) } else { i + 1 };
            return Some((pm, end));
        }
        if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
            && self.punct(i + 1, ".")
            && self.adj(i + 1)
            && self.word_is(i + 2, "m")
            && self.adj(i + 2)
        {
            let pm = w.eq_ignore_ascii_case("p");
            return Some((pm, self.skip_dot(i + 3)));
        }
        None
    }

    pub(super) fn clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        match self.kw(i) {
            Some(Kw::Noon) => {
                return Some((
                    TimeOfDay::Clock {
                        hour: 12,
                        minute: 0,
                    },
                    i + 1,
                ));
            }
            Some(Kw::Midnight) => {
                // "shortly after midnight": the first moments of the day, T00:00.
                let after = i.checked_sub(1).is_some_and(|p| self.is(p, Kw::After));
                return Some((
                    TimeOfDay::Clock {
                        hour: if after { 0 } else { 24 },
                        minute: 0,
                    },
                    i + 1,
                ));
            }
            _ => {}
        }
        if let Some(m) = self.military_clock(i) {
            return Some(m);
        }
        // "8.30am", "7.45 p.m.": the British clock, a dot between hour and minute.
        let dotted = self
            .tok(i)
            .filter(|t| t.kind == TokenKind::Number && self.ampm(i + 1).is_some())
            .and_then(|t| t.text.split_once('.'))
            .filter(|(h, m)| h.len() <= 2 && m.len() == 2)
            .and_then(|(h, m)| Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)))
            .filter(|(_, m)| *m < 60);
        let hour = match dotted {
            Some((h, _)) => h,
            None => self
                .num(i)
                .filter(|_| self.ndigits(i) <= 2)
                .or_else(|| self.lex(i).and_then(|l| l.number).filter(|n| *n <= 12))?,
        };
        let mut j = i + 1;
        let mut minute = dotted.map(|(_, m)| m);
        if self.punct(j, ":") && self.adj(j) && self.adj(j + 1) && self.ndigits(j + 1) == 2 {
            minute = Some(self.num(j + 1)?);
            j += 2;
        }
        let ampm = self.ampm(j);
        let oclock = self.word_is(j, "o") && self.apostrophe(j + 1) && self.word_is(j + 2, "clock");
        let mut hour = hour;
        if let Some((pm, next)) = ampm {
            if !(1..=12).contains(&hour) {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            j = next;
        } else if oclock {
            if !(1..=12).contains(&hour) {
                return None;
            }
            j += 3;
            if let Some((h, next)) = self.in_the_part(hour, j) {
                hour = h;
                j = next;
            }
        } else if let Some((h, next)) = self
            .in_the_part(hour, j)
            .filter(|_| self.clock_preposition_before(i))
        {
            // "at 4 in the morning", "until 10 at night"
            hour = h;
            j = next;
        } else if minute.is_none()
            && (1..=12).contains(&hour)
            && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At))
            && !i
                .checked_sub(2)
                .and_then(|p| self.tok(p))
                .is_some_and(|p| WordClass::LevelVerbs.has(p.text))
            && (matches!(self.kw(j), Some(Kw::Today | Kw::Tomorrow | Kw::Tonight))
                || self.is(j, Kw::On) && self.weekday(j + 1).is_some())
        {
            // "at 9 on Monday", "at 10 tomorrow", "at 7 tonight": a bare hour before its day.
            if self.is(j, Kw::Tonight) && (5..12).contains(&hour) {
                hour += 12;
            }
        } else if let Some(h) = self.range_start_hour(i, hour, minute.unwrap_or(0), j) {
            // "between 2 and 4 p.m.", "from 10 to 11:30 a.m.", "9-11 a.m."
            hour = h;
        } else if let Some(h) = self.hour_after_clock(i, hour, j) {
            // "began at noon Saturday and ended around 4"
            hour = h;
        } else if minute.is_none()
            || hour > 23
            || self.lex(i).is_some()
            || !(self.zone_end(j).is_some() || i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)))
        {
            return None;
        }
        let minute = minute.unwrap_or(0);
        if minute > 59 {
            return None;
        }
        Some((
            TimeOfDay::Clock { hour, minute },
            self.zone_end(j).unwrap_or(j),
        ))
    }

    /// The end of a time zone after a clock at `j`: an abbreviation ("EST", "GMT", "ET") or
    /// a North American zone by its region ("8:30 Eastern", "9 p.m. Pacific time", "noon
    /// Central Standard Time"); not a region naming a place ("3 p.m. Eastern Europe").
    pub(super) fn zone_end(&self, j: usize) -> Option<usize> {
        if self.lex(j).is_some_and(|l| l.zone) {
            return Some(j + 1);
        }
        let region = self.cap(j)
            && ["eastern", "central", "pacific", "mountain", "atlantic"]
                .iter()
                .any(|w| self.word_is(j, w));
        if !region {
            return None;
        }
        let time = |k: usize| self.word_is(k, "time");
        if (self.word_is(j + 1, "standard") || self.word_is(j + 1, "daylight")) && time(j + 2) {
            return Some(j + 3);
        }
        if time(j + 1) {
            return Some(j + 2);
        }
        let named_place = self.tok(j + 1).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.cap
                && t.lex
                    .is_none_or(|l| l.weekday.is_none() && l.month.is_none())
        });
        (!named_place).then_some(j + 1)
    }

    /// "began at noon Saturday and ended around 4", "halted at 10:15 a.m. and resumed at
    /// 11": a bare hour 1–12 at `i` (its clock ending at `j`) after a preposition, closing
    /// the clause, with a clock time carrying its meridiem a few words before: the first
    /// such hour not before that one (16:00, 11:00).
    pub(super) fn hour_after_clock(&self, i: usize, hour: u32, j: usize) -> Option<u32> {
        if !(1..=12).contains(&hour) || self.lex(i).is_some() || self.ndigits(i) > 2 {
            return None;
        }
        let p = i.checked_sub(1)?;
        // Not after "until" or "by": "opened at 7 a.m. and runs until 8" may well close in
        // the evening.
        let led = matches!(
            self.kw(p),
            Some(Kw::At | Kw::Around | Kw::About | Kw::After)
        );
        let level = p
            .checked_sub(1)
            .and_then(|q| self.tok(q))
            .is_some_and(|q| WordClass::LevelVerbs.has(q.text));
        let closes = self
            .tok(j)
            .is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.text, "," | "." | ";" | ")"))
            || self.is(j, Kw::And);
        if !led || level || !closes || (self.punct(j, ".") && self.num(j + 1).is_some()) {
            return None;
        }
        let before = (p.saturating_sub(14)..p)
            .rev()
            .find_map(|k| self.explicit_hour(k))?;
        [hour % 12, hour % 12 + 12]
            .into_iter()
            .find(|h| *h >= before)
    }

    /// The hour on the 24-hour clock of a clock time at `k` whose meridiem is written ("4
    /// p.m.", "10:15 a.m.") or that is noon.
    pub(super) fn explicit_hour(&self, k: usize) -> Option<u32> {
        if self.is(k, Kw::Noon) {
            return Some(12);
        }
        // The minutes of "1:11 a.m." are no hour.
        if self.adj(k) && k.checked_sub(1).is_some_and(|p| self.punct(p, ":")) {
            return None;
        }
        let h = self
            .num(k)
            .filter(|h| self.ndigits(k) <= 2 && (1..=12).contains(h))?;
        let mut e = k + 1;
        if self.punct(e, ":") && self.adj(e) && self.ndigits(e + 1) == 2 {
            e += 2;
        }
        let (pm, _) = self.ampm(e)?;
        Some(h % 12 + if pm { 12 } else { 0 })
    }

    /// A word or dash at `j` that joins the start of a range of times to its end: "to",
    /// "until", "till", "through", a dash, or "and" after "between" at `i - 1`.
    pub(super) fn range_link(&self, i: usize, j: usize) -> bool {
        match self.kw(j) {
            Some(Kw::To | Kw::Until | Kw::Through) => true,
            Some(Kw::And) => i.checked_sub(1).is_some_and(|p| self.word_is(p, "between")),
            _ => {
                self.word_is(j, "till")
                    || self.word_is(j, "thru")
                    || self.punct(j, "-")
                    || self.punct(j, "–")
            }
        }
    }

    /// "between 2 and 4 p.m.", "from 10 to 11:30 a.m.", "9-11 a.m.", "10 to noon": a bare
    /// hour 1–12 at `i` (with `minute`, its clock ending at `j`) that opens a range whose
    /// end carries the meridiem shares it: the start's hour on the 24-hour clock, the
    /// latest one not after the end ("11 to 1 p.m." starts at 11:00).
    pub(super) fn range_start_hour(
        &self,
        i: usize,
        hour: u32,
        minute: u32,
        j: usize,
    ) -> Option<u32> {
        if !(1..=12).contains(&hour) || !self.range_link(i, j) {
            return None;
        }
        let k = j + 1;
        let end = if self.is(k, Kw::Noon) {
            12 * 60
        } else {
            let h = self
                .num(k)
                .filter(|_| self.ndigits(k) <= 2)
                .or_else(|| self.lex(k).and_then(|l| l.number))
                .filter(|h| (1..=12).contains(h))?;
            let mut e = k + 1;
            let mut m = 0;
            if self.punct(e, ":") && self.adj(e) && self.adj(e + 1) && self.ndigits(e + 1) == 2 {
                m = self.num(e + 1).filter(|m| *m <= 59)?;
                e += 2;
            }
            let (pm, _) = self.ampm(e)?;
            (h % 12 + if pm { 12 } else { 0 }) * 60 + m
        };
        let am = hour % 12;
        [am + 12, am].into_iter().find(|h| h * 60 + minute < end)
    }

    /// A wire-style 24-hour clock of four digits followed by its zone: "0900 GMT",
    /// "2000 local time", "1500 Moscow time". Without the zone the digits stay a year.
    pub(super) fn military_clock(&self, i: usize) -> Option<(TimeOfDay, usize)> {
        self.military_clock_linked(i, true)
    }

    /// [`Self::military_clock`], following a link to a second clock ("0800 to 1800 GMT")
    /// only when `link` is set, so that a chain of figures is read in linear time.
    pub(super) fn military_clock_linked(&self, i: usize, link: bool) -> Option<(TimeOfDay, usize)> {
        if self.ndigits(i) != 4 || self.lex(i).is_some() {
            return None;
        }
        let n = self.num(i)?;
        let (hour, minute) = (n / 100, n % 100);
        if hour > 24 || minute > 59 || (hour == 24 && minute > 0) {
            return None;
        }
        let j = i + 1;
        if self.lex(j).is_some_and(|l| l.zone) {
            return Some((TimeOfDay::Clock { hour, minute }, j + 1));
        }
        // "at 2100 hours": the military reading aloud.
        if self.word_is(j, "hours") && i.checked_sub(1).is_some_and(|p| self.is(p, Kw::At)) {
            return Some((TimeOfDay::Clock { hour, minute }, j + 1));
        }
        // "at 2000 local time", "as of 1500 Moscow time": the place stays outside the
        // expression; a preposition or bracket before the digits keeps "the 2012 Olympic
        // time trial" a year.
        let place = self.word_is(j, "local")
            || self.cap(j) && self.tok(j).is_some_and(|t| t.kind == TokenKind::Word);
        let led = self.clock_preposition_before(i)
            || i.checked_sub(1).is_some_and(|p| {
                self.punct(p, "(")
                    || ["of", "from", "since", "to", "till"]
                        .iter()
                        .any(|w| self.word_is(p, w))
            });
        if place && led && self.word_is(j + 1, "time") {
            return Some((TimeOfDay::Clock { hour, minute }, j));
        }
        // "from 0800 to 1800 GMT": the first clock shares the second one's zone.
        let linked = link
            && (matches!(self.kw(j), Some(Kw::To | Kw::Until | Kw::And))
                || (self.punct(j, "-") || self.punct(j, "–")) && self.ndigits(j + 1) == 4);
        if linked && self.ndigits(j + 1) == 4 && self.military_clock_linked(j + 1, false).is_some()
        {
            return Some((TimeOfDay::Clock { hour, minute }, j));
        }
        None
    }

    /// "in the morning", "in the afternoon", "in the evening", "at night" after an hour
    /// 1–12: the hour on the 24-hour clock and the index after the phrase.
    pub(super) fn in_the_part(&self, hour: u32, j: usize) -> Option<(u32, usize)> {
        if !(1..=12).contains(&hour) {
            return None;
        }
        let (part, next) = if self.is(j, Kw::In) && self.is(j + 1, Kw::The) {
            (self.part(j + 2)?, j + 3)
        } else if self.is(j, Kw::At) && self.word_is(j + 1, "night") {
            (PartOfDay::Night, j + 2)
        } else {
            return None;
        };
        Some((hour_in_part(part, hour)?, next))
    }

    /// "Monday afternoon at 3", "this morning at 10:30", "tonight at 8": an hour after a day
    /// with its part of the day takes that day, and the part decides the hour on the
    /// 24-hour clock (15:00, 10:30, 20:00) unless a meridiem is written.
    pub(super) fn part_then_hour(&self, i: usize) -> Option<Match> {
        if self.tok(i)?.kind != TokenKind::Number || self.ndigits(i) > 2 {
            return None;
        }
        let at = i.checked_sub(1).filter(|&p| self.is(p, Kw::At))?;
        let day = (at.saturating_sub(3)..at)
            .filter_map(|s| self.core(s))
            .find(|d| d.end == at && d.modifier.is_none())
            // "shares closed Monday afternoon at 3": a level, not an hour.
            .filter(|d| {
                !d.start
                    .checked_sub(1)
                    .and_then(|p| self.tok(p))
                    .is_some_and(|p| WordClass::LevelVerbs.has(p.text))
            })?;
        let part = match day.sem {
            Sem::Weekday {
                time: Some(TimeOfDay::Part(p)),
                ..
            }
            | Sem::Deictic {
                unit: Unit::Day,
                time: Some(TimeOfDay::Part(p)),
                ..
            }
            | Sem::Calendar {
                day: Some(_),
                time: Some(TimeOfDay::Part(p)),
                ..
            } => p,
            _ => return None,
        };
        let hour = self.num(i).filter(|h| (1..=12).contains(h))?;
        let mut e = i + 1;
        let mut minute = 0;
        if self.punct(e, ":") && self.adj(e) && self.adj(e + 1) && self.ndigits(e + 1) == 2 {
            minute = self.num(e + 1).filter(|m| *m <= 59)?;
            e += 2;
        }
        let (time, end) = if self.ampm(e).is_some() {
            self.clock(i)?
        } else {
            let clock = TimeOfDay::Clock {
                hour: hour_in_part(part, hour)?,
                minute,
            };
            (clock, self.zone_end(e).unwrap_or(e))
        };
        let sem = match day.sem {
            Sem::Weekday { weekday, dir, .. } => Sem::Weekday {
                weekday,
                time: Some(time),
                dir,
            },
            Sem::Deictic { unit, offset, .. } => Sem::Deictic {
                unit,
                offset,
                time: Some(time),
            },
            Sem::Calendar {
                year,
                month,
                day,
                dir,
                ..
            } => Sem::Calendar {
                year,
                month,
                day,
                time: Some(time),
                dir,
            },
            _ => return None,
        };
        Some(Match::new(i, end, sem, "part-then-hour"))
    }

    pub(super) fn time(&self, i: usize) -> Option<Match> {
        if let Some(m) = self.part_then_hour(i) {
            return Some(m);
        }
        let (time, j) = self.clock(i)?;
        // "5 p.m. EST Nov. 9", "noon, Jan. 3"
        let k = if self.punct(j, ",") { j + 1 } else { j };
        if let Some(m) = self.month_date(k).or_else(|| self.holiday(k))
            && let Some(sem) = clock_on_day(m.sem, time)
        {
            return Some(Match::new(i, m.end, sem, "time-date"));
        }
        // "noon next Saturday", "9 a.m. this Friday", "8 p.m. last Sunday"
        if let Some(k) = self
            .kw(j)
            .filter(|k| matches!(k, Kw::Next | Kw::Last | Kw::This))
            && let Some(w) = self.weekday(j + 1)
        {
            let dir = match k {
                Kw::Next => Direction::Future,
                Kw::Last => Direction::Past,
                _ => Direction::Same,
            };
            return Some(Match::new(
                i,
                j + 2,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir,
                },
                "time-weekday",
            ));
        }
        // "5 p.m. Friday, Nov. 14": a weekday written with its date is that date.
        if let Some(m) = self.weekday_date(j)
            && let Some(sem) = clock_on_day(m.sem, time)
        {
            return Some(Match::new(i, m.end, sem, "time-date"));
        }
        // "6 a.m. Monday", "midnight Friday", "3 p.m. today"
        // ("expires at midnight Friday" is the end of Friday, T24:00; "shortly after
        // midnight Sunday" its first hour, T00:00, as `clock` reads it.)
        if let Some(w) = self.weekday(j) {
            let time = self.in_part_after(time, j + 1);
            return Some(Match::new(
                i,
                j + 1,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir: Direction::ByTense,
                },
                "time-weekday",
            ));
        }
        // "from 9 a.m. to noon on Monday", "10 a.m. to 2 p.m. EST Friday", "between 2 and
        // 4 p.m. today": the start of a range of times takes the day named after its end.
        // "from 10 p.m. to 2 a.m. Saturday": an evening start before a morning end is on
        // the evening before.
        if self.range_link(i, j)
            && let Some(end) = self.time(j + 1).filter(|e| e.start == j + 1)
            && let Some((sem, overnight)) = same_day_at(end.sem, time)
        {
            return Some(Match {
                day_shift: if overnight { -1 } else { 0 },
                ..Match::new(i, j, sem, "time-range-start")
            });
        }
        // "10 p.m. on Monday", "noon on Nov. 3": the clock alone is the expression (the
        // day is its own), but its day is the one named after "on", not the previous one.
        // "9 a.m. local time on Monday": the place's clock still takes that day.
        // "from 0800 to 1800 local time on Sunday": a range's first clock takes the day
        // named after the second.
        let k = match self.military_clock(j + 1) {
            Some((_, end))
                if self.ndigits(i) == 4
                    && (matches!(self.kw(j), Some(Kw::To | Kw::Until | Kw::And))
                        || self.punct(j, "-")
                        || self.punct(j, "–")) =>
            {
                end
            }
            _ => j,
        };
        let mut on = if (self.word_is(k, "local") || self.cap(k)) && self.word_is(k + 1, "time") {
            k + 2
        } else {
            k
        };
        // "9 p.m. (1800 GMT) on Sunday": past the clock's conversion to another zone; and
        // the conversion itself, "(1800 GMT) on Sunday", takes the same day.
        if self.punct(on, "(")
            && let Some((_, e)) = self.clock(on + 1)
            && self.punct(e, ")")
        {
            on = e + 1;
        } else if self.punct(on, ")") && i.checked_sub(1).is_some_and(|p| self.punct(p, "(")) {
            on += 1;
        }
        // "4:17 a.m. (0117 GMT) Monday": the day right after the conversion.
        if on > k
            && let Some(w) = self.weekday(on)
            && self.weekday_expr(on).is_some()
        {
            return Some(Match::new(
                i,
                j,
                Sem::Weekday {
                    weekday: w,
                    time: Some(time),
                    dir: Direction::ByTense,
                },
                "time-on-weekday",
            ));
        }
        if self.is(on, Kw::On) {
            if let Some(m) = self.weekday_date(on + 1)
                && let Some(sem) = clock_on_day(m.sem, time)
            {
                return Some(Match::new(i, j, sem, "time-on-date"));
            }
            if let Some(w) = self.weekday(on + 1)
                && self.weekday_expr(on + 1).is_some()
            {
                return Some(Match::new(
                    i,
                    j,
                    Sem::Weekday {
                        weekday: w,
                        time: Some(self.in_part_after(time, on + 2)),
                        dir: Direction::ByTense,
                    },
                    "time-on-weekday",
                ));
            }
            if let Some(m) = self
                .month_date(on + 1)
                .or_else(|| self.day_month(on + 1))
                .or_else(|| self.holiday(on + 1))
                && let Some(sem) = clock_on_day(m.sem, time)
            {
                return Some(Match::new(i, j, sem, "time-on-date"));
            }
        }
        let offset = match self.kw(j) {
            Some(Kw::Today | Kw::Tonight) => Some(0),
            Some(Kw::Yesterday) => Some(-1),
            Some(Kw::Tomorrow) => Some(1),
            _ => None,
        };
        if let Some(offset) = offset {
            return Some(Match::new(
                i,
                j + 1,
                Sem::Deictic {
                    unit: Unit::Day,
                    offset,
                    time: Some(time),
                },
                "time-today",
            ));
        }
        Some(Match::new(i, j, Sem::Clock(time), "clock"))
    }

    /// A clock time without "a.m." or "p.m." read in the part of the day named at token `k`
    /// after its day: "11:30 on Saturday night" is 23:30.
    pub(super) fn in_part_after(&self, time: TimeOfDay, k: usize) -> TimeOfDay {
        match (time, self.part(k)) {
            (TimeOfDay::Clock { hour, minute }, Some(p)) => {
                hour_in_part(p, hour).map_or(time, |hour| TimeOfDay::Clock { hour, minute })
            }
            _ => time,
        }
    }
}
