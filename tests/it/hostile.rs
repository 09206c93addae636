//! Hostile and odd input: escape sequences in trees and answers, huge and
//! deep files, bytes that are not text. Nothing may reach the terminal as a
//! control sequence, and nothing may panic or hang.

use crate::support::world;

use crate::support::generated;
use crate::support::hostile;

use hostile::{DEFUSED, EVIL, assert_clean};
use std::path::{Path, PathBuf};
use std::process::Output;

fn hostile_answers() -> String {
    format!(
        "company_name = \"Acme {EVIL}\"\ngoal = \"reach\"\nplatforms = [\"x\"]\nteam_size = 3\nhas_forum = false\n"
    )
}

fn run(args: &[&str], files: &[(&str, String)]) -> (Output, PathBuf, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let out = world::hirewise(dir.path())
        .current_dir(dir.path())
        .args(args)
        .output()
        .expect("runs");
    let path = dir.path().to_path_buf();
    (out, path, dir)
}

#[test]
fn escape_sequences_in_a_tree_and_answers_reach_no_output_as_controls() {
    let files = [("t.toml", hostile::tree()), ("a.toml", hostile_answers())];
    let (out, _, _d) = run(&["--questions", "t.toml", "--answers", "a.toml"], &files);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let stderr = String::from_utf8(out.stderr).expect("utf-8");
    assert_clean("stdout", &stdout);
    assert_clean("stderr", &stderr);
    assert!(
        stderr.contains(&format!("Verdict {DEFUSED}")),
        "the advice, on stderr: {stderr}"
    );
    assert!(
        stdout.contains("Acme \\[2J"),
        "the founder's text is still shown, defused (and escaped for Markdown): {stdout}"
    );
    for (format, file) in [("md", "p.md"), ("txt", "p.txt")] {
        let (out, dir, _d) = run(
            &[
                "--questions",
                "t.toml",
                "--answers",
                "a.toml",
                "--format",
                format,
                "-o",
                file,
            ],
            &files,
        );
        assert!(out.status.success());
        assert_clean("stdout", &String::from_utf8_lossy(&out.stdout));
        assert_clean(
            file,
            &std::fs::read_to_string(dir.join(file)).expect("written"),
        );
    }
}

#[test]
fn html_output_escapes_markup_from_answers() {
    let answers = hostile_answers().replace("Acme", "<img src=x onerror=alert(1)>");
    let files = [("t.toml", hostile::tree()), ("a.toml", answers)];
    let (out, dir, _d) = run(
        &[
            "--questions",
            "t.toml",
            "--answers",
            "a.toml",
            "-o",
            "p.html",
        ],
        &files,
    );
    assert!(out.status.success());
    let html = std::fs::read_to_string(dir.join("p.html")).expect("written");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert_clean("html", &html);
}

#[test]
fn diagnostics_template_and_graph_are_cleaned_too() {
    let broken = format!("{}\n\"bad{}key\" = 1\n", hostile::tree(), "\\u001b[31m");
    let (out, _, _d) = run(&["check", "t.toml"], &[("t.toml", broken)]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown key"), "{err}");
    assert_clean("stderr", &err);
    for args in [
        &["--questions", "t.toml", "template"][..],
        &["graph", "t.toml"],
        &["graph", "t.toml", "--format", "dot"],
    ] {
        let (out, _, _d) = run(args, &[("t.toml", hostile::tree())]);
        assert!(out.status.success(), "{args:?}");
        assert_clean("stdout", &String::from_utf8_lossy(&out.stdout));
    }
    let bad_answers = format!("\"q{}\" = 1\n", "\\u001b]52;c;eA==\\u0007");
    let (out, _, _d) = run(&["--answers", "a.toml"], &[("a.toml", bad_answers)]);
    assert_eq!(out.status.code(), Some(2));
    assert_clean("stderr", &String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_megabyte_answer_is_accepted_and_used() {
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/answers/consumer-brand-reach.toml"
    ))
    .expect("example");
    let big = "B".repeat(1 << 20);
    let answers = example.replace(
        "org_is = \"a maker of sparkling teas sold in cans\"",
        &format!("org_is = \"{big}\""),
    );
    let (out, dir, _d) = run(
        &["--answers", "a.toml", "-o", "p.md"],
        &[("a.toml", answers)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let posting = std::fs::read_to_string(dir.join("p.md")).expect("written");
    assert!(posting.contains(&big));
}

#[test]
fn bytes_that_are_not_text_are_refused_with_the_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.toml");
    std::fs::write(&file, b"company_name = \"Ac\xffme\"\n").expect("write");
    let out = world::hirewise(dir.path())
        .arg("--answers")
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("a.toml: not UTF-8 text") && err.contains("line 1, column 19"),
        "{err}"
    );
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_stack_overflow() {
    let deep = format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let tables = format!("x = {}1{}\n", "{a = ".repeat(50_000), "}".repeat(50_000));
    for (args, name, text) in [
        (&["--answers", "d.toml"][..], "d.toml", deep),
        (&["check", "d.toml"][..], "d.toml", tables),
    ] {
        let (out, _, _d) = run(args, &[(name, text)]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("d.toml:1:") && err.contains("recurs"), "{err}");
    }
}

#[test]
fn a_hundred_thousand_question_tree_loads_and_runs() {
    let text = generated::generated_tree(100_000);
    let tree =
        hirewise_core::tree::Tree::parse(&hirewise_core::diag::Source::new("big.toml", text))
            .expect("valid");
    assert_eq!(tree.questions.len(), 100_000);
    let mut s = hirewise_core::session::Session::new(&tree);
    let mut asked = 0;
    while let Some(q) = s.current() {
        let pick = ["a", "b", "c"][asked % 3];
        assert!(q.option(pick).is_some());
        s.answer(hirewise_core::answers::Answer::Choice(pick.into()))
            .expect("valid answer");
        asked += 1;
    }
    let rec = hirewise_core::decide::decide(&tree, s.answered());
    assert!(
        asked > 50_000 && asked < 100_000,
        "branches and skips shorten the path: {asked}"
    );
    assert!(!rec.verdict.is_empty());
}

#[test]
fn the_examples_dir_is_where_the_tests_think() {
    assert!(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/answers")).is_dir());
}
