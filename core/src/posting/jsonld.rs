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
    if let Some(place) = place(&p.facts) {
        obj.insert("jobLocation".into(), place);
    }
    if p.facts.remote_allowed() {
        // Google's rules: TELECOMMUTE only for work that may be done
        // remotely all of the time, with the countries applicants may live
        // in, beside `jobLocation` when there is also a workplace; hybrid
        // work keeps its office and says so in the description.
        obj.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        let countries = crate::places::expand(&p.facts.applicants);
        let listed: Vec<Value> = countries
            .iter()
            .map(|c| json!({ "@type": "Country", "name": crate::places::country_label(c) }))
            .collect();
        match <[Value; 1]>::try_from(listed) {
            Ok([one]) => {
                obj.insert("applicantLocationRequirements".into(), one);
            }
            Err(many) if !many.is_empty() => {
                obj.insert("applicantLocationRequirements".into(), Value::Array(many));
            }
            Err(_) => {}
        }
    }
    if !p.facts.work_hours.is_empty() {
        obj.insert("workHours".into(), json!(p.facts.work_hours));
    }
    if let Some(pay) = &p.facts.pay {
        obj.insert("baseSalary".into(), salary(pay));
    }
    // Only a real date, and not one already past on the day of posting: a
    // board would take the posting down at once.
    let closes = p.facts.valid_through.parse::<Date>().ok();
    if let Some(closes) = closes.filter(|c| *c >= posted) {
        obj.insert("validThrough".into(), json!(closes.to_string()));
    }
    v
}

/// The workplace of a job that has one, as a schema.org Place.
fn place(f: &super::Facts) -> Option<Value> {
    if f.remote() || f.country.is_empty() {
        return None;
    }
    let mut address = json!({ "@type": "PostalAddress", "addressCountry": f.country });
    if let Some(a) = address.as_object_mut() {
        if !f.city.is_empty() {
            a.insert("addressLocality".into(), json!(f.city));
        }
        if !f.region.is_empty() {
            a.insert("addressRegion".into(), json!(f.region));
        }
    }
    Some(json!({ "@type": "Place", "address": address }))
}

/// The pay as a schema.org MonetaryAmount: a range, or one figure.
fn salary(pay: &super::Pay) -> Value {
    let value = match pay.max.filter(|max| *max > pay.min) {
        Some(max) => {
            json!({ "@type": "QuantitativeValue", "minValue": pay.min, "maxValue": max, "unitText": pay.unit })
        }
        None => json!({ "@type": "QuantitativeValue", "value": pay.min, "unitText": pay.unit }),
    };
    json!({ "@type": "MonetaryAmount", "currency": pay.currency, "value": value })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::posting::{Facts, Line, Posting};

    fn posting() -> Posting {
        Posting {
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
                arrangement: "on site".into(),
                city: "Leeds".into(),
                region: String::new(),
                country: "GB".into(),
                applicants: Vec::new(),
                pay: None,
                pay_said: String::new(),
                valid_through: String::new(),
                work_hours: String::new(),
            },
            typed: Vec::new(),
        }
    }

    #[test]
    fn work_hours_only_when_the_posting_has_them() {
        let posted = "2026-11-23".parse().expect("a date");
        let mut p = posting();
        assert!(job_posting(&p, posted, String::new())["workHours"].is_null());
        p.facts.work_hours = "20 hours a week".into();
        let v = job_posting(&p, posted, String::new());
        assert_eq!(v["workHours"], "20 hours a week");
    }

    #[test]
    fn valid_through_is_a_date_from_the_day_of_posting_on() {
        let mut p = posting();
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
}
