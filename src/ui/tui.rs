//! The full-screen wizard (ratatui). This file opens and closes the
//! terminal and runs the loop `while running { draw; handle event }`;
//! `app` holds the state, `keys` names the actions, `view` draws, and
//! `effect` is what an update asks for, which the loop carries out here.

pub mod answering;
pub mod app;
pub mod effect;
pub mod form;
pub mod input;
pub mod keys;
pub mod outcome;
pub mod signals;
pub mod theme;
pub mod view;

use super::{End, Wizard};
use app::{App, State};
use effect::Effect;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::execute;
use signals::{Asked, Signals};
use std::time::Duration;

/// How often the loop looks for a signal while no key comes.
const SIGNAL_POLL: Duration = Duration::from_millis(200);

pub fn run(wizard: &Wizard<'_>) -> anyhow::Result<End> {
    let signals = Signals::register()?;
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            // try_init may fail after raw mode is on.
            ratatui::restore();
            return Err(e.into());
        }
    };
    capture_mouse_and_paste();
    restore_mouse_and_paste_on_panic();
    watch_for_hangup();
    let result = run_loop(&mut terminal, wizard, &signals);
    release_mouse_and_paste();
    ratatui::restore();
    result
}

/// Give the terminal back as it was, stop until continued, then take it
/// again and draw the whole screen anew (the shell drew over it).
fn suspend(terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
    // Dropping the terminal would show the cursor; it is kept, so say it.
    terminal.show_cursor()?;
    release_mouse_and_paste();
    ratatui::restore();
    signals::stop_until_continued()?;
    *terminal = ratatui::try_init()?;
    capture_mouse_and_paste();
    let size = terminal.size()?;
    terminal.resize(size.into())?;
    Ok(())
}

/// How long a hung-up wizard is given to end by itself before the watchdog
/// ends it.
const HANGUP_GRACE: Duration = Duration::from_millis(500);

/// End the process when the terminal goes away. crossterm keeps reading a
/// terminal that has hung up inside `event::poll` and never returns from it
/// (crossterm-rs/crossterm#793), so neither the loop nor the SIGHUP flag
/// gets another look. The answers are saved after every step, so ending
/// here loses at most the one being typed, and there is no terminal left
/// to restore.
fn watch_for_hangup() {
    use rustix::event::{PollFd, PollFlags, Timespec};
    std::thread::spawn(|| {
        let stdin = std::io::stdin();
        let every = Timespec {
            tv_sec: 0,
            tv_nsec: 250_000_000,
        };
        loop {
            // No events asked for: a hangup or an error is reported anyway,
            // and nothing is read from under crossterm.
            let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
            let gone = match rustix::event::poll(&mut fds, Some(&every)) {
                Ok(_) => {
                    (fds[0].revents()).intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
                }
                Err(e) => e != rustix::io::Errno::INTR,
            };
            if gone {
                break;
            }
        }
        std::thread::sleep(HANGUP_GRACE);
        std::process::exit(129);
    });
}

/// Mouse clicks and the wheel, and pastes as one event each (bracketed
/// paste) instead of a stream of keys, with the panic hook taught to turn
/// them off again (ratatui's hook restores raw mode and the screen only).
fn capture_mouse_and_paste() {
    // Each on its own: a terminal that refuses one still gets the other.
    let _ = execute!(std::io::stdout(), EnableBracketedPaste);
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
}

fn restore_mouse_and_paste_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        release_mouse_and_paste();
        previous(info);
    }));
}

fn release_mouse_and_paste() {
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    let _ = execute!(std::io::stdout(), DisableBracketedPaste);
}

/// Give the terminal to the founder's editor for the posting, and take it
/// back afterwards, drawing the whole screen anew.
fn hand_to_editor(
    terminal: &mut DefaultTerminal,
    editor: &str,
    text: &str,
    extension: &str,
) -> anyhow::Result<super::editor::Edited> {
    terminal.show_cursor()?;
    release_mouse_and_paste();
    ratatui::restore();
    let end = super::editor::edit(editor, text, extension);
    *terminal = ratatui::try_init()?;
    capture_mouse_and_paste();
    let size = terminal.size()?;
    terminal.resize(size.into())?;
    Ok(end)
}

/// What the loop hands the app next.
enum Input {
    Act(keys::Action),
    Paste(String),
    /// Not for the app: the terminal is to be given back for a while.
    Suspend,
}

fn run_loop(
    terminal: &mut DefaultTerminal,
    wizard: &Wizard<'_>,
    signals: &Signals,
) -> anyhow::Result<End> {
    let size = terminal.size()?;
    // Cleared first: without an alternate screen (GNU screen, tmux with
    // alternate-screen off) what was on the terminal would show through
    // every cell a frame leaves blank. `resize` clears without asking the
    // terminal where its cursor is, which `clear` would.
    terminal.resize(size.into())?;
    let mut app = App::new(
        wizard,
        theme::Theme::new(wizard.world.colour),
        (size.width, size.height),
        wizard.saved(),
    );
    while app.is_running() {
        terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
        match next_input(&app, signals)? {
            Some(Input::Act(action)) => {
                // And again on a resize: a terminal reflows or keeps old
                // text as it likes, and the next frame only draws changes.
                if let keys::Action::Resize(w, h) = action {
                    terminal.resize(ratatui::layout::Rect::new(0, 0, w, h))?;
                }
                effect::settle(&mut app, action, |e| carry_out(terminal, wizard, e))?;
            }
            Some(Input::Paste(text)) => app.paste(&text),
            Some(Input::Suspend) => suspend(terminal)?,
            None => {}
        }
    }
    Ok(match app.state() {
        State::Ended(end) => end,
        State::Running => End::Cancelled,
    })
}

/// Do what an update asked for, and say how it went as the actions to
/// hand back to the app.
fn carry_out(
    terminal: &mut DefaultTerminal,
    wizard: &Wizard<'_>,
    effect: Effect,
) -> anyhow::Result<Vec<keys::Action>> {
    Ok(match effect {
        Effect::Write(w) => vec![w.perform(wizard)],
        Effect::Copy(text) => {
            // OSC 52: the terminal puts the text on the clipboard, over SSH
            // and inside tmux too.
            let _ = execute!(
                std::io::stdout(),
                ratatui::crossterm::clipboard::CopyToClipboard::to_clipboard_from(text)
            );
            vec![]
        }
        Effect::Edit { text, extension } => {
            let end = hand_to_editor(terminal, &wizard.world.editor, &text, extension)?;
            let size = terminal.size()?;
            vec![
                keys::Action::Resize(size.width, size.height),
                keys::Action::Edited(end),
            ]
        }
    })
}

/// Wait for the next event that means something, or for a signal.
fn next_input(app: &App<'_>, signals: &Signals) -> anyhow::Result<Option<Input>> {
    loop {
        match signals.asked() {
            Asked::Stop => return Ok(Some(Input::Act(keys::Action::Terminate))),
            Asked::Suspend => return Ok(Some(Input::Suspend)),
            Asked::Nothing => {}
        }
        if event::poll(SIGNAL_POLL)? {
            return Ok(match event::read()? {
                Event::Paste(text) => Some(Input::Paste(text)),
                e => keys::action(&e, app.mode()).map(Input::Act),
            });
        }
    }
}
