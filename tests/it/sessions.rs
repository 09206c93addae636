//! Saved sessions, one per question tree, held by one wizard at a time,
//! and never said to be saved when they are not: the real binary in a
//! pseudo-terminal, each step waiting for the screen to show the last.

#![cfg(unix)]

use crate::support::pty;

use crate::support::tty;

use hirewise::store::Autosave;
use hirewise_core::tree::Tree;
use std::path::{Path, PathBuf};

const CTRL_C: &str = "\x03";

fn example_tree() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example.toml")
}

/// The line-by-line wizard, its state in `dir/state`.
fn plain(dir: &Path, args: &[&str]) -> pty::Pty {
    let args: Vec<&str> = ["--plain"].iter().chain(args).copied().collect();
    pty::spawn(dir, &args, &[])
}

/// The text of every session file in `state`.
fn sessions(state: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(state)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn another_trees_session_never_replaces_the_saved_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = plain(dir.path(), &[]);
    p.expect("What is your organisation called?", "first question");
    p.send("Built In Co\r");
    p.expect("What is it, in a few words?", "second question");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);

    let other = example_tree();
    let mut p = plain(dir.path(), &["--questions", other.to_str().expect("UTF-8")]);
    p.expect(
        "What is your company called?",
        "the other tree's first question",
    );
    p.send("Other Tree Co\r");
    p.expect("What should this hire change first?", "its second question");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);

    let saved = sessions(&dir.path().join("state"));
    assert_eq!(saved.len(), 2, "{saved:?}");
    assert!(saved.iter().any(|s| s.contains("Built In Co")), "{saved:?}");
    assert!(
        saved.iter().any(|s| s.contains("Other Tree Co")),
        "{saved:?}"
    );

    // Each tree resumes its own.
    let mut p = plain(dir.path(), &["--resume"]);
    p.expect("Continuing where you left off.", "the built-in session");
    p.expect("What is it, in a few words?", "at its second question");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
    assert!(!p.transcript().contains("Other Tree Co"));
}

#[test]
fn the_shared_session_file_of_earlier_versions_is_taken_over_by_its_tree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tree = Tree::default_tree().expect("tree");
    let shared = dir.path().join("session.toml");
    std::fs::write(
        &shared,
        format!(
            "tree = {:?}\n[answers]\ncompany_name = \"Kept Co\"\n",
            tree.name
        ),
    )
    .expect("write");
    let other = Autosave::for_tree(Some(dir.path()), Some(&example_tree())).expect("a place");
    let example = Tree::parse(&hirewise::store::read_source(&example_tree()).expect("read"))
        .expect("the example tree");
    assert_eq!(
        other.load(&example).expect("loads"),
        None,
        "not its session"
    );
    assert!(shared.exists(), "left for its own tree");

    let mine = Autosave::in_dir(dir.path());
    let saved = mine.load(&tree).expect("loads").expect("taken over");
    assert_eq!(
        saved.answers.get("company_name"),
        Some(&hirewise_core::answers::Answer::Text("Kept Co".into()))
    );
    assert!(!shared.exists() && mine.exists(), "moved to its own name");
}

#[test]
fn a_second_wizard_on_one_tree_saves_nothing_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut first = plain(dir.path(), &[]);
    first.expect("What is your organisation called?", "first question");
    first.send("First Co\r");
    first.expect("What is it, in a few words?", "second question");

    let mut second = plain(dir.path(), &[]);
    second.expect("another hirewise is answering these questions", "the note");
    second.expect("HIREWISE_STATE_DIR", "the way to a second session");
    second.expect("What is your organisation called?", "a new session");
    second.send("Second Co\r");
    second.expect("What is it, in a few words?", "second question");
    second.send(CTRL_C);
    second.expect("Stopped. Your answers were not saved.", "the truth");
    assert_eq!(second.exit_code(), 130);

    // The full-screen wizard says so too, before the first answer.
    let state = dir.path().join("state");
    let mut tui = tty::Tty::spawn(&state, dir.path(), &[]);
    tui.wait_for("another hirewise is answering");
    tui.wait_for("not saved as you go");
    tui.send(CTRL_C);
    assert_eq!(tui.exit_code(), 130);

    first.send(CTRL_C);
    first.expect("Your answers are saved", "the first keeps its session");
    assert_eq!(first.exit_code(), 130);
    let saved = sessions(&state);
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(saved[0].contains("First Co") && !saved[0].contains("Second Co"));
}

#[test]
fn when_autosave_fails_no_wizard_says_the_answers_are_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The state directory is a file: nothing can be saved in it.
    let state = dir.path().join("state");
    std::fs::write(&state, "not a folder").expect("write");

    let mut p = plain(dir.path(), &[]);
    p.expect("What is your organisation called?", "first question");
    p.send("Acme\r");
    p.expect("your answers are not being saved: cannot write", "the note");
    p.expect("What is it, in a few words?", "second question");
    p.send(CTRL_C);
    p.expect("were not saved", "the truth at the end");
    assert_eq!(p.exit_code(), 130);
    assert!(!p.transcript().contains("Your answers are saved"));

    let mut tui = tty::Tty::spawn(&state, dir.path(), &[]);
    tui.wait_for("Start");
    tui.send("\r");
    tui.wait_for("What is your organisation called?");
    tui.send("A");
    tui.wait_for("│ A");
    tui.send("\r");
    tui.wait_for("Your answers are not being saved");
    tui.send(CTRL_C);
    tui.wait_for("Quit hirewise?");
    tui.wait_for("Your answers are not saved: cannot write");
    assert!(!tui.text().contains("Your answers are saved"));
    tui.send(CTRL_C);
    assert_eq!(tui.exit_code(), 130);
}
