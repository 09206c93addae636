//! A founder's way through the tree: the answers given, the path taken,
//! going back and forward. Every front end drives this and nothing else, so
//! the flow lives here once.

use crate::answers::{Answer, AnswerError, Answers};
use crate::cond::{self, Scores};
use crate::tree::{Kind, Next, Question, QuestionId, Tree, VerdictId};

/// A founder's way through a tree: every answer given, and the path the
/// answers take.
#[derive(Debug, Clone)]
pub struct Session<'t> {
    tree: &'t Tree,
    /// Every answer given, including ones that a changed answer earlier has
    /// taken off the path: they come back if the path returns to them.
    answers: Answers,
    /// The questions answered, in order: the path so far.
    history: Vec<QuestionId>,
    /// The answers of the questions in `history`: the ones that count.
    /// Kept beside `answers` so that skip conditions can read them at every
    /// step without gathering them again.
    on_path: Answers,
    current: Next,
    /// Today, for refusing a date that has passed (see `refusing_past_dates`).
    today: Option<jiff::civil::Date>,
}

/// What `fast_forward` does at a question on the path that has no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gaps {
    /// Stop there: it is the next question to ask.
    Stop,
    /// Pass optional questions as skipped; stop at required ones.
    SkipOptional,
    /// Pass every question without an answer.
    PassAll,
}

/// Where the founder is, for a progress line and gauge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// One-based number of the current question on the path.
    pub number: usize,
    /// The expected number of questions on the path, this one included.
    pub total: usize,
}

impl<'t> Session<'t> {
    /// A session at the tree's first question, with no answers.
    pub fn new(tree: &'t Tree) -> Self {
        let mut s = Self {
            tree,
            answers: Answers::new(),
            history: Vec::new(),
            on_path: Answers::new(),
            current: Next::End,
            today: None,
        };
        s.current = s.advance(tree.start);
        s
    }

    /// A session that refuses, for date questions, a day before `today`: a
    /// posting that closes in the past is a typing mistake. Only for answers
    /// typed now; an answers file replayed later keeps its dates. The day is
    /// given, not read from the clock, so that the caller decides what
    /// today is.
    pub fn refusing_past_dates(mut self, today: jiff::civil::Date) -> Self {
        self.today = Some(today);
        self
    }

    /// A session with `answers` replayed from the start, stopping at the
    /// first question on the path that has no answer. Answers for questions
    /// off the path are kept but do not count.
    pub fn resume(tree: &'t Tree, answers: Answers) -> Result<Self, AnswerError> {
        let mut s = Self::new(tree);
        for (id, a) in answers {
            let a = match tree.question(&id) {
                Some(q) => a.validate(q)?,
                None => a,
            };
            s.answers.insert(id, a);
        }
        s.fast_forward(Gaps::Stop);
        Ok(s)
    }

    /// The answers on the path that `answers` would take, passing over any
    /// question without an answer: for asking "what if this answer changed".
    /// The answers are taken as already valid.
    pub fn walk(tree: &'t Tree, answers: &Answers) -> Answers {
        Walk::through(tree, answers).on_path
    }

    /// The tree being answered.
    pub fn tree(&self) -> &'t Tree {
        self.tree
    }

    /// The question to ask now; `None` when the questions are done.
    pub fn current(&self) -> Option<&'t Question> {
        self.current_id().map(|i| &self.tree[i])
    }

    /// The id of the question to ask now; `None` when the questions are
    /// done.
    pub fn current_id(&self) -> Option<QuestionId> {
        match self.current {
            Next::Question(i) => Some(i),
            Next::End => None,
        }
    }

    /// Whether no question is left to ask.
    pub fn is_done(&self) -> bool {
        self.current == Next::End
    }

    /// The answer given earlier to the current question, to show pre-filled.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.current().and_then(|q| self.answers.get(&q.id))
    }

    /// The option the tree suggests for the current question (`suggest`),
    /// from the answers so far: the first whose condition holds.
    pub fn suggested(&self) -> Option<Answer> {
        let q = self.current()?;
        let s = (q.suggest.iter()).find(|s| {
            (s.when.as_ref()).is_none_or(|c| crate::cond::holds(self.tree, c, &self.on_path, None))
        })?;
        Some(match q.kind {
            crate::tree::Kind::Confirm => Answer::Bool(s.option == "yes"),
            _ => Answer::Choice(s.option.clone()),
        })
    }

    /// Answer the current question and move on.
    pub fn answer(&mut self, answer: Answer) -> Result<(), AnswerError> {
        let Some(qi) = self.current_id() else {
            return Err(AnswerError {
                question: String::new(),
                problem: "the questions are already done".into(),
            });
        };
        let answer = answer.validate(&self.tree[qi])?;
        self.accept(qi, answer)
    }

    /// Take an answer already in the form its question calls for (typed
    /// and validated, or replayed from the session's own answers), if it
    /// fits the answers before it, and move on.
    fn accept(&mut self, qi: QuestionId, answer: Answer) -> Result<(), AnswerError> {
        let q = &self.tree[qi];
        if let Some(problem) = answer.below(q, self.tree, &self.on_path) {
            return Err(AnswerError {
                question: q.id.clone(),
                problem,
            });
        }
        if let (Some(today), true, Answer::Text(day)) = (
            self.today,
            q.format == crate::tree::TextFormat::Date,
            &answer,
        ) {
            if day.parse::<jiff::civil::Date>().is_ok_and(|d| d < today) {
                return Err(AnswerError {
                    question: q.id.clone(),
                    problem: format!(
                        "{day} has already passed (today is {today}); give a later day, or leave it empty"
                    ),
                });
            }
        }
        let next = next_of(q, &answer);
        self.answers.insert(q.id.clone(), answer.clone());
        self.on_path.insert(q.id.clone(), answer);
        self.history.push(qi);
        self.current = self.advance(next);
        Ok(())
    }

    /// Return to the previous question, keeping every answer. False at the
    /// first question.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(q) => {
                self.on_path.remove(&self.tree[q].id);
                self.current = Next::Question(q);
                true
            }
            None => false,
        }
    }

    /// Go back to a question already answered on the path.
    pub fn goto(&mut self, question: QuestionId) -> bool {
        match self.history.iter().position(|&q| q == question) {
            Some(at) => {
                for q in self.history.drain(at..) {
                    self.on_path.remove(&self.tree[q].id);
                }
                self.current = Next::Question(question);
                true
            }
            None => false,
        }
    }

    /// Move forward over questions that already have an answer, stopping at
    /// the first that has none (or at the end), unless `gaps` says to pass it.
    pub fn fast_forward(&mut self, gaps: Gaps) {
        while let Some(qi) = self.current_id() {
            let q = &self.tree[qi];
            let answer = match (self.answers.get(&q.id), gaps) {
                (Some(a), _) => a.clone(),
                (None, Gaps::SkipOptional | Gaps::PassAll) if !q.required => Answer::Skipped,
                (None, Gaps::PassAll) => {
                    self.current = self.advance(q.next);
                    continue;
                }
                (None, _) => break,
            };
            // Every answer kept was validated when it came in.
            if self.accept(qi, answer).is_err() {
                break;
            }
        }
    }

    /// The required questions still without an answer on the path ahead,
    /// in order, passing over each one as if it had been answered by its
    /// default way on: what an answers file still needs, all at once.
    pub fn unanswered(&self) -> Vec<QuestionId> {
        let mut ahead = self.clone();
        let mut out = Vec::new();
        loop {
            ahead.fast_forward(Gaps::SkipOptional);
            match ahead.current_id() {
                Some(qi) if !out.contains(&qi) => {
                    out.push(qi);
                    ahead.current = ahead.advance(ahead.tree[qi].next);
                }
                _ => return out,
            }
        }
    }

    /// The questions answered just before the current one that share its
    /// `screen`, in order: the fields already filled on this screen.
    pub fn earlier_on_screen(&self) -> Vec<QuestionId> {
        let Some(screen) = self.current().and_then(|q| q.screen.as_ref()) else {
            return Vec::new();
        };
        let mut out: Vec<QuestionId> = (self.history.iter().rev())
            .take_while(|&&qi| self.tree[qi].screen.as_ref() == Some(screen))
            .copied()
            .collect();
        out.reverse();
        out
    }

    /// The questions after the current one that share its `screen`, as the
    /// path looks now: the fields still to fill on this screen. A question
    /// whose skip condition turns on an answer not yet given is listed.
    pub fn later_on_screen(&self) -> Vec<QuestionId> {
        self.later_on_screen_if(None)
    }

    /// As [`Self::later_on_screen`], as if the current question had the
    /// answer `pending` (the option under the cursor): the fields that
    /// answer would bring.
    pub fn later_on_screen_if(&self, pending: Option<&Answer>) -> Vec<QuestionId> {
        let Some(q) = self.current() else {
            return Vec::new();
        };
        let Some(screen) = q.screen.as_ref() else {
            return Vec::new();
        };
        let mut known = self.on_path.clone();
        let mut all = self.answers.clone();
        if let Some(a) = pending {
            known.insert(q.id.clone(), a.clone());
            all.insert(q.id.clone(), a.clone());
        }
        let mut out = Vec::new();
        let mut at = match all.get(&q.id) {
            Some(a) => next_of(q, a),
            None => q.next,
        };
        for _ in 0..self.tree.questions.len() {
            let Next::Question(qi) = at else { break };
            let next = &self.tree[qi];
            if next.screen.as_ref() != Some(screen) {
                break;
            }
            if !self.skipped(next, &known) {
                out.push(qi);
            }
            at = match all.get(&next.id) {
                Some(a) => next_of(next, a),
                None => next.next,
            };
        }
        out
    }

    /// The answers on the path taken, which are the ones that count.
    pub fn answered(&self) -> &Answers {
        &self.on_path
    }

    /// Every answer given, on the path or not (what autosave keeps).
    pub fn all_answers(&self) -> &Answers {
        &self.answers
    }

    /// The questions answered so far, in order.
    pub fn path(&self) -> &[QuestionId] {
        &self.history
    }

    /// The scores of the answers on the path.
    pub fn scores(&self) -> Scores {
        Scores::of(self.tree, self.answered())
    }

    /// The answers the path would hold with `pending` given to the current
    /// question (the boxes ticked so far) and the answers kept after it
    /// replayed: what the leaning panel weighs, so that it moves as boxes
    /// are ticked and a question reopened to change still counts every
    /// answer.
    pub fn preview(&self, pending: Option<Answer>) -> Answers {
        let mut ahead = self.clone();
        if let Some(a) = pending {
            if ahead.answer(a).is_err() {
                return self.answered().clone();
            }
        }
        ahead.fast_forward(Gaps::Stop);
        ahead.on_path
    }

    /// How far along the path the current question is.
    pub fn progress(&self) -> Progress {
        let number = self.history.len() + 1;
        let mut ahead = 0;
        let mut at = self.current;
        let answered = &self.on_path;
        // A tree has no loops, so a walk ends within as many steps as there
        // are questions; the bound guards a tree built by hand in a test.
        for _ in 0..self.tree.questions.len() {
            let Next::Question(qi) = at else { break };
            let q = &self.tree[qi];
            if self.skipped(q, answered) {
                at = q.next;
                continue;
            }
            ahead += 1;
            at = match self.answers.get(&q.id) {
                Some(a) => next_of(q, a),
                None => q.next,
            };
        }
        Progress {
            number,
            total: self.history.len() + ahead.max(1),
        }
    }

    fn skipped(&self, q: &Question, answered: &Answers) -> bool {
        q.skip_if
            .as_ref()
            .is_some_and(|c| skips(self.tree, c, answered))
    }

    /// From `next`, pass over questions whose skip condition holds.
    fn advance(&self, mut next: Next) -> Next {
        for _ in 0..=self.tree.questions.len() {
            match next {
                Next::Question(qi) if self.skipped(&self.tree[qi], &self.on_path) => {
                    next = self.tree[qi].next;
                }
                _ => return next,
            }
        }
        Next::End
    }
}

/// Whether a skip condition holds for the answers so far. One that tests
/// the verdict gets the verdict those answers give.
fn skips(tree: &Tree, c: &crate::tree::Cond, answered: &Answers) -> bool {
    skips_with(tree, c, answered, || {
        crate::decide::verdict_id(tree, answered)
    })
}

/// Whether a skip condition holds, with the verdict worked out only if
/// the condition reads it.
fn skips_with(
    tree: &Tree,
    c: &crate::tree::Cond,
    answered: &Answers,
    verdict: impl FnOnce() -> VerdictId,
) -> bool {
    let ctx = cond::Ctx {
        answers: answered,
        scores: None,
        hiring: &[],
        first: true,
        verdict: c.uses_verdict().then(verdict),
        role: None,
    };
    cond::holds_in(tree, c, &ctx)
}

/// The path some answers take, walked without a session, with each
/// answer's share of the scores kept as it is taken: a skip condition
/// that reads the verdict then adds the shares up instead of looking up
/// every answer again.
pub(crate) struct Walk {
    /// The answers on the path.
    pub(crate) on_path: Answers,
    /// Each question's share of the scores, by question index; `None` off
    /// the path.
    parts: Vec<Option<Scores>>,
}

impl Walk {
    /// Walk `answers` from the start, passing over questions without one.
    pub(crate) fn through(tree: &Tree, answers: &Answers) -> Self {
        let mut w = Self {
            on_path: Answers::new(),
            parts: vec![None; tree.questions.len()],
        };
        // The verdict of the answers so far, once a skip condition asked
        // for it, until the next answer is taken.
        let mut verdict: Option<VerdictId> = None;
        let mut at = tree.start;
        // A checked tree has no loops; the bound guards against one anyway.
        for _ in 0..tree.questions.len() {
            let Next::Question(qi) = at else { break };
            let q = &tree[qi];
            let skipped = q.skip_if.as_ref().is_some_and(|c| {
                skips_with(tree, c, &w.on_path, || {
                    *verdict.get_or_insert_with(|| w.verdict(tree))
                })
            });
            if skipped {
                at = q.next;
                continue;
            }
            let taken = match answers.get(&q.id) {
                Some(a) => {
                    at = next_of(q, a);
                    Some(a.clone())
                }
                None => {
                    at = q.next;
                    (!q.required).then_some(Answer::Skipped)
                }
            };
            if let Some(a) = taken {
                w.parts[qi.index()] = Some(Scores::part(tree, q, &a));
                w.on_path.insert(q.id.clone(), a);
                verdict = None;
            }
        }
        w
    }

    /// The scores of the answers on the path, added in tree order as
    /// [`Scores::of`] adds them.
    pub(crate) fn scores(&self, tree: &Tree) -> Scores {
        Scores::sum(tree, self.parts.iter().flatten())
    }

    /// The verdict of the answers on the path.
    pub(crate) fn verdict(&self, tree: &Tree) -> VerdictId {
        crate::decide::verdict_with(tree, &self.on_path, &self.scores(tree))
    }
}

/// Where a question leads after this answer.
pub fn next_of(q: &Question, answer: &Answer) -> Next {
    let by_option = match q.kind {
        Kind::Single | Kind::Confirm | Kind::Multi => answer
            .picks()
            .filter_map(|id| q.option(id))
            .find_map(|o| o.next),
        _ => None,
    };
    by_option.unwrap_or(q.next)
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod tests;
