//! The full-screen wizard and its terminal, in a pseudo-terminal: pastes
//! arrive as text, not keys; signals from other processes give the
//! terminal back as it was; and the screen is cleared where there is no
//! alternate screen to hide what was there before.

#![cfg(unix)]

use crate::support::tty;

use std::path::Path;
use tty::{Tty, contains};

/// The autosaved answers in `state`, whatever the session file is called.
fn saved_answers(state: &Path) -> toml::Table {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(state).expect("the state dir") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            found.push(path);
        }
    }
    assert_eq!(found.len(), 1, "one session file: {found:?}");
    let text = std::fs::read_to_string(&found[0]).expect("the session file");
    let table: toml::Table = toml::from_str(&text).expect("a session is TOML");
    table
        .get("answers")
        .and_then(toml::Value::as_table)
        .cloned()
        .unwrap_or_default()
}

/// A new wizard at its first question, the company name.
fn at_first_question(state: &Path, cwd: &Path) -> Tty {
    let mut tty = Tty::spawn(state, cwd, &[]);
    tty.wait_for("Start");
    tty.send("\r");
    tty.wait_for("What is your organisation called?");
    tty
}

#[test]
fn a_large_multi_line_paste_goes_into_the_field_whole() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let mut tty = at_first_question(state.path(), work.path());
    // About 10 KB over hundreds of lines, holding the keys that would
    // answer (Enter), quit (q, y) and go back (Esc is left out: the
    // terminal's own end marker starts with it).
    let mut text = String::new();
    for i in 0.. {
        if text.len() > 10_000 {
            break;
        }
        let eol = if i % 2 == 0 { "\r\n" } else { "\r" };
        text.push_str(&format!("line {i} q y{eol}"));
    }
    text.push_str("END-OF-PASTE");
    tty.send(&format!("\x1b[200~{text}\x1b[201~"));
    tty.wait_for("END-OF-PASTE");
    let shown = tty.text();
    assert!(
        shown.contains("What is your organisation called?"),
        "{shown}"
    );
    assert!(shown.contains("question 1 of about"), "{shown}");
    assert!(!shown.contains("Quit hirewise?"), "{shown}");

    tty.send("\r");
    tty.wait_for("question 2 of about");
    let expected = text.replace("\r\n", " ").replace('\r', " ");
    let answers = saved_answers(state.path());
    assert_eq!(
        answers.get("company_name").and_then(toml::Value::as_str),
        Some(expected.as_str())
    );
    // A paste with no field focused (the options of question 2) is dropped.
    tty.send("\x1b[200~q\r\x1b[201~");
    tty.send("\x03");
    tty.wait_for("Quit hirewise?");
    assert!(tty.text().contains("question 2 of about"));
    tty.send("\x03");
    assert_eq!(tty.exit_code(), 130);
    // Bracketed paste was turned on, and off again on the way out.
    assert!(contains(&tty.raw, b"\x1b[?2004h"));
    let on = tty.raw.windows(8).rposition(|w| w == b"\x1b[?2004h");
    let off = tty.raw.windows(8).rposition(|w| w == b"\x1b[?2004l");
    assert!(off > on, "bracketed paste left on");
}

#[test]
fn without_an_alternate_screen_earlier_output_never_shows_through() {
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let mut tty = Tty::spawn(state.path(), work.path(), &[]);
    tty.no_alternate_screen = true;
    // What a shell left on the terminal before hirewise started.
    for _ in 0..24 {
        tty.screen
            .process(b"EARLIER OUTPUT EARLIER OUTPUT EARLIER OUTPUT EARLIER OUTPUT\r\n");
    }
    tty.wait_for("Start");
    let shown = tty.text();
    assert!(!shown.contains("EARLIER"), "{shown}");

    // A resize clears again: the next frame draws only what changed.
    let before = tty.raw.len();
    tty.session
        .get_process_mut()
        .set_window_size(100, 30)
        .expect("resize the pty");
    tty.screen
        .screen_mut()
        .set_size(tty::size(30), tty::size(100));
    tty.screen.process(b"\x1b[30;1HLEFT OVER FROM THE RESIZE");
    tty.wait_for("Start");
    let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !contains(&tty.raw[before..], b"\x1b[2J") && std::time::Instant::now() < until {
        tty.pump();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let shown = tty.text();
    assert!(!shown.contains("LEFT OVER"), "{shown}");
    tty.send("q");
    assert_eq!(tty.exit_code(), 130);
}

/// The state letter of process `pid` (R, S, T for stopped...).
fn process_state(pid: i32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // After the command name in parentheses, which may hold spaces.
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// The terminal as the program leaves it: the normal screen, the cursor
/// shown, no mouse reporting, no bracketed paste (each checked in the
/// bytes written since `since` as well as on the emulated screen).
fn assert_given_back(tty: &Tty, since: usize, what: &str) {
    let after = &tty.raw[since..];
    for (seq, name) in [
        (&b"\x1b[?1049l"[..], "leave the alternate screen"),
        (b"\x1b[?25h", "show the cursor"),
        (b"\x1b[?1000l", "stop mouse reports"),
        (b"\x1b[?2004l", "stop bracketed paste"),
    ] {
        assert!(
            contains(after, seq),
            "{what}: no '{name}' in {:?}",
            String::from_utf8_lossy(after)
        );
    }
    let screen = tty.screen.screen();
    assert!(!screen.alternate_screen(), "{what}");
    assert!(!screen.hide_cursor(), "{what}");
    assert_eq!(
        screen.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "{what}"
    );
}

#[test]
fn a_signal_from_another_process_gives_the_terminal_back() {
    use expectrl::process::unix::Signal;
    for signal in [Signal::SIGINT, Signal::SIGQUIT, Signal::SIGTERM] {
        let state = tempfile::tempdir().expect("state dir");
        let work = tempfile::tempdir().expect("work dir");
        let mut tty = at_first_question(state.path(), work.path());
        assert!(tty.screen.screen().alternate_screen());
        let before = tty.raw.len();
        tty.session.get_process_mut().kill(signal).expect("signal");
        assert_eq!(tty.exit_code(), 130, "{signal:?}");
        assert_given_back(&tty, before, &format!("{signal:?}"));
    }
}

#[test]
fn a_stop_signal_gives_the_terminal_back_until_continued() {
    use expectrl::process::unix::Signal;
    let state = tempfile::tempdir().expect("state dir");
    let work = tempfile::tempdir().expect("work dir");
    let mut tty = at_first_question(state.path(), work.path());
    let pid = tty.session.get_process().pid().as_raw();
    let before = tty.raw.len();
    tty.session
        .get_process_mut()
        .kill(Signal::SIGTSTP)
        .expect("signal");
    let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while process_state(pid) != Some('T') {
        assert!(std::time::Instant::now() < until, "never stopped");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    tty.pump();
    assert_given_back(&tty, before, "stopped");

    // Continued: the wizard takes the terminal again, draws the whole
    // screen and goes on where it was.
    tty.session
        .get_process_mut()
        .kill(Signal::SIGCONT)
        .expect("signal");
    let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !tty.screen.screen().alternate_screen() {
        assert!(
            std::time::Instant::now() < until,
            "never took the terminal back"
        );
        tty.pump();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    tty.wait_for("What is your organisation called?");
    assert_ne!(
        tty.screen.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    tty.send("A");
    tty.wait_for("question 1 of about");
    tty.send("\r");
    tty.wait_for("question 2 of about");
    tty.send("\x03");
    tty.wait_for("Quit hirewise?");
    tty.send("\x03");
    assert_eq!(tty.exit_code(), 130);
}
