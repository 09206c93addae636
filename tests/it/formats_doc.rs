//! docs/formats.md is the reference for the json and jsonld formats: every
//! key the examples produce must be named there as `key`, so a field added
//! to the output without a line in the reference fails the build.

use hirewise_core::advice::Advice;
use hirewise_core::posting::{self, Format, Posting};
use serde_json::Value;
use std::collections::BTreeSet;

use crate::support::examples;
use examples::{examples, run_text};

type Outcome = (Advice, Vec<Posting>);

const DOC: &str = include_str!("../../docs/formats.md");

/// Every example in examples/answers, run through the library.
fn outcomes() -> Vec<(String, Outcome)> {
    let examples = examples();
    assert!(examples.len() >= 12, "the examples are there");
    examples
        .into_iter()
        .map(|(name, text)| {
            let out = run_text(&name, &text);
            (name, out)
        })
        .collect()
}

fn render(out: &Outcome, format: Format) -> Value {
    let text = posting::render(
        &out.1,
        &out.0.recommendation,
        format,
        jiff::civil::date(2026, 11, 23),
    )
    .expect("renders");
    serde_json::from_str(&text).expect("valid JSON")
}

/// Every object key anywhere in `v`, however deep.
fn keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                out.insert(k.clone());
                keys(x, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|x| keys(x, out)),
        _ => {}
    }
}

fn assert_documented(format: Format, docs: &[Value]) {
    let mut found = BTreeSet::new();
    docs.iter().for_each(|d| keys(d, &mut found));
    let missing: Vec<String> = found
        .iter()
        .filter(|k| !DOC.contains(&format!("`{k}`")))
        .map(|k| format!("`{k}`"))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/formats.md does not name these keys of the {format} output: {}",
        missing.join(", ")
    );
}

#[test]
fn every_json_key_is_documented() {
    let mut docs = Vec::new();
    let mut outcomes = outcomes();
    for (_, out) in &outcomes {
        docs.push(render(out, Format::Json));
    }
    // No example trips the wording check, so one posting's title is given
    // a word from the list, to bring the keys of a wording note into the
    // output.
    let (name, out) = &mut outcomes[0];
    out.1[0].title.text.push_str(" Rockstar");
    let flagged = render(out, Format::Json);
    assert!(
        flagged["wording"].as_array().is_some_and(|w| !w.is_empty()),
        "{name}: \"rockstar\" should be flagged; pick another word from questions/wording.toml"
    );
    docs.push(flagged);
    assert_documented(Format::Json, &docs);
}

#[test]
fn every_jsonld_property_is_documented() {
    let docs: Vec<Value> = outcomes()
        .iter()
        .map(|(_, out)| render(out, Format::Jsonld))
        .collect();
    assert_documented(Format::Jsonld, &docs);
}
