//! The estimate of how many hours a week each outcome's work takes, added
//! up from the assumptions of the tree's `[[workload]]` tables. Like the
//! scores, it is a pure function of the tree and the answers.

use crate::answers::Answers;
use crate::cond;
use crate::tree::{OutcomeId, Tree};
use serde::Serialize;

/// Hours a week per outcome, with what they are made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Workload {
    /// In the order of `Tree::outcomes`.
    pub outcomes: Vec<OutcomeHours>,
}

/// The estimated hours a week of one outcome's work.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeHours {
    /// The outcome id.
    pub outcome: String,
    /// The work as a sentence names it ("social media work").
    pub work: String,
    /// Hours a week: the sum of `inputs`, unrounded; 0 when no assumption
    /// holds.
    pub hours: f64,
    /// What the hours are made of, the largest first.
    pub inputs: Vec<Input>,
}

/// One assumption that holds, and its hours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Input {
    /// What the hours are for ("about one event a month").
    pub what: String,
    /// Hours a week.
    pub hours: f64,
}

impl Workload {
    pub(crate) fn of(tree: &Tree, answers: &Answers) -> Self {
        let mut outcomes: Vec<OutcomeHours> = (tree.outcomes.iter())
            .map(|o| OutcomeHours {
                outcome: o.id.clone(),
                work: o.work.clone(),
                hours: 0.0,
                inputs: Vec::new(),
            })
            .collect();
        for (w, hours) in assumptions(tree, answers) {
            let Some(o) = outcomes.get_mut(w.outcome.index()) else {
                continue;
            };
            o.hours += hours;
            o.inputs.push(Input {
                what: crate::say::fill(tree, &w.what, answers),
                hours,
            });
        }
        for o in &mut outcomes {
            o.inputs.sort_by(|a, b| b.hours.total_cmp(&a.hours));
        }
        Self { outcomes }
    }

    /// The hours alone, of one outcome or of all: what an `hours`
    /// condition tests, without wording the inputs.
    pub fn hours(tree: &Tree, answers: &Answers, outcome: Option<OutcomeId>) -> f64 {
        (assumptions(tree, answers))
            .filter(|(w, _)| outcome.is_none_or(|o| w.outcome == o))
            .map(|(_, h)| h)
            .sum()
    }
}

/// Each assumption that holds for these answers, with its hours (counted
/// once, or once per pick).
fn assumptions<'t>(
    tree: &'t Tree,
    answers: &'t Answers,
) -> impl Iterator<Item = (&'t crate::tree::Work, f64)> + 't {
    tree.workload.iter().filter_map(move |w| {
        if !(w.when.as_ref()).is_none_or(|c| cond::holds(tree, c, answers, None)) {
            return None;
        }
        let times = match &w.per {
            None => 1,
            Some((qi, tag)) => tree
                .get(*qi)
                .and_then(|q| answers.get(&q.id).map(|a| (q, a)))
                .map_or(0, |(q, a)| {
                    a.picks()
                        .filter_map(|id| q.option(id))
                        .filter(|o| tag.as_ref().is_none_or(|t| o.tags.contains(t)))
                        .count()
                }),
        };
        let hours = w.hours * times as f64;
        (hours > 0.0).then_some((w, hours))
    })
}

/// Hours as people say them: "about 30".
pub fn about(hours: f64) -> String {
    let h = if hours >= 10.0 {
        (hours / 5.0).round() * 5.0
    } else {
        hours.round().max(1.0)
    };
    format!("{h:.0}")
}
