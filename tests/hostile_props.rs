//! Property test: random HTML, JSON, TimeML and Markdown structures (deep nesting, unclosed
//! tags, entities, huge attributes) never panic or abort the loader or the pipeline, and
//! every span lies on character boundaries of the text it points into.

use proptest::prelude::*;
use tempora::article;
use tempora::pipeline::Document;

/// Words, dates, entities and non-ASCII text to put between the markup.
fn text_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("It rained on Monday. ".to_string()),
        Just("March 3, 2025".to_string()),
        Just("back in August".to_string()),
        Just("&amp;&lt;&#x1F600;&#0;&bogus;&".to_string()),
        Just("café – naïve 東京 😀".to_string()),
        "[ -~]{0,20}",
    ]
}

/// A random element tree printed as HTML: nested, sometimes unclosed, with big attributes.
fn html() -> impl Strategy<Value = String> {
    let leaf = text_piece();
    leaf.prop_recursive(6, 64, 4, |inner| {
        (
            prop_oneof![
                Just("div"),
                Just("span"),
                Just("p"),
                Just("table"),
                Just("td"),
                Just("li"),
                Just("script"),
                Just("b"),
            ],
            0usize..3000,
            proptest::collection::vec(inner, 0..4),
            any::<bool>(),
            0usize..2000,
        )
            .prop_map(|(tag, attr_len, children, closed, depth)| {
                let attr = "x".repeat(attr_len);
                let body = children.concat();
                let deep = format!("<{tag}>").repeat(depth % 400);
                format!(
                    "{deep}<{tag} title=\"{attr}\">{body}{}",
                    if closed {
                        format!("</{tag}>")
                    } else {
                        String::new()
                    }
                )
            })
    })
}

/// A random JSON value, nested up to hundreds of levels.
fn json() -> impl Strategy<Value = String> {
    (text_piece(), 0usize..400, any::<bool>(), 0usize..3).prop_map(|(text, depth, array, shape)| {
        let text = text.replace('\\', "").replace('"', "'");
        let nest = |s: String| {
            if array {
                format!("{}{s}{}", "[".repeat(depth), "]".repeat(depth))
            } else {
                format!("{}{s}{}", "{\"a\":".repeat(depth), "}".repeat(depth))
            }
        };
        match shape {
            0 => format!("{{\"text\":\"{text}\",\"extra\":{}}}", nest("1".into())),
            1 => format!(
                "{{\"text\":\"{text}\"}}\n{}\n{{\"text\": oops}}",
                nest("2".into())
            ),
            _ => nest(format!(
                "{{\"text\":\"{text}\",\"date\":\"2025-02-30T25:00\"}}"
            )),
        }
    })
}

/// A TimeML document around random (possibly broken) markup.
fn timeml() -> impl Strategy<Value = String> {
    (html(), any::<bool>()).prop_map(|(inner, dct)| {
        let dct = if dct {
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27\">x</TIMEX3></DCT>"
        } else {
            ""
        };
        format!("<TimeML>{dct}<TEXT>{inner}</TEXT></TimeML>")
    })
}

/// Markdown with deep block quotes and lists, emphasis and links.
fn markdown() -> impl Strategy<Value = String> {
    (text_piece(), 0usize..300, 0usize..300, 0usize..50).prop_map(|(text, quotes, list, em)| {
        format!(
            "# Title\n\n{}{text}\n\n{}- {text}\n\n{}{text}{}\n\n[{text}](http://x) ![img]({text})",
            "> ".repeat(quotes),
            "  ".repeat(list),
            "*".repeat(em),
            "*".repeat(em / 2),
        )
    })
}

fn check(ext: &str, content: &str) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(format!("input.{ext}"));
    std::fs::write(&path, content).expect("write");
    match article::load_file(&path) {
        Ok(articles) => {
            for a in articles {
                let doc = Document::new(a);
                let text = &doc.article.text;
                for e in &doc.events {
                    let s = e.timex.span;
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    prop_assert!(s.start <= s.end && s.end <= text.len());
                    prop_assert!(
                        text.is_char_boundary(e.sentence.start)
                            && text.is_char_boundary(e.sentence.end)
                    );
                }
                for s in &doc.sentences {
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
            }
        }
        Err(e) => prop_assert!(e.to_string().contains("input."), "{e}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_html_never_panics(page in html()) {
        check("html", &format!("<html><body>{page}</body></html>"))?;
    }

    #[test]
    fn random_json_never_panics(doc in json()) {
        check("json", &doc)?;
        check("jsonl", &doc)?;
    }

    #[test]
    fn random_timeml_never_panics(doc in timeml()) {
        check("tml", &doc)?;
    }

    #[test]
    fn random_markdown_never_panics(doc in markdown()) {
        check("md", &doc)?;
    }
}
