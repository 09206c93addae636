//! Files that must never be lost or left half-written: postings, answers
//! files and the autosaved sessions (`autosave`). Every write goes to a
//! temporary file beside the target and is renamed over it only when
//! complete.

mod autosave;

pub use autosave::{Autosave, Claim, Saved, SessionLock, state_dir};

use hirewise_core::answers::{self, Answers};
use hirewise_core::diag::Source;
use hirewise_core::tree::Tree;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The files that would be replaced (a posting and its kit can both be).
    #[error("{}; use --force to replace {}", already_exist(.0), if .0.len() > 1 { "them" } else { "it" })]
    Exists(Vec<PathBuf>),
    #[error("{} is not a regular file; choose a file path to write to", .0.display())]
    NotAFile(PathBuf),
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the saved session {} is damaged ({problem}); it was moved to {}", path.display(), kept.display())]
    Corrupt {
        path: PathBuf,
        kept: PathBuf,
        problem: String,
    },
    #[error("no directory for saved sessions could be found (set HIREWISE_STATE_DIR)")]
    NoStateDir,
    /// Another wizard holds this tree's session.
    #[error(
        "another hirewise is answering these questions, with its session in {}; this one saves nothing as you go. To keep a second session, start it with HIREWISE_STATE_DIR set to another folder",
        .0.display()
    )]
    Busy(PathBuf),
}

/// "a.md already exists", or "a.md and b.md already exist".
pub fn already_exist(paths: &[PathBuf]) -> String {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let verb = if names.len() > 1 { "exist" } else { "exists" };
    format!("{} already {verb}", hirewise_core::text::and_list(&names))
}

/// Whether every target can be written: none is a device, a directory or a
/// pipe (never replaced by a file, even with --force: renaming over
/// /dev/full would be a disaster, not a write), and, without `overwrite`,
/// none exists.
fn check_targets(paths: &[&Path], overwrite: bool) -> Result<(), StoreError> {
    let mut existing = Vec::new();
    for path in paths {
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.is_file() {
                return Err(StoreError::NotAFile(path.to_path_buf()));
            }
            existing.push(path.to_path_buf());
        }
    }
    if existing.is_empty() || overwrite {
        Ok(())
    } else {
        Err(StoreError::Exists(existing))
    }
}

/// Write `contents` to `path` atomically. An existing file is replaced only
/// with `overwrite`.
pub fn write_file(path: &Path, contents: &str, overwrite: bool) -> Result<(), StoreError> {
    check_targets(&[path], overwrite)?;
    let err = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    // The temporary file sits beside the target so that the rename stays on
    // one file system and is atomic: readers see the old file or the whole
    // new one, never a part, even if the process is killed mid-write. There
    // is no fsync: it would cost ten times the program's own run time, and
    // it guards only against power loss, not against a crash or a kill.
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".hirewise-").suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(permissions_for(path));
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| err(missing_folder(dir).unwrap_or_else(|| without_temp_path(e))))?;
    tmp.write_all(contents.as_bytes())
        .map_err(|e| err(without_temp_path(e)))?;
    let persisted = if overwrite {
        tmp.persist(path)
    } else {
        // Refuses, atomically, if the file appeared since the check above.
        tmp.persist_noclobber(path)
    };
    match persisted {
        Ok(_) => Ok(()),
        Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(StoreError::Exists(vec![path.to_path_buf()]))
        }
        Err(e) => Err(err(without_temp_path(e.error))),
    }
}

/// "the folder … does not exist", when that is why nothing could be
/// written: clearer than the system's "No such file or directory".
fn missing_folder(dir: &Path) -> Option<std::io::Error> {
    (!dir.exists()).then(|| {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        )
    })
}

/// The error without the name of the temporary file that `tempfile` adds
/// to it: the founder asked for one file and should only read of that one.
fn without_temp_path(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.split_once(" at path \"") {
        Some((reason, _)) => std::io::Error::new(e.kind(), reason.to_string()),
        None => e,
    }
}

/// Where a path typed in a wizard saves a file called `name`. A leading `~`
/// is the home directory, since no shell expands it there; a path ending in
/// `/`, or naming a folder that exists, is a folder to save `name` in.
pub fn save_path(typed: &str, home: Option<&Path>, name: &str) -> PathBuf {
    let (path, folder) = typed_path(typed, home);
    if folder || path.is_dir() {
        path.join(name)
    } else {
        path
    }
}

/// The path typed in a wizard with a leading `~` made the home directory,
/// and whether it names a folder by how it is written (`~`, or a trailing
/// `/`). A path written as a file may still be a folder on the disk; this
/// does not look.
pub fn typed_path(typed: &str, home: Option<&Path>) -> (PathBuf, bool) {
    let typed = typed.trim();
    let path = match (typed.strip_prefix('~'), home) {
        (Some(""), Some(h)) => h.to_path_buf(),
        (Some(rest), Some(h)) if rest.starts_with('/') => h.join(rest.trim_start_matches('/')),
        _ => PathBuf::from(typed),
    };
    let folder = typed == "~" || typed.ends_with('/') || typed.ends_with(std::path::MAIN_SEPARATOR);
    (path, folder)
}

/// Write several files that belong together, such as postings and their
/// hiring kits. When any exists and `overwrite` is off, none is written and
/// the error names every file in the way. Each file is written whole or not
/// at all, in order.
pub fn write_all(files: &[(&Path, &str)], overwrite: bool) -> Result<(), StoreError> {
    let paths: Vec<&Path> = files.iter().map(|(p, _)| *p).collect();
    check_targets(&paths, overwrite)?;
    for (path, text) in files {
        write_file(path, text, overwrite)?;
    }
    Ok(())
}

/// A new file gets the usual rw-r--r--, a replaced one keeps its mode; the
/// temporary file's own owner-only mode would otherwise stick.
#[cfg(unix)]
fn permissions_for(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or_else(
        |_| std::fs::Permissions::from_mode(0o644),
        |m| m.permissions(),
    )
}

/// Read a file as text for a `Source`, naming it in any error.
pub fn read_source(path: &Path) -> Result<Source, StoreError> {
    let bytes = std::fs::read(path).map_err(|source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        let start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[start..]).chars().count() + 1;
        StoreError::Read {
            path: path.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8 text: a byte that is not text at line {line}, column {column}"),
            ),
        }
    })?;
    Ok(Source::new(path.display().to_string(), text))
}

/// Save answers as an answers file that `--answers` can replay.
pub fn save_answers(
    path: &Path,
    tree: &Tree,
    answers: &Answers,
    overwrite: bool,
) -> Result<(), StoreError> {
    write_file(path, &answers::to_file(tree, answers), overwrite)
}

#[cfg(test)]
mod tests {
    use super::{save_path, write_file};
    use std::path::{Path, PathBuf};

    #[test]
    fn tilde_means_home_only_at_the_start_and_a_folder_gets_the_name() {
        let home = Path::new("/home/ada");
        let t = |typed| save_path(typed, Some(home), "a.md");
        assert_eq!(t("~/jobs/b.md"), PathBuf::from("/home/ada/jobs/b.md"));
        assert_eq!(t("~"), PathBuf::from("/home/ada/a.md"));
        assert_eq!(t("~/"), PathBuf::from("/home/ada/a.md"));
        assert_eq!(t("~bob/b.md"), PathBuf::from("~bob/b.md"));
        assert_eq!(t(" ./b~.md "), PathBuf::from("./b~.md"));
        assert_eq!(t("/tmp/out/"), PathBuf::from("/tmp/out/a.md"));
        assert_eq!(save_path("~/b.md", None, "a.md"), PathBuf::from("~/b.md"));
        let dir = tempfile::tempdir().expect("tempdir");
        let typed = dir.path().display().to_string();
        assert_eq!(
            t(&typed),
            dir.path().join("a.md"),
            "an existing folder without the slash"
        );
    }

    #[test]
    fn a_failed_write_names_the_file_asked_for_and_never_the_temporary_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("gone").join("a.md");
        let e = write_file(&target, "text", false)
            .expect_err("no such folder")
            .to_string();
        assert!(e.contains(&target.display().to_string()), "{e}");
        assert!(
            e.contains("the folder") && e.contains("does not exist"),
            "{e}"
        );
        assert!(!e.contains(".hirewise-") && !e.contains("at path"), "{e}");

        let plain = super::without_temp_path(std::io::Error::other(
            "Permission denied (os error 13) at path \"/x/.hirewise-ab.tmp\"",
        ));
        assert_eq!(plain.to_string(), "Permission denied (os error 13)");
        assert_eq!(plain.kind(), std::io::ErrorKind::Other);
    }
}
