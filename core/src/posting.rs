//! The job posting and its hiring kit as a model: sections of lines, each
//! line with the answers it comes from. Written from the role data and the
//! answers (`build`), then rendered for each format (`render`); the
//! full-screen wizard draws the model itself.

mod build;
pub mod data;
mod escape;
mod jsonld;
pub(crate) mod lint;
mod render;

use serde::Serialize;

pub use build::{BuildError, build, suggested_title};
pub use data::{Doc, RoleData, SectionKind};
pub use lint::{DEFAULT_WORDING_NAME, Hit, Wording};
pub use render::{Document, Format, documents, kit_path, render, render_kit, with_edit};

/// The role data compiled into the binary, by file name.
pub const DEFAULT_ROLE_FILES: [(&str, &str); 3] = [
    (
        "questions/roles.toml",
        include_str!("../../questions/roles.toml"),
    ),
    (
        "questions/posting.toml",
        include_str!("../../questions/posting.toml"),
    ),
    (
        "questions/kit.toml",
        include_str!("../../questions/kit.toml"),
    ),
];

/// One posting and its hiring kit, every piece of text filled in and
/// cleaned for the terminal (but not escaped for any format).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Posting {
    /// The role profile it was written from.
    pub role: String,
    /// The job title, with the answers it comes from.
    pub title: Line,
    /// The organisation's name, as structured data names the employer.
    pub organisation: String,
    /// The posting's sections, in order.
    pub sections: Vec<Section>,
    /// The hiring kit's sections, for the founder: interview questions, the
    /// first 90 days, the review.
    pub kit: Vec<Section>,
    /// What structured formats need beyond the text.
    pub facts: Facts,
    /// What the founder typed that the posting quotes, other than the
    /// title: their organisation, their people, places and names. The
    /// wording check leaves it alone, since it describes the founder's own
    /// world and not the candidate.
    #[serde(skip)]
    pub typed: Vec<String>,
}

/// A part of a posting or kit: a heading and its lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// What the section is for (`duties`, `requirements`, `interview`...).
    pub id: String,
    /// Empty for a section shown without one (the details).
    pub heading: String,
    /// How its lines are laid out.
    pub kind: SectionKind,
    /// A heading above this section and the next ones that share it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub under: Option<String>,
    /// The section's lines, in order.
    pub lines: Vec<Line>,
}

/// One sentence or list item, and where it comes from: the questions and
/// options (`question.option`) that put it there, or `core` for the
/// standing text every posting of the role carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    /// For a details line, its label ("Location").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The text, answers filled in.
    pub text: String,
    /// The questions and options it comes from, or `core`.
    pub sources: Vec<String>,
    /// The core duty of the role this line covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duty: Option<String>,
}

/// What structured formats need to know beyond the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facts {
    /// A schema.org employment type (FULL_TIME, PART_TIME, CONTRACTOR), or empty.
    pub employment_type: String,
    /// "on site", "hybrid", "remote" or "on site or remote" (the hire's
    /// choice), or empty.
    pub arrangement: String,
    pub(crate) city: String,
    pub(crate) region: String,
    /// The country of the workplace, as its ISO 3166-1 alpha-2 code.
    pub country: String,
    /// Where applicants may live: ISO 3166-1 codes and groups of them
    /// ("EU"), or "anywhere". Given for remote work, and for hybrid work
    /// the hire may cross a border to; empty otherwise.
    pub applicants: Vec<String>,
    /// The pay the posting states, when it states a figure.
    pub pay: Option<Pay>,
    /// The pay as the posting says it ("£28,000 to £32,000 a year",
    /// "Competitive"), or empty when it leaves pay out.
    pub pay_said: String,
    /// The last day to apply, YYYY-MM-DD, or empty.
    pub valid_through: String,
    /// The hours of a part-time week in words, or empty.
    pub work_hours: String,
}

/// Pay as answered: one figure or a range, in a currency, per a period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pay {
    pub(crate) min: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) max: Option<f64>,
    /// ISO 4217.
    pub currency: String,
    /// schema.org's unit: HOUR, DAY, WEEK, MONTH or YEAR.
    pub unit: String,
}

/// The arrangement of a job the hire may do on site or from home.
pub const ON_SITE_OR_REMOTE: &str = "on site or remote";

impl Facts {
    /// Whether the job is done from where applicants live, with no
    /// workplace to come to.
    pub fn remote(&self) -> bool {
        self.arrangement == "remote"
    }

    /// Whether the hire may do all of the work from home: remote jobs, and
    /// jobs with a workplace they may choose not to come to.
    pub fn remote_allowed(&self) -> bool {
        self.remote() || self.arrangement == ON_SITE_OR_REMOTE
    }
}

impl Posting {
    /// The section with this id, if the posting has it.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().chain(&self.kit).find(|s| s.id == id)
    }

    /// Every line of the posting (not the kit), the title first.
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        std::iter::once(&self.title).chain(self.sections.iter().flat_map(|s| &s.lines))
    }
}

/// A note for the founder when a posting's closing date comes before the
/// day it is published: job boards would take it down at once, so the
/// structured data leaves the date out. `None` when every date is fine.
pub fn closing_date_note(postings: &[Posting], posted: jiff::civil::Date) -> Option<String> {
    let closes = postings
        .iter()
        .filter_map(|p| p.facts.valid_through.parse::<jiff::civil::Date>().ok())
        .find(|c| *c < posted)?;
    Some(format!(
        "Applications close on {closes}, before the posting's date ({posted}): job boards would take it down at once, so the structured data (JSON-LD) leaves the closing date out. Give a later date, or date the posting with --date."
    ))
}

/// A file name for the postings of an advice, such as
/// `community-manager-job-posting.md`, after the first role's title; with
/// two roles the files are named after each role beside it.
pub fn file_name(postings: &[Posting], format: Format) -> String {
    match postings {
        [one] => format!(
            "{}-job-posting.{}",
            slug(&one.title.text),
            format.extension()
        ),
        _ => format!("job-posting.{}", format.extension()),
    }
}

/// A title as a file name: lower case ASCII letters and digits, dashes
/// between words.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "job".into()
    } else {
        slug.to_string()
    }
}
