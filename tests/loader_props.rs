//! Property tests: arbitrary bytes never panic any loader, and every failure names the file.

use proptest::prelude::*;
use tempora::article;

fn bytes_with_structure() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..2048),
        // Text-like bytes around markup and JSON punctuation, to get past the first checks.
        proptest::collection::vec(
            prop_oneof![
                Just(b'<'), Just(b'>'), Just(b'{'), Just(b'}'), Just(b'"'), Just(b':'), Just(b'\n'), Just(b'&'),
                Just(b'#'), Just(b'*'), Just(b'['), Just(b']'), 0x20u8..0x7f, 0x80u8..=0xff
            ],
            0..2048
        ),
        "[ -~\\n]{0,400}".prop_map(|s| format!("<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"1998-02-03\">x</TIMEX3></DCT><TEXT>{s}</TEXT></TimeML>").into_bytes()),
        "[ -~\\n]{0,400}".prop_map(|s| format!("<html><head><meta charset=\"{s}\"><title>{s}</title></head><body><p>{s}</p></body></html>").into_bytes()),
        "[ -~\\n]{0,200}".prop_map(|s| format!("[{{\"title\":\"{s}\",\"text\":\"{s}\",\"date\":\"{s}\"}}]").into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_any_loader(bytes in bytes_with_structure()) {
        let dir = tempfile::tempdir().expect("tempdir");
        for ext in article::SUPPORTED_EXTENSIONS {
            let path = dir.path().join(format!("input.{ext}"));
            std::fs::write(&path, &bytes).expect("write");
            match article::load_file(&path) {
                Ok(articles) => {
                    for a in articles {
                        prop_assert!(!a.text.trim().is_empty());
                        // The whole pipeline must cope with whatever text came out.
                        let doc = tempora::pipeline::Document::new(a);
                        for e in &doc.events {
                            prop_assert!(doc.article.text.get(e.timex.span.start..e.timex.span.end).is_some());
                        }
                    }
                }
                Err(e) => prop_assert!(e.to_string().contains("input."), "{e}"),
            }
        }
    }
}
