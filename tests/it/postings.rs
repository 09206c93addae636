//! Snapshots of the posting for every scenario in every format, so any
//! change to the wording or the data shows up in review; and the shape of
//! the structured formats.

use hirewise::report;
use hirewise_core::posting::{self, Format};

use crate::support::examples;
use examples::{examples, run, run_text};

const DAY: jiff::civil::Date = jiff::civil::date(2026, 11, 23);

#[test]
fn postings_of_every_example_in_every_format() {
    let examples = examples();
    assert!(examples.len() >= 20);
    for (name, text) in examples {
        let (advice, postings) = run_text(&name, &text);
        let rec = &advice.recommendation;
        for format in Format::ALL {
            let rendered = posting::render(&postings, rec, format, DAY).expect("renders");
            insta::assert_snapshot!(format!("{name}.{}", format.extension()), rendered);
            let kit = posting::render_kit(&postings, format);
            assert_eq!(
                kit.is_some(),
                matches!(format, Format::Md | Format::Txt | Format::Html),
                "{name}: a kit document for the formats people read"
            );
            if let Some(kit) = kit {
                assert!(!rendered.contains("Interview questions"), "{name}");
                insta::assert_snapshot!(format!("{name}.kit.{}", format.extension()), kit);
            }
        }
        insta::assert_snapshot!(
            format!("{name}.advice"),
            report::recommendation(rec, &advice.wording, 80, false, "")
        );
    }
}

#[test]
fn one_posting_is_named_after_its_title_and_two_after_each_role() {
    let (_, postings) = run("plant-shop");
    assert_eq!(
        posting::file_name(&postings, Format::Md),
        "social-media-manager-job-posting.md"
    );
    let (advice, postings) = run("growing-two-hires");
    let docs = posting::documents(
        &postings,
        &advice.recommendation,
        Format::Md,
        DAY,
        std::path::Path::new("out/jobs.md"),
    )
    .expect("renders");
    let paths: Vec<String> = docs.iter().map(|d| d.path.display().to_string()).collect();
    assert_eq!(
        paths,
        [
            "out/jobs-head-of-community.md",
            "out/jobs-head-of-community-hiring-kit.md",
            "out/jobs-senior-social-media-manager.md",
            "out/jobs-senior-social-media-manager-hiring-kit.md",
        ]
    );
    let kits: Vec<bool> = docs.iter().map(|d| d.kit).collect();
    assert_eq!(kits, [false, true, false, true]);
    assert!(docs[0].text.starts_with("# Head of Community at Trailmate"));
    assert!(
        !docs[0].text.contains("Social Media Manager at"),
        "one posting a file"
    );
    // JSON holds the whole advice, so it stays one file.
    let json = posting::documents(
        &postings,
        &advice.recommendation,
        Format::Json,
        DAY,
        std::path::Path::new("out/jobs.json"),
    )
    .expect("renders");
    assert_eq!(json.len(), 1);
}

#[test]
fn json_ld_is_a_schema_org_job_posting_with_the_required_fields() {
    let mut with_closing_date = 0;
    for (name, text) in examples() {
        let (advice, postings) = run_text(&name, &text);
        let rendered = posting::render(&postings, &advice.recommendation, Format::Jsonld, DAY)
            .expect("renders");
        let doc: serde_json::Value = serde_json::from_str(&rendered).expect("valid JSON");
        let items = match doc {
            serde_json::Value::Array(items) => items,
            one => vec![one],
        };
        assert_eq!(items.len(), postings.len(), "{name}");
        let text_answer = |id: &str| {
            advice.answers.get(id).and_then(|a| match a {
                hirewise_core::answers::Answer::Text(t) => Some(t.as_str()),
                _ => None,
            })
        };
        for (index, (item, p)) in items.iter().zip(&postings).enumerate() {
            assert_eq!(item["@context"], "https://schema.org/", "{name}");
            assert_eq!(item["@type"], "JobPosting", "{name}");
            assert_eq!(item["title"], p.title.text.as_str(), "{name}");
            assert_eq!(item["datePosted"], "2026-11-23", "{name}");
            assert_eq!(
                item["hiringOrganization"]["name"],
                p.organisation.as_str(),
                "{name}"
            );
            assert!(
                item["description"]
                    .as_str()
                    .is_some_and(|d| d.contains("<h2>The role</h2>")),
                "{name}"
            );
            let remote = item["jobLocationType"] == "TELECOMMUTE";
            assert_eq!(remote, p.facts.remote_allowed(), "{name}");
            // The second posting may close on its own day.
            let closes = match index {
                0 => text_answer("closes"),
                _ => text_answer("second_closes").or(text_answer("closes")),
            };
            assert_eq!(
                item.get("validThrough").and_then(|v| v.as_str()),
                closes,
                "{name}"
            );
            with_closing_date += usize::from(closes.is_some());
        }
    }
    assert!(with_closing_date > 0, "no scenario gives a closing date");
}

#[test]
fn no_format_lets_the_founders_text_become_markup() {
    let (_, text) = examples()
        .into_iter()
        .find(|(n, _)| n == "consumer-brand-reach")
        .expect("example");
    let evil = "# </script><script>alert(1)</script> <!-- ```x [a](javascript:b) *c* & Co";
    let text = text.replace("\"Fizzwell\"", &format!("\"{evil}\""));
    let (advice, postings) = run_text("x", &text);
    let rec = &advice.recommendation;
    let html = posting::render(&postings, rec, Format::Html, DAY).expect("renders");
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;&#x2f;script&gt;") || html.contains("&lt;/script&gt;"));
    // The JSON-LD inside the page cannot end its script element.
    let script = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the page carries its JSON-LD");
    assert!(!script.contains('<'), "{script}");
    let data: serde_json::Value = serde_json::from_str(script).expect("JSON-LD parses");
    assert!(
        data["hiringOrganization"]["name"]
            .as_str()
            .is_some_and(|n| n.contains("</script>"))
    );
    let md = posting::render(&postings, rec, Format::Md, DAY).expect("renders");
    // Mid-line a `#` is text; at the start of a line it is escaped.
    assert!(
        md.starts_with("# Social Media Manager at # \\</script\\>"),
        "{md}"
    );
    assert!(
        md.contains("\n\\# \\</script\\>"),
        "the about paragraph starts escaped: {md}"
    );
    assert!(!md.contains("```"), "no fence can open");
    assert!(!md.contains("[a]("), "no link can form");
    assert!(!md.contains(" *c* "), "no emphasis can form");
    let kit = posting::render_kit(&postings, Format::Md).expect("a kit");
    assert!(!kit.contains("<script>") && !kit.contains("```"), "{kit}");
}
