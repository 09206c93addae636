use super::*;
use crate::ui::prompt::test_trees::tree_of;
use hirewise_core::session::Session;
use hirewise_core::tree::Tree;
use std::io::Cursor;

/// A multi whose words carry escape sequences, a bidi override and a
/// zero-width space, after a text question so that going back is possible.
const QUESTIONS: &str = r#"
[[questions]]
id = "name"
kind = "text"
prompt = "Name?"

[[questions]]
id = "tools"
kind = "multi"
section = "Work \u001b]52;c;ZXZpbA==\u0007"
prompt = "Which \u001b[2Jtools?"
help = "Pick \u001b]8;;http://x\u001b\\some\u001b]8;;\u001b\\ of them.\rEVIL"
[[questions.options]]
id = "a"
label = "Alpha \u202eahpla"
help = "the \u200bfirst"
[[questions.options]]
id = "b"
label = "Beta"
[[questions.options]]
id = "c"
label = "Gamma"
"#;

fn tree() -> Tree {
    tree_of(QUESTIONS)
}

/// What the line prompts print and return for the session's current
/// question when `typed` is all there is to read.
fn run(s: &Session<'_>, typed: &str) -> (String, Reply) {
    let ask = ask::ask(s).expect("a question");
    let mut out = Vec::new();
    let reply = Lines::new(Cursor::new(typed.as_bytes()), &mut out, 60)
        .question(&ask, s.current().expect("a question"))
        .expect("no I/O error");
    (String::from_utf8(out).expect("utf-8"), reply)
}

fn at_tools(tree: &Tree) -> Session<'_> {
    let mut s = Session::new(tree);
    s.answer(hirewise_core::answers::Answer::Text("Acme".into()))
        .expect("valid");
    s
}

#[test]
fn a_question_is_printed_as_plain_numbered_lines() {
    let tree = tree();
    let s = at_tools(&tree);
    let (out, reply) = run(&s, "1, 3\n");
    assert_eq!(reply, Reply::Ticked(vec![0, 2]));
    assert_eq!(
        out,
        "\n\
         2/2 · Work ]52;c;ZXZpbA==\n\
         Which [2Jtools?\n\
         Pick ]8;;http://x\\some]8;;\\ of them.EVIL\n  \
         1. Alpha ahpla — the first\n  \
         2. Beta\n  \
         3. Gamma\n\
         Type the numbers of your choices (1 to 3), separated by\n\
         commas or spaces.\n\
         :back goes back, :help explains how to answer, :quit stops.\n\
         > Chosen: Alpha ahpla; Gamma.\n",
        "the picks are said back by their labels, with semicolons between"
    );
}

#[test]
fn a_wrong_entry_says_what_is_expected_and_asks_again() {
    let tree = tree();
    let s = at_tools(&tree);
    let (out, reply) = run(&s, "4\n\n2\n");
    assert_eq!(reply, Reply::Ticked(vec![1]));
    let tail: Vec<&str> = out.lines().rev().take(3).collect();
    assert_eq!(
        tail,
        [
            "> Chosen: Beta.",
            "> Pick at least one option.",
            "> Not taken: \"4\". Type the numbers of your choices (1 to 3), separated by commas or spaces.",
        ],
        "{out}"
    );
}

/// `:help` used to print the question again and nothing more.
#[test]
fn help_shows_the_question_again_with_how_to_answer_it() {
    let tree = tree();
    let s = at_tools(&tree);
    let (out, reply) = run(&s, ":help\n");
    assert_eq!(reply, Reply::Interrupted);
    assert_eq!(out.matches("Which [2Jtools?").count(), 2, "{out}");
    let (_, help) = out.split_once(":help\n").unwrap_or(("", &out));
    let help = help.replace('\n', " ");
    for said in [
        "How to answer: type the numbers in front of every option that applies",
        "or their names separated by commas (such as \"Alpha ahpla\")",
        ":back returns to the previous question",
        ":quit stops here. Your answers are saved, and hirewise --plain --resume continues",
    ] {
        assert!(help.contains(said), "{said:?} in:\n{out}");
    }
    assert!(out.ends_with("> \n"), "a line break after the last prompt");
    assert_eq!(run(&s, "back\n").1, Reply::Escaped);
    assert_eq!(run(&s, ":quit\n").1, Reply::Interrupted);
}

#[test]
fn the_first_question_offers_no_going_back() {
    let tree = tree();
    let s = Session::new(&tree);
    let (out, reply) = run(&s, ":back\nAcme\n");
    assert_eq!(reply, Reply::Typed("Acme".into()));
    assert!(!out.contains(":back goes back"), "{out}");
    assert!(out.contains("there is nothing to go back to"), "{out}");
}

#[test]
fn menus_text_and_yes_no_read_lines_with_defaults() {
    let mut out = Vec::new();
    let labels = ["Save".to_string(), "Show".into(), "Finish".into()];
    let mut lines = Lines::new(Cursor::new("\n9\n3\n\nmaybe\ny\n:back\n"), &mut out, 100);
    let got = lines
        .choose("What now?", &labels, 1, "go back")
        .expect("io");
    assert_eq!(got, Chosen::Got(1), "empty: the cursor's entry");
    let got = lines
        .choose("What now?", &labels, 0, "go back")
        .expect("io");
    assert_eq!(got, Chosen::Got(2), "9 is refused, then 3");
    let got = lines.text("Where?", "./a.md", "a folder").expect("io");
    assert_eq!(got, Chosen::Got("./a.md".into()));
    let got = lines.yes_no("Replace it?", false).expect("io");
    assert_eq!(got, Chosen::Got(true), "maybe is refused, then y");
    let got = lines.text("Where?", "./a.md", "a folder").expect("io");
    assert_eq!(got, Chosen::Back);
    let got = lines.yes_no("Replace it?", false).expect("io");
    assert_eq!(got, Chosen::Quit, "the end of input");
    let out = String::from_utf8(out).expect("utf-8");
    assert!(out.contains("  2. Show\n"), "{out}");
    assert!(
        out.contains("an empty line chooses 2. :back to go back"),
        "{out}"
    );
    assert!(
        out.contains("Type the number of your choice (1 to 3).\n"),
        "{out}"
    );
    assert!(
        out.contains("Where?\nA folder.\nType it and Enter; an empty line keeps\n  ./a.md\n"),
        "{out}"
    );
    assert!(out.contains("Type yes or no.\n"), "{out}");
    assert!(!out.contains('\u{1b}'));
}

#[test]
fn compare_shows_the_roles_then_the_question_again() {
    let tree = hirewise_core::tree::Tree::default_tree().expect("default tree");
    let s = Session::new(&tree);
    let (out, reply) = run(&s, ":compare\nAcme\n");
    assert_eq!(reply, Reply::Typed("Acme".into()));
    let at = out.find("In public:").expect("the comparison");
    assert!(
        out.contains("Social media manager: Speaks as the organisation"),
        "{out}"
    );
    assert!(
        out[at..].contains("What is your organisation called?"),
        "the question again after it:\n{out}"
    );
}
