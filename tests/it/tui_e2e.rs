//! The real binary in a pseudo-terminal: a whole session to a saved
//! posting, a session killed mid-way then resumed with --resume, the
//! terminal given back after SIGTERM and SIGHUP, and escape sequences from
//! a tree and from typed text kept from the terminal.
//!
//! The program's output goes through a terminal emulator (vt100), and each
//! step waits until the screen shows what it should: ratatui only redraws
//! the cells that change, so the raw bytes rarely hold a whole sentence.

#![cfg(unix)]

use crate::support::hostile;
use crate::support::tty;

use crate::tui_support;

use expectrl::process::unix::Signal;
use hirewise_core::answers::Answer;
use hirewise_core::session::Session;
use hirewise_core::tree::Kind;
use std::path::Path;
use tty::{Tty, contains};
use tui_support::{default_tree, example};

/// The first words of a prompt, which fit on one line of the screen.
fn prompt_start(prompt: &str) -> String {
    prompt.chars().take(30).collect()
}

/// The keys a person types to give this answer on a fresh screen.
fn keys_for(kind: Kind, options: &[String], answer: &Answer) -> String {
    let index = |id: &str| options.iter().position(|o| o == id).expect("option");
    match (kind, answer) {
        (Kind::Single, Answer::Choice(c)) => format!("g{}\r", "j".repeat(index(c))),
        (Kind::Multi, Answer::Choices(cs)) => {
            let mut k = String::from("g");
            for (i, o) in options.iter().enumerate() {
                if i > 0 {
                    k.push('j');
                }
                if cs.contains(o) {
                    k.push(' ');
                }
            }
            k + "\r"
        }
        (Kind::Confirm, Answer::Bool(b)) => if *b { "y" } else { "n" }.to_string(),
        (Kind::Text, Answer::Text(t)) => format!("\x15{t}\r"),
        (_, Answer::Skipped) => "\x15\r".to_string(),
        (k, a) => panic!("no keys for {a:?} on a {k:?} question"),
    }
}

/// Answer questions from the small-shop example, each once its prompt is
/// on screen, until `stop` returns true for the question about to be asked.
fn answer_until(tty: &mut Tty, stop: impl Fn(&str) -> bool) -> String {
    let tree = default_tree();
    let answers = example(&tree, "small-shop-hybrid");
    let mut session = Session::new(&tree);
    while let Some(q) = session.current() {
        tty.wait_for(&prompt_start(&q.prompt));
        if stop(&q.id) {
            return q.prompt.clone();
        }
        let a = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let options: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
        tty.send(&keys_for(q.kind, &options, &a));
        session.answer(a).expect("a valid answer");
    }
    String::new()
}

/// A new session answered up to the platforms question (the eighth), and
/// that question's prompt.
fn at_platforms(state: &Path, cwd: &Path) -> (Tty, String) {
    let mut tty = Tty::spawn(state, cwd, &[]);
    tty.wait_for("Start");
    tty.send("\r");
    let prompt = answer_until(&mut tty, |id| id == "platforms");
    (tty, prompt)
}

/// `e` on the posting hands the terminal to $EDITOR and takes it back: the
/// editor's change is shown and saved, and the screen is whole again.
#[test]
fn the_posting_goes_to_the_editor_and_comes_back_changed() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    // An "editor" that says where it is, then changes the file in place.
    let editor = "printf 'EDITOR RUNNING\\n'; sleep 0.2; sed -i 's/Loop & Purl/Hoop and Purl/'";
    let mut tty = Tty::spawn_with(state.path(), work.path(), &[], &[("EDITOR", editor)]);
    tty.wait_for("Start");
    tty.send("\r");
    answer_until(&mut tty, |_| false);
    tty.wait_for("Your answers");
    tty.send("\r");
    tty.wait_for("Recommendation");
    tty.send("p");
    tty.wait_for("Job posting");
    tty.send("e");
    tty.wait_for("Your edit is kept");
    tty.wait_for("Hoop and Purl");
    assert!(contains(&tty.raw, b"EDITOR RUNNING"), "the editor ran");
    // The wizard left the alternate screen for the editor and came back.
    let screen = tty.screen.screen();
    assert!(screen.alternate_screen());
    tty.send("s");
    tty.wait_for("Save to:");
    let path = work.path().join("edited.md");
    tty.send(&format!("\x15{}\r", path.display()));
    tty.wait_for("Saved to");
    let saved = std::fs::read_to_string(&path).expect("saved");
    assert!(
        saved.contains("Hoop and Purl") && !saved.contains("Loop & Purl"),
        "{saved}"
    );
    tty.send("q");
    tty.wait_for("Quit hirewise?");
    tty.send("y");
    assert_eq!(tty.exit_code(), 0);
}

#[test]
fn a_whole_session_ends_with_a_saved_posting() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let mut tty = Tty::spawn(state.path(), work.path(), &[]);
    tty.wait_for("Start");
    tty.send("\r");
    answer_until(&mut tty, |_| false);
    // The answers to look over, then on to the advice.
    tty.wait_for("Your answers");
    tty.wait_for("› See the advice");
    tty.send("\r");
    tty.wait_for("Recommendation");
    tty.wait_for("Both roles, as one hybrid hire");

    // One step back and forward again: the answer is kept.
    tty.send("\x1b");
    tty.wait_for("When do applications close?");
    tty.send("\r");
    tty.wait_for("Your answers");
    tty.send("\r");
    tty.wait_for("Recommendation");

    tty.send("p");
    tty.wait_for("Job posting");
    tty.send("s");
    tty.wait_for("Save to:");
    let path = work.path().join("posting.md");
    tty.send(&format!("\x15{}\r", path.display()));
    tty.wait_for("Saved to");
    let saved = std::fs::read_to_string(&path).expect("the posting was saved");
    let kit = std::fs::read_to_string(hirewise_core::posting::kit_path(&path))
        .expect("the hiring kit beside the posting");
    assert!(kit.starts_with("# Hiring kit: "), "{kit}");
    assert!(
        !saved.contains("Interview questions"),
        "the kit is not published"
    );
    assert!(saved.starts_with("# "), "{saved}");
    assert!(saved.contains("Loop & Purl"));

    tty.send("q");
    tty.wait_for("Quit hirewise?");
    tty.send("y");
    assert_eq!(tty.exit_code(), 0);
    // The terminal is given back as it was.
    let screen = tty.screen.screen();
    assert!(!screen.alternate_screen());
    assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
}

#[test]
fn a_killed_session_resumes_where_it_stopped() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let (mut tty, prompt) = at_platforms(state.path(), work.path());
    tty.session
        .get_process_mut()
        .kill(Signal::SIGKILL)
        .expect("kill");
    let _ = tty.session.get_process().wait();

    let mut again = Tty::spawn(state.path(), work.path(), &["--resume"]);
    again.wait_for(&prompt_start(&prompt));
    again.wait_for("question 8 of about");
    // Back one: the earlier answer is still there and still counts.
    again.send("\x1b");
    again.wait_for("When do you expect clear results?");
    again.wait_for("› Within three months");
    again.send("\x03");
    again.wait_for("Quit hirewise?");
    again.send("\x03");
    assert_eq!(again.exit_code(), 130);
}

#[test]
fn a_termination_signal_restores_the_terminal() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let mut tty = Tty::spawn(state.path(), work.path(), &[]);
    tty.wait_for("Start");
    tty.send("\r");
    tty.wait_for("What is your organisation called?");
    tty.session
        .get_process_mut()
        .kill(Signal::SIGTERM)
        .expect("signal");
    assert_eq!(tty.exit_code(), 130);
    assert!(!tty.screen.screen().alternate_screen());
}

#[test]
fn a_hangup_restores_the_terminal_and_the_session_resumes() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let (mut tty, prompt) = at_platforms(state.path(), work.path());
    let before = tty.raw.len();
    tty.session
        .get_process_mut()
        .kill(Signal::SIGHUP)
        .expect("signal");
    assert_eq!(tty.exit_code(), 130);
    // Given back: the alternate screen left and the cursor shown again,
    // after the signal (not only at start-up).
    let after = &tty.raw[before..];
    assert!(
        contains(after, b"\x1b[?1049l"),
        "no 'leave alternate screen' in {:?}",
        String::from_utf8_lossy(after)
    );
    assert!(
        contains(after, b"\x1b[?25h"),
        "no 'show cursor' in {:?}",
        String::from_utf8_lossy(after)
    );
    let screen = tty.screen.screen();
    assert!(!screen.alternate_screen());
    assert!(!screen.hide_cursor());

    // Saved: --resume opens at the question it stopped on.
    let mut again = Tty::spawn(state.path(), work.path(), &["--resume"]);
    again.wait_for(&prompt_start(&prompt));
    again.wait_for("question 8 of about");
    again.send("\x03");
    again.wait_for("Quit hirewise?");
    again.send("\x03");
    assert_eq!(again.exit_code(), 130);
}

#[test]
fn escape_sequences_from_a_tree_or_typed_text_never_reach_the_terminal() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    std::fs::write(work.path().join("hostile.toml"), hostile::tree()).expect("write tree");
    let mut tty = Tty::spawn(state.path(), work.path(), &["--questions", "hostile.toml"]);
    tty.wait_for("Start");
    tty.send("\r");
    tty.wait_for("question 1 of about");
    // A pasted clipboard write, hyperlink, bidi override, zero-width
    // characters and C1 CSI (no line break: Enter would answer) in the
    // company name, which the posting repeats.
    tty.send(&hostile::TYPED.replace('\r', ""));
    tty.wait_for("Acme");
    tty.send("\r");
    tty.wait_for("question 2 of about");
    tty.send("\r");
    tty.wait_for("question 3 of about");
    tty.send(" \r");
    tty.wait_for("question 4 of about");
    tty.send("3\r");
    tty.wait_for("question 5 of about");
    tty.send("n");
    tty.wait_for("Your answers");
    tty.send("\r");
    tty.wait_for("Recommendation");
    tty.send("p");
    tty.wait_for("Job posting");
    tty.wait_for("Acme");
    tty.send("q");
    tty.wait_for("Quit hirewise?");
    tty.send("y");
    assert_eq!(tty.exit_code(), 0);
    // The full-screen wizard clears the screen itself; the rest can only
    // have come from the tree or the typed text.
    let never = hostile::NEVER
        .into_iter()
        .filter(|(evil, _)| *evil != "\x1b[2J");
    for (evil, what) in never {
        assert!(
            !contains(&tty.raw, evil.as_bytes()),
            "{what} ({evil:?}) reached the terminal"
        );
    }
    // The text around the sequences did arrive.
    assert!(contains(&tty.raw, b"ZXZpbA=="));
}
