//! The README's examples are real: every line shown under a `$ hirewise`
//! command (up to a line of "...") is in that command's output.

use crate::support::world;

#[test]
fn readme_console_examples_match_the_program() {
    let readme = include_str!("../../README.md");
    let mut checked = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = block.split("```").next().unwrap_or_default();
        let mut lines = block.lines();
        let cmd = lines
            .next()
            .and_then(|l| l.strip_prefix("$ hirewise "))
            .expect("a $ hirewise line");
        let dir = tempfile::tempdir().expect("tempdir");
        let args: Vec<String> = cmd
            .split_whitespace()
            .map(|a| {
                if a.starts_with("examples/") {
                    format!("{}/{a}", env!("CARGO_MANIFEST_DIR"))
                } else {
                    a.to_string()
                }
            })
            .collect();
        let out = world::hirewise(dir.path())
            .args(&args)
            .current_dir(dir.path())
            .output()
            .expect("runs");
        assert!(
            out.status.success(),
            "{cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        for line in lines.filter(|l| *l != "...") {
            assert!(
                stdout.contains(line),
                "README shows {line:?} for `{cmd}`, the program prints:\n{stdout}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "the README shows examples");
}
