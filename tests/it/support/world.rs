//! The world outside a hirewise process that a test starts: every variable
//! the program (or a library under it) reads is set here, so that a test
//! sees the same program whatever the shell that runs it holds.

// Each test file uses a part of this.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// hirewise with its saved sessions (and home) in `state`, an ordinary
/// colour terminal, UTC and a UTF-8 locale.
pub fn hirewise(state: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hirewise"));
    settle(&mut cmd, state);
    cmd
}

/// Set every outside input of a hirewise process, as `hirewise` does.
pub fn settle(cmd: &mut Command, state: &Path) {
    cmd.env("HIREWISE_STATE_DIR", state)
        .env("HOME", state)
        .env("TERM", "xterm-256color")
        .env("TZ", "UTC")
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8");
    for unset in [
        "NO_COLOR",
        "XDG_STATE_HOME",
        "VISUAL",
        "EDITOR",
        "COLUMNS",
        "LINES",
    ] {
        cmd.env_remove(unset);
    }
}

/// For a program driven through a pseudo-terminal: the date the test runs
/// on is handed over with `--date` rather than through the clock. A test
/// suite run under libfaketime (as CI does, to catch tests bound to a
/// date) preloads it into every child, and its wrappers around `poll`
/// make a terminal program drop and reorder keys; so the library is not
/// passed on, and the day it would have given is.
pub fn interactive(cmd: &mut Command) {
    cmd.env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .arg("--date")
        .arg(today());
}

/// Today as this test process sees it, YYYY-MM-DD.
pub fn today() -> String {
    jiff::Zoned::now().date().to_string()
}
