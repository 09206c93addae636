//! The job posting: built from the verdict's role profiles, the answers and
//! the additions of the options picked, then rendered as text.

mod jsonld;
mod lint;
mod render;
mod roles;

use crate::answers::Answers;
use crate::decide::Recommendation;
use crate::text::clean_block;
use crate::tree::Tree;
use serde::Serialize;

pub use lint::{DEFAULT_WORDING, DEFAULT_WORDING_NAME, Hit, Wording};
pub use render::{Format, kit_path, render, render_kit};
pub use roles::{DEFAULT_ROLES, DEFAULT_ROLES_NAME, Role, Roles};

/// One posting, every piece of text already filled in and cleaned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    pub role: String,
    pub title: String,
    pub company: String,
    pub about: String,
    pub summary: String,
    pub details: Vec<Detail>,
    pub responsibilities: Vec<String>,
    pub kpis: Vec<String>,
    pub requirements: Vec<String>,
    pub nice_to_have: Vec<String>,
    pub tools: Vec<String>,
    pub works_with: String,
    pub not: Vec<String>,
    pub apply: String,
    pub kit: Kit,
    pub facts: Facts,
}

/// What structured formats need to know beyond the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facts {
    /// A schema.org employment type (FULL_TIME, PART_TIME, CONTRACTOR), or empty.
    pub employment_type: String,
    pub location: String,
    pub remote: bool,
    pub salary: String,
    /// The last day to apply, YYYY-MM-DD, or empty.
    pub valid_through: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detail {
    pub label: String,
    pub value: String,
}

/// The hiring kit that goes with a posting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kit {
    pub interview: Vec<String>,
    pub plan_30: Vec<String>,
    pub plan_60: Vec<String>,
    pub plan_90: Vec<String>,
    pub review: Vec<String>,
}

/// Why a posting could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PostingError {
    #[error("the verdict names role `{0}`, which the roles file does not define")]
    UnknownRole(String),
    #[error("in {place}, {field}: {source}")]
    Template {
        /// The roles file, and the role when the text is one role's.
        place: String,
        field: String,
        #[source]
        source: minijinja::Error,
    },
}

/// The parts of a posting that do not depend on the role, filled once for
/// all the postings of a recommendation.
struct Shared {
    company: String,
    about: String,
    apply: String,
    details: Vec<Detail>,
    facts: Facts,
}

/// Fill one template from the roles file, cleaned for the terminal.
fn fill_template(
    roles: &Roles,
    ctx: &minijinja::Value,
    place: &str,
    field: &str,
    template: &str,
) -> Result<String, PostingError> {
    roles
        .fill(template, ctx)
        .map(|s| clean_block(s.trim()))
        .map_err(|source| PostingError::Template {
            place: place.to_string(),
            field: field.to_string(),
            source,
        })
}

fn shared(roles: &Roles, ctx: &minijinja::Value) -> Result<Shared, PostingError> {
    let fill = |field: &str, s: &str| fill_template(roles, ctx, DEFAULT_ROLES_NAME, field, s);
    let mut details = Vec::new();
    for d in &roles.details {
        let value = fill("details", &d.value)?;
        if !value.is_empty() {
            details.push(Detail {
                label: d.label.clone(),
                value,
            });
        }
    }
    Ok(Shared {
        company: fill("company", &roles.company)?,
        about: fill("about", &roles.about)?,
        apply: fill("apply", &roles.apply)?,
        details,
        facts: Facts {
            employment_type: fill("facts", &roles.facts.employment_type)?,
            location: fill("facts", &roles.facts.location)?,
            remote: !fill("facts", &roles.facts.remote)?.is_empty(),
            salary: fill("facts", &roles.facts.salary)?,
            valid_through: fill("facts", &roles.facts.valid_through)?,
        },
    })
}

/// The postings for a recommendation: one per role, the first hire first.
pub fn build(
    tree: &Tree,
    roles: &Roles,
    answers: &Answers,
    rec: &Recommendation,
) -> Result<Vec<Posting>, PostingError> {
    let lead = rec
        .scores
        .iter()
        .fold(None::<&crate::decide::OutcomeScore>, |best, s| match best {
            Some(b) if b.points >= s.points => Some(b),
            _ => Some(s),
        })
        .map_or("", |s| s.outcome.as_str());
    let ctx = roles.context(tree, answers, lead, &rec.roles);
    let shared = shared(roles, &ctx)?;
    rec.roles
        .iter()
        .map(|id| {
            let role = roles
                .get(id)
                .ok_or_else(|| PostingError::UnknownRole(id.clone()))?;
            build_one(tree, roles, role, answers, &ctx, &shared)
        })
        .collect()
}

fn build_one(
    tree: &Tree,
    roles: &Roles,
    role: &Role,
    answers: &Answers,
    ctx: &minijinja::Value,
    shared: &Shared,
) -> Result<Posting, PostingError> {
    let place = format!("{DEFAULT_ROLES_NAME}, role `{}`", role.id);
    let fill = |field: &str, s: &str| fill_template(roles, ctx, &place, field, s);
    let fill_all = |field: &str, items: &[String]| -> Result<Vec<String>, PostingError> {
        let mut out = Vec::new();
        for s in items {
            let s = fill(field, s)?;
            if !s.is_empty() && !out.contains(&s) {
                out.push(s);
            }
        }
        Ok(out)
    };

    // Additions from the options picked, for this role or for every role.
    let mut extra = crate::tree::Additions::default();
    let mut prefix = String::new();
    for q in &tree.questions {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        for id in a.picked() {
            let Some(o) = q.option(id) else { continue };
            let p = &o.posting;
            if !p.roles.is_empty() && !p.roles.contains(&role.id) {
                continue;
            }
            extra.duties.extend(p.duties.iter().cloned());
            extra.kpis.extend(p.kpis.iter().cloned());
            extra.requirements.extend(p.requirements.iter().cloned());
            extra.nice_to_have.extend(p.nice_to_have.iter().cloned());
            extra.tools.extend(p.tools.iter().cloned());
            if let Some(t) = &p.title_prefix {
                prefix = t.clone();
            }
        }
    }
    let join = |a: &[String], b: &[String]| -> Vec<String> { a.iter().chain(b).cloned().collect() };

    Ok(Posting {
        role: role.id.clone(),
        title: format!(
            "{} {}",
            fill("title", &prefix)?,
            fill("title", &role.title)?
        )
        .trim()
        .to_string(),
        company: shared.company.clone(),
        about: shared.about.clone(),
        summary: fill("summary", &role.summary)?,
        details: shared.details.clone(),
        responsibilities: fill_all("duties", &join(&role.duties, &extra.duties))?,
        // The measures the founder chose are the ones the hire is judged by;
        // the role's own list stands in only when none of them applies.
        kpis: fill_all(
            "kpis",
            if extra.kpis.is_empty() {
                &role.kpis
            } else {
                &extra.kpis
            },
        )?,
        requirements: fill_all(
            "requirements",
            &join(&role.requirements, &extra.requirements),
        )?,
        nice_to_have: fill_all(
            "nice_to_have",
            &join(&role.nice_to_have, &extra.nice_to_have),
        )?,
        tools: fill_all("tools", &extra.tools)?,
        works_with: fill("works_with", &role.works_with)?,
        not: fill_all("not", &role.not)?,
        apply: shared.apply.clone(),
        facts: shared.facts.clone(),
        kit: Kit {
            interview: fill_all("interview", &role.interview)?,
            plan_30: fill_all("plan_30", &role.plan_30)?,
            plan_60: fill_all("plan_60", &role.plan_60)?,
            plan_90: fill_all("plan_90", &role.plan_90)?,
            review: fill_all("review", &role.review)?,
        },
    })
}

/// Verdicts that name a role the roles file does not define.
pub fn check_roles(
    tree: &Tree,
    roles: &Roles,
    src: &crate::diag::Source,
) -> Vec<crate::diag::Diagnostic> {
    let known: Vec<&str> = roles.roles.iter().map(|r| r.id.as_str()).collect();
    tree.verdicts
        .iter()
        .flat_map(|v| {
            v.roles
                .iter()
                .zip(&v.roles_at)
                .map(move |(r, at)| (v, r, *at))
        })
        .filter(|(_, r, _)| !known.contains(&r.as_str()))
        .map(|(v, r, at)| {
            crate::diag::Diagnostic::error(
                src,
                Some(at..at),
                format!(
                    "verdict `{}` names role `{r}`, which {} does not define",
                    v.id, DEFAULT_ROLES_NAME
                ),
            )
            .with_hint(format!("roles are: {}", known.join(", ")))
        })
        .collect()
}

/// A file name for a posting, such as `community-manager-job-posting.md`.
pub fn file_name(postings: &[Posting], format: Format) -> String {
    let stem = postings.first().map_or("job", |p| p.title.as_str());
    let mut slug = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "job" } else { slug };
    format!("{slug}-job-posting.{}", format.extension())
}
