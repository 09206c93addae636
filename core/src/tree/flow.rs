//! The shape of a tree as a graph: where each question can lead, and the
//! problems of that shape (loops, questions no path reaches).

use super::{Kind, Next, QuestionId, Tree};

/// A problem with the flow, tied to one question.
pub struct Problem {
    pub question: QuestionId,
    pub message: String,
    pub hint: String,
}

/// How a tree's questions connect.
pub struct Flow;

impl Flow {
    /// Every question `q` can lead to directly, in a stable order.
    pub fn successors(tree: &Tree, q: QuestionId) -> Vec<Next> {
        let question = &tree[q];
        let mut out: Vec<Next> = Vec::new();
        let mut push = |n: Next| {
            if !out.contains(&n) {
                out.push(n);
            }
        };
        for o in &question.options {
            if let Some(n) = o.next {
                push(n);
            }
        }
        // The question's own `next` is used unless every option overrides it
        // and the question is always answered with exactly one option.
        let one_choice = matches!(question.kind, Kind::Single | Kind::Confirm);
        let all_override = question.options.iter().all(|o| o.next.is_some());
        if !(one_choice && all_override && question.required && question.skip_if.is_none()) {
            push(question.next);
        }
        out
    }
}

pub fn problems(tree: &Tree) -> Vec<Problem> {
    let n = tree.questions.len();
    let mut out = Vec::new();
    // Reachability from the start.
    let mut seen = vec![false; n];
    let mut stack: Vec<QuestionId> = match tree.start {
        Next::Question(i) => vec![i],
        Next::End => vec![],
    };
    while let Some(q) = stack.pop() {
        if std::mem::replace(&mut seen[q.index()], true) {
            continue;
        }
        for s in Flow::successors(tree, q) {
            if let Next::Question(i) = s {
                stack.push(i);
            }
        }
    }
    for ((q, question), reached) in tree.each_question().zip(&seen) {
        if !reached {
            out.push(Problem {
                question: q,
                message: format!(
                    "question `{}` can never be reached from the start",
                    question.id
                ),
                hint: "point a `next` at it, or remove it".into(),
            });
        }
    }
    // Loops: an iterative depth-first search with colours.
    #[derive(Clone, Copy, PartialEq)]
    enum Colour {
        White,
        Grey,
        Black,
    }
    let mut colour = vec![Colour::White; n];
    for root in tree.question_ids() {
        if colour[root.index()] != Colour::White {
            continue;
        }
        let mut stack: Vec<(QuestionId, Vec<Next>, usize)> =
            vec![(root, Flow::successors(tree, root), 0)];
        colour[root.index()] = Colour::Grey;
        while let Some((q, succ, i)) = stack.last_mut() {
            let q = *q;
            if *i == succ.len() {
                colour[q.index()] = Colour::Black;
                stack.pop();
                continue;
            }
            let s = succ[*i];
            *i += 1;
            let Next::Question(t) = s else { continue };
            match colour[t.index()] {
                Colour::White => {
                    colour[t.index()] = Colour::Grey;
                    stack.push((t, Flow::successors(tree, t), 0));
                }
                Colour::Grey => {
                    let at = stack.iter().position(|(x, _, _)| *x == t).unwrap_or(0);
                    let mut cycle: Vec<&str> = stack[at..]
                        .iter()
                        .map(|(x, _, _)| tree[*x].id.as_str())
                        .collect();
                    cycle.push(&tree[t].id);
                    out.push(Problem {
                        question: q,
                        message: format!(
                            "question `{}` leads back to `{}`, a loop: {}",
                            tree[q].id,
                            tree[t].id,
                            cycle.join(" -> ")
                        ),
                        hint: "questions must always move forward; point `next` at a later question or `end`".into(),
                    });
                }
                Colour::Black => {}
            }
        }
    }
    out
}
