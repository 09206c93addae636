//! A question with 50,000 options checks and answers like one with three:
//! every lookup of an option by id goes through the question's index, so
//! the work grows with the options, not with their square. (How long it
//! takes is measured in `benches/core.rs`, not here: a test bound to a
//! clock fails on a slow machine.)

use crate::support::generated;

use generated::{generated_options_answers, generated_options_tree};
use hirewise_core::answers::{self, Answer};
use hirewise_core::diag::Source;
use hirewise_core::tree::{OptionId, Tree};

const N: usize = 50_000;

#[test]
fn a_question_with_fifty_thousand_options_loads_and_answers() {
    let src = Source::new("options.toml", generated_options_tree(N));
    let tree = Tree::parse(&src).expect("the generated tree is valid");
    let many = tree.question("many").expect("the multi question");
    assert_eq!(many.options.len(), N + 1);
    assert_eq!(many.option_id("o49999").map(OptionId::index), Some(N - 1));
    assert_eq!(many.option("none").map(|o| o.exclusive), Some(true));

    let given = Source::new("answers.toml", generated_options_answers(N, 2));
    let a = answers::parse_file(&tree, &given).expect("the answers fit");
    // In the tree's order, though the file lists them backwards.
    let Some(Answer::Choices(picked)) = a.get("many") else {
        panic!("many: {:?}", a.get("many"));
    };
    assert_eq!(picked.len(), N / 2);
    assert_eq!(picked.first().map(String::as_str), Some("o1"));
    assert_eq!(picked.last().map(String::as_str), Some("o49999"));

    // Deciding weighs every other option of each question; with a few
    // picks of the multi question that is one pass over the options.
    // (With thousands of picks it is still options times picks: the what-if
    // of `decide` tries each option with a copy of the picks.)
    let given = Source::new("answers.toml", generated_options_answers(N, N / 3));
    let (roles, _) = hirewise_core::builtin::roles_for(&tree, false).expect("roles");
    let (outcome, _) = hirewise::ui::batch::run(&tree, &roles, &given).expect("decided");
    assert!(!outcome.recommendation.verdict.is_empty());
}

#[test]
fn among_fifty_thousand_options_a_repeat_and_an_exclusive_one_are_found() {
    let mut text = generated_options_tree(N);
    text.push_str(
        "[[questions]]\nid = \"again\"\nkind = \"single\"\nprompt = \"?\"\n[[questions.options]]\nid = \"x\"\nlabel = \"X\"\n[[questions.options]]\nid = \"x\"\nlabel = \"X again\"\n",
    );
    let src = Source::new("options.toml", text);
    let diags = Tree::check(&src);
    let dups: Vec<_> = diags
        .iter()
        .filter(|d| d.message.contains("duplicate option id"))
        .collect();
    assert_eq!(dups.len(), 1, "{diags:?}");
    assert!(
        dups[0].message.contains("`x` in question `again`"),
        "{}",
        dups[0]
    );

    let tree = Tree::parse(&Source::new("options.toml", generated_options_tree(N))).expect("tree");
    let q = tree.question("many").expect("many");
    let with_none = Answer::Choices(vec!["o3".into(), "none".into()]);
    let e = with_none.validate(q).expect_err("none is exclusive");
    assert!(e.problem.contains("None of these"), "{}", e.problem);
    let unknown = Answer::Choices(vec!["o3".into(), "o50000".into()]);
    let e = unknown.validate(q).expect_err("no such option");
    assert!(
        e.problem.starts_with("`o50000` is not an option"),
        "{}",
        e.problem
    );
}
