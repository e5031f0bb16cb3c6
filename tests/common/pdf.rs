//! Reading back the text a PDF shows, as a viewer's copy and search would.

/// The text of every page of `pdf`, by page, without whitespace (a PDF places glyphs one
/// by one, so spaces are positions rather than characters): the strings its content streams show,
/// followed into the form XObjects the pages draw, decoded through each font's
/// `/ToUnicode` map (what a viewer's copy and search use).
pub fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(pdf).expect("a readable PDF");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page");
            let resources = page
                .get_deref(b"Resources", &doc)
                .and_then(lopdf::Object::as_dict)
                .expect("resources");
            let mut out = String::new();
            shown_text(&doc, resources, &doc.get_page_content(id), &mut out, 0);
            out.split_whitespace().collect()
        })
        .collect()
}

/// Appends the text `content` shows (with `resources`) to `out`, one line per text object.
fn shown_text(
    doc: &lopdf::Document,
    resources: &lopdf::Dictionary,
    content: &[u8],
    out: &mut String,
    depth: usize,
) {
    use lopdf::Object;
    let lookup = |key: &[u8], name: &[u8]| {
        resources
            .get_deref(key, doc)
            .and_then(Object::as_dict)
            .and_then(|d| d.get_deref(name, doc))
            .ok()
    };
    let operations = lopdf::content::Content::decode(content)
        .expect("a decodable content stream")
        .operations;
    let mut encoding = None;
    for op in &operations {
        let name = op.operands.first().and_then(|o| o.as_name().ok());
        match op.operator.as_str() {
            "Tf" => {
                encoding = name
                    .and_then(|n| lookup(b"Font", n))
                    .and_then(|f| f.as_dict().ok())
                    .and_then(|f| f.get_font_encoding(doc).ok());
            }
            "Tj" | "TJ" => {
                let strings = op.operands.iter().flat_map(|o| match o {
                    Object::Array(items) => items.clone(),
                    other => vec![other.clone()],
                });
                for s in strings {
                    if let (Object::String(bytes, _), Some(enc)) = (&s, &encoding) {
                        out.push_str(&lopdf::Document::decode_text(enc, bytes).expect("decodes"));
                    }
                }
            }
            "Do" if depth < 8 => {
                let Some(stream) = name
                    .and_then(|n| lookup(b"XObject", n))
                    .and_then(|x| x.as_stream().ok())
                else {
                    continue;
                };
                let inner = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                let own = stream
                    .dict
                    .get_deref(b"Resources", doc)
                    .and_then(Object::as_dict)
                    .unwrap_or(resources);
                shown_text(doc, own, &inner, out, depth + 1);
            }
            _ => {}
        }
    }
}
