//! The HTML posting opened in a real browser (headless Chromium): the page
//! parses, its title and sections are there, and the JobPosting it carries
//! reads back from the page as JSON-LD. It needs Chromium, so it
//! runs only when asked for (`cargo test -- --ignored`); `.ci/run` installs
//! the browser and runs it.

use crate::support::world;

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
#[ignore = "needs chromium"]
fn html_posting_renders_in_headless_chromium() {
    let browser =
        chromium().expect("Chromium is not installed: apt-get install chromium (.ci/run does)");
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("posting.html");
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/answers/plant-shop.toml"
    );
    let status = world::hirewise(dir.path())
        .args(["--date", "2027-01-10", "--answers", example, "-o"])
        .arg(&page)
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
        dom.contains("<title>Social Media Manager at Fern &amp; Fig</title>"),
        "{dom}"
    );
    assert!(dom.contains("<h1>Social Media Manager at Fern &amp; Fig</h1>"));
    for section in [
        "The role",
        "What you will do",
        "What success looks like",
        "What we are looking for",
        "How to apply",
    ] {
        assert_eq!(
            dom.matches(&format!("<h2>{section}</h2>")).count(),
            1,
            "{section}"
        );
    }
    // The structured data, as the browser parsed the page.
    let script = dom
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("the page carries JSON-LD");
    let data: serde_json::Value = serde_json::from_str(script).expect("valid JSON");
    assert_eq!(data["@type"], "JobPosting");
    assert_eq!(data["title"], "Social Media Manager");
    assert_eq!(data["hiringOrganization"]["name"], "Fern & Fig");
    assert_eq!(data["validThrough"], "2027-02-15");
    assert!(
        data["description"]
            .as_str()
            .is_some_and(|d| d.contains("<h2>The role</h2>"))
    );
}
