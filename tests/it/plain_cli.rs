//! `--plain` without a terminal: no prompt can work, so hirewise says in one
//! line how to run without questions.

use assert_cmd::prelude::*;
use std::process::Stdio;

use crate::support::world;

#[test]
fn plain_without_a_terminal_exits_2_naming_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = world::hirewise(dir.path())
        .arg("--plain")
        .stdin(Stdio::null())
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains("--answers"), "{err}");
    assert!(out.stdout.is_empty());
    assert!(
        std::fs::read_dir(dir.path())
            .expect("the dir")
            .next()
            .is_none(),
        "nothing is autosaved"
    );
}
