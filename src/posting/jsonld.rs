//! schema.org JobPosting as JSON-LD, for job boards and search engines.

use super::Posting;
use jiff::civil::Date;
use serde_json::{Value, json};

/// One JobPosting object per posting; a list when there are several.
pub fn job_postings(postings: &[Posting], posted: Date, descriptions: &[String]) -> Value {
    let items: Vec<Value> = postings
        .iter()
        .zip(descriptions)
        .map(|(p, d)| job_posting(p, posted, d.clone()))
        .collect();
    match <[Value; 1]>::try_from(items) {
        Ok([one]) => one,
        Err(items) => Value::Array(items),
    }
}

fn job_posting(p: &Posting, posted: Date, description: String) -> Value {
    let mut v = json!({
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": p.title.text,
        "description": description,
        "datePosted": posted.to_string(),
        "hiringOrganization": { "@type": "Organization", "name": p.organisation },
    });
    let Some(obj) = v.as_object_mut() else {
        return v;
    };
    if !p.facts.employment_type.is_empty() {
        obj.insert("employmentType".into(), json!(p.facts.employment_type));
    }
    if p.facts.remote {
        obj.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        let region = remote_region(&p.facts.location);
        obj.insert(
            "applicantLocationRequirements".into(),
            json!({ "@type": "Country", "name": region.unwrap_or("Anywhere") }),
        );
    } else if !p.facts.location.is_empty() {
        obj.insert(
            "jobLocation".into(),
            json!({ "@type": "Place", "address": { "@type": "PostalAddress", "addressLocality": p.facts.location } }),
        );
    }
    if let Some(salary) = salary(&p.facts.salary) {
        obj.insert("baseSalary".into(), salary);
    }
    // Only a real date, and not one already past on the day of posting: a
    // board would take the posting down at once.
    let closes = p.facts.valid_through.parse::<Date>().ok();
    if let Some(closes) = closes.filter(|c| *c >= posted) {
        obj.insert("validThrough".into(), json!(closes.to_string()));
    }
    v
}

/// "Remote (Europe)" or "Remote within Portugal" -> the region named.
fn remote_region(location: &str) -> Option<&str> {
    // ASCII lower-casing keeps every byte where it was, so positions found
    // in `lower` are valid in `location` ("İ" would grow under full Unicode
    // lower-casing and shift them).
    let lower = location.to_ascii_lowercase();
    if let (Some(open), Some(close)) = (location.find('('), location.rfind(')')) {
        if open < close {
            return Some(location[open + 1..close].trim()).filter(|s| !s.is_empty());
        }
    }
    let at = [" within ", "remote in "]
        .iter()
        .find_map(|w| lower.find(w).map(|i| i + w.len()))?;
    Some(location[at..].trim()).filter(|s| !s.is_empty())
}

/// A salary written by hand ("€45,000–55,000 a year", "$110k-130k",
/// "£13 an hour") as a schema.org MonetaryAmount, when it can be read.
pub fn salary(text: &str) -> Option<Value> {
    let lower = text.to_lowercase();
    // Codes count only as whole words: "entrepreneurial" holds no euros.
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let currency = [
        ("€", "EUR"),
        ("eur", "EUR"),
        ("£", "GBP"),
        ("gbp", "GBP"),
        ("$", "USD"),
        ("usd", "USD"),
        ("chf", "CHF"),
    ]
    .iter()
    .find(|(sign, _)| {
        if sign.is_ascii() && sign.chars().all(char::is_alphabetic) {
            words.contains(sign)
        } else {
            lower.contains(sign)
        }
    })
    .map(|(_, code)| *code)?;
    let mut numbers: Vec<f64> = Vec::new();
    let mut digits = String::new();
    let chars: Vec<char> = lower.chars().chain([' ']).collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() || (*c == '.' && !digits.is_empty()) {
            digits.push(*c);
        } else if *c == ','
            && !digits.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            // A thousands separator.
        } else if !digits.is_empty() {
            let mut n: f64 = digits.trim_end_matches('.').parse().ok()?;
            if *c == 'k' {
                n *= 1000.0;
            }
            numbers.push(n);
            digits.clear();
        }
    }
    // "55-65k": the k written once applies to the whole range.
    if let [lo, hi, ..] = numbers.as_mut_slice() {
        if *hi >= 1000.0 && *lo < 1000.0 && *lo * 1000.0 <= *hi {
            *lo *= 1000.0;
        }
    }
    // "an hour", "per month", "/week", "a year": the period the amount is
    // paid for. Said so, it wins over an adverb elsewhere ("€45,000 a year,
    // paid monthly"); any mention of a period ("reviewed after 6 months")
    // counts for nothing.
    let periods = [
        ("HOUR", &["hour", "hr"][..], "hourly"),
        ("WEEK", &["week", "wk"][..], "weekly"),
        ("MONTH", &["month", "mo"][..], "monthly"),
        ("YEAR", &["year", "yr", "annum"][..], "yearly"),
    ];
    let per = |names: &[&str]| {
        names.iter().any(|n| {
            lower.contains(&format!("/{n}"))
                || lower.contains(&format!("/ {n}"))
                || (words.windows(2)).any(|w| matches!(w[0], "a" | "an" | "per") && w[1] == *n)
        })
    };
    let unit = (periods.iter().find(|(_, names, _)| per(names)))
        .or_else(|| periods.iter().find(|(_, _, adverb)| words.contains(adverb)))
        .map_or("YEAR", |(unit, _, _)| *unit);
    // A range is two amounts, the second the larger; other numbers ("after
    // 6 months") are not amounts.
    let value = match numbers.as_slice() {
        [lo, hi, ..] if hi >= lo => {
            json!({ "@type": "QuantitativeValue", "minValue": lo, "maxValue": hi, "unitText": unit })
        }
        [one, ..] => json!({ "@type": "QuantitativeValue", "value": one, "unitText": unit }),
        [] => return None,
    };
    Some(json!({ "@type": "MonetaryAmount", "currency": currency, "value": value }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salaries_written_by_hand_are_read() {
        let v = salary("€45,000–55,000 a year").expect("read");
        assert_eq!(v["currency"], "EUR");
        assert_eq!(v["value"]["minValue"], 45000.0);
        assert_eq!(v["value"]["maxValue"], 55000.0);
        assert_eq!(v["value"]["unitText"], "YEAR");
        let v = salary("$110k-130k").expect("read");
        assert_eq!(v["value"]["maxValue"], 130000.0);
        let v = salary("55-65k EUR").expect("read");
        assert_eq!(v["value"]["minValue"], 55000.0);
        assert_eq!(v["value"]["maxValue"], 65000.0);
        let v = salary("£13-15 an hour").expect("read");
        assert_eq!(v["value"]["minValue"], 13.0, "no k, no scaling");
        let v = salary("£13 an hour").expect("read");
        assert_eq!(v["value"]["value"], 13.0);
        assert_eq!(v["value"]["unitText"], "HOUR");
        let v = salary("€3,200 per month").expect("read");
        assert_eq!(v["value"]["unitText"], "MONTH");
        let v = salary("£400/week").expect("read");
        assert_eq!(v["value"]["unitText"], "WEEK");
        assert_eq!(salary("competitive"), None);
        assert_eq!(salary("40000"), None, "no currency, no guess");
    }

    #[test]
    fn a_period_mentioned_is_not_the_period_paid_for() {
        let v = salary("€45k–55k, reviewed after 6 months").expect("read");
        assert_eq!(v["value"]["unitText"], "YEAR");
        let v = salary("€45k, reviewed after 6 months").expect("read");
        assert_eq!(v["value"]["value"], 45000.0, "6 is not the top of a range");
        assert!(v["value"].get("maxValue").is_none());
    }

    #[test]
    fn a_period_said_wins_over_an_adverb() {
        let v = salary("€45,000 a year, paid monthly").expect("read");
        assert_eq!(v["value"]["unitText"], "YEAR");
        let v = salary("€3,000, paid monthly").expect("read");
        assert_eq!(v["value"]["unitText"], "MONTH");
    }

    #[test]
    fn short_periods_are_read() {
        for (text, unit) in [
            ("£25/hr", "HOUR"),
            ("€20 per hr", "HOUR"),
            ("€20 / hour", "HOUR"),
            ("$95k/yr", "YEAR"),
        ] {
            let v = salary(text).expect("read");
            assert_eq!(v["value"]["unitText"], unit, "{text}");
        }
    }

    #[test]
    fn currency_codes_count_only_as_words() {
        let v = salary("$90k plus equity for an entrepreneurial hire").expect("read");
        assert_eq!(v["currency"], "USD");
    }

    #[test]
    fn valid_through_is_a_date_from_the_day_of_posting_on() {
        use crate::posting::{Facts, Line, Posting};
        let mut p = Posting {
            role: "social".into(),
            title: Line {
                label: None,
                text: "Social Media Manager".into(),
                sources: vec!["core".into()],
                duty: None,
            },
            organisation: "Acme".into(),
            sections: Vec::new(),
            kit: Vec::new(),
            facts: Facts {
                employment_type: String::new(),
                location: String::new(),
                remote: false,
                salary: String::new(),
                valid_through: String::new(),
            },
            typed: Vec::new(),
        };
        let closes = |p: &Posting, posted: &str| {
            let posted = posted.parse().expect("a date");
            job_posting(p, posted, String::new())["validThrough"].clone()
        };
        p.facts.valid_through = "2027-01-15".into();
        assert_eq!(closes(&p, "2026-11-23"), "2027-01-15");
        assert_eq!(
            closes(&p, "2027-01-15"),
            "2027-01-15",
            "the last day may be today"
        );
        assert!(closes(&p, "2027-02-01").is_null(), "already past");
        p.facts.valid_through = "next Friday".into();
        assert!(closes(&p, "2026-11-23").is_null(), "not a date");
    }

    #[test]
    fn remote_regions_are_found() {
        assert_eq!(remote_region("Remote (Europe)"), Some("Europe"));
        assert_eq!(
            remote_region("Lisbon, or remote within Portugal"),
            Some("Portugal")
        );
        assert_eq!(
            remote_region("Berlin or remote in Germany"),
            Some("Germany")
        );
        assert_eq!(remote_region("Remote"), None);
        assert_eq!(
            remote_region("İzmir office, or remote within Österreich"),
            Some("Österreich"),
            "a letter that grows when lower-cased must not shift the slice"
        );
    }
}
