//! A date standing as its own part of the page's `<title>` ("08.11.2021 | Fachtag …",
//! "… - 23/06/2020 - UOL"): sites that stamp each page's title with its day.

use super::candidate::{Candidate, Place, Role};
use super::order::DayOrder;
use super::parse::{Stamp, Zone, find_date};
use dom_query::Document;

/// Separators between the parts of a page title.
const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " : ", " · "];

/// Longest title part read as a date, in bytes ("31.10.2023, 10.19 Uhr").
const MAX_PART: usize = 32;

/// The date of a title part that starts with one and is short.
pub fn candidates(doc: &Document, order: DayOrder, out: &mut Vec<Candidate>) {
    let title = doc.select("head title").text();
    let parts = parts(&title);
    for (i, part) in parts.iter().enumerate() {
        // "14. - 20. Januar 2022": the part after a number ends a range.
        let ends_with_number = |p: &&str| {
            p.trim_end_matches('.')
                .ends_with(|c: char| c.is_ascii_digit())
        };
        if part.len() > MAX_PART
            || i.checked_sub(1)
                .and_then(|k| parts.get(k))
                .is_some_and(ends_with_number)
        {
            continue;
        }
        if let Some(found) = find_date(part, order).filter(|f| f.start == 0) {
            out.push(Candidate {
                stamp: Stamp {
                    date: found.date,
                    zone: Zone::Unstated,
                },
                place: Place::Title,
                role: Role::Unstated,
            });
            return;
        }
    }
}

/// The parts of a title between separators, trimmed.
fn parts(title: &str) -> Vec<&str> {
    let mut parts = vec![title.trim()];
    for sep in SEPARATORS {
        parts = parts
            .into_iter()
            .flat_map(|p| p.split(sep))
            .map(str::trim)
            .collect();
    }
    parts.retain(|p| !p.is_empty());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn found(title: &str) -> Option<NaiveDate> {
        let html = format!("<html><head><title>{title}</title></head><body></body></html>");
        let mut out = Vec::new();
        candidates(&Document::from(html), DayOrder::DayFirst, &mut out);
        out.first().map(|c| c.stamp.date)
    }

    #[test]
    fn a_date_as_its_own_title_part() {
        let d = NaiveDate::from_ymd_opt;
        assert_eq!(found("08.11.2021 | Online-Fachtag"), d(2021, 11, 8));
        assert_eq!(
            found("Novo carro capota - 23/06/2020 - UOL Carro"),
            d(2020, 6, 23)
        );
        assert_eq!(found("Regen : 31.10.2023, 10.19 Uhr"), d(2023, 10, 31));
    }

    #[test]
    fn a_date_inside_the_headline_is_not_read() {
        assert_eq!(found("What happened on 3 November 2021 in Glasgow"), None);
        assert_eq!(found("Wochenbericht 14. - 20. Januar 2022 - SLF"), None);
        assert_eq!(found("Example News"), None);
    }
}
