use super::*;
use crate::diag::Source;

const TREE: &str = r#"
[decision]
balance = 0.3
min_evidence = 4

[[outcomes]]
id = "social"
label = "Social"
first_because = "reach first"
[[outcomes]]
id = "community"
label = "Community"
first_because = "keep first"

[[verdicts]]
id = "both_two"
label = "Both, two people"
roles = ["social", "community"]
when = { balanced = true, question = "budget", is = ["two"] }
[[verdicts]]
id = "both_one"
label = "Both, one person"
roles = ["hybrid"]
when = { balanced = true }
[[verdicts]]
id = "social"
label = "Social"
roles = ["social"]
then = [
  "Always shown.",
  { text = "Design too, among {work:count}.", when = { question = "work", is = ["design"] } },
]
when = { leader = "social" }
[[verdicts]]
id = "community"
label = "Community"
roles = ["community"]

[[questions]]
id = "goal"
kind = "single"
prompt = "Goal?"
[[questions.options]]
id = "reach"
label = "Reach"
weights = { social = 6 }
reason = "reach is social"
[[questions.options]]
id = "keep"
label = "Keep"
weights = { community = 6 }
reason = "keeping is community"
[[questions.options]]
id = "both"
label = "Both"
weights = { social = 3, community = 3 }
reason = "both"

[[questions]]
id = "work"
kind = "multi"
prompt = "Work?"
[[questions.options]]
id = "posts"
label = "Posts"
weights = { social = 1 }
reason = "posts"
[[questions.options]]
id = "events"
label = "Events"
weights = { community = 1 }
reason = "events"
[[questions.options]]
id = "design"
label = "Graphic design"
tags = ["career"]
[[questions.options]]
id = "video"
label = "Video"
tags = ["career"]

[[questions]]
id = "budget"
kind = "single"
prompt = "Budget?"
[[questions.options]]
id = "one"
label = "One"
[[questions.options]]
id = "two"
label = "Two"

[[warnings]]
id = "unicorn"
when = { question = "work", tagged = "career", selected_at_least = 2 }
message = "Too much: {work:career}."
instead = "Drop some of {work}."
"#;

fn tree() -> Tree {
    Tree::parse(&Source::new("t.toml", TREE)).expect("valid")
}

fn answers(goal: &str, work: &[&str], budget: &str) -> Answers {
    let mut a = Answers::new();
    a.insert("goal".into(), Answer::Choice(goal.into()));
    a.insert(
        "work".into(),
        Answer::Choices(work.iter().map(|s| s.to_string()).collect()),
    );
    a.insert("budget".into(), Answer::Choice(budget.into()));
    a
}

#[test]
fn each_verdict_follows_from_the_scores_and_rules() {
    let t = tree();
    assert_eq!(
        decide(&t, &answers("reach", &["posts"], "one")).verdict,
        "social"
    );
    assert_eq!(
        decide(&t, &answers("keep", &["events"], "one")).verdict,
        "community"
    );
    assert_eq!(decide(&t, &answers("both", &[], "one")).verdict, "both_one");
    let two = decide(&t, &answers("both", &["events"], "two"));
    assert_eq!(two.verdict, "both_two");
    // Community leads (3+1 against 3), so it is hired first and listed first.
    assert_eq!(two.roles, ["community", "social"]);
    assert_eq!(two.hire_first.as_deref(), Some("community"));
    assert_eq!(two.hire_first_because, "keep first");
}

#[test]
fn one_role_verdicts_name_no_first_hire() {
    let t = tree();
    let rec = decide(&t, &answers("reach", &[], "two"));
    assert_eq!(rec.hire_first, None);
    assert_eq!(rec.scores[0].share, 1.0);
    assert_eq!(rec.scores[1].points, 0.0);
}

#[test]
fn reasons_are_ordered_by_influence_and_name_the_answer() {
    let t = tree();
    let rec = decide(&t, &answers("reach", &["events", "posts"], "one"));
    let got: Vec<(&str, &str, &str)> = rec
        .reasons
        .iter()
        .map(|r| (r.question.as_str(), r.answer.as_str(), r.toward.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("goal", "Reach", "social"),
            ("work", "Posts", "social"),
            ("work", "Events", "community")
        ]
    );
    assert_eq!(rec.reasons[0].text, "reach is social");
    assert_eq!(
        rec.reasons[0].weights,
        [("social".to_string(), 6.0), ("community".to_string(), 0.0)]
    );
}

#[test]
fn changes_list_exactly_the_single_answers_that_flip_the_verdict() {
    let t = tree();
    let rec = decide(&t, &answers("both", &["design"], "one"));
    assert_eq!(rec.verdict, "both_one");
    let got: Vec<(&str, &str, &str)> = rec
        .changes
        .iter()
        .map(|c| (c.question.as_str(), c.to.as_str(), c.verdict.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("goal", "Reach", "social"),
            ("goal", "Keep", "community"),
            ("budget", "Two", "both_two"),
        ]
    );
    // A clear verdict that one more task cannot move has no such change in work.
    let rec = decide(&t, &answers("reach", &["posts"], "one"));
    assert!(
        rec.changes.iter().all(|c| c.question == "goal"),
        "{:?}",
        rec.changes
    );
}

#[test]
fn confidence_is_high_far_from_the_line_and_low_near_it() {
    let t = tree();
    let far = decide(&t, &answers("reach", &["posts"], "one"));
    let near = decide(&t, &answers("both", &["posts", "events"], "one"));
    let edge = decide(&t, &answers("keep", &["posts", "events"], "one"));
    assert_eq!(far.confidence_label, "high");
    assert_eq!(
        near.confidence_label, "high",
        "dead level is a clear 'both'"
    );
    assert!(edge.confidence < far.confidence);
    // Little evidence lowers confidence whatever the shares.
    let thin = decide(&t, &Answers::new());
    assert_eq!(thin.confidence_label, "low");
    assert_eq!(thin.confidence, 0.0);
}

#[test]
fn warnings_fire_on_their_conditions_and_fill_placeholders() {
    let t = tree();
    let rec = decide(&t, &answers("reach", &["design", "posts"], "one"));
    assert!(rec.warnings.is_empty());
    let rec = decide(&t, &answers("reach", &["posts", "design", "video"], "one"));
    assert_eq!(rec.warnings.len(), 1);
    assert_eq!(
        rec.warnings[0].message,
        "Too much: graphic design and video."
    );
    assert_eq!(
        rec.warnings[0].instead,
        "Drop some of posts, graphic design and video."
    );
}

#[test]
fn next_steps_show_only_when_their_condition_holds() {
    let t = tree();
    let rec = decide(&t, &answers("reach", &["posts"], "one"));
    assert_eq!(rec.then, ["Always shown."]);
    let rec = decide(&t, &answers("reach", &["posts", "design"], "one"));
    assert_eq!(rec.then, ["Always shown.", "Design too, among 2."]);
}

#[test]
fn decide_is_deterministic() {
    let t = tree();
    let a = answers("both", &["events", "design"], "two");
    assert_eq!(decide(&t, &a), decide(&t, &a));
}

#[test]
fn fill_leaves_unknown_placeholders_and_drops_unanswered_ones() {
    use crate::fill::Template;
    use crate::say::fill;
    let t = tree();
    let a = answers("reach", &[], "one");
    let tpl = |s: &str| Template::parse(s).expect("a template");
    assert_eq!(
        fill(&t, &tpl("{goal} / {nope} / {{"), &a),
        "Reach / {nope} / {"
    );
    let mut b = a.clone();
    b.remove("goal");
    assert_eq!(fill(&t, &tpl("[{goal}]"), &b), "[]");
}

/// What would change the verdict, worked out the slow way: every changed
/// answer walks the whole path again.
fn changes_by_walking(tree: &Tree, answers: &Answers, current: VerdictId) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for q in &tree.questions {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        let alternatives: Vec<Answer> = match a {
            Answer::Choice(c) => (q.options.iter())
                .filter(|o| &o.id != c)
                .map(|o| Answer::Choice(o.id.clone()))
                .collect(),
            Answer::Bool(b) => vec![Answer::Bool(!b)],
            Answer::Choices(cs) => (q.options.iter())
                .map(|o| {
                    let mut next = cs.clone();
                    match next.iter().position(|c| c == &o.id) {
                        Some(p) => drop(next.remove(p)),
                        None => next.push(o.id.clone()),
                    }
                    Answer::Choices(next)
                })
                .collect(),
            _ => continue,
        };
        for alt in alternatives {
            let mut changed = answers.clone();
            changed.insert(q.id.clone(), alt);
            let (v, _) = verdict_of(tree, &Session::walk(tree, &changed));
            if v != current {
                out.push((q.id.clone(), tree[v].id.clone()));
            }
        }
    }
    out
}

#[test]
fn changes_match_walking_the_path_again_for_every_scenario() {
    let tree = Tree::default_tree().expect("built-in tree");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/answers");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("examples/answers") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let src = Source::new(path.display().to_string(), text);
        let given = crate::answers::parse_file(&tree, &src).expect("valid answers");
        let answers = Session::walk(&tree, &given);
        let rec = decide(&tree, &answers);
        let current = (tree.verdict_ids())
            .find(|&v| tree[v].id == rec.verdict)
            .expect("known verdict");
        let quick: Vec<(String, String)> = (rec.changes.iter())
            .map(|c| (c.question.clone(), c.verdict.clone()))
            .collect();
        assert_eq!(
            quick,
            changes_by_walking(&tree, &answers, current),
            "{}",
            path.display()
        );
        seen += usize::from(!quick.is_empty());
    }
    assert!(
        seen >= 3,
        "only {seen} scenarios have a change that flips the verdict"
    );
}

#[test]
fn reasons_are_split_into_those_that_lead_and_those_that_pull_away() {
    let tree = Tree::default_tree().expect("built-in tree");
    let text = include_str!("../../examples/answers/bakery-community-on-social.toml");
    let given =
        crate::answers::parse_file(&tree, &Source::new("bakery.toml", text)).expect("answers");
    let rec = decide(&tree, &Session::walk(&tree, &given));
    assert_eq!(rec.verdict, "community");
    let split = rec.reasons_split();
    assert_eq!(
        split.leading.len() + split.against.len() + split.both.len(),
        rec.reasons.len()
    );
    assert!(split.leading.iter().all(|r| r.toward == "community"));
    assert!(!split.against.is_empty() && split.against.iter().all(|r| r.toward == "social"));
    // An answer that points to both roles is never a reason for one.
    assert!(split.both.iter().all(|r| r.toward.is_empty()));
    // With both roles, nothing pulls away.
    let mut both = rec.clone();
    both.roles = vec!["social".into(), "community".into()];
    assert!(both.reasons_split().against.is_empty());
}

#[test]
fn shown_percentages_add_up_to_100() {
    use crate::decide::percents;
    // Rounded one by one, these were shown as 46% and 55%.
    assert_eq!(percents(&[0.4555, 0.5445]), [46, 54]);
    assert_eq!(percents(&[1.0 / 3.0; 3]), [34, 33, 33]);
    assert_eq!(percents(&[0.0, 0.0]), [0, 0]);
    assert_eq!(percents(&[1.0]), [100]);
    for n in 1..12 {
        for k in 0..50 {
            let shares: Vec<f64> = (0..n)
                .map(|i| ((i * 37 + k * 11) % 97) as f64 + 0.5)
                .collect();
            let total: u32 = percents(&shares).iter().sum();
            assert_eq!(total, 100, "{shares:?}");
        }
    }
}

/// "What would change this" never offers a pick beside "None of these":
/// choosing it means it alone, and a pick beside it replaces it.
#[test]
fn a_change_to_an_exclusive_option_takes_it_alone() {
    let text = r#"
[[outcomes]]
id = "social"

[[outcomes]]
id = "community"

[[verdicts]]
id = "social"
label = "Social"
roles = ["social"]
when = { leader = "social" }

[[verdicts]]
id = "community"
label = "Community"
roles = ["community"]

[[questions]]
id = "platforms"
kind = "multi"
prompt = "Where?"

[[questions.options]]
id = "a"
label = "A"
weights = { social = 3 }

[[questions.options]]
id = "b"
label = "B"
weights = { social = 1 }

[[questions.options]]
id = "none"
label = "None of these"
exclusive = true
weights = { community = 2 }
"#;
    let tree = Tree::parse(&Source::new("t.toml", text)).expect("valid");
    let mut answers = Answers::new();
    answers.insert("platforms".into(), Answer::Choices(vec!["a".into()]));
    let rec = decide(&tree, &answers);
    assert_eq!(rec.verdict, "social");
    let to: Vec<&str> = rec.changes.iter().map(|c| c.to.as_str()).collect();
    // Without "A" the required question would have no pick, so it is not
    // offered.
    assert_eq!(to, ["\"None of these\" alone"]);
    assert_eq!(rec.changes[0].points, [0.0, 2.0]);
    // From "None of these", a pick replaces it rather than joining it.
    answers.insert("platforms".into(), Answer::Choices(vec!["none".into()]));
    let rec = decide(&tree, &answers);
    assert_eq!(rec.verdict, "community");
    let changes: Vec<(&str, &[f64])> = (rec.changes.iter())
        .map(|c| (c.to.as_str(), c.points.as_slice()))
        .collect();
    assert_eq!(
        changes,
        [
            ("with \"A\" too", &[3.0, 0.0][..]),
            ("with \"B\" too", &[1.0, 0.0][..])
        ]
    );
}
