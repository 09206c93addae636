//! The built-in tree and role data, checked and encoded by `build.rs`
//! when the binary was built.

use hirewise_core::builtin::Builtin;

/// The encoded data, from `build.rs`.
const ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"));

/// The built-in data, decoded. It was checked when it was encoded, so
/// only a build from mismatched sources could make this fail.
pub fn load() -> anyhow::Result<Builtin> {
    Builtin::decode(ENCODED).map_err(anyhow::Error::msg)
}

/// The encoded bytes, for tests that compare them with a fresh parse.
pub fn encoded() -> &'static [u8] {
    ENCODED
}
