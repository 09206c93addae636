//! Signals from other processes while the full-screen wizard has the
//! terminal. In raw mode Ctrl-C and Ctrl-Z arrive as keys; `kill -INT`,
//! `kill -TSTP` and the like arrive as signals, whose default actions
//! would end or stop the process with the terminal still in raw mode, in
//! the alternate screen, the mouse reported and the cursor hidden. Each is
//! turned into a flag instead, which the loop looks at between events, so
//! that the terminal is given back by the same code as any other exit.

use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// What the signals received so far ask for.
pub struct Signals {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
}

/// What the loop is to do about the signals received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Nothing,
    /// INT, QUIT, TERM or HUP: end now; the answers are already saved.
    Stop,
    /// TSTP: give the terminal back, stop until continued, take it again.
    Suspend,
}

impl Signals {
    pub fn register() -> std::io::Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        for sig in [SIGINT, SIGQUIT, SIGTERM, SIGHUP] {
            signal_hook::flag::register(sig, Arc::clone(&stop))?;
        }
        let suspend = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGTSTP, Arc::clone(&suspend))?;
        Ok(Self { stop, suspend })
    }

    /// The signal to act on, each suspension once.
    pub fn asked(&self) -> Asked {
        if self.stop.load(Ordering::Relaxed) {
            Asked::Stop
        } else if self.suspend.swap(false, Ordering::Relaxed) {
            Asked::Suspend
        } else {
            Asked::Nothing
        }
    }
}

/// Stop the process as TSTP would have, the terminal given back first;
/// returns once something (the shell's `fg`, `kill -CONT`) continues it.
/// SIGSTOP cannot be caught, so it stops for certain.
pub fn stop_until_continued() -> std::io::Result<()> {
    signal_hook::low_level::raise(signal_hook::consts::SIGSTOP)
}
