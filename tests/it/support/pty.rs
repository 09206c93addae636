//! The real binary in a pseudo-terminal, for the line-by-line wizard's
//! end-to-end tests: keys in, everything it printed kept for checking.

// Each test file uses a part of this.
#![allow(dead_code)]

use expectrl::process::unix::WaitStatus;
use expectrl::session::{OsProcess, OsStream, log};
use expectrl::stream::log::LogStream;
use expectrl::{Captures, Eof, Expect, Needle, Session};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The wizard in a pseudo-terminal, with everything read and written
/// logged to a file so that a failure shows what was on the screen.
pub struct Pty {
    p: Session<OsProcess, LogStream<OsStream, File>>,
    log: PathBuf,
    /// Every byte the program wrote to the terminal so far (with the
    /// terminal's echo of what was typed), in order.
    pub seen: Vec<u8>,
}

/// hirewise with `args` in a 100x30 pseudo-terminal, its state and files
/// in `dir`; TERM is xterm-256color and NO_COLOR unset unless `env` says
/// otherwise.
pub fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
    // The pty crate sets its own 80x24 after starting the child, so the
    // size is set from here afterwards and the child waits to see it before
    // hirewise starts: otherwise its first look at the width is a race.
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"while [ "$(stty size)" != "30 100" ]; do sleep 0.01; done; exec "$0" "$@""#)
        .arg(env!("CARGO_BIN_EXE_hirewise"))
        .args(args)
        .current_dir(dir);
    super::world::settle(&mut cmd, &dir.join("state"));
    cmd.env("HOME", dir);
    super::world::interactive(&mut cmd);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut p = Session::spawn(cmd).expect("spawn hirewise in a pty");
    p.get_process_mut()
        .set_window_size(100, 30)
        .expect("set the window size");
    // Generous: a loaded CI machine may be slow to start a debug binary.
    p.set_expect_timeout(Some(Duration::from_secs(30)));
    let log_path = dir.join(format!("pty-{}.log", p.get_process().pid()));
    let file = File::create(&log_path).expect("log file");
    let p = log(p, file).expect("log the session");
    Pty {
        p,
        log: log_path,
        seen: Vec::new(),
    }
}

impl Pty {
    pub fn expect(&mut self, needle: impl Needle, what: &str) -> Captures {
        match self.p.expect(needle) {
            Ok(c) => {
                self.seen.extend_from_slice(c.as_bytes());
                c
            }
            Err(e) => {
                let log = std::fs::read_to_string(&self.log).unwrap_or_default();
                let tail: String = log
                    .lines()
                    .rev()
                    .take(40)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join("\n");
                panic!("{what}: {e}\nlast of the session log:\n{tail}")
            }
        }
    }

    pub fn send(&mut self, keys: impl AsRef<str>) {
        self.p.send(keys.as_ref()).expect("send keys");
    }

    /// Wait for the line prompts' "> ", then type `line` and Enter.
    pub fn type_line(&mut self, line: &str) {
        self.expect("> ", "the prompt");
        self.send(format!("{line}\r"));
    }

    /// Wait for `shown`, then answer at the prompt after it.
    pub fn answer(&mut self, shown: &str, line: &str) {
        self.expect(shown, shown);
        self.type_line(line);
    }

    /// Read to the end and wait for the exit code.
    pub fn exit_code(&mut self) -> i32 {
        self.expect(Eof, "the wizard ends");
        match self.p.get_process().wait().expect("wait for hirewise") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("hirewise did not exit normally: {other:?}"),
        }
    }

    /// Everything seen so far, as text.
    pub fn transcript(&self) -> String {
        text(&self.seen)
    }
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The posting saved at `path`, once its hiring kit is found beside it and
/// the kit is found nowhere in the posting itself.
pub fn read_posting_and_kit(path: &Path) -> String {
    let posting = std::fs::read_to_string(path).expect("the posting file");
    let kit = std::fs::read_to_string(hirewise_core::posting::kit_path(path))
        .expect("the hiring kit beside the posting");
    assert!(kit.starts_with("# Hiring kit: "), "{kit}");
    assert!(
        !posting.contains("Interview questions"),
        "the kit is not published"
    );
    posting
}

/// An answer for the questions that take a country, an amount or a
/// currency, known by their help.
pub fn formatted(shown: &str) -> Option<&'static str> {
    [
        ("two-letter code", "Portugal"),
        ("EU, EEA", "EU"),
        ("30,000 or 30k", "30k"),
        ("for one figure", "35.000"),
        // The currency of the country is filled in: keep it.
        ("three-letter code", ""),
    ]
    .iter()
    .find(|(help, _)| shown.contains(help))
    .map(|(_, typed)| *typed)
}
