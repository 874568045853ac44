//! A small JSON reader for `visit.json`, the one file the app reads as JSON in
//! the browser (the museum edits it on its server without a rebuild).
//!
//! serde_json, with serde's generated code for the visit data, was about 6 KB
//! of every visitor's compressed wasm for this one short file. This reader
//! parses RFC 8259 JSON into a [`Json`] value, and [`FromJson`] reads the
//! value into the app's types, naming the field that is wrong. Numbers are kept
//! as written: the file has whole numbers only, and parsing floats would bring
//! the float parser back.

use std::fmt;

/// Deeper than any file the museum writes; a hostile file cannot overflow the stack.
const MAX_DEPTH: usize = 32;

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// As written in the file, checked against JSON's grammar.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// In the file's order.
    Object(Vec<(String, Json)>),
}

/// What is wrong with a file, and where: a position in the text, or a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError(String);

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonError {}

impl From<String> for JsonError {
    fn from(message: String) -> JsonError {
        JsonError(message)
    }
}

/// Parses `text`, then reads it as a `T`.
pub fn read<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(&parse(text)?)
}

/// Parses one JSON value, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut parser = Parser { text, at: 0 };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    match parser.at == text.len() {
        true => Ok(value),
        false => Err(parser.error("more after the end of the value")),
    }
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary.
    at: usize,
}

impl Parser<'_> {
    /// "line 3, column 14: <what>", counting from 1 as editors do.
    fn error(&self, what: &str) -> JsonError {
        let before = &self.text[..self.at];
        let line = before.matches('\n').count() + 1;
        let column = before.chars().rev().take_while(|&c| c != '\n').count() + 1;
        JsonError(format!("line {line}, column {column}: {what}"))
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn eat(&mut self, literal: &str) -> bool {
        let found = self.text[self.at..].starts_with(literal);
        if found {
            self.at += literal.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("null") => Ok(Json::Null),
            _ if self.eat("true") => Ok(Json::Bool(true)),
            _ if self.eat("false") => Ok(Json::Bool(false)),
            None => Err(self.error("the file ends where a value should be")),
            _ => Err(self.error("expected a value")),
        }
    }

    /// The items between `open` and `close`, separated by commas.
    fn list<T>(
        &mut self,
        open: &str,
        close: &str,
        mut item: impl FnMut(&mut Self) -> Result<T, JsonError>,
    ) -> Result<Vec<T>, JsonError> {
        self.eat(open);
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(item(self)?);
            self.skip_whitespace();
            if self.eat(close) {
                return Ok(items);
            }
            if !self.eat(",") {
                return Err(self.error(&format!("expected , or {close}")));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.list("[", "]", |parser| parser.value(depth + 1))
            .map(Json::Array)
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        let members = self.list("{", "}", |parser| {
            parser.skip_whitespace();
            if parser.peek() != Some(b'"') {
                return Err(parser.error("expected a field name in quotes"));
            }
            let name = parser.string()?;
            parser.skip_whitespace();
            if !parser.eat(":") {
                return Err(parser.error("expected : after the field name"));
            }
            Ok((name, parser.value(depth + 1)?))
        })?;
        Ok(Json::Object(members))
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1; // The opening quote.
        let mut string = String::new();
        loop {
            let rest = &self.text[self.at..];
            let Some(c) = rest.chars().next() else {
                return Err(self.error("the file ends inside a string"));
            };
            self.at += c.len_utf8();
            match c {
                '"' => return Ok(string),
                '\\' => string.push(self.escape()?),
                '\u{0}'..='\u{1f}' => return Err(self.error("a control character inside a string")),
                c => string.push(c),
            }
        }
    }

    /// After a backslash: the character it stands for.
    fn escape(&mut self) -> Result<char, JsonError> {
        let simple = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                return self.unicode_escape();
            }
            // Not stepped over: what follows may not be ASCII, and the
            // error's position must stay at a character boundary.
            _ => return Err(self.error("an invalid escape")),
        };
        self.at += 1;
        Ok(simple)
    }

    /// After `\u`: four hex digits, or two groups of them for a character
    /// beyond the first plane (a surrogate pair).
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff if self.eat("\\u") => match self.hex4()? {
                second @ 0xdc00..=0xdfff => 0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00),
                _ => return Err(self.error("an unpaired surrogate in a \\u escape")),
            },
            code => code,
        };
        char::from_u32(code).ok_or_else(|| self.error("an invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_hexdigit()));
        let code = digits
            .and_then(|digits| u32::from_str_radix(digits, 16).ok())
            .ok_or_else(|| self.error("\\u must be followed by four hex digits"))?;
        self.at += 4;
        Ok(code)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Json, JsonError> {
        let start = self.at;
        self.eat("-");
        let whole = self.at;
        let valid_whole = match self.digits() {
            0 => false,
            1 => true,
            _ => self.text.as_bytes()[whole] != b'0',
        };
        let valid_fraction = !self.eat(".") || self.digits() > 0;
        let valid_exponent = !(self.eat("e") || self.eat("E")) || {
            let _ = self.eat("+") || self.eat("-");
            self.digits() > 0
        };
        match valid_whole && valid_fraction && valid_exponent {
            true => Ok(Json::Number(self.text[start..self.at].to_owned())),
            false => Err(self.error("a badly written number")),
        }
    }

    /// Skips ASCII digits, and says how many.
    fn digits(&mut self) -> usize {
        let from = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - from
    }
}

/// A type read from a JSON value; the error says what was expected.
pub trait FromJson: Sized {
    fn from_json(value: &Json) -> Result<Self, JsonError>;
}

impl FromJson for String {
    fn from_json(value: &Json) -> Result<String, JsonError> {
        match value {
            Json::String(string) => Ok(string.clone()),
            _ => Err(JsonError("expected a string".into())),
        }
    }
}

impl FromJson for bool {
    fn from_json(value: &Json) -> Result<bool, JsonError> {
        match value {
            Json::Bool(value) => Ok(*value),
            _ => Err(JsonError("expected true or false".into())),
        }
    }
}

impl FromJson for u32 {
    fn from_json(value: &Json) -> Result<u32, JsonError> {
        match value {
            Json::Number(number) => number.parse().ok(),
            _ => None,
        }
        .ok_or_else(|| JsonError("expected a whole number from 0".into()))
    }
}

/// `null` is `None`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json) -> Result<Option<T>, JsonError> {
        match value {
            Json::Null => Ok(None),
            value => T::from_json(value).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json) -> Result<Vec<T>, JsonError> {
        let Json::Array(items) = value else {
            return Err(JsonError("expected a list".into()));
        };
        let item = |(index, value)| {
            T::from_json(value).map_err(|error| within(&format!("item {}", index + 1), error))
        };
        items.iter().enumerate().map(item).collect()
    }
}

/// Says where an error is: `notices: item 2: from: …`.
fn within(place: &str, JsonError(message): JsonError) -> JsonError {
    JsonError(format!("{place}: {message}"))
}

/// The fields of one object, read by name; every field must be read, and no
/// other may be there, so a misspelt name is an error rather than a default.
pub struct Fields<'a> {
    members: &'a [(String, Json)],
    read: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json) -> Result<Fields<'a>, JsonError> {
        match value {
            Json::Object(members) => Ok(Fields {
                members,
                read: Vec::new(),
            }),
            _ => Err(JsonError("expected an object { … }".into())),
        }
    }

    /// The field `name`, read as a `T`.
    pub fn get<T: FromJson>(&mut self, name: &'static str) -> Result<T, JsonError> {
        self.read.push(name);
        let value = self
            .members
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
            .ok_or_else(|| JsonError(format!("the field \"{name}\" is missing")))?;
        T::from_json(value).map_err(|error| within(name, error))
    }

    /// Refuses a field that was not read: a typo, or a field of another version.
    pub fn done(self) -> Result<(), JsonError> {
        match self
            .members
            .iter()
            .find(|(key, _)| !self.read.contains(&key.as_str()))
        {
            Some((key, _)) => Err(JsonError(format!("unknown field \"{key}\""))),
            None => Ok(()),
        }
    }
}

/// Reads a struct from an object with exactly these fields, each by its own name.
macro_rules! from_json_fields {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl $crate::content::json::FromJson for $name {
            fn from_json(
                value: &$crate::content::json::Json,
            ) -> Result<$name, $crate::content::json::JsonError> {
                let mut fields = $crate::content::json::Fields::of(value)?;
                let read = $name { $($field: fields.get(stringify!($field))?),* };
                fields.done()?;
                Ok(read)
            }
        }
    };
}
pub(crate) use from_json_fields;
