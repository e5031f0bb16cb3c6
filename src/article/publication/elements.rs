//! Dates in the page's elements: `<time datetime>`, `itemprop` on any element,
//! `<abbr title>`, `data-*` date attributes, and the text of bylines, date boxes, labelled
//! lines ("veröffentlicht am 3. November 2021") and the lines under the headline. Each date
//! is placed by where its element stands: the article's header, the body, or a sidebar.

use super::candidate::{Candidate, Place, Role, Spot};
use super::labels::{has_label, role_before};
use super::order::DayOrder;
use super::parse::{Stamp, Zone, find_date, parse_stamp_in};
use dom_query::{Document, NodeRef};

/// Longest element text read as a byline, in bytes.
const MAX_BYLINE: usize = 240;

/// Class or id words of date boxes and bylines.
const DATE_CLASSES: &[&str] = &[
    "date", "time", "byline", "posted", "publish", "dateline", "datum", "fecha", "data-", "meta",
    "author",
];

/// Class or id words of places that hold other stories or readers' words.
const ASIDE_CLASSES: &[&str] = &[
    "related",
    "sidebar",
    "comment",
    "teaser",
    "recommend",
    "popular",
    "trending",
    "most-read",
    "mostread",
    "more-stories",
    "newsletter",
    "archive",
];

/// Class or id words of an article's byline or meta box: decisive when nearest.
const BYLINE_CLASSES: &[&str] = &[
    "byline",
    "meta",
    "dateline",
    "entry-header",
    "article-header",
    "post-header",
    "headline",
];

/// Class or id words of an article: its header unless a sidebar holds it.
const ARTICLE_CLASSES: &[&str] = &["article", "post", "entry", "story", "content"];

/// Every dated element of the page.
/// Numeric dates are read in `order`.
pub fn candidates(doc: &Document, order: DayOrder, out: &mut Vec<Candidate>) {
    for node in doc.root().descendants_it() {
        if node.is_element() {
            element(&node, order, out);
        } else if node.is_text() {
            labelled_text(&node, order, out);
        }
    }
    under_headline(doc, order, out);
}

fn element(node: &NodeRef, order: DayOrder, out: &mut Vec<Candidate>) {
    let parse_stamp = |v: &str| parse_stamp_in(v, order);
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(
        name.as_str(),
        "script" | "style" | "meta" | "link" | "head" | "noscript"
    ) {
        return;
    }
    let marks = format!(
        "{} {}",
        node.class().unwrap_or_default(),
        node.id_attr().unwrap_or_default()
    )
    .to_ascii_lowercase();
    let role_of_marks = || {
        // WordPress marks the original `class="entry-date published updated"`.
        if marks.contains("publish") || node.has_attr("pubdate") {
            Role::Published
        } else if marks.contains("updated") || marks.contains("modified") {
            Role::Modified
        } else {
            Role::Unstated
        }
    };
    let mut push = |stamp: Stamp, place: Place, role: Role| {
        out.push(Candidate { stamp, place, role });
    };
    if let Some(prop) = node.attr("itemprop").map(|p| p.to_ascii_lowercase()) {
        let role = match prop.as_str() {
            "datepublished" | "datecreated" => Some(Role::Published),
            "datemodified" => Some(Role::Modified),
            _ => None,
        };
        let value = ["datetime", "content", "title"]
            .iter()
            .find_map(|a| node.attr(a))
            .map(|v| v.to_string())
            .or_else(|| short_text(node));
        if let (Some(role), Some(stamp)) = (role, value.as_deref().and_then(&parse_stamp)) {
            push(
                stamp,
                Place::Itemprop {
                    spot: spot_of(node),
                },
                role,
            );
        }
    }
    if name == "time"
        && let Some(stamp) = node.attr("datetime").as_deref().and_then(&parse_stamp)
    {
        let role = match node
            .attr("itemprop")
            .map(|p| p.to_ascii_lowercase())
            .as_deref()
        {
            Some("datemodified") => Role::Modified,
            Some("datepublished" | "datecreated") => Role::Published,
            _ => role_of_marks(),
        };
        push(
            stamp,
            Place::Time {
                spot: spot_of(node),
            },
            role,
        );
        return;
    }
    if name == "abbr"
        && let Some(stamp) = node.attr("title").as_deref().and_then(&parse_stamp)
    {
        let place = Place::Attribute {
            name: "<abbr title>".into(),
            spot: spot_of(node),
        };
        push(stamp, place, role_of_marks());
        return;
    }
    for attr in node.attrs() {
        let key: &str = &attr.name.local;
        let dated = ["date", "publish", "time"].iter().any(|w| key.contains(w));
        if key.starts_with("data-")
            && dated
            && !key.contains("timeout")
            && let Some(stamp) = iso_only(&attr.value)
        {
            let role = role_before(key);
            let place = Place::Attribute {
                name: key.to_string(),
                spot: spot_of(node),
            };
            push(stamp, place, role);
        }
    }
    if DATE_CLASSES.iter().any(|w| marks.contains(w)) {
        if let Some(stamp) = node.attr("title").as_deref().and_then(iso_only) {
            let place = Place::Attribute {
                name: "title".into(),
                spot: spot_of(node),
            };
            push(stamp, place, role_of_marks());
        }
        byline(node, role_of_marks(), order, out);
    } else if is_date_box(node, &name, order) {
        byline(node, Role::Unstated, order, out);
    }
}

/// A text element with nothing but a date in it ("<h5>23.01.2019</h5>").
fn is_date_box(node: &NodeRef, name: &str, order: DayOrder) -> bool {
    const BOXES: &[&str] = &[
        "span", "p", "div", "h2", "h3", "h4", "h5", "h6", "small", "em", "strong", "dd", "td", "li",
    ];
    if !BOXES.contains(&name) || node.first_element_child().is_some() {
        return false;
    }
    let text = node.text();
    let text = text.trim();
    text.len() <= 32 && find_date(text, order).is_some_and(|found| found.start == 0)
}

/// A value that is an ISO date or timestamp (data attributes hold many other numbers).
fn iso_only(value: &str) -> Option<Stamp> {
    value
        .trim()
        .get(..4)
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .then(|| parse_stamp_in(value, DayOrder::MonthFirst))?
}

/// A text node with a date label ("Publié le …"): its element's text is a byline.
fn labelled_text(node: &NodeRef, order: DayOrder, out: &mut Vec<Candidate>) {
    let text = node.text();
    if text.len() > MAX_BYLINE || !has_label(&text) {
        return;
    }
    let Some(parent) = node.parent() else { return };
    let parent_name = parent.node_name().unwrap_or_default().to_ascii_lowercase();
    if matches!(
        parent_name.as_str(),
        "script" | "style" | "noscript" | "title"
    ) {
        return;
    }
    // A label in an element of its own ("<dt>Datum</dt><dd>12.01.2017</dd>"): the date is
    // in its parent's text.
    let before = out.len();
    byline(&parent, Role::Unstated, order, out);
    if out.len() == before
        && !parent.text().chars().any(|c| c.is_ascii_digit())
        && let Some(grandparent) = parent.parent()
    {
        byline(&grandparent, Role::Unstated, order, out);
    }
}

/// The first date in a short element's text, its role from the label before it (or
/// `default` without one). Copyright lines are no bylines.
fn byline(node: &NodeRef, default: Role, order: DayOrder, out: &mut Vec<Candidate>) {
    let Some(text) = short_text(node) else { return };
    let lower = text.to_lowercase();
    if lower.contains('©') || lower.contains("copyright") {
        return;
    }
    let Some(found) = find_date(&text, order) else {
        return;
    };
    let role = match role_before(text.get(..found.start).unwrap_or_default()) {
        Role::Unstated => default,
        role => role,
    };
    let shown: String = text.chars().take(80).collect();
    let candidate = Candidate {
        stamp: Stamp {
            date: found.date,
            zone: Zone::Unstated,
        },
        place: Place::Byline {
            text: shown,
            spot: spot_of(node),
        },
        role,
    };
    // An element found both by its class and by its label is read once.
    if !out.contains(&candidate) {
        out.push(candidate);
    }
}

/// The lines right under the first headline: its own child elements, its next siblings and
/// its parent's.
fn under_headline(doc: &Document, order: DayOrder, out: &mut Vec<Candidate>) {
    let Some(h1) = doc.select("h1").nodes().first().cloned() else {
        return;
    };
    // The headline's own small print ("<h1>Title<small>02.02.2022</small></h1>") first.
    let mut near: Vec<NodeRef> = h1.children_it(false).filter(|c| c.is_element()).collect();
    near.truncate(3);
    let mut next = h1.next_element_sibling();
    while let (Some(n), true) = (next, near.len() < 6) {
        next = n.next_element_sibling();
        near.push(n);
    }
    let mut next = h1.parent().and_then(|p| p.next_element_sibling());
    while let (Some(n), true) = (next, near.len() < 8) {
        next = n.next_element_sibling();
        near.push(n);
    }
    for node in near {
        let before = out.len();
        byline(&node, Role::Unstated, order, out);
        for c in out.iter_mut().skip(before) {
            if let Place::Byline { spot, .. } = &mut c.place
                && *spot == Spot::Body
            {
                *spot = Spot::Header;
            }
        }
    }
}

/// The text of an element with few descendants and at most [`MAX_BYLINE`] bytes, with its
/// spaces collapsed.
fn short_text(node: &NodeRef) -> Option<String> {
    if node.descendants_it().take(60).count() >= 60 {
        return None;
    }
    let text = node.text();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty() && text.len() <= MAX_BYLINE).then_some(text)
}

/// Where an element stands, decided by the nearest telling ancestor: a byline or meta box
/// (the header); a sidebar, footer, navigation, comment or list of other stories (aside);
/// else the header when inside an article, the body otherwise.
fn spot_of(node: &NodeRef) -> Spot {
    let mut in_article = false;
    let mut in_footer = false;
    for el in std::iter::once(*node).chain(node.ancestors_it(None)) {
        let name = el
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if matches!(name.as_str(), "body" | "html") {
            break; // their classes describe the whole page
        }
        let marks = format!(
            "{} {}",
            el.class().unwrap_or_default(),
            el.id_attr().unwrap_or_default()
        )
        .to_ascii_lowercase();
        // Taxonomy classes ("category-newsletter") name topics, not places.
        let tokens: Vec<&str> = marks
            .split_whitespace()
            .filter(|t| !t.starts_with("category-") && !t.starts_with("tag-"))
            .collect();
        let has = |words: &[&str]| tokens.iter().any(|t| words.iter().any(|w| t.contains(w)));
        if has(BYLINE_CLASSES) {
            return Spot::Header;
        }
        if matches!(name.as_str(), "aside" | "nav") || has(ASIDE_CLASSES) {
            return Spot::Aside;
        }
        // A footer is the page's unless an article holds it (the story's own footer).
        in_footer |= name == "footer" || has(&["footer"]);
        in_article |=
            matches!(name.as_str(), "article" | "header" | "main") || has(ARTICLE_CLASSES);
    }
    match (in_footer, in_article) {
        (true, true) => Spot::Body,
        (true, false) => Spot::Aside,
        (false, true) => Spot::Header,
        (false, false) => Spot::Body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn found(html: &str) -> Vec<(NaiveDate, Place, Role)> {
        let mut out = Vec::new();
        candidates(&Document::from(html), DayOrder::MonthFirst, &mut out);
        out.into_iter()
            .map(|c| (c.stamp.date, c.place, c.role))
            .collect()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn time_in_the_header_and_in_a_sidebar() {
        let html = r#"<body><article><header><h1>T</h1><time datetime="2021-05-04T08:00">4 May</time></header></article>
<aside class="related"><time datetime="2021-06-01">1 June</time></aside></body>"#;
        let got = found(html);
        assert!(
            got.contains(&(
                d(2021, 5, 4),
                Place::Time { spot: Spot::Header },
                Role::Unstated
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                d(2021, 6, 1),
                Place::Time { spot: Spot::Aside },
                Role::Unstated
            )),
            "{got:?}"
        );
    }

    #[test]
    fn itemprop_abbr_and_data_attributes() {
        let html = r#"<body><span itemprop="datePublished" content="2019-05-02">2 May</span>
<abbr class="published" title="2019-05-02T07:00:00+02:00">May 2</abbr>
<div data-published="2019-05-02T05:00:00Z" data-id="20190502"></div></body>"#;
        let got = found(html);
        let places: Vec<&Place> = got.iter().map(|(_, p, _)| p).collect();
        assert!(matches!(places[0], Place::Itemprop { .. }), "{got:?}");
        assert!(matches!(places[1], Place::Attribute { name, .. } if name == "<abbr title>"));
        assert!(matches!(places[2], Place::Attribute { name, .. } if name == "data-published"));
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(date, ..)| *date == d(2019, 5, 2)));
    }

    #[test]
    fn bylines_and_labelled_lines_in_several_languages() {
        let html = r#"<body><h1>Headline</h1><p>By Jane Roe | May 4, 2021</p>
<div class="entry-date">3. November 2021</div><h2 class="date-header">Tuesday, June 1, 2021</h2>
<p><span>Publié le 3 novembre 2021, mis à jour le 5 novembre 2021</span></p></body>"#;
        let got = found(html);
        let dates: Vec<NaiveDate> = got.iter().map(|(date, ..)| *date).collect();
        for want in [d(2021, 5, 4), d(2021, 11, 3), d(2021, 6, 1)] {
            assert!(dates.contains(&want), "{want} in {got:?}");
        }
        assert!(
            got.iter()
                .any(|(date, _, role)| *date == d(2021, 11, 3) && *role == Role::Published)
        );
        assert!(!dates.contains(&d(2021, 11, 5)));
    }

    #[test]
    fn an_updated_byline_and_a_copyright_line() {
        let html = r#"<body><p class="date">Updated: 5 May 2021</p><footer><p class="date">© 2001–2024, 1 January 2024</p></footer></body>"#;
        let got = found(html);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2, Role::Modified);
    }

    #[test]
    fn a_forum_posts_author_line_and_a_press_release_line() {
        let html = r#"<body><p class="author">von <strong>r23</strong> &raquo; 21.01.2009, 05:42</p>
<div><div>Pressemitteilung vom 20.01.2022</div></div></body>"#;
        let got = found(html);
        assert!(
            got.iter().any(|(date, ..)| *date == d(2009, 1, 21)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(date, _, role)| *date == d(2022, 1, 20) && *role == Role::Published),
            "{got:?}"
        );
    }
}
