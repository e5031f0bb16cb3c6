//! Timeline view maths: the time↔x scale, axis ticks, label stacking, the context band,
//! lanes, clustering and culling.
//!
//! Plain `f64` code with no UI dependency. Times are seconds since 1970-01-01T00:00:00 on the
//! naive (time-zone-free) calendar the temporal engine resolves to; x is in pixels.

pub mod band;
pub mod cluster;
pub mod cull;
pub mod filter;
pub mod lanes;
mod stack;
mod ticks;
mod view;

pub use stack::{Placed, stack_labels};
pub use ticks::{Tick, TickStep, choose_step, ticks};
pub use view::{MAX_SPAN_SECS, MIN_SPAN_SECS, TimeView, core_range};

use chrono::{DateTime, NaiveDateTime};

/// Seconds in a day.
pub const DAY_SECS: f64 = 86_400.0;

/// `t` as seconds since the epoch.
pub fn to_secs(t: NaiveDateTime) -> f64 {
    t.and_utc().timestamp() as f64
}

/// The instant `secs` seconds after the epoch, or `None` when out of chrono's range.
pub fn from_secs(secs: f64) -> Option<NaiveDateTime> {
    if !secs.is_finite() {
        return None;
    }
    let whole = secs.floor();
    // Outside ±262,000 years chrono gives up; the cast saturates and `from_timestamp` says None.
    let nanos = ((secs - whole) * 1e9).round().clamp(0.0, 999_999_999.0) as u32;
    DateTime::from_timestamp(whole as i64, nanos).map(|d| d.naive_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn seconds_round_trip() {
        let t = NaiveDate::from_ymd_opt(2025, 11, 4)
            .and_then(|d| d.and_hms_opt(6, 15, 0))
            .expect("valid");
        assert_eq!(from_secs(to_secs(t)), Some(t));
        assert_eq!(from_secs(f64::NAN), None);
    }
}
