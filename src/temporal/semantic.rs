//! Pass 2's output: the meaning of a recognized expression, before any date is known.
//!
//! A [`Semantic`] holds absolute calendar fields, or an offset from an anchor, or a length,
//! a recurrence or a vague reference — never a rendered string.

use super::types::Modifier;

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A weekend.
    Weekend,
    /// A week.
    Week,
    /// Two weeks.
    Fortnight,
    /// A month.
    Month,
    /// A quarter year.
    Quarter,
    /// Half a year.
    Half,
    /// A year.
    Year,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
}

impl Unit {
    /// The unit's English name, singular ("week", "half year").
    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Weekend => "weekend",
            Unit::Week => "week",
            Unit::Fortnight => "fortnight",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Half => "half year",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
        }
    }

    /// The unit's English name, plural ("weeks", "centuries").
    pub fn plural(self) -> String {
        match self {
            Unit::Century => "centuries".to_string(),
            other => format!("{}s", other.name()),
        }
    }
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    /// Spring (`SP`).
    Spring,
    /// Summer (`SU`).
    Summer,
    /// Fall or autumn (`FA`).
    Fall,
    /// Winter (`WI`).
    Winter,
}

impl Season {
    /// TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// First month of the season (winter starts in December).
    pub fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    /// Morning (`MO`).
    Morning,
    /// Midday (`MI`).
    Midday,
    /// Afternoon (`AF`).
    Afternoon,
    /// Evening (`EV`).
    Evening,
    /// Night (`NI`).
    Night,
    /// Daytime (`DT`).
    Daytime,
}

impl PartOfDay {
    /// TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            PartOfDay::Morning => "MO",
            PartOfDay::Midday => "MI",
            PartOfDay::Afternoon => "AF",
            PartOfDay::Evening => "EV",
            PartOfDay::Night => "NI",
            PartOfDay::Daytime => "DT",
        }
    }

    /// The hours `[from, to)` it covers (`to` may pass 24).
    pub fn hours(self) -> (u32, u32) {
        match self {
            PartOfDay::Morning => (6, 12),
            PartOfDay::Midday => (11, 14),
            PartOfDay::Afternoon => (12, 18),
            PartOfDay::Evening => (18, 22),
            PartOfDay::Night => (21, 30),
            PartOfDay::Daytime => (8, 18),
        }
    }
}

/// A time of day as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeOfDay {
    /// A clock time, 24-hour.
    Clock {
        /// Hour, 0–23.
        hour: u32,
        /// Minute, 0–59.
        minute: u32,
    },
    /// A part of the day.
    Part(PartOfDay),
}

/// Which way an under-specified expression ("on Monday", "in August") points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Decided by the clause's tense.
    ByTense,
    /// Always the most recent past one ("back in August", "last Monday").
    Past,
    /// Always the next one ("next Monday").
    Future,
    /// The one in the reference's own week/year ("this Monday", "this fall").
    Same,
    /// The last one strictly before the previous time in the text ("the previous Friday").
    BeforePrevious,
    /// The first one strictly after the previous time in the text ("the following Friday").
    AfterPrevious,
    /// The one of the previous time in the text ("that summer": the summer of the year
    /// named before).
    AtPrevious,
}

/// A number of units, possibly unspecified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Amount {
    /// A known number, in tenths (15 = 1.5).
    Tenths(u32),
    /// An unspecified number ("a few", "several", "years").
    Some,
}

impl Amount {
    /// A whole number.
    pub fn n(n: u32) -> Self {
        Amount::Tenths(n.saturating_mul(10))
    }

    /// The whole number of units, when known and whole.
    pub fn whole(self) -> Option<i32> {
        match self {
            Amount::Tenths(t) if t % 10 == 0 => i32::try_from(t / 10).ok(),
            _ => None,
        }
    }
}

/// The part of a year a period names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearPart {
    /// A season.
    Season(Season),
    /// A quarter, 1–4.
    Quarter(u32),
    /// A half, 1–2.
    Half(u32),
}

/// A part of a year named relative to the publication year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YearSub {
    /// A month, with an optional day ("June last year", "May 5 this year").
    Month(u32, Option<u32>),
    /// A season, quarter or half ("this year's third quarter").
    Part(YearPart),
    /// The quarter under discussion ("last year's quarter").
    CurrentQuarter,
}

/// A named holiday, computed per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// December 25.
    Christmas,
    /// December 24.
    ChristmasEve,
    /// January 1.
    NewYearsDay,
    /// December 31.
    NewYearsEve,
    /// Fourth Thursday of November.
    Thanksgiving,
    /// Tuesday after the first Monday of November.
    ElectionDay,
    /// July 4.
    IndependenceDay,
    /// First Monday of September.
    LaborDay,
    /// Last Monday of May.
    MemorialDay,
    /// November 11.
    VeteransDay,
    /// Easter Sunday.
    Easter,
    /// Friday before Easter.
    GoodFriday,
    /// October 31.
    Halloween,
    /// February 14.
    ValentinesDay,
    /// Third Monday of January.
    MartinLutherKingDay,
    /// Third Monday of February.
    PresidentsDay,
    /// Second Sunday of May.
    MothersDay,
    /// Third Sunday of June.
    FathersDay,
    /// The day after Thanksgiving.
    BlackFriday,
    /// The Monday after Thanksgiving.
    CyberMonday,
    /// December 26.
    BoxingDay,
    /// June 19.
    Juneteenth,
    /// The Monday after Easter.
    EasterMonday,
    /// March 17.
    StPatricksDay,
    /// July 1.
    CanadaDay,
    /// July 14.
    BastilleDay,
    /// April 25.
    AnzacDay,
    /// November 11 (Commonwealth).
    RemembranceDay,
    /// January 26.
    AustraliaDay,
    /// May 1.
    MayDay,
    /// February 2.
    GroundhogDay,
    /// Second Monday of October.
    ColumbusDay,
    /// Forty-six days before Easter.
    AshWednesday,
    /// Seven days before Easter.
    PalmSunday,
}

impl Holiday {
    /// The holiday's name as written in English news.
    pub fn name(self) -> &'static str {
        match self {
            Holiday::Christmas => "Christmas",
            Holiday::ChristmasEve => "Christmas Eve",
            Holiday::NewYearsDay => "New Year's Day",
            Holiday::NewYearsEve => "New Year's Eve",
            Holiday::Thanksgiving => "Thanksgiving",
            Holiday::ElectionDay => "Election Day",
            Holiday::IndependenceDay => "Independence Day",
            Holiday::LaborDay => "Labor Day",
            Holiday::MemorialDay => "Memorial Day",
            Holiday::VeteransDay => "Veterans Day",
            Holiday::Easter => "Easter",
            Holiday::GoodFriday => "Good Friday",
            Holiday::Halloween => "Halloween",
            Holiday::ValentinesDay => "Valentine's Day",
            Holiday::MartinLutherKingDay => "Martin Luther King Day",
            Holiday::PresidentsDay => "Presidents Day",
            Holiday::MothersDay => "Mother's Day",
            Holiday::FathersDay => "Father's Day",
            Holiday::BlackFriday => "Black Friday",
            Holiday::CyberMonday => "Cyber Monday",
            Holiday::BoxingDay => "Boxing Day",
            Holiday::Juneteenth => "Juneteenth",
            Holiday::EasterMonday => "Easter Monday",
            Holiday::StPatricksDay => "St. Patrick's Day",
            Holiday::CanadaDay => "Canada Day",
            Holiday::BastilleDay => "Bastille Day",
            Holiday::AnzacDay => "Anzac Day",
            Holiday::RemembranceDay => "Remembrance Day",
            Holiday::AustraliaDay => "Australia Day",
            Holiday::MayDay => "May Day",
            Holiday::GroundhogDay => "Groundhog Day",
            Holiday::ColumbusDay => "Columbus Day",
            Holiday::AshWednesday => "Ash Wednesday",
            Holiday::PalmSunday => "Palm Sunday",
        }
    }
}

/// What a holiday's name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidaySpan {
    /// The day ("Christmas").
    Day,
    /// The weekend next to it ("the Labor Day weekend").
    Weekend,
    /// The ISO week holding it ("Easter week", "Thanksgiving week").
    Week,
    /// A time of day on it ("3 p.m. on Christmas Eve", "midnight New Year's Eve").
    At(TimeOfDay),
}

/// What "the first … of March" counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NthOf {
    /// ISO weeks, the first being the one holding the month's first Thursday (as ISO
    /// counts the weeks of a year).
    Week,
    /// Weekends, by their Saturday.
    Weekend,
    /// One weekday, 1 = Monday.
    Weekday(u32),
    /// Days ("the last day of October").
    Day,
}

/// Where a relative offset is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnchorKind {
    /// The publication date ("two weeks ago").
    Publication,
    /// The previous time in the text ("two days later").
    Previous,
}

/// The meaning of one expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sem {
    /// Calendar fields as written; a missing year is found from the reference and tense.
    Calendar {
        /// Year, when written.
        year: Option<i32>,
        /// Month, 1–12.
        month: Option<u32>,
        /// Day of month.
        day: Option<u32>,
        /// Time of day.
        time: Option<TimeOfDay>,
        /// Direction when the year is missing.
        dir: Direction,
    },
    /// A season, quarter or half, with or without its year.
    Period {
        /// Year, when written.
        year: Option<i32>,
        /// Which part of the year.
        part: YearPart,
        /// Direction when the year is missing.
        dir: Direction,
    },
    /// The week containing a day ("the week of March 6"), written as that ISO week.
    WeekOf {
        /// Year, when written.
        year: Option<i32>,
        /// Month, 1–12.
        month: u32,
        /// Day of month.
        day: u32,
        /// Direction when the year is missing.
        dir: Direction,
        /// The weekend of that week ("the weekend of Nov. 15"), not the whole week.
        weekend: bool,
    },
    /// The n-th (or last) week, weekend or weekday of a month ("the first week of
    /// December", "the last weekend of September", "the first Monday in October").
    NthOfMonth {
        /// Year, when written.
        year: Option<i32>,
        /// Month, 1–12.
        month: u32,
        /// 1–5, or -1 for the last one.
        n: i32,
        /// What is counted.
        of: NthOf,
        /// Direction when the year is missing.
        dir: Direction,
    },
    /// A decade, by its first three digits (199 = the 1990s).
    Decade(i32),
    /// A part of the publication year shifted by `offset` years ("June last year").
    InDeicticYear {
        /// Years from the publication year.
        offset: i32,
        /// Which part.
        part: YearSub,
    },
    /// The quarter under discussion, in another year ("the 1988 quarter").
    QuarterOfYear {
        /// The year.
        year: i32,
    },
    /// A century, by its first two digits (19 = the 1900s).
    Century(i32),
    /// The turn of an unnamed century or millennium ("the turn of the century"): the
    /// year that is a multiple of `years` (100 or 1000) nearest the reference on the side
    /// `dir` gives.
    Turn {
        /// 100 for a century, 1000 for a millennium.
        years: i32,
        /// Which one.
        dir: Direction,
    },
    /// A weekday, 1 = Monday, placed by direction.
    Weekday {
        /// 1–7.
        weekday: u32,
        /// Time of day.
        time: Option<TimeOfDay>,
        /// Which one.
        dir: Direction,
    },
    /// The weekend near the reference.
    Weekend {
        /// Which one.
        dir: Direction,
    },
    /// A holiday, with or without its year.
    Holiday {
        /// Which holiday.
        holiday: Holiday,
        /// Year, when written.
        year: Option<i32>,
        /// Direction when the year is missing.
        dir: Direction,
        /// The day itself, or the weekend or week around it.
        around: HolidaySpan,
    },
    /// The unit containing the publication date, shifted by `offset` units ("today",
    /// "yesterday", "last week", "next year").
    Deictic {
        /// Unit.
        unit: Unit,
        /// Offset in units.
        offset: i32,
        /// Time of day ("tonight", "yesterday morning").
        time: Option<TimeOfDay>,
    },
    /// The unit containing the previous time in the text, shifted ("the next day", "that
    /// week", "that night").
    Anaphoric {
        /// Unit.
        unit: Unit,
        /// Offset in units.
        offset: i32,
        /// A part of that day ("that night", "the previous evening"); only with a day.
        time: Option<TimeOfDay>,
    },
    /// A distance before or after an anchor ("two weeks ago", "two days later").
    Shift {
        /// How many units.
        amount: Amount,
        /// Unit.
        unit: Unit,
        /// Negative: before the anchor.
        sign: i32,
        /// Counted from.
        anchor: AnchorKind,
    },
    /// A time of day alone, on the day of the previous time or the publication date.
    Clock(TimeOfDay),
    /// A length of time.
    Duration {
        /// How many units.
        amount: Amount,
        /// Unit.
        unit: Unit,
        /// Ends at the publication date ("the past five years").
        ending_now: bool,
    },
    /// A length in two units ("two hours and 10 minutes", "three years, six months").
    CompoundDuration {
        /// The whole number of the larger unit, and the unit.
        first: (u32, Unit),
        /// The whole number of the smaller unit, and the unit.
        then: (u32, Unit),
    },
    /// A recurrence.
    Set(Recurrence),
    /// "recently" (`PAST_REF`), "now" (`PRESENT_REF`), "the future" (`FUTURE_REF`).
    Ref {
        /// Which reference.
        kind: super::value::RefKind,
        /// The unit giving its extent on the timeline ("recent months": month).
        unit: Unit,
    },
}

/// What recurs in a set ("every Monday", "twice a year", "every Christmas").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Recurrence {
    /// Period length in units.
    pub amount: Amount,
    /// Period unit.
    pub unit: Unit,
    /// A weekday ("every Monday").
    pub weekday: Option<u32>,
    /// A part of the day ("every morning").
    pub part: Option<PartOfDay>,
    /// A month ("each July").
    pub month: Option<u32>,
    /// A season ("every summer").
    pub season: Option<Season>,
    /// A day of `month` ("every Christmas": 25 of month 12).
    pub day: Option<u32>,
    /// Times per period ("twice a year").
    pub freq: Option<u32>,
}

impl Recurrence {
    /// Every `amount` `unit`s, with nothing more said ("every two weeks").
    pub fn every(amount: Amount, unit: Unit) -> Self {
        Self {
            amount,
            unit,
            weekday: None,
            part: None,
            month: None,
            season: None,
            day: None,
            freq: None,
        }
    }
}

/// A recognized expression's meaning and the modifier around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Semantic {
    /// The meaning.
    pub sem: Sem,
    /// TIMEX3 `mod`.
    pub modifier: Option<Modifier>,
    /// Days to add to the resolved day ("the day before yesterday": -1).
    pub day_shift: i32,
    /// Years to add to the resolved day or week ("a year ago Tuesday": -1).
    pub year_shift: i32,
}
