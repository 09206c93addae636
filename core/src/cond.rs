//! Evaluating the tree's conditions (skips, verdict rules, warnings) over a
//! set of answers and, where known, the scores so far.

use crate::answers::{Answer, Answers};
use crate::tree::{AnswerTest, Cond, Ids, Kind, OutcomeId, Question, Tree, VerdictId};
use std::borrow::Borrow;

/// Points per outcome, in the order of `Tree::outcomes`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// The sum of the weights of the options picked; can be negative.
    pub points: Vec<f64>,
    /// The sum of the absolute weights of every answer counted.
    pub evidence: f64,
}

impl Scores {
    /// Scores from the answers given, ignoring questions not in `answers`.
    pub fn of(tree: &Tree, answers: &Answers) -> Self {
        let parts = tree.questions.iter().filter_map(|q| {
            let a = answers.get(&q.id)?;
            Some(Self::part(tree, q, a))
        });
        Self::sum(tree, parts)
    }

    /// What one answer adds: its options' weights and their absolute sum.
    pub fn part(tree: &Tree, q: &Question, a: &Answer) -> Self {
        let mut part = Self {
            points: vec![0.0; tree.outcomes.len()],
            evidence: 0.0,
        };
        for o in a.picks().filter_map(|id| q.option(id)) {
            for (p, w) in part.points.iter_mut().zip(&o.weights) {
                *p += w;
                part.evidence += w.abs();
            }
        }
        part
    }

    /// The scores of answers whose parts are given in tree order. Adding in
    /// one fixed order keeps every total the same to the last bit, however
    /// the parts were found.
    pub fn sum(tree: &Tree, parts: impl IntoIterator<Item = impl Borrow<Self>>) -> Self {
        let mut total = Self {
            points: vec![0.0; tree.outcomes.len()],
            evidence: 0.0,
        };
        for part in parts {
            let part = part.borrow();
            for (t, p) in total.points.iter_mut().zip(&part.points) {
                *t += p;
            }
            total.evidence += part.evidence;
        }
        total
    }

    /// Each outcome's share of the positive total; equal shares when nothing
    /// points anywhere yet.
    pub fn shares(&self) -> Vec<f64> {
        let pos: Vec<f64> = self.points.iter().map(|p| p.max(0.0)).collect();
        let total: f64 = pos.iter().sum();
        if total <= f64::EPSILON {
            let n = pos.len().max(1) as f64;
            return vec![1.0 / n; pos.len()];
        }
        pos.iter().map(|p| p / total).collect()
    }

    /// The points of one outcome; 0 for an outcome these scores lack.
    pub fn points_of(&self, o: OutcomeId) -> f64 {
        self.points.get(o.index()).copied().unwrap_or(0.0)
    }

    /// The outcomes from the highest score down; ties keep tree order.
    pub fn ranking(&self) -> Vec<OutcomeId> {
        let mut idx: Vec<OutcomeId> = Ids::<OutcomeId>::of(&self.points).collect();
        idx.sort_by(|a, b| {
            self.points_of(*b)
                .total_cmp(&self.points_of(*a))
                .then(a.cmp(b))
        });
        idx
    }

    pub(crate) fn leader(&self) -> Option<OutcomeId> {
        self.ranking().first().copied()
    }

    /// The difference between the top two shares (1.0 with one outcome).
    pub fn margin(&self) -> f64 {
        let shares = self.shares();
        let r = self.ranking();
        match (r.first(), r.get(1)) {
            (Some(a), Some(b)) => shares[a.index()] - shares[b.index()],
            _ => 1.0,
        }
    }
}

/// Whether `cond` holds. Score tests are false when `scores` is `None`.
pub fn holds(tree: &Tree, cond: &Cond, answers: &Answers, scores: Option<&Scores>) -> bool {
    holds_in(
        tree,
        cond,
        &Ctx {
            answers,
            scores,
            hiring: &[],
            first: true,
            verdict: None,
            role: None,
        },
    )
}

/// What a condition is tested against: the answers, the scores where they
/// are known, and the roles postings are written for (for role data).
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub(crate) answers: &'a Answers,
    pub(crate) scores: Option<&'a Scores>,
    pub(crate) hiring: &'a [String],
    /// Whether the posting being written is the recommendation's first.
    pub first: bool,
    /// The verdict, where it is known.
    pub verdict: Option<VerdictId>,
    /// The role of the posting being written.
    pub role: Option<&'a str>,
}

pub(crate) fn holds_in(tree: &Tree, cond: &Cond, ctx: &Ctx<'_>) -> bool {
    match cond {
        Cond::Answer { question, test } => tree
            .get(*question)
            .is_some_and(|q| answer_holds(q, test, ctx.answers.get(&q.id))),
        Cond::Leader(o) => ctx.scores.is_some_and(|s| s.leader() == Some(*o)),
        Cond::Balanced(want) => ctx
            .scores
            .is_some_and(|s| (s.margin() <= tree.decision.balance) == *want),
        Cond::EvidenceBelow(e) => ctx.scores.is_some_and(|s| s.evidence < *e),
        Cond::Needed(outcomes) => ctx.scores.is_some_and(|s| {
            outcomes.iter().all(|&o| {
                let need = tree.outcome(o).and_then(|x| x.need);
                need.is_some_and(|n| s.points.get(o.index()).is_some_and(|p| *p >= n))
            })
        }),
        Cond::Hours {
            outcome,
            at_least,
            at_most,
            more_than,
        } => {
            let h = crate::workload::Workload::hours(tree, ctx.answers, *outcome);
            let over = more_than.is_none_or(|q| {
                (tree.get(q))
                    .and_then(|q| ctx.answers.get(&q.id))
                    .and_then(|a| a.figure())
                    .is_some_and(|n| h > n)
            });
            at_least.is_none_or(|m| h >= m) && at_most.is_none_or(|m| h <= m) && over
        }
        Cond::Hiring(role) => ctx.hiring.iter().any(|r| r == role),
        Cond::First(want) => ctx.first == *want,
        Cond::Role(role) => ctx.role == Some(role.as_str()),
        Cond::Verdict(ids) => ctx.verdict.is_some_and(|v| ids.contains(&v)),
        Cond::All(cs) => cs.iter().all(|c| holds_in(tree, c, ctx)),
        Cond::Any(cs) => cs.iter().any(|c| holds_in(tree, c, ctx)),
        Cond::Not(c) => !holds_in(tree, c, ctx),
    }
}

/// The answers a condition that holds rests on: for each answer test, the
/// options it names that were picked (`question.option`), or the question
/// when it names none; under `not`, the questions tested. Tests that
/// failed inside an `any` are left out.
pub fn sources(tree: &Tree, cond: &Cond, ctx: &Ctx<'_>, out: &mut Vec<String>) {
    let mut push = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    match cond {
        Cond::Answer { question, test } => {
            let Some(q) = tree.get(*question) else {
                return;
            };
            let Some(a) = ctx.answers.get(&q.id) else {
                return;
            };
            let named: Vec<&str> = (a.picks())
                .filter(|p| test.is.iter().any(|i| i == p))
                .chain(a.picks().filter(|p| {
                    test.tagged
                        .as_ref()
                        .is_some_and(|t| q.option(p).is_some_and(|o| o.tags.contains(t)))
                }))
                .collect();
            if named.is_empty() {
                push(q.id.clone());
            }
            for p in named {
                push(crate::say::source(&q.id, p));
            }
        }
        Cond::All(cs) => {
            for c in cs {
                sources(tree, c, ctx, out);
            }
        }
        Cond::Any(cs) => {
            for c in cs.iter().filter(|c| holds_in(tree, c, ctx)) {
                sources(tree, c, ctx, out);
            }
        }
        Cond::Not(c) => {
            let mut questions = Vec::new();
            c.questions(&mut questions);
            for q in questions.iter().filter_map(|q| tree.get(*q)) {
                push(q.id.clone());
            }
        }
        _ => {}
    }
}

fn answer_holds(q: &Question, t: &AnswerTest, a: Option<&Answer>) -> bool {
    let given = a.is_some_and(|a| *a != Answer::Skipped);
    if let Some(want) = t.answered {
        if given != want {
            return false;
        }
    }
    let Some(a) = a.filter(|_| given) else {
        // Every other test needs an answer to hold.
        return t.answered.is_some()
            && t.is.is_empty()
            && t.tagged.is_none()
            && t.selected_at_least.is_none()
            && t.at_least.is_none()
            && t.at_most.is_none()
            && t.contains_any.is_empty()
            && t.in_places.is_empty()
            && t.is_not.is_empty();
    };
    let picked = a.picked();
    if !t.is.is_empty() && !picked.iter().any(|p| t.is.iter().any(|i| i == p)) {
        return false;
    }
    if picked.iter().any(|p| t.is_not.iter().any(|i| i == p)) {
        return false;
    }
    if q.kind == Kind::Multi {
        let counted = picked
            .iter()
            .filter(|p| t.is.is_empty() || t.is.iter().any(|i| i == *p))
            .filter(|p| match &t.tagged {
                Some(tag) => q.option(p).is_some_and(|o| o.tags.contains(tag)),
                None => true,
            })
            .count();
        if t.tagged.is_some() && counted == 0 {
            return false;
        }
        if t.selected_at_least.is_some_and(|n| counted < n) {
            return false;
        }
    }
    if let Answer::Number(n) = a {
        if t.at_least.is_some_and(|m| *n < m) || t.at_most.is_some_and(|m| *n > m) {
            return false;
        }
    }
    if !t.in_places.is_empty() {
        let Answer::Text(text) = a else { return false };
        let tokens: Vec<String> = text.split(", ").map(str::to_string).collect();
        let anywhere = tokens.iter().any(|t| t == crate::places::ANYWHERE);
        let countries = crate::places::expand(&tokens);
        if !anywhere && !countries.iter().any(|c| t.in_places.iter().any(|p| p == c)) {
            return false;
        }
    }
    if !t.contains_any.is_empty() {
        let Answer::Text(text) = a else { return false };
        let lower = text.to_lowercase();
        if !t
            .contains_any
            .iter()
            .any(|w| lower.contains(&w.to_lowercase()))
        {
            return false;
        }
    }
    true
}
