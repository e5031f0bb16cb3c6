//! Bytes to text: byte-order marks, UTF-8, UTF-16, legacy single-byte encodings.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// Text decoded from a file, with the name of the encoding that was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The encoding's WHATWG name ("UTF-8", "UTF-16LE", "windows-1252", …).
    pub encoding: &'static str,
    /// How the encoding was chosen.
    pub how: EncodingChoice,
}

/// How the encoding of a file was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingChoice {
    /// A byte-order mark at the start of the file.
    ByteOrderMark,
    /// The bytes are valid UTF-8.
    ValidUtf8,
    /// Declared by the document (`<meta charset>`, XML declaration).
    Declared,
    /// Guessed from the byte statistics.
    Detected,
    /// UTF-8 except for a few invalid bytes, each replaced by U+FFFD.
    MostlyUtf8 {
        /// How many invalid sequences were replaced.
        replaced: usize,
        /// Byte offset of the first one.
        first_offset: usize,
    },
}

/// Why bytes could not be decoded as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes look binary: NUL bytes or a known binary signature.
    Binary(&'static str),
    /// Decoding replaced too many characters to trust the result.
    Undecodable {
        /// Byte offset of the first invalid UTF-8 sequence.
        offset: usize,
    },
    /// A byte-order mark names a UTF-16 encoding, but the bytes after it are not valid in it.
    BadUtf16 {
        /// The encoding the mark names.
        encoding: &'static str,
        /// Byte offset, in the file, of the first invalid code unit.
        offset: usize,
    },
}

/// Decodes `bytes`. `declared` is an encoding label found in the document itself, if any
/// (honoured unless a BOM says otherwise).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors && encoding != UTF_8 {
            let offset = utf16_error_offset(body, encoding == UTF_16BE).unwrap_or(0);
            return Err(DecodeError::BadUtf16 {
                encoding: encoding.name(),
                offset: bom_len + offset,
            });
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            how: EncodingChoice::ByteOrderMark,
        });
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(DecodeError::Binary(what));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            how: EncodingChoice::ValidUtf8,
        });
    }
    if let Some(decoded) = mostly_utf8(bytes) {
        return Ok(decoded);
    }
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .filter(|e| *e != UTF_16LE && *e != UTF_16BE && *e != UTF_8);
    let (encoding, how) = match declared {
        Some(e) => (e, EncodingChoice::Declared),
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            (
                detector.guess(None, chardetng::Utf8Detection::Deny),
                EncodingChoice::Detected,
            )
        }
    };
    if encoding == UTF_8 {
        let offset = std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        return Err(DecodeError::Undecodable { offset });
    }
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let offset = std::str::from_utf8(bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        return Err(DecodeError::Undecodable { offset });
    }
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        how,
    })
}

/// UTF-8 with a few invalid bytes: more valid multi-byte characters than invalid
/// sequences, so the file was written as UTF-8 and a few bytes were damaged or pasted in.
/// A legacy single-byte file almost never holds a valid multi-byte sequence.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let mut multibyte = 0usize;
    let mut replaced = 0usize;
    let mut first_offset = None;
    let mut at = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        at += valid.len();
        if !chunk.invalid().is_empty() {
            replaced += 1;
            first_offset.get_or_insert(at);
        }
        at += chunk.invalid().len();
    }
    let first_offset = first_offset?;
    (multibyte > replaced).then(|| Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: UTF_8.name(),
        how: EncodingChoice::MostlyUtf8 {
            replaced,
            first_offset,
        },
    })
}

/// Byte offset (in `body`) of the first invalid UTF-16 code unit: a lone surrogate or a
/// trailing odd byte.
fn utf16_error_offset(body: &[u8], big_endian: bool) -> Option<usize> {
    let units = body.chunks(2).map(|pair| match pair {
        [a, b] if big_endian => Some(u16::from_be_bytes([*a, *b])),
        [a, b] => Some(u16::from_le_bytes([*a, *b])),
        _ => None,
    });
    let mut high_at = None;
    for (i, unit) in units.enumerate() {
        let Some(unit) = unit else {
            return Some(high_at.unwrap_or(i * 2));
        };
        match (unit, high_at) {
            (0xDC00..=0xDFFF, Some(_)) => high_at = None,
            (0xDC00..=0xDFFF, None) => return Some(i * 2),
            (0xD800..=0xDBFF, Some(h)) => return Some(h),
            (0xD800..=0xDBFF, None) => high_at = Some(i * 2),
            (_, Some(h)) => return Some(h),
            (_, None) => {}
        }
    }
    high_at
}

/// Names the binary format when `bytes` are clearly not text.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"RIFF", "RIFF media file"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"7z\xBC\xAF", "7-Zip archive"),
        (b"\x7FELF", "executable"),
        (b"MZ", "Windows executable"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let head = bytes.get(..bytes.len().min(8192)).unwrap_or_default();
    head.contains(&0).then_some("contains NUL bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("\u{feff}Café".as_bytes(), None).expect("decodes");
        assert_eq!(
            (d.text.as_str(), d.encoding, d.how),
            ("Café", "UTF-8", EncodingChoice::ByteOrderMark)
        );
        let d = decode("Café".as_bytes(), None).expect("decodes");
        assert_eq!((d.encoding, d.how), ("UTF-8", EncodingChoice::ValidUtf8));
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le, None).expect("le").text, "Hé");
        assert_eq!(decode(&be, None).expect("be").encoding, "UTF-16BE");
    }

    #[test]
    fn legacy_latin_text_is_detected() {
        let bytes = b"Le caf\xe9 a ouvert ses portes en d\xe9cembre, \xe0 la grande joie des habitu\xe9s du quartier.";
        let d = decode(bytes, None).expect("decodes");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("café") && d.text.contains("décembre"));
    }

    #[test]
    fn declared_charset_is_honoured() {
        let d = decode(b"\xe9t\xe9", Some("iso-8859-1")).expect("decodes");
        assert_eq!((d.text.as_str(), d.how), ("été", EncodingChoice::Declared));
    }

    #[test]
    fn mostly_utf8_keeps_utf8_and_says_where() {
        let mut bytes = "Le café a rouvert en décembre, après les travaux. ".repeat(20);
        bytes.push_str("Prix: 5 ");
        let mut bytes = bytes.into_bytes();
        let bad_at = bytes.len();
        bytes.extend_from_slice(b"\xa3 seulement.");
        let d = decode(&bytes, None).expect("decodes");
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("café") && d.text.contains("\u{fffd} seulement"));
        assert_eq!(
            d.how,
            EncodingChoice::MostlyUtf8 {
                replaced: 1,
                first_offset: bad_at
            }
        );
    }

    #[test]
    fn a_lone_surrogate_is_found_where_it_is() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("Hello there".encode_utf16().flat_map(u16::to_le_bytes));
        let at = bytes.len();
        bytes.extend(0xD800u16.to_le_bytes());
        bytes.extend("ok".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            decode(&bytes, None),
            Err(DecodeError::BadUtf16 {
                encoding: "UTF-16LE",
                offset: at
            })
        );
    }

    #[test]
    fn binary_is_refused() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0", None),
            Err(DecodeError::Binary("PNG image"))
        );
        assert_eq!(
            decode(b"abc\0def", None),
            Err(DecodeError::Binary("contains NUL bytes"))
        );
    }
}
