//! Reading back what `build.rs` stored in postcard's compact form: each
//! language's text, and the facts bundled in the wasm.
//!
//! postcard writes each field in declaration order: a string as its length (a
//! LEB128 varint) and its UTF-8 bytes, a list as its length and its items, an
//! array as its items, an option as 0 or 1 and its value, an enum as the index
//! of its variant, a float as its 8 bytes. The app reads that with this small
//! decoder instead of serde's: serde's generated code for `Text` alone was
//! 20.7 KB of the optimised wasm, mostly the clean-up of half-built structs at
//! each point where a field can fail. Here no field can fail: a reader that
//! runs out of bytes notes it and hands out empty values, and [`decode`] turns
//! that note into one error at the end.

use std::fmt;

/// The bytes left to read, and whether they ever fell short.
pub struct Reader<'a> {
    bytes: &'a [u8],
    broken: Option<DecodeError>,
}

/// What was wrong with stored content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes end before the text does: a truncated download.
    EndsEarly,
    /// A string is not UTF-8.
    NotUtf8,
    /// An optional value is marked neither absent (0) nor present (1).
    NotAnOption,
    /// A value its type refuses: a date that is no date, a variant past the last.
    Invalid,
    /// Bytes follow the end of the text: another version of the file.
    TrailingBytes,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecodeError::EndsEarly => "it ends early",
            DecodeError::NotUtf8 => "it has text that is not UTF-8",
            DecodeError::NotAnOption => "it has a value that is neither there nor missing",
            DecodeError::Invalid => "it has a value its type refuses",
            DecodeError::TrailingBytes => "it goes on after its end",
        })
    }
}

/// A value read from the compact form; never fails on its own (see the module's notes).
pub trait Decode: Sized {
    fn decode(reader: &mut Reader) -> Self;
}

/// Reads a whole `T` from `bytes`, which must hold exactly one.
pub fn decode<T: Decode>(bytes: &[u8]) -> Result<T, DecodeError> {
    let mut reader = Reader {
        bytes,
        broken: None,
    };
    let value = T::decode(&mut reader);
    match reader.broken {
        Some(error) => Err(error),
        None if !reader.bytes.is_empty() => Err(DecodeError::TrailingBytes),
        None => Ok(value),
    }
}

impl Reader<'_> {
    /// Notes that the bytes are wrong, and stops the reading.
    pub fn fail(&mut self, error: DecodeError) {
        self.broken.get_or_insert(error);
        self.bytes = &[];
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.split_first() {
            Some((&byte, rest)) => {
                self.bytes = rest;
                byte
            }
            None => {
                self.fail(DecodeError::EndsEarly);
                0
            }
        }
    }

    /// A whole number: seven bits per byte, low bits first, the high bit saying more follow.
    fn varint(&mut self) -> u32 {
        let mut value = 0_u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte();
            value |= u32::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                break;
            }
        }
        value
    }

    /// Which of `count` variants of an enum: an index below `count`.
    pub fn variant(&mut self, count: usize) -> usize {
        let index = self.varint() as usize;
        if index >= count {
            self.fail(DecodeError::Invalid);
            return 0;
        }
        index
    }

    /// A length, which cannot be longer than the bytes left.
    fn length(&mut self) -> usize {
        let value = self.varint() as usize;
        if value > self.bytes.len() {
            self.fail(DecodeError::EndsEarly);
            return 0;
        }
        value
    }
}

impl Decode for String {
    fn decode(reader: &mut Reader) -> String {
        let length = reader.length();
        let (text, rest) = reader.bytes.split_at(length);
        reader.bytes = rest;
        match std::str::from_utf8(text) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                reader.fail(DecodeError::NotUtf8);
                String::new()
            }
        }
    }
}

impl Decode for u32 {
    fn decode(reader: &mut Reader) -> u32 {
        reader.varint()
    }
}

impl Decode for f64 {
    fn decode(reader: &mut Reader) -> f64 {
        f64::from_le_bytes(std::array::from_fn(|_| reader.byte()))
    }
}

impl<A: Decode, B: Decode> Decode for (A, B) {
    fn decode(reader: &mut Reader) -> (A, B) {
        let first = A::decode(reader);
        (first, B::decode(reader))
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(reader: &mut Reader) -> Vec<T> {
        // Every item takes at least one byte, so `length` (at most the bytes left) bounds the allocation.
        (0..reader.length()).map(|_| T::decode(reader)).collect()
    }
}

impl<T: Decode, const N: usize> Decode for [T; N] {
    fn decode(reader: &mut Reader) -> [T; N] {
        std::array::from_fn(|_| T::decode(reader))
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(reader: &mut Reader) -> Option<T> {
        match reader.byte() {
            0 => None,
            1 => Some(T::decode(reader)),
            _ => {
                reader.fail(DecodeError::NotAnOption);
                None
            }
        }
    }
}

/// Declares structs as written, and reads each from the compact form field by
/// field, in the order they are declared, which is the order postcard wrote them in.
macro_rules! decodable {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$field_meta:meta])* pub $field:ident : $type:ty ),* $(,)?
        }
    )*) => {$(
        $(#[$meta])*
        pub struct $name {
            $( $(#[$field_meta])* pub $field: $type ),*
        }

        impl $crate::content::compact::Decode for $name {
            fn decode(reader: &mut $crate::content::compact::Reader) -> $name {
                $name { $( $field: $crate::content::compact::Decode::decode(reader) ),* }
            }
        }
    )*};
}
pub(crate) use decodable;
