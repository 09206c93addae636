//! Benchmarks of the core: loading and checking trees (the default one and
//! generated ones of growing size), deciding, rendering postings, and a
//! whole answers-file run of the real binary against a hello-world binary.

// A benchmark that cannot set up fails loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use hirewise_core::answers::{self, Answers};
use hirewise_core::decide::decide;
use hirewise_core::diag::Source;
use hirewise_core::posting::{self, Format};
use hirewise_core::tree::Tree;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../tests/it/support/generated.rs"]
mod generated;
use generated::{generated_options_answers, generated_options_tree, generated_tree};

fn main() {
    divan::main();
}

const EXAMPLE: &str = include_str!("../examples/answers/growing-two-hires.toml");

fn default_tree() -> Tree {
    Tree::default_tree().expect("default tree")
}

fn example_answers(tree: &Tree) -> Answers {
    answers::parse_file(tree, &Source::new("example", EXAMPLE)).expect("example answers")
}

#[divan::bench]
fn load_and_check_default_tree(b: divan::Bencher) {
    let src = Source::new("hiring.toml", hirewise_core::tree::DEFAULT_TREE);
    b.bench(|| Tree::parse(divan::black_box(&src)).expect("valid"));
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10, sample_size = 1)]
fn load_and_check_generated_tree(b: divan::Bencher, n: usize) {
    let src = Source::new("generated.toml", generated_tree(n));
    b.bench(|| Tree::parse(divan::black_box(&src)).expect("valid"));
}

/// Questions with many options: the option index keeps checking, reading
/// answers and deciding linear in the option count (they were quadratic).
#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 5, sample_size = 1)]
fn load_check_and_answer_many_options(b: divan::Bencher, n: usize) {
    let src = Source::new("options.toml", generated_options_tree(n));
    let given = Source::new("answers.toml", generated_options_answers(n, 2));
    let few = Source::new("answers.toml", generated_options_answers(n, n / 3));
    let parsed = Tree::parse(&src).expect("valid");
    let (roles, _) = hirewise_core::builtin::roles_for(&parsed, false).expect("roles");
    b.bench(|| {
        let tree = Tree::parse(divan::black_box(&src)).expect("valid");
        answers::parse_file(&tree, &given).expect("answers fit");
        hirewise::ui::batch::run(&tree, &roles, &few).expect("decided")
    });
}

/// `hirewise check FILE` on a generated tree, as an author runs it: the
/// whole process, reading the file included.
#[divan::bench(args = [10_000, 100_000], sample_count = 5, sample_size = 1)]
fn process_check_generated_tree(b: divan::Bencher, n: usize) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("generated.toml");
    std::fs::write(&file, generated_tree(n)).expect("write the tree");
    b.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_hirewise"))
            .arg("check")
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("runs");
        assert!(status.success());
    });
}

/// The built-in tree and role data as a run gets them: parsed and checked
/// from the TOML compiled into the binary.
#[divan::bench]
fn load_built_in_data(b: divan::Bencher) {
    b.bench(|| hirewise_core::builtin::load().expect("built-in data"));
}

#[divan::bench]
fn decide_example(b: divan::Bencher) {
    let tree = default_tree();
    let answers = example_answers(&tree);
    b.bench(|| decide(&tree, divan::black_box(&answers)));
}

#[divan::bench(args = [Format::Md, Format::Txt])]
fn render_posting(b: divan::Bencher, format: Format) {
    let tree = default_tree();
    let roles = hirewise_core::builtin::load_roles(&tree).expect("roles");
    let answers = example_answers(&tree);
    let rec = decide(&tree, &answers);
    b.bench(|| {
        let postings = posting::build(&tree, &roles, &answers, &rec.roles).expect("builds");
        posting::render(&postings, &rec, format, jiff::civil::date(2026, 11, 23)).expect("renders")
    });
}

fn hello_binary() -> Option<PathBuf> {
    let bin = Path::new(env!("CARGO_BIN_EXE_hirewise"));
    let hello = bin.parent()?.join("examples").join("hello");
    hello.is_file().then_some(hello)
}

/// The whole process, from start to the posting written, as a user runs it.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn process_answers_file_run(b: divan::Bencher) {
    let dir = tempfile::tempdir().expect("tempdir");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/answers/growing-two-hires.toml");
    let out = dir.path().join("posting.md");
    b.bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_hirewise"))
            .arg("--answers")
            .arg(&example)
            .arg("-o")
            .arg(&out)
            .arg("--force")
            .stdout(std::process::Stdio::null())
            .status()
            .expect("runs");
        assert!(status.success());
    });
}

/// The baseline for the run above: a hello-world Rust binary built with the
/// same profile (`cargo build --release --example hello` before benching).
#[divan::bench(sample_count = 30, sample_size = 1)]
fn process_hello_world_baseline(b: divan::Bencher) {
    let Some(hello) = hello_binary() else {
        eprintln!(
            "process_hello_world_baseline: build it first with `cargo build --release --example hello`"
        );
        return;
    };
    b.bench(|| {
        let status = Command::new(&hello)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("runs");
        assert!(status.success());
    });
}
