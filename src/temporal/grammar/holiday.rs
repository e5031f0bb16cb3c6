//! Holidays and named days: "Christmas", "New Year's Eve", "Thanksgiving Day".

use super::*;

impl<'a> Grammar<'a, '_> {
    /// Matches lower-cased words in order from `i`, skipping apostrophes; returns the end.
    pub(super) fn words(&self, i: usize, words: &[&str]) -> Option<usize> {
        let mut j = i;
        for w in words {
            // "Martin Luther King Jr. Day", "St. Patrick's Day": past an abbreviation's dot.
            while self.apostrophe(j)
                || (self.punct(j, ".")
                    && j.checked_sub(1)
                        .is_some_and(|p| self.word_is(p, "st") || self.word_is(p, "jr")))
            {
                j += 1;
            }
            if !self.word_is(j, w) {
                return None;
            }
            j += 1;
        }
        if self.apostrophe(j) && self.adj(j) {
            j += 1;
        }
        Some(j)
    }

    pub(super) fn holiday(&self, i: usize) -> Option<Match> {
        if !self.cap(i) {
            return None;
        }
        const MULTI: &[(&[&str], Holiday)] = &[
            (&["christmas", "eve"], Holiday::ChristmasEve),
            (&["christmas", "day"], Holiday::Christmas),
            (&["new", "year", "s", "day"], Holiday::NewYearsDay),
            (&["new", "year", "s", "eve"], Holiday::NewYearsEve),
            (&["new", "year", "day"], Holiday::NewYearsDay),
            (&["thanksgiving", "day"], Holiday::Thanksgiving),
            (&["election", "day"], Holiday::ElectionDay),
            (&["independence", "day"], Holiday::IndependenceDay),
            (&["labor", "day"], Holiday::LaborDay),
            (&["memorial", "day"], Holiday::MemorialDay),
            (&["veterans", "day"], Holiday::VeteransDay),
            (&["easter", "sunday"], Holiday::Easter),
            (&["good", "friday"], Holiday::GoodFriday),
            (&["black", "friday"], Holiday::BlackFriday),
            (&["cyber", "monday"], Holiday::CyberMonday),
            (&["boxing", "day"], Holiday::BoxingDay),
            (&["easter", "monday"], Holiday::EasterMonday),
            (&["valentine", "s", "day"], Holiday::ValentinesDay),
            (&["mother", "s", "day"], Holiday::MothersDay),
            (&["father", "s", "day"], Holiday::FathersDay),
            (&["presidents", "day"], Holiday::PresidentsDay),
            (
                &["martin", "luther", "king", "day"],
                Holiday::MartinLutherKingDay,
            ),
            (&["new", "year", "s"], Holiday::NewYearsDay),
            (&["st", "patrick", "s", "day"], Holiday::StPatricksDay),
            (&["saint", "patrick", "s", "day"], Holiday::StPatricksDay),
            (&["canada", "day"], Holiday::CanadaDay),
            (&["bastille", "day"], Holiday::BastilleDay),
            (&["anzac", "day"], Holiday::AnzacDay),
            (&["remembrance", "day"], Holiday::RemembranceDay),
            (&["australia", "day"], Holiday::AustraliaDay),
            (&["may", "day"], Holiday::MayDay),
            (&["groundhog", "day"], Holiday::GroundhogDay),
            (&["columbus", "day"], Holiday::ColumbusDay),
            (&["ash", "wednesday"], Holiday::AshWednesday),
            (&["palm", "sunday"], Holiday::PalmSunday),
            (
                &["martin", "luther", "king", "jr", "day"],
                Holiday::MartinLutherKingDay,
            ),
        ];
        let mut found = None;
        for (words, h) in MULTI {
            if let Some(end) = self.words(i, words) {
                found = Some((end, *h));
                break;
            }
        }
        if found.is_none()
            && let Some(h) = self.lex(i).and_then(|l| l.holiday)
        {
            found = Some((i + 1, h));
        }
        let (end, holiday) = found?;
        // "a Christmas tree", "Easter Island", "a New Year's resolution": the holiday names
        // a thing, not a day.
        if self
            .tok(end)
            .is_some_and(|t| t.kind == TokenKind::Word && WordClass::HolidayThings.has(t.text))
        {
            return None;
        }
        // "the Labor Day weekend": the weekend next to the holiday; "Easter week": the
        // week holding it.
        let around = match self.unit(end) {
            Some((Unit::Weekend, false)) => Some((HolidaySpan::Weekend, "holiday-weekend")),
            Some((Unit::Week, false)) if !self.hyphen(end + 1) => {
                Some((HolidaySpan::Week, "holiday-week"))
            }
            _ => None,
        };
        if let Some((around, rule)) = around {
            return Some(Match::new(
                i,
                end + 1,
                Sem::Holiday {
                    holiday,
                    year: None,
                    dir: Direction::ByTense,
                    around,
                },
                rule,
            ));
        }
        let (year, end) = self.opt_year(end);
        Some(Match::new(
            i,
            end,
            Sem::Holiday {
                holiday,
                year,
                dir: Direction::ByTense,
                around: HolidaySpan::Day,
            },
            "holiday",
        ))
    }
}
