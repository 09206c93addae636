//! The HTML posting opened in a real browser (headless Chromium): the page
//! parses, and its title and sections are there. Skipped, with a note, where
//! Chromium is not installed; under CI=true a missing browser is a failure.

use std::path::PathBuf;
use std::process::Command;

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            let out = Command::new("which").arg(name).output().ok()?;
            out.status
                .success()
                .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        })
}

#[test]
fn html_posting_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but Chromium is not installed (.ci/run installs Debian's chromium)"
        );
        eprintln!("skipped: Chromium is not installed");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("posting.html");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/answers/growing-two-hires.toml"
    );
    let status = Command::new(env!("CARGO_BIN_EXE_hirewise"))
        .args(["--answers", example, "-o"])
        .arg(&page)
        .env("HIREWISE_STATE_DIR", dir.path())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("hirewise runs");
    assert!(status.success());

    let profile = dir.path().join("profile");
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains("<title>Senior Community Manager at Trailmate · Senior Social Media Manager at Trailmate</title>"),
        "{dom}"
    );
    for section in [
        "The role",
        "What you will do",
        "What success looks like",
        "What this role is not",
        "How to apply",
    ] {
        assert_eq!(
            dom.matches(&format!("<h2>{section}</h2>")).count(),
            2,
            "{section} in both postings"
        );
    }
    assert!(dom.contains("<h1>Senior Community Manager at Trailmate</h1>"));
}
