//! The built-in question tree, role profiles and wording list, ready to use.
//!
//! Parsing and checking the two TOML files is most of the work of a short
//! run, so the binary also carries them already parsed, checked and encoded
//! with postcard (`questions/builtin.postcard`). The encoded form holds the
//! TOML text it was made from; when that text differs from the files
//! compiled in (they were edited since), the TOML is parsed instead, so the
//! program never uses stale data. Postcard does not describe its own
//! layout, so the encoded form also holds the source of the types it was
//! made from: a changed type is never decoded from an old layout. A test
//! regenerates the file and fails when the committed one is out of date.

use crate::diag::{Diagnostics, Source};
use crate::posting::{
    self, DEFAULT_ROLES, DEFAULT_ROLES_NAME, DEFAULT_WORDING, DEFAULT_WORDING_NAME, Roles, Wording,
};
use crate::tree::{DEFAULT_TREE, DEFAULT_TREE_NAME, Tree};
use serde::{Deserialize, Serialize};

/// The encoded tree and roles, as committed.
pub const ENCODED: &[u8] = include_bytes!("../questions/builtin.postcard");
/// Where the encoded form lives, from the package root.
pub const ENCODED_PATH: &str = "questions/builtin.postcard";

/// The built-in tree and the role profiles its verdicts name.
#[derive(Debug)]
pub struct Builtin {
    pub tree: Tree,
    pub roles: Roles,
}

/// The source of every type in the encoded form. Any change to them, even
/// to a comment, makes the committed encoding out of date.
const LAYOUT: &str = concat!(
    include_str!("tree.rs"),
    include_str!("posting/roles.rs"),
    include_str!("posting/lint.rs"),
);

/// The layout and the wording list come first, so the list can be decoded
/// alone.
#[derive(Serialize)]
struct Encode<'a> {
    layout: &'a str,
    wording_toml: &'a str,
    wording: &'a Wording,
    tree_toml: &'a str,
    roles_toml: &'a str,
    tree: &'a Tree,
    roles: &'a Roles,
}

#[derive(Deserialize)]
struct Decode<'a> {
    layout: &'a str,
    wording_toml: &'a str,
    wording: Wording,
    tree_toml: &'a str,
    roles_toml: &'a str,
    tree: Tree,
    roles: Roles,
}

/// The first fields of `Encode`: what the wording lint needs.
#[derive(Deserialize)]
struct DecodeWording<'a> {
    layout: &'a str,
    wording_toml: &'a str,
    wording: Wording,
}

/// The built-in data: decoded when the encoded form matches the TOML
/// compiled in, parsed from that TOML otherwise.
pub fn load() -> Result<Builtin, Diagnostics> {
    match decode(ENCODED) {
        Some(b) => Ok(b),
        None => parse(),
    }
}

/// Decode `bytes`; `None` when they do not decode or were made from other
/// TOML than the files compiled in.
pub fn decode(bytes: &[u8]) -> Option<Builtin> {
    let d: Decode = postcard::from_bytes(bytes).ok()?;
    if d.layout != LAYOUT
        || d.tree_toml != DEFAULT_TREE
        || d.roles_toml != DEFAULT_ROLES
        || d.wording_toml != DEFAULT_WORDING
    {
        return None;
    }
    // Postcard cannot skip a field; `wording()` is how the list is used.
    drop(d.wording);
    let mut tree = d.tree;
    tree.reindex();
    Some(Builtin {
        tree,
        roles: d.roles.with_filters(),
    })
}

/// The wording list compiled in, decoded without the rest when the encoded
/// form matches its TOML.
pub fn wording() -> Wording {
    decode_wording(ENCODED).unwrap_or_else(|| {
        // The list is compiled in and covered by a test, so it parses.
        Wording::parse(DEFAULT_WORDING).unwrap_or_default()
    })
}

fn decode_wording(bytes: &[u8]) -> Option<Wording> {
    let (d, _rest): (DecodeWording, _) = postcard::take_from_bytes(bytes).ok()?;
    (d.layout == LAYOUT && d.wording_toml == DEFAULT_WORDING).then(|| d.wording.lowered())
}

/// Parse and check the TOML compiled in, as `hirewise check` would.
pub fn parse() -> Result<Builtin, Diagnostics> {
    let src = Source::new(DEFAULT_TREE_NAME, DEFAULT_TREE);
    let tree = Tree::parse(&src)?;
    let roles = Roles::parse(&Source::new(DEFAULT_ROLES_NAME, DEFAULT_ROLES))?;
    let problems = posting::check_roles(&tree, &roles, &src);
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    Ok(Builtin { tree, roles })
}

/// The encoded form of the TOML compiled in, as `ENCODED` should be.
pub fn encode() -> Result<Vec<u8>, EncodeError> {
    let b = parse()?;
    let wording =
        Wording::parse(DEFAULT_WORDING).map_err(|e| EncodeError::Wording(e.to_string()))?;
    Ok(postcard::to_stdvec(&Encode {
        layout: LAYOUT,
        wording_toml: DEFAULT_WORDING,
        wording: &wording,
        tree_toml: DEFAULT_TREE,
        roles_toml: DEFAULT_ROLES,
        tree: &b.tree,
        roles: &b.roles,
    })?)
}

#[derive(Debug, thiserror::Error)]
pub enum EncodeError {
    #[error(transparent)]
    Invalid(#[from] Diagnostics),
    #[error("cannot encode the built-in data: {0}")]
    Encode(#[from] postcard::Error),
    #[error("{DEFAULT_WORDING_NAME}: {0}")]
    Wording(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_gives_what_parsing_gives() {
        let bytes = encode().expect("built-in data encodes");
        let decoded = decode(&bytes).expect("fresh encoding decodes");
        let parsed = parse().expect("built-in data parses");
        let same = |a: &Builtin, b: &Builtin| -> bool {
            let enc = |x: &Builtin| {
                (postcard::to_stdvec(&x.tree).ok()).zip(postcard::to_stdvec(&x.roles).ok())
            };
            enc(a).is_some() && enc(a) == enc(b)
        };
        assert!(same(&decoded, &parsed));
        // The id index is rebuilt, not carried.
        let first = &parsed.tree.questions[0].id;
        assert_eq!(decoded.tree.question_index(first), Some(0));
        // So are the template filters.
        let ctx = minijinja::context! { xs => vec!["a", "b", "c"] };
        assert_eq!(
            decoded
                .roles
                .fill("{{ xs | and_list }}", &ctx)
                .ok()
                .as_deref(),
            Some("a, b and c")
        );
    }

    #[test]
    fn the_wording_list_decodes_alone() {
        let bytes = encode().expect("built-in data encodes");
        let decoded = decode_wording(&bytes).expect("the wording list decodes first");
        let parsed = Wording::parse(DEFAULT_WORDING).expect("the wording list parses");
        let hits = |w: &Wording| w.check_text("We want a Rockstar.", "test").len();
        assert_eq!(hits(&decoded), 1, "lower-cased after decoding");
        assert_eq!(hits(&decoded), hits(&parsed));
    }

    #[test]
    fn an_encoding_of_other_toml_or_types_is_not_used() {
        let b = parse().expect("built-in data parses");
        let wording = Wording::default_list();
        let encode = |layout, wording_toml, tree_toml, roles_toml| {
            postcard::to_stdvec(&Encode {
                layout,
                wording_toml,
                wording: &wording,
                tree_toml,
                roles_toml,
                tree: &b.tree,
                roles: &b.roles,
            })
            .expect("encodes")
        };
        let fresh = encode(LAYOUT, DEFAULT_WORDING, DEFAULT_TREE, DEFAULT_ROLES);
        assert!(decode(&fresh).is_some() && decode_wording(&fresh).is_some());
        let old = "# an older file\n";
        for stale in [
            encode(old, DEFAULT_WORDING, DEFAULT_TREE, DEFAULT_ROLES),
            encode(LAYOUT, old, DEFAULT_TREE, DEFAULT_ROLES),
            encode(LAYOUT, DEFAULT_WORDING, old, DEFAULT_ROLES),
            encode(LAYOUT, DEFAULT_WORDING, DEFAULT_TREE, old),
        ] {
            assert!(decode(&stale).is_none());
        }
        assert!(
            decode_wording(&encode(old, DEFAULT_WORDING, DEFAULT_TREE, DEFAULT_ROLES)).is_none()
        );
        assert!(decode_wording(&encode(LAYOUT, old, DEFAULT_TREE, DEFAULT_ROLES)).is_none());
        assert!(decode(b"not postcard at all").is_none());
    }
}
