#![allow(dead_code)]
//! The scenario answer files in examples/answers, for the tests that run
//! every one of them.

/// Every scenario as (file stem, text), in name order.
pub fn examples() -> Vec<(String, String)> {
    let dir = format!("{}/examples/answers", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("examples dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (stem, std::fs::read_to_string(&p).expect("readable"))
        })
        .collect();
    out.sort();
    out
}

/// The text of one scenario, by file stem.
pub fn example_text(name: &str) -> String {
    examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, t)| t)
        .unwrap_or_else(|| panic!("no example {name}"))
}

/// The built-in tree and role data.
pub fn data() -> hirewise_core::builtin::Builtin {
    hirewise_core::builtin::load().expect("built-in data")
}

/// The advice and postings of one scenario, by file stem.
pub fn run(
    name: &str,
) -> (
    hirewise_core::advice::Advice,
    Vec<hirewise_core::posting::Posting>,
) {
    run_text(name, &example_text(name))
}

/// The advice and postings of an answers file's text.
pub fn run_text(
    name: &str,
    text: &str,
) -> (
    hirewise_core::advice::Advice,
    Vec<hirewise_core::posting::Posting>,
) {
    let b = data();
    hirewise::ui::batch::run(
        &b.tree,
        &b.roles,
        &hirewise_core::diag::Source::new(name, text),
    )
    .expect("the example runs")
}
