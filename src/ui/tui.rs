//! The full-screen wizard (ratatui). This file opens and closes the
//! terminal and runs the loop `while running { draw; handle event }`;
//! `app` holds the state, `keys` names the actions, `view` draws.

pub mod answering;
pub mod app;
pub mod form;
pub mod input;
pub mod keys;
pub mod outcome;
pub mod theme;
pub mod view;

use super::{End, Wizard};
use app::{App, State};
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the loop looks for a termination signal while no key comes.
const SIGNAL_POLL: Duration = Duration::from_millis(200);

pub fn run(wizard: &Wizard<'_>) -> anyhow::Result<End> {
    // A flag rather than a handler: the loop sees it and leaves normally,
    // so the terminal is restored by the same code as any other exit.
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let mut terminal = match ratatui::try_init() {
        Ok(t) => t,
        Err(e) => {
            // try_init may fail after raw mode is on.
            ratatui::restore();
            return Err(e.into());
        }
    };
    capture_mouse();
    let result = run_loop(&mut terminal, wizard, &stop);
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Mouse clicks and the wheel, with the panic hook taught to turn them off
/// again (ratatui's hook restores raw mode and the screen, not the mouse).
fn capture_mouse() {
    if execute!(std::io::stdout(), EnableMouseCapture).is_err() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
    }));
}

fn run_loop(
    terminal: &mut DefaultTerminal,
    wizard: &Wizard<'_>,
    stop: &AtomicBool,
) -> anyhow::Result<End> {
    let size = terminal.size()?;
    let mut app = App::new(wizard, theme::Theme::from_env(), (size.width, size.height));
    while app.is_running() {
        terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
        if let Some(action) = next_action(&app, stop)? {
            app.update(action);
        }
    }
    Ok(match app.state() {
        State::Ended(end) => end,
        State::Running => End::Cancelled,
    })
}

/// Wait for the next event that means something, or for a signal.
fn next_action(app: &App<'_>, stop: &AtomicBool) -> anyhow::Result<Option<keys::Action>> {
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(Some(keys::Action::Terminate));
        }
        if event::poll(SIGNAL_POLL)? {
            return Ok(keys::action(&event::read()?, app.mode()));
        }
    }
}
