//! The tense of the clause around an expression, from auxiliaries and verb forms nearby.

use super::lexicon::Fnv;
use super::lexicon::WordClass;
use super::types::Tense;
use crate::text::{Span, Token, TokenKind};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// True when `word` is a past form of a verb ("began", "opened").
pub fn is_past_form(word: &str) -> bool {
    class(word) == Some(Tense::Past)
}

/// The tense cue lexicon, compiled once: `None` marks "-ed" words that are not past forms.
fn cues() -> &'static HashMap<&'static [u8], Option<Tense>, BuildHasherDefault<Fnv>> {
    static CUES: OnceLock<HashMap<&'static [u8], Option<Tense>, BuildHasherDefault<Fnv>>> =
        OnceLock::new();
    CUES.get_or_init(|| {
        let mut m = HashMap::default();
        for w in WordClass::NotPastCues.words() {
            m.insert(w.as_bytes(), None);
        }
        for w in WordClass::PresentCues.words() {
            m.insert(w.as_bytes(), Some(Tense::Present));
        }
        for w in WordClass::PastCues.words() {
            m.insert(w.as_bytes(), Some(Tense::Past));
        }
        for w in WordClass::FutureCues.words() {
            m.insert(w.as_bytes(), Some(Tense::Future));
        }
        m
    })
}

fn class(word: &str) -> Option<Tense> {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = buf.get_mut(..bytes.len())?;
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    match cues().get(&*lower) {
        Some(class) => *class,
        None if lower.len() >= 5 && lower.ends_with(b"ed") => Some(Tense::Past),
        None => None,
    }
}

/// The tense of the clause holding tokens `[first, last)` of `tokens` (the tokens of one
/// sentence), with the span of the word that decided it. The nearest tense cue wins; "going
/// to" counts as future.
pub fn tense_around(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
) -> Option<(Tense, Span)> {
    let word = |i: usize| -> Option<(&str, Span)> {
        let t = tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| (t.span.slice(text).unwrap_or(""), t.span))
    };
    let cue = |i: usize| -> Option<(Tense, Span)> {
        let (w, span) = word(i)?;
        // "Officials have until Friday to respond": a deadline still ahead.
        if (w.eq_ignore_ascii_case("have") || w.eq_ignore_ascii_case("has"))
            && word(i + 1).is_some_and(|(n, _)| {
                n.eq_ignore_ascii_case("until") || n.eq_ignore_ascii_case("till")
            })
        {
            return Some((Tense::Future, span));
        }
        // "will lay off", "would set": a bare form after a modal has the modal's tense.
        if let Some((p, _)) = i.checked_sub(1).and_then(&word)
            && ["will", "would", "shall", "ll"]
                .iter()
                .any(|k| p.eq_ignore_ascii_case(k))
            && class(w) == Some(Tense::Past)
        {
            return Some((Tense::Future, span));
        }
        // "A vote could come Friday", "talks may resume Monday": a modal of what may
        // happen looks ahead ("could have come" looks back: "have" follows).
        // ("could not be reached Wednesday", "could be located Wednesday": the past of
        // "can", as news uses it.)
        if ["could", "may", "might", "should", "must"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
            && !word(i + 1).is_some_and(|(n, _)| n.eq_ignore_ascii_case("have"))
            && !(w.eq_ignore_ascii_case("could")
                && word(i + 1).is_some_and(|(n, _)| {
                    ["not", "be", "n't", "only", "never"]
                        .iter()
                        .any(|k| n.eq_ignore_ascii_case(k))
                }))
            && w.chars().next().is_some_and(char::is_lowercase)
        {
            return Some((Tense::Future, span));
        }
        // "will remain closed through Wednesday": a participle after "remain" or "stay"
        // is an adjective, no past tense.
        if i.checked_sub(1).and_then(&word).is_some_and(|(p, _)| {
            ["remain", "remains", "stay", "stays", "remaining", "staying"]
                .iter()
                .any(|k| p.eq_ignore_ascii_case(k))
        }) && w.len() > 2
            && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed")
            && class(w) == Some(Tense::Past)
        {
            return None;
        }
        // "at 10am": the clock's "am", not the verb.
        if (w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm"))
            && i.checked_sub(1)
                .and_then(|p| tokens.get(p))
                .is_some_and(|p| p.kind == TokenKind::Number)
        {
            return None;
        }
        if w.eq_ignore_ascii_case("going")
            && word(i + 1).is_some_and(|(n, _)| n.eq_ignore_ascii_case("to"))
        {
            return Some((Tense::Future, span));
        }
        // "'ll" and "won't": the apostrophe is a separate token.
        if w.eq_ignore_ascii_case("won")
            && tokens
                .get(i + 1)
                .and_then(|t| t.span.slice(text))
                .is_some_and(|s| s == "'" || s == "’")
        {
            return Some((Tense::Future, span));
        }
        // "be returned", "been sold", "is heard": a participle after "be" is not a
        // past tense.
        // ("is scheduled", "was expected" keep their future sense.)
        let after_be = |forms: &[&str]| {
            i.checked_sub(1)
                .and_then(&word)
                .is_some_and(|(p, _)| forms.iter().any(|b| p.eq_ignore_ascii_case(b)))
        };
        let be = after_be(&["be", "been", "being"]);
        if (be || after_be(&["is", "are", "am", "was", "were"])) && {
            let c = class(w);
            (w.ends_with("ed") || c == Some(Tense::Past)) && (be || c != Some(Tense::Future))
        } {
            return None;
        }
        // "had been due to expire", "had been scheduled to": an expectation in the past
        // perfect is over.
        let past_perfect = |k: usize| {
            word(k).is_some_and(|(p, _)| p.eq_ignore_ascii_case("had"))
                || (word(k).is_some_and(|(p, _)| p.eq_ignore_ascii_case("been"))
                    && k.checked_sub(1)
                        .and_then(&word)
                        .is_some_and(|(p, _)| p.eq_ignore_ascii_case("had")))
        };
        if class(w) == Some(Tense::Future)
            && i.checked_sub(1).is_some_and(past_perfect)
            && !w.eq_ignore_ascii_case("will")
        {
            return Some((Tense::Past, span));
        }
        // "they meet Monday", "the session opens Tuesday": a scheduled present.
        if WordClass::ScheduledPresent.has(w)
            && w.chars().next().is_some_and(char::is_lowercase)
            && !i
                .checked_sub(1)
                .and_then(&word)
                .is_some_and(|(p, _)| WordClass::NotFiniteBefore.has(p))
        {
            return Some((Tense::Future, span));
        }
        // "expect a rate cut in March": a noun, no past tense.
        if WordClass::InvariantPast.has(w)
            && i.checked_sub(1)
                .and_then(&word)
                .is_some_and(|(p, _)| WordClass::NounBeforeInvariant.has(p))
            && !word(i + 1).is_some_and(|(n, _)| n.eq_ignore_ascii_case("to"))
        {
            return None;
        }
        // "set to resume", "is to meet", "ready to leave": an infinitive of intent, for a
        // time inside it. ("On Friday, the state agreed to pay": a time before the verb
        // dates the agreeing.)
        if i < first
            && word(i + 1).is_some_and(|(n, _)| n.eq_ignore_ascii_case("to"))
            && word(i + 2).is_some_and(|(n, _)| n.chars().next().is_some_and(char::is_lowercase))
            && WordClass::Intent.has(w)
        {
            return Some((Tense::Future, span));
        }
        class(w).map(|t| (t, span))
    };
    if let Some(c) = deferred_to(text, tokens, first) {
        return Some(c);
    }
    let max = 12usize;
    // A cue just left of the expression, in its own clause, wins outright.
    let left_first = 16;
    for d in 1..=left_first {
        let Some(i) = first.checked_sub(d) else {
            break;
        };
        let s = tokens.get(i).and_then(|t| t.span.slice(text)).unwrap_or("");
        if matches!(s, ";" | "," | "“" | "”" | "\"" | "(" | ")") {
            break;
        }
        if let Some(c) = cue(i) {
            return Some(c);
        }
    }
    // "will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said": a time in
    // parentheses belongs to the clause it interrupts; the closing parenthesis ends the
    // search to the right. (A time before a parenthesis, "Early Monday (local time) the
    // minister will resign", looks past it.)
    let inside_parens = (first.saturating_sub(max)..first)
        .rev()
        .find_map(|k| match tokens.get(k).and_then(|t| t.span.slice(text)) {
            Some("(") => Some(true),
            Some(")") => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    let mut right_open = true;
    for d in 1..=max {
        // Left first: auxiliaries usually precede their clause's time expression.
        if let Some(i) = first.checked_sub(d) {
            if tokens
                .get(i)
                .and_then(|t| t.span.slice(text))
                .is_some_and(|s| s == ";" || s == "“" || s == "”" || s == "\"")
            {
                // A clause break: keep looking only to the right for this distance.
            } else if let Some(c) = cue(i) {
                return Some(c);
            }
        }
        if right_open
            && inside_parens
            && tokens
                .get(last + d - 1)
                .and_then(|t| t.span.slice(text))
                .is_some_and(|s| s == ")")
        {
            right_open = false;
        }
        if right_open && let Some(c) = cue(last + d - 1) {
            return Some(c);
        }
    }
    // "In January, a week after the anniversary of the ruling, a bombing in Birmingham
    // killed ...": a time opening its sentence is dated by the main verb, however long the
    // subject before it.
    if first <= 2 {
        return (last + max..tokens.len().min(last + 40)).find_map(cue);
    }
    None
}

/// "postponed until Tuesday": the new time lies ahead of the report even in the past tense.
/// Returns the deferring verb when the expression at token `first` follows "until"/"till"
/// and such a verb (not in the past perfect) precedes it in the same clause.
fn deferred_to(text: &str, tokens: &[Token], first: usize) -> Option<(Tense, Span)> {
    let word = |i: usize| -> Option<&str> {
        let t = tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.span.slice(text).unwrap_or(""))
    };
    let prep = word(first.checked_sub(1)?)?;
    if !(prep.eq_ignore_ascii_case("until") || prep.eq_ignore_ascii_case("till")) {
        return None;
    }
    for d in 2..=10 {
        let i = first.checked_sub(d)?;
        let t = tokens.get(i)?;
        let s = t.span.slice(text).unwrap_or("");
        if matches!(s, ";" | "," | "“" | "”" | "\"" | "(" | ")") {
            return None;
        }
        let lower = s.to_ascii_lowercase();
        if t.kind == TokenKind::Word
            && WordClass::Defer
                .words()
                .iter()
                .any(|k| lower.starts_with(k))
        {
            let is = |k: Option<usize>, w: &str| {
                k.and_then(word).is_some_and(|p| p.eq_ignore_ascii_case(w))
            };
            // "had postponed", "had been postponed": a deferral itself in the past.
            let perfect = is(i.checked_sub(1), "had")
                || (is(i.checked_sub(1), "been") && is(i.checked_sub(2), "had"));
            return (!perfect).then_some((Tense::Future, t.span));
        }
    }
    None
}

/// The adverb that makes the clause of tokens `first..last` a general truth, if any.
pub fn generic(text: &str, tokens: &[Token], first: usize, last: usize) -> Option<Span> {
    if first.checked_sub(1).is_some_and(|p| {
        tokens
            .get(p)
            .and_then(|t| t.span.slice(text))
            .is_some_and(|w| {
                ["since", "until", "till", "by"]
                    .iter()
                    .any(|k| w.eq_ignore_ascii_case(k))
            })
    }) {
        return None;
    }
    const WINDOW: usize = 12;
    let brk = |i: &usize| {
        tokens
            .get(*i)
            .and_then(|t| t.span.slice(text))
            .is_some_and(|s| matches!(s, ";" | "\"" | "“" | "”" | "(" | ")" | "," | "." | ":"))
    };
    let floor = first.saturating_sub(WINDOW);
    let ceiling = last.saturating_add(WINDOW).min(tokens.len());
    let lo = (floor..first).rev().find(brk).map_or(floor, |b| b + 1);
    let hi = (last..ceiling).find(brk).unwrap_or(ceiling);
    // "rose 5% annually": a rate, not a habit.
    let rate = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| tokens.get(p))
            .and_then(|t| t.span.slice(text))
            .is_some_and(|p| p == "%" || p.eq_ignore_ascii_case("percent"))
    };
    (lo..hi)
        .filter(|i| !(first..last).contains(i) && !rate(*i))
        .filter_map(|i| tokens.get(i))
        .find(|t| {
            t.kind == TokenKind::Word
                && t.span
                    .slice(text)
                    .is_some_and(|w| WordClass::GenericTense.has(w))
        })
        .map(|t| t.span)
}

/// The word that makes the clause around tokens `first..last` habitual, if any: a habitual
/// adverb ("usually", "every"), a present perfect progressive ("have been leaving") or a
/// stretch of plural units ("for weeks"). A clock time after "since" or "until" is a point
/// of that stretch, not a habit.
pub fn habitual(text: &str, tokens: &[Token], first: usize, last: usize) -> Option<Span> {
    let word = |i: usize| -> Option<&str> {
        let t = tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.span.slice(text).unwrap_or(""))
    };
    let is = |i: usize, ws: &[&str]| {
        word(i).is_some_and(|w| ws.iter().any(|k| w.eq_ignore_ascii_case(k)))
    };
    if first
        .checked_sub(1)
        .is_some_and(|p| is(p, &["since", "until", "till", "by"]))
    {
        return None;
    }
    // The clause: up to a semicolon, a quotation mark or a parenthesis on either side.
    let brk = |i: &usize| {
        tokens
            .get(*i)
            .and_then(|t| t.span.slice(text))
            .is_some_and(|s| matches!(s, ";" | "\"" | "“" | "”" | "(" | ")"))
    };
    // Bounded, so that a long text without clause breaks stays linear.
    const WINDOW: usize = 24;
    let floor = first.saturating_sub(WINDOW);
    let ceiling = last.saturating_add(WINDOW).min(tokens.len());
    let lo = (floor..first).rev().find(brk).map_or(floor, |b| b + 1);
    let hi = (last..ceiling).find(brk).unwrap_or(ceiling);
    for (i, t) in tokens.iter().enumerate().take(hi).skip(lo) {
        if (first..last).contains(&i) {
            continue;
        }
        let Some(w) = word(i) else { continue };
        if WordClass::Habitual.has(w) {
            return Some(t.span);
        }
        // "have/has/'ve been leaving"
        if w.eq_ignore_ascii_case("been")
            && word(i + 1).is_some_and(|n| n.len() > 4 && n.to_ascii_lowercase().ends_with("ing"))
            && i.checked_sub(1)
                .is_some_and(|p| is(p, &["have", "has", "ve"]))
        {
            let end = tokens.get(i + 1).map_or(t.span.end, |n| n.span.end);
            return Some(Span::new(t.span.start, end));
        }
        // "for weeks", "for several months"
        if w.eq_ignore_ascii_case("for") {
            let k = if is(i + 1, &["several", "many", "some"]) {
                i + 2
            } else {
                i + 1
            };
            if is(k, &["days", "weeks", "months", "years", "decades"]) {
                return Some(t.span);
            }
        }
    }
    None
}
