//! Laws that ask for pay in job adverts (questions/pay_laws.toml), and the
//! warning a posting gets when one covers it and the pay is missing or
//! only "competitive". The places come from the posting's facts: where the
//! job is, or where remote applicants may live.

use crate::decide::FiredWarning;
use crate::places;
use crate::posting::{Facts, Posting};
use serde::Deserialize;
use std::sync::OnceLock;

/// The built-in list, as in the repository.
pub const DEFAULT: &str = include_str!("../../questions/pay_laws.toml");
pub(crate) const DEFAULT_NAME: &str = "questions/pay_laws.toml";

/// One law, as the data gives it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    pub(crate) id: String,
    pub(crate) name: String,
    /// The place it belongs to ("Colorado"), for a list of many laws.
    pub short: String,
    /// Countries, groups of them, or states and provinces (ISO 3166-2).
    pub places: Vec<String>,
    #[serde(default)]
    pub(crate) cities: Vec<String>,
    /// Whether it covers remote jobs open to people who live there.
    pub remote: bool,
    pub(crate) employers: String,
    pub(crate) from: String,
    pub(crate) asks: String,
    pub(crate) source: String,
    pub(crate) checked: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    laws: Vec<Law>,
}

/// Read a list of laws; the message names the file, line and column.
pub fn parse(name: &str, text: &str) -> Result<Vec<Law>, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or_else(String::new, |s| {
            let before = &text[..s.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!(":{line}:{column}")
        });
        format!("{name}{at}: {}", e.message())
    })?;
    for law in &file.laws {
        for p in &law.places {
            let known = places::countries(p).is_ok()
                || p.split_once('-')
                    .is_some_and(|(c, _)| places::subdivision(c, p).is_some());
            if !known {
                return Err(format!(
                    "{name}: law `{}` names an unknown place `{p}`",
                    law.id
                ));
            }
        }
        if law.from.parse::<jiff::civil::Date>().is_err()
            || law.checked.parse::<jiff::civil::Date>().is_err()
        {
            return Err(format!(
                "{name}: law `{}` needs `from` and `checked` as YYYY-MM-DD",
                law.id
            ));
        }
    }
    Ok(file.laws)
}

/// The built-in laws, read once. The list is checked by the test suite,
/// so a broken one is never shipped; were it broken, no law would apply.
pub fn builtin() -> &'static [Law] {
    static LAWS: OnceLock<Vec<Law>> = OnceLock::new();
    LAWS.get_or_init(|| parse(DEFAULT_NAME, DEFAULT).unwrap_or_default())
}

/// Where a posting's job is, for matching laws: its workplace (country
/// and state or province), the countries remote applicants may live in, or
/// both when the hire may choose.
struct Reach {
    workplace: Option<Workplace>,
    remote: Option<Applicants>,
}

struct Workplace {
    country: String,
    subdivision: Option<String>,
    city: String,
}

struct Applicants {
    /// Countries (ISO 3166-1); empty with `anywhere`.
    countries: Vec<String>,
    anywhere: bool,
}

impl Reach {
    fn of(f: &Facts) -> Self {
        let workplace = (!f.remote() && !f.country.is_empty()).then(|| Workplace {
            country: f.country.clone(),
            // "Denver" with no state: nothing to go on. A city that is also
            // a state's name ("New York") counts as that state.
            subdivision: places::subdivision(&f.country, &f.region)
                .or_else(|| places::subdivision(&f.country, &f.city)),
            city: f.city.trim().to_lowercase(),
        });
        // Hybrid work across a border is done from home on the other days.
        let remote = (f.remote_allowed() || !f.applicants.is_empty()).then(|| Applicants {
            countries: places::expand(&f.applicants)
                .iter()
                .map(|c| c.to_string())
                .collect(),
            anywhere: f.applicants.iter().any(|a| a == places::ANYWHERE),
        });
        Self { workplace, remote }
    }

    fn covered_by(&self, law: &Law) -> bool {
        let at_work = self.workplace.as_ref().is_some_and(|w| w.covered_by(law));
        let from_home = law.remote && self.remote.as_ref().is_some_and(|a| a.covered_by(law));
        at_work || from_home
    }
}

/// The countries a law's place stands for: one, or the members of a group.
fn members(place: &str) -> Vec<String> {
    places::countries(place)
        .map(|t| places::expand(&t).iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

/// A law's place that is a state or province ("US-CO"), as its country.
fn state_of(place: &str) -> Option<&str> {
    place
        .split_once('-')
        .filter(|(c, _)| c.len() == 2)
        .map(|(c, _)| c)
}

impl Workplace {
    fn covered_by(&self, law: &Law) -> bool {
        law.places.iter().any(|p| match state_of(p) {
            Some(_) => {
                let city_ok = law.cities.is_empty() || law.cities.contains(&self.city);
                self.subdivision.as_deref() == Some(p.as_str()) && city_ok
            }
            None => members(p).contains(&self.country),
        })
    }
}

impl Applicants {
    fn covered_by(&self, law: &Law) -> bool {
        law.places.iter().any(|p| {
            self.anywhere
                || match state_of(p) {
                    // Remote work open to a country is open to each of its
                    // states.
                    Some(country) => self.countries.iter().any(|c| c == country),
                    None => members(p).iter().any(|m| self.countries.contains(m)),
                }
        })
    }
}

/// What is wrong with a posting's pay for a law that asks for it; `None`
/// when it gives a figure.
fn problem(f: &Facts) -> Option<&'static str> {
    match (&f.pay, f.pay_said.is_empty()) {
        (Some(_), _) => None,
        (None, true) => Some("has no pay"),
        (None, false) => Some("says only that the pay is competitive, which does not meet it"),
    }
}

/// "1 January 2021", as a date reads in a sentence.
fn day(iso: &str) -> String {
    iso.parse::<jiff::civil::Date>()
        .map_or_else(|_| iso.to_string(), |d| d.strftime("%-d %B %Y").to_string())
}

/// One warning for each posting without pay that a law covers, naming
/// every law that does (`pay_law`, then `pay_law_2` for a second posting).
pub fn check(laws: &[Law], postings: &[Posting]) -> Vec<FiredWarning> {
    let mut out: Vec<FiredWarning> = Vec::new();
    for p in postings {
        let Some(problem) = problem(&p.facts) else {
            continue;
        };
        let reach = Reach::of(&p.facts);
        let covering: Vec<&Law> = laws.iter().filter(|l| reach.covered_by(l)).collect();
        let (whose, them) = match (&reach.workplace, &reach.remote) {
            (Some(_), Some(_)) => (
                "This job, or where its applicants may live, is",
                "where it is or applicants may live",
            ),
            (None, Some(_)) => ("Applicants may live", "where applicants may live"),
            _ => ("This job is", "where it is"),
        };
        let problem = if covering.len() > 1 {
            problem.replace("meet it", "meet them")
        } else {
            problem.to_string()
        };
        let message = match covering.as_slice() {
            [] => continue,
            [law] => format!(
                "{whose} where {} applies ({}, since {}). It asks for {}. The {} posting {problem}.",
                law.name,
                law.employers,
                day(&law.from),
                law.asks,
                p.title.text
            ),
            few @ ([_, _] | [_, _, _]) => format!(
                "{} laws ask for pay in job adverts {them}: {}. The {} posting {problem}.",
                few.len(),
                crate::text::and_list(
                    &few.iter()
                        .map(|l| format!("{} ({}, since {})", l.name, l.employers, day(&l.from)))
                        .collect::<Vec<_>>()
                ),
                p.title.text
            ),
            // Too many to spell out: where they are, and the sources below.
            many => format!(
                "{} laws ask for pay in job adverts {them}, those of {}. The {} posting {problem}.",
                many.len(),
                crate::text::and_list(&many.iter().map(|l| l.short.as_str()).collect::<Vec<_>>()),
                p.title.text
            ),
        };
        // The sources, under the day they were checked.
        let mut days: Vec<&str> = covering.iter().map(|l| l.checked.as_str()).collect();
        days.sort_unstable();
        days.dedup();
        let sources: Vec<String> = days
            .iter()
            .map(|d| {
                let urls: Vec<&str> = (covering.iter())
                    .filter(|l| l.checked == *d)
                    .map(|l| l.source.as_str())
                    .collect();
                format!("checked {}: {}", day(d), urls.join(", "))
            })
            .collect();
        out.push(FiredWarning {
            id: match out.len() {
                0 => "pay_law".into(),
                n => format!("pay_law_{}", n + 1),
            },
            message,
            instead: format!(
                "State the pay as an amount or a range. This is a guide, not legal advice: check the law that applies to you. Sources, {}.",
                sources.join("; ")
            ),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_list_reads_and_names_the_laws_asked_for() {
        let laws = parse(DEFAULT_NAME, DEFAULT).expect("the built-in list reads");
        for id in [
            "eu_directive",
            "colorado",
            "california",
            "washington",
            "new_york_state",
            "new_york_city",
            "illinois",
            "minnesota",
            "maryland",
            "massachusetts",
            "new_jersey",
            "vermont",
            "hawaii",
            "district_of_columbia",
            "british_columbia",
            "ontario",
        ] {
            assert!(laws.iter().any(|l| l.id == id), "{id} is missing");
        }
        assert_eq!(builtin().len(), laws.len());
    }

    #[test]
    fn a_broken_list_names_its_place() {
        let e = parse("laws.toml", "[[laws]]\nid = 3\n").unwrap_err();
        assert!(e.starts_with("laws.toml:2:6"), "{e}");
        let bad = DEFAULT.replacen("places = [\"US-CO\"]", "places = [\"US-XX\"]", 1);
        assert!(parse("laws.toml", &bad).unwrap_err().contains("US-XX"));
    }

    fn facts(
        arrangement: &str,
        city: &str,
        region: &str,
        country: &str,
        applicants: &str,
    ) -> Facts {
        Facts {
            employment_type: String::new(),
            arrangement: arrangement.into(),
            city: city.into(),
            region: region.into(),
            country: country.into(),
            applicants: applicants
                .split(", ")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            pay: None,
            pay_said: String::new(),
            valid_through: String::new(),
            work_hours: String::new(),
        }
    }

    fn covered(f: &Facts) -> Vec<String> {
        let reach = Reach::of(f);
        builtin()
            .iter()
            .filter(|l| reach.covered_by(l))
            .map(|l| l.id.clone())
            .collect()
    }

    #[test]
    fn laws_follow_the_workplace_or_where_applicants_live() {
        assert_eq!(
            covered(&facts("on site", "Denver", "Colorado", "US", "")),
            ["colorado"]
        );
        assert_eq!(
            covered(&facts("hybrid", "Brooklyn", "NY", "US", "")),
            ["new_york_state", "new_york_city"]
        );
        assert_eq!(
            covered(&facts("on site", "Austin", "Texas", "US", "")),
            Vec::<String>::new()
        );
        assert_eq!(
            covered(&facts("on site", "Leeds", "", "GB", "")),
            Vec::<String>::new()
        );
        assert_eq!(
            covered(&facts("on site", "Vienna", "", "AT", "")),
            ["eu_directive", "austria"]
        );
        assert_eq!(
            covered(&facts("on site", "Toronto", "Ontario", "CA", "")),
            ["ontario"]
        );
        // Remote work open to the US is open to Colorado's residents.
        let us = covered(&facts("remote", "", "", "", "US"));
        assert!(us.contains(&"colorado".to_string()) && us.contains(&"new_york_city".to_string()));
        assert!(!us.contains(&"ontario".to_string()));
        assert!(!us.contains(&"eu_directive".to_string()));
        let eu = covered(&facts("remote", "", "", "", "EU, GB"));
        assert!(eu.contains(&"eu_directive".to_string()) && eu.contains(&"slovakia".to_string()));
        assert!(!eu.contains(&"colorado".to_string()));
        assert!(covered(&facts("remote", "", "", "", "anywhere")).len() > 10);
        // A workplace in Texas the hire may stay away from, working from
        // anywhere in the US: Colorado's law reaches it, Texas has none.
        let either = covered(&facts("on site or remote", "Austin", "Texas", "US", "US"));
        assert!(either.contains(&"colorado".to_string()), "{either:?}");
        // A workplace in Vienna, remote from the UK: Austria's law follows
        // the workplace, and no law follows the UK's residents.
        assert_eq!(
            covered(&facts("on site or remote", "Vienna", "", "AT", "GB")),
            ["eu_directive", "austria"]
        );
        // Hybrid work in Basel for people living in Germany: the days at
        // home fall under the EU's law.
        assert_eq!(
            covered(&facts("hybrid", "Basel", "", "CH", "CH, DE")),
            ["eu_directive"]
        );
        assert_eq!(
            covered(&facts("hybrid", "Basel", "", "CH", "")),
            Vec::<String>::new()
        );
    }

    #[test]
    fn competitive_is_not_pay_and_a_figure_is() {
        let mut f = facts("on site", "Denver", "CO", "US", "");
        assert_eq!(problem(&f), Some("has no pay"));
        f.pay_said = "Competitive".into();
        assert!(problem(&f).is_some_and(|p| p.contains("competitive")));
        f.pay = Some(crate::posting::Pay {
            min: 50000.0,
            max: None,
            currency: "USD".into(),
            unit: "YEAR".into(),
        });
        assert_eq!(problem(&f), None);
    }
}
