//! The real binary writing to outputs that fail: a full disk, a reader
//! that has gone away. Nothing may panic (exit 101), a failure is said in
//! a sentence naming the stream, and the exit code is the work's own,
//! whoever reads.

#![cfg(unix)]

use crate::support::world;

use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn hirewise(args: &[&str]) -> Command {
    let mut cmd = world::hirewise(&std::env::temp_dir().join("hirewise-output-tests"));
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// /dev/full: every write fails with "no space left on device".
fn full() -> Stdio {
    std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("open /dev/full")
        .into()
}

/// A stream whose reader has already gone, so the first write fails with
/// a broken pipe, whatever the timing (a real `| head -c0` races the
/// writer).
fn closed() -> Stdio {
    let (ours, theirs) = UnixStream::pair().expect("socket pair");
    drop(ours);
    std::os::fd::OwnedFd::from(theirs).into()
}

fn run(mut cmd: Command) -> Output {
    cmd.stdin(Stdio::null());
    cmd.output().expect("run hirewise")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_into_a_full_disk_says_so_and_exits_one() {
    let mut cmd = hirewise(&["check"]);
    cmd.stdout(full());
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("cannot write to standard output: No space left on device"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn check_into_a_closed_pipe_exits_quietly_with_its_own_code() {
    let mut cmd = hirewise(&["check"]);
    cmd.stdout(closed());
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn a_broken_tree_exits_two_even_when_the_reader_stops_early() {
    let tree = fixture("tests/fixtures/trees/duplicate-question-id.toml");
    let tree = tree.to_str().expect("a UTF-8 path");
    for (out, err) in [(closed(), closed()), (Stdio::null(), closed())] {
        let mut cmd = hirewise(&["check", tree]);
        cmd.stdout(out).stderr(err);
        assert_eq!(run(cmd).status.code(), Some(2));
    }
    // The pipeline the fault was found with.
    let o = Command::new("bash")
        .arg("-c")
        .arg(r#"set -o pipefail; "$0" check "$1" 2>&1 | head -c0"#)
        .arg(env!("CARGO_BIN_EXE_hirewise"))
        .arg(tree)
        .output()
        .expect("run bash");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn answers_with_a_full_stderr_fail_without_a_panic() {
    let answers = fixture("examples/answers/small-shop-hybrid.toml");
    let mut cmd = hirewise(&["--answers", answers.to_str().expect("a UTF-8 path")]);
    cmd.stderr(full()).stdout(Stdio::null());
    assert_eq!(run(cmd).status.code(), Some(1));

    let mut cmd = hirewise(&["--answers", answers.to_str().expect("a UTF-8 path")]);
    cmd.stdout(full());
    let o = run(cmd);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot write to standard output"),
        "{}",
        stderr(&o)
    );

    for (out, err) in [
        (closed(), Stdio::null()),
        (Stdio::null(), closed()),
        (closed(), closed()),
    ] {
        let mut cmd = hirewise(&["--answers", answers.to_str().expect("a UTF-8 path")]);
        cmd.stdout(out).stderr(err);
        let o = run(cmd);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    }
}

#[test]
fn every_printing_command_survives_a_full_disk_and_a_closed_pipe() {
    for args in [
        &["template"][..],
        &["graph"],
        &["graph", "--format", "dot"],
        &["completions", "bash"],
        &["--help"],
        &["--version"],
    ] {
        let mut cmd = hirewise(args);
        cmd.stdout(full());
        let o = run(cmd);
        assert_ne!(o.status.code(), Some(101), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
        let mut cmd = hirewise(args);
        cmd.stdout(closed());
        let o = run(cmd);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    }
}
