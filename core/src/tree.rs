//! The question tree: its checked model, and loading it from TOML.
//!
//! `raw` mirrors the file, `build` checks it and resolves every reference,
//! and what comes out (`Tree`) cannot be invalid: later code indexes it
//! without checking again.

mod build;
mod flow;
pub mod graph;
mod locate;
mod raw;

use crate::diag::{Diagnostic, Diagnostics, Source};
use crate::fill::Template;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::ops::Index;

use crate::id::each;
pub use crate::id::{Each, Ids, OptionId, OutcomeId, QuestionId, VerdictId};

pub use build::{
    TreeRefs, option_words as build_words, parse_toml, resolve_cond, resolve_template,
};
pub use flow::Flow;
pub use raw::RawCond;

/// The default tree, compiled into the binary.
pub const DEFAULT_TREE: &str = include_str!("../../questions/hiring.toml");
/// The name shown for the default tree in messages.
pub const DEFAULT_TREE_NAME: &str = "questions/hiring.toml";

/// Where a question goes once answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Next {
    /// This question.
    Question(QuestionId),
    /// No question: the questions are done.
    End,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One option picked.
    Single,
    /// Any number of options picked, at least one when required.
    Multi,
    /// Typed text.
    Text,
    /// A typed number.
    Number,
    /// Yes or no.
    Confirm,
}

impl Kind {
    pub(crate) const NAMES: [&'static str; 5] = ["single", "multi", "text", "number", "confirm"];

    pub(crate) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "single" => Self::Single,
            "multi" => Self::Multi,
            "text" => Self::Text,
            "number" => Self::Number,
            "confirm" => Self::Confirm,
            _ => return None,
        })
    }

    /// The kind as a tree writes it (`single`, `multi`...).
    pub fn name(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Multi => "multi",
            Self::Text => "text",
            Self::Number => "number",
            Self::Confirm => "confirm",
        }
    }

    /// Whether answers are picked from the question's options.
    pub fn has_options(self) -> bool {
        matches!(self, Self::Single | Self::Multi | Self::Confirm)
    }
}

/// The tree's title and introduction, from its `[meta]`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meta {
    /// Shown at the top of the wizard and of `template`'s output.
    pub title: String,
    /// A paragraph shown before the first question; may be empty.
    pub intro: String,
}

/// What the points go to: one role a founder could need.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    pub(crate) id: String,
    /// The outcome as shown ("Community manager").
    pub label: String,
    /// Why to hire this role first when both are needed.
    pub first_because: Template,
    /// The points from which this outcome's work is a real need; `None`
    /// in a tree that weighs shares against each other instead.
    pub need: Option<f64>,
    /// The outcome's work as a sentence names it ("social media work").
    pub work: String,
}

/// One assumption of the workload estimate.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Work {
    /// The outcome whose work this is.
    pub outcome: OutcomeId,
    /// Hours a week, once or for each pick that `per` counts.
    pub hours: f64,
    /// A question, and a tag its counted picks carry.
    pub per: Option<(QuestionId, Option<String>)>,
    pub(crate) when: Option<Cond>,
    pub(crate) what: Template,
}

/// One possible piece of advice; the first verdict whose `when` holds is
/// the advice.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Verdict {
    /// The verdict's id, such as `both_two`.
    pub id: String,
    pub(crate) label: String,
    /// What the verdict means for these answers: the first that holds.
    pub summary: Vec<NextStep>,
    /// The form of the hire (part-time, full-time, two people...): the
    /// first that holds.
    pub form: Vec<NextStep>,
    /// Role profiles to write postings for, as ids into the roles file.
    pub roles: Vec<String>,
    /// Line and column of each of `roles` in the file, for diagnostics.
    pub roles_at: Vec<(usize, usize)>,
    /// Advice on what to do next, shown with the verdict.
    pub then: Vec<NextStep>,
    /// `None` for the fallback verdict, which always holds.
    pub when: Option<Cond>,
    /// Byte offset of the verdict in its file, for later diagnostics.
    pub at: usize,
}

/// One next step of a verdict.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NextStep {
    pub(crate) text: Template,
    /// Shown only when this holds; `None` for a step that always shows.
    pub when: Option<Cond>,
}

/// Lines an option adds to the postings, for trees that carry their own
/// text: each list goes to the posting section of the same purpose.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Additions {
    /// Role profiles these additions apply to; empty means every role.
    pub roles: Vec<String>,
    /// Where each of `roles` is written (line, column), for the check
    /// against the role data.
    pub roles_at: Vec<(usize, usize)>,
    pub(crate) duties: Vec<Template>,
    pub(crate) kpis: Vec<Template>,
    pub(crate) requirements: Vec<Template>,
    pub(crate) nice_to_have: Vec<Template>,
}

impl Additions {
    /// Whether the option adds no line to any section.
    pub fn is_empty(&self) -> bool {
        self.duties.is_empty()
            && self.kpis.is_empty()
            && self.requirements.is_empty()
            && self.nice_to_have.is_empty()
    }
}

/// One option of a single, multi or confirm question.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Choice {
    /// Unique within its question; what an answers file gives.
    pub id: String,
    /// The option as shown.
    pub label: String,
    /// A short explanation shown beside the label; may be empty.
    pub help: String,
    /// One weight per outcome, in the order of `Tree::outcomes`.
    pub weights: Vec<f64>,
    pub(crate) reason: String,
    pub(crate) next: Option<Next>,
    pub(crate) tags: Vec<String>,
    /// In a multi question: this option cannot be picked with others
    /// (such as "None of these").
    pub exclusive: bool,
    /// Words this option gives the posting (`say = { networks = "Instagram" }`):
    /// a placeholder `{networks}` lists them for every option picked. A
    /// word may quote a typed answer (`"{platforms_other}"`).
    pub say: Vec<(String, Template)>,
    pub(crate) posting: Additions,
}

/// One question of the tree.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    /// Unique among the questions; the key in answers files.
    pub id: String,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// A heading the question is shown under; empty for none.
    pub section: String,
    /// The question itself.
    pub prompt: String,
    /// A sentence or two under the prompt; may be empty.
    pub help: String,
    /// Whether it must be answered; an optional question can be left blank.
    pub required: bool,
    /// An example answer ("Acme"); may be empty.
    pub placeholder: String,
    /// What a text answer must be (`format = "date"`, ...); free text
    /// when the question has no format.
    pub format: TextFormat,
    /// For a number question: the lowest answer accepted.
    pub min: Option<f64>,
    /// For a number question: the highest answer accepted.
    pub max: Option<f64>,
    /// For a number question: shown after the number ("hours a week").
    pub unit: String,
    /// Where to go when no chosen option says otherwise.
    pub next: Next,
    pub(crate) skip_if: Option<Cond>,
    /// The options of a single, multi or confirm question; empty for text
    /// and number questions.
    pub options: Vec<Choice>,
    /// Questions next to each other on the path with the same screen are
    /// asked on one screen where a front end can show several at once.
    pub screen: Option<String>,
    /// Another question whose amount or number this one's may not be
    /// below: the top of a pay range and its bottom.
    pub not_below: Option<String>,
    /// A value the core works out for a text question's field to start
    /// with, such as the job title the advice suggests (`prefill = "title"`).
    pub prefill: Option<String>,
    /// The option a wizard starts from before the founder picks one: the
    /// first whose condition holds for the answers so far. A suggestion,
    /// never an answer: an answers file that leaves the question out
    /// leaves it unanswered.
    pub suggest: Vec<Suggest>,
    /// Each option's place in `options` by id, so that a lookup costs the
    /// same with three options or 100,000; rebuilt after decoding, like
    /// `Tree`'s question index.
    #[serde(skip)]
    by_id: HashMap<String, OptionId>,
}

/// What a text question's answer must be, and the standard form it is
/// kept in once read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum TextFormat {
    /// Any text.
    #[default]
    Free,
    /// A day, kept as YYYY-MM-DD.
    Date,
    /// An email address or a web address.
    Contact,
    /// A country, kept as its ISO 3166-1 alpha-2 code.
    Country,
    /// Countries and groups of them ("EU, GB"), or "anywhere".
    Countries,
    /// An amount of money, kept as digits ("30000").
    Amount,
    /// A currency, kept as its ISO 4217 code.
    Currency,
}

impl TextFormat {
    /// The names a tree writes, with what each means, for messages.
    pub const NAMES: &[(&str, TextFormat, &str)] = &[
        ("date", TextFormat::Date, "a day, YYYY-MM-DD"),
        ("contact", TextFormat::Contact, "an email or web address"),
        (
            "country",
            TextFormat::Country,
            "a country, kept as its ISO code",
        ),
        (
            "countries",
            TextFormat::Countries,
            "countries or groups such as EU",
        ),
        ("amount", TextFormat::Amount, "an amount of money"),
        ("currency", TextFormat::Currency, "an ISO 4217 currency"),
    ];

    /// An answer of this format, as an example.
    pub fn example(self) -> &'static str {
        match self {
            TextFormat::Free => "Acme",
            TextFormat::Date => "2099-01-31",
            TextFormat::Contact => "jobs@example.org",
            TextFormat::Country => "DE",
            TextFormat::Countries => "EU, GB",
            TextFormat::Amount => "30000",
            TextFormat::Currency => "EUR",
        }
    }

    pub(crate) fn named(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, f, _)| *f)
    }
}

/// One row of the roles side by side: "In public", and what that is for
/// each outcome that has something to say, in the order of `outcomes`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Compare {
    /// What the row compares ("In public").
    pub aspect: String,
    /// Outcome and text.
    pub says: Vec<(OutcomeId, String)>,
}

/// One suggestion of a question: an option, and when it applies.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Suggest {
    pub(crate) option: String,
    pub(crate) when: Option<Cond>,
}

impl Question {
    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.option_id(id).map(|o| &self[o])
    }

    /// The option whose string id (as answers files write it) is this.
    pub fn option_id(&self, id: &str) -> Option<OptionId> {
        self.by_id.get(id).copied()
    }

    /// Every option's id, in order.
    pub fn option_ids(&self) -> Ids<OptionId> {
        Ids::of(&self.options)
    }

    /// The option, if this question has it.
    pub fn choice(&self, id: OptionId) -> Option<&Choice> {
        self.options.get(id.index())
    }

    /// Every option with its id, in order.
    pub fn choices(&self) -> Each<'_, OptionId, Choice> {
        each(&self.options)
    }
}

impl Choice {
    /// The option's weight for one outcome; `None` for an outcome of
    /// another tree.
    pub fn weight(&self, o: OutcomeId) -> Option<f64> {
        self.weights.get(o.index()).copied()
    }
}

impl Index<OptionId> for Question {
    type Output = Choice;

    /// The option; an id from another question may be out of range.
    fn index(&self, id: OptionId) -> &Choice {
        &self.options[id.index()]
    }
}

/// Option ids to their places.
fn options_by_id(options: &[Choice]) -> HashMap<String, OptionId> {
    (each::<OptionId, _>(options))
        .map(|(i, o)| (o.id.clone(), i))
        .collect()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Warning {
    pub(crate) id: String,
    pub(crate) when: Cond,
    pub(crate) message: Template,
    pub(crate) instead: Template,
}

/// A test on one question's answer; every field given must hold.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AnswerTest {
    pub(crate) is: Vec<String>,
    pub(crate) is_not: Vec<String>,
    pub(crate) tagged: Option<String>,
    pub(crate) selected_at_least: Option<usize>,
    pub(crate) at_least: Option<f64>,
    pub(crate) at_most: Option<f64>,
    pub(crate) answered: Option<bool>,
    pub(crate) contains_any: Vec<String>,
    /// ISO 3166-1 codes: a country or countries answer holds when one of
    /// its countries is among them ("anywhere" meets every list).
    pub in_places: Vec<String>,
}

/// A checked condition over answers and scores.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Cond {
    /// A test on the answer to one question.
    Answer {
        /// The question.
        question: QuestionId,
        /// What its answer must be.
        test: AnswerTest,
    },
    /// The outcome has the highest score.
    Leader(OutcomeId),
    /// The top two outcomes are within `DecisionParams::balance` of each other.
    Balanced(bool),
    /// The total weight of evidence is below this.
    EvidenceBelow(f64),
    /// Every one of these outcomes has reached its `need`.
    Needed(Vec<OutcomeId>),
    /// The estimated hours a week of one outcome's work, or of all of it,
    /// are within these bounds.
    Hours {
        /// `None` for all the work together.
        outcome: Option<OutcomeId>,
        /// Hours a week the estimate must reach.
        at_least: Option<f64>,
        /// Hours a week the estimate may not be above.
        at_most: Option<f64>,
        /// A number question whose answer the estimate is more than;
        /// false while it has no answer.
        more_than: Option<QuestionId>,
    },
    /// A posting is written for this role (role data only).
    Hiring(String),
    /// The posting being written is for this role (role data only).
    Role(String),
    /// The advice for the answers so far is one of these verdicts; never
    /// in a verdict's own rule.
    Verdict(Vec<VerdictId>),
    /// The line is for the first posting (or, false, a later one) of the
    /// recommendation (role data only).
    First(bool),
    /// Every one of these holds.
    All(Vec<Cond>),
    /// At least one of these holds.
    Any(Vec<Cond>),
    /// This does not hold.
    Not(Box<Cond>),
}

impl Cond {
    /// The conditions directly inside this one.
    pub fn parts(&self) -> &[Cond] {
        match self {
            Cond::All(cs) | Cond::Any(cs) => cs,
            Cond::Not(c) => std::slice::from_ref(c),
            _ => &[],
        }
    }

    /// The question of every answer test in this condition, however deep.
    pub fn questions(&self, out: &mut Vec<QuestionId>) {
        match self {
            Cond::Answer { question, .. } => out.push(*question),
            Cond::Hours {
                more_than: Some(q), ..
            } => out.push(*q),
            _ => {}
        }
        self.parts().iter().for_each(|c| c.questions(out));
    }

    /// Whether the condition tests the workload estimate.
    pub fn uses_hours(&self) -> bool {
        matches!(self, Cond::Hours { .. }) || self.parts().iter().any(Cond::uses_hours)
    }

    /// Whether the condition tests the verdict, which only a worked-out
    /// recommendation knows.
    pub fn uses_verdict(&self) -> bool {
        matches!(self, Cond::Verdict(_)) || self.parts().iter().any(Cond::uses_verdict)
    }
}

/// How the scores turn into advice, from the tree's `[decision]`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct DecisionParams {
    /// Largest difference between the top two outcomes' shares of the total
    /// score for which both count as needed.
    pub balance: f64,
    /// Total weight below which the advice is called tentative.
    pub min_evidence: f64,
}

/// A checked question tree.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tree {
    /// The name of the file it was read from, shown in messages.
    pub name: String,
    /// The title and the introduction.
    pub meta: Meta,
    /// How the scores turn into advice.
    pub decision: DecisionParams,
    /// What the points go to, in the order every list of scores follows.
    pub outcomes: Vec<Outcome>,
    /// The possible advice, in the order tried; the last always holds.
    pub verdicts: Vec<Verdict>,
    /// Every question, in file order.
    pub questions: Vec<Question>,
    pub(crate) warnings: Vec<Warning>,
    /// The assumptions the workload estimate adds up.
    pub workload: Vec<Work>,
    /// The roles side by side, for a founder unsure what an answer means.
    pub compare: Vec<Compare>,
    pub(crate) start: Next,
    /// Rebuilt from `questions` after decoding, so the encoded form does
    /// not depend on a hash map's order.
    #[serde(skip)]
    index: HashMap<String, QuestionId>,
}

impl Tree {
    /// The default tree compiled into the binary.
    pub fn default_tree() -> Result<Self, Diagnostics> {
        crate::builtin::load().map(|b| b.tree)
    }

    /// Parse and check a tree; any error makes it unusable.
    pub fn parse(src: &Source) -> Result<Self, Diagnostics> {
        let (tree, diags) = build::build(src);
        match tree {
            Some(tree) if !diags.iter().any(Diagnostic::is_error) => Ok(tree),
            _ => Err(Diagnostics(diags)),
        }
    }

    /// Every problem in a tree, errors and warnings, in file order.
    pub fn check(src: &Source) -> Vec<Diagnostic> {
        Self::load(src).1
    }

    /// The tree when it has no errors, and every problem found, in one pass.
    pub fn load(src: &Source) -> (Option<Self>, Vec<Diagnostic>) {
        let (tree, diags) = build::build(src);
        let tree = tree.filter(|_| !diags.iter().any(Diagnostic::is_error));
        (tree, diags)
    }

    /// The question whose string id (as answers files write it) is this.
    pub fn question_id(&self, id: &str) -> Option<QuestionId> {
        self.index.get(id).copied()
    }

    /// The question with this string id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_id(id).map(|q| &self[q])
    }

    /// The question, if this tree has it.
    pub fn get(&self, id: QuestionId) -> Option<&Question> {
        self.questions.get(id.index())
    }

    /// Every question's id, in file order.
    pub fn question_ids(&self) -> Ids<QuestionId> {
        Ids::of(&self.questions)
    }

    /// Every question with its id, in file order.
    pub fn each_question(&self) -> Each<'_, QuestionId, Question> {
        each(&self.questions)
    }

    /// The outcome, if this tree has it.
    pub fn outcome(&self, id: OutcomeId) -> Option<&Outcome> {
        self.outcomes.get(id.index())
    }

    /// Every outcome with its id, in the order of `outcomes`.
    pub fn each_outcome(&self) -> Each<'_, OutcomeId, Outcome> {
        each(&self.outcomes)
    }

    /// Every outcome's id, in the order of `outcomes`.
    pub fn outcome_ids(&self) -> Ids<OutcomeId> {
        Ids::of(&self.outcomes)
    }

    /// Every verdict's id, in the order they are tried.
    pub fn verdict_ids(&self) -> Ids<VerdictId> {
        Ids::of(&self.verdicts)
    }

    /// Rebuild the lookups that an encoded tree leaves out.
    pub(crate) fn reindex(&mut self) {
        for q in &mut self.questions {
            q.by_id = options_by_id(&q.options);
        }
        self.index = questions_by_id(&self.questions);
    }

    /// The outcome whose string id is this.
    pub(crate) fn outcome_id(&self, id: &str) -> Option<OutcomeId> {
        (self.each_outcome())
            .find(|(_, o)| o.id == id)
            .map(|(i, _)| i)
    }
}

/// Question ids to their places.
pub(crate) fn questions_by_id(questions: &[Question]) -> HashMap<String, QuestionId> {
    (each::<QuestionId, _>(questions))
        .map(|(i, q)| (q.id.clone(), i))
        .collect()
}

impl Index<QuestionId> for Tree {
    type Output = Question;

    /// The question; an id from another tree may be out of range.
    fn index(&self, id: QuestionId) -> &Question {
        &self.questions[id.index()]
    }
}

impl Index<OutcomeId> for Tree {
    type Output = Outcome;

    /// The outcome; an id from another tree may be out of range.
    fn index(&self, id: OutcomeId) -> &Outcome {
        &self.outcomes[id.index()]
    }
}

impl Index<VerdictId> for Tree {
    type Output = Verdict;

    /// The verdict; an id from another tree may be out of range.
    fn index(&self, id: VerdictId) -> &Verdict {
        &self.verdicts[id.index()]
    }
}
