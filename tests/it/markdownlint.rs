//! Every example's Markdown posting and hiring kit against markdownlint's
//! default rules, but for line length (MD013): the posting's own structure
//! is the only markup, and it is well formed. It needs markdownlint-cli
//! (npm), so it runs only when asked for (`cargo test -- --ignored`);
//! `.ci/run` installs it and runs it.

use crate::support::world;

use std::process::Command;

#[test]
#[ignore = "needs markdownlint (npm install -g markdownlint-cli)"]
fn markdown_postings_and_kits_pass_markdownlint() {
    let dir = tempfile::tempdir().expect("tempdir");
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/answers");
    let mut written = Vec::new();
    for entry in std::fs::read_dir(&examples).expect("examples") {
        let path = entry.expect("entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let out = dir.path().join(format!("{stem}.md"));
        let status = world::hirewise(dir.path())
            .args(["--date", "2027-01-10", "--answers"])
            .arg(&path)
            .arg("-o")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("hirewise runs");
        assert!(status.success(), "{stem}");
        written.push(stem.to_string());
    }
    let files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.path())
        .expect("output")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert!(files.len() >= 2 * written.len(), "a posting and a kit each");
    let out = Command::new("markdownlint")
        .args(["--disable", "MD013", "--"])
        .args(&files)
        .output()
        .expect("markdownlint is not installed: npm install -g markdownlint-cli (.ci/run does)");
    assert!(
        out.status.success(),
        "markdownlint found:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
