//! Terminal events become named actions here, in one place, so the rest of
//! the wizard (and its tests) deal in actions, never in key codes. The
//! results of the effects an update asked for come back as actions too.

use super::input::Edit;
use crate::ui::editor::Edited;
use crate::ui::finish::{Plan, Written};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Tick or untick the highlighted option (Space).
    Toggle,
    /// Choose, answer, go on (Enter).
    Confirm,
    /// One step back; answers are kept.
    Back,
    Help,
    Leaning,
    /// Ask to quit.
    Quit,
    /// Ctrl-C: ask to quit, or quit if already asked.
    Interrupt,
    Yes,
    No,
    Edit(Edit),
    /// On the result: the answers, to review or change one.
    Change,
    /// On the result: the job posting.
    Posting,
    /// On the result: every reason and change, or the strongest few again.
    More,
    /// On the posting: the next format.
    Format,
    /// On the posting: save it to a file.
    Save,
    /// On the posting: show which answers the line under the cursor comes from.
    Why,
    /// On the posting: copy it to the clipboard.
    Copy,
    /// On the posting: copy the hiring kit to the clipboard.
    CopyKit,
    /// On the posting: edit it in the founder's own editor.
    EditPosting,
    /// The two roles side by side.
    Roles,
    Click {
        column: u16,
        row: u16,
    },
    WheelUp,
    WheelDown,
    Resize(u16, u16),
    /// SIGINT, SIGQUIT, SIGTERM or SIGHUP from another process: end now,
    /// the answers are already saved.
    Terminate,
    /// The session was autosaved, or why it could not be.
    Autosaved(Result<(), String>),
    /// The autosaved session was forgotten, or why it could not be.
    Forgot(Result<(), String>),
    /// How writing the answers file went.
    AnswersWritten(Written),
    /// How writing the posting went, and the plan written: the one for a
    /// file inside the typed path when that was a folder.
    PostingWritten {
        /// The plan written, its path resolved.
        plan: Plan,
        /// How the write went.
        written: Written,
    },
    /// The founder's editor has ended.
    Edited(Edited),
}

/// What the keys mean right now, which depends on what has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A list to move in: options, the welcome choices, answers to change.
    List,
    /// A text field: letters are text, so `q` or `?` are typed, not keys.
    Text,
    /// Scrolled reading: the result and the posting.
    Read,
    /// A yes/no question, such as "overwrite?".
    Ask,
    /// "Quit hirewise?": `q` again says yes, so q, q quits as in other
    /// terminal programs.
    AskQuit,
    /// The help overlay: most keys close it.
    Overlay,
    /// The window is too small to show the screen: only Ctrl-C works, so
    /// no key acts on what the founder cannot see.
    Paused,
}

/// The action for an event, if it has one in this mode. Only key presses
/// count: terminals that report releases would otherwise act twice.
pub fn action(event: &Event, mode: Mode) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind == KeyEventKind::Press => key(*k, mode),
        Event::Mouse(m) if matches!(mode, Mode::List | Mode::Text | Mode::Read) => match m.kind {
            MouseEventKind::ScrollUp => Some(Action::WheelUp),
            MouseEventKind::ScrollDown => Some(Action::WheelDown),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn key(k: KeyEvent, mode: Mode) -> Option<Action> {
    use Action as A;
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl {
        return match k.code {
            KeyCode::Char('c') => Some(A::Interrupt),
            KeyCode::Char('a') if mode == Mode::Text => Some(A::Edit(Edit::Home)),
            KeyCode::Char('e') if mode == Mode::Text => Some(A::Edit(Edit::End)),
            KeyCode::Char('u') if mode == Mode::Text => Some(A::Edit(Edit::ClearToStart)),
            _ => None,
        };
    }
    match mode {
        // Ctrl-C, above, is the one key: a letter may be meant for a text
        // field the founder cannot see, and "q" or "y" must not quit then.
        Mode::Paused => None,
        Mode::AskQuit => match k.code {
            KeyCode::Char('y' | 'Y' | 'q' | 'Q') | KeyCode::Enter => Some(A::Yes),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(A::No),
            _ => None,
        },
        Mode::Ask => match k.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(A::Yes),
            KeyCode::Char('n' | 'N' | 'q') | KeyCode::Esc => Some(A::No),
            _ => None,
        },
        Mode::Overlay => match k.code {
            KeyCode::Char('?' | 'q') | KeyCode::Esc | KeyCode::Enter | KeyCode::F(1) => {
                Some(A::Back)
            }
            _ => None,
        },
        Mode::Text => match k.code {
            KeyCode::Enter => Some(A::Confirm),
            KeyCode::Esc => Some(A::Back),
            KeyCode::F(1) => Some(A::Help),
            KeyCode::F(2) => Some(A::Roles),
            KeyCode::Left => Some(A::Edit(Edit::Left)),
            KeyCode::Right => Some(A::Edit(Edit::Right)),
            KeyCode::Home => Some(A::Edit(Edit::Home)),
            KeyCode::End => Some(A::Edit(Edit::End)),
            KeyCode::Backspace => Some(A::Edit(Edit::Backspace)),
            KeyCode::Delete => Some(A::Edit(Edit::Delete)),
            KeyCode::Char(c) => Some(A::Edit(Edit::Insert(c))),
            _ => None,
        },
        Mode::List | Mode::Read => match k.code {
            KeyCode::Up | KeyCode::Char('k') => Some(A::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(A::Down),
            KeyCode::PageUp => Some(A::PageUp),
            KeyCode::PageDown => Some(A::PageDown),
            KeyCode::Home | KeyCode::Char('g') => Some(A::Top),
            KeyCode::End | KeyCode::Char('G') => Some(A::Bottom),
            KeyCode::Char(' ') if mode == Mode::List => Some(A::Toggle),
            KeyCode::Char(' ') => Some(A::PageDown),
            KeyCode::Enter => Some(A::Confirm),
            KeyCode::Esc | KeyCode::Left | KeyCode::Backspace | KeyCode::Char('h') => Some(A::Back),
            KeyCode::Char('?') | KeyCode::F(1) => Some(A::Help),
            KeyCode::Char('l') => Some(A::Leaning),
            KeyCode::Char('q') => Some(A::Quit),
            KeyCode::Char('y') => Some(A::Yes),
            KeyCode::Char('n') => Some(A::No),
            KeyCode::Char('c') => Some(A::Change),
            KeyCode::Char('p') => Some(A::Posting),
            KeyCode::Char('f') => Some(A::Format),
            KeyCode::Char('s') => Some(A::Save),
            KeyCode::Char('w') => Some(A::Why),
            KeyCode::Char('C') => Some(A::Copy),
            KeyCode::Char('K') => Some(A::CopyKit),
            KeyCode::Char('e') => Some(A::EditPosting),
            KeyCode::Char('r') | KeyCode::F(2) => Some(A::Roles),
            KeyCode::Char('m') => Some(A::More),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn letters_are_text_in_a_field_and_keys_in_a_list() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            action(&q, Mode::Text),
            Some(Action::Edit(Edit::Insert('q')))
        );
        assert_eq!(action(&q, Mode::List), Some(Action::Quit));
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action(&ctrl_c, Mode::Text), Some(Action::Interrupt));
    }

    #[test]
    fn the_roles_open_with_r_in_a_list_and_f2_anywhere() {
        let r = press(KeyCode::Char('r'), KeyModifiers::NONE);
        assert_eq!(action(&r, Mode::List), Some(Action::Roles));
        assert_eq!(
            action(&r, Mode::Text),
            Some(Action::Edit(Edit::Insert('r')))
        );
        let f2 = press(KeyCode::F(2), KeyModifiers::NONE);
        assert_eq!(action(&f2, Mode::Text), Some(Action::Roles));
        assert_eq!(action(&f2, Mode::Read), Some(Action::Roles));
        let c = press(KeyCode::Char('C'), KeyModifiers::SHIFT);
        assert_eq!(action(&c, Mode::Read), Some(Action::Copy));
    }

    #[test]
    fn key_releases_are_ignored() {
        let release = Event::Key(KeyEvent {
            code: KeyCode::Enter,
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        assert_eq!(action(&release, Mode::List), None);
    }
}
