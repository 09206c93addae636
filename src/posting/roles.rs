//! Role profiles: the standing text of each posting, from a TOML file whose
//! strings are small templates filled with the founder's answers.

use crate::answers::{Answer, Answers};
use crate::diag::{Diagnostic, Diagnostics, Source};
use crate::text::{self, clean_line};
use crate::tree::Tree;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The default role profiles, compiled into the binary.
pub const DEFAULT_ROLES: &str = include_str!("../../questions/roles.toml");
pub const DEFAULT_ROLES_NAME: &str = "questions/roles.toml";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    /// The company's name as the posting shows it.
    pub company: String,
    /// The "about the company" paragraph.
    pub about: String,
    /// How to apply.
    pub apply: String,
    /// Values for answers left blank, by question id.
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
    /// Words that depend on the answers (say "members" or "customers"),
    /// worked out once and offered to every template as `w.NAME`.
    #[serde(default)]
    pub words: BTreeMap<String, String>,
    /// The facts listed under the title (location, salary...).
    #[serde(default)]
    pub details: Vec<DetailTemplate>,
    /// Facts for machine-readable formats.
    #[serde(default)]
    pub facts: FactTemplates,
    pub roles: Vec<Role>,
    #[serde(skip)]
    env: minijinja::Environment<'static>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailTemplate {
    pub label: String,
    pub value: String,
}

/// Templates for the facts that structured formats need.
#[derive(Debug, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FactTemplates {
    /// A schema.org employment type, such as FULL_TIME.
    #[serde(default)]
    pub employment_type: String,
    #[serde(default)]
    pub location: String,
    /// Any text when the job is remote, empty when it is not.
    #[serde(default)]
    pub remote: String,
    #[serde(default)]
    pub salary: String,
    /// The last day to apply (YYYY-MM-DD), or empty.
    #[serde(default)]
    pub valid_through: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub duties: Vec<String>,
    pub kpis: Vec<String>,
    pub requirements: Vec<String>,
    #[serde(default)]
    pub nice_to_have: Vec<String>,
    pub works_with: String,
    pub not: Vec<String>,
    pub interview: Vec<String>,
    pub plan_30: Vec<String>,
    pub plan_60: Vec<String>,
    pub plan_90: Vec<String>,
    pub review: Vec<String>,
}

impl Roles {
    pub fn default_roles() -> Result<Self, Diagnostics> {
        crate::builtin::load().map(|b| b.roles)
    }

    pub fn parse(src: &Source) -> Result<Self, Diagnostics> {
        let roles: Roles = toml::from_str(&src.text).map_err(|e| {
            Diagnostics(vec![Diagnostic::error(
                src,
                e.span(),
                e.message().trim().to_string(),
            )])
        })?;
        Ok(roles.with_filters())
    }

    /// Give the template environment the filters role texts use.
    pub(crate) fn with_filters(mut self) -> Self {
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Lenient);
        env.add_filter("and_list", |items: Vec<String>| text::and_list(&items));
        env.add_filter("phrase", |s: String| text::phrase(&s));
        env.add_filter("upper_first", |s: String| text::upper_first(&s));
        self.env = env;
        self
    }

    pub fn get(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The values templates can use: `a.ID` is an answer as shown, `l.ID` its
    /// option labels as a list, `picked.ID` its option ids, `lead` the
    /// outcome the answers lean toward, `hires` the roles the advice writes
    /// postings for, and `w.NAME` the `words`.
    pub fn context(
        &self,
        tree: &Tree,
        answers: &Answers,
        lead: &str,
        hires: &[String],
    ) -> minijinja::Value {
        let mut shown: BTreeMap<String, String> = self.defaults.clone();
        let mut labels: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut picked: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for q in &tree.questions {
            let Some(a) = answers.get(&q.id) else {
                continue;
            };
            if *a == Answer::Skipped {
                continue;
            }
            shown.insert(q.id.clone(), clean_line(&a.display(q)));
            let ids: Vec<String> = a.picked().iter().map(|s| s.to_string()).collect();
            labels.insert(
                q.id.clone(),
                ids.iter()
                    .filter_map(|id| q.option(id).map(|o| clean_line(&o.label)))
                    .collect(),
            );
            picked.insert(q.id.clone(), ids);
        }
        let base = minijinja::context! {
            a => shown, l => labels, picked => picked, lead => lead, hires => hires.to_vec()
        };
        let words: BTreeMap<&str, String> = self
            .words
            .iter()
            .map(|(k, t)| {
                (
                    k.as_str(),
                    self.fill(t, &base)
                        .map(|s| s.trim().to_string())
                        .unwrap_or_default(),
                )
            })
            .collect();
        minijinja::context! { w => words, ..base }
    }

    /// Fill one template string.
    pub fn fill(&self, template: &str, ctx: &minijinja::Value) -> Result<String, minijinja::Error> {
        if !template.contains("{{") && !template.contains("{%") {
            return Ok(template.to_string());
        }
        self.env.render_str(template, ctx)
    }
}
