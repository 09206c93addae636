//! Start-up of the full-screen wizard as a person sees it: from starting
//! the process in a pseudo-terminal to the welcome screen drawn, and from
//! pressing Enter there to the first question drawn; next to a hello-world
//! binary (`examples/hello.rs`) started the same way, whose output showing
//! is the least any program can do.
//!
//! Needs the release binaries: `cargo build --release --example hello`
//! (cargo builds `hirewise` itself for the bench). Without them it says so
//! and measures nothing.

// A benchmark that cannot set up fails loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::PathBuf;

#[cfg(not(unix))]
fn main() {
    println!("startup: skipped, it needs a Unix pseudo-terminal");
}

#[cfg(unix)]
fn main() {
    let missing: Vec<PathBuf> = [hirewise(), hello()]
        .into_iter()
        .filter(|p| !p.is_file())
        .collect();
    if !missing.is_empty() {
        for p in &missing {
            println!("startup: skipped, {} is not built", p.display());
        }
        println!("startup: run `cargo build --release --example hello` first");
        return;
    }
    divan::main();
}

fn hirewise() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_hirewise"))
}

/// Built beside `hirewise`, with the same profile.
fn hello() -> PathBuf {
    hirewise()
        .parent()
        .map_or_else(PathBuf::new, |dir| dir.join("examples").join("hello"))
}

#[cfg(unix)]
mod pty {
    use super::{hello, hirewise};
    use expectrl::process::unix::Signal;
    use std::io::{Read, Write};
    use std::path::Path;
    use std::process::Command;

    fn size(n: u16) -> std::num::NonZero<u16> {
        std::num::NonZero::new(n).expect("a size above zero")
    }

    /// A program in a pseudo-terminal, its output fed to a terminal emulator.
    struct Running {
        session: expectrl::session::OsSession,
        screen: vt100::Parser,
        /// Kept until the program has been stopped.
        _state: tempfile::TempDir,
    }

    impl Running {
        /// Start `program` as a person would: a terminal of 80x24, no saved
        /// session, colours on.
        fn start(program: &Path) -> Self {
            let state = tempfile::tempdir().expect("state dir");
            let mut cmd = Command::new(program);
            cmd.env("HIREWISE_STATE_DIR", state.path())
                .env("TERM", "xterm-256color")
                .env_remove("NO_COLOR");
            let session = expectrl::Session::spawn(cmd).expect("spawn in a pty");
            Self {
                session,
                screen: vt100::Parser::new(size(24), size(80), 0),
                _state: state,
            }
        }

        /// Block until the screen shows `what`.
        fn wait_for(&mut self, what: &str) {
            let mut buf = [0u8; 16384];
            while !self.screen.screen().contents().contains(what) {
                match self.session.read(&mut buf) {
                    Ok(0) | Err(_) => panic!(
                        "the program ended before showing {what:?}:\n{}",
                        self.screen.screen().contents()
                    ),
                    Ok(n) => self.screen.process(&buf[..n]),
                }
            }
        }

        fn send(&mut self, keys: &str) {
            self.session.write_all(keys.as_bytes()).expect("send keys");
            self.session.flush().expect("flush keys");
        }
    }

    impl Drop for Running {
        fn drop(&mut self) {
            let process = self.session.get_process_mut();
            let _ = process.kill(Signal::SIGKILL);
            let _ = process.wait();
        }
    }

    /// The text of the welcome screen's only choice, and the first question.
    const WELCOME: &str = "› Start";
    const FIRST_QUESTION: &str = "What is your organisation called?";

    /// Process start to the welcome screen drawn. (The program is stopped
    /// after the timing, when divan drops what the benchmark returns.)
    #[divan::bench(sample_count = 30, sample_size = 1)]
    fn wizard_to_welcome_screen() -> Running {
        let mut run = Running::start(&hirewise());
        run.wait_for(WELCOME);
        run
    }

    /// Enter on the welcome screen to the first question drawn.
    #[divan::bench(sample_count = 30, sample_size = 1)]
    fn wizard_enter_to_first_question(b: divan::Bencher) {
        b.with_inputs(|| {
            let mut run = Running::start(&hirewise());
            run.wait_for(WELCOME);
            run
        })
        .bench_local_values(|mut run| {
            run.send("\r");
            run.wait_for(FIRST_QUESTION);
            run
        });
    }

    /// The baseline: process start to "hello" shown.
    #[divan::bench(sample_count = 30, sample_size = 1)]
    fn hello_world_to_output() -> Running {
        let mut run = Running::start(&hello());
        run.wait_for("hello");
        run
    }
}
