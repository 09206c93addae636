//! Every example's JSON-LD against Google's JobPosting properties: the
//! required ones present, and each recommended one of the right type, in
//! its enum, with ISO dates, numbers as numbers and countries as
//! countries. And the pay and place texts founders typed, read into the
//! fields job boards use.

use hirewise_core::posting::{self, Format};
use serde_json::Value;

use crate::support::examples;
use examples::{examples, run_text};

const DAY: jiff::civil::Date = jiff::civil::date(2026, 11, 23);

fn items(text: &str) -> Vec<Value> {
    match serde_json::from_str(text).expect("valid JSON") {
        Value::Array(items) => items,
        one => vec![one],
    }
}

fn job_postings(name: &str, answers: &str) -> Vec<Value> {
    let (advice, postings) = run_text(name, answers);
    let text =
        posting::render(&postings, &advice.recommendation, Format::Jsonld, DAY).expect("renders");
    items(&text)
}

fn is_iso_date(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.parse::<jiff::civil::Date>().is_ok())
}

fn is_country_code(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|c| c.len() == 2 && hirewise_core::places::country(c) == Ok(c))
}

/// What Google asks of one JobPosting; the problems found.
fn problems(item: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut need = |ok: bool, what: &str| {
        if !ok {
            out.push(what.to_string());
        }
    };
    need(item["@type"] == "JobPosting", "@type JobPosting");
    need(
        item["title"].as_str().is_some_and(|t| !t.is_empty()),
        "title",
    );
    need(
        item["description"].as_str().is_some_and(|d| d.len() > 200),
        "description",
    );
    need(is_iso_date(&item["datePosted"]), "datePosted as YYYY-MM-DD");
    need(
        item["hiringOrganization"]["@type"] == "Organization"
            && item["hiringOrganization"]["name"].as_str().is_some(),
        "hiringOrganization",
    );
    let remote = item["jobLocationType"] == "TELECOMMUTE";
    need(
        item.get("jobLocationType").is_none() || remote,
        "jobLocationType is TELECOMMUTE or absent",
    );
    if remote {
        if let Some(req) = item.get("applicantLocationRequirements") {
            let list = match req {
                Value::Array(a) => a.clone(),
                one => vec![one.clone()],
            };
            for c in list {
                need(
                    c["@type"] == "Country",
                    "applicantLocationRequirements are Country",
                );
                need(
                    c["name"]
                        .as_str()
                        .is_some_and(|n| hirewise_core::places::country(n).is_ok()),
                    "applicantLocationRequirements name countries",
                );
            }
        }
    } else {
        let address = &item["jobLocation"]["address"];
        need(
            item["jobLocation"]["@type"] == "Place",
            "jobLocation is a Place",
        );
        need(address["@type"] == "PostalAddress", "a PostalAddress");
        need(
            is_country_code(&address["addressCountry"]),
            "addressCountry as ISO 3166-1",
        );
        need(
            address["addressLocality"].as_str().is_some(),
            "addressLocality",
        );
    }
    if let Some(t) = item.get("employmentType") {
        need(
            t.as_str().is_some_and(|t| {
                [
                    "FULL_TIME",
                    "PART_TIME",
                    "CONTRACTOR",
                    "TEMPORARY",
                    "INTERN",
                    "VOLUNTEER",
                    "PER_DIEM",
                    "OTHER",
                ]
                .contains(&t)
            }),
            "employmentType in Google's list",
        );
    }
    if let Some(s) = item.get("baseSalary") {
        need(
            s["@type"] == "MonetaryAmount",
            "baseSalary is a MonetaryAmount",
        );
        need(
            s["currency"]
                .as_str()
                .is_some_and(|c| hirewise_core::places::currency(c) == Ok(c)),
            "currency as ISO 4217",
        );
        let v = &s["value"];
        need(v["@type"] == "QuantitativeValue", "a QuantitativeValue");
        need(
            v["unitText"]
                .as_str()
                .is_some_and(|u| ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"].contains(&u)),
            "unitText in Google's list",
        );
        match (v.get("value"), v.get("minValue"), v.get("maxValue")) {
            (Some(one), None, None) => need(one.is_number(), "value is a number"),
            (None, Some(lo), Some(hi)) => need(
                lo.as_f64().zip(hi.as_f64()).is_some_and(|(lo, hi)| lo < hi),
                "minValue below maxValue, as numbers",
            ),
            _ => need(false, "value, or minValue and maxValue"),
        }
    }
    if let Some(v) = item.get("validThrough") {
        need(is_iso_date(v), "validThrough as YYYY-MM-DD");
    }
    out
}

#[test]
fn every_example_meets_googles_job_posting_properties() {
    let (mut remote, mut salaries, mut offices) = (0, 0, 0);
    for (name, text) in examples() {
        for item in job_postings(&name, &text) {
            let found = problems(&item);
            assert!(found.is_empty(), "{name}: {found:?}\n{item:#}");
            remote += usize::from(item["jobLocationType"] == "TELECOMMUTE");
            offices += usize::from(item.get("jobLocation").is_some());
            salaries += usize::from(item.get("baseSalary").is_some());
        }
    }
    assert!(
        remote >= 4 && offices >= 10 && salaries >= 15,
        "{remote} {offices} {salaries}"
    );
}

#[test]
fn the_checks_can_fail() {
    let (_, text) = examples().into_iter().next().expect("an example");
    let mut item = job_postings("first", &text).remove(0);
    item["datePosted"] = Value::from("23/11/2026");
    item["jobLocation"]["address"]["addressCountry"] = Value::from("Utrecht");
    let found = problems(&item);
    assert!(
        found.contains(&"datePosted as YYYY-MM-DD".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"addressCountry as ISO 3166-1".to_string()),
        "{found:?}"
    );
}

/// The plant shop's answers with the place and pay replaced.
fn with(overrides: &str) -> Value {
    let (_, base) = examples()
        .into_iter()
        .find(|(n, _)| n == "plant-shop")
        .expect("the plant shop");
    let keys: Vec<&str> = overrides
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k))
        .collect();
    let kept: Vec<&str> = base
        .lines()
        .filter(|l| !keys.iter().any(|k| l.starts_with(&format!("{k} = "))))
        .filter(|l| {
            // A new place replaces the whole of the old one.
            !keys.contains(&"work_mode")
                || ![
                    "city",
                    "region",
                    "country",
                    "applicants_in",
                    "location_note",
                ]
                .iter()
                .any(|k| l.starts_with(&format!("{k} = ")))
        })
        .collect();
    let text = format!("{}\n{overrides}\n", kept.join("\n"));
    job_postings("plant-shop", &text).remove(0)
}

#[test]
fn pay_as_founders_type_it_becomes_base_salary_exactly() {
    for (pay, currency, unit, lo, hi) in [
        (
            "pay_min = \"500\"\npay_currency = \"£\"\npay_period = \"day\"",
            "GBP",
            "DAY",
            500.0,
            None,
        ),
        (
            "pay_min = \"25\"\npay_currency = \"USD\"\npay_period = \"hour\"",
            "USD",
            "HOUR",
            25.0,
            None,
        ),
        (
            "pay_min = \"30.000\"\npay_max = \"35.000\"\npay_currency = \"€\"\npay_period = \"year\"",
            "EUR",
            "YEAR",
            30000.0,
            Some(35000.0),
        ),
        (
            "pay_min = \"1.500\"\npay_currency = \"EUR\"\npay_period = \"month\"",
            "EUR",
            "MONTH",
            1500.0,
            None,
        ),
        (
            "pay_min = \"15\"\npay_currency = \"GBP\"\npay_period = \"hour\"",
            "GBP",
            "HOUR",
            15.0,
            None,
        ),
        (
            "pay_min = \"30k\"\npay_max = \"30 000\"\npay_currency = \"GBP\"\npay_period = \"year\"",
            "GBP",
            "YEAR",
            30000.0,
            None,
        ),
    ] {
        let item = with(&format!("pay = \"amount\"\n{pay}"));
        let s = &item["baseSalary"];
        assert_eq!(s["currency"], currency, "{pay}");
        assert_eq!(s["value"]["unitText"], unit, "{pay}");
        match hi {
            Some(hi) => {
                assert_eq!(s["value"]["minValue"], lo, "{pay}");
                assert_eq!(s["value"]["maxValue"], hi, "{pay}");
            }
            None => assert_eq!(s["value"]["value"], lo, "{pay}"),
        }
    }
    for left in ["pay = \"competitive\"", "pay = \"left_out\""] {
        assert!(with(left).get("baseSalary").is_none(), "{left}");
    }
}

#[test]
fn places_become_addresses_and_countries() {
    let hybrid = with(
        "work_mode = \"hybrid\"\ncity = \"Utrecht\"\ncountry = \"Netherlands\"\nlocation_note = \"3 days a week in the office\"",
    );
    assert!(
        hybrid.get("jobLocationType").is_none(),
        "hybrid is not TELECOMMUTE"
    );
    let address = &hybrid["jobLocation"]["address"];
    assert_eq!(address["addressCountry"], "NL");
    assert_eq!(address["addressLocality"], "Utrecht");
    assert!(
        hybrid["description"]
            .as_str()
            .is_some_and(|d| d.contains("(hybrid)"))
    );

    // Hybrid work in Basel for people who cross the border: the posting
    // says so, and the page is still not remote.
    let basel = with(
        "work_mode = \"hybrid\"\ncity = \"Basel\"\ncountry = \"Switzerland\"\nhybrid_from = \"CH, DE, FR\"",
    );
    assert!(basel.get("jobLocationType").is_none());
    assert!(basel.get("applicantLocationRequirements").is_none());
    assert_eq!(basel["jobLocation"]["address"]["addressCountry"], "CH");
    assert!(
        basel["description"]
            .as_str()
            .is_some_and(|d| d
                .contains("Basel, Switzerland (hybrid), living in Switzerland, Germany or France")),
        "{}",
        basel["description"]
    );

    // "Berlin, or remote in Germany": the office, and remote work from
    // the country, as Google asks for jobs that may be done either way.
    let berlin = with(
        "work_mode = \"either\"\ncity = \"Berlin\"\ncountry = \"DE\"\napplicants_in = \"Germany\"",
    );
    assert_eq!(
        berlin["jobLocation"]["address"]["addressLocality"], "Berlin",
        "the office stays"
    );
    assert_eq!(berlin["jobLocationType"], "TELECOMMUTE");
    assert_eq!(berlin["applicantLocationRequirements"]["name"], "Germany");
    assert!(
        berlin["description"]
            .as_str()
            .is_some_and(|d| d.contains("Berlin, Germany, or remote from Germany")),
        "{}",
        berlin["description"]
    );

    let remote = with("work_mode = \"remote\"\napplicants_in = \"EU\"");
    assert_eq!(remote["jobLocationType"], "TELECOMMUTE");
    let countries = remote["applicantLocationRequirements"]
        .as_array()
        .expect("a list");
    assert_eq!(countries.len(), 27);
    assert!(countries.iter().all(|c| c["@type"] == "Country"));
    assert!(countries.iter().any(|c| c["name"] == "Portugal"));

    let one = with("work_mode = \"remote\"\napplicants_in = \"UK\"");
    assert_eq!(
        one["applicantLocationRequirements"]["name"],
        "United Kingdom"
    );
    let anywhere = with("work_mode = \"remote\"\napplicants_in = \"anywhere\"");
    assert!(anywhere.get("applicantLocationRequirements").is_none());

    let denver =
        with("work_mode = \"onsite\"\ncity = \"Denver\"\nregion = \"Colorado\"\ncountry = \"USA\"");
    assert_eq!(
        denver["jobLocation"]["address"]["addressRegion"],
        "Colorado"
    );
    assert_eq!(denver["jobLocation"]["address"]["addressCountry"], "US");
}

#[test]
fn places_that_are_not_countries_are_refused_with_their_line() {
    let b = examples::data();
    for (bad, says) in [
        ("country = \"Remoteville\"", "not a country"),
        ("country = \"NL possible\"", "not a country"),
        ("applicants_in = \"Europe\"", "continent"),
        ("applicants_in = \"UTC-5 to UTC+2\"", "not a country"),
    ] {
        let mode = if bad.starts_with("applicants") {
            "remote"
        } else {
            "onsite"
        };
        let text = format!("work_mode = \"{mode}\"\n{bad}\n");
        let e = hirewise_core::answers::parse_file(
            &b.tree,
            &hirewise_core::diag::Source::new("a.toml", &text),
        )
        .expect_err(bad);
        let shown = e.to_string();
        assert!(
            shown.contains(says) && shown.contains("a.toml:2:"),
            "{bad}: {shown}"
        );
    }
}

#[test]
fn a_range_whose_top_is_below_its_bottom_is_refused_at_its_place() {
    let b = examples::data();
    let text = "pay = \"amount\"\npay_min = \"32,000\"\npay_max = \"28,000\"\n";
    let e = hirewise_core::answers::parse_file(
        &b.tree,
        &hirewise_core::diag::Source::new("a.toml", text),
    )
    .expect_err("a reversed range");
    let shown = e.to_string();
    assert!(
        shown.contains("a.toml:3:11")
            && shown.contains("28,000 is below")
            && shown.contains("Pay from"),
        "{shown}"
    );
    let fine = "pay = \"amount\"\npay_min = \"28,000\"\npay_max = \"28,000\"\n";
    assert!(
        hirewise_core::answers::parse_file(
            &b.tree,
            &hirewise_core::diag::Source::new("a.toml", fine)
        )
        .is_ok()
    );
}
