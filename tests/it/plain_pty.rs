//! The line-by-line wizard end to end: the real binary in a pseudo-terminal,
//! driven by keys as a founder would press them. inquire's own test backend
//! is private, so this is where the inquire front end is exercised.

#![cfg(unix)]

use crate::support::pty;

use expectrl::Regex;
use pty::{read_posting_and_kit, text};

const DOWN: &str = "\x1b[B";
/// inquire's pointer, then the second option of the stage question,
/// with colour codes between.
const CURSOR_ON_SECOND: &str =
    r">(?:\x1b\[[0-9;]*m)* (?:\x1b\[[0-9;]*m)*Businesses and the people in them";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// The inquire wizard: `--plain` in a colour terminal.
fn spawn(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> pty::Pty {
    let args: Vec<&str> = ["--plain"].iter().chain(args).copied().collect();
    pty::spawn(dir, &args, env)
}

#[test]
fn a_whole_session_with_back_steps_ends_in_a_saved_posting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[]);

    p.expect("What is your organisation called?", "first question");
    p.send("Bright Teeth\r");
    p.expect("What is it, in a few words?", "second question");
    p.send("dental scheduling\r");

    // Esc on a list goes back, and the earlier text comes back pre-filled.
    p.expect("Who are the people you serve?", "third question");
    p.send(ESC);
    p.expect("What is it, in a few words?", "back at the second question");
    p.expect("dental scheduling", "the answer is pre-filled");
    // `:back` in a text prompt goes back too.
    p.send(":back\r");
    p.expect(
        "What is your organisation called?",
        "back at the first question",
    );
    p.expect("Bright Teeth", "the answer is pre-filled");
    p.send("\r");
    p.expect("What is it, in a few words?", "forward again");
    p.send("\r");
    p.expect("Who are the people you serve?", "third question");
    p.send(DOWN);
    p.expect(Regex(CURSOR_ON_SECOND), "the cursor on the second stage");
    p.send("\r");

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
            // One key at a time, each seen on the screen before the next.
            ticked += 1;
            p.send(" ");
            p.expect("[x]", "the first option ticked");
            p.send("\r");
        } else if hit.contains("type to filter") {
            p.send("\r");
        } else if let Some(min) = found.get(1) {
            p.send(format!("{}\r", text(min)));
        } else if text(found.before()).contains("YYYY-MM-DD") {
            p.send("2099-01-31\r");
        } else if text(found.before()).contains("Job title") {
            // The title the advice suggests is prefilled: keep it.
            p.send("\r");
        } else if text(found.before()).contains("email address") {
            p.send("jobs@brightteeth.example\r");
        } else if let Some(typed) = pty::formatted(&text(found.before())) {
            p.send(format!("{typed}\r"));
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
    p.expect(Regex(r"\./([a-z0-9-]+-job-posting\.md)"), "a default path");
    // Typing replaces the offered path: nothing to delete first.
    let name = "typed-over.md".to_string();
    p.send(format!("{name}\r"));
    p.expect("Saved the posting to", "saved");
    p.expect("What now?", "the menu again");
    p.send("\r"); // Finish: the cursor moved there
    assert_eq!(p.exit_code(), 0);

    let posting = read_posting_and_kit(&dir.path().join(&name));
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
        posting.contains("**Applications close:** 31 January 2099"),
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
    let shown = p.expect("What is your organisation called?", "first question");
    let mut screen = text(shown.before());
    p.send("Acme Ltd\r");
    let shown = p.expect("What is it, in a few words?", "second question");
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
    p.expect(
        "What is it, in a few words?",
        "continues at the second question",
    );
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);

    let mut p = spawn(dir.path(), &["--resume"], &[]);
    p.expect("Continuing where you left off.", "--resume does not ask");
    p.expect("What is it, in a few words?", "the second question");
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

/// The example answer used to sit greyed in the input box, where it read
/// as an answer already filled in; it belongs to the key help only.
#[test]
fn the_example_answer_is_in_the_key_help_not_in_the_input_box() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[]);
    p.expect("What is your organisation called?", "first question");
    let shown = p.expect("for example: Fern & Fig; Enter to confirm", "the key help");
    let between = text(shown.before());
    assert!(
        !between.contains("Acme"),
        "the example is shown before the key help: {between:?}"
    );
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
}

/// A refused answer's reason used to be printed as "# An answer is
/// required", inquire's own mark before it.
#[test]
fn a_refused_answer_is_explained_in_a_plain_sentence() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[("NO_COLOR", "1")]);
    p.expect("Enter to confirm]", "the first question's key help");
    p.send("\r");
    // The line is drawn after cursor movement, so what comes right before
    // the sentence on screen is the end of an escape sequence.
    let found = p.expect(Regex(r"(.)(.)(.)An answer is required\."), "the reason");
    let before: Vec<String> = (1..=3)
        .map(|i| text(found.get(i).unwrap_or_default()))
        .collect();
    assert_eq!(before[1..], [" ", " "], "only spaces before the sentence");
    assert!(!before[0].contains('#'), "{before:?}");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
}

/// inquire's lists take typed text as a filter, so `:compare` typed there
/// becomes the one row left to choose; it shows the roles side by side and
/// asks the same question again, in a list and in a tick list alike.
#[test]
fn compare_typed_into_a_list_shows_the_roles_and_asks_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[("NO_COLOR", "1")]);
    p.expect("What is your organisation called?", "first question");
    p.send("Bright Teeth\r");
    p.expect("What is it, in a few words?", "second question");
    p.send("dental scheduling\r");
    p.expect("Who are the people you serve?", "a list");
    p.expect(
        "type :compare for the two roles",
        "the command in the key help",
    );
    p.send(":compare");
    p.expect(":compare: Enter shows the two roles", "the one row left");
    p.send("\r");
    p.expect("A typical week:", "the comparison");
    p.expect("Who are the people you serve?", "the same list again");
    p.send("\r");

    // On to the first tick list, keeping whatever each question offers.
    for _ in 0..20 {
        let found = p.expect(
            Regex(r"type to filter|Space to tick|Enter to confirm"),
            "a prompt",
        );
        let hit = text(found.get(0).unwrap_or_default());
        if hit.contains("Space to tick") {
            break;
        }
        p.send(if hit.contains("type to filter") {
            "\r"
        } else {
            "x\r"
        });
    }
    p.send(":compare");
    p.expect(
        ":compare: Space, then Enter, shows",
        "the row in a tick list",
    );
    p.send(" ");
    p.send("\r");
    p.expect("Not the job:", "the comparison again");
    p.expect("Space to tick", "the tick list again");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
}

/// Home and End move to the ends of the line being typed, so a long answer
/// is mended without holding an arrow key down.
#[test]
fn home_and_end_move_to_the_ends_of_a_typed_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut p = spawn(dir.path(), &[], &[("NO_COLOR", "1")]);
    p.expect("What is your organisation called?", "first question");
    p.send("right Teet");
    p.expect("right Teet", "typed");
    p.send("\x1b[H");
    p.send("B");
    p.send("\x1b[F");
    p.send("h\r");
    p.expect(
        "What is your organisation called? Bright Teeth",
        "the mended answer",
    );
    // Ctrl-C once the next prompt holds the terminal: a key, not a signal.
    p.expect("What is it, in a few words?", "the next question");
    p.expect("Enter to confirm", "its key help");
    p.send(CTRL_C);
    assert_eq!(p.exit_code(), 130);
}
