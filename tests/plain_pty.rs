//! The line-by-line wizard end to end: the real binary in a pseudo-terminal,
//! driven by keys as a founder would press them. inquire's own test backend
//! is private, so this is where the inquire front end is exercised.

#![cfg(unix)]

use expectrl::process::unix::WaitStatus;
use expectrl::session::{OsProcess, OsStream, log};
use expectrl::stream::log::LogStream;
use expectrl::{Captures, Eof, Expect, Needle, Regex, Session};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// The wizard in a pseudo-terminal, with everything read and written
/// logged to a file so that a failure shows what was on the screen.
struct Pty {
    p: Session<OsProcess, LogStream<OsStream, File>>,
    log: PathBuf,
}

/// The wizard in a 100x30 pseudo-terminal, its state and files in `dir`.
fn spawn(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hirewise"));
    cmd.arg("--plain")
        .args(args)
        .current_dir(dir)
        .env("HIREWISE_STATE_DIR", dir.join("state"))
        .env("HOME", dir)
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR");
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
    Pty { p, log: log_path }
}

impl Pty {
    fn expect(&mut self, needle: impl Needle, what: &str) -> Captures {
        match self.p.expect(needle) {
            Ok(c) => c,
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

    fn send(&mut self, keys: impl AsRef<str>) {
        self.p.send(keys.as_ref()).expect("send keys");
    }

    fn exit_code(&mut self) -> i32 {
        self.expect(Eof, "the wizard ends");
        match self.p.get_process().wait().expect("wait for hirewise") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("hirewise did not exit normally: {other:?}"),
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_whole_session_with_back_steps_ends_in_a_saved_posting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[]);

    p.expect("What is your company called?", "first question");
    p.send("Bright Teeth\r");
    p.expect("What do you make", "second question");
    p.send("dental scheduling\r");

    // Esc on a list goes back, and the earlier text comes back pre-filled.
    p.expect("Where is the company today?", "third question");
    p.send(ESC);
    p.expect("What do you make", "back at the second question");
    p.expect("dental scheduling", "the answer is pre-filled");
    // `:back` in a text prompt goes back too.
    p.send(":back\r");
    p.expect("What is your company called?", "back at the first question");
    p.expect("Bright Teeth", "the answer is pre-filled");
    p.send("\r");
    p.expect("What do you make", "forward again");
    p.send("\r");
    p.expect("Where is the company today?", "third question");
    p.send(format!("{DOWN}\r"));

    // The rest of the tree, whatever it asks: each prompt's key help says
    // what kind it is. Lists take the first entry; tick lists tick the
    // first two; text and numbers get something that fits.
    let prompt =
        r"type to filter|Space to tick|(?:from (\d+)[^;]*; )?Enter to confirm|Recommendation:";
    let mut ticked = 0;
    for _ in 0..60 {
        let found = p.expect(Regex(prompt), "another prompt");
        let hit = text(found.get(0).unwrap_or_default());
        if hit.contains("Recommendation:") {
            break;
        } else if hit.contains("Space to tick") {
            ticked += 1;
            p.send(format!(" {DOWN} \r"));
        } else if hit.contains("type to filter") {
            p.send("\r");
        } else if let Some(min) = found.get(1) {
            p.send(format!("{}\r", text(min)));
        } else if text(found.before()).contains("YYYY-MM-DD") {
            p.send("2027-01-31\r");
        } else {
            p.send("Lisbon\r");
        }
    }
    assert!(ticked > 0, "the session had a multi-select");

    p.expect("What now?", "the menu after the recommendation");
    p.send("\r"); // Save the posting to a file
    p.expect("Save it as", "format question");
    p.send("\r"); // Markdown
    p.expect("Save it where?", "path question");
    let found = p.expect(Regex(r"\./([a-z0-9-]+-job-posting\.md)"), "a default path");
    let name = text(found.get(1).unwrap_or_default());
    p.send("\r");
    p.expect("Saved the posting to", "saved");
    p.expect("What now?", "the menu again");
    p.send("\r"); // Finish: the cursor moved there
    assert_eq!(p.exit_code(), 0);

    let posting = std::fs::read_to_string(dir.path().join(&name)).expect("the posting file");
    let title = posting.lines().next().unwrap_or_default();
    assert!(
        title.starts_with("# ") && title.to_lowercase().contains("manager"),
        "a title first: {title:?}"
    );
    assert!(
        posting.contains("Bright Teeth"),
        "the company name:\n{posting}"
    );
    assert!(
        posting.contains("**Applications close:** 2027-01-31"),
        "the closing date:\n{posting}"
    );
    assert!(
        posting.contains("dental scheduling"),
        "the product:\n{posting}"
    );
}

#[test]
fn ctrl_c_keeps_the_session_and_the_next_run_offers_it_without_colour() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[("NO_COLOR", "1")]);
    let shown = p.expect("What is your company called?", "first question");
    let mut screen = text(shown.before());
    p.send("Acme Ltd\r");
    let shown = p.expect("What do you make", "second question");
    screen.push_str(&text(shown.before()));
    let shown = p.expect("Esc to go back]", "its key help");
    screen.push_str(&text(shown.before()));
    let sgr = first_sgr(&screen);
    assert!(sgr.is_none(), "NO_COLOR output has a colour code: {sgr:?}");
    p.send(CTRL_C);
    p.expect("Stopped", "a word on how to continue");
    assert_eq!(p.exit_code(), 130);

    let mut p = spawn(dir.path(), &[], &[]);
    p.expect(
        "Continue your last session? (1 question answered)",
        "the saved session is offered",
    );
    p.send("\r");
    p.expect("What do you make", "continues at the second question");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);

    let mut p = spawn(dir.path(), &["--resume"], &[]);
    p.expect("Continuing where you left off.", "--resume does not ask");
    p.expect("What do you make", "the second question");
    p.send(ESC);
    p.expect("Acme Ltd", "back at the first, pre-filled");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
}

/// The first escape sequence that sets colours or text attributes (SGR,
/// `ESC [ ... m`), if any.
fn first_sgr(s: &str) -> Option<String> {
    let mut rest = s;
    while let Some(at) = rest.find("\x1b[") {
        let tail = &rest[at + 2..];
        let params: String = tail
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ';')
            .collect();
        if tail[params.len()..].starts_with('m') {
            return Some(format!("ESC[{params}m"));
        }
        rest = tail;
    }
    None
}
