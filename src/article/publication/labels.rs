//! Words that label a date in a byline ("Published", "veröffentlicht am", "Publié le",
//! "Updated"), read from `labels.txt`.

use super::candidate::Role;
use std::sync::OnceLock;

fn table() -> &'static [(String, Role)] {
    static TABLE: OnceLock<Vec<(String, Role)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("labels.txt")
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
                Some((word.trim().to_string(), role))
            })
            .collect()
    })
}

/// The last label in `text`: its byte offset and role.
fn last_label(text: &str) -> Option<(usize, Role)> {
    let lower = text.to_lowercase();
    table()
        .iter()
        .filter_map(|(word, role)| {
            let at = lower.rmatch_indices(word.as_str()).find(|(i, w)| {
                let before = lower.get(..*i).and_then(|s| s.chars().next_back());
                let after = lower.get(i + w.len()..).and_then(|s| s.chars().next());
                before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })?;
            Some((at.0, *role))
        })
        .max_by_key(|(at, _)| *at)
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
