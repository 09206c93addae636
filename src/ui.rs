//! Front ends: each adapts the core's session to one way of asking. They
//! share the wizard's settings and the way a wizard ends.

pub mod batch;
pub mod editor;
pub mod finish;

use crate::store::Autosave;
use hirewise_core::posting::{Format, RoleData};
use hirewise_core::tree::Tree;
use std::path::PathBuf;

/// What an interactive wizard needs to know, whichever front end runs it.
pub struct Wizard<'a> {
    pub tree: &'a Tree,
    pub roles: &'a RoleData,
    /// Where to autosave after every answer; `None` turns autosave off.
    pub autosave: Option<Autosave>,
    /// Why autosave is off though it was asked for (another wizard holds
    /// this tree's session), to tell the founder before the first answer.
    pub autosave_off: Option<String>,
    /// Continue the autosaved session without asking.
    pub resume: bool,
    /// Also write the answers here at the end, for `--answers`.
    pub save_answers: Option<PathBuf>,
    /// Replace existing files without asking.
    pub force: bool,
    /// The posting format to offer first.
    pub format: Format,
    /// What the world outside the program says, read once at the edge.
    pub world: World,
}

/// What a wizard would otherwise read from the clock and the environment,
/// read once by `main` and passed in, so that tests set it instead of
/// living with whatever the machine has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct World {
    /// The day the founder works on: past closing dates are refused, and
    /// structured data is dated with it.
    pub today: jiff::civil::Date,
    /// The home directory, for a save path typed with `~`.
    pub home: Option<PathBuf>,
    /// Colours on (`NO_COLOR` unset or empty).
    pub colour: bool,
    /// A terminal that cannot move its cursor (`TERM=dumb`).
    pub dumb: bool,
    /// The editor for a last edit of the posting (`VISUAL`, `EDITOR`, or
    /// `vi`), as a shell command.
    pub editor: String,
}

impl World {
    /// A world for tests and examples: this day, no home, colours on, a
    /// capable terminal.
    pub fn on(today: jiff::civil::Date) -> Self {
        Self {
            today,
            home: None,
            colour: true,
            dumb: false,
            editor: editor::FALLBACK.to_string(),
        }
    }
}

/// How an interactive wizard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The founder saw the result (and saved or did not save a posting).
    Done,
    /// The founder quit before the end; the session is autosaved.
    Cancelled,
}

pub mod prompt;
pub mod tui;

use crate::store::{Saved, StoreError};
use hirewise_core::session::Session;

impl Wizard<'_> {
    /// The autosaved session, if there is one for this tree. A damaged
    /// autosave is moved aside and reported as an error the caller can show
    /// before starting afresh.
    pub fn saved(&self) -> Result<Option<Saved>, StoreError> {
        match &self.autosave {
            // The file is this tree's own, whatever name the tree had then.
            Some(a) => a.load(self.tree),
            None => Ok(None),
        }
    }

    /// A new session for a founder typing answers now.
    pub fn new_session(&self) -> Session<'_> {
        Session::new(self.tree).refusing_past_dates(self.world.today)
    }

    /// A session continued from a saved one: answers replayed, and back at
    /// the question the founder was looking at when it was saved.
    pub fn restore(&self, saved: Saved) -> Session<'_> {
        let mut s = Session::resume(self.tree, saved.answers.clone())
            .unwrap_or_else(|_| Session::new(self.tree))
            .refusing_past_dates(self.world.today);
        if let Some(at) = saved.at.as_deref().and_then(|id| self.tree.question_id(id)) {
            s.goto(at);
        }
        s
    }

    /// The answer to show for the current question: the one given before,
    /// or the option the tree suggests for the answers so far (`suggest`),
    /// or what the core works out for it (the job title the advice
    /// suggests), which the founder can keep or change.
    pub fn shown_answer(&self, session: &Session<'_>) -> Option<hirewise_core::answers::Answer> {
        let q = session.current()?;
        // A kept suggestion is stored as no answer; it is offered again.
        match session.current_answer() {
            Some(hirewise_core::answers::Answer::Skipped) if q.prefill.is_some() => {}
            Some(a) => return Some(a.clone()),
            None => {}
        }
        session.suggested().or_else(|| {
            hirewise_core::advice::prefill(self.tree, self.roles, session.answered(), &q.id)
                .map(hirewise_core::answers::Answer::Text)
        })
    }

    /// Answer the session's current question as typed in a wizard. A
    /// suggestion kept as it was offered is not the founder's own answer:
    /// it is left to the advice, so that the job title follows the verdict
    /// if a later answer changes it.
    pub fn answer(
        &self,
        session: &mut Session<'_>,
        answer: hirewise_core::answers::Answer,
    ) -> Result<(), hirewise_core::answers::AnswerError> {
        // Only an optional question can be left to the advice; a required
        // one (the currency) keeps the answer it was given.
        let suggested = session.current().filter(|q| !q.required).and_then(|q| {
            hirewise_core::advice::prefill(self.tree, self.roles, session.answered(), &q.id)
        });
        let answer = match (&answer, suggested) {
            (hirewise_core::answers::Answer::Text(t), Some(s)) if t.trim() == s => {
                hirewise_core::answers::Answer::Skipped
            }
            _ => answer,
        };
        session.answer(answer)
    }

    /// Save the session now; called after every answer and every step back.
    pub fn autosave(&self, session: &Session<'_>) -> Result<(), StoreError> {
        self.save_session(
            session.current().map(|q| q.id.as_str()),
            session.all_answers(),
        )
    }

    /// Save these answers, the founder at the question `at`, as the
    /// session to resume; nothing when autosave is off.
    pub fn save_session(
        &self,
        at: Option<&str>,
        answers: &hirewise_core::answers::Answers,
    ) -> Result<(), StoreError> {
        match &self.autosave {
            Some(a) => a.save(self.tree, at, answers),
            None => Ok(()),
        }
    }

    /// Forget the autosaved session (when the founder starts afresh).
    pub fn discard_saved(&self) -> Result<(), StoreError> {
        match &self.autosave {
            Some(a) => a.clear(),
            None => Ok(()),
        }
    }
}
