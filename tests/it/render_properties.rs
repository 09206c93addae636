//! Whatever the founder types, every renderer keeps it text: the Markdown
//! posting and kit parse to the same structure as with a plain name, the
//! web page has the same tags, and JSON and JSON-LD parse and carry the
//! name as a string.

use crate::support::examples;

use examples::{examples, run_text};
use hirewise_core::posting::{self, Format};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser};

const DAY: jiff::civil::Date = jiff::civil::date(2026, 11, 23);

/// Founder text made of the characters that mean something in Markdown,
/// HTML and JSON, with a letter first so that it is never empty.
fn hostile() -> impl Strategy<Value = String> {
    "A[#*_`~<>\\[\\]()!\\\\&;:\"'|=+\\-. a-z0-9\n]{0,40}"
}

/// The answers of a shop with `name` as its name and `what` as what it is.
fn answers(name: &str, what: &str) -> String {
    let (_, text) = examples()
        .into_iter()
        .find(|(n, _)| n == "consumer-brand-reach")
        .expect("example");
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    text.lines()
        .map(|l| {
            if l.starts_with("company_name =") {
                format!("company_name = {}", quote(name))
            } else if l.starts_with("org_is =") {
                format!("org_is = {}", quote(what))
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every Markdown event but the text itself: headings, lists, emphasis,
/// links, code and raw HTML would all show here.
fn structure(md: &str) -> Vec<String> {
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    Parser::new_ext(md, opts)
        .filter(|e| !matches!(e, Event::Text(_) | Event::SoftBreak))
        .map(|e| format!("{e:?}"))
        .collect()
}

/// The names of the tags of an HTML page, in order.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| {
            t.split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

struct Rendered {
    md: String,
    kit: String,
    html: String,
    json: serde_json::Value,
    jsonld: serde_json::Value,
    organisation: String,
}

fn render(name: &str, what: &str) -> Rendered {
    let (advice, postings) = run_text("hostile.toml", &answers(name, what));
    let rec = &advice.recommendation;
    let text = |f: Format| posting::render(&postings, rec, f, DAY).expect("renders");
    Rendered {
        md: text(Format::Md),
        kit: posting::render_kit(&postings, Format::Md).expect("a kit"),
        html: text(Format::Html),
        json: serde_json::from_str(&text(Format::Json)).expect("the JSON parses"),
        jsonld: serde_json::from_str(&text(Format::Jsonld)).expect("the JSON-LD parses"),
        organisation: postings[0].organisation.clone(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn founder_text_never_becomes_markup(name in hostile(), what in hostile()) {
        let plain = render("Acme", "a shop for outdoor drinks");
        let got = render(&name, &what);
        prop_assert_eq!(structure(&got.md), structure(&plain.md), "posting:\n{}", got.md);
        prop_assert_eq!(structure(&got.kit), structure(&plain.kit), "kit:\n{}", got.kit);
        prop_assert_eq!(tags(&got.html), tags(&plain.html), "page:\n{}", got.html);
        prop_assert_eq!(
            got.jsonld["hiringOrganization"]["name"].as_str(),
            Some(got.organisation.as_str())
        );
        prop_assert_eq!(
            got.json["postings"][0]["organisation"].as_str(),
            Some(got.organisation.as_str())
        );
    }
}
