//! Applying a curation to an article's document, and following it into a changed article.

use super::edit::EventEdits;
use super::key::{ExpressionKey, Located};
use super::mark::{mark, unmark};
use super::{Curation, EventCuration};
use crate::article::{DateSource, Publication};
use crate::pipeline::Document;

/// An edit whose expression is no longer in the changed article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostEdit {
    /// Where the expression was.
    pub key: ExpressionKey,
    /// What had been changed on it.
    pub edits: EventEdits,
}

impl std::fmt::Display for LostEdit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let e = &self.edits;
        let what: Vec<String> = [
            e.date.map(|d| format!("date {d}")),
            e.label.as_ref().map(|l| format!("label “{l}”")),
            e.hidden.then(|| "hidden".to_string()),
            e.note.as_ref().map(|n| format!("note “{n}”")),
        ]
        .into_iter()
        .flatten()
        .collect();
        write!(
            f,
            "{} is no longer in the article: its edits ({}) were dropped",
            self.key,
            what.join(", ")
        )
    }
}

impl Curation {
    /// Applies the curation to `doc`: the publication date the analyst set (or `own`, the
    /// article's own, when none is set), then each event's edits, taken off first where
    /// they were applied before. Edits whose key names no event of `doc` are skipped
    /// (see [`Curation::reattach`]).
    pub fn apply(&self, doc: &mut Document, own: Option<&Publication>) {
        let wanted = match self.publication {
            Some(date) => Some(Publication {
                date,
                source: DateSource::User,
            }),
            None => own.cloned(),
        };
        if doc.article.publication != wanted {
            doc.set_publication(wanted);
        }
        doc.events.iter_mut().for_each(unmark);
        for EventCuration { key, edits } in &self.events {
            if let Some(event) = key.exact(doc).and_then(|i| doc.events.get_mut(i)) {
                mark(event, edits);
            }
        }
    }

    /// Follows the edits into `doc`, a re-read of an article that may have changed: an
    /// edit whose expression moved gets its new key; one whose expression is gone (or
    /// cannot be told apart from another) is taken out and returned.
    pub fn reattach(&mut self, doc: &Document) -> Vec<LostEdit> {
        let mut lost = Vec::new();
        let mut kept: Vec<EventCuration> = Vec::with_capacity(self.events.len());
        for entry in std::mem::take(&mut self.events) {
            let key = match entry.key.locate(doc) {
                Located::Exact(_) => Some(entry.key.clone()),
                Located::Moved(i) => ExpressionKey::for_event(doc, i),
                Located::Lost => None,
            };
            match key {
                Some(key) if !kept.iter().any(|k| k.key == key) => kept.push(EventCuration {
                    key,
                    edits: entry.edits,
                }),
                _ => lost.push(LostEdit {
                    key: entry.key,
                    edits: entry.edits,
                }),
            }
        }
        kept.sort_by(|a, b| a.key.cmp(&b.key));
        self.events = kept;
        lost
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, ArticleFormat};
    use crate::curation::{CorrectedDate, Edit};
    use crate::temporal::Granularity;

    const TEXT: &str = "The council met on March 3, 2025. It voted back in August.";

    fn doc(text: &str) -> Document {
        Document::new(Article::from_text(
            "a.txt",
            text.to_string(),
            ArticleFormat::Text,
        ))
    }

    fn key(d: &Document, i: usize) -> ExpressionKey {
        ExpressionKey::for_event(d, i).expect("event")
    }

    #[test]
    fn applied_edits_show_on_the_events_and_undo_restores_the_machine_reading() {
        let mut d = doc(TEXT);
        let machine = d.clone();
        let mut c = Curation::default();
        let date = CorrectedDate::parse("2025-W10").expect("date");
        let mut undo = vec![
            c.edit(Edit::Date {
                key: key(&d, 0),
                date: Some(date),
            }),
            c.edit(Edit::Label {
                key: key(&d, 0),
                label: Some("Council meets".into()),
            }),
            c.edit(Edit::Note {
                key: key(&d, 0),
                note: Some("check minutes".into()),
            }),
            c.edit(Edit::Hidden {
                key: key(&d, 1),
                hidden: true,
            }),
        ];
        c.apply(&mut d, None);
        let e = &d.events[0];
        assert_eq!(e.timex.value.to_string(), "2025-W10");
        let interval = e.timex.interval.expect("placed");
        assert_eq!(interval.granularity(), Granularity::Week);
        assert_eq!(interval.begin().to_string(), "2025-03-03 00:00:00");
        assert_eq!(&*e.label, "Council meets");
        assert_eq!(e.note(), Some("check minutes"));
        assert!(e.is_edited() && !e.is_hidden());
        assert!(
            e.timex.why.detail.starts_with(
                "edited by you: date corrected to 2025-W10 (the text read 2025-03-03)"
            ),
            "{}",
            e.timex.why.detail
        );
        assert!(d.events[1].is_hidden());
        // Applying again changes nothing.
        let once = d.clone();
        c.apply(&mut d, None);
        assert_eq!(d.events, once.events);
        // Undo everything, last first.
        while let Some(inverse) = undo.pop() {
            c.edit(inverse);
        }
        assert!(c.is_empty(), "{c:?}");
        c.apply(&mut d, None);
        assert_eq!(d.events, machine.events);
    }

    #[test]
    fn the_publication_date_override_re_dates_the_article_and_keeps_the_edits() {
        let mut d = doc(TEXT);
        let mut c = Curation::default();
        c.edit(Edit::Hidden {
            key: key(&d, 0),
            hidden: true,
        });
        let inverse = c.edit(Edit::Publication {
            date: chrono::NaiveDate::from_ymd_opt(2025, 11, 4),
        });
        assert_eq!(inverse, Edit::Publication { date: None });
        c.apply(&mut d, None);
        assert_eq!(d.events[1].timex.value.to_string(), "2025-08");
        assert!(d.events[0].is_hidden());
        c.edit(inverse);
        c.apply(&mut d, None);
        assert_eq!(d.dct(), None);
        assert!(d.events[1].timex.awaits_publication_date);
        assert!(d.events[0].is_hidden());
    }

    #[test]
    fn a_changed_article_keeps_the_edits_that_still_match_and_reports_the_others() {
        let old = doc(TEXT);
        let mut c = Curation::default();
        c.edit(Edit::Note {
            key: key(&old, 0),
            note: Some("kept".into()),
        });
        c.edit(Edit::Hidden {
            key: key(&old, 1),
            hidden: true,
        });
        let mut new = doc("Update. The city council met on March 3, 2025. It voted in spring.");
        let lost = c.reattach(&new);
        assert_eq!(lost.len(), 1);
        assert_eq!(
            lost[0].to_string(),
            "“August” at byte 51 is no longer in the article: its edits (hidden) were dropped"
        );
        c.apply(&mut new, None);
        assert_eq!(new.events[0].note(), Some("kept"));
        assert_eq!(c.events()[0].key.start, 32);
    }
}
