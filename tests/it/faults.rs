//! Faults: files that cannot be written, disks that fill up, damaged
//! autosaves. None may lose a saved answer or leave a half-written file.

use crate::support::entries;
use hirewise::store::{self, Autosave, StoreError};
use hirewise_core::answers::{Answer, Answers};
use hirewise_core::tree::Tree;
use std::path::Path;
use std::process::Command;

#[test]
fn an_existing_file_is_kept_unless_overwrite_is_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("out.md");
    store::write_file(&p, "first", false).expect("new file");
    let e = store::write_file(&p, "second", false).unwrap_err();
    assert!(matches!(e, StoreError::Exists(_)), "{e}");
    assert!(e.to_string().contains("--force"));
    assert_eq!(std::fs::read_to_string(&p).expect("read"), "first");
    store::write_file(&p, "second", true).expect("overwrite");
    assert_eq!(std::fs::read_to_string(&p).expect("read"), "second");
    assert_eq!(
        entries(dir.path()),
        ["out.md"],
        "no temporary file left behind"
    );
}

#[cfg(unix)]
#[test]
fn new_files_are_readable_by_others_and_replaced_ones_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("out.md");
    store::write_file(&p, "first", false).expect("new file");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&p), 0o644);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    store::write_file(&p, "second", true).expect("overwrite");
    assert_eq!(mode(&p), 0o600);
}

#[test]
fn a_missing_parent_directory_is_an_error_naming_the_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("nope/out.md");
    let e = store::write_file(&p, "x", false).unwrap_err();
    assert!(matches!(e, StoreError::Write { .. }));
    assert!(e.to_string().contains("nope/out.md"), "{e}");
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn devices_and_directories_are_never_replaced() {
    let e = store::write_file(Path::new("/dev/full"), "x", true).unwrap_err();
    assert!(matches!(e, StoreError::NotAFile(_)), "{e}");
    assert!(
        Path::new("/dev/full")
            .metadata()
            .is_ok_and(|m| !m.is_file())
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let e = store::write_file(dir.path(), "x", true).unwrap_err();
    assert!(matches!(e, StoreError::NotAFile(_)), "{e}");
}

/// A small tmpfs mounted for one test, unmounted when dropped. Mounting
/// needs root; where it cannot be had the test says so and skips, except
/// under CI=true where it must work.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(options: &str) -> Option<Self> {
        let dir = tempfile::tempdir().expect("tempdir");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if ok {
            return Some(Self { dir });
        }
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but a tmpfs could not be mounted (run as root)"
        );
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        None
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

#[test]
fn a_full_disk_fails_cleanly_and_keeps_the_old_file() {
    let Some(disk) = SmallDisk::mount("size=64k") else {
        return;
    };
    let p = disk.path().join("posting.md");
    store::write_file(&p, "the old posting", false).expect("small write fits");
    let big = "x".repeat(256 * 1024);
    let e = store::write_file(&p, &big, true).unwrap_err();
    assert!(matches!(e, StoreError::Write { .. }), "{e}");
    assert!(e.to_string().contains("posting.md"), "{e}");
    assert_eq!(
        std::fs::read_to_string(&p).expect("old file"),
        "the old posting"
    );
    assert_eq!(
        entries(disk.path()),
        ["posting.md"],
        "no half-written temporary file"
    );
}

#[test]
fn a_read_only_directory_fails_cleanly() {
    let Some(disk) = SmallDisk::mount("size=64k,ro") else {
        return;
    };
    let p = disk.path().join("posting.md");
    let e = store::write_file(&p, "x", false).unwrap_err();
    assert!(matches!(e, StoreError::Write { .. }), "{e}");
    assert!(e.to_string().contains("posting.md"), "{e}");
    assert!(!p.exists());
}

#[test]
fn the_cli_refuses_to_write_over_a_device() {
    let out = Command::new(env!("CARGO_BIN_EXE_hirewise"))
        .args([
            "--answers",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/answers/consumer-brand-reach.toml"
            ),
        ])
        .args(["-o", "/dev/full", "--force"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/dev/full is not a regular file"), "{err}");
    assert!(!err.contains("panicked"));
}

fn some_answers() -> Answers {
    let mut a = Answers::new();
    a.insert("company_name".into(), Answer::Text("Acme".into()));
    a.insert("goal".into(), Answer::Choice("keep".into()));
    a.insert(
        "platforms".into(),
        Answer::Choices(vec!["linkedin".into(), "x".into()]),
    );
    a.insert("pay_max".into(), Answer::Skipped);
    a
}

#[test]
fn autosave_round_trips_answers_and_position() {
    let tree = Tree::default_tree().expect("tree");
    let dir = tempfile::tempdir().expect("tempdir");
    let auto = Autosave::in_dir(&dir.path().join("state"));
    assert_eq!(auto.load(&tree).expect("nothing saved"), None);
    auto.save(&tree, Some("goal"), &some_answers())
        .expect("saved");
    let saved = auto.load(&tree).expect("loads").expect("some");
    assert_eq!(saved.answers, some_answers());
    assert_eq!(saved.at.as_deref(), Some("goal"));
    assert_eq!(saved.tree, tree.name);
    auto.clear().expect("cleared");
    assert!(!auto.exists());
}

#[test]
fn a_damaged_autosave_is_kept_aside_and_reported() {
    let tree = Tree::default_tree().expect("tree");
    let dir = tempfile::tempdir().expect("tempdir");
    let auto = Autosave::in_dir(dir.path());
    for damage in [
        &b"tree = \"x\"\n[answers\ngoal = "[..],
        &[0xff, 0xfe, 0x00, 0x41][..],
    ] {
        std::fs::write(auto.path(), damage).expect("write damage");
        let e = auto.load(&tree).unwrap_err();
        let StoreError::Corrupt { kept, .. } = &e else {
            panic!("{e}")
        };
        assert!(e.to_string().contains("damaged"), "{e}");
        assert_eq!(
            std::fs::read(kept).expect("kept aside"),
            damage,
            "the broken file is kept, not deleted"
        );
        assert!(!auto.exists());
        assert_eq!(auto.load(&tree).expect("fresh start"), None);
    }
}

#[test]
fn a_truncated_autosave_keeps_what_it_still_holds() {
    let tree = Tree::default_tree().expect("tree");
    let dir = tempfile::tempdir().expect("tempdir");
    let auto = Autosave::in_dir(dir.path());
    auto.save(&tree, Some("goal"), &some_answers())
        .expect("saved");
    let text = std::fs::read_to_string(auto.path()).expect("read");
    // Cut the file at every line end: each prefix either loads (with fewer
    // answers) or is reported as damaged, never a panic.
    for (i, _) in text.match_indices('\n') {
        std::fs::write(auto.path(), &text[..i]).expect("truncate");
        match auto.load(&tree) {
            Ok(Some(saved)) => assert!(saved.answers.len() <= some_answers().len()),
            Ok(None) => panic!("the file is there"),
            Err(StoreError::Corrupt { .. }) => {}
            Err(e) => panic!("{e}"),
        }
    }
}

#[test]
fn answers_the_tree_no_longer_accepts_are_dropped_not_fatal() {
    let tree = Tree::default_tree().expect("tree");
    let dir = tempfile::tempdir().expect("tempdir");
    let auto = Autosave::in_dir(dir.path());
    std::fs::write(
        auto.path(),
        "tree = \"questions/hiring.toml\"\n[answers]\ngoal = \"gone\"\ncompany_name = \"Acme\"\nremoved_question = 1\n",
    )
    .expect("write");
    let saved = auto.load(&tree).expect("loads").expect("some");
    assert_eq!(saved.answers.len(), 1);
    assert_eq!(saved.answers["company_name"], Answer::Text("Acme".into()));
}
