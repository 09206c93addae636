//! The answers-file mode: no questions asked, the answers come from a file.

use crate::answers;
use crate::decide::{self, Recommendation};
use crate::diag::{Diagnostic, Diagnostics, Source};
use crate::posting::{self, Format, Hit, Posting, Roles, Wording};
use crate::session::{Gaps, Session};
use crate::tree::Tree;

/// What an answers file leads to.
pub struct Outcome {
    pub recommendation: Recommendation,
    pub postings: Vec<Posting>,
    pub answers: answers::Answers,
    /// Words in the postings worth replacing.
    pub wording: Vec<Hit>,
}

/// Replay an answers file through a session and decide. Every question on
/// the path must have an answer, except optional ones.
pub fn run(tree: &Tree, roles: &Roles, src: &Source) -> anyhow::Result<Outcome> {
    let given = answers::parse_file(tree, src)?;
    let mut session =
        Session::resume(tree, given).map_err(|e| missing(src, &e.question, &e.problem))?;
    let unanswered = session.unanswered();
    if !unanswered.is_empty() {
        let each = unanswered.iter().map(|qi| {
            let q = &tree.questions[*qi];
            let problem = format!(
                "no answer for `{}` ({}), which this path asks: {}",
                q.id,
                q.kind.name(),
                answers::expected(q)
            );
            missing(src, &q.id, &problem)
        });
        return Err(Diagnostics(each.flat_map(|d| d.0).collect()).into());
    }
    session.fast_forward(Gaps::SkipOptional);
    let answered = session.answered();
    let recommendation = decide::decide(tree, &answered);
    let postings = posting::build(tree, roles, &answered, &recommendation)?;
    let wording = Wording::default_list().check(&postings);
    Ok(Outcome {
        recommendation,
        postings,
        answers: answered,
        wording,
    })
}

fn missing(src: &Source, question: &str, problem: &str) -> Diagnostics {
    let hint = format!(
        "add a line `{question} = ...`; `hirewise template` lists every question and its options"
    );
    Diagnostics(vec![
        Diagnostic::error(src, None, problem.to_string()).with_hint(hint),
    ])
}

/// The postings as text in a format, published on `today`.
pub fn render(
    outcome: &Outcome,
    format: Format,
    today: jiff::civil::Date,
) -> anyhow::Result<String> {
    Ok(posting::render(
        &outcome.postings,
        &outcome.recommendation,
        format,
        today,
    )?)
}
