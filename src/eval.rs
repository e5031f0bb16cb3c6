//! TempEval-3 Task A scoring of the temporal engine against TimeML gold files.
//!
//! Strict match: identical spans. Relaxed match: overlapping spans, paired one-to-one.
//! Precision, recall and F1 are computed over those; value and type accuracy are measured
//! over relaxed-matched pairs, and their F1 is accuracy × relaxed F1, as TempEval-3 defines.

pub mod events;

use crate::article::timeml::{self, GoldTimex};
use crate::temporal::{Engine, Timex};
use crate::text::{Span, sentences};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A gold file or folder could not be read.
    #[error(transparent)]
    Read(#[from] crate::article::LoadError),
    /// A gold file is not valid TimeML.
    #[error("{}: not valid TimeML: {reason}", crate::article::shown(path))]
    Parse {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// No `.tml` file was found.
    #[error("no .tml files under {}", crate::article::shown(.0))]
    Empty(PathBuf),
    /// `.tml` files were found but none could be scored.
    #[error("none of the {0} .tml files could be read")]
    NoneReadable(usize),
}

/// Counts for precision, recall and F1.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched pairs.
    pub matched: usize,
    /// System expressions.
    pub system: usize,
    /// Gold expressions.
    pub gold: usize,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Counts) {
        self.matched += o.matched;
        self.system += o.system;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The kind of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// A gold expression the engine did not find.
    Missed,
    /// An expression the engine found that is not in the gold.
    Spurious,
    /// Overlapping spans that differ.
    WrongSpan,
    /// A matched expression with the wrong type.
    WrongType,
    /// A matched expression with the wrong value.
    WrongValue,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::Missed => "missed",
            ErrorKind::Spurious => "spurious",
            ErrorKind::WrongSpan => "span",
            ErrorKind::WrongType => "type",
            ErrorKind::WrongValue => "value",
        })
    }
}

/// One error, grouped by what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ErrorKey {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The expression text (gold's when there is one), lower-cased.
    pub text: String,
    /// Expected (gold) type and value; for span errors, the gold span text.
    pub expected: String,
    /// What the engine gave.
    pub got: String,
}

/// An example of an error: where it was seen.
#[derive(Debug, Clone)]
pub struct ErrorExample {
    /// The document.
    pub file: String,
    /// The sentence around it.
    pub sentence: String,
}

/// Per-type figures (by gold type).
#[derive(Debug, Clone, Copy, Default)]
pub struct TypeFigures {
    /// Gold expressions of this type.
    pub gold: usize,
    /// Of which relaxed-matched.
    pub matched: usize,
    /// Of which with the right value.
    pub value_ok: usize,
}

/// The figures for a directory of gold files.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Number of documents.
    pub documents: usize,
    /// Strict (identical span) counts.
    pub strict: Counts,
    /// Relaxed (overlap) counts.
    pub relaxed: Counts,
    /// Relaxed-matched pairs with the right value.
    pub value_ok: usize,
    /// Relaxed-matched pairs with the right type.
    pub type_ok: usize,
    /// Per gold type.
    pub per_type: Vec<(String, TypeFigures)>,
    /// Errors by frequency, most frequent first, with one example each.
    pub errors: Vec<(ErrorKey, usize, ErrorExample)>,
    /// Gold files that could not be scored, and folders that could not be read: one
    /// message each.
    pub unreadable: Vec<String>,
}

impl Report {
    /// Value accuracy over relaxed-matched pairs.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_ok, self.relaxed.matched)
    }

    /// Type accuracy over relaxed-matched pairs.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_ok, self.relaxed.matched)
    }

    /// TE3 value F1: value accuracy × relaxed F1.
    pub fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed.f1()
    }

    /// TE3 type F1: type accuracy × relaxed F1.
    pub fn type_f1(&self) -> f64 {
        self.type_accuracy() * self.relaxed.f1()
    }
}

/// Result of scoring one document.
#[derive(Debug, Default)]
struct DocScore {
    strict: Counts,
    relaxed: Counts,
    value_ok: usize,
    type_ok: usize,
    per_type: HashMap<String, TypeFigures>,
    errors: Vec<(ErrorKey, ErrorExample)>,
}

/// Scores one TimeML document's text against its gold annotations.
fn score_doc(file: &str, text: &str, gold: &[GoldTimex], sys: &[Timex]) -> DocScore {
    let mut s = DocScore::default();
    let sents = sentences(text);
    let sentence_of = |span: Span| -> String {
        let i = sents.partition_point(|x| x.end <= span.start);
        sents
            .get(i)
            .and_then(|x| x.slice(text))
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let slice = |span: Span| span.slice(text).unwrap_or("").to_string();
    s.strict.gold = gold.len();
    s.strict.system = sys.len();
    s.relaxed.gold = gold.len();
    s.relaxed.system = sys.len();
    let mut sys_used = vec![false; sys.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // Exact matches first, then overlaps.
    for (gi, g) in gold.iter().enumerate() {
        if let Some(si) = sys
            .iter()
            .enumerate()
            .position(|(si, t)| !sys_used.get(si).copied().unwrap_or(true) && t.span == g.span)
        {
            if let Some(u) = sys_used.get_mut(si) {
                *u = true;
            }
            pairs.push((gi, si));
        }
    }
    let mut gold_used = vec![false; gold.len()];
    for &(gi, _) in &pairs {
        if let Some(u) = gold_used.get_mut(gi) {
            *u = true;
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if gold_used.get(gi).copied().unwrap_or(true) {
            continue;
        }
        if let Some(si) = sys.iter().enumerate().position(|(si, t)| {
            !sys_used.get(si).copied().unwrap_or(true) && t.span.overlaps(g.span)
        }) {
            if let Some(u) = sys_used.get_mut(si) {
                *u = true;
            }
            if let Some(u) = gold_used.get_mut(gi) {
                *u = true;
            }
            pairs.push((gi, si));
        }
    }
    for &(gi, si) in &pairs {
        let (Some(g), Some(t)) = (gold.get(gi), sys.get(si)) else {
            continue;
        };
        let example = || ErrorExample {
            file: file.to_string(),
            sentence: sentence_of(g.span),
        };
        let fig = s.per_type.entry(g.timex_type.clone()).or_default();
        fig.gold += 1;
        fig.matched += 1;
        s.relaxed.matched += 1;
        if t.span == g.span {
            s.strict.matched += 1;
        } else {
            s.errors.push((
                ErrorKey {
                    kind: ErrorKind::WrongSpan,
                    text: slice(g.span).to_lowercase(),
                    expected: slice(g.span),
                    got: slice(t.span),
                },
                example(),
            ));
        }
        let value = t.value.to_string();
        if value == g.value || bc_as_iso(&g.value).is_some_and(|iso| iso == value) {
            s.value_ok += 1;
            fig.value_ok += 1;
        } else {
            s.errors.push((
                ErrorKey {
                    kind: ErrorKind::WrongValue,
                    text: slice(g.span).to_lowercase(),
                    expected: g.value.clone(),
                    got: value,
                },
                example(),
            ));
        }
        if t.timex_type.to_string() == g.timex_type {
            s.type_ok += 1;
        } else {
            s.errors.push((
                ErrorKey {
                    kind: ErrorKind::WrongType,
                    text: slice(g.span).to_lowercase(),
                    expected: g.timex_type.clone(),
                    got: t.timex_type.to_string(),
                },
                example(),
            ));
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if gold_used.get(gi).copied().unwrap_or(true) {
            continue;
        }
        s.per_type.entry(g.timex_type.clone()).or_default().gold += 1;
        s.errors.push((
            ErrorKey {
                kind: ErrorKind::Missed,
                text: slice(g.span).to_lowercase(),
                expected: format!("{} {}", g.timex_type, g.value),
                got: String::new(),
            },
            ErrorExample {
                file: file.to_string(),
                sentence: sentence_of(g.span),
            },
        ));
    }
    for (si, t) in sys.iter().enumerate() {
        if sys_used.get(si).copied().unwrap_or(true) {
            continue;
        }
        s.errors.push((
            ErrorKey {
                kind: ErrorKind::Spurious,
                text: slice(t.span).to_lowercase(),
                expected: String::new(),
                got: format!("{} {}", t.timex_type, t.value),
            },
            ErrorExample {
                file: file.to_string(),
                sentence: sentence_of(t.span),
            },
        ));
    }
    s
}

/// A gold value written the TIMEX2 way for a year before the era (`BC0490`, `BC0481-SU`:
/// 490 BC) as the ISO value we write (`-0489`, `-0480-SU`: 1 BC is year 0).
fn bc_as_iso(gold: &str) -> Option<String> {
    let rest = gold.strip_prefix("BC")?;
    let digits = rest
        .get(..4)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let year: u32 = digits.parse().ok()?;
    let tail = rest.get(4..)?;
    let iso = match year.checked_sub(1)? {
        0 => 0,
        y => -i64::from(y),
    };
    let sign = if iso < 0 { "-" } else { "" };
    Some(format!("{sign}{:04}{tail}", iso.unsigned_abs()))
}

/// Every `.tml` file under `dir`, recursively, sorted; each file once, even through symlinks
/// and symlink loops. Fails when `dir` (or a folder below it) cannot be read.
pub fn tml_files(dir: &Path) -> Result<Vec<PathBuf>, EvalError> {
    let walked = gold_walk(dir);
    match walked.failures.into_iter().next() {
        Some(failure) => Err(EvalError::Read(failure)),
        None => Ok(walked.files),
    }
}

/// The `.tml` files under `dir` (each once) and the folders that could not be read.
fn gold_walk(dir: &Path) -> crate::article::Walk {
    let mut walked = crate::article::walk(&[dir.to_path_buf()], &|path: &Path| {
        path.extension().is_some_and(|e| e == "tml")
            && !path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("._"))
    });
    walked
        .failures
        .retain(|f| !matches!(f, crate::article::LoadError::EmptyFolder { .. }));
    walked
}

/// Scores one gold file.
fn score_file(dir: &Path, path: &Path) -> Result<DocScore, EvalError> {
    let xml = crate::article::read_text(path)?.decoded.text;
    let doc = timeml::parse(&xml).map_err(|reason| EvalError::Parse {
        path: path.to_path_buf(),
        reason,
    })?;
    let sys = Engine::global().extract(&doc.text, doc.dct);
    let name = path.strip_prefix(dir).unwrap_or(path).display().to_string();
    Ok(score_doc(&name, &doc.text, &doc.timexes, &sys))
}

/// Runs the engine on every `.tml` file under `dir` (each with its own DCT) and scores it.
/// A file that cannot be read or parsed is listed in [`Report::unreadable`] and the others
/// are still scored; it fails only when no file is found or none can be scored.
pub fn evaluate_dir(dir: &Path) -> Result<Report, EvalError> {
    let walked = gold_walk(dir);
    let files = walked.files;
    if files.is_empty() {
        return Err(match walked.failures.into_iter().next() {
            Some(failure) => EvalError::Read(failure),
            None => EvalError::Empty(dir.to_path_buf()),
        });
    }
    use rayon::prelude::*;
    let results: Vec<Result<DocScore, EvalError>> = files
        .par_iter()
        .map(|path| crate::article::on_parse_stack(|| score_file(dir, path)))
        .collect();
    let mut unreadable: Vec<String> = walked.failures.iter().map(ToString::to_string).collect();
    let mut scores = Vec::new();
    for result in results {
        match result {
            Ok(score) => scores.push(score),
            Err(e) => unreadable.push(e.to_string()),
        }
    }
    if scores.is_empty() {
        return Err(EvalError::NoneReadable(files.len()));
    }
    let mut report = Report {
        documents: scores.len(),
        unreadable,
        ..Report::default()
    };
    let mut per_type: HashMap<String, TypeFigures> = HashMap::new();
    let mut errors: HashMap<ErrorKey, (usize, ErrorExample)> = HashMap::new();
    for s in scores {
        report.strict.add(s.strict);
        report.relaxed.add(s.relaxed);
        report.value_ok += s.value_ok;
        report.type_ok += s.type_ok;
        for (k, f) in s.per_type {
            let e = per_type.entry(k).or_default();
            e.gold += f.gold;
            e.matched += f.matched;
            e.value_ok += f.value_ok;
        }
        for (key, ex) in s.errors {
            errors.entry(key).or_insert((0, ex)).0 += 1;
        }
    }
    let mut per_type: Vec<_> = per_type.into_iter().collect();
    per_type.sort_by(|a, b| b.1.gold.cmp(&a.1.gold).then(a.0.cmp(&b.0)));
    report.per_type = per_type;
    let mut errors: Vec<_> = errors.into_iter().map(|(k, (n, ex))| (k, n, ex)).collect();
    errors.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(a.0.kind.cmp(&b.0.kind))
            .then(a.0.text.cmp(&b.0.text))
            .then(a.0.expected.cmp(&b.0.expected))
            .then(a.0.got.cmp(&b.0.got))
    });
    report.errors = errors;
    Ok(report)
}

impl Report {
    /// Writes the figures and the `top` most frequent errors.
    pub fn write(&self, out: &mut impl std::io::Write, top: usize) -> std::io::Result<()> {
        writeln!(
            out,
            "TempEval-3 Task A over {} documents ({} gold, {} system TIMEX3)",
            self.documents, self.relaxed.gold, self.relaxed.system
        )?;
        let line = |out: &mut dyn std::io::Write, name: &str, c: &Counts| {
            writeln!(
                out,
                "  {name:<8} P {:.4}  R {:.4}  F1 {:.4}",
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        line(out, "strict", &self.strict)?;
        line(out, "relaxed", &self.relaxed)?;
        writeln!(
            out,
            "  value    accuracy {:.4}  F1 {:.4}",
            self.value_accuracy(),
            self.value_f1()
        )?;
        writeln!(
            out,
            "  type     accuracy {:.4}  F1 {:.4}",
            self.type_accuracy(),
            self.type_f1()
        )?;
        writeln!(out, "Per gold type:")?;
        for (ty, f) in &self.per_type {
            writeln!(
                out,
                "  {ty:<9} gold {:>5}  found {:>5} ({:.3})  value ok {:>5} ({:.3} of found)",
                f.gold,
                f.matched,
                ratio(f.matched, f.gold),
                f.value_ok,
                ratio(f.value_ok, f.matched)
            )?;
        }
        writeln!(out, "Most frequent errors:")?;
        for (k, n, ex) in self.errors.iter().take(top) {
            writeln!(
                out,
                "  {n:>4}  {:<8} {:?}  expected {:?}  got {:?}\n        {}: {}",
                k.kind.to_string(),
                k.text,
                k.expected,
                k.got,
                ex.file,
                truncate(&ex.sentence, 160)
            )?;
        }
        Ok(())
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex2_bc_years_read_as_iso() {
        assert_eq!(bc_as_iso("BC0490").as_deref(), Some("-0489"));
        assert_eq!(bc_as_iso("BC0481-SU").as_deref(), Some("-0480-SU"));
        assert_eq!(bc_as_iso("BC0001").as_deref(), Some("0000"));
        assert_eq!(bc_as_iso("BC048"), None);
        assert_eq!(bc_as_iso("1990"), None);
    }

    #[test]
    fn counts_f1() {
        let c = Counts {
            matched: 8,
            system: 10,
            gold: 8,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 1.0).abs() < 1e-9);
        assert!((c.f1() - 16.0 / 18.0).abs() < 1e-9);
    }

    #[test]
    fn scoring_pairs_overlaps_one_to_one() {
        let text = "He left on Monday morning and came back last week.";
        let gold = vec![
            GoldTimex {
                span: Span::new(11, 17),
                tid: "t1".into(),
                timex_type: "DATE".into(),
                value: "2025-11-03".into(),
                modifier: None,
            },
            GoldTimex {
                span: Span::new(40, 49),
                tid: "t2".into(),
                timex_type: "DATE".into(),
                value: "2025-W44".into(),
                modifier: None,
            },
        ];
        let sys = Engine::global().extract(text, chrono::NaiveDate::from_ymd_opt(2025, 11, 4));
        let s = score_doc("x", text, &gold, &sys);
        assert_eq!(s.relaxed.matched, 2);
        assert_eq!(s.strict.matched, 1);
    }
}
