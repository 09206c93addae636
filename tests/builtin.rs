//! The encoded built-in data committed in `questions/builtin.postcard` must
//! match the TOML files beside it. When it does not, the program still works
//! (it parses the TOML instead) but loses its quick start, so this test fails.
//! Outside CI it also rewrites the file, the way insta writes snapshots, so
//! the next build carries the fresh encoding.

use hirewise::builtin;
use std::path::Path;

#[test]
fn the_committed_encoding_matches_the_toml() {
    let fresh = builtin::encode().expect("the built-in tree and roles are valid");
    if fresh == builtin::ENCODED {
        assert!(builtin::decode(builtin::ENCODED).is_some());
        return;
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(builtin::ENCODED_PATH);
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false");
    if ci {
        panic!(
            "{} is out of date with questions/hiring.toml or questions/roles.toml; \
             run `cargo test --test builtin` outside CI and commit the file",
            builtin::ENCODED_PATH
        );
    }
    std::fs::write(&path, &fresh).expect("rewrite the encoded built-in data");
    panic!(
        "{} was out of date and has been rewritten; run the tests again",
        builtin::ENCODED_PATH
    );
}
