//! Words that label a date in a byline ("Published", "veröffentlicht am", "Publié le",
//! "Updated"), read from `labels.txt`.

use super::candidate::Role;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

/// The labels, and one automaton that finds them all in one pass (longest first).
struct Labels {
    roles: Vec<Role>,
    finder: AhoCorasick,
}

fn labels() -> Option<&'static Labels> {
    static LABELS: OnceLock<Option<Labels>> = OnceLock::new();
    LABELS
        .get_or_init(|| {
            let (words, roles): (Vec<&str>, Vec<Role>) = include_str!("labels.txt")
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .filter_map(|l| {
                    let (word, role) = l.rsplit_once(' ')?;
                    let role = match role {
                        "published" => Role::Published,
                        "modified" => Role::Modified,
                        "stated" => Role::Unstated,
                        _ => return None,
                    };
                    Some((word.trim(), role))
                })
                .unzip();
            let finder = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(words)
                .ok()?;
            Some(Labels { roles, finder })
        })
        .as_ref()
}

/// The last label in `text` standing as a whole word: its byte offset and role.
fn last_label(text: &str) -> Option<(usize, Role)> {
    let labels = labels()?;
    let lower = text.to_lowercase();
    labels
        .finder
        .find_iter(&lower)
        .filter(|m| {
            let before = lower.get(..m.start()).and_then(|s| s.chars().next_back());
            let after = lower.get(m.end()..).and_then(|s| s.chars().next());
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
        .last()
        .and_then(|m| Some((m.start(), *labels.roles.get(m.pattern().as_usize())?)))
}

/// The role the last label in `before` gives to the date that follows it: "Updated: May 5"
/// is a change, "Published May 4" the publication; `Unstated` without a label or after a
/// label that does not say ("Stand:").
pub fn role_before(before: &str) -> Role {
    last_label(before).map_or(Role::Unstated, |(_, role)| role)
}

/// Whether `text` holds any date label.
pub fn has_label(text: &str) -> bool {
    last_label(text).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_label_before_the_date_decides() {
        assert_eq!(role_before("Published "), Role::Published);
        assert_eq!(role_before("veröffentlicht am "), Role::Published);
        assert_eq!(role_before("Publié le "), Role::Published);
        assert_eq!(
            role_before("Published May 4, 2021 · Updated "),
            Role::Modified
        );
        assert_eq!(role_before("Mis à jour le "), Role::Modified);
        assert_eq!(role_before("By Jane Roe | "), Role::Unstated);
        // Inside another word a label does not count.
        assert_eq!(role_before("Candidate "), Role::Unstated);
        assert!(!has_label("Standard"));
        assert!(has_label("Stand: "));
        assert!(!has_label("Die Abfahrt vom Berg"));
    }
}
