//! The answers-file mode: no questions asked, the answers come from a file.

use hirewise_core::advice::{self, Advice};
use hirewise_core::answers;
use hirewise_core::diag::{Diagnostic, Diagnostics, Source};
use hirewise_core::posting::{Posting, RoleData};
use hirewise_core::session::{Gaps, Session};
use hirewise_core::tree::Tree;

/// Replay an answers file through a session and advise. Every question on
/// the path must have an answer, except optional ones.
pub fn run(tree: &Tree, roles: &RoleData, src: &Source) -> anyhow::Result<(Advice, Vec<Posting>)> {
    let given = answers::parse_file(tree, src)?;
    let mut session =
        Session::resume(tree, given).map_err(|e| missing(src, &e.question, &e.problem))?;
    let unanswered = session.unanswered();
    if !unanswered.is_empty() {
        let each = unanswered.iter().map(|qi| {
            let q = &tree[*qi];
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
    Ok(advice::advise_all(tree, roles, session.answered())?)
}

fn missing(src: &Source, question: &str, problem: &str) -> Diagnostics {
    let hint = format!(
        "add a line `{question} = ...`; `hirewise template` lists every question and its options"
    );
    Diagnostics(vec![
        Diagnostic::error(src, None, problem.to_string()).with_hint(hint),
    ])
}
