//! The wizard on a dumb terminal (TERM=dumb), end to end in a
//! pseudo-terminal: hirewise switches to the line prompts by itself, and
//! not one escape byte reaches the terminal from the first question to the
//! saved posting.

#![cfg(unix)]

use crate::support::pty;

use expectrl::Regex;
use pty::{formatted, read_posting_and_kit, text};

const DUMB: &[(&str, &str)] = &[("TERM", "dumb")];

fn assert_no_escape(p: &pty::Pty) {
    let seen = p.transcript();
    if let Some(at) = seen.find('\u{1b}') {
        let start = seen[..at]
            .char_indices()
            .rev()
            .nth(200)
            .map_or(0, |(i, _)| i);
        panic!(
            "an ESC byte reached the terminal after:\n{}",
            &seen[start..at]
        );
    }
}

#[test]
fn a_dumb_terminal_gets_plain_lines_from_the_first_question_to_a_saved_posting() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An "editor" that changes the posting in place, for the edit step.
    let env = [
        DUMB,
        &[("EDITOR", "sed -i 's/Bright Teeth/Bright Smiles/g'")],
    ]
    .concat();
    let mut p = pty::spawn(dir.path(), &[], &env);
    p.expect(
        "TERM=dumb cannot show the full-screen wizard; asking line by line instead.",
        "the one-line notice",
    );
    p.answer("What is your organisation called?", "Bright Teeth");
    p.answer("What is it, in a few words?", "dental scheduling");

    // A wrong entry is one line saying what to type; `back` goes back and
    // an empty line keeps the earlier answer.
    p.answer("Who are the people you serve?", "9");
    p.answer("Type the number of your choice (1 to ", "back");
    p.expect("What is it, in a few words?", "back at the second question");
    p.expect(
        Regex(r#"an\s+empty\s+line\s+keeps\s+"dental\s+scheduling""#),
        "the earlier answer is kept",
    );
    p.type_line("");
    p.answer("Who are the people you serve?", "2");

    // The rest of the tree, whatever it asks, by what each question says
    // to type: lists take the first option, tick lists the second and the
    // third (the first or the last is often one that stands alone). The
    // pattern matches once, from the start, so that it never reads past the
    // first question in the buffer.
    let prompt = r"(?s)^.*?(Type the number of your choice|Type yes or no|Type the numbers of your choices|Type a number(?: from (\d+))?|Type your answer|Recommendation:)";
    let mut ticked = 0;
    for _ in 0..60 {
        let found = p.expect(Regex(prompt), "another question");
        let hit = text(found.get(1).unwrap_or_default());
        if hit.contains("Recommendation:") {
            break;
        }
        let reply = if hit.contains("numbers of your choices") {
            ticked += 1;
            "2 3".to_string()
        } else if hit.contains("number of your choice") || hit.contains("yes or no") {
            "1".to_string()
        } else if hit.contains("Type a number") {
            text(found.get(2).unwrap_or(b"3"))
        } else if text(found.get(0).unwrap_or_default()).contains("YYYY-MM-DD") {
            "2099-01-31".to_string()
        } else if text(found.get(0).unwrap_or_default()).contains("Job title") {
            // The title the advice suggests is there to keep.
            String::new()
        } else if text(found.get(0).unwrap_or_default()).contains("email address") {
            "jobs@brightteeth.example".to_string()
        } else if let Some(typed) = formatted(&text(found.get(0).unwrap_or_default())) {
            typed.to_string()
        } else {
            "Lisbon".to_string()
        };
        p.type_line(&reply);
    }
    assert!(ticked > 0, "the session had a multi-select");
    let seen = p.transcript();
    // Amounts typed are said back as they were read.
    assert!(seen.contains("Read as 30,000."), "30k read back:\n{seen}");
    assert!(
        seen.contains("Read as 35,000."),
        "35.000 read back:\n{seen}"
    );
    assert!(
        seen.lines()
            .any(|l| l.starts_with("3/") && l.contains(" · ")),
        "progress and section above the third question:\n{seen}"
    );

    p.expect("What now?", "the menu after the recommendation");
    p.answer("an empty line chooses 1", "2"); // Show the posting here
    p.expect("Bright Teeth", "the posting shown here");
    p.answer("What now?", "3"); // Edit the posting in your editor
    p.expect("Your edit is kept", "the edit read back");
    p.answer("What now?", ""); // Save
    p.answer("Save it as", ""); // Markdown
    p.expect("Save it where?", "path question");
    let found = p.expect(
        Regex(r"keeps\r?\n  \./([a-z0-9-]+-job-posting\.md)"),
        "a default path",
    );
    let name = text(found.get(1).unwrap_or_default());
    p.type_line("");
    p.expect("Saved the posting to", "saved");

    // A folder that does not exist: the note names the file asked for, not
    // a temporary one beside it, and wraps between words, not inside one.
    p.expect("What now?", "the menu again");
    p.answer("an empty line chooses 6", "1");
    p.answer("Save it as", "");
    let missing = dir
        .path()
        .join("no-such-folder")
        .join("for-this-posting.md");
    let missing = missing.display().to_string();
    p.answer("Save it where?", &missing);
    let found = p.expect(
        Regex(r"(?s)note: cannot write (.*?)Save it where\?"),
        "the note, and the question again",
    );
    let note = text(found.get(1).unwrap_or_default());
    assert!(note.contains(&missing), "the path, whole:\n{note}");
    assert!(!note.contains(".hirewise-"), "no temporary file:\n{note}");
    assert!(
        note.lines().all(|l| l.chars().count() <= 100),
        "wrapped to the terminal:\n{note}"
    );
    assert!(
        note.contains("does not exist") && !note.contains("not\r\nexist"),
        "the reason, between words:\n{note}"
    );

    // Saving again to the same place asks before replacing it. The failed
    // path stays the default, to mend a typing slip in.
    p.type_line(&dir.path().join(&name).display().to_string());
    p.expect(
        "already exist. Replace them?",
        "a confirmation naming both files",
    );
    p.answer("Type yes or no; an empty line means no.", "yes");
    p.expect("Saved the posting to", "replaced");
    p.answer("What now?", ""); // Finish
    assert_eq!(p.exit_code(), 0);
    assert_no_escape(&p);

    let posting = read_posting_and_kit(&dir.path().join(&name));
    let title = posting.lines().next().unwrap_or_default();
    assert!(
        title.starts_with("# ") && title.to_lowercase().contains("manager"),
        "a title first: {title:?}"
    );
    assert!(
        posting.contains("Bright Smiles") && !posting.contains("Bright Teeth"),
        "the edit is saved: {posting}"
    );
    assert!(
        posting.contains("Bright Smiles is dental scheduling."),
        "{posting}"
    );
}

#[test]
fn quit_and_the_end_of_input_keep_the_session_for_next_time() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = pty::spawn(dir.path(), &["--plain"], DUMB);
    p.answer("What is your organisation called?", "Acme Ltd");
    p.answer("What is it, in a few words?", ":quit");
    p.expect("Stopped. Your answers are saved", "how to continue");
    assert_eq!(p.exit_code(), 130);
    assert_no_escape(&p);

    let mut p = pty::spawn(dir.path(), &["--plain"], DUMB);
    p.expect(
        "Continue your last session? (1 question answered)",
        "the saved session is offered",
    );
    p.answer("an empty line means yes", "");
    p.answer("What is it, in a few words?", ":back");
    p.expect(
        Regex(r#"an empty line keeps\s+"Acme\s+Ltd""#),
        "back at the first",
    );
    p.expect("> ", "its prompt");
    p.send("\x04"); // Ctrl-D: the end of input
    p.expect("Stopped.", "quits like :quit");
    assert_eq!(p.exit_code(), 130);
    assert_no_escape(&p);
}
