//! Terminal injection through the line-by-line wizard: a question tree
//! whose section, prompts, help, examples and option labels carry escape
//! sequences (a screen clear, an OSC 52 clipboard write, an OSC 8
//! hyperlink, a C1 CSI), a bare carriage return, bidi overrides and
//! zero-width characters, asked in a pseudo-terminal by both prompt
//! backends.
//! The text must reach the screen defused, the sequences never.

#![cfg(unix)]

use crate::support::hostile::{self, DEFUSED, NEVER};
use crate::support::pty;

use std::path::Path;

fn assert_none_reached(seen: &str) {
    for (bad, what) in NEVER {
        assert!(!seen.contains(bad), "{what} reached the terminal:\n{seen}");
    }
    assert!(
        seen.contains(&format!("Goal {DEFUSED}")),
        "the prompt is shown, defused:\n{seen}"
    );
    assert!(
        seen.contains(&format!("Reach {DEFUSED}")),
        "the option is shown, defused:\n{seen}"
    );
}

fn write_tree(dir: &Path) {
    std::fs::write(dir.join("t.toml"), hostile::tree()).expect("write the tree");
}

#[test]
fn the_dumb_backend_writes_no_escape_at_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_tree(dir.path());
    let mut p = pty::spawn(dir.path(), &["--questions", "t.toml"], &[("TERM", "dumb")]);
    p.expect("Name help", "the first question's help");
    p.answer("(for example: Example", "Acme");
    p.answer("Option help", "1");
    p.answer("Platforms", "1");
    p.answer("people", "3");
    p.answer("Type yes or no", "2");
    p.answer("What now?", "2"); // Show the posting here
    p.expect("Duty", "the posting, with a duty from the tree");
    p.answer("What now?", ":quit");
    assert_eq!(p.exit_code(), 130);
    let seen = p.transcript();
    assert!(
        !seen.contains('\u{1b}'),
        "an ESC reached the terminal:\n{seen}"
    );
    assert!(
        !seen.replace("\r\n", "\n").contains('\r'),
        "a carriage return other than the terminal's own line ends:\n{seen}"
    );
    assert_none_reached(&seen);
    assert!(
        seen.contains(&format!("Section {DEFUSED}")),
        "the section is shown, defused:\n{seen}"
    );
}

#[test]
fn the_inquire_backend_passes_none_of_the_trees_sequences() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_tree(dir.path());
    let mut p = pty::spawn(dir.path(), &["--plain", "--questions", "t.toml"], &[]);
    p.expect("Name help", "the first question's help");
    p.send("Acme\r");
    p.expect("Option help", "the options of the second question");
    p.send("\r");
    p.expect("Platforms", "the third question");
    p.send(" \r");
    p.expect("people", "the number question, with its unit");
    p.send("3\r");
    p.expect("Yes", "the yes/no question");
    p.send("\r");
    p.expect("What now?", "the menu after the result");
    p.send("\x1b[B\r"); // Down to "Show the posting here"
    p.expect("Duty", "the posting, with a duty from the tree");
    p.expect("What now?", "the menu again");
    p.send("\x03");
    assert_eq!(p.exit_code(), 130);
    assert_none_reached(&p.transcript());
}
