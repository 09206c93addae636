//! A terminal that goes away under the full-screen wizard (a closed window,
//! a dropped SSH link, `tmux kill-session`) ends it with the answers kept,
//! instead of leaving it spinning on a dead terminal. A pseudo-terminal
//! crate cannot close its end without killing the child, so this drives the
//! binary in tmux, and runs only when asked for (`cargo test -- --ignored`);
//! `.ci/run` installs tmux and runs it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("run tmux");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn alive(pid: &str) -> bool {
    Path::new("/proc").join(pid).exists()
}

#[test]
#[ignore = "needs tmux"]
fn a_closed_terminal_ends_the_wizard_with_the_answers_kept() {
    assert!(
        Command::new("tmux").arg("-V").output().is_ok(),
        "tmux is not installed: apt-get install tmux (.ci/run does)"
    );
    let state = tempfile::tempdir().expect("state dir");
    let session = format!("hirewise-hangup-{}", std::process::id());
    let command = format!(
        "HIREWISE_STATE_DIR='{}' exec '{}'",
        state.path().display(),
        env!("CARGO_BIN_EXE_hirewise")
    );
    // A server of its own (-L), so that killing it closes only this terminal.
    tmux(&[
        "-L",
        &session,
        "new-session",
        "-d",
        "-s",
        &session,
        "-x",
        "100",
        "-y",
        "30",
        &command,
    ]);
    let target = format!("{session}:");
    let pid = tmux(&[
        "-L",
        &session,
        "display",
        "-p",
        "-t",
        &target,
        "#{pane_pid}",
    ]);
    let pid = pid.trim().to_string();
    assert!(!pid.is_empty(), "the wizard started in tmux");
    let pane = |args: &[&str]| {
        let mut all = vec!["-L", &session];
        all.extend_from_slice(args);
        tmux(&all)
    };
    let wait = |text: &str| {
        let start = Instant::now();
        loop {
            let screen = pane(&["capture-pane", "-p", "-t", &target]);
            if screen.contains(text) {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{text:?} never showed; the pane shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait("Start");
    pane(&["send-keys", "-t", &target, "Enter"]);
    wait("What is your organisation called?");
    pane(&["send-keys", "-t", &target, "Acme", "Enter"]);
    wait("What is it, in a few words?");

    pane(&["kill-server"]);
    let start = Instant::now();
    while alive(&pid) && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    if alive(&pid) {
        // Not left spinning after the test.
        let _ = Command::new("kill").args(["-9", &pid]).status();
        panic!("hirewise {pid} was still running 10 s after its terminal went away");
    }
    let saved =
        std::fs::read_to_string(state.path().join("session-built-in.toml")).expect("autosave");
    assert!(saved.contains("company_name = \"Acme\""), "{saved}");
}
