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
}

/// Decodes `bytes`. `declared` is an encoding label found in the document itself, if any
/// (honoured unless a BOM says otherwise).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors && encoding != UTF_8 {
            return Err(DecodeError::Undecodable { offset: 0 });
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
