//! Front ends: each adapts the core's session to one way of asking. They
//! share the wizard's settings and the way a wizard ends.

pub mod batch;

use crate::posting::{Format, Roles};
use crate::store::Autosave;
use crate::tree::Tree;
use std::path::PathBuf;

/// What an interactive wizard needs to know, whichever front end runs it.
pub struct Wizard<'a> {
    pub tree: &'a Tree,
    pub roles: &'a Roles,
    /// Where to autosave after every answer; `None` turns autosave off.
    pub autosave: Option<Autosave>,
    /// Continue the autosaved session without asking.
    pub resume: bool,
    /// Also write the answers here at the end, for `--answers`.
    pub save_answers: Option<PathBuf>,
    /// Replace existing files without asking.
    pub force: bool,
    /// The posting format to offer first.
    pub format: Format,
}

/// How an interactive wizard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The founder saw the result (and saved or did not save a posting).
    Done,
    /// The founder quit before the end; the session is autosaved.
    Cancelled,
}
