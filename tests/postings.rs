//! Snapshots of the posting for every scenario in every format, so any
//! change to the wording, the templates or the data shows up in review.

use hirewise::diag::Source;
use hirewise::posting::{Format, Roles};
use hirewise::tree::Tree;
use hirewise::ui::batch;
use hirewise::{posting, report};

#[path = "support/examples.rs"]
mod examples;
use examples::examples;

#[test]
fn postings_of_every_example_in_every_format() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let examples = examples();
    assert!(examples.len() >= 12);
    for (name, text) in examples {
        let out = batch::run(&tree, &roles, &Source::new(name.clone(), text)).expect("runs");
        for format in Format::ALL {
            let rendered = posting::render(
                &out.postings,
                &out.recommendation,
                format,
                jiff::civil::date(2026, 11, 23),
            )
            .expect("renders");
            insta::assert_snapshot!(format!("{name}.{}", format.extension()), rendered);
            let kit = posting::render_kit(&out.postings, format).expect("renders");
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
            report::recommendation(&out.recommendation, 80)
        );
    }
}

#[test]
fn posting_file_names_follow_the_first_role() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let (name, text) = examples()
        .into_iter()
        .find(|(n, _)| n == "growing-two-hires")
        .expect("example");
    let out = batch::run(&tree, &roles, &Source::new(name, text)).expect("runs");
    assert_eq!(
        posting::file_name(&out.postings, Format::Md),
        "senior-community-manager-job-posting.md"
    );
    assert_eq!(posting::file_name(&[], Format::Txt), "job-job-posting.txt");
}

#[test]
fn json_ld_is_a_schema_org_job_posting_with_the_required_fields() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let mut with_closing_date = 0;
    for (name, text) in examples() {
        let out = batch::run(&tree, &roles, &Source::new(name.clone(), text)).expect("runs");
        let rendered = posting::render(
            &out.postings,
            &out.recommendation,
            Format::Jsonld,
            jiff::civil::date(2026, 11, 23),
        )
        .expect("renders");
        let doc: serde_json::Value = serde_json::from_str(&rendered).expect("valid JSON");
        let items = match doc {
            serde_json::Value::Array(items) => items,
            one => vec![one],
        };
        assert_eq!(items.len(), out.postings.len(), "{name}");
        for (item, p) in items.iter().zip(&out.postings) {
            assert_eq!(item["@context"], "https://schema.org/", "{name}");
            assert_eq!(item["@type"], "JobPosting", "{name}");
            assert_eq!(item["title"], p.title.as_str(), "{name}");
            assert_eq!(item["datePosted"], "2026-11-23", "{name}");
            assert_eq!(
                item["hiringOrganization"]["name"],
                p.company.as_str(),
                "{name}"
            );
            assert!(
                item["description"]
                    .as_str()
                    .is_some_and(|d| d.contains("<h2>The role</h2>")),
                "{name}"
            );
            assert!(item["employmentType"].is_string(), "{name}");
            let remote = item["jobLocationType"] == "TELECOMMUTE";
            assert_eq!(remote, p.facts.remote, "{name}");
            if remote {
                assert!(
                    item["applicantLocationRequirements"]["name"].is_string(),
                    "{name}"
                );
            } else {
                assert!(
                    item["jobLocation"]["address"]["addressLocality"].is_string(),
                    "{name}"
                );
            }
            assert_eq!(
                item["baseSalary"].is_object(),
                p.facts.salary.chars().any(|c| c.is_ascii_digit()),
                "{name}"
            );
            let closes = out.answers.get("closes").and_then(|a| match a {
                hirewise::answers::Answer::Text(t) => Some(t.as_str()),
                _ => None,
            });
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
fn html_escapes_everything_the_founder_typed() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let (_, text) = examples()
        .into_iter()
        .find(|(n, _)| n == "consumer-brand-reach")
        .expect("example");
    let text = text.replace("\"Fizzwell\"", "\"<script>alert(1)</script> & Co\"");
    let out = batch::run(&tree, &roles, &Source::new("x", text)).expect("runs");
    let html = posting::render(
        &out.postings,
        &out.recommendation,
        Format::Html,
        jiff::civil::date(2026, 11, 23),
    )
    .expect("renders");
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; Co"),
        "{html}"
    );
}
