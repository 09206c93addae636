//! What an update asks the world to do. `App::update` only changes the
//! wizard's state and returns these; the loop carries them out (the files
//! here, the clipboard and the editor with the terminal it owns) and hands
//! each result back to `update` as an action. So the app never touches a
//! file, and its tests see every write before it happens.

use super::app::App;
use super::keys::Action;
use crate::ui::Wizard;
use crate::ui::finish::{self, Plan};
use hirewise_core::answers::Answers;
use std::collections::VecDeque;
use std::path::PathBuf;

/// One thing an update asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write or remove a file; see [`Write::perform`].
    Write(Write),
    /// Put the text on the terminal's clipboard (OSC 52). Nothing comes
    /// back: a terminal that does not allow it says nothing either.
    Copy(String),
    /// Hand the posting to the founder's editor in a file with this
    /// extension; the end comes back as [`Action::Edited`].
    Edit {
        /// The posting as shown, in the format it is shown in.
        text: String,
        /// The file extension that format reads best with (`md`).
        extension: &'static str,
    },
}

/// A file to write or to remove, and how it went, fed back as an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    /// Save the session: the question the founder is at and every answer.
    /// Comes back as [`Action::Autosaved`].
    Autosave {
        /// The id of the question the founder is at; `None` when done.
        at: Option<String>,
        /// Every answer given, on the path or not.
        answers: Answers,
    },
    /// Forget the autosaved session (the founder starts afresh). Comes
    /// back as [`Action::Forgot`].
    Forget,
    /// Write the answers file `--save-answers` names. Comes back as
    /// [`Action::AnswersWritten`].
    Answers {
        /// The file `--save-answers` names.
        path: PathBuf,
        /// The answers on the path.
        answers: Answers,
        /// Replace the file if it exists: with `--force`, or once this
        /// run has written it.
        overwrite: bool,
    },
    /// Write the postings and their kits; the plan's path is resolved to a
    /// file in it first if it names a folder. Comes back as
    /// [`Action::PostingWritten`].
    Posting {
        /// The files to write, as planned from the path typed.
        plan: Plan,
        /// Replace files in the way (`--force`, or the founder said yes).
        overwrite: bool,
    },
}

impl Write {
    /// Do it, with the wizard's tree and autosave, and say how it went as
    /// the action to hand back to `update`.
    pub fn perform(self, wizard: &Wizard<'_>) -> Action {
        match self {
            Self::Autosave { at, answers } => Action::Autosaved(
                wizard
                    .save_session(at.as_deref(), &answers)
                    .map_err(|e| e.to_string()),
            ),
            Self::Forget => Action::Forgot(wizard.discard_saved().map_err(|e| e.to_string())),
            Self::Answers {
                path,
                answers,
                overwrite,
            } => Action::AnswersWritten(finish::write_answers(
                &path,
                wizard.tree,
                &answers,
                overwrite,
            )),
            Self::Posting { plan, overwrite } => {
                let plan = plan.resolved();
                let written = plan.write(overwrite);
                Action::PostingWritten { plan, written }
            }
        }
    }
}

/// Hand `action` to the app, carry out each effect it asks for with
/// `carry_out`, and hand the actions that come back to the app in turn,
/// until nothing is left to do.
pub fn settle<E>(
    app: &mut App<'_>,
    action: Action,
    mut carry_out: impl FnMut(Effect) -> Result<Vec<Action>, E>,
) -> Result<(), E> {
    let mut next = VecDeque::from([action]);
    while let Some(action) = next.pop_front() {
        for effect in app.update(action) {
            next.extend(carry_out(effect)?);
        }
    }
    Ok(())
}
