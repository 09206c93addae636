//! Serde structs that mirror the TOML of a question tree exactly.
//!
//! Nothing here is checked: required keys are `Option` so that every missing
//! one can be reported in one run, and ids are `Spanned` so that every
//! report can point at the line and column. `super::build` turns these into
//! the checked model.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor, value::MapAccessDeserializer};
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

pub type Id = Spanned<String>;
/// A template, with where it stands for reporting a placeholder.
pub type Text = Spanned<String>;

#[derive(Debug, Deserialize, Default)]
pub struct RawTree {
    pub meta: Option<Spanned<RawMeta>>,
    pub decision: Option<Spanned<RawDecision>>,
    #[serde(default)]
    pub outcomes: Vec<Spanned<RawOutcome>>,
    #[serde(default)]
    pub verdicts: Vec<Spanned<RawVerdict>>,
    #[serde(default)]
    pub questions: Vec<Spanned<RawQuestion>>,
    #[serde(default)]
    pub warnings: Vec<Spanned<RawWarning>>,
    #[serde(default)]
    pub workload: Vec<Spanned<RawWork>>,
    #[serde(default)]
    pub compare: Vec<Spanned<RawCompare>>,
}

/// One row of the roles side by side: an aspect, and what it is for each
/// outcome, by outcome id.
#[derive(Debug, Deserialize)]
pub struct RawCompare {
    pub aspect: Option<Text>,
    #[serde(default)]
    pub says: std::collections::BTreeMap<String, Text>,
}

/// One assumption of the workload estimate: hours a week of an outcome's
/// work, once or for each pick of a question, when a condition holds.
#[derive(Debug, Deserialize)]
pub struct RawWork {
    pub outcome: Option<Id>,
    pub hours: Option<Spanned<f64>>,
    /// `question` or `question:tag`: the hours count once per pick.
    pub per: Option<Spanned<String>>,
    pub when: Option<Spanned<RawCond>>,
    /// What the hours are for, as the result names its main inputs.
    pub what: Option<Text>,
}

#[derive(Debug, Deserialize)]
pub struct RawMeta {
    pub title: Option<Spanned<String>>,
    pub intro: Option<String>,
    pub start: Option<Id>,
}

#[derive(Debug, Deserialize)]
pub struct RawDecision {
    pub balance: Option<Spanned<f64>>,
    pub min_evidence: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
pub struct RawOutcome {
    pub id: Option<Id>,
    pub label: Option<String>,
    pub first_because: Option<Text>,
    /// The points of evidence from which the outcome's work is a real need.
    pub need: Option<Spanned<f64>>,
    /// The outcome's work as a sentence names it ("social media work").
    pub work: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct RawVerdict {
    pub id: Option<Id>,
    pub label: Option<String>,
    pub summary: Option<Spanned<RawSay>>,
    pub form: Option<Spanned<RawSay>>,
    #[serde(default)]
    pub roles: Vec<Id>,
    #[serde(default)]
    pub then: Vec<Spanned<RawStep>>,
    pub when: Option<Spanned<RawCond>>,
}

/// A next step: a plain string, or a table `{ text = "...", when = ... }`
/// shown only when its condition holds.
#[derive(Debug)]
pub enum RawStep {
    Text(Text),
    When(Box<RawWhenStep>),
}

#[derive(Debug, Deserialize)]
pub struct RawWhenStep {
    pub text: Option<Text>,
    pub when: Option<Spanned<RawCond>>,
}

/// A text that depends on the answers: one string, or a list of steps of
/// which the first whose `when` holds is said.
#[derive(Debug)]
pub enum RawSay {
    Text(String),
    Steps(Vec<Spanned<RawStep>>),
}

impl<'de> Deserialize<'de> for RawSay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct SayVisitor;
        impl<'de> Visitor<'de> for SayVisitor {
            type Value = RawSay;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a list of strings and tables with `text` and `when`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawSay, E> {
                Ok(RawSay::Text(s.to_string()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<RawSay, A::Error> {
                Vec::<Spanned<RawStep>>::deserialize(de::value::SeqAccessDeserializer::new(seq))
                    .map(RawSay::Steps)
            }
        }
        d.deserialize_any(SayVisitor)
    }
}

/// By hand rather than `#[serde(untagged)]`, which buffers the value and so
/// loses the spans and the unknown keys inside the table.
impl<'de> Deserialize<'de> for RawStep {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct StepVisitor;
        impl<'de> Visitor<'de> for StepVisitor {
            type Value = RawStep;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a table with `text` and `when`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawStep, E> {
                // The span is the step's own, which `Spanned<RawStep>` holds.
                Ok(RawStep::Text(Spanned::new(0..0, s.to_string())))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawStep, A::Error> {
                RawWhenStep::deserialize(MapAccessDeserializer::new(map))
                    .map(|w| RawStep::When(Box::new(w)))
            }
        }
        d.deserialize_any(StepVisitor)
    }
}

#[derive(Debug, Deserialize)]
pub struct RawQuestion {
    pub id: Option<Id>,
    pub kind: Option<Spanned<String>>,
    pub section: Option<String>,
    pub prompt: Option<String>,
    pub help: Option<String>,
    pub required: Option<bool>,
    pub placeholder: Option<String>,
    pub format: Option<Spanned<String>>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub next: Option<Id>,
    pub skip_if: Option<Spanned<RawCond>>,
    #[serde(default)]
    pub options: Vec<Spanned<RawOption>>,
    pub screen: Option<String>,
    pub prefill: Option<Spanned<String>>,
    /// An amount or number that may not be below another question's.
    pub not_below: Option<Id>,
    /// The option a wizard starts from, by the answers so far.
    #[serde(default)]
    pub suggest: Vec<Spanned<RawSuggest>>,
}

/// `{ option = "small", when = ... }`: the option a wizard starts from
/// when the condition holds (always, without one).
#[derive(Debug, Deserialize)]
pub struct RawSuggest {
    pub option: Option<Id>,
    pub when: Option<Spanned<RawCond>>,
}

#[derive(Debug, Deserialize)]
pub struct RawOption {
    pub id: Option<Id>,
    pub label: Option<String>,
    pub help: Option<String>,
    #[serde(default)]
    pub weights: BTreeMap<String, Spanned<f64>>,
    pub reason: Option<String>,
    pub next: Option<Id>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub exclusive: Option<bool>,
    #[serde(default)]
    pub say: BTreeMap<String, Spanned<String>>,
    pub posting: Option<RawAdditions>,
}

#[derive(Debug, Deserialize, Default)]
pub struct RawAdditions {
    #[serde(default)]
    pub roles: Vec<Id>,
    #[serde(default)]
    pub duties: Vec<Text>,
    #[serde(default)]
    pub kpis: Vec<Text>,
    #[serde(default)]
    pub requirements: Vec<Text>,
    #[serde(default)]
    pub nice_to_have: Vec<Text>,
}

#[derive(Debug, Deserialize)]
pub struct RawWarning {
    pub id: Option<Id>,
    pub when: Option<Spanned<RawCond>>,
    pub message: Option<Text>,
    pub instead: Option<Text>,
}

/// `hours = { outcome = "social", at_least = 40 }`: the estimate of one
/// outcome's work, or of all of it when no outcome is named.
#[derive(Debug, Deserialize)]
pub struct RawHours {
    pub outcome: Option<Id>,
    pub at_least: Option<f64>,
    pub at_most: Option<f64>,
    /// A number question: the estimate is more than its answer.
    pub more_than: Option<Id>,
}

/// A condition: every key given must hold (they are joined by "and").
#[derive(Debug, Deserialize, Default)]
pub struct RawCond {
    pub(crate) question: Option<Id>,
    pub(crate) is: Option<Vec<Id>>,
    pub(crate) is_not: Option<Vec<Id>>,
    pub(crate) tagged: Option<String>,
    pub(crate) selected_at_least: Option<usize>,
    pub(crate) at_least: Option<f64>,
    pub(crate) at_most: Option<f64>,
    pub(crate) answered: Option<bool>,
    pub(crate) contains_any: Option<Vec<String>>,
    /// A country answer in one of these places (codes or groups: "EU").
    pub in_places: Option<Vec<Spanned<String>>>,
    pub(crate) leader: Option<Id>,
    pub(crate) balanced: Option<bool>,
    pub(crate) evidence_below: Option<f64>,
    /// Outcomes whose points all reach their `need`.
    pub needed: Option<Vec<Id>>,
    /// A test on the estimated hours a week of work.
    pub hours: Option<Spanned<RawHours>>,
    pub(crate) hiring: Option<Id>,
    pub(crate) role: Option<Id>,
    pub(crate) verdict: Option<Vec<Id>>,
    pub(crate) first: Option<Spanned<bool>>,
    pub(crate) all: Option<Vec<Spanned<RawCond>>>,
    pub(crate) any: Option<Vec<Spanned<RawCond>>>,
    pub(crate) not: Option<Box<Spanned<RawCond>>>,
}
