//! Helpers shared by the tests: the examples and their runs, generated
//! trees, hostile text, and driving the binary in a pseudo-terminal.

pub mod examples;
pub mod generated;
pub mod hostile;
pub mod pty;
pub mod tty;
pub mod world;

/// The names of the files in `dir`, sorted.
pub fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
