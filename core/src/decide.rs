//! The decision: a pure function from a tree and answers to a
//! recommendation with its reasons, warnings and what would change it.
//!
//! Nothing here knows the roles by name: outcomes, weights, verdict rules
//! and warnings all come from the tree.

use crate::answers::{Answer, Answers};
use crate::cond::{self, Scores};
use crate::session::{Session, Walk};
use crate::tree::{Cond, Kind, OptionId, QuestionId, Tree, VerdictId};
use serde::Serialize;

/// The advice for a set of answers: the verdict, the roles to hire, the
/// scores behind them and what would change them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// The verdict's id, such as `both_two`.
    pub verdict: String,
    /// The verdict as shown ("Both roles, as two hires").
    pub label: String,
    /// A paragraph explaining the verdict, answers filled in.
    pub summary: String,
    /// The form of the hire for these answers (part-time, two people...),
    /// or empty when the verdict gives none.
    pub form: String,
    /// Role profiles to write postings for, the one to hire first first.
    pub roles: Vec<String>,
    /// For a verdict with two roles or more: the outcome to hire first.
    pub hire_first: Option<String>,
    /// Why `hire_first` comes first; empty when it is `None`.
    pub hire_first_because: String,
    /// The verdict's next steps whose condition holds, answers filled in.
    pub then: Vec<String>,
    /// One per outcome, in the order of `Tree::outcomes`.
    pub scores: Vec<OutcomeScore>,
    /// The estimated hours a week of each outcome's work.
    pub workload: crate::workload::Workload,
    /// From 0 to 1: how far the answers are from a different verdict.
    pub confidence: f64,
    /// `high` (0.75 and up), `medium` (0.55 and up) or `low`.
    pub confidence_label: &'static str,
    pub(crate) reasons: Vec<Reason>,
    /// Classic mistakes these answers run into, from the tree's warnings;
    /// `advise` adds the pay laws a posting without pay falls under.
    pub warnings: Vec<FiredWarning>,
    /// Each change to one answer that alone would give another verdict;
    /// empty, without being worked out, beyond `WHAT_IF_LIMIT` answers.
    pub changes: Vec<Change>,
}

impl Recommendation {
    /// The reasons, in three lists that keep the order of influence: those
    /// that lead to the verdict, those that pull the other way (toward
    /// another outcome than the one role the verdict hires for) and those
    /// that point to every outcome alike, which are never a reason for one.
    /// With both roles (or one person for both) every answer that leans
    /// somewhere counts toward the verdict.
    pub fn reasons_split(&self) -> Split<'_> {
        let only = match self.roles.as_slice() {
            [one] if self.scores.iter().any(|s| s.outcome == *one) => Some(one.as_str()),
            _ => None,
        };
        let mut split = Split::default();
        for r in &self.reasons {
            if r.toward.is_empty() {
                split.both.push(r);
            } else if only.is_none_or(|o| r.toward == o) {
                split.leading.push(r);
            } else {
                split.against.push(r);
            }
        }
        split
    }

    /// The label of the outcome to hire first, for verdicts with two roles.
    pub fn hire_first_label(&self) -> Option<&str> {
        let first = self.hire_first.as_deref()?;
        Some(
            self.scores
                .iter()
                .find(|s| s.outcome == first)
                .map_or(first, |s| s.label.as_str()),
        )
    }
}

/// The reasons of a recommendation by the way they point.
#[derive(Debug, Default)]
pub struct Split<'a> {
    /// Those that lead to the verdict.
    pub leading: Vec<&'a Reason>,
    /// Those that pull toward another outcome than the one role hired for.
    pub against: Vec<&'a Reason>,
    /// Those that point to every outcome alike.
    pub both: Vec<&'a Reason>,
}

/// One outcome's points for the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeScore {
    /// The outcome id.
    pub outcome: String,
    /// The outcome as shown ("Community manager").
    pub label: String,
    /// The sum of the weights of the options picked; can be negative.
    pub points: f64,
    /// This outcome's share of the positive points, from 0 to 1, rounded
    /// to 0.001.
    pub share: f64,
    /// The points from which this outcome's work is a real need, in a tree
    /// that judges each need on its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need: Option<f64>,
    /// Whether `points` reach `need`.
    pub needed: bool,
}

/// One answer that moved the advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub(crate) question: String,
    /// The question as asked.
    pub prompt: String,
    /// The id of the option picked: a multi question gives one reason for
    /// each option picked that carries weight.
    pub option: String,
    /// That option's label.
    pub answer: String,
    /// The outcome this answer pushes toward most; empty when it weighs
    /// the same toward each.
    pub toward: String,
    /// Weight per outcome id, as in the tree.
    pub weights: Vec<(String, f64)>,
    /// Why this answer matters: the option's `reason`.
    pub text: String,
}

/// A warning whose condition holds for the answers: a classic mistake,
/// and what to do instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FiredWarning {
    /// The warning's id, such as `personal_brand`.
    pub id: String,
    /// The problem, answers filled in.
    pub message: String,
    /// What to do about it, answers filled in; empty when the warning has
    /// nothing to add.
    pub instead: String,
}

/// One answer whose change alone would give another verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The question id.
    pub question: String,
    /// The question as asked.
    pub prompt: String,
    pub(crate) from: String,
    /// The other answer as shown; for a multi question `with "X" too` or
    /// `without "X"`.
    pub to: String,
    /// The id of the verdict that answer would give.
    pub verdict: String,
    /// That verdict as shown.
    pub verdict_label: String,
    /// Each outcome's points with the change, in the order of the scores.
    pub points: Vec<f64>,
}

/// The verdict these answers give.
pub fn verdict_id(tree: &Tree, answers: &Answers) -> VerdictId {
    verdict_of(tree, answers).0
}

/// The verdict id and scores alone, for what-if questions.
fn verdict_of(tree: &Tree, answers: &Answers) -> (VerdictId, Scores) {
    let scores = Scores::of(tree, answers);
    (verdict_with(tree, answers, &scores), scores)
}

/// The first verdict whose rule holds for these answers and scores.
pub(crate) fn verdict_with(tree: &Tree, answers: &Answers, scores: &Scores) -> VerdictId {
    (tree.verdict_ids())
        .find(|&v| {
            tree[v]
                .when
                .as_ref()
                .is_none_or(|c| cond::holds(tree, c, answers, Some(scores)))
        })
        .or_else(|| tree.verdict_ids().next_back())
        .unwrap_or(VerdictId::new(0))
}

/// Decide from the answers on a session's path.
pub fn decide(tree: &Tree, answers: &Answers) -> Recommendation {
    let (vi, scores) = verdict_of(tree, answers);
    let verdict = &tree[vi];
    let shares = scores.shares();
    let ranking = scores.ranking();

    // Roles in the order of their outcome's score, so the first to hire leads.
    let mut roles = verdict.roles.clone();
    let rank_of = |role: &str| {
        tree.outcome_id(role)
            .and_then(|o| ranking.iter().position(|r| *r == o))
            .unwrap_or(usize::MAX)
    };
    roles.sort_by_key(|r| rank_of(r));
    let hire_first = (roles.len() > 1)
        .then(|| roles.first().and_then(|r| tree.outcome_id(r)))
        .flatten();

    let closeness = closeness(tree, &scores);
    let evidence = (scores.evidence / tree.decision.min_evidence.max(f64::EPSILON)).min(1.0);
    let confidence = ((0.5 + 0.5 * closeness.clamp(0.0, 1.0)) * evidence * 100.0).round() / 100.0;
    let confidence_label = match confidence {
        c if c >= 0.75 => "high",
        c if c >= 0.55 => "medium",
        _ => "low",
    };

    let warnings = tree
        .warnings
        .iter()
        .filter(|w| {
            let ctx = cond::Ctx {
                answers,
                scores: Some(&scores),
                hiring: &verdict.roles,
                first: true,
                verdict: Some(vi),
                role: None,
            };
            cond::holds_in(tree, &w.when, &ctx)
        })
        .map(|w| FiredWarning {
            id: w.id.clone(),
            message: crate::say::fill(tree, &w.message, answers),
            instead: crate::say::fill(tree, &w.instead, answers),
        })
        .collect();

    let said = |steps: &[crate::tree::NextStep]| {
        (steps.iter())
            .find(|s| {
                (s.when.as_ref()).is_none_or(|c| cond::holds(tree, c, answers, Some(&scores)))
            })
            .map_or_else(String::new, |s| crate::say::fill(tree, &s.text, answers))
    };
    Recommendation {
        verdict: verdict.id.clone(),
        label: verdict.label.clone(),
        summary: said(&verdict.summary),
        form: said(&verdict.form),
        roles,
        hire_first: hire_first.map(|o| tree[o].id.clone()),
        hire_first_because: hire_first.map_or_else(String::new, |o| {
            crate::say::fill(tree, &tree[o].first_because, answers)
        }),
        then: (verdict.then.iter())
            .filter(|s| {
                (s.when.as_ref()).is_none_or(|c| cond::holds(tree, c, answers, Some(&scores)))
            })
            .map(|s| crate::say::fill(tree, &s.text, answers))
            .collect(),
        scores: tree
            .each_outcome()
            .map(|(i, o)| OutcomeScore {
                outcome: o.id.clone(),
                label: o.label.clone(),
                points: scores.points_of(i),
                share: (shares[i.index()] * 1000.0).round() / 1000.0,
                need: o.need,
                needed: o.need.is_some_and(|n| scores.points_of(i) >= n),
            })
            .collect(),
        workload: crate::workload::Workload::of(tree, answers),
        confidence,
        confidence_label,
        reasons: reasons(tree, answers),
        warnings,
        changes: changes(tree, answers, vi),
    }
}

/// From 0 to 1: how far the scores are from tipping the verdict. With a
/// `need` on each outcome, that is the distance of the need closest to its
/// threshold, relative to the threshold; otherwise the distance of the top
/// two shares from the balance.
fn closeness(tree: &Tree, scores: &Scores) -> f64 {
    let needs: Vec<(f64, f64)> = (tree.outcomes.iter().zip(&scores.points))
        .filter_map(|(o, p)| o.need.map(|n| (*p, n)))
        .collect();
    if !needs.is_empty() {
        return (needs.iter())
            .map(|(p, n)| ((p - n).abs() / n).min(1.0))
            .fold(1.0, f64::min);
    }
    let margin = scores.margin();
    let balance = tree.decision.balance;
    if margin <= balance {
        if balance > 0.0 {
            (balance - margin) / balance
        } else {
            1.0
        }
    } else {
        (margin - balance) / (1.0 - balance).max(f64::EPSILON)
    }
}

/// The answers that carried weight, most influential first.
pub fn reasons(tree: &Tree, answers: &Answers) -> Vec<Reason> {
    let mut out: Vec<(f64, (QuestionId, OptionId), Reason)> = Vec::new();
    for (qi, q) in tree.each_question() {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        for id in a.picked() {
            let Some(oi) = q.option_id(id) else { continue };
            let o = &q[oi];
            let influence: f64 = o.weights.iter().map(|w| w.abs()).sum();
            if influence == 0.0 {
                continue;
            }
            // The outcome this answer weighs most toward; none on a tie.
            let top = o.weights.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let mut at_top = (tree.each_outcome()).filter(|(i, _)| o.weight(*i) == Some(top));
            let toward = match (at_top.next(), at_top.next()) {
                (Some((_, x)), None) => x.id.clone(),
                _ => String::new(),
            };
            out.push((
                influence,
                (qi, oi),
                Reason {
                    question: q.id.clone(),
                    prompt: q.prompt.clone(),
                    option: o.id.clone(),
                    answer: o.label.clone(),
                    toward,
                    weights: tree
                        .outcomes
                        .iter()
                        .map(|x| x.id.clone())
                        .zip(o.weights.iter().copied())
                        .collect(),
                    text: o.reason.clone(),
                },
            ));
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    out.into_iter().map(|(_, _, r)| r).collect()
}

/// Beyond this many answers, what would change the verdict is not worked
/// out: every alternative is scored over the whole path (and a change to a
/// question that steers the path walks it again), so the work grows with
/// the square of the path, and a list for thousands of answers helps no one.
pub const WHAT_IF_LIMIT: usize = 500;

/// Every single change of one answer that would give another verdict: a
/// different option for single and yes/no questions, one option more or
/// less for multi questions. A changed answer can lead to other questions,
/// so the path is walked again for each change to a question that steers
/// the path; a change to any other question keeps the path as it is.
fn changes(tree: &Tree, answers: &Answers, current: VerdictId) -> Vec<Change> {
    let mut out = Vec::new();
    if answers.len() > WHAT_IF_LIMIT {
        return out;
    }
    let steers = steering(tree);
    let mut on_path = Session::walk(tree, answers);
    // Each answer's share of the scores, worked out once: a changed answer
    // replaces its own share and the shares are added up again, without
    // looking up every answer and option anew.
    let mut parts: Vec<Option<Scores>> = (tree.questions.iter())
        .map(|q| on_path.get(&q.id).map(|a| Scores::part(tree, q, a)))
        .collect();
    for (qi, q) in tree.each_question() {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        let alternatives: Vec<(Answer, String)> = match (q.kind, a) {
            (Kind::Single, Answer::Choice(c)) => q
                .options
                .iter()
                .filter(|o| &o.id != c)
                .map(|o| (Answer::Choice(o.id.clone()), o.label.clone()))
                .collect(),
            (Kind::Confirm, Answer::Bool(b)) => {
                let other = if *b { "no" } else { "yes" };
                let label = q
                    .option(other)
                    .map_or_else(|| other.to_string(), |o| o.label.clone());
                vec![(Answer::Bool(!b), label)]
            }
            (Kind::Multi, Answer::Choices(cs)) => q
                .options
                .iter()
                .filter_map(|o| {
                    let mut next = cs.clone();
                    let label = if let Some(p) = next.iter().position(|c| c == &o.id) {
                        next.remove(p);
                        format!("without \"{}\"", o.label)
                    } else if o.exclusive {
                        // "None of these" stands alone.
                        next = vec![o.id.clone()];
                        format!("\"{}\" alone", o.label)
                    } else {
                        // A pick beside "None of these" replaces it.
                        next.retain(|c| q.option(c).is_none_or(|x| !x.exclusive));
                        next.push(o.id.clone());
                        format!("with \"{}\" too", o.label)
                    };
                    // A required question cannot be left with no pick.
                    (!next.is_empty() || !q.required).then_some((Answer::Choices(next), label))
                })
                .collect(),
            _ => continue,
        };
        // The answers to walk again, for a question that steers the path;
        // none when the path stays as it is.
        let mut walked =
            (steers[qi.index()] || !on_path.contains_key(&q.id)).then(|| answers.clone());
        for (alt, to) in alternatives {
            let (v, scores) = match &mut walked {
                None => {
                    parts[qi.index()] = Some(Scores::part(tree, q, &alt));
                    on_path.insert(q.id.clone(), alt);
                    let scores = Scores::sum(tree, parts.iter().flatten());
                    (verdict_with(tree, &on_path, &scores), scores)
                }
                Some(changed) => {
                    changed.insert(q.id.clone(), alt);
                    let walked = Walk::through(tree, changed);
                    let scores = walked.scores(tree);
                    (verdict_with(tree, &walked.on_path, &scores), scores)
                }
            };
            if v != current {
                out.push(Change {
                    question: q.id.clone(),
                    prompt: q.prompt.clone(),
                    from: a.display(q),
                    to,
                    verdict: tree[v].id.clone(),
                    verdict_label: tree[v].label.clone(),
                    points: scores.points,
                });
            }
        }
        if walked.is_none() {
            parts[qi.index()] = Some(Scores::part(tree, q, a));
            on_path.insert(q.id.clone(), a.clone());
        }
    }
    out
}

/// For each question, whether its answer can change which questions are
/// asked: an option of it leads elsewhere, or a skip condition reads it.
fn steering(tree: &Tree) -> Vec<bool> {
    fn mark(c: &Cond, steers: &mut [bool]) {
        let mut questions = Vec::new();
        c.questions(&mut questions);
        for q in questions {
            if let Some(s) = steers.get_mut(q.index()) {
                *s = true;
            }
        }
    }
    let mut steers: Vec<bool> = (tree.questions.iter())
        .map(|q| q.options.iter().any(|o| o.next.is_some()))
        .collect();
    for q in &tree.questions {
        if let Some(c) = &q.skip_if {
            mark(c, &mut steers);
        }
    }
    steers
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;

/// Shares as whole percentages that add up to 100 (largest remainder):
/// rounding each on its own can show 46% beside 55%. Shares that are all
/// zero stay zero.
pub fn percents(shares: &[f64]) -> Vec<u32> {
    let exact: Vec<f64> = shares.iter().map(|s| s.max(0.0) * 100.0).collect();
    let total: f64 = exact.iter().sum();
    if total <= 0.0 || !total.is_finite() {
        return vec![0; shares.len()];
    }
    let exact: Vec<f64> = exact.iter().map(|e| e * 100.0 / total).collect();
    let mut out: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let short = 100u32.saturating_sub(out.iter().sum());
    let mut order: Vec<usize> = (0..exact.len()).collect();
    // The largest remainders first; on a tie, the earlier outcome.
    order.sort_by(|&a, &b| {
        let (ra, rb) = (exact[a] - exact[a].floor(), exact[b] - exact[b].floor());
        rb.total_cmp(&ra).then(a.cmp(&b))
    });
    for &i in order.iter().take(short as usize) {
        out[i] += 1;
    }
    out
}
