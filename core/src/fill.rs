//! The one template language of the data files: plain text with `{name}`
//! placeholders, filled from the answers. Warnings, next steps and every
//! line of a posting use it.
//!
//! A placeholder is `{name}`, `{name:modifier}` or `{^name}` (the value
//! with a capital first letter). `{{` and `}}` stand for braces. There are
//! no loops and no expressions: what a line says under which answers is
//! decided by the conditions beside it, in data, so a template can always
//! be checked, and filling one costs as much as its length.

use std::ops::Range;

/// The modifier that joins a list with "or" rather than "and": "on
/// Instagram or TikTok" where one of them is meant.
pub const OR: &str = "or";

/// A parsed template.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
enum Part {
    Text(String),
    Slot(Slot),
}

/// One placeholder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Slot {
    /// The name between the braces, without the `^` or the modifier.
    pub name: String,
    /// After a colon: `count`, `or`, `phrase`, `iso`, or a tag to keep
    /// only the options that carry it.
    pub modifier: Option<String>,
    /// `{^name}`: start the value with a capital letter.
    pub capital: bool,
    /// Where the placeholder stands in the template text, braces included.
    pub at: Range<usize>,
}

/// Why a template cannot be read, and where in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FillError {
    pub(crate) at: Range<usize>,
    pub(crate) message: String,
}

/// What a placeholder stands for: words (joined as "a, b and c") and the
/// answers they come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Value {
    pub(crate) words: Vec<String>,
    pub(crate) sources: Vec<String>,
}

impl Value {
    /// One word, and the answer it comes from (`question` or
    /// `question.option`).
    pub fn one(word: impl Into<String>, source: impl Into<String>) -> Self {
        Self {
            words: vec![word.into()],
            sources: vec![source.into()],
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.words.iter().all(|w| w.is_empty())
    }
}

/// A filled template and the answers its placeholders drew on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filled {
    /// The text with every placeholder replaced.
    pub text: String,
    pub(crate) sources: Vec<String>,
    /// Whether a placeholder came out empty: a line that needs an answer
    /// it does not have is better left out than printed with a gap.
    pub gap: bool,
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

impl Template {
    /// Read a template; every placeholder must be closed and named.
    pub fn parse(text: &str) -> Result<Self, FillError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().is_some_and(|(_, n)| *n == '{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().is_some_and(|(_, n)| *n == '}') => {
                    chars.next();
                    literal.push('}');
                }
                '}' => {
                    return Err(FillError {
                        at: i..i + 1,
                        message: "a `}` with no `{` before it".into(),
                    });
                }
                '{' => {
                    let Some(close) = text[i..].find('}').map(|c| i + c) else {
                        return Err(FillError {
                            at: i..text.len(),
                            message: "a `{` that is never closed".into(),
                        });
                    };
                    let inner = &text[i + 1..close];
                    let (capital, inner) = match inner.strip_prefix('^') {
                        Some(rest) => (true, rest),
                        None => (false, inner),
                    };
                    let (name, modifier) = match inner.split_once(':') {
                        Some((n, m)) => (n, Some(m)),
                        None => (inner, None),
                    };
                    let bad = |part: &str| part.is_empty() || !part.chars().all(is_name_char);
                    if bad(name) || modifier.is_some_and(bad) {
                        return Err(FillError {
                            at: i..close + 1,
                            message: format!(
                                "`{}` is not a placeholder: write {{name}}, {{name:tag}} or {{^name}}",
                                &text[i..=close]
                            ),
                        });
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Slot(Slot {
                        name: name.to_string(),
                        modifier: modifier.map(str::to_string),
                        capital,
                        at: i..close + 1,
                    }));
                    while chars.peek().is_some_and(|(j, _)| *j <= close) {
                        chars.next();
                    }
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Self { parts })
    }

    /// A template of plain text, with no placeholders.
    pub fn plain(text: &str) -> Self {
        Self {
            parts: vec![Part::Text(text.to_string())],
        }
    }

    pub(crate) fn slots(&self) -> impl Iterator<Item = &Slot> {
        self.parts.iter().filter_map(|p| match p {
            Part::Slot(s) => Some(s),
            Part::Text(_) => None,
        })
    }

    /// Fill every placeholder with what `value` gives for it.
    pub fn fill(&self, mut value: impl FnMut(&Slot) -> Value) -> Filled {
        let mut out = Filled::default();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.text.push_str(t),
                Part::Slot(slot) => {
                    let v = value(slot);
                    if v.is_empty() {
                        out.gap = true;
                    }
                    let words: Vec<&str> = v
                        .words
                        .iter()
                        .map(String::as_str)
                        .filter(|w| !w.is_empty())
                        .collect();
                    let joined = if slot.modifier.as_deref() == Some(OR) {
                        crate::text::or_list(&words)
                    } else {
                        crate::text::and_list(&words)
                    };
                    if slot.capital {
                        out.text.push_str(&crate::text::upper_first(&joined));
                    } else {
                        out.text.push_str(&joined);
                    }
                    for s in v.sources {
                        if !out.sources.contains(&s) {
                            out.sources.push(s);
                        }
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(t: &str, f: impl FnMut(&Slot) -> Value) -> String {
        Template::parse(t).expect("parses").fill(f).text
    }

    #[test]
    fn placeholders_are_filled_and_lists_joined() {
        let v = |s: &Slot| match s.name.as_str() {
            "people" => Value::one("players", "people.players"),
            "networks" => Value {
                words: vec!["TikTok".into(), "YouTube".into(), "X".into()],
                sources: vec!["platforms.tiktok".into()],
            },
            _ => Value::default(),
        };
        assert_eq!(
            filled("Talk to {people} on {networks}.", v),
            "Talk to players on TikTok, YouTube and X."
        );
        assert_eq!(filled("{^people} first", v), "Players first");
        assert_eq!(
            filled("A post on {networks:or}.", v),
            "A post on TikTok, YouTube or X."
        );
        let f = Template::parse("{people} and {nobody}").unwrap().fill(v);
        assert!(f.gap, "an empty value is a gap");
        assert_eq!(f.sources, ["people.players"]);
    }

    #[test]
    fn braces_can_be_written_twice_and_modifiers_are_kept() {
        let t = Template::parse("{{not a slot}} {work:career} {work:count}").unwrap();
        let slots: Vec<_> = t.slots().map(|s| s.modifier.clone()).collect();
        assert_eq!(slots, [Some("career".into()), Some("count".into())]);
        assert_eq!(
            t.fill(|s| Value::one(s.modifier.clone().unwrap_or_default(), "w"))
                .text,
            "{not a slot} career count"
        );
    }

    #[test]
    fn broken_templates_say_where() {
        let e = Template::parse("abc {oops").unwrap_err();
        assert_eq!(e.at.start, 4);
        let e = Template::parse("a } b").unwrap_err();
        assert_eq!(e.at, 2..3);
        let e = Template::parse("x {two words}").unwrap_err();
        assert_eq!(e.at, 2..13);
        assert!(Template::parse("{}").is_err());
        assert!(Template::parse("{a:}").is_err());
        let t = Template::parse("日本 {name} ü").unwrap();
        let at = t.slots().next().unwrap().at.clone();
        assert_eq!(&"日本 {name} ü"[at], "{name}");
    }
}
