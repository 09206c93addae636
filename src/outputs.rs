//! The files one run will write, checked against each other before any is
//! written: two outputs on one path would have the second replace the
//! first (silently, with `--force`), or refuse it after the first is
//! already on disk.

use std::path::{Path, PathBuf};

/// One file a run writes, and what asked for it, for the message.
#[derive(Debug, Clone)]
pub struct Output {
    /// How the user named it: "-o", "--save-answers", "-o's hiring kit".
    pub what: String,
    pub path: PathBuf,
}

impl Output {
    pub fn new(what: impl Into<String>, path: impl Into<PathBuf>) -> Self {
        Self {
            what: what.into(),
            path: path.into(),
        }
    }
}

/// Two outputs that are one file.
#[derive(Debug, thiserror::Error)]
#[error(
    "{} {} and {} {} are the same file; give each its own path",
    .first.what, .first.path.display(), .second.what, .second.path.display()
)]
pub struct SameFile {
    pub first: Output,
    pub second: Output,
}

/// What an answers-file run writes: the postings and their hiring kits
/// (`-o`), and the answers (`--save-answers`).
pub fn of_answers_run(
    docs: &[hirewise_core::posting::Document],
    save_answers: Option<&Path>,
) -> Vec<Output> {
    let mut planned = Vec::new();
    for d in docs {
        let what = if d.kit { "-o's hiring kit" } else { "-o" };
        planned.push(Output::new(what, &d.path));
    }
    if let Some(p) = save_answers {
        planned.push(Output::new("--save-answers", p));
    }
    planned
}

/// Refuse the first pair of `outputs` that would land on the same file:
/// the same path once links are resolved, or one file under two names
/// (a hard link). The files need not exist yet.
pub fn check_distinct(outputs: &[Output]) -> Result<(), SameFile> {
    let keys: Vec<Key> = outputs.iter().map(|o| Key::of(&o.path)).collect();
    for (i, a) in keys.iter().enumerate() {
        for (j, b) in keys.iter().enumerate().skip(i + 1) {
            if a.same(b) {
                return Err(SameFile {
                    first: outputs[i].clone(),
                    second: outputs[j].clone(),
                });
            }
        }
    }
    Ok(())
}

/// What makes two paths one file.
struct Key {
    /// The path with its folder's links resolved (or as given, made
    /// absolute, when the folder does not exist: writing there fails anyway).
    path: PathBuf,
    /// Device and inode of a file that already exists.
    #[cfg(unix)]
    inode: Option<(u64, u64)>,
}

impl Key {
    fn of(path: &Path) -> Self {
        // A link at the file itself is followed too: the user named one
        // file twice, whichever of the two names a write would replace.
        let resolved = std::fs::canonicalize(path).ok().or_else(|| {
            let name = path.file_name()?;
            let dir = match path.parent() {
                Some(p) if !p.as_os_str().is_empty() => p,
                _ => Path::new("."),
            };
            Some(std::fs::canonicalize(dir).ok()?.join(name))
        });
        let path = resolved
            .or_else(|| std::path::absolute(path).ok())
            .unwrap_or_else(|| path.to_path_buf());
        Self {
            #[cfg(unix)]
            inode: {
                use std::os::unix::fs::MetadataExt;
                std::fs::metadata(&path).ok().map(|m| (m.dev(), m.ino()))
            },
            path,
        }
    }

    fn same(&self, other: &Key) -> bool {
        #[cfg(unix)]
        if let (Some(a), Some(b)) = (self.inode, other.inode) {
            return a == b;
        }
        self.path == other.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_file_under_two_spellings_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).expect("mkdir");
        let a = Output::new("-o", d.join("same.md"));
        let b = Output::new("--save-answers", d.join("sub/../same.md"));
        let e = check_distinct(&[a.clone(), b]).expect_err("the same file");
        assert_eq!(e.first.what, "-o");
        assert!(e.to_string().contains("--save-answers"), "{e}");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(d.join("sub"), d.join("link")).expect("symlink");
            let c = Output::new("--save-answers", d.join("link/x.md"));
            let e = Output::new("-o", d.join("sub/x.md"));
            assert!(check_distinct(&[c, e]).is_err(), "a linked folder");
            std::fs::write(d.join("real.md"), "x").expect("write");
            std::fs::hard_link(d.join("real.md"), d.join("hard.md")).expect("link");
            let f = Output::new("-o", d.join("real.md"));
            let g = Output::new("--save-answers", d.join("hard.md"));
            assert!(check_distinct(&[f, g]).is_err(), "a hard link");
        }
        let other = Output::new("--save-answers", d.join("other.md"));
        assert!(check_distinct(&[a, other]).is_ok());
    }
}
