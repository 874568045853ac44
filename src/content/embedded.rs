//! A content file as a prerendered page carries it, inside its boot screen
//! (`tests/e2e/prerender.mjs` writes it there): the first load then starts the
//! app without fetching the text it needs, and the copy costs few bytes, because
//! brotli finds its words again in the page's own markup.
//!
//! The file's bytes are written as text. Each printable UTF-8 character in them
//! (the words) stays as it is; every other byte (postcard's lengths and numbers,
//! and `<`, which could end the element) becomes a character of its own, U+F700
//! plus the byte, from a private-use block that the content never uses.

/// The file's bytes, back from the text the page carries.
pub fn decode(text: &str) -> Vec<u8> {
    // Read as UTF-8 bytes, not as characters: U+F700 + b is EF, then 9C to 9F with
    // b's two high bits, then 80 to BF with its six low bits. Every other byte is
    // one of a character kept as it is.
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let [first, more @ ..] = rest {
        let (byte, after) = match (first, more) {
            (0xEF, [high @ 0x9C..=0x9F, low, after @ ..]) => {
                ((high & 0x03) << 6 | (low & 0x3F), after)
            }
            _ => (*first, more),
        };
        bytes.push(byte);
        rest = after;
    }
    bytes
}
