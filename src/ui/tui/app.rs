//! The wizard's state and the one place it changes: `update(action)`.
//! Where the flow goes next is always the session's answer; this only
//! keeps what the screens need between key presses. An update reads and
//! writes nothing: it returns the effects (files to write, text to copy,
//! the editor to run) for the loop to carry out, whose results come back
//! as actions.

use super::effect::{Effect, Write};
use super::form::Form;
use super::keys::{Action, Mode};
use super::outcome::{Outcome, PostingView, SaveBox};
use super::theme::Theme;
use super::view;
use crate::store::{Saved, StoreError};
use crate::ui::finish::Written;
use crate::ui::{End, Wizard};
use hirewise_core::answers::Answers;
use hirewise_core::session::Session;
use hirewise_core::tree::QuestionId;
use std::path::Path;

/// Whether the wizard goes on, and how it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Running,
    Ended(End),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Welcome(Welcome),
    Question {
        form: Form,
        error: Option<String>,
    },
    Result {
        scroll: u16,
    },
    /// Every answer on the path, grouped by section, to look over before
    /// the advice or to pick one to change. The cursor is an index into
    /// the path; the path's length is the last row, on to the advice.
    Review {
        cursor: usize,
        /// Opened from the advice, which Esc goes back to; otherwise Esc
        /// goes back to the last question.
        from_result: bool,
    },
    Posting(PostingView),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Welcome {
    pub saved: Option<Saved>,
    /// Why the autosave could not be used, shown before starting afresh.
    pub problem: Option<String>,
    pub cursor: usize,
}

impl Welcome {
    /// The choices offered: resume or start afresh, or just start.
    pub fn choices(&self) -> &'static [&'static str] {
        if self.saved.is_some() {
            &["Resume where you left off", "Start afresh"]
        } else {
            &["Start"]
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Quit,
    /// The roles side by side, from the tree's `compare`.
    Roles,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Good,
    Bad,
}

/// A one-line message under the screen, until the next key.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
}

pub struct App<'a> {
    pub(super) wizard: &'a Wizard<'a>,
    pub(super) session: Session<'a>,
    pub(super) screen: Screen,
    pub(super) overlay: Option<Overlay>,
    pub(super) notice: Option<Notice>,
    pub(super) theme: Theme,
    /// The latest terminal size, for layouts that update needs (clicks,
    /// scroll limits) and for the leaning panel's default.
    pub(super) size: (u16, u16),
    /// The founder's choice for the leaning panel; `None` follows the width.
    leaning: Option<bool>,
    pub(super) outcome: Option<Outcome>,
    /// The answers the leaning panel weighs (see `Session::preview`),
    /// worked out after each update rather than for every frame drawn.
    pub(super) weighed: Answers,
    state: State,
    /// Set after an answer is opened to change: answering skips ahead over
    /// questions already answered, back to the review if nothing else is
    /// missing.
    pub(super) editing: bool,
    seen_result: bool,
    /// The answers file was written once this run, so rewriting it after a
    /// changed answer is not clobbering someone else's file.
    answers_written: bool,
    /// Why the answers are not being autosaved, once that is known, so
    /// that nothing claims they are.
    pub(super) unsaved: Option<String>,
    /// The effects asked for during the update under way, which `update`
    /// hands back; empty between updates.
    pub(super) asked: Vec<Effect>,
    /// The answers a resumed session started this run with, to mark the
    /// ones changed since; `None` for a session begun this run.
    baseline: Option<Answers>,
    /// The answers on the path of a resumed session that was finished, for
    /// the result to say what changed since.
    finished_before: Option<Answers>,
    /// Where the review was when an answer was opened from it, to come
    /// back to once the answer is given.
    pub(super) reviewing: Option<(usize, bool)>,
}

impl<'a> App<'a> {
    /// A wizard at its welcome screen, or straight at the saved question
    /// when `--resume` was given and there is a saved session. `saved` is
    /// the autosaved session as the caller read it (`Wizard::saved`).
    pub fn new(
        wizard: &'a Wizard<'a>,
        theme: Theme,
        size: (u16, u16),
        saved: Result<Option<Saved>, StoreError>,
    ) -> Self {
        let (saved, problem) = match saved {
            Ok(s) => (s, None),
            Err(e) => (None, Some(format!("{e}. Starting afresh."))),
        };
        let mut app = Self {
            wizard,
            session: wizard.new_session(),
            screen: Screen::Result { scroll: 0 },
            overlay: None,
            notice: None,
            theme,
            size,
            leaning: None,
            outcome: None,
            weighed: Answers::new(),
            state: State::Running,
            editing: false,
            seen_result: false,
            answers_written: false,
            unsaved: wizard.autosave_off.clone(),
            asked: Vec::new(),
            baseline: None,
            finished_before: None,
            reviewing: None,
        };
        match saved {
            Some(saved) if wizard.resume => {
                app.session = wizard.restore(saved);
                app.baseline = Some(app.session.all_answers().clone());
                app.finished_before = app
                    .session
                    .current()
                    .is_none()
                    .then(|| app.session.answered().clone());
                app.show_current();
            }
            saved => {
                if let Some(off) = &wizard.autosave_off {
                    app.notice(Tone::Bad, off.clone());
                } else if wizard.resume && problem.is_none() {
                    app.notice(Tone::Info, "There is no saved session to resume yet.");
                }
                app.screen = Screen::Welcome(Welcome {
                    saved,
                    problem,
                    cursor: 0,
                });
            }
        }
        app.weighed = app.session.preview(app.pending());
        app
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn session(&self) -> &Session<'a> {
        &self.session
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }

    pub fn notice_text(&self) -> Option<&str> {
        self.notice.as_ref().map(|n| n.text.as_str())
    }

    /// The wizard this app asks for.
    pub fn wizard(&self) -> &'a Wizard<'a> {
        self.wizard
    }

    /// The founder's editor has ended: keep a changed posting, lint it
    /// again and say how it went; the posting stands otherwise.
    fn edited(&mut self, end: crate::ui::editor::Edited) {
        use crate::ui::editor::Edited;
        let (Some(outcome), Screen::Posting(p)) = (&mut self.outcome, &mut self.screen) else {
            return;
        };
        p.message = Some(match end {
            Edited::Changed(text) => {
                let hits = outcome.done.keep_edit(p.format, text);
                let width = p.shown.width;
                p.rewrap(outcome, self.theme, width);
                let words: Vec<String> = (hits.iter().take(3))
                    .map(|h| format!("\"{}\" ({})", h.word, h.suggestion()))
                    .collect();
                if words.is_empty() {
                    (
                        Tone::Good,
                        "Your edit is kept: s saves it with its hiring kit.".into(),
                    )
                } else {
                    (
                        Tone::Info,
                        format!(
                            "Your edit is kept: s saves it. Words to reconsider: {}.",
                            hirewise_core::text::and_list(&words)
                        ),
                    )
                }
            }
            Edited::Kept(why) => (Tone::Info, format!("The posting is as it was: {why}.")),
            Edited::Failed(why) => (Tone::Bad, format!("The posting is as it was: {why}.")),
        });
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn is_running(&self) -> bool {
        self.state == State::Running
    }

    /// Whether the leaning panel is on (it also needs room to be drawn).
    pub fn leaning_on(&self) -> bool {
        self.leaning.unwrap_or(self.size.0 >= 100)
    }

    /// Whether the window is below the size the screens need; only the
    /// message asking for a larger one is shown then.
    pub fn too_small(&self) -> bool {
        view::too_small(self.size)
    }

    /// What the keys mean now.
    pub fn mode(&self) -> Mode {
        match (self.overlay, &self.screen) {
            _ if self.too_small() => Mode::Paused,
            (Some(Overlay::Quit), _) => Mode::AskQuit,
            (Some(Overlay::Help | Overlay::Roles), _) => Mode::Overlay,
            (None, Screen::Question { form, .. }) if form.is_text() => Mode::Text,
            (None, Screen::Posting(p)) => match p.save {
                Some(SaveBox::Path(_)) => Mode::Text,
                Some(SaveBox::Overwrite { .. }) => Mode::Ask,
                None => Mode::Read,
            },
            (None, Screen::Result { .. }) => Mode::Read,
            _ => Mode::List,
        }
    }

    pub(super) fn notice(&mut self, tone: Tone, text: impl Into<String>) {
        self.notice = Some(Notice {
            tone,
            text: text.into(),
        });
    }

    /// Change the state for `action`, and say what must be done for it:
    /// the loop carries the effects out and hands each result back as an
    /// action. Nothing here reads or writes a file.
    #[must_use = "the effects are what the update asks the loop to do"]
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        self.step(action);
        self.weighed = self.session.preview(self.pending());
        std::mem::take(&mut self.asked)
    }

    /// The boxes ticked on the current question, as the answer they would
    /// be.
    fn pending(&self) -> Option<hirewise_core::answers::Answer> {
        let (
            Screen::Question {
                form: Form::Multi { ticked, .. },
                ..
            },
            Some(q),
        ) = (&self.screen, self.session.current())
        else {
            return None;
        };
        let ids: Vec<String> = (q.options.iter().zip(ticked))
            .filter(|(_, t)| **t)
            .map(|(o, _)| o.id.clone())
            .collect();
        (!ids.is_empty()).then_some(hirewise_core::answers::Answer::Choices(ids))
    }

    fn step(&mut self, action: Action) {
        match action {
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.rewrap();
                self.clamp_scroll();
                return;
            }
            Action::Terminate => {
                self.end();
                return;
            }
            // What an effect came to: whatever the screen, and keeping the
            // message the update that asked for it left.
            Action::Autosaved(result) => return self.autosaved(result),
            Action::Forgot(Err(e)) => {
                self.notice(
                    Tone::Bad,
                    format!("Could not forget the saved session: {e}"),
                );
                return;
            }
            Action::Forgot(Ok(())) => return,
            Action::AnswersWritten(written) => return self.answers_written(&written),
            Action::PostingWritten { plan, written } => {
                return self.posting_written(plan, written);
            }
            Action::Edited(end) => return self.edited(end),
            _ if self.too_small() => {
                self.update_too_small(action);
                return;
            }
            // The wheel scrolls without clearing a message being read.
            Action::WheelUp | Action::WheelDown => {}
            _ => self.notice = None,
        }
        if let Some(overlay) = self.overlay {
            self.update_overlay(overlay, action);
            return;
        }
        match action {
            Action::Help => self.overlay = Some(Overlay::Help),
            Action::Roles if !self.wizard.tree.compare.is_empty() => {
                self.overlay = Some(Overlay::Roles);
            }
            Action::Quit | Action::Interrupt if matches!(self.screen, Screen::Welcome(_)) => {
                self.state = State::Ended(End::Cancelled);
            }
            Action::Quit | Action::Interrupt => self.overlay = Some(Overlay::Quit),
            Action::Leaning => {
                self.leaning = Some(!self.leaning_on());
                if self.leaning_on() && self.size.0 < view::LEANING_MIN_WIDTH {
                    self.notice(
                        Tone::Info,
                        format!(
                            "The leaning panel needs a window {} columns wide.",
                            view::LEANING_MIN_WIDTH
                        ),
                    );
                }
            }
            _ => match self.screen {
                Screen::Welcome(_) => self.update_welcome(action),
                Screen::Question { .. } => self.update_question(action),
                Screen::Result { .. } | Screen::Review { .. } => self.update_result(action),
                Screen::Posting(_) => self.update_posting(action),
            },
        }
    }

    /// While the screen is hidden behind the "make the window larger"
    /// message, a key must not answer or move anything unseen, and letters
    /// may be meant for a hidden text field: Ctrl-C is all that works, once
    /// to ask (the question fits in the message) and again to quit.
    fn update_too_small(&mut self, action: Action) {
        match (self.overlay, action) {
            (Some(Overlay::Quit), Action::Interrupt) => self.end(),
            (_, Action::Interrupt) if matches!(self.screen, Screen::Welcome(_)) => {
                self.state = State::Ended(End::Cancelled);
            }
            (_, Action::Interrupt) => self.overlay = Some(Overlay::Quit),
            _ => {}
        }
    }

    fn update_overlay(&mut self, overlay: Overlay, action: Action) {
        match (overlay, action) {
            (Overlay::Quit, Action::Yes | Action::Interrupt) => self.end(),
            (Overlay::Quit, Action::No | Action::Back) => self.overlay = None,
            (Overlay::Help | Overlay::Roles, Action::Interrupt) => {
                self.overlay = Some(Overlay::Quit);
            }
            (Overlay::Help | Overlay::Roles, _) => self.overlay = None,
            _ => {}
        }
    }

    /// Stop, as done if the founder saw the result, else as cancelled.
    fn end(&mut self) {
        self.overlay = None;
        self.state = State::Ended(if self.seen_result {
            End::Done
        } else {
            End::Cancelled
        });
    }

    fn update_welcome(&mut self, action: Action) {
        let Screen::Welcome(w) = &mut self.screen else {
            return;
        };
        let n = w.choices().len();
        match action {
            Action::Up | Action::WheelUp => w.cursor = w.cursor.saturating_sub(1),
            Action::Down | Action::WheelDown => w.cursor = (w.cursor + 1).min(n - 1),
            Action::Top => w.cursor = 0,
            Action::Bottom => w.cursor = n - 1,
            Action::Click { column, row } => {
                if let Some(i) = view::welcome::choice_at(self, column, row) {
                    if let Screen::Welcome(w) = &mut self.screen {
                        w.cursor = i;
                    }
                    self.start();
                }
            }
            Action::Confirm => self.start(),
            _ => {}
        }
    }

    /// Leave the welcome screen: resume the saved session or begin anew.
    fn start(&mut self) {
        let Screen::Welcome(w) = &mut self.screen else {
            return;
        };
        let resume = w.cursor == 0;
        match w.saved.take() {
            Some(saved) if resume => self.session = self.wizard.restore(saved),
            Some(_) => {
                self.asked.push(Effect::Write(Write::Forget));
                self.session = self.wizard.new_session();
            }
            None => {}
        }
        self.show_current();
    }

    /// The screen for where the session is: the current question, or the
    /// review when the questions are done, at the answer opened from it or
    /// on its last row.
    pub(super) fn show_current(&mut self) {
        match self.session.current() {
            Some(q) => {
                self.screen = Screen::Question {
                    form: Form::new(q, self.wizard.shown_answer(&self.session).as_ref()),
                    error: None,
                };
            }
            None => {
                let last = self.session.path().len();
                let (cursor, from_result) = self.reviewing.take().unwrap_or((last, false));
                self.editing = false;
                self.screen = Screen::Review {
                    cursor: cursor.min(last),
                    from_result,
                };
            }
        }
    }

    /// Go on from the review to the advice.
    pub(super) fn see_advice(&mut self) {
        self.enter_result();
    }

    /// The ids of the answers on the path that differ from those a resumed
    /// session started this run with.
    pub fn changed_answers(&self) -> std::collections::BTreeSet<String> {
        let Some(before) = &self.baseline else {
            return std::collections::BTreeSet::new();
        };
        let now = self.session.answered();
        (now.iter())
            .filter(|(id, a)| before.get(*id) != Some(*a))
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// Ask for the session to be saved as it is now, if autosave is on.
    pub(super) fn autosave(&mut self) {
        if self.wizard.autosave.is_some() {
            self.asked.push(Effect::Write(Write::Autosave {
                at: self.session.current().map(|q| q.id.clone()),
                answers: self.session.all_answers().clone(),
            }));
        }
    }

    /// The autosave is written, or why not, so that nothing claims the
    /// answers are saved when they are not.
    fn autosaved(&mut self, result: Result<(), String>) {
        match result {
            Ok(()) if self.wizard.autosave.is_some() => self.unsaved = None,
            Ok(()) => {}
            Err(e) => {
                self.notice(Tone::Bad, format!("Your answers are not being saved: {e}"));
                self.unsaved = Some(e);
            }
        }
    }

    /// Start editing an earlier answer: the session goes back to it.
    pub(super) fn change(&mut self, question: QuestionId) {
        if self.session.goto(question) {
            self.editing = true;
            self.autosave();
            self.show_current();
        }
    }

    /// Decide, keep the outcome for the result and posting screens, and
    /// write the answers file if one was asked for.
    fn enter_result(&mut self) {
        let width = view::reading_width(self);
        let mut outcome = Outcome::new(
            self.wizard,
            &self.session,
            self.finished_before.as_ref(),
            self.theme,
            width,
        );
        if let Some(before) = &self.outcome {
            if before.done.postings == outcome.done.postings {
                // Back and forth without a change: the saved file still holds it.
                outcome.saved_to = before.saved_to.clone();
                outcome.saved_before = before.saved_before.clone();
            } else {
                outcome.saved_before = before
                    .saved_to
                    .clone()
                    .or_else(|| before.saved_before.clone());
            }
        }
        if let Some(path) = &self.wizard.save_answers {
            self.asked.push(Effect::Write(Write::Answers {
                path: path.clone(),
                answers: outcome.done.answers.clone(),
                overwrite: self.answers_written || self.wizard.force,
            }));
        }
        self.outcome = Some(outcome);
        self.editing = false;
        self.seen_result = true;
        self.screen = Screen::Result { scroll: 0 };
    }

    /// The answers file is written, or why not.
    fn answers_written(&mut self, written: &Written) {
        match written.failure() {
            None => {
                self.answers_written = true;
                let path = self.wizard.save_answers.as_deref().unwrap_or(Path::new(""));
                self.notice(Tone::Good, format!("Answers saved to {}", path.display()));
            }
            Some(why) => self.notice(Tone::Bad, format!("Answers not saved: {why}")),
        }
    }

    /// Lay the reading screens' text out again for a new width, so the
    /// frames after a resize only slice it.
    fn rewrap(&mut self) {
        let (theme, width) = (self.theme, view::reading_width(self));
        // No let-chains: the crate still builds with Rust 1.85.
        if let Some(o) = &mut self.outcome {
            if o.report.width != width {
                o.report = view::result::wrapped(o, theme, width);
            }
        }
        let page = view::page_height(self);
        if let (Screen::Posting(p), Some(o)) = (&mut self.screen, &self.outcome) {
            if p.shown.width != width {
                p.rewrap(o, theme, width);
            }
            // A shorter window keeps the cursor's line in view.
            p.keep_in_view(page);
        }
    }

    /// Keep scroll positions inside their text after a resize.
    fn clamp_scroll(&mut self) {
        let limit = view::scroll_limit(self);
        match &mut self.screen {
            Screen::Result { scroll } => *scroll = (*scroll).min(limit),
            Screen::Posting(p) => p.scroll = p.scroll.min(limit),
            _ => {}
        }
    }
}
