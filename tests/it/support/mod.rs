//! Helpers shared by the tests: the examples and their runs, generated
//! trees, hostile text, and driving the binary in a pseudo-terminal.

pub mod examples;
pub mod generated;
pub mod hostile;
pub mod pty;
pub mod tty;
pub mod world;
