//! A possible publication date found on a page, with the place it was found, and the weigher
//! that chooses among them by the reliability of each place, agreement and time zone.

use super::parse::{Stamp, Zone};
use super::{DateSource, DateSuggestion, Publication, SuggestionReason};
use chrono::NaiveDate;

/// What a date on a page says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The original publication ("published", `datePublished`).
    Published,
    /// A later change ("updated", `dateModified`): never the publication date.
    Modified,
    /// Not said.
    Unstated,
}

/// Where on a page an element stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// The article's header or byline (inside `<article>`, `<header>`, a byline or meta box).
    Header,
    /// Somewhere else in the body.
    Body,
    /// A sidebar, footer, navigation, comment or list of other stories.
    Aside,
}

/// The place a candidate date was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// JSON-LD; `article` when the object is the page's first article-like object.
    JsonLd { article: bool },
    /// A `<meta>` tag; `strong` for tags that name the publication date only.
    Meta { key: String, strong: bool },
    /// An `itemprop` on an element.
    Itemprop { spot: Spot },
    /// A `<time datetime>` element.
    Time { spot: Spot },
    /// A date attribute: `<abbr title>`, `data-*`.
    Attribute { name: String, spot: Spot },
    /// The text of a byline, date box or labelled line.
    Byline { text: String, spot: Spot },
    /// The page's own URL (`<link rel=canonical>`, `og:url`).
    Url,
    /// A publication key of the page's script data (app state, data layer).
    State { key: String },
    /// A part of the page's `<title>` that is a date.
    Title,
}

impl Place {
    /// How far a date found here is trusted, 0–10; below [`MIN_WEIGHT`] it never wins alone.
    fn weight(&self) -> u32 {
        let by_spot = |spot: &Spot, header: u32, body: u32| match spot {
            Spot::Header => header,
            Spot::Body => body,
            Spot::Aside => 1,
        };
        match self {
            Place::JsonLd { article: true } => 10,
            Place::JsonLd { article: false } => 6,
            Place::Meta { strong: true, .. } => 9,
            Place::Meta { strong: false, .. } => 5,
            Place::Itemprop { spot } => by_spot(spot, 8, 7),
            Place::Time { spot } => by_spot(spot, 7, 5),
            Place::Attribute { spot, .. } => by_spot(spot, 6, 4),
            Place::Byline { spot, .. } => by_spot(spot, 6, 5),
            Place::Url => 6,
            Place::State { .. } => 5,
            Place::Title => 5,
        }
    }

    /// Places of one kind agree with each other for free; agreement counts across kinds.
    fn kind(&self) -> u8 {
        match self {
            Place::JsonLd { .. } => 0,
            Place::Meta { .. } => 1,
            Place::Itemprop { .. } => 2,
            Place::Time { .. } => 3,
            Place::Attribute { .. } => 4,
            Place::Byline { .. } => 5,
            Place::Url => 6,
            Place::State { .. } => 7,
            Place::Title => 8,
        }
    }

    fn source(&self) -> DateSource {
        let meta = |key: &str| DateSource::HtmlMeta { key: key.into() };
        match self {
            Place::JsonLd { .. } => DateSource::JsonLd,
            Place::Meta { key, .. } => meta(key),
            Place::Itemprop { .. } => meta("itemprop=datePublished"),
            Place::Time { .. } => meta("<time datetime>"),
            Place::Attribute { name, .. } => meta(name),
            Place::Byline { text, .. } => DateSource::Byline { text: text.clone() },
            Place::Url => DateSource::Url,
            Place::State { key } => DateSource::PageData { key: key.clone() },
            Place::Title => DateSource::PageTitle,
        }
    }
}

/// The least weight (with agreement) a date needs to be taken as the publication date.
pub const MIN_WEIGHT: u32 = 5;

/// One possible publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The day and the time zone it was written in.
    pub stamp: Stamp,
    /// Where it was found.
    pub place: Place,
    /// What the page says it is.
    pub role: Role,
}

impl Candidate {
    fn date(&self) -> NaiveDate {
        self.stamp.date
    }
    /// The weight of its place; a byline labelled as the publication ("Published:",
    /// "Datum:") is trusted wherever it stands.
    fn weight(&self) -> u32 {
        let place = self.place.weight();
        match (&self.place, self.role) {
            (Place::Byline { .. }, Role::Published) => (place + 1).max(MIN_WEIGHT),
            _ => place,
        }
    }
    fn usable(&self) -> bool {
        self.role != Role::Modified
    }
}

/// The chosen publication date, and the other dates as suggestions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// The publication date, when a trustworthy one was found.
    pub publication: Option<Publication>,
    /// The other dates found, as guesses.
    pub suggestions: Vec<DateSuggestion>,
}

/// Chooses the publication date: each day scores the weight of its best place plus one for
/// every other kind of place that agrees (at most three). A day from a UTC timestamp yields
/// to a day one off it that a place without UTC states (the page's local day). Updated dates
/// never win; a day below [`MIN_WEIGHT`] is not trusted.
pub fn weigh(candidates: &[Candidate]) -> Choice {
    let score = |date: NaiveDate| -> u32 {
        let at: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| c.usable() && c.date() == date)
            .collect();
        let best = at.iter().map(|c| c.weight()).max().unwrap_or(0);
        let mut kinds: Vec<u8> = at.iter().map(|c| c.place.kind()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        best + (kinds.len() as u32).saturating_sub(1).min(3)
    };
    let winner = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.usable())
        .map(|(i, c)| (score(c.date()), i, c))
        .filter(|(s, ..)| *s >= MIN_WEIGHT)
        // Highest score; on a tie the most trusted place, then the first on the page (the
        // newest of a list of posts).
        .max_by(|(sa, ia, a), (sb, ib, b)| {
            sa.cmp(sb)
                .then(a.weight().cmp(&b.weight()))
                .then(ib.cmp(ia))
        })
        .map(|(_, _, c)| (local_day(c, candidates), c));
    let mut suggestions: Vec<DateSuggestion> = Vec::new();
    for c in candidates {
        let chosen = winner.is_some_and(|(date, _)| date == c.date());
        if !chosen && !suggestions.iter().any(|s| s.date == c.date()) {
            suggestions.push(DateSuggestion {
                date: c.date(),
                reason: SuggestionReason::OtherDateOnPage,
            });
        }
    }
    Choice {
        publication: winner.map(|(date, c)| Publication {
            date,
            source: c.place.source(),
        }),
        suggestions,
    }
}

/// The local day of the winner. A UTC timestamp whose day no other trusted place states is moved into the page's own time zone
/// (the offset most of its other timestamps carry); without one, to the day a URL or byline
/// states when that day is one the UTC time of day allows (before 06:00 the day before in
/// the Americas, from 16:00 the day after in Asia).
fn local_day(winner: &Candidate, all: &[Candidate]) -> NaiveDate {
    let Zone::Utc(at) = winner.stamp.zone else {
        return winner.date();
    };
    // A trusted place that writes the day without UTC confirms it.
    let confirmed = all.iter().any(|c| {
        c.usable()
            && c.date() == winner.date()
            && !matches!(c.stamp.zone, Zone::Utc(_))
            && c.weight() >= MIN_WEIGHT
    });
    if confirmed {
        return winner.date();
    }
    if let Some(offset) = page_offset(all) {
        return (at + chrono::TimeDelta::seconds(i64::from(offset))).date();
    }
    let shift = match chrono::Timelike::hour(&at) {
        0..6 => -1,
        16.. => 1,
        _ => return winner.date(),
    };
    let local = winner.date() + chrono::TimeDelta::days(shift);
    let stated = all.iter().any(|c| {
        c.usable() && c.date() == local && matches!(c.place, Place::Url | Place::Byline { .. })
    });
    if stated { local } else { winner.date() }
}

/// The offset from UTC most of the page's zoned timestamps carry, in seconds.
fn page_offset(all: &[Candidate]) -> Option<i32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for c in all {
        if let Zone::Local(offset) = c.stamp.zone {
            match counts.iter_mut().find(|(o, _)| *o == offset) {
                Some((_, n)) => *n += 1,
                None => counts.push((offset, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map(|(o, _)| o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(day: u32, zone: Zone, place: Place, role: Role) -> Candidate {
        Candidate {
            stamp: Stamp {
                date: NaiveDate::from_ymd_opt(2024, 3, day).expect("date"),
                zone,
            },
            place,
            role,
        }
    }

    fn utc(day: u32, hour: u32) -> Zone {
        let date = NaiveDate::from_ymd_opt(2024, 3, day).expect("date");
        Zone::Utc(date.and_hms_opt(hour, 10, 0).expect("time"))
    }

    fn chosen(c: &[Candidate]) -> Option<u32> {
        weigh(c).publication.map(|p| chrono::Datelike::day(&p.date))
    }

    #[test]
    fn a_utc_timestamp_yields_to_the_local_day_of_the_url() {
        let json_ld = Place::JsonLd { article: true };
        let c = [
            cand(15, utc(15, 2), json_ld.clone(), Role::Published),
            cand(14, Zone::Unstated, Place::Url, Role::Unstated),
        ];
        assert_eq!(chosen(&c), Some(14));
        // Without another place the UTC day stands.
        assert_eq!(chosen(&c[..1]), Some(15));
        // At 10:00 UTC the day is the same nearly everywhere: the URL's day is another.
        let c = [
            cand(15, utc(15, 10), json_ld, Role::Published),
            cand(14, Zone::Unstated, Place::Url, Role::Unstated),
        ];
        assert_eq!(chosen(&c), Some(15));
    }

    #[test]
    fn a_utc_timestamp_is_read_in_the_pages_own_time_zone() {
        let aside = Place::Time { spot: Spot::Aside };
        let c = [
            cand(
                15,
                utc(15, 2),
                Place::JsonLd { article: true },
                Role::Published,
            ),
            cand(20, Zone::Local(-4 * 3600), aside, Role::Modified),
        ];
        assert_eq!(chosen(&c), Some(14));
    }

    #[test]
    fn updated_dates_lose_and_become_suggestions() {
        let header = Place::Time { spot: Spot::Header };
        let c = [
            cand(
                20,
                Zone::Local(3600),
                Place::JsonLd { article: true },
                Role::Modified,
            ),
            cand(3, Zone::Unstated, header, Role::Published),
        ];
        let choice = weigh(&c);
        assert_eq!(
            choice.publication.map(|p| chrono::Datelike::day(&p.date)),
            Some(3)
        );
        assert_eq!(choice.suggestions.len(), 1);
    }

    #[test]
    fn agreement_beats_a_single_stronger_place() {
        let c = [
            cand(
                9,
                Zone::Unstated,
                Place::Meta {
                    key: "date".into(),
                    strong: false,
                },
                Role::Unstated,
            ),
            cand(
                8,
                Zone::Unstated,
                Place::Time { spot: Spot::Header },
                Role::Published,
            ),
            cand(8, Zone::Unstated, Place::Url, Role::Unstated),
            cand(
                8,
                Zone::Unstated,
                Place::Byline {
                    text: "8 March".into(),
                    spot: Spot::Header,
                },
                Role::Unstated,
            ),
        ];
        assert_eq!(chosen(&c), Some(8));
    }

    #[test]
    fn a_date_in_a_sidebar_alone_is_not_trusted() {
        let c = [cand(
            1,
            Zone::Unstated,
            Place::Time { spot: Spot::Aside },
            Role::Unstated,
        )];
        assert_eq!(chosen(&c), None);
        assert_eq!(weigh(&c).suggestions.len(), 1);
    }
}
