//! What a matched expression must pass to be kept: names, addresses, calls to action, generic
//! "today".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// Filters that need the context outside the match.
    pub(super) fn accept(&self, m: &Match) -> bool {
        // Titles: "This Week", "60 Minutes", "High Noon", "VOA Today" mid-sentence.
        let titled = |t: &Tok<'_>| {
            t.cap
                && t.kind == TokenKind::Word
                && t.lex.is_some_and(|l| {
                    l.month.is_none()
                        && l.weekday.is_none()
                        && l.holiday.is_none()
                        && (l.unit.is_some() || l.kw.is_some())
                })
        };
        if !matches!(
            m.sem,
            Sem::Calendar { .. }
                | Sem::Holiday { .. }
                | Sem::Weekday { .. }
                | Sem::Set(Recurrence { day: Some(_), .. })
        ) && (m.start + 1..m.end).any(|k| self.tok(k).is_some_and(titled))
            && !self.cap(m.start.saturating_sub(1))
        {
            return false;
        }
        if m.end == m.start + 1
            && matches!(self.kw(m.start), Some(Kw::Noon | Kw::Today | Kw::Tonight))
            && self.cap(m.start)
            && !self.sentence_initial(m.start)
            && m.start > 0
        {
            return false;
        }

        // "high noon comes today": the idiom for a decisive moment.
        if m.end == m.start + 1
            && self.is(m.start, Kw::Noon)
            && m.start
                .checked_sub(1)
                .is_some_and(|p| self.word_is(p, "high"))
        {
            return false;
        }
        if m.end == m.start + 1
            && matches!(self.kw(m.start), Some(Kw::Today | Kw::Tomorrow))
            && self.generic_today(m.start)
        {
            return false;
        }
        // "Now, he says ...": a discourse marker opening the sentence, not a time.
        if m.end == m.start + 1
            && self.is(m.start, Kw::Now)
            && self.sentence_initial(m.start)
            && self.punct(m.end, ",")
        {
            return false;
        }
        // "the Six-Day War", "the 1-Day Sale": a capitalized length inside a name.
        if matches!(m.sem, Sem::Duration { .. })
            && m.end > m.start + 1
            && self.tok(m.end - 1).is_some_and(|t| t.cap && t.lex.is_some_and(|l| l.unit.is_some()))
            && self.tok(m.end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.cap
                    && t.lex.is_none_or(|l| l.unit.is_none() && l.month.is_none())
            })
            // Not in a title-case headline ("Senate Passes Two-Year Budget").
            && m.start.checked_sub(1).and_then(|p| self.tok(p)).is_none_or(|p| {
                !p.cap || p.kind != TokenKind::Word || p.text.eq_ignore_ascii_case("the")
            })
        {
            return false;
        }
        // "at the last minute", "until the last moment": the idiom for "too late", no length.
        if m.end == m.start + 3
            && self.is(m.start, Kw::The)
            && self.is(m.start + 1, Kw::Last)
            && self.unit(m.start + 2) == Some((Unit::Minute, false))
            && m.start.checked_sub(1).is_some_and(|p| {
                self.is(p, Kw::At) || self.is(p, Kw::Until) || self.word_is(p, "till")
            })
        {
            return false;
        }
        // "2025 Main Street", "1600 Pennsylvania Avenue": a house number, not a year.
        if matches!(m.sem, Sem::Calendar { .. })
            && m.end == m.start + 1
            && self
                .tok(m.start)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && (m.end..m.end + 3).take_while(|&k| self.cap(k)).any(|k| {
                self.tok(k)
                    .is_some_and(|t| WordClass::StreetWords.has(t.text))
            })
        {
            return false;
        }
        if let Sem::Ref {
            kind: RefKind::Present,
            ..
        } = m.sem
            && let Some(p) = m.start.checked_sub(1).and_then(|p| self.tok(p))
            && WordClass::CallToAction.has(p.text)
        {
            return false;
        }
        true
    }

    /// "today's youth", "the world of tomorrow": the present or the future age in general
    /// (nowadays), not the day of publication or the day after it.
    pub(super) fn generic_today(&self, i: usize) -> bool {
        let generic = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == TokenKind::Word && WordClass::GenericOfAnAge.has(t.text))
        };
        // "today's youth", "today's personal computers" (one adjective between).
        if self.apostrophe(i + 1) && self.word_is(i + 2, "s") && (generic(i + 3) || generic(i + 4))
        {
            return true;
        }
        // "the people of tomorrow", "the world of today" (but "the close of today" is a day)
        i >= 3
            && self.is(i - 1, Kw::Of)
            && self.is(i - 3, Kw::The)
            && generic(i - 2)
            && self
                .tok(i + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct && !self.apostrophe(i + 1))
    }
}
