//! Axis ticks that adapt to the zoom: years → quarters/months → weeks/days → hours.

use super::{DAY_SECS, TimeView, from_secs, to_secs};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

/// The distance between two ticks, on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickStep {
    /// Every `n` hours.
    Hours(u32),
    /// Every `n` days.
    Days(u32),
    /// Every Monday.
    Weeks,
    /// Every `n` months (3 = quarters).
    Months(u32),
    /// Every `n` years.
    Years(i32),
}

impl TickStep {
    /// Approximate length in seconds (months and years on average).
    pub fn approx_secs(self) -> f64 {
        match self {
            TickStep::Hours(n) => f64::from(n) * 3_600.0,
            TickStep::Days(n) => f64::from(n) * DAY_SECS,
            TickStep::Weeks => 7.0 * DAY_SECS,
            TickStep::Months(n) => f64::from(n) * 30.44 * DAY_SECS,
            TickStep::Years(n) => f64::from(n) * 365.25 * DAY_SECS,
        }
    }
}

/// Candidate steps, finest first.
const STEPS: &[TickStep] = &[
    TickStep::Hours(1),
    TickStep::Hours(3),
    TickStep::Hours(6),
    TickStep::Hours(12),
    TickStep::Days(1),
    TickStep::Days(2),
    TickStep::Weeks,
    TickStep::Months(1),
    TickStep::Months(3),
    TickStep::Months(6),
    TickStep::Years(1),
    TickStep::Years(2),
    TickStep::Years(5),
    TickStep::Years(10),
    TickStep::Years(20),
    TickStep::Years(50),
    TickStep::Years(100),
    TickStep::Years(200),
    TickStep::Years(500),
    TickStep::Years(1000),
];

/// The finest step whose ticks are at least `min_spacing_px` apart at `secs_per_px`.
pub fn choose_step(secs_per_px: f64, min_spacing_px: f64) -> TickStep {
    STEPS
        .iter()
        .copied()
        .find(|s| s.approx_secs() / secs_per_px >= min_spacing_px)
        .unwrap_or(TickStep::Years(1000))
}

/// One tick of the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Its instant, in seconds.
    pub secs: f64,
    /// Short label ("Nov 4", "06:00", "2025").
    pub label: String,
    /// A wider context label ("November 2025", "2025", "Tue Nov 4, 2025") where the larger
    /// unit changes, and on the first tick.
    pub context: Option<String>,
    /// True at boundaries of the larger unit (a new year, month or day).
    pub major: bool,
}

/// At most this many ticks are produced, whatever the view.
const MAX_TICKS: usize = 1_000;

/// The ticks inside `view` for labels at least `min_spacing_px` apart, sorted by time.
pub fn ticks(view: &TimeView, min_spacing_px: f64) -> Vec<Tick> {
    let step = choose_step(view.secs_per_px(), min_spacing_px);
    let (Some(start), Some(end)) = (from_secs(view.start_secs()), from_secs(view.end_secs()))
    else {
        return Vec::new();
    };
    let mut out: Vec<Tick> = Vec::new();
    let mut t = Some(first_tick(start, step));
    let mut previous_context: Option<String> = None;
    while let Some(now) = t {
        if now > end || out.len() >= MAX_TICKS {
            break;
        }
        if now >= start {
            let (label, context_key, major) = describe(now, step);
            let context = if previous_context.as_deref() != Some(context_key.as_str()) {
                previous_context = Some(context_key.clone());
                (!context_key.is_empty()).then_some(context_key)
            } else {
                None
            };
            out.push(Tick {
                secs: to_secs(now),
                label,
                context,
                major,
            });
        }
        t = advance(now, step);
    }
    out
}

/// The last tick at or before `t`.
fn first_tick(t: NaiveDateTime, step: TickStep) -> NaiveDateTime {
    let date = t.date();
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    match step {
        TickStep::Hours(n) => {
            let hour = t.hour() - t.hour() % n.max(1);
            date.and_hms_opt(hour, 0, 0).unwrap_or(t)
        }
        TickStep::Days(n) => {
            let n = i64::from(n.max(1));
            let days = i64::from(date.num_days_from_ce());
            let back = days.rem_euclid(n);
            midnight(date - Duration::days(back))
        }
        TickStep::Weeks => {
            let back = i64::from(date.weekday().num_days_from_monday());
            midnight(date - Duration::days(back))
        }
        TickStep::Months(n) => {
            let month0 = date.month0() - date.month0() % n.max(1);
            NaiveDate::from_ymd_opt(date.year(), month0 + 1, 1).map_or(t, midnight)
        }
        TickStep::Years(n) => {
            let year = date.year() - date.year().rem_euclid(n.max(1));
            NaiveDate::from_ymd_opt(year, 1, 1).map_or(t, midnight)
        }
    }
}

fn advance(t: NaiveDateTime, step: TickStep) -> Option<NaiveDateTime> {
    match step {
        TickStep::Hours(n) => t.checked_add_signed(Duration::hours(i64::from(n))),
        TickStep::Days(n) => t.checked_add_signed(Duration::days(i64::from(n))),
        TickStep::Weeks => t.checked_add_signed(Duration::days(7)),
        TickStep::Months(n) => t.checked_add_months(chrono::Months::new(n)),
        TickStep::Years(n) => {
            let year = t.year().checked_add(n)?;
            NaiveDate::from_ymd_opt(year, 1, 1)?.and_hms_opt(0, 0, 0)
        }
    }
}

/// Label, context label and whether the tick is a major boundary.
fn describe(t: NaiveDateTime, step: TickStep) -> (String, String, bool) {
    let date = t.date();
    match step {
        TickStep::Hours(_) => (
            if t.hour() == 0 {
                date.format("%b %-d").to_string()
            } else {
                t.format("%H:%M").to_string()
            },
            date.format("%a %b %-d, %Y").to_string(),
            t.hour() == 0,
        ),
        TickStep::Days(_) | TickStep::Weeks => (
            date.format("%b %-d").to_string(),
            date.format("%B %Y").to_string(),
            date.day() == 1,
        ),
        TickStep::Months(_) => (
            date.format("%b").to_string(),
            date.year().to_string(),
            date.month() == 1,
        ),
        TickStep::Years(n) => (
            date.year().to_string(),
            String::new(),
            date.year().rem_euclid(n.saturating_mul(5).max(1)) == 0,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view_days(days: f64) -> TimeView {
        let start = to_secs(
            NaiveDate::from_ymd_opt(2025, 3, 10)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .expect("valid"),
        );
        TimeView::new(start, start + days * DAY_SECS, 0.0, 1_000.0)
    }

    #[test]
    fn ticks_adapt_to_zoom() {
        assert!(matches!(
            choose_step(view_days(0.5).secs_per_px(), 70.0),
            TickStep::Hours(_)
        ));
        assert!(matches!(
            choose_step(view_days(10.0).secs_per_px(), 70.0),
            TickStep::Days(_)
        ));
        assert!(matches!(
            choose_step(view_days(200.0).secs_per_px(), 70.0),
            TickStep::Months(_)
        ));
        assert!(matches!(
            choose_step(view_days(365.0 * 30.0).secs_per_px(), 70.0),
            TickStep::Years(_)
        ));
    }

    #[test]
    fn ticks_are_inside_sorted_and_spaced() {
        for days in [0.2, 3.0, 40.0, 400.0, 4_000.0, 400_000.0] {
            let v = view_days(days);
            let ts = ticks(&v, 70.0);
            assert!(!ts.is_empty(), "{days} days");
            for pair in ts.windows(2) {
                if let [a, b] = pair {
                    assert!(a.secs < b.secs);
                    // Calendar months and leap years make steps slightly uneven.
                    assert!(v.x_of(b.secs) - v.x_of(a.secs) >= 70.0 * 0.9, "{days} days");
                }
            }
            for t in &ts {
                assert!(v.contains(t.secs));
            }
        }
    }

    #[test]
    fn month_ticks_are_on_the_first_and_carry_the_year() {
        let v = view_days(300.0);
        let ts = ticks(&v, 70.0);
        let first = ts.first().expect("ticks");
        assert_eq!(first.context.as_deref(), Some("2025"));
        let jan = ts
            .iter()
            .find(|t| t.label == "Jan")
            .expect("a January tick");
        assert!(jan.major);
        assert_eq!(jan.context.as_deref(), Some("2026"));
    }

    #[test]
    fn week_ticks_fall_on_mondays() {
        let v = view_days(60.0);
        let ts = ticks(&v, 90.0);
        for t in ts {
            let date = from_secs(t.secs).expect("in range").date();
            assert_eq!(date.weekday(), chrono::Weekday::Mon);
        }
    }
}
