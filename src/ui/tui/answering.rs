//! Question screens: moving in the options, ticking, editing and pasting
//! text, and handing the answer to the session, whose objections are shown
//! inline.

use super::app::{App, Screen, Tone};
use super::form::Form;
use super::keys::{Action, Mode};
use super::outcome::SaveBox;
use super::view;
use hirewise_core::session::Gaps;
use hirewise_core::tree::OptionId;

impl App<'_> {
    pub(super) fn update_question(&mut self, action: Action) {
        let Some(q) = self.session.current() else {
            return;
        };
        let n = q.options.len();
        let page = view::question::page_size(self) as isize;
        let Screen::Question { form, error } = &mut self.screen else {
            return;
        };
        match action {
            Action::Up | Action::WheelUp => form.step(-1, n),
            Action::Down | Action::WheelDown => form.step(1, n),
            Action::PageUp => form.step(-page, n),
            Action::PageDown => form.step(page, n),
            Action::Top => form.select(0, n),
            Action::Bottom => form.select(n, n),
            Action::Toggle => {
                form.toggle();
                *error = None;
            }
            Action::Yes | Action::No if q.kind == hirewise_core::tree::Kind::Confirm => {
                let id = if action == Action::Yes { "yes" } else { "no" };
                form.select(q.option_id(id).map_or(0, OptionId::index), n);
                self.submit();
            }
            Action::Confirm => self.submit(),
            Action::Back => self.back(),
            Action::Edit(e) => {
                let changed = form.edit(e);
                if changed {
                    *error = None;
                } else if e == super::input::Edit::Backspace
                    && form.input().is_some_and(|i| i.is_empty())
                {
                    self.back();
                }
            }
            Action::Click { column, row } => {
                // A click highlights an option (and ticks it on a multi
                // question); a second click on a highlighted one answers.
                let Some(i) = view::question::option_at(self, column, row) else {
                    return;
                };
                let Screen::Question { form, error } = &mut self.screen else {
                    return;
                };
                let again = form.cursor() == Some(i) && matches!(form, Form::Pick { .. });
                form.select(i, n);
                form.toggle();
                *error = None;
                if again {
                    self.submit();
                }
            }
            _ => {}
        }
    }

    /// A paste (bracketed by the terminal) goes whole into the text field
    /// that has the focus, and never acts as keys: a line break or a "q"
    /// in it would otherwise answer or quit. With no field focused (a list,
    /// an overlay, a window too small to show the field) it is dropped.
    pub fn paste(&mut self, text: &str) {
        if self.mode() != Mode::Text {
            return;
        }
        self.notice = None;
        match &mut self.screen {
            Screen::Question { form, error } => {
                let changed = form.paste(text);
                if changed {
                    *error = None;
                }
            }
            Screen::Posting(p) => {
                if let Some(SaveBox::Path(input)) = &mut p.save {
                    input.paste(text);
                }
            }
            _ => {}
        }
    }

    /// Hand the form's answer to the session; show its objection inline.
    pub(super) fn submit(&mut self) {
        let Some(q) = self.session.current() else {
            return;
        };
        let Screen::Question { form, error } = &mut self.screen else {
            return;
        };
        let answer = match form.answer(q) {
            Ok(a) => a,
            Err(msg) => {
                *error = Some(msg);
                return;
            }
        };
        if let Err(e) = self.wizard.answer(&mut self.session, answer) {
            let hint = if matches!(form, Form::Multi { .. }) {
                " (Space ticks the highlighted option)"
            } else {
                ""
            };
            *error = Some(format!("{}{hint}", capitalise(&e.problem)));
            return;
        }
        if self.editing {
            self.session.fast_forward(Gaps::Stop);
        }
        self.autosave();
        self.show_current();
    }

    /// One question back, keeping every answer.
    pub(super) fn back(&mut self) {
        if self.session.back() {
            self.autosave();
            self.show_current();
        } else {
            self.notice(Tone::Info, "This is the first question.");
        }
    }
}

/// "pick at least one option" as a sentence on its own.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
