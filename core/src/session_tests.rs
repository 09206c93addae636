use super::*;
use crate::diag::Source;

fn tree(text: &str) -> Tree {
    Tree::parse(&Source::new("t.toml", text)).expect("test tree is valid")
}

/// a (single) branches: x -> c, y -> b; b (multi); c (text, optional)
/// skipped when a is x and ... ; d (number 1..10); e (confirm).
const BRANCHY: &str = r#"
[[outcomes]]
id = "s"
[[outcomes]]
id = "c"
[[verdicts]]
id = "v"
label = "V"

[[questions]]
id = "a"
kind = "single"
prompt = "A?"
[[questions.options]]
id = "x"
label = "X"
next = "c"
weights = { s = 2 }
[[questions.options]]
id = "y"
label = "Y"
weights = { c = 3 }

[[questions]]
id = "b"
kind = "multi"
prompt = "B?"
[[questions.options]]
id = "m1"
label = "M1"
[[questions.options]]
id = "m2"
label = "M2"

[[questions]]
id = "c"
kind = "text"
prompt = "C?"
required = false

[[questions]]
id = "d"
kind = "number"
prompt = "D?"
min = 1
max = 10
skip_if = { question = "b", is = ["m2"] }

[[questions]]
id = "e"
kind = "confirm"
prompt = "E?"
"#;

fn ids(t: &Tree, s: &Session<'_>) -> Vec<String> {
    s.path().iter().map(|&i| t[i].id.clone()).collect()
}

#[test]
fn option_next_branches_over_questions() {
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    s.answer(Answer::Choice("x".into())).unwrap();
    assert_eq!(s.current().unwrap().id, "c");
}

#[test]
fn skip_if_passes_over_a_question() {
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    s.answer(Answer::Choice("y".into())).unwrap();
    s.answer(Answer::Choices(vec!["m2".into()])).unwrap();
    s.answer(Answer::Skipped).unwrap();
    assert_eq!(
        s.current().unwrap().id,
        "e",
        "d is skipped because b has m2"
    );
    s.answer(Answer::Bool(true)).unwrap();
    assert!(s.is_done());
    assert_eq!(ids(&t, &s), ["a", "b", "c", "e"]);
}

#[test]
fn back_keeps_answers_and_later_answers_return_when_still_on_the_path() {
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    s.answer(Answer::Choice("y".into())).unwrap();
    s.answer(Answer::Choices(vec!["m1".into()])).unwrap();
    assert!(s.back());
    assert_eq!(s.current().unwrap().id, "b");
    assert_eq!(
        s.current_answer(),
        Some(&Answer::Choices(vec!["m1".into()]))
    );
    assert!(s.back());
    assert!(!s.back(), "nothing before the first question");
    // Taking the other branch drops b from what counts, but keeps it stored.
    s.answer(Answer::Choice("x".into())).unwrap();
    assert!(!s.answered().contains_key("b"));
    assert!(s.all_answers().contains_key("b"));
    // Back again, the first branch: b's answer is still there and counts.
    s.back();
    s.answer(Answer::Choice("y".into())).unwrap();
    s.fast_forward(Gaps::Stop);
    assert_eq!(s.current().unwrap().id, "c");
    assert!(s.answered().contains_key("b"));
}

#[test]
fn every_answer_is_validated_with_the_question_named() {
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    let e = s.answer(Answer::Choice("z".into())).unwrap_err();
    assert_eq!(e.question, "a");
    assert!(e.problem.contains("not an option"), "{e}");
    let e = s.answer(Answer::Text("x".into())).unwrap_err();
    assert!(e.problem.contains("expected one option"), "{e}");
    s.answer(Answer::Choice("y".into())).unwrap();
    let e = s.answer(Answer::Choices(vec![])).unwrap_err();
    assert!(e.problem.contains("at least one"), "{e}");
    s.answer(Answer::Choices(vec!["m1".into()])).unwrap();
    s.answer(Answer::Text("  \x1b[31mhi\r ".into())).unwrap();
    assert_eq!(s.answered()["c"], Answer::Text("[31mhi".into()));
    assert_eq!(s.current().unwrap().id, "d");
    let e = s.answer(Answer::Number(11.0)).unwrap_err();
    assert!(e.problem.contains("above the maximum of 10"), "{e}");
    let e = s.answer(Answer::Number(f64::NAN)).unwrap_err();
    assert!(e.problem.contains("number"), "{e}");
    s.answer(Answer::Number(3.0)).unwrap();
    assert_eq!(s.current().unwrap().id, "e");
}

#[test]
fn required_text_cannot_be_empty_but_optional_text_is_skipped() {
    let t = tree(&BRANCHY.replace("required = false", "required = true"));
    let mut s = Session::new(&t);
    s.answer(Answer::Choice("x".into())).unwrap();
    let e = s.answer(Answer::Text("   ".into())).unwrap_err();
    assert!(e.problem.contains("required"));
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    s.answer(Answer::Choice("x".into())).unwrap();
    s.answer(Answer::Text("   ".into())).unwrap();
    assert_eq!(s.answered()["c"], Answer::Skipped);
}

#[test]
fn a_date_question_takes_a_calendar_date_as_people_write_it() {
    let t = Tree::default_tree().unwrap();
    let q = t
        .question("closes")
        .expect("the default tree asks for a closing date");
    assert!(q.format == crate::tree::TextFormat::Date && !q.required);
    let check = |typed: &str| Answer::Text(typed.into()).validate(q);
    // Stored as YYYY-MM-DD, however it was written.
    for typed in [" 2027-01-31 ", "31/01/2027", "2027-1-31", "31 Jan 2027"] {
        assert_eq!(
            check(typed),
            Ok(Answer::Text("2027-01-31".into())),
            "{typed}"
        );
    }
    assert_eq!(check(""), Ok(Answer::Skipped));
    for wrong in ["2027-02-30", "03/04/2027", "next month", "2027-01-31T12:00"] {
        let e = check(wrong).unwrap_err();
        assert_eq!(e.question, "closes");
        assert!(e.problem.contains("YYYY-MM-DD"), "{wrong}: {e}");
    }
}

#[test]
fn progress_counts_the_path_ahead_and_shrinks_with_branches() {
    let t = tree(BRANCHY);
    let mut s = Session::new(&t);
    assert_eq!(
        s.progress(),
        Progress {
            number: 1,
            total: 5
        }
    );
    s.answer(Answer::Choice("x".into())).unwrap();
    // x jumps over b.
    assert_eq!(
        s.progress(),
        Progress {
            number: 2,
            total: 4
        }
    );
}

#[test]
fn resume_replays_to_the_first_missing_answer_and_goto_returns() {
    let t = tree(BRANCHY);
    let mut answers = Answers::new();
    answers.insert("a".into(), Answer::Choice("y".into()));
    answers.insert("b".into(), Answer::Choices(vec!["m1".into()]));
    let mut s = Session::resume(&t, answers.clone()).unwrap();
    assert_eq!(s.current().unwrap().id, "c");
    assert!(s.goto(QuestionId::new(0)));
    assert_eq!(s.current().unwrap().id, "a");
    assert!(!s.goto(QuestionId::new(3)), "d is not on the path");
    s.fast_forward(Gaps::Stop);
    assert_eq!(s.current().unwrap().id, "c");

    answers.insert("a".into(), Answer::Choice("nope".into()));
    assert!(Session::resume(&t, answers).is_err());
}

#[test]
fn walk_passes_over_unanswered_questions() {
    let t = tree(BRANCHY);
    let mut answers = Answers::new();
    answers.insert("a".into(), Answer::Choice("y".into()));
    answers.insert("e".into(), Answer::Bool(false));
    let walked = Session::walk(&t, &answers);
    // b (required) is passed over; c (optional) counts as skipped.
    assert_eq!(walked.keys().collect::<Vec<_>>(), ["a", "c", "e"]);
    assert_eq!(walked["c"], Answer::Skipped);
}

#[test]
fn the_default_tree_takes_about_twelve_to_twenty_questions_on_any_path() {
    let t = Tree::default_tree().unwrap();
    // Walk every path that option branches can make, answering the first
    // option (or each branching option) everywhere.
    let mut stack = vec![Session::new(&t)];
    let mut lengths = Vec::new();
    while let Some(mut s) = stack.pop() {
        let Some(q) = s.current() else {
            // Questions asked together on one screen count once.
            let path = s.path();
            let screens = (0..path.len())
                .filter(|&i| {
                    let here = &t[path[i]].screen;
                    i == 0 || here.is_none() || *here != t[path[i - 1]].screen
                })
                .count();
            lengths.push(screens);
            continue;
        };
        let answers: Vec<Answer> = match q.kind {
            Kind::Single => q
                .options
                .iter()
                .map(|o| Answer::Choice(o.id.clone()))
                .collect(),
            Kind::Multi => vec![Answer::Choices(vec![q.options[0].id.clone()])],
            Kind::Text => vec![Answer::Text(q.format.example().into())],
            Kind::Number => vec![Answer::Number(q.min.unwrap_or(1.0))],
            Kind::Confirm => vec![Answer::Bool(true), Answer::Bool(false)],
        };
        let branching = q.options.iter().any(|o| o.next.is_some()) || q.kind == Kind::Confirm;
        let take = if branching { answers.len() } else { 1 };
        for a in answers.into_iter().take(take) {
            let mut next = s.clone();
            next.answer(a).unwrap();
            stack.push(next);
        }
        s.back();
    }
    assert!(lengths.len() >= 2, "the default tree branches");
    for l in lengths {
        // About twenty at most: five minutes for a founder.
        assert!((12..=22).contains(&l), "a path of {l} screens");
    }
}

#[test]
fn numbers_are_read_as_people_type_them() {
    use crate::answers::parse_number;
    assert_eq!(parse_number(" 45,000 "), Some(45000.0));
    assert_eq!(parse_number("1,500.5"), Some(1500.5));
    assert_eq!(parse_number("12 000"), Some(12000.0));
    assert_eq!(parse_number("-3"), Some(-3.0));
    assert_eq!(parse_number("1,5"), None, "ambiguous");
    assert_eq!(parse_number("lots"), None);
    assert_eq!(parse_number("inf"), None);
    assert_eq!(parse_number(""), None);
}

#[test]
fn typed_answers_may_not_close_applications_in_the_past() {
    let t = Tree::default_tree().unwrap();
    let text = include_str!("../../examples/answers/growing-two-hires.toml");
    let mut answers =
        crate::answers::parse_file(&t, &crate::diag::Source::new("a.toml", text)).unwrap();
    answers.remove("closes");
    for optional in ["job_title", "region", "hybrid_from", "pay_max"] {
        answers.entry(optional.into()).or_insert(Answer::Skipped);
    }
    let at_closes = || {
        let s = Session::resume(&t, answers.clone()).unwrap();
        assert_eq!(s.current().map(|q| q.id.as_str()), Some("closes"));
        s
    };
    let today = jiff::civil::date(2027, 3, 10);
    let mut typed = at_closes().refusing_past_dates(today);
    let e = typed.answer(Answer::Text("2027-03-09".into())).unwrap_err();
    assert_eq!(e.question, "closes");
    assert!(e.problem.contains("has already passed"), "{e}");
    assert!(e.problem.contains("today is 2027-03-10"), "{e}");
    // The last day may be today.
    typed.answer(Answer::Text("2027-03-10".into())).unwrap();
    // A replayed file keeps its date, whenever it is replayed.
    at_closes()
        .answer(Answer::Text("2000-01-31".into()))
        .unwrap();
}

#[test]
fn questions_that_share_a_screen_are_listed_around_the_current_one() {
    let t = Tree::default_tree().unwrap();
    let text = include_str!("../../examples/answers/plant-shop.toml");
    let mut answers =
        crate::answers::parse_file(&t, &crate::diag::Source::new("a.toml", text)).unwrap();
    for later in [
        "pay_min",
        "pay_max",
        "pay_currency",
        "pay_period",
        "apply",
        "closes",
    ] {
        answers.remove(later);
    }
    answers.insert("job_title".into(), Answer::Skipped);
    answers.insert("region".into(), Answer::Skipped);
    let s = Session::resume(&t, answers).unwrap();
    assert_eq!(s.current().map(|q| q.id.as_str()), Some("pay_min"));
    let ids =
        |v: Vec<QuestionId>| -> Vec<String> { v.into_iter().map(|i| t[i].id.clone()).collect() };
    assert_eq!(ids(s.earlier_on_screen()), ["pay"]);
    assert_eq!(
        ids(s.later_on_screen()),
        ["pay_max", "pay_currency", "pay_period"]
    );
    // The first question of a screen has none above it.
    let mut first = s.clone();
    first.back();
    assert!(first.earlier_on_screen().is_empty());
    assert_eq!(first.later_on_screen().len(), 4);
}

#[test]
fn the_fields_listed_below_follow_the_option_under_the_cursor() {
    let t = Tree::default_tree().unwrap();
    let text = include_str!("../../examples/answers/plant-shop.toml");
    let mut answers =
        crate::answers::parse_file(&t, &crate::diag::Source::new("a.toml", text)).unwrap();
    for later in [
        "work_mode",
        "city",
        "region",
        "country",
        "location_note",
        "pay",
        "pay_min",
        "pay_max",
        "pay_currency",
        "pay_period",
        "apply",
        "closes",
    ] {
        answers.remove(later);
    }
    answers.insert("job_title".into(), Answer::Skipped);
    let s = Session::resume(&t, answers).unwrap();
    assert_eq!(s.current().map(|q| q.id.as_str()), Some("work_mode"));
    let ids = |pending: &str| -> Vec<String> {
        (s.later_on_screen_if(Some(&Answer::Choice(pending.into())))
            .into_iter())
        .map(|i| t[i].id.clone())
        .collect()
    };
    assert_eq!(ids("remote"), ["applicants_in", "location_note"]);
    assert_eq!(
        ids("hybrid"),
        ["city", "region", "country", "hybrid_from", "location_note"]
    );
    assert_eq!(
        ids("either"),
        [
            "city",
            "region",
            "country",
            "applicants_in",
            "location_note"
        ]
    );
    // With nothing under the cursor, every field that may come is listed.
    assert_eq!(s.later_on_screen().len(), 6);
}

#[test]
fn the_top_of_a_range_may_not_be_below_its_bottom() {
    let t = Tree::default_tree().unwrap();
    let text = include_str!("../../examples/answers/charity-followers-for-retention.toml");
    let mut answers =
        crate::answers::parse_file(&t, &crate::diag::Source::new("a.toml", text)).unwrap();
    answers.remove("pay_max");
    for optional in ["job_title", "region", "location_note"] {
        answers.entry(optional.into()).or_insert(Answer::Skipped);
    }
    let mut s = Session::resume(&t, answers).unwrap();
    assert_eq!(s.current().map(|q| q.id.as_str()), Some("pay_max"));
    let e = s.answer(Answer::Text("29k".into())).unwrap_err();
    assert!(
        e.problem.contains("29,000 is below") && e.problem.contains("30,000"),
        "{e}"
    );
    s.answer(Answer::Text("34k".into())).unwrap();
}

#[test]
fn resumed_answers_are_kept_as_validated() {
    let t = tree(BRANCHY);
    let mut answers = Answers::new();
    answers.insert("a".into(), Answer::Choice("y".into()));
    // Repeats dropped and the tree's order, as a typed answer would be.
    answers.insert(
        "b".into(),
        Answer::Choices(vec!["m2".into(), "m1".into(), "m2".into()]),
    );
    answers.insert("c".into(), Answer::Text("  \x1b[31mhi\r ".into()));
    let s = Session::resume(&t, answers).unwrap();
    assert_eq!(s.answered()["c"], Answer::Text("[31mhi".into()));
    assert_eq!(s.all_answers()["c"], Answer::Text("[31mhi".into()));
    assert_eq!(
        s.answered()["b"],
        Answer::Choices(vec!["m1".into(), "m2".into()])
    );
}

/// The walk as it reads without the kept shares: the verdict for a skip
/// condition worked out afresh from the answers so far.
fn walk_afresh(tree: &Tree, answers: &Answers) -> Answers {
    let mut on_path = Answers::new();
    let mut at = tree.start;
    while let Next::Question(qi) = at {
        let q = &tree[qi];
        if q.skip_if.as_ref().is_some_and(|c| skips(tree, c, &on_path)) {
            at = q.next;
            continue;
        }
        match answers.get(&q.id) {
            Some(a) => {
                on_path.insert(q.id.clone(), a.clone());
                at = next_of(q, a);
            }
            None => {
                if !q.required {
                    on_path.insert(q.id.clone(), Answer::Skipped);
                }
                at = q.next;
            }
        }
    }
    on_path
}

#[test]
fn the_walk_with_kept_shares_takes_the_path_and_scores_of_a_fresh_one() {
    let b = crate::builtin::load().expect("the built-in data checks");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("the examples") {
        let path = entry.expect("an entry").path();
        let text = std::fs::read_to_string(&path).expect("readable");
        let src = Source::new(path.display().to_string(), &text);
        let answers = crate::answers::parse_file(&b.tree, &src).expect("a valid example");
        let walked = Walk::through(&b.tree, &answers);
        assert_eq!(walked.on_path, walk_afresh(&b.tree, &answers), "{path:?}");
        assert_eq!(
            walked.scores(&b.tree),
            Scores::of(&b.tree, &walked.on_path),
            "{path:?}"
        );
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} examples");
}

/// a (single) weighs toward s or c; b is asked only while the verdict is
/// "vs"; c (single) can turn the verdict; d, like b, only under "vs".
const VERDICT_SKIPS: &str = r#"
[[outcomes]]
id = "s"
[[outcomes]]
id = "c"
[[verdicts]]
id = "vs"
label = "S"
when = { leader = "s" }
[[verdicts]]
id = "vc"
label = "C"

[[questions]]
id = "a"
kind = "single"
prompt = "A?"
[[questions.options]]
id = "x"
label = "X"
weights = { s = 2 }
[[questions.options]]
id = "y"
label = "Y"
weights = { c = 2 }

[[questions]]
id = "b"
kind = "text"
prompt = "B?"
required = false
skip_if = { not = { verdict = ["vs"] } }

[[questions]]
id = "c"
kind = "single"
prompt = "C?"
[[questions.options]]
id = "x"
label = "X"
[[questions.options]]
id = "y"
label = "Y"
weights = { c = 5 }

[[questions]]
id = "d"
kind = "text"
prompt = "D?"
required = false
skip_if = { not = { verdict = ["vs"] } }
"#;

#[test]
fn a_verdict_read_by_a_skip_follows_every_answer_taken_before_it() {
    let t = tree(VERDICT_SKIPS);
    let mut answers = Answers::new();
    answers.insert("a".into(), Answer::Choice("x".into()));
    answers.insert("c".into(), Answer::Choice("y".into()));
    let walked = Walk::through(&t, &answers);
    assert_eq!(walked.on_path, walk_afresh(&t, &answers));
    assert!(walked.on_path.contains_key("b"), "asked under vs");
    assert!(
        !walked.on_path.contains_key("d"),
        "c turned the verdict to vc"
    );
}
