//! CSV for spreadsheets: a header row and one row per event, UTF-8 with a byte-order mark.

use super::records::iso_instant;
use super::{DataExportError, Shown};
use crate::article::DateSource;

/// The header row, a contract: columns are only ever added at the end.
pub const COLUMNS: [&str; 13] = [
    "article",
    "publication date",
    "expression",
    "type",
    "value",
    "begin",
    "until",
    "granularity",
    "label",
    "trigger",
    "sentence",
    "note",
    "edited",
];

/// The shown events as CSV bytes.
pub fn csv(shown: &Shown<'_>) -> Result<Vec<u8>, DataExportError> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    writer.write_record(COLUMNS)?;
    for (_, doc, event) in shown.each() {
        let t = &event.timex;
        let interval = t.interval.as_ref();
        let publication = doc.article.publication.as_ref();
        let edited = publication
            .is_some_and(|p| matches!(p.source, DateSource::User | DateSource::CommandLine));
        let note = if t.awaits_publication_date {
            "waits for a publication date".to_string()
        } else {
            t.why.to_string()
        };
        let row = [
            cell(&doc.article.display_name()),
            publication.map_or_else(String::new, |p| p.date.format("%Y-%m-%d").to_string()),
            cell(doc.slice(t.span)),
            t.timex_type.to_string(),
            cell(&t.value.to_string()),
            interval.map_or_else(String::new, |i| iso_instant(i.begin(), i.granularity())),
            interval.map_or_else(String::new, |i| iso_instant(i.until(), i.granularity())),
            interval.map_or_else(String::new, |i| i.granularity().to_string()),
            cell(&event.label),
            event
                .trigger
                .map_or_else(String::new, |tr| cell(doc.slice(tr.span))),
            cell(doc.slice(event.sentence)),
            cell(&note),
            edited.to_string(),
        ];
        writer.write_record(&row)?;
    }
    writer
        .into_inner()
        .map_err(|e| DataExportError::Csv(csv::Error::from(e.into_error())))
}

/// `text` as an inert spreadsheet cell: control characters other than line breaks and tabs
/// dropped, and a leading `=`, `+`, `-`, `@` (which a spreadsheet would run as a formula)
/// guarded by an apostrophe.
fn cell(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .collect();
    if clean.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{clean}")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DataFormat, data_bytes, hostile};
    use super::*;
    use crate::render::fixtures::sample;

    fn rows(bytes: &[u8]) -> Vec<csv::StringRecord> {
        let body = bytes.strip_prefix("\u{feff}".as_bytes()).expect("a BOM");
        csv::Reader::from_reader(body)
            .records()
            .map(|r| r.expect("a CSV row"))
            .collect()
    }

    #[test]
    fn one_row_per_event_under_the_header() {
        let docs = vec![sample()];
        let bytes = data_bytes(&Shown::all(&docs), DataFormat::Csv).expect("csv");
        let text = std::str::from_utf8(&bytes).expect("utf8");
        assert!(text.starts_with("\u{feff}article,publication date,expression,type,"));
        let rows = rows(&bytes);
        assert_eq!(rows.len(), 4);
        let monday = rows.first().expect("row");
        assert_eq!(monday.get(2), Some("Monday"));
        assert_eq!(monday.get(1), Some("2025-11-04"));
        assert_eq!(monday.get(4), Some("2025-11-03"));
        assert_eq!(monday.get(5), Some("2025-11-03"));
        assert_eq!(monday.get(6), Some("2025-11-04"));
        assert_eq!(monday.get(7), Some("day"));
        assert_eq!(
            monday.get(12),
            Some("true"),
            "the fixture's date is set by hand"
        );
        let waiting = rows.get(2).expect("row");
        assert_eq!(waiting.get(5), Some(""));
        assert_eq!(waiting.get(11), Some("waits for a publication date"));
    }

    #[test]
    fn a_hostile_article_stays_text() {
        let docs = vec![hostile::document()];
        let bytes = data_bytes(&Shown::all(&docs), DataFormat::Csv).expect("csv");
        let rows = rows(&bytes);
        let row = rows.first().expect("row");
        let sentence = row.get(10).expect("sentence");
        assert!(
            sentence.contains("\"</TEXT>\" & left,\nthen"),
            "{sentence:?}"
        );
        assert!(!sentence.contains('\u{7}'));
        assert!(sentence.contains('\u{202e}'), "RTL marks are text, kept");
    }

    #[test]
    fn formulas_are_guarded() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a\u{0}b"), "ab");
    }
}
