//! `hirewise check` on broken trees: each fixture in tests/fixtures/trees has
//! one mistake, and the real binary must point at it by file, line and
//! column. Also keeps docs/questions.md and docs/example.toml in step.

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

/// `hirewise check FIXTURE` reports an error at LINE:COL whose message
/// contains `phrase`.
fn assert_error(name: &str, line: usize, column: usize, phrase: &str) {
    let stderr = check_fails(name);
    let at = format!("{}:{line}:{column}: error:", fixture(name));
    let hit = stderr
        .lines()
        .find(|l| l.starts_with(&at))
        .unwrap_or_else(|| panic!("no error at {at}\n--- stderr ---\n{stderr}"));
    assert!(
        hit.contains(phrase),
        "the error at {at} should mention {phrase:?}\n--- stderr ---\n{stderr}"
    );
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

/// `hirewise check FIXTURE` reports exactly these errors, in this order:
/// (line, column, a phrase of the message).
fn assert_errors(name: &str, want: &[(usize, usize, &str)]) -> String {
    let stderr = check_fails(name);
    let found = errors(&fixture(name), &stderr);
    let at: Vec<(usize, usize)> = found.iter().map(|f| (f.0, f.1)).collect();
    let wanted: Vec<(usize, usize)> = want.iter().map(|w| (w.0, w.1)).collect();
    assert_eq!(at, wanted, "{stderr}");
    for ((_, _, message), (_, _, phrase)) in found.iter().zip(want) {
        assert!(message.contains(phrase), "{message:?} vs {phrase:?}");
    }
    stderr
}

// ── One mistake per fixture ─────────────────────────────────────────────

#[test]
fn toml_syntax_error() {
    // The string that is never closed ends at the end of line 38.
    assert_error("syntax-error", 38, 39, "invalid basic string");
}

#[test]
fn unknown_key() {
    assert_error(
        "unknown-key",
        32,
        1,
        "unknown key `questions[0].options[1].lable`",
    );
}

#[test]
fn unknown_keys_in_two_questions_are_both_reported() {
    let name = "unknown-keys-two-questions";
    let stderr = check_fails(name);
    let found = errors(&fixture(name), &stderr);
    let want = [
        (24, 1, "unknown key `questions[0].hlep`"),
        (40, 1, "unknown key `questions[1].placeholdr`"),
    ];
    assert_eq!(found.len(), want.len(), "{stderr}");
    for ((line, column, message), (l, c, phrase)) in found.iter().zip(want) {
        assert_eq!((*line, *column), (l, c), "{stderr}");
        assert!(message.contains(phrase), "{stderr}");
    }
}

#[test]
fn missing_prompt() {
    // Pointed at the question's [[questions]] header.
    assert_error("missing-prompt", 35, 1, "question has no `prompt`");
}

#[test]
fn duplicate_question_id() {
    assert_error(
        "duplicate-question-id",
        36,
        6,
        "duplicate question id `goal`",
    );
    assert!(check_fails("duplicate-question-id").contains("at line 21"));
}

#[test]
fn duplicate_option_id() {
    assert_error("duplicate-option-id", 31, 6, "duplicate option id `reach`");
}

#[test]
fn next_to_a_missing_question() {
    let stderr = check_fails("next-missing-question");
    assert_error(
        "next-missing-question",
        28,
        8,
        "names a question that does not exist: `nmae`",
    );
    assert!(stderr.contains("did you mean `name`?"), "{stderr}");
}

#[test]
fn cycle() {
    // Reported at the question that leads back.
    assert_error("cycle", 36, 6, "a loop: goal -> name -> goal");
}

#[test]
fn unreachable_question() {
    assert_error(
        "unreachable-question",
        37,
        6,
        "question `name` can never be reached",
    );
}

#[test]
fn single_question_without_options() {
    assert_error("no-options", 21, 6, "single question `goal` has no options");
}

#[test]
fn weight_for_an_unknown_outcome() {
    // At the outcome's name, `comunity`, the thing to fix.
    assert_error(
        "weight-unknown-outcome",
        33,
        13,
        "weight for unknown outcome `comunity`",
    );
}

#[test]
fn condition_names_an_unknown_question() {
    assert_error(
        "cond-unknown-question",
        39,
        24,
        "condition names a question that does not exist: `gaol`",
    );
}

#[test]
fn condition_names_an_unknown_outcome() {
    assert_error(
        "cond-unknown-outcome",
        39,
        22,
        "condition names an unknown outcome `socal`",
    );
}

#[test]
fn condition_names_an_unknown_option() {
    assert_error(
        "cond-unknown-option",
        39,
        38,
        "question `goal` has no option `rech`",
    );
}

#[test]
fn condition_test_does_not_fit_the_question_kind() {
    // At the condition, since the mistake is the pairing of test and question.
    assert_error(
        "cond-test-wrong-kind",
        39,
        11,
        "does not apply to single question `goal`",
    );
}

#[test]
fn unknown_question_kind() {
    assert_error("unknown-kind", 37, 8, "unknown question kind `dropdown`");
}

#[test]
fn unknown_text_format() {
    assert_error("unknown-format", 38, 10, "unknown text format `when`");
}

#[test]
fn format_on_a_question_that_is_not_text() {
    assert_error(
        "format-on-number",
        38,
        10,
        "`format` on number question `name`",
    );
}

#[test]
fn last_verdict_with_a_when() {
    // Pointed at the last verdict's [[verdicts]] header.
    assert_error(
        "last-verdict-when",
        15,
        1,
        "the last verdict must have no `when`",
    );
}

#[test]
fn verdict_names_an_unknown_role() {
    // At `"nobody"` in `roles = ["nobody"]`, the thing to fix.
    assert_error("verdict-unknown-role", 18, 10, "names role `nobody`");
}

#[test]
fn next_step_condition_names_an_unknown_option() {
    // At `"kep"` inside the step's `when`, as in any other condition.
    assert_error(
        "then-unknown-option",
        15,
        82,
        "question `goal` has no option `kep`",
    );
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
fn several_errors_are_all_reported_sorted_by_line() {
    let name = "several-errors";
    let stderr = check_fails(name);
    let found = errors(&fixture(name), &stderr);
    let want = [
        (14, "question `goal` has no option `rech`"),
        (25, "unknown key `questions[0].hlep`"),
        (31, "does not exist: `budgett`"),
        (36, "weight for unknown outcome `comunity`"),
        (39, "duplicate option id `keep`"),
        (44, "unknown question kind `txt`"),
    ];
    let lines: Vec<usize> = found.iter().map(|f| f.0).collect();
    assert_eq!(lines, want.map(|w| w.0), "{stderr}");
    for ((_, _, message), (_, phrase)) in found.iter().zip(want) {
        assert!(message.contains(phrase), "{message:?} vs {phrase:?}");
    }
    assert!(stderr.contains("6 error(s)"), "{stderr}");
}

/// The needs, the texts chosen by the answers and the workload estimate
/// are checked like the rest of the tree, each mistake at its own place.
#[test]
fn mistakes_in_needs_and_the_workload_are_all_reported() {
    assert_errors(
        "workload-mistakes",
        &[
            (6, 8, "`need` must be a number above 0, not 0"),
            (18, 12, "a text without `when` always holds"),
            (
                18,
                85,
                "`needed` tests outcome `support`, which has no `need`",
            ),
            (25, 67, "`hours` needs `at_least`, `at_most` or `more_than`"),
            (
                25,
                151,
                "`hours.more_than` names multi question `platforms`",
            ),
            (46, 9, "`hours` must be a number of hours a week, not -2"),
            (52, 7, "no option of `platforms` carries the tag `private`"),
            (58, 8, "a workload assumption cannot test `hours`"),
        ],
    );
}

/// A suggested option must be one of the question's own, on a single or
/// confirm question, with the one that always holds last.
#[test]
fn mistakes_in_suggestions_are_all_reported() {
    let stderr = assert_errors(
        "suggest-mistakes",
        &[
            (15, 12, "a suggestion without `when` always holds"),
            (15, 45, "`suggest` names no option `grown`"),
            (30, 12, "`suggest` on a text question"),
        ],
    );
    assert!(stderr.contains("did you mean `growing`?"), "{stderr}");
}

/// `nan` and `inf` are TOML numbers but not weights, bounds or thresholds:
/// they would show as "NaN%" and `null`.
#[test]
fn numbers_that_are_not_finite_are_refused() {
    assert_errors(
        "non-finite",
        &[
            (
                18,
                22,
                "the weight for `social` must be a finite number, not NaN",
            ),
            (
                23,
                22,
                "the weight for `social` must be a finite number, not inf",
            ),
            (26, 6, "`min` must be a finite number, not -inf"),
            (26, 6, "`max` must be a finite number, not NaN"),
            (41, 1, "`min_evidence` must be a number of points"),
            (
                46,
                8,
                "`at_least` in a condition must be a finite number, not inf",
            ),
        ],
    );
}

/// An option's posting lines for a role that does not exist would never
/// be written; the checker says so at the role's name.
#[test]
fn a_posting_addition_for_an_unknown_role_is_an_error() {
    assert_error(
        "addition-unknown-role",
        69,
        22,
        "the posting of option `goal.reach` names role `ghost`",
    );
}

/// A dotted table header too deep for the format, at the end of a long
/// file, is reported at its own line rather than at 1:1.
#[test]
fn an_over_deep_table_header_is_located() {
    assert_error("deep-table-header", 161, 12, "expected a sequence");
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

/// `start = "nmae"` must be blamed on `start`, not on a `next`.
#[test]
fn a_missing_start_question_is_blamed_on_start() {
    let stderr = check_fails("start-missing-question");
    let found = errors(&fixture("start-missing-question"), &stderr);
    assert_eq!(found.len(), 1, "{stderr}");
    assert_eq!((found[0].0, found[0].1), (4, 9), "{stderr}");
    assert!(found[0].2.contains("`start`"), "{stderr}");
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
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        stderr.contains(&format!(
            "{file}:5:6: warning: no answer gives points to outcome `b`"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{file}:10:6: warning: every option of `q` has the same weights"
        )),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("2 warning(s)"));
}

#[test]
fn ids_are_plain_words_so_no_escape_reaches_a_template() {
    let stderr = check_fails("id_with_escape");
    assert!(!stderr.contains('\x1b'), "{stderr}");
    assert_error(
        "id_with_escape",
        10,
        6,
        "question id `evil[2J` may only use letters",
    );
}

#[test]
fn a_condition_that_can_never_hold_is_an_error() {
    assert_error("cond-never-holds", 40, 11, "can never hold");
}

#[test]
fn a_placeholder_that_names_nothing_is_an_error_at_its_place() {
    assert_error(
        "placeholder-unknown",
        49,
        21,
        "`{nope:career}` names no question",
    );
    assert_error("placeholder-unknown", 50, 17, "carries the tag `carer`");
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
