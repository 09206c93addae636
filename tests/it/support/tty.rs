//! The real full-screen wizard in a pseudo-terminal whose output goes
//! through a terminal emulator (vt100), so that a test waits until the
//! screen shows what it should: ratatui only redraws the cells that
//! change, so the raw bytes rarely hold a whole sentence.

// Each test file uses a part of this.
#![allow(dead_code)]

use expectrl::process::unix::WaitStatus;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// Generous: a loaded CI machine may be slow, and a pass never waits this long.
const PATIENCE: Duration = Duration::from_secs(60);

pub struct Tty {
    pub session: expectrl::session::OsSession,
    pub screen: vt100::Parser,
    /// Every byte the program wrote, for checks on the sequences themselves.
    pub raw: Vec<u8>,
    /// Act as a terminal without an alternate screen (GNU screen, tmux with
    /// `alternate-screen off`): the program's requests for one are dropped
    /// before the emulator sees them.
    pub no_alternate_screen: bool,
}

impl Tty {
    pub fn spawn(state: &Path, cwd: &Path, args: &[&str]) -> Self {
        Self::spawn_with(state, cwd, args, &[])
    }

    /// As [`Self::spawn`], with these environment variables set.
    pub fn spawn_with(state: &Path, cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Self {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_hirewise"));
        cmd.args(args).current_dir(cwd);
        super::world::settle(&mut cmd, state);
        super::world::interactive(&mut cmd);
        cmd.envs(env.iter().copied());
        let session = expectrl::Session::spawn(cmd).expect("spawn hirewise in a pty");
        // The pty starts at 80x24, which is what the emulator is told.
        Self {
            session,
            screen: vt100::Parser::new(size(24), size(80), 0),
            raw: Vec::new(),
            no_alternate_screen: false,
        }
    }

    /// Feed what the program wrote so far to the emulator; false at the end.
    pub fn pump(&mut self) -> bool {
        let mut buf = [0u8; 8192];
        loop {
            match self.session.try_read(&mut buf) {
                Ok(0) => return false,
                Ok(n) => {
                    let mut shown = buf[..n].to_vec();
                    if self.no_alternate_screen {
                        for seq in [b"\x1b[?1049h", b"\x1b[?1049l"] {
                            while let Some(at) = shown.windows(seq.len()).position(|w| w == seq) {
                                shown.drain(at..at + seq.len());
                            }
                        }
                    }
                    self.screen.process(&shown);
                    self.raw.extend_from_slice(&buf[..n]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return true,
                // Linux reports the end of a pty as an I/O error.
                Err(_) => return false,
            }
        }
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    pub fn wait_for(&mut self, what: &str) {
        let until = Instant::now() + PATIENCE;
        loop {
            let open = self.pump();
            if self.text().contains(what) {
                return;
            }
            assert!(
                open && Instant::now() < until,
                "waited for {what:?}; the screen shows:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).expect("send keys");
        self.session.flush().expect("flush keys");
    }

    /// Wait for the program to end and return its exit code.
    pub fn exit_code(&mut self) -> i32 {
        let until = Instant::now() + PATIENCE;
        while self.pump() && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        match self.session.get_process().wait().expect("wait") {
            WaitStatus::Exited(_, code) => code,
            other => panic!("ended by {other:?}"),
        }
    }
}

pub fn size(n: u16) -> std::num::NonZero<u16> {
    std::num::NonZero::new(n).expect("a size above zero")
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
