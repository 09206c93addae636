use super::*;
use crate::ui::prompt::test_trees::five as tree;
use hirewise_core::tree::Tree;

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

#[test]
fn first_question_has_progress_section_cleaned_help_and_no_back() {
    let tree = tree();
    let s = Session::new(&tree);
    let a = ask(&s).expect("a question");
    assert_eq!(a.heading, "1/5 · First");
    assert_eq!(a.message, "A?");
    assert_eq!(a.about, "Pick [31mone[0m.");
    assert!(!a.keys.contains("back"), "{}", a.keys);
    let Input::One { entries, cursor } = a.input else {
        panic!("single is a list")
    };
    assert_eq!(cursor, 0);
    assert_eq!(entries.len(), 2);
    assert_eq!(entry_line(&entries[0], "", ""), "X — the x");
    assert_eq!(entry_line(&entries[1], "", ""), "Y");
}

#[test]
fn later_choice_lists_end_with_back_tick_lists_do_not_and_both_keep_the_answer() {
    let tree = tree();
    let mut s = Session::new(&tree);
    s.answer(choice("y")).expect("valid");
    s.answer(Answer::Choices(vec!["m2".into()])).expect("valid");
    assert!(s.back());
    let a = ask(&s).expect("a question");
    assert_eq!(a.heading, "2/5 · Second");
    assert!(a.keys.contains("Esc to go back"));
    let Input::Many { entries, ticked } = a.input else {
        panic!("multi is a tick list")
    };
    assert_eq!(ticked, vec![1]);
    assert!(
        entries.iter().all(|e| !e.back),
        "a back entry in a tick list would be ticked like an option"
    );
    assert!(s.back());
    let Some(Ask {
        input: Input::One { cursor, entries },
        ..
    }) = ask(&s)
    else {
        panic!("single is a list")
    };
    assert_eq!(cursor, 1, "the cursor starts on the answer given before");
    assert_eq!(entries.len(), 2, "no back entry on the first question");
}

#[test]
fn text_and_number_prompts_mention_back_and_prefill() {
    let tree = tree();
    let mut s = Session::new(&tree);
    s.answer(choice("x")).expect("valid");
    s.answer(Answer::Choices(vec!["m1".into()])).expect("valid");
    let a = ask(&s).expect("a question");
    assert!(a.keys.contains(":back"), "{}", a.keys);
    assert!(a.keys.contains("or leave it empty"), "{}", a.keys);
    assert_eq!(
        a.input,
        Input::Text {
            placeholder: "Acme".into(),
            initial: String::new()
        }
    );
    s.answer(Answer::Text("Ac\u{1b}me".into())).expect("valid");
    s.answer(Answer::Number(4.0)).expect("valid");
    assert!(s.back());
    let a = ask(&s).expect("a question");
    assert!(a.keys.starts_with("from 1 to 10 people; "), "{}", a.keys);
    assert!(!a.keys.contains("skip"), "required: {}", a.keys);
    assert_eq!(
        a.input,
        Input::Number {
            placeholder: String::new(),
            initial: "4".into()
        }
    );
    assert!(s.back());
    let Some(Ask {
        input: Input::Text { initial, .. },
        ..
    }) = ask(&s)
    else {
        panic!("text")
    };
    assert_eq!(initial, "Acme", "typed text is cleaned when kept");
}

#[test]
fn replies_map_to_answers_back_and_quit() {
    let tree = tree();
    let q = |id| tree.question(id).expect("question");
    assert_eq!(step(q("a"), Reply::Picked(1)), Step::Answer(choice("y")));
    assert_eq!(
        step(q("a"), Reply::Picked(2)),
        Step::Back,
        "past the options is back"
    );
    assert_eq!(step(q("a"), Reply::Escaped), Step::Back);
    assert_eq!(step(q("a"), Reply::Interrupted), Step::Quit);
    assert_eq!(
        step(q("b"), Reply::Ticked(vec![0, 1])),
        Step::Answer(Answer::Choices(vec!["m1".into(), "m2".into()]))
    );
    assert_eq!(step(q("b"), Reply::Ticked(vec![0, 2])), Step::Back);
    assert_eq!(step(q("b"), Reply::Ticked(vec![2])), Step::Back);
    assert_eq!(
        step(q("b"), Reply::Ticked(vec![0, 1, 2])),
        Step::Answer(Answer::Choices(vec!["m1".into(), "m2".into()])),
        "→ (tick all) picks every option rather than going back"
    );
    assert_eq!(step(q("c"), Reply::Typed(" :back ".into())), Step::Back);
    assert_eq!(
        step(q("c"), Reply::Typed("Acme:back".into())),
        Step::Back,
        ":back typed after a pre-filled answer"
    );
    assert_eq!(
        step(q("c"), Reply::Typed("hi".into())),
        Step::Answer(Answer::Text("hi".into()))
    );
    assert_eq!(step(q("d"), Reply::Number(NumberEntry::Back)), Step::Back);
    assert_eq!(
        step(q("d"), Reply::Number(NumberEntry::Value(3.0))),
        Step::Answer(Answer::Number(3.0))
    );
    // Confirm lists are yes then no.
    assert_eq!(
        step(q("e"), Reply::Picked(0)),
        Step::Answer(Answer::Bool(true))
    );
    assert_eq!(
        step(q("e"), Reply::Picked(1)),
        Step::Answer(Answer::Bool(false))
    );
}

#[test]
fn problems_come_from_the_sessions_own_check() {
    let tree = tree();
    let q = |id| tree.question(id).expect("question");
    assert_eq!(
        problem(q("d"), Reply::Number(NumberEntry::Value(11.0))).as_deref(),
        Some("11 is above the maximum of 10")
    );
    assert_eq!(
        problem(q("d"), Reply::Number(NumberEntry::Blank)).as_deref(),
        Some("an answer is required")
    );
    assert_eq!(problem(q("d"), Reply::Number(NumberEntry::Back)), None);
    assert_eq!(
        problem(q("b"), Reply::Ticked(vec![])).as_deref(),
        Some("pick at least one option")
    );
    assert_eq!(
        problem(q("c"), Reply::Typed("   ".into())),
        None,
        "optional"
    );
}

#[test]
fn numbers_parse_with_separators_but_not_ambiguous_commas() {
    assert_eq!(parse_number(" :back"), Ok(NumberEntry::Back));
    assert_eq!(parse_number("4:back"), Ok(NumberEntry::Back));
    assert_eq!(parse_number(" "), Ok(NumberEntry::Blank));
    assert_eq!(parse_number("4.5"), Ok(NumberEntry::Value(4.5)));
    assert_eq!(parse_number("45,000"), Ok(NumberEntry::Value(45000.0)));
    assert_eq!(
        parse_number("1,250,000.5"),
        Ok(NumberEntry::Value(1_250_000.5))
    );
    assert_eq!(parse_number("10 000"), Ok(NumberEntry::Value(10000.0)));
    assert_eq!(parse_number("-1,000"), Ok(NumberEntry::Value(-1000.0)));
    assert_eq!(parse_number("1,5"), Err(()));
    assert_eq!(parse_number("12a"), Err(()));
    assert_eq!(parse_number("inf"), Err(()));
    assert_eq!(NumberEntry::Value(3.0).to_string(), "3");
    assert_eq!(NumberEntry::Back.to_string(), BACK_LABEL);
}

#[test]
fn pages_fit_wrapped_entries_on_the_screen() {
    let short: Vec<String> = (0..10).map(|i| format!("option {i}")).collect();
    assert_eq!(page_size(&short, 2, 0, 80, 30), 10);
    assert_eq!(page_size(&short, 2, 0, 80, 10), 6);
    // Entries two lines tall on an 80-column screen take twice the room.
    let long: Vec<String> = (0..10).map(|_| "x".repeat(100)).collect();
    assert_eq!(page_size(&long, 2, 0, 80, 30), 10);
    assert_eq!(page_size(&long, 2, 0, 80, 12), 4);
    // Never fewer than three, even on a tiny screen.
    assert_eq!(page_size(&long, 2, 0, 80, 3), 3);
    assert_eq!(page_size(&short[..2], 2, 0, 80, 3), 2);
    // Room is kept for the heading and help printed above.
    assert_eq!(page_size(&short, 2, 3, 80, 10), 3);
    assert_eq!(page_size(&short, 2, 3, 80, 15), 8);
}

#[test]
fn the_default_tree_can_be_answered_through_the_mapping() {
    let tree = Tree::default_tree().expect("default tree");
    let mut s = Session::new(&tree);
    let mut asked = 0;
    while let Some(q) = s.current() {
        let a = ask(&s).expect("a question");
        let reply = match a.input {
            Input::One { .. } => Reply::Picked(0),
            Input::Many { .. } => Reply::Ticked(vec![0]),
            Input::Text { .. } => Reply::Typed(q.format.example().into()),
            Input::Number { .. } => Reply::Number(NumberEntry::Value(q.min.unwrap_or(1.0))),
        };
        assert_eq!(problem(q, reply.clone()), None, "{}", q.id);
        let Step::Answer(answer) = step(q, reply) else {
            panic!("{}: not an answer", q.id)
        };
        s.answer(answer).expect("the session accepts it");
        asked += 1;
        assert!(asked <= tree.questions.len(), "the walk ends");
    }
    assert!(asked > 5);
}

#[test]
fn compare_typed_in_a_text_field_is_a_command_not_an_answer() {
    let tree = Tree::default_tree().expect("default tree");
    let s = Session::new(&tree);
    let q = s.current().expect("a question");
    assert_eq!(step(q, Reply::Typed(" :compare ".into())), Step::Compare);
    assert_eq!(
        step(q, Reply::Typed("compare".into())),
        Step::Answer(Answer::Text("compare".into())),
        "a bare word is an answer"
    );
}
