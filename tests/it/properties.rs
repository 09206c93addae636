//! Property tests: random and mangled input for the tree loader and
//! checker, the answers-file reader and the session. No input may panic,
//! and every rejection must come with a place in the file.

use hirewise_core::answers::{self, Answer};
use hirewise_core::diag::Source;
use hirewise_core::session::Session;
use hirewise_core::tree::{DEFAULT_TREE, Kind, Tree};
use proptest::prelude::*;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Every diagnostic points inside the file (or at its first line).
fn assert_located(src: &Source, diags: &[hirewise_core::diag::Diagnostic]) {
    let lines = src.text.lines().count().max(1) + 1;
    for d in diags {
        assert!(
            d.line >= 1 && d.line <= lines,
            "{d} is outside the file ({lines} lines)"
        );
        assert!(d.column >= 1, "{d}");
        assert_eq!(d.file, src.name);
    }
}

/// The default tree with one edit: a line removed, repeated or changed.
fn mangled_tree() -> impl Strategy<Value = String> {
    let lines: Vec<String> = DEFAULT_TREE.lines().map(str::to_string).collect();
    let n = lines.len();
    (0..n, 0..3u8, any::<char>(), 0..40usize).prop_map(move |(at, how, c, col)| {
        let mut l = lines.clone();
        match how {
            0 => {
                l.remove(at);
            }
            1 => {
                let dup = l[at].clone();
                l.insert(at, dup);
            }
            _ => {
                let mut chars: Vec<char> = l[at].chars().collect();
                let i = col.min(chars.len());
                chars.insert(i, c);
                l[at] = chars.into_iter().collect();
            }
        }
        l.join("\n")
    })
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn any_text_loads_or_fails_with_a_place(text in ".{0,400}") {
        let src = Source::new("random.toml", text);
        let diags = Tree::check(&src);
        assert_located(&src, &diags);
        if let Err(e) = Tree::parse(&src) {
            assert!(e.errors() > 0);
            assert_located(&src, &e.0);
        }
    }

    #[test]
    fn a_mangled_default_tree_is_checked_without_panic(text in mangled_tree()) {
        let src = Source::new("mangled.toml", text);
        let diags = Tree::check(&src);
        assert_located(&src, &diags);
        // Whatever still loads can be walked to the end.
        if let Ok(tree) = Tree::parse(&src) {
            let mut s = Session::new(&tree);
            let mut steps = 0;
            while let Some(q) = s.current() {
                let a = match q.kind {
                    Kind::Single => Answer::Choice(q.options[0].id.clone()),
                    Kind::Multi => Answer::Choices(vec![q.options[0].id.clone()]),
                    Kind::Text => Answer::Text("x".into()),
                    Kind::Number => Answer::Number(q.min.unwrap_or(0.0)),
                    Kind::Confirm => Answer::Bool(true),
                };
                if s.answer(a).is_err() {
                    break;
                }
                steps += 1;
                prop_assert!(steps <= tree.questions.len());
            }
        }
    }
}

/// A value for an answers file: sometimes right for the question, often not.
fn answer_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z_]{1,12}".prop_map(|s| format!("\"{s}\"")),
        proptest::collection::vec("[a-z_]{1,10}", 0..4).prop_map(|v| format!(
            "[{}]",
            v.iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|f| format!("{f:?}").replace("inf", "inf").replace("NaN", "nan")),
        any::<bool>().prop_map(|b| b.to_string()),
        ".{0,20}".prop_map(|s| format!("{s:?}")),
        Just("{ a = 1 }".to_string()),
    ]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn answers_files_are_read_or_rejected_with_a_place(
        entries in proptest::collection::vec((0..25usize, answer_value()), 0..20)
    ) {
        let tree = Tree::default_tree().expect("tree");
        let mut text = String::new();
        for (q, v) in &entries {
            let id = tree.questions.get(*q).map_or("not_a_question", |q| q.id.as_str());
            text.push_str(&format!("{id} = {v}\n"));
        }
        let src = Source::new("answers.toml", text);
        match answers::parse_file(&tree, &src) {
            Ok(a) => {
                // Whatever was accepted replays without error.
                Session::resume(&tree, a).expect("accepted answers replay");
            }
            Err(e) => assert_located(&src, &e.0),
        }
    }
}

#[derive(Debug, Clone)]
enum Step {
    /// Answer with the option at this index (modulo), or a typed value.
    Pick(usize),
    Many(Vec<usize>),
    Type(String),
    Number(f64),
    Back,
    Goto(usize),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..10usize).prop_map(Step::Pick),
        2 => proptest::collection::vec(0..20usize, 0..5).prop_map(Step::Many),
        1 => ".{0,30}".prop_map(Step::Type),
        1 => any::<f64>().prop_map(Step::Number),
        2 => Just(Step::Back),
        1 => (0..30usize).prop_map(Step::Goto),
    ]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn random_answers_and_back_steps_keep_the_session_consistent(steps in proptest::collection::vec(step(), 0..80)) {
        let tree = Tree::default_tree().expect("tree");
        let mut s = Session::new(&tree);
        for st in steps {
            let Some(q) = s.current() else {
                if matches!(st, Step::Back) {
                    s.back();
                }
                continue;
            };
            let before = s.path().len();
            let result = match st {
                Step::Pick(i) => match q.kind {
                    Kind::Confirm => s.answer(Answer::Bool(i % 2 == 0)),
                    _ if q.options.is_empty() => s.answer(Answer::Text(format!("answer {i}"))),
                    _ => s.answer(Answer::Choice(q.options[i % q.options.len()].id.clone())),
                },
                Step::Many(is) => {
                    let ids = is.iter().filter_map(|i| q.options.get(*i).map(|o| o.id.clone())).collect();
                    s.answer(Answer::Choices(ids))
                }
                Step::Type(t) => s.answer(Answer::Text(t)),
                Step::Number(n) => s.answer(Answer::Number(n)),
                Step::Back => {
                    let moved = s.back();
                    prop_assert_eq!(moved, before > 0);
                    Ok(())
                }
                Step::Goto(i) => {
                    if let Some(q) = tree.question_ids().nth(i) {
                        s.goto(q);
                    }
                    Ok(())
                }
            };
            if result.is_err() {
                prop_assert_eq!(s.path().len(), before, "a rejected answer changes nothing");
            }
            // The answers that count are exactly those on the path, and valid.
            let answered = s.answered();
            prop_assert_eq!(answered.len(), s.path().len());
            for &qi in s.path() {
                let q = &tree[qi];
                let a = answered.get(&q.id).expect("on the path");
                prop_assert!(a.clone().validate(q).is_ok());
            }
            let p = s.progress();
            prop_assert_eq!(p.number, s.path().len() + 1);
            prop_assert!(p.total >= s.path().len());
        }
        // Whatever state it ended in, deciding works.
        let rec = hirewise_core::decide::decide(&tree, s.answered());
        prop_assert!(tree.verdicts.iter().any(|v| v.id == rec.verdict));
    }
}

/// Every diagnostic names a line and a column that exist in the file, and
/// says them in its first words, `file:line:column:`.
fn assert_at_a_real_place(src: &Source, diags: &[hirewise_core::diag::Diagnostic]) {
    let lines: Vec<&str> = src.text.split('\n').collect();
    for d in diags {
        let line = lines.get(d.line - 1).copied();
        let width = line.map_or(0, |l| l.chars().count());
        assert!(
            line.is_some() && d.column >= 1 && d.column <= width + 1,
            "{d} is not a place in the file"
        );
        let place = format!("{}:{}:{}: ", src.name, d.line, d.column);
        assert!(d.to_string().starts_with(&place), "{d}");
    }
}

/// Every place in a TOML table where a value sits, as a path of keys.
fn value_paths(t: &toml::Table, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for (k, v) in t {
        let mut path = prefix.to_vec();
        path.push(k.clone());
        out.push(path.clone());
        match v {
            toml::Value::Table(inner) => value_paths(inner, &path, out),
            toml::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let toml::Value::Table(inner) = item {
                        let mut at = path.clone();
                        at.push(format!("#{i}"));
                        value_paths(inner, &at, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The value at `path` in `t`, to replace or remove.
fn edit_at(t: &mut toml::Table, path: &[String], new: Option<toml::Value>) {
    let Some((last, init)) = path.split_last() else {
        return;
    };
    let mut here = t;
    let mut steps = init.iter().peekable();
    while let Some(k) = steps.next() {
        let next = match steps.peek() {
            Some(i) if i.starts_with('#') => {
                let i: usize = i[1..].parse().unwrap_or(0);
                steps.next();
                here.get_mut(k)
                    .and_then(|v| v.as_array_mut())
                    .and_then(|a| a.get_mut(i))
                    .and_then(|v| v.as_table_mut())
            }
            _ => here.get_mut(k).and_then(|v| v.as_table_mut()),
        };
        match next {
            Some(n) => here = n,
            None => return,
        }
    }
    match new {
        Some(v) => {
            here.insert(last.clone(), v);
        }
        None => {
            here.remove(last);
        }
    }
}

/// A TOML value of any type, nested a little.
fn toml_value() -> impl Strategy<Value = toml::Value> {
    let leaf = prop_oneof![
        ".{0,12}".prop_map(toml::Value::String),
        "[a-z_]{1,10}".prop_map(toml::Value::String),
        any::<i64>().prop_map(toml::Value::Integer),
        any::<f64>().prop_map(toml::Value::Float),
        any::<bool>().prop_map(toml::Value::Boolean),
        Just(toml::Value::Datetime("2027-01-31".parse().expect("a date"))),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..3)
                .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
        ]
    })
}

const EXAMPLE_TREE: &str = include_str!("../../docs/example.toml");
const EXAMPLE_ANSWERS: &str = include_str!("../../examples/answers/small-shop-hybrid.toml");

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_tree_with_any_value_changed_or_removed_is_checked_without_panic(
        edits in proptest::collection::vec(
            (any::<prop::sample::Index>(), proptest::option::weighted(0.8, toml_value())),
            1..4,
        )
    ) {
        let mut table: toml::Table = toml::from_str(EXAMPLE_TREE).expect("the example parses");
        for (at, new) in edits {
            let mut paths = Vec::new();
            value_paths(&table, &[], &mut paths);
            if paths.is_empty() {
                break;
            }
            let path = paths[at.index(paths.len())].clone();
            edit_at(&mut table, &path, new);
        }
        let Ok(text) = toml::to_string(&table) else {
            return Ok(());
        };
        let src = Source::new("edited.toml", text);
        let (tree, diags) = Tree::load(&src);
        assert_at_a_real_place(&src, &diags);
        prop_assert_eq!(tree.is_some(), !diags.iter().any(|d| d.is_error()));
    }

    #[test]
    fn any_answers_text_is_read_or_rejected_at_a_line_and_column(text in "(?s).{0,300}") {
        let tree = Tree::default_tree().expect("tree");
        let src = Source::new("answers.toml", text);
        if let Err(e) = answers::parse_file(&tree, &src) {
            prop_assert!(e.errors() > 0);
            assert_at_a_real_place(&src, &e.0);
        }
    }

    #[test]
    fn a_mangled_answers_file_is_read_or_rejected_at_a_line_and_column(
        at in any::<prop::sample::Index>(),
        how in 0..3u8,
        c in any::<char>(),
    ) {
        let tree = Tree::default_tree().expect("tree");
        let mut chars: Vec<char> = EXAMPLE_ANSWERS.chars().collect();
        let i = at.index(chars.len());
        match how {
            0 => {
                chars.remove(i);
            }
            1 => chars.insert(i, c),
            _ => chars[i] = c,
        }
        let src = Source::new("answers.toml", chars.into_iter().collect::<String>());
        match answers::parse_file(&tree, &src) {
            Ok(a) => {
                Session::resume(&tree, a).expect("accepted answers replay");
            }
            Err(e) => assert_at_a_real_place(&src, &e.0),
        }
    }
}
