//! `hirewise check` on broken trees: each fixture in tests/fixtures/trees has
//! its mistakes, and the real binary must point at each by file, line and
//! column; a snapshot of its whole output per fixture pins that. The rest
//! is what a snapshot does not show: files that cannot be read, other
//! commands given a broken tree, the built-in tree and role data. Also
//! keeps docs/questions.md and docs/example.toml in step.

use crate::support::world;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

const FIXTURES: &str = "tests/fixtures/trees";

fn hirewise() -> Command {
    let mut cmd = Command::from_std(world::hirewise(
        &std::env::temp_dir().join("hirewise-check-tests"),
    ));
    // Relative paths, so that messages name files as a user would type them.
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}.toml")
}

/// Run `hirewise check` on a fixture; it must fail with exit code 2 and
/// without a panic. Returns stderr.
fn check_fails(name: &str) -> String {
    let out = hirewise()
        .arg("check")
        .arg(fixture(name))
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// (line, column, message) of every error in `stderr` about `file`.
fn errors(file: &str, stderr: &str) -> Vec<(usize, usize, String)> {
    let prefix = format!("{file}:");
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix(&prefix))
        .filter_map(|rest| {
            let (line, rest) = rest.split_once(':')?;
            let (column, rest) = rest.split_once(':')?;
            let message = rest.strip_prefix(" error: ")?;
            Some((
                line.parse().ok()?,
                column.parse().ok()?,
                message.to_string(),
            ))
        })
        .collect()
}

// ── Files that cannot be read ───────────────────────────────────────────

#[test]
fn a_file_that_does_not_exist() {
    hirewise()
        .args(["check", "tests/fixtures/trees/no-such-tree.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot read tests/fixtures/trees/no-such-tree.toml",
        ))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn a_file_that_is_not_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("latin1.toml");
    // "Café" in Latin-1: 0xE9 is not valid UTF-8.
    std::fs::write(&path, b"[meta]\ntitle = \"Caf\xe9\"\n").expect("write");
    hirewise()
        .arg("check")
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(path.display().to_string()))
        .stderr(predicate::str::contains("not UTF-8"))
        .stderr(predicate::str::contains("panicked").not());
}

// ── Whole runs ──────────────────────────────────────────────────────────

#[test]
fn check_without_a_file_checks_the_built_in_tree() {
    hirewise()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("questions/hiring.toml: ok"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn a_broken_tree_given_with_answers_is_located() {
    hirewise()
        .args(["--questions", &fixture("unknown-kind")])
        .args(["--answers", "examples/answers/consumer-brand-reach.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:37:8: error: unknown question kind `dropdown`",
            fixture("unknown-kind")
        )));
}

// ── Bugs found while writing these tests, one test each ─────────────────

/// A condition whose only key names a missing question or outcome is not
/// empty: the one real mistake must be the only error.
#[test]
fn a_condition_with_an_unknown_reference_is_not_also_called_empty() {
    for name in ["cond-unknown-question", "cond-unknown-outcome"] {
        let stderr = check_fails(name);
        assert!(!stderr.contains("empty condition"), "{stderr}");
        assert_eq!(errors(&fixture(name), &stderr).len(), 1, "{stderr}");
    }
}

/// A tree that `check` rejects must not load with `--questions` either: a
/// verdict naming an unknown role used to fail only once that verdict was
/// reached, with exit code 1 and no line.
#[test]
fn an_unknown_role_stops_a_tree_given_with_questions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("answers.toml");
    // `keep` leads to the `community` verdict, whose role is `nobody`.
    std::fs::write(&answers, "goal = \"keep\"\nname = \"Acme\"\n").expect("write");
    hirewise()
        .args(["--questions", &fixture("verdict-unknown-role")])
        .arg("--answers")
        .arg(&answers)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:18:10: error:",
            fixture("verdict-unknown-role")
        )));
}

/// Errors in an answers file come out sorted by line, like the checker's,
/// not in the alphabetical order of their keys.
#[test]
fn answers_file_errors_are_sorted_by_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("answers.toml");
    std::fs::write(&answers, "zebra = 1\ngoal = \"rech\"\napple = 2\n").expect("write");
    let out = hirewise()
        .args(["--questions", "docs/example.toml"])
        .arg("--answers")
        .arg(&answers)
        .assert()
        .code(2)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    let file = answers.display().to_string();
    let lines: Vec<usize> = errors(&file, &stderr.replace("hirewise: ", ""))
        .iter()
        .map(|e| e.0)
        .collect();
    assert_eq!(lines, [1, 2, 3], "{stderr}");
}

// ── The documentation ───────────────────────────────────────────────────

const DOC: &str = "docs/questions.md";
const EXAMPLE: &str = "docs/example.toml";
/// The line in the doc that comes just before the full example.
const EXAMPLE_MARK: &str = "<!-- docs/example.toml -->";

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every ```toml block in a Markdown text, with the line before its fence.
fn toml_blocks(md: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut before = "";
    let mut lines = md.lines();
    while let Some(line) = lines.next() {
        if line.trim_end() == "```toml" {
            let mut body = String::new();
            for l in lines.by_ref() {
                if l.trim_end() == "```" {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            out.push((before.to_string(), body));
        } else if !line.trim().is_empty() {
            before = line;
        }
    }
    out
}

#[test]
fn the_example_tree_passes_check() {
    hirewise()
        .args(["check", EXAMPLE])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "docs/example.toml: ok, 6 questions",
        ));
}

#[test]
fn the_doc_shows_the_example_tree_exactly() {
    let blocks = toml_blocks(&read(DOC));
    let shown: Vec<&String> = blocks
        .iter()
        .filter(|(before, _)| before.trim() == EXAMPLE_MARK)
        .map(|(_, body)| body)
        .collect();
    assert_eq!(shown.len(), 1, "one block after {EXAMPLE_MARK} in {DOC}");
    assert!(
        *shown[0] == read(EXAMPLE),
        "the example in {DOC} differs from {EXAMPLE}; copy one onto the other"
    );
}

#[test]
fn every_toml_snippet_in_the_doc_is_valid_toml() {
    for (before, body) in toml_blocks(&read(DOC)) {
        if let Err(e) = toml::from_str::<toml::Table>(&body) {
            panic!("a ```toml block in {DOC} (after {before:?}) is not TOML: {e}\n{body}");
        }
    }
}

#[test]
fn the_example_answers_give_the_advice_the_doc_describes() {
    hirewise()
        .args(["--questions", EXAMPLE])
        .args(["--answers", "docs/example-answers.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Recommendation: One hybrid hire (confidence: high)",
        ))
        .stderr(predicate::str::contains(
            "The list includes video editing and graphic design",
        ))
        .stderr(predicate::str::contains("16 hours a week leaves time"));
}

#[test]
fn weights_that_change_nothing_are_warnings_not_errors() {
    let file = fixture("weights_make_no_difference");
    let out = hirewise()
        .arg("check")
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    // The warnings themselves, at their places, are in the fixture's
    // snapshot; the count is on stdout, which the snapshot leaves out.
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 warning(s)"));
}

#[test]
fn ids_are_plain_words_so_no_escape_reaches_a_template() {
    let stderr = check_fails("id_with_escape");
    assert!(!stderr.contains('\x1b'), "{stderr}");
}

/// The built-in role data, with `extra` added to posting.toml, checked
/// against the built-in tree: every problem, as `check` would print it.
fn role_data_problems(extra: &str) -> Vec<String> {
    let tree = hirewise_core::tree::Tree::default_tree().expect("the built-in tree");
    let mut sources = hirewise_core::builtin::role_sources();
    let at = sources
        .iter()
        .position(|s| s.name == "questions/posting.toml")
        .expect("posting.toml");
    let text = format!("{}\n{extra}", sources[at].text);
    sources[at] = hirewise_core::diag::Source::new("questions/posting.toml", text);
    match hirewise_core::posting::RoleData::load(&sources, &tree) {
        Ok(_) => Vec::new(),
        Err(diags) => diags.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_role_data_is_checked_against_the_tree_at_its_own_place() {
    let base = hirewise_core::builtin::role_sources()
        .iter()
        .find(|s| s.name == "questions/posting.toml")
        .map(|s| s.text.lines().count())
        .expect("posting.toml");
    let line = base + 4;
    for (extra, says) in [
        (
            "[[lines]]\nsection = \"duties\"\nroles = [\"social\"]\nwhen = { question = \"platforms\", is = [\"myspace\"] }\ntext = \"x\"\n",
            "question `platforms` has no option `myspace`",
        ),
        (
            "[[lines]]\nsection = \"duties\"\nroles = [\"social\"]\nwhen = { question = \"plattforms\", answered = true }\ntext = \"x\"\n",
            "names a question that does not exist: `plattforms`",
        ),
        (
            "[[lines]]\nsection = \"duties\"\nroles = [\"social\"]\nwhen = { hiring = \"ghost\" }\ntext = \"x\"\n",
            "`hiring` names an unknown role `ghost`",
        ),
        (
            "[[lines]]\nsection = \"duties\"\nroles = [\"social\"]\nwhen = { question = \"goal\", answered = true }\ntext = \"Grow {wrok:count}.\"\n",
            "`{wrok:count}` names no question and no word",
        ),
        (
            "[[lines]]\nsection = \"duties\"\nroles = [\"social\"]\nwhen = { question = \"goal\", is = [\"reach\"], is_not = [\"reach\"] }\ntext = \"x\"\n",
            "can never hold",
        ),
    ] {
        let problems = role_data_problems(extra);
        let hit = problems
            .iter()
            .find(|p| p.contains(says))
            .unwrap_or_else(|| panic!("{says:?} not reported: {problems:?}"));
        let at: usize = hit
            .split(':')
            .nth(1)
            .and_then(|l| l.parse().ok())
            .expect("a line number");
        assert!(
            (line..=line + 2).contains(&at),
            "at the line it stands on ({line} to {}): {hit}",
            line + 2
        );
    }
    let unknown_role =
        role_data_problems("[[lines]]\nsection = \"duties\"\nroles = [\"ghost\"]\ntext = \"x\"\n");
    assert!(
        unknown_role
            .iter()
            .any(|p| p.contains("unknown role `ghost`")),
        "{unknown_role:?}"
    );
    for (lead, says) in [
        ("{ from = \"wrok\" }", "unknown question `wrok`"),
        (
            "{ from = \"work\", when = { question = \"budget\", is = [\"part_tme\"] } }",
            "question `budget` has no option `part_tme`",
        ),
    ] {
        let extra = format!("[[sections]]\nid = \"perks\"\nheading = \"Perks\"\nlead = {lead}\n");
        let problems = role_data_problems(&extra);
        assert!(
            problems.iter().any(|p| p.contains(says)),
            "{says}: {problems:?}"
        );
    }
    let unknown_section = role_data_problems("[[lines]]\nsection = \"perks\"\ntext = \"x\"\n");
    assert!(
        unknown_section
            .iter()
            .any(|p| p.contains("unknown section `perks`")),
        "{unknown_section:?}"
    );
}

/// What `hirewise check` says about each tree in the fixtures, whole:
/// the exit code, and every diagnostic with its file, line and column in
/// the order a user reads them.
///
/// Each place is the thing to fix: a string never closed at the end of
/// its line, a missing `prompt` or a last verdict's `when` at the table's
/// header, a loop at the question that leads back, an unknown outcome,
/// role or option at its own name (inside a step's `when` too), a wrong
/// test at the condition, a missing start question at `start` rather than
/// at a `next`, a too-deep table header at its line rather than at 1:1.
#[test]
fn check_output_for_every_fixture_tree() {
    insta::glob!("../fixtures/trees", "*.toml", |path| {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("name");
        let out = hirewise()
            .arg("check")
            .arg(fixture(name))
            .output()
            .expect("runs");
        let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
        let code = out.status.code().expect("exits, not killed");
        insta::assert_snapshot!(format!("exit code {code}\n{stderr}"));
    });
}
