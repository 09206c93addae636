//! The integration tests, one crate: the command line, the answers-file
//! mode, both wizards through a pseudo-terminal or a test backend, the
//! postings in every format, and the checks of the data.
//!
//! Test code may unwrap and panic: a failed step is a failed test.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
mod tui_support;

mod builtin;
mod check;
mod clean;
mod cli;
mod examples;
mod faults;
mod formats_doc;
mod hostile;
mod html_chromium;
mod jobposting;
mod large_options;
mod markdownlint;
mod output_errors;
mod plain_cli;
mod plain_dumb;
mod plain_hostile;
mod plain_pty;
mod postings;
mod properties;
mod readme;
mod render_properties;
mod sessions;
mod tui_e2e;
mod tui_effects;
mod tui_hangup;
mod tui_hostile;
mod tui_result;
mod tui_snapshots;
mod tui_terminal;
mod tui_update;
mod tui_wide;
mod uniqueness;
