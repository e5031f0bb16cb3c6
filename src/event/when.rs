//! A reader's phrasing of a resolved time ("Mon 3 Nov 2025", "recently (≈ 4 Aug – 4 Nov
//! 2025)", "about 7 weeks"), for lists, tooltips and headings. The TIMEX3 value stays the
//! precise form; this is what a person reads first.

use crate::temporal::value::{DatePart, DurationValue, RefKind, YearValue};
use crate::temporal::{Granularity, Interval, Modifier, Timex, TimexType, TimexValue};
use crate::text::ordinal;
use chrono::{Datelike, Duration, NaiveDateTime, Timelike};

/// How a person would say when `timex` is.
pub fn when_text(timex: &Timex) -> String {
    if timex.awaits_publication_date {
        return "needs a publication date".to_string();
    }
    let base = match (&timex.value, timex.timex_type) {
        (TimexValue::Duration(d), TimexType::Set) => set_text(d, timex.freq),
        // A length placed on the calendar ("three days later", "the past five years"): the
        // amount, then the days it stands for.
        (TimexValue::Duration(d), _) => match timex.interval.as_ref() {
            Some(i) => format!("{} ({})", duration_text(d), interval_text(i)),
            None => duration_text(d),
        },
        (TimexValue::Ref(kind), _) => ref_text(*kind, timex.interval.as_ref()),
        (TimexValue::Date(date), _) => match timex.interval.as_ref() {
            Some(i) if matches!(date.part, DatePart::Weekend(_)) => {
                format!("weekend of {}", range_text(i))
            }
            Some(i) if matches!(date.year, YearValue::Decade(_)) && date.part == DatePart::None => {
                format!("the {}s", i.begin().year())
            }
            Some(i) => interval_text(i),
            None => timex.value.to_string(),
        },
        (TimexValue::Text(_), _) => match timex.interval.as_ref() {
            Some(i) => interval_text(i),
            None => timex.value.to_string(),
        },
    };
    match timex.modifier {
        Some(m) => format!("{}{base}", modifier_prefix(m)),
        None => base,
    }
}

fn modifier_prefix(m: Modifier) -> &'static str {
    match m {
        Modifier::Before => "before ",
        Modifier::After => "after ",
        Modifier::OnOrBefore => "on or before ",
        Modifier::OnOrAfter => "on or after ",
        Modifier::LessThan => "less than ",
        Modifier::MoreThan => "more than ",
        Modifier::EqualOrLess => "up to ",
        Modifier::EqualOrMore => "at least ",
        Modifier::Start => "early ",
        Modifier::Mid => "mid ",
        Modifier::End => "late ",
        Modifier::Approx => "about ",
    }
}

fn amount(tenths: u32) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

fn duration_text(d: &DurationValue) -> String {
    let first = match d.tenths {
        None => format!("some {}", d.unit.plural()),
        Some(10) => format!("1 {}", d.unit.name()),
        Some(t) => format!("{} {}", amount(t), d.unit.plural()),
    };
    match d.and {
        Some((1, u)) => format!("{first} 1 {}", u.name()),
        Some((n, u)) => format!("{first} {n} {}", u.plural()),
        None => first,
    }
}

fn set_text(d: &DurationValue, freq: Option<u32>) -> String {
    let every = match d.tenths {
        Some(10) | None => format!("every {}", d.unit.name()),
        Some(t) => format!("every {} {}", amount(t), d.unit.plural()),
    };
    match freq {
        Some(1) | None => every,
        Some(2) => format!("twice a {}", d.unit.name()),
        Some(n) => format!("{n} times a {}", d.unit.name()),
    }
}

fn ref_text(kind: RefKind, interval: Option<&Interval>) -> String {
    let (word, with_range) = match kind {
        RefKind::Past => ("recently", true),
        RefKind::Present => ("now", false),
        RefKind::Future => ("in the future", false),
    };
    match interval {
        Some(i) if with_range => format!("{word} (≈ {})", range_text(i)),
        Some(i) => format!("{word} ({})", day(i.begin())),
        None => word.to_string(),
    }
}

fn day(t: NaiveDateTime) -> String {
    t.format("%a %-d %b %Y").to_string()
}

/// "4 Aug – 4 Nov 2025", "1–2 Nov 2025": the days covered, end inclusive.
fn range_text(i: &Interval) -> String {
    let first = i.begin().date();
    let last = (i.until() - Duration::nanoseconds(1)).date();
    if first == last {
        return first.format("%-d %b %Y").to_string();
    }
    if first.year() != last.year() {
        return format!(
            "{} – {}",
            first.format("%-d %b %Y"),
            last.format("%-d %b %Y")
        );
    }
    if first.month() != last.month() {
        return format!("{} – {}", first.format("%-d %b"), last.format("%-d %b %Y"));
    }
    format!("{}–{}", first.format("%-d"), last.format("%-d %b %Y"))
}

fn interval_text(i: &Interval) -> String {
    let b = i.begin();
    match i.granularity() {
        Granularity::Millennium => format!(
            "{} millennium",
            ordinal(i64::from(b.year().div_euclid(1000) + 1))
        ),
        Granularity::Century => format!(
            "{} century",
            ordinal(i64::from(b.year().div_euclid(100) + 1))
        ),
        Granularity::Decade => format!("the {}s", b.year()),
        Granularity::Year => b.year().to_string(),
        Granularity::Half => format!("H{} {}", if b.month() <= 6 { 1 } else { 2 }, b.year()),
        Granularity::Quarter => format!("Q{} {}", (b.month() - 1) / 3 + 1, b.year()),
        Granularity::Season => {
            let name = match b.month() {
                3..=5 => "spring",
                6..=8 => "summer",
                9..=11 => "autumn",
                _ => "winter",
            };
            format!("{name} {}", b.year())
        }
        Granularity::Month => b.format("%B %Y").to_string(),
        Granularity::Week => format!("week of {}", b.format("%-d %b %Y")),
        Granularity::Day if i.until() - b > Duration::days(1) => range_text(i),
        Granularity::Day => day(b),
        Granularity::PartOfDay => {
            let part = match b.hour() {
                0..=11 => "morning",
                12..=13 => "midday",
                14..=17 => "afternoon",
                18..=20 => "evening",
                _ => "night",
            };
            format!("{}, {part}", day(b))
        }
        Granularity::Hour | Granularity::Minute | Granularity::Second => {
            format!("{}, {}", day(b), b.format("%H:%M"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::Engine;
    use chrono::NaiveDate;

    fn read(text: &str) -> Vec<(String, String)> {
        let dct = NaiveDate::from_ymd_opt(2025, 11, 4);
        Engine::global()
            .extract(text, dct)
            .into_iter()
            .map(|t| (text[t.span.start..t.span.end].to_string(), when_text(&t)))
            .collect()
    }

    fn when(text: &str, expression: &str) -> String {
        read(text)
            .into_iter()
            .find(|(e, _)| e == expression)
            .unwrap_or_else(|| panic!("{expression:?} not found in {:?}", read(text)))
            .1
    }

    #[test]
    fn dates_read_like_a_calendar() {
        assert_eq!(
            when("The bridge reopened on Monday.", "Monday"),
            "Mon 3 Nov 2025"
        );
        assert_eq!(when("It began back in August.", "August"), "August 2025");
        assert_eq!(when("Last year it failed.", "Last year"), "2024");
        assert_eq!(
            when("The work is planned for next spring.", "next spring"),
            "spring 2026"
        );
        assert_eq!(
            when("Crews worked through the weekend.", "the weekend"),
            "weekend of 1–2 Nov 2025"
        );
    }

    #[test]
    fn centuries_read_as_ordinals() {
        assert_eq!(
            when("It was built in the 11th century.", "the 11th century"),
            "11th century"
        );
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(12), "12th");
        assert_eq!(ordinal(2), "2nd");
    }

    #[test]
    fn vague_references_show_their_range() {
        assert_eq!(
            when("In recent months it grew.", "recent months"),
            "recently (≈ 4 Aug – 4 Nov 2025)"
        );
    }

    #[test]
    fn durations_and_sets_read_as_amounts() {
        assert_eq!(
            when("The repair took about seven weeks.", "about seven weeks"),
            "about 7 weeks"
        );
        assert_eq!(
            when("They check the girders every month.", "every month"),
            "every month"
        );
        assert_eq!(
            when("They check it twice a year.", "twice a year"),
            "twice a year"
        );
        assert_eq!(
            when(
                "The vote took two hours and 10 minutes.",
                "two hours and 10 minutes"
            ),
            "2 hours 10 minutes"
        );
    }

    #[test]
    fn lengths_that_reach_a_day_show_it() {
        assert_eq!(
            when(
                "The dam failed on Oct. 28. Two days later the village was evacuated.",
                "Two days later"
            ),
            "2 days (Thu 30 Oct 2025)"
        );
    }

    #[test]
    fn relative_dates_without_an_anchor_say_so() {
        let t = Engine::global().extract("It reopened on Monday.", None);
        assert_eq!(
            t.first().map(when_text).as_deref(),
            Some("needs a publication date")
        );
    }
}
