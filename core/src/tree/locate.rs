//! Finding where in a TOML document a key stands, for keys that serde
//! ignored (unknown keys): serde reports a path, the document has the spans.

use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// One step of a path to a key: a table key or an array index.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The steps of a serde_ignored path, leaving out the private keys that
/// `toml::Spanned` uses on its way through the deserializer.
pub fn steps(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let mut p = path;
    loop {
        match p {
            serde_ignored::Path::Root => break,
            serde_ignored::Path::Seq { parent, index } => {
                out.push(Step::Index(*index));
                p = parent;
            }
            serde_ignored::Path::Map { parent, key } => {
                if !key.starts_with("$__serde_spanned_private") {
                    out.push(Step::Key(key.clone()));
                }
                p = parent;
            }
            serde_ignored::Path::Some { parent }
            | serde_ignored::Path::NewtypeStruct { parent }
            | serde_ignored::Path::NewtypeVariant { parent } => p = parent,
        }
    }
    out.reverse();
    out
}

/// A readable dotted name for a path, such as `questions[3].lable`.
pub fn dotted(steps: &[Step]) -> String {
    let mut s = String::new();
    for step in steps {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// The spans of the last keys of several paths in `text`, parsing it once.
pub fn spans_of(text: &str, paths: &[Vec<Step>]) -> Vec<Option<Range<usize>>> {
    if paths.is_empty() {
        return Vec::new();
    }
    match DeTable::parse(text) {
        Ok(root) => paths.iter().map(|p| find(root.get_ref(), p)).collect(),
        Err(_) => vec![None; paths.len()],
    }
}

/// The span of the last key of `steps` in `text`, if it can be found.
pub fn span_of(text: &str, steps: &[Step]) -> Option<Range<usize>> {
    spans_of(text, std::slice::from_ref(&steps.to_vec()))
        .pop()
        .flatten()
}

fn find(root: &DeTable<'_>, steps: &[Step]) -> Option<Range<usize>> {
    let mut table: &DeTable<'_> = root;
    let mut value: Option<&DeValue<'_>> = None;
    let mut last = None;
    for step in steps {
        match step {
            Step::Key(k) => {
                if let Some(DeValue::Table(t)) = value {
                    table = t;
                }
                let (key, v) = table.get_key_value(k.as_str())?;
                last = Some(key.span());
                value = Some(v.get_ref());
            }
            Step::Index(i) => {
                let DeValue::Array(a) = value? else {
                    return None;
                };
                let item = a.get(*i)?;
                last = Some(item.span());
                value = Some(item.get_ref());
            }
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_key_inside_an_array_of_tables() {
        let text = "[[q]]\nid = 'a'\n\n[[q]]\nid = 'b'\nlable = 'x'\n";
        let steps = vec![
            Step::Key("q".into()),
            Step::Index(1),
            Step::Key("lable".into()),
        ];
        let span = span_of(text, &steps).expect("found");
        assert_eq!(&text[span], "lable");
        assert_eq!(dotted(&steps), "q[1].lable");
    }
}
