//! The real binary: exit codes, messages and files for the non-interactive
//! commands.

use crate::support::world;

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn hirewise() -> Command {
    Command::from_std(world::hirewise(
        &std::env::temp_dir().join("hirewise-cli-tests"),
    ))
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/answers")
        .join(format!("{name}.toml"))
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write fixture");
    p
}

#[test]
fn answers_file_prints_the_posting_and_the_advice_beside_it() {
    let out = hirewise()
        .arg("--answers")
        .arg(example("consumer-brand-reach"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // stdout is the posting alone, ready for `> posting.md`.
    assert!(
        stdout.starts_with("# Social Media Manager at Fizzwell"),
        "{stdout}"
    );
    assert!(stdout.contains("Instagram, TikTok and YouTube"));
    assert!(!stdout.contains("Recommendation:") && !stdout.contains("Hiring kit"));
    assert!(
        stderr.starts_with("Recommendation: Social media manager"),
        "{stderr}"
    );
    assert!(stderr.contains("With -o FILE the hiring kit is written beside the posting."));
}

#[test]
fn json_and_html_on_stdout_stay_whole_and_the_advice_goes_to_stderr() {
    for format in ["json", "jsonld"] {
        let out = hirewise()
            .args(["--answers"])
            .arg(example("growing-two-hires"))
            .args(["--format", format])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        let doc: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{format}: {e}"));
        assert!(doc.is_object() || doc.is_array(), "{format}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("Recommendation: "), "{format}: {err}");
    }
    hirewise()
        .args(["--answers"])
        .arg(example("growing-two-hires"))
        .args(["--format", "html"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("<!doctype html>"))
        .stderr(predicate::str::contains("Recommendation: "));
}

#[test]
fn output_is_written_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("posting.md");
    hirewise()
        .arg("--answers")
        .arg(example("open-source-database"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Recommendation: Community manager",
        ))
        .stdout(predicate::str::contains("Posting written to"));
    let first = std::fs::read_to_string(&out).expect("written");
    assert!(first.starts_with("# Head of Community at Stackhold"));

    std::fs::write(&out, "my own edits").expect("edit");
    hirewise()
        .arg("--answers")
        .arg(example("open-source-database"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exist"))
        .stderr(predicate::str::contains("--force"));
    assert_eq!(std::fs::read_to_string(&out).expect("kept"), "my own edits");

    hirewise()
        .arg("--answers")
        .arg(example("open-source-database"))
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&out).expect("replaced"), first);
    // Nothing but the posting and its hiring kit is left in the directory.
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 2);
}

#[test]
fn the_hiring_kit_is_written_beside_the_posting_not_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("posting.md");
    let kit = dir.path().join("posting-hiring-kit.md");
    hirewise()
        .arg("--answers")
        .arg(example("plant-shop"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Hiring kit (not for publishing) written to {}",
            kit.display()
        )));
    let posting = std::fs::read_to_string(&out).expect("the posting");
    let kit_text = std::fs::read_to_string(&kit).expect("the kit");
    assert!(!posting.contains("Interview questions"), "{posting}");
    assert!(kit_text.starts_with("# Hiring kit: "), "{kit_text}");
    assert_eq!(kit_text.matches("## Interview questions").count(), 1);

    // An existing kit stops the run before anything is written.
    std::fs::remove_file(&out).expect("remove the posting");
    std::fs::write(&kit, "my notes").expect("edit the kit");
    hirewise()
        .arg("--answers")
        .arg(example("plant-shop"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "posting-hiring-kit.md already exists",
        ));
    assert!(!out.exists(), "no posting without its kit");
    assert_eq!(std::fs::read_to_string(&kit).expect("kept"), "my notes");

    // JSON carries the kit in its data; no second file.
    let json = dir.path().join("result.json");
    hirewise()
        .arg("--answers")
        .arg(example("growing-two-hires"))
        .arg("-o")
        .arg(&json)
        .assert()
        .success();
    assert!(!dir.path().join("result-hiring-kit.json").exists());
}

#[test]
fn output_format_follows_the_extension_or_the_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let txt = dir.path().join("p.txt");
    hirewise()
        .arg("--answers")
        .arg(example("members-association"))
        .arg("-o")
        .arg(&txt)
        .assert()
        .success();
    let text = std::fs::read_to_string(&txt).expect("written");
    assert!(
        text.starts_with("COMMUNITY MANAGER AT THE GUILD OF INDEPENDENT BOOKBINDERS\n====="),
        "{text}"
    );
    hirewise()
        .arg("--answers")
        .arg(example("members-association"))
        .args(["--format", "txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WHAT YOU WILL DO"));
}

#[test]
fn output_into_a_missing_directory_fails_cleanly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("no/such/dir/p.md");
    hirewise()
        .arg("--answers")
        .arg(example("members-association"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write"))
        .stderr(predicate::str::contains("no/such/dir/p.md"));
    assert!(!out.exists());
}

#[test]
fn unknown_question_in_answers_names_the_place_and_a_near_id() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(example("consumer-brand-reach")).expect("example");
    let bad = write(
        dir.path(),
        "a.toml",
        &text.replace("persona = ", "persnoa = "),
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("persona"))
        .expect("line")
        + 1;
    hirewise()
        .arg("--answers")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "a.toml:{line}:1: error: unknown question `persnoa`"
        )))
        .stderr(predicate::str::contains("did you mean `persona`?"));
}

#[test]
fn wrong_answer_type_and_unknown_option_are_both_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(example("consumer-brand-reach")).expect("example");
    let text = text
        .replace("goal = \"reach\"", "goal = 3")
        .replace("\"tiktok\"", "\"tiktak\"");
    let bad = write(dir.path(), "a.toml", &text);
    let goal = text
        .lines()
        .position(|l| l.starts_with("goal"))
        .expect("line")
        + 1;
    hirewise()
        .arg("--answers")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "a.toml:{goal}:8: error: goal: expected one option id"
        )))
        .stderr(predicate::str::contains("`tiktak` is not an option"));
}

#[test]
fn missing_required_answer_names_the_question() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(example("consumer-brand-reach")).expect("example");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("budget"))
        .map(|l| format!("{l}\n"))
        .collect();
    let bad = write(dir.path(), "a.toml", &text);
    hirewise()
        .arg("--answers")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no answer for `budget`"))
        .stderr(predicate::str::contains(
            "`hirewise template` lists every question",
        ));
}

#[test]
fn every_missing_answer_is_named_in_one_run_with_an_example_of_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = write(
        dir.path(),
        "a.toml",
        "company_name = \"A\"\norg_is = \"b\"\n",
    );
    let out = hirewise()
        .arg("--answers")
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    for (id, example) in [
        ("stage", "such as \"prelaunch\""),
        ("goal", "such as \"reach\""),
        ("budget", "such as \"part_time\""),
        ("called", "such as \"customers\""),
        ("apply", "an email address or a web address"),
        ("platforms", "such as [\"instagram\", \"tiktok\"]"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("no answer for `{id}`")))
            .unwrap_or_else(|| panic!("{id} is not named:\n{err}"));
        assert!(line.contains(example), "{line}");
    }
}

#[test]
fn a_closing_date_may_be_a_toml_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(example("growing-two-hires")).expect("example");
    let text = text.replace("closes = \"2027-01-15\"", "closes = 2027-01-15");
    assert!(text.contains("closes = 2027-01-15"));
    let answers = write(dir.path(), "a.toml", &text);
    hirewise()
        .arg("--answers")
        .arg(&answers)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "**Applications close:** 15 January 2027",
        ));
}

#[test]
fn broken_toml_in_answers_gives_line_and_column() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = write(dir.path(), "a.toml", "company_name = \"Acme\"\ngoal = \n");
    hirewise()
        .arg("--answers")
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("a.toml:2:"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn missing_answers_file_is_named() {
    hirewise()
        .args(["--answers", "does-not-exist.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read does-not-exist.toml"));
}

#[test]
fn saved_answers_replay_to_the_same_result() {
    let dir = tempfile::tempdir().expect("tempdir");
    let saved = dir.path().join("saved.toml");
    let first = hirewise()
        .arg("--answers")
        .arg(example("small-shop-hybrid"))
        .arg("--save-answers")
        .arg(&saved)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let again = hirewise()
        .arg("--answers")
        .arg(&saved)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8_lossy(&first),
        String::from_utf8_lossy(&again)
    );
}

#[test]
fn without_a_terminal_the_wizard_names_answers_in_one_line() {
    let out = hirewise()
        .write_stdin("")
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("--answers") && err.contains("--plain"),
        "{err}"
    );
    assert!(!err.contains('\x1b') && out.stdout.is_empty());
}

#[test]
fn template_lists_every_question_and_parses_as_an_empty_answers_file() {
    let out = hirewise()
        .arg("template")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("utf-8");
    let tree = hirewise_core::tree::Tree::default_tree().expect("tree");
    for q in &tree.questions {
        assert!(text.contains(&format!("# {} = ", q.id)), "{} missing", q.id);
    }
    assert!(text.contains("#   two "), "options listed");
    let table: toml::Table = toml::from_str(&text).expect("comments only");
    assert!(table.is_empty());
}

#[test]
fn check_of_the_built_in_tree_is_clean() {
    hirewise()
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("ok"));
}

#[test]
fn graph_draws_mermaid_and_dot() {
    hirewise()
        .arg("graph")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("flowchart TD"))
        .stdout(predicate::str::contains("-->|\"No, and none is planned\"|"));
    hirewise()
        .args(["graph", "--format", "dot"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("digraph questions {"));
}

#[test]
fn completions_are_printed_for_a_shell() {
    hirewise()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("hirewise"));
}

#[test]
fn bad_usage_exits_two() {
    hirewise().args(["--format", "pdf"]).assert().code(2);
}

#[test]
fn flags_that_only_make_sense_together_are_checked() {
    hirewise()
        .args(["-o", "x.md"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--answers"));
    hirewise()
        .arg("--answers")
        .arg(example("consumer-brand-reach"))
        .arg("--plain")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
}

#[test]
fn date_sets_the_day_the_posting_is_published() {
    let out = hirewise()
        .args(["--date", "2027-03-01", "--format", "jsonld", "--answers"])
        .arg(example("consumer-brand-reach"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON-LD");
    assert_eq!(v["datePosted"], "2027-03-01");
}

#[test]
fn a_wrong_date_is_refused_naming_the_flag() {
    for wrong in ["2027-02-30", "1 March", "2027-3-1", ""] {
        let out = hirewise()
            .args(["--date", wrong, "--answers"])
            .arg(example("consumer-brand-reach"))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{wrong:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--date"), "{wrong:?}: {err}");
        assert!(err.contains("YYYY-MM-DD"), "{wrong:?}: {err}");
        assert!(out.stdout.is_empty(), "nothing written for {wrong:?}");
    }
}

#[test]
fn two_hires_get_a_posting_and_a_kit_each_named_after_the_role() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("jobs.md");
    let run = hirewise()
        .arg("--answers")
        .arg(example("growing-two-hires"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&run.get_output().stdout).into_owned();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "jobs-head-of-community-hiring-kit.md",
            "jobs-head-of-community.md",
            "jobs-senior-social-media-manager-hiring-kit.md",
            "jobs-senior-social-media-manager.md",
        ]
    );
    for name in &names {
        assert!(stdout.contains(name.as_str()), "{name} is named: {stdout}");
        let text = std::fs::read_to_string(dir.path().join(name)).expect("written");
        assert_eq!(
            text.matches("\n# ").count() + usize::from(text.starts_with("# ")),
            1,
            "one document: {name}"
        );
    }
    // Standard output keeps both postings, one after the other.
    let both = hirewise()
        .arg("--answers")
        .arg(example("growing-two-hires"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&both.stdout);
    assert!(
        text.starts_with("# Head of Community at Trailmate"),
        "{text}"
    );
    assert!(
        text.contains("\n---\n\n# Senior Social Media Manager at Trailmate"),
        "{text}"
    );
}

#[test]
fn two_outputs_on_one_file_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).expect("mkdir");
    std::os::unix::fs::symlink(d.join("sub"), d.join("link")).expect("symlink");
    let ex = example("small-shop-hybrid");
    let cases: [(&[&str], &str); 4] = [
        (
            &["-o", "same.md", "--save-answers", "same.md"],
            "-o same.md",
        ),
        (
            &["-o", "same.md", "--save-answers", "same.md", "--force"],
            "--save-answers same.md",
        ),
        (
            &[
                "-o",
                "posting.md",
                "--save-answers",
                "posting-hiring-kit.md",
            ],
            "-o's hiring kit",
        ),
        (
            &["-o", "link/p.md", "--save-answers", "sub/../sub/p.md"],
            "are the same file",
        ),
    ];
    for (args, says) in cases {
        hirewise()
            .current_dir(d)
            .arg("--answers")
            .arg(&ex)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says).and(predicate::str::contains("--save-answers")));
        let left: Vec<_> = std::fs::read_dir(d)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(left.len(), 2, "{args:?} wrote {left:?}");
        assert!(
            std::fs::read_dir(d.join("sub"))
                .expect("sub")
                .next()
                .is_none()
        );
    }
    // A json posting has no kit, so the kit's name is free.
    hirewise()
        .current_dir(d)
        .arg("--answers")
        .arg(&ex)
        .args(["-o", "p.json", "--save-answers", "p-hiring-kit.json"])
        .assert()
        .success();
}

#[test]
fn a_closing_date_before_the_posting_date_is_kept_with_a_note() {
    let out = hirewise()
        .args(["--date", "2027-06-20", "--format", "jsonld", "--answers"])
        .arg(example("plant-shop"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Applications close on 2027-02-15, before the posting's date"),
        "{err}"
    );
    assert!(err.contains("--date"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON-LD");
    assert!(
        v.get("validThrough").is_none(),
        "left out of the structured data"
    );
    // In time, no note, and the date is there.
    let out = hirewise()
        .args(["--date", "2027-01-10", "--format", "jsonld", "--answers"])
        .arg(example("plant-shop"))
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("before the posting's date"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON-LD");
    assert_eq!(v["validThrough"], "2027-02-15");
}

/// `--compare OLD` shows what changed: the answers, the verdict, each
/// role's need, the hours and the posting's changed lines.
#[test]
fn compare_shows_what_changed_since_an_older_answers_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let old = example("small-shop-hybrid");
    let text = std::fs::read_to_string(&old).expect("example");
    let changed = text
        .replace("pay_max = 32000", "pay_max = \"34,000\"")
        .replace("goal = \"both\"", "goal = \"keep\"\nalso_reach = \"yes\"");
    assert_ne!(changed, text, "the example has the lines this test changes");
    let new = write(dir.path(), "new.toml", &changed);
    let out = hirewise()
        .args(["--date", "2027-01-10", "--answers"])
        .arg(&new)
        .arg("--compare")
        .arg(&old)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("What changed since "), "{stdout}");
    assert!(stdout.contains("3 answers changed:"), "{stdout}");
    assert!(
        stdout.contains("  • Pay up to\n      was: 32,000\n      now: 34,000\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("      was: (no answer)\n      now: Yes, second\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Verdict: Both roles, as one hybrid hire, as before."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Need for a community manager: "),
        "{stdout}"
    );
    assert!(stdout.contains("hours a week"), "{stdout}");
    assert!(
        stdout.contains("  - - **Pay:** £28,000 to £32,000 a year\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  + - **Pay:** £28,000 to £34,000 a year\n"),
        "{stdout}"
    );
    // In place of the posting, not beside it.
    assert!(!stdout.contains("## How to apply\n"), "{stdout}");

    let same = hirewise()
        .arg("--answers")
        .arg(&old)
        .arg("--compare")
        .arg(&old)
        .output()
        .expect("runs");
    assert!(same.status.success());
    assert!(
        String::from_utf8_lossy(&same.stdout)
            .contains("Nothing: the answers and the posting are the same."),
    );
    // The older file is read as strictly as the newer one.
    let broken = write(dir.path(), "old.toml", "goal = \"sometimes\"\n");
    hirewise()
        .arg("--answers")
        .arg(&old)
        .arg("--compare")
        .arg(&broken)
        .assert()
        .failure()
        .stderr(predicate::str::contains("old.toml:1:8"));
}
