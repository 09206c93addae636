use super::*;
use crate::ui::prompt::test_trees::five as tree;
use hirewise_core::answers::Answer;
use hirewise_core::session::Session;
use hirewise_core::tree::Tree;

/// What `line` means at the session's current question.
fn typed(s: &Session<'_>, line: &str) -> Typed<Reply> {
    let a = ask::ask(s).expect("a question");
    question(&a, s.current().expect("a question"), line)
}

fn how_now(s: &Session<'_>) -> String {
    how(
        &ask::ask(s).expect("a question"),
        s.current().expect("a question"),
    )
}

/// A session at question `at` (0 to 4), every earlier one answered.
fn at(tree: &Tree, at: usize) -> Session<'_> {
    let answers = [
        Answer::Choice("y".into()),
        Answer::Choices(vec!["m2".into()]),
        Answer::Text("Initech".into()),
        Answer::Number(4.0),
    ];
    let mut s = Session::new(tree);
    for a in answers.into_iter().take(at) {
        s.answer(a).expect("valid");
    }
    s
}

#[test]
fn a_single_takes_one_number_in_range() {
    let tree = tree();
    let s = at(&tree, 0);
    assert_eq!(typed(&s, "2"), Typed::Got(Reply::Picked(1)));
    assert_eq!(typed(&s, " 1 \r"), Typed::Got(Reply::Picked(0)));
    let wrong = Typed::Wrong("Type the number of your choice (1 to 2).".into());
    for line in ["0", "3", "-1", "z", "1, 2", "1.5", "X — the x"] {
        assert_eq!(typed(&s, line), wrong, "{line:?}");
    }
    assert_eq!(typed(&s, ""), wrong, "no earlier answer to keep");
    assert_eq!(how_now(&s), "Type the number of your choice (1 to 2).");
}

#[test]
fn an_empty_line_keeps_the_earlier_answer() {
    let tree = tree();
    let mut s = at(&tree, 1);
    assert!(s.back());
    assert_eq!(typed(&s, ""), Typed::Got(Reply::Picked(1)));
    assert_eq!(
        how_now(&s),
        "Type the number of your choice (1 to 2); an empty line keeps 2."
    );
    let mut s = at(&tree, 2);
    assert!(s.back());
    assert_eq!(typed(&s, ""), Typed::Got(Reply::Ticked(vec![1])));
    assert!(how_now(&s).ends_with("; an empty line keeps 2."));
    let mut s = at(&tree, 4);
    assert!(s.back());
    assert_eq!(
        typed(&s, ""),
        Typed::Got(Reply::Number(NumberEntry::Value(4.0)))
    );
    assert_eq!(
        how_now(&s),
        "Type a number from 1 to 10 people; an empty line keeps 4."
    );
    assert!(s.back());
    assert_eq!(typed(&s, ""), Typed::Got(Reply::Typed("Initech".into())));
    assert_eq!(
        how_now(&s),
        "Type your answer (for example: Acme); an empty line keeps \"Initech\"."
    );
}

#[test]
fn back_help_and_quit_are_commands_with_or_without_a_colon() {
    let tree = tree();
    let first = at(&tree, 0);
    let wrong = Typed::Wrong("This is the first question; there is nothing to go back to.".into());
    assert_eq!(typed(&first, "back"), wrong);
    assert_eq!(typed(&first, ":back"), wrong);
    let s = at(&tree, 1);
    for line in ["back", ":back", " :BACK ", ": back"] {
        assert_eq!(typed(&s, line), Typed::Back, "{line:?}");
    }
    assert_eq!(typed(&s, ":help"), Typed::Help);
    assert_eq!(typed(&s, "help"), Typed::Help);
    assert_eq!(typed(&s, ":quit"), Typed::Quit);
    assert_eq!(typed(&s, "quit"), Typed::Quit);
    assert_eq!(typed(&first, ":quit"), Typed::Quit);
}

#[test]
fn a_multi_takes_numbers_separated_by_commas_or_spaces() {
    let tree = tree();
    let s = at(&tree, 1);
    let got = |v: Vec<usize>| Typed::Got(Reply::Ticked(v));
    assert_eq!(typed(&s, "1, 2"), got(vec![0, 1]));
    assert_eq!(typed(&s, "2 1"), got(vec![0, 1]), "in list order");
    assert_eq!(typed(&s, "2,2,,1"), got(vec![0, 1]), "repeats count once");
    assert_eq!(typed(&s, "2"), got(vec![1]));
    assert_eq!(typed(&s, "none"), got(vec![]));
    assert_eq!(
        typed(&s, ""),
        got(vec![]),
        "nothing ticked; the session's check refuses it for a required question"
    );
    let wrong = Typed::Wrong(
        "Type the numbers of your choices (1 to 2), separated by commas or spaces.".into(),
    );
    for line in ["1, 3", "0", "a, b", "1;2", ","] {
        assert_eq!(typed(&s, line), wrong, "{line:?}");
    }
    assert_eq!(
        how_now(&s),
        "Type the numbers of your choices (1 to 2), separated by commas or spaces."
    );
}

#[test]
fn text_is_taken_as_typed_and_only_colon_commands_count() {
    let tree = tree();
    let s = at(&tree, 2);
    let got = |t: &str| Typed::Got(Reply::Typed(t.into()));
    assert_eq!(typed(&s, "back"), got("back"), "a word like any other");
    assert_eq!(typed(&s, "  Acme Ltd "), got("Acme Ltd"));
    assert_eq!(typed(&s, ""), got(""), "optional: empty skips it");
    assert_eq!(typed(&s, ":back"), Typed::Back);
    assert_eq!(typed(&s, ":quit"), Typed::Quit);
    assert_eq!(typed(&s, ":help"), Typed::Help);
    assert_eq!(
        how_now(&s),
        "Type your answer (for example: Acme); an empty line skips it."
    );
}

#[test]
fn numbers_use_the_cores_parser() {
    let tree = tree();
    let s = at(&tree, 3);
    let value = |v| Typed::Got(Reply::Number(NumberEntry::Value(v)));
    assert_eq!(typed(&s, "7"), value(7.0));
    assert_eq!(typed(&s, "45,000"), value(45_000.0));
    assert_eq!(
        typed(&s, ""),
        Typed::Got(Reply::Number(NumberEntry::Blank)),
        "the session's check says an answer is required"
    );
    assert_eq!(typed(&s, "back"), Typed::Back);
    assert_eq!(
        typed(&s, "seven"),
        Typed::Wrong("Type a number, such as 12 or 4.5.".into())
    );
}

#[test]
fn a_confirm_takes_yes_no_or_a_number() {
    let tree = tree();
    let s = at(&tree, 4);
    assert_eq!(typed(&s, "y"), Typed::Got(Reply::Picked(0)));
    assert_eq!(typed(&s, "YES"), Typed::Got(Reply::Picked(0)));
    assert_eq!(typed(&s, "no"), Typed::Got(Reply::Picked(1)));
    assert_eq!(typed(&s, "2"), Typed::Got(Reply::Picked(1)));
    assert_eq!(
        typed(&s, "3"),
        Typed::Wrong("Type yes or no, or the number of your choice (1 to 2).".into())
    );
    assert_eq!(
        how_now(&s),
        "Type yes or no, or the number of your choice (1 to 2)."
    );
}

/// "growing" for the option "Growing" used to be refused: only its number
/// counted.
#[test]
fn an_option_can_be_typed_by_its_label_or_id_in_any_case() {
    let tree = tree();
    let s = at(&tree, 0);
    assert_eq!(typed(&s, "y"), Typed::Got(Reply::Picked(1)), "the label Y");
    assert_eq!(typed(&s, " X "), Typed::Got(Reply::Picked(0)));
    let s = at(&tree, 1);
    let got = |v: Vec<usize>| Typed::Got(Reply::Ticked(v));
    assert_eq!(typed(&s, "m2"), got(vec![1]));
    assert_eq!(typed(&s, "M2, 1"), got(vec![0, 1]), "names and numbers");
    assert_eq!(
        typed(&s, "m1 m2"),
        typed(&s, "x"),
        "names go between commas"
    );

    let tree = Tree::default_tree().expect("default tree");
    let mut s = Session::new(&tree);
    s.answer(Answer::Text("Acme".into())).expect("valid");
    s.answer(Answer::Text("apps".into())).expect("valid");
    s.answer(Answer::Choice("consumers".into())).expect("valid");
    s.answer(Answer::Choice("customers".into())).expect("valid");
    assert_eq!(s.current().map(|q| q.id.as_str()), Some("stage"));
    let growing = (s.current().and_then(|q| q.option_id("growing"))).map(OptionId::index);
    for line in ["growing", "GROWING", "Growing"] {
        assert_eq!(
            typed(&s, line),
            Typed::Got(Reply::Picked(growing.expect("an option")))
        );
    }
    assert_eq!(
        typed(&s, "not OPEN yet"),
        Typed::Got(Reply::Picked(0)),
        "a label of several words"
    );
    assert!(
        matches!(typed(&s, "grow"), Typed::Wrong(_)),
        "exact names only"
    );
}

/// Where nothing is no answer, "none" may name an option ("None of
/// these"); where nothing is an answer, it means nothing, as the question
/// says.
#[test]
fn none_is_an_option_only_where_nothing_is_not_an_answer() {
    let tree = crate::ui::prompt::test_trees::tree_of(
        r#"
[[questions]]
id = "n"
kind = "multi"
prompt = "N?"
[[questions.options]]
id = "a"
label = "A"
[[questions.options]]
id = "none"
label = "None of these"

[[questions]]
id = "o"
kind = "multi"
prompt = "O?"
required = false
[[questions.options]]
id = "none"
label = "Not decided yet"
"#,
    );
    let mut s = Session::new(&tree);
    assert_eq!(typed(&s, "none"), Typed::Got(Reply::Ticked(vec![1])));
    assert_eq!(
        typed(&s, "none of these"),
        Typed::Got(Reply::Ticked(vec![1]))
    );
    s.answer(Answer::Choices(vec!["a".into()])).expect("valid");
    assert_eq!(typed(&s, "none"), Typed::Got(Reply::Ticked(vec![])));
    assert_eq!(
        typed(&s, "not decided yet"),
        Typed::Got(Reply::Ticked(vec![0]))
    );
}

#[test]
fn menus_default_to_their_cursor_and_take_a_label() {
    let labels: Vec<String> = ["Save", "Show", "Back", "Finish"]
        .map(String::from)
        .to_vec();
    assert_eq!(choice("", &labels, Some(2)), Typed::Got(2));
    assert_eq!(choice(" 4 ", &labels, Some(2)), Typed::Got(3));
    assert_eq!(choice("finish", &labels, Some(0)), Typed::Got(3));
    assert_eq!(
        choice("5", &labels, Some(0)),
        Typed::Wrong("Type the number of your choice (1 to 4).".into())
    );
    assert_eq!(
        choice("back", &labels, Some(0)),
        Typed::Back,
        "a command first"
    );
    assert_eq!(choice(":quit", &labels, Some(0)), Typed::Quit);
}

#[test]
fn yes_or_no_has_a_default_and_no_going_back() {
    assert_eq!(yes_no("", false), Typed::Got(false));
    assert_eq!(yes_no("", true), Typed::Got(true));
    assert_eq!(yes_no("Yes", false), Typed::Got(true));
    assert_eq!(yes_no("n", true), Typed::Got(false));
    assert_eq!(yes_no(":quit", true), Typed::Quit);
    let wrong = Typed::Wrong("Type yes or no.".into());
    assert_eq!(yes_no("back", true), wrong);
    assert_eq!(yes_no("1", true), wrong);
}

#[test]
fn a_text_line_keeps_its_default_when_empty() {
    assert_eq!(text("", "./a.md"), Typed::Got("./a.md".into()));
    assert_eq!(text(" ~/jobs/ ", "./a.md"), Typed::Got("~/jobs/".into()));
    assert_eq!(text(":back", "./a.md"), Typed::Back);
    assert_eq!(text("back", "./a.md"), Typed::Got("back".into()));
}

#[test]
fn help_says_how_each_kind_of_question_is_answered_and_what_the_commands_do() {
    let tree = tree();
    let help_at = |n: usize| {
        let s = at(&tree, n);
        let a = ask::ask(&s).expect("a question");
        help(&a, s.current().expect("a question")).join(" ")
    };
    let first = help_at(0);
    assert!(first.contains("or its name (such as \"X\")"), "{first}");
    assert!(!first.contains(":back"), "nothing to go back to: {first}");
    assert!(first.contains(":quit stops here"), "{first}");
    assert!(help_at(2).contains("on one line"));
    assert!(help_at(2).contains(":back returns to the previous question"));
    assert!(help_at(3).contains("type a number in digits, such as 12 or 4.5"));
    assert!(help_at(4).contains("type yes or no"));
}
