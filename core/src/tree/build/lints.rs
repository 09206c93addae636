//! Problems seen only in the whole built tree: unreachable questions, loops,
//! and weights that cannot change the advice.

use super::*;

impl Builder<'_> {
    /// Weights that cannot change any advice: an outcome that no answer
    /// gives points to can never lead, and a question whose options all
    /// weigh the same makes no difference whichever is picked.
    pub(super) fn weight_checks(&mut self, tree: &Tree) {
        for (i, o) in tree.each_outcome() {
            let reachable = tree
                .questions
                .iter()
                .flat_map(|q| &q.options)
                .any(|c| c.weight(i).is_some_and(|w| w > 0.0));
            if !reachable {
                let span = self.outcome_spans.get(i.index()).cloned();
                self.diags.push(
                    Diagnostic::warning(
                        self.src,
                        span,
                        format!(
                            "no answer gives points to outcome `{}`, so no path can make it lead",
                            o.id
                        ),
                    )
                    .with_hint("give it a positive weight in some option, or remove it"),
                );
            }
        }
        for q in &tree.questions {
            let Some(first) = q.options.first() else {
                continue;
            };
            let weighted = first.weights.iter().any(|w| *w != 0.0);
            let same = q.options.iter().all(|o| o.weights == first.weights);
            if weighted && same && q.options.len() > 1 && q.kind != Kind::Multi {
                let span = self.question_spans.get(&q.id).cloned();
                self.diags.push(
                    Diagnostic::warning(self.src, span, format!("every option of `{}` has the same weights, so its answer makes no difference to the advice", q.id))
                        .with_hint("weigh the options differently, or drop the weights"),
                );
            }
        }
    }

    pub(super) fn flow_checks(&mut self, tree: &Tree) {
        for problem in flow::problems(tree) {
            let span = self.question_spans.get(&tree[problem.question].id).cloned();
            self.error(span, problem.message, &problem.hint);
        }
    }
}
