//! The title block: the title, and the subtitle "from DATE to DATE · N events · filters".

use super::{Furniture, MARGIN, fit, text};
use crate::pipeline::Document;
use crate::render::scene::{Item, Layout, Pos, TextAnchor};
use crate::render::theme::Theme;
use crate::timeline::{TimeView, from_secs};

const TITLE_SIZE: f32 = 22.0;
const SUBTITLE_SIZE: f32 = 13.0;

/// The default title of `docs`: one article's own title; for several, the capitalized words
/// every title shares (their common topic, "Harbor Bridge · 3 articles"), else "N articles".
pub fn default_title(docs: &[Document]) -> String {
    match docs {
        [] => "No articles".to_string(),
        [one] => one.article.title.trim().to_string(),
        many => {
            let words = |d: &Document| -> Vec<String> {
                d.article
                    .title
                    .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                    .filter(|w| w.chars().count() >= 3)
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .map(str::to_string)
                    .collect()
            };
            let first = many.first().map(words).unwrap_or_default();
            let mut common: Vec<String> = Vec::new();
            for w in first {
                let lower = w.to_lowercase();
                let everywhere = many.iter().skip(1).all(|d| {
                    d.article
                        .title
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
                        .any(|x| x == lower)
                });
                if everywhere && !common.contains(&w) {
                    common.push(w);
                }
            }
            common.truncate(4);
            if common.is_empty() {
                format!("{} articles", many.len())
            } else {
                format!("{} · {} articles", common.join(" "), many.len())
            }
        }
    }
}

/// "from 3 Nov 2025 to 30 Nov 2025 · 12 events · search “bridge” · 2 articles hidden".
pub fn subtitle(view: &TimeView, events: usize, layout: &Layout) -> String {
    let day = |secs: f64| from_secs(secs).map(|t| t.format("%-d %b %Y").to_string());
    let mut parts = Vec::new();
    // The view's end is exclusive: the last day shown is the one before it.
    if let (Some(from), Some(to)) = (day(view.start_secs()), day(view.end_secs() - 1.0)) {
        parts.push(format!("from {from} to {to}"));
    }
    parts.push(format!(
        "{events} event{}",
        if events == 1 { "" } else { "s" }
    ));
    if let Some(search) = layout
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        parts.push(format!("search “{search}”"));
    }
    match layout.hidden_docs.len() {
        0 => {}
        1 => parts.push("1 article hidden".to_string()),
        n => parts.push(format!("{n} articles hidden")),
    }
    parts.join(" · ")
}

/// Draws the title and subtitle at the top of an image `w` pixels wide.
pub(super) fn draw(items: &mut Vec<Item>, theme: &Theme, w: f32, furniture: &Furniture) {
    let max_w = w - 2.0 * MARGIN;
    items.push(text(
        Pos::new(MARGIN, 22.0),
        fit(&furniture.title, TITLE_SIZE, max_w),
        TITLE_SIZE,
        theme.text,
        TextAnchor::Start,
    ));
    items.push(text(
        Pos::new(MARGIN, 46.0),
        fit(&furniture.subtitle, SUBTITLE_SIZE, max_w),
        SUBTITLE_SIZE,
        theme.text_muted,
        TextAnchor::Start,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::named;

    fn titled(title: &str) -> Document {
        let mut d = named("a.txt", "x", &[]);
        d.article.title = title.into();
        d
    }

    #[test]
    fn the_default_title_is_the_common_topic_or_a_count() {
        assert_eq!(default_title(&[titled("Bridge reopens")]), "Bridge reopens");
        let topic = [
            titled("Harbor Bridge reopens to cars"),
            titled("Cracks found in the Harbor Bridge"),
            titled("Who pays for the harbor bridge?"),
        ];
        assert_eq!(default_title(&topic), "Harbor Bridge · 3 articles");
        let unrelated = [titled("Council vote"), titled("Storm warning")];
        assert_eq!(default_title(&unrelated), "2 articles");
    }

    #[test]
    fn the_subtitle_names_dates_count_and_filters() {
        let day = |d: u32| {
            chrono::NaiveDate::from_ymd_opt(2025, 11, d)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(crate::timeline::to_secs)
                .expect("date")
        };
        let view = TimeView::new(day(3), day(30), 0.0, 100.0);
        assert_eq!(
            subtitle(&view, 1, &Layout::default()),
            "from 3 Nov 2025 to 29 Nov 2025 · 1 event"
        );
        let layout = Layout {
            search: Some("bridge".into()),
            hidden_docs: [1, 2].into_iter().collect(),
            ..Layout::default()
        };
        assert_eq!(
            subtitle(&view, 12, &layout),
            "from 3 Nov 2025 to 29 Nov 2025 · 12 events · search “bridge” · 2 articles hidden"
        );
    }
}
