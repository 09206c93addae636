//! Autosaved sessions: one file per question tree in the state directory,
//! so that a session for one tree never replaces another's, and a lock
//! beside each, held while a wizard runs, so that two wizards on one tree
//! do not overwrite each other's answers turn by turn.

use super::{StoreError, write_file};
use hirewise_core::answers::{Answer, Answers};
use hirewise_core::tree::Tree;
use std::path::{Path, PathBuf};

/// Where sessions are autosaved: `chosen` (the edge reads it from
/// `$HIREWISE_STATE_DIR`), or the user's state directory
/// (`$XDG_STATE_HOME/hirewise`, `~/.local/state/hirewise`).
pub fn state_dir(chosen: Option<&Path>) -> Result<PathBuf, StoreError> {
    if let Some(dir) = chosen.filter(|d| !d.as_os_str().is_empty()) {
        return Ok(dir.to_path_buf());
    }
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().map_err(|_| StoreError::NoStateDir)?;
    let dir = base.state_dir().unwrap_or_else(|| base.data_dir());
    Ok(dir.join("hirewise"))
}

/// A session as saved between runs: the answers, and the question the
/// founder was looking at.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub tree: String,
    pub at: Option<String>,
    pub answers: Answers,
}

/// The one session file all trees shared before each had its own; the
/// first tree whose name it carries takes it over.
const SHARED: &str = "session.toml";

/// The autosave file of one tree in one state directory.
#[derive(Debug, Clone)]
pub struct Autosave {
    path: PathBuf,
}

impl Autosave {
    /// The built-in tree's session in `dir`.
    pub fn in_dir(dir: &Path) -> Self {
        Self {
            path: dir.join("session-built-in.toml"),
        }
    }

    /// The session of the tree read from `tree_file` (the built-in tree's
    /// when `None`) in `state`, or in the user's state directory. A tree
    /// file is known by its full path, links resolved, so `docs/x.toml` and
    /// `./docs/x.toml` share a session and two `x.toml` in different
    /// folders do not; the name starts with the file's own, for people
    /// looking in the folder.
    pub fn for_tree(state: Option<&Path>, tree_file: Option<&Path>) -> Result<Self, StoreError> {
        let dir = state_dir(state)?;
        let Some(file) = tree_file else {
            return Ok(Self::in_dir(&dir));
        };
        let full = std::fs::canonicalize(file)
            .or_else(|_| std::path::absolute(file))
            .unwrap_or_else(|_| file.to_path_buf());
        let stem: String = (file.file_stem().unwrap_or_default().to_string_lossy())
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(40)
            .collect();
        let hash = fnv1a(full.as_os_str().as_encoded_bytes());
        Ok(Self {
            path: dir.join(format!("session-{stem}-{hash:016x}.toml")),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.is_file()
    }

    fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Hold this tree's session for one wizard: `Busy` while another
    /// holds it. The lock is on a file of its own beside the session,
    /// since every save renames a new session file into place, and the
    /// system lets it go when the process ends, however it ends.
    pub fn lock(&self) -> Result<SessionLock, StoreError> {
        let path = self.path.with_extension("lock");
        let failed = |source| StoreError::Write {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(self.dir()).map_err(failed)?;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(failed)?;
        use rustix::fs::{FlockOperation, flock};
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(SessionLock { _file: file }),
            Err(rustix::io::Errno::WOULDBLOCK) => Err(StoreError::Busy(self.dir().to_path_buf())),
            Err(e) => Err(failed(e.into())),
        }
    }

    /// This session for one wizard: autosave with the lock held, or, while
    /// another wizard holds it, no autosave and why. When no lock can be
    /// made (a state directory that cannot be written), autosave stays on
    /// unlocked: its own failure will say why nothing is saved.
    pub fn claim(self) -> Claim {
        match self.lock() {
            Ok(lock) => Claim {
                autosave: Some(self),
                lock: Some(lock),
                refused: None,
            },
            Err(e @ StoreError::Busy(_)) => Claim {
                autosave: None,
                lock: None,
                refused: Some(e.to_string()),
            },
            Err(_) => Claim {
                autosave: Some(self),
                lock: None,
                refused: None,
            },
        }
    }

    pub fn save(&self, tree: &Tree, at: Option<&str>, answers: &Answers) -> Result<(), StoreError> {
        std::fs::create_dir_all(self.dir()).map_err(|source| StoreError::Write {
            path: self.dir().to_path_buf(),
            source,
        })?;
        let mut head = toml::Table::new();
        head.insert("tree".into(), toml::Value::String(tree.name.clone()));
        if let Some(at) = at {
            head.insert("at".into(), toml::Value::String(at.into()));
        }
        let mut body = toml::Table::new();
        for (id, a) in answers {
            if let Some(v) = a.to_toml() {
                body.insert(id.clone(), v);
            } else if *a == Answer::Skipped {
                body.insert(id.clone(), toml::Value::Table(toml::Table::new()));
            }
        }
        head.insert("answers".into(), toml::Value::Table(body));
        let text = toml::to_string(&head).map_err(|e| StoreError::Write {
            path: self.path.clone(),
            source: std::io::Error::other(e),
        })?;
        write_file(&self.path, &text, true)
    }

    /// The saved session, `None` when there is none. A damaged file is moved
    /// aside (never deleted) and reported.
    pub fn load(&self, tree: &Tree) -> Result<Option<Saved>, StoreError> {
        if !self.path.exists() {
            self.take_over_shared(tree);
        }
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                return Err(self.corrupt("not UTF-8 text".into()));
            }
            Err(source) => {
                return Err(StoreError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| self.corrupt(e.message().to_string()))?;
        let (name, at) = head(&table);
        let mut answers = Answers::new();
        if let Some(body) = table.get("answers").and_then(toml::Value::as_table) {
            for (id, v) in body {
                let Some(q) = tree.question(id) else { continue };
                let a = if v.as_table().is_some_and(toml::Table::is_empty) {
                    Answer::Skipped.validate(q)
                } else {
                    Answer::from_toml(q, v)
                };
                // An answer the tree no longer accepts is dropped: it will be asked again.
                if let Ok(a) = a {
                    answers.insert(id.clone(), a);
                }
            }
        }
        Ok(Some(Saved {
            tree: name,
            at,
            answers,
        }))
    }

    /// Move the shared session file of earlier versions to this tree's own
    /// name when it holds this tree's session, so that an upgrade loses no
    /// one's answers. A file for another tree, or one that does not read,
    /// is left where it is for its own tree.
    fn take_over_shared(&self, tree: &Tree) {
        let shared = self.dir().join(SHARED);
        let Ok(text) = std::fs::read_to_string(&shared) else {
            return;
        };
        let ours = toml::from_str::<toml::Table>(&text).is_ok_and(|t| head(&t).0 == tree.name);
        if ours {
            // In one folder, so the rename is atomic; should it fail, the
            // old file stays and the session starts afresh.
            let _ = std::fs::rename(&shared, &self.path);
        }
    }

    pub fn clear(&self) -> Result<(), StoreError> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(StoreError::Write {
                path: self.path.clone(),
                source,
            }),
        }
    }

    fn corrupt(&self, problem: String) -> StoreError {
        let kept = self.path.with_extension("toml.broken");
        let _ = std::fs::rename(&self.path, &kept);
        StoreError::Corrupt {
            path: self.path.clone(),
            kept,
            problem,
        }
    }
}

/// The tree's name and the question the founder was at.
fn head(table: &toml::Table) -> (String, Option<String>) {
    let name = table
        .get("tree")
        .and_then(toml::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let at = table
        .get("at")
        .and_then(toml::Value::as_str)
        .map(str::to_string);
    (name, at)
}

/// What `Autosave::claim` gives a wizard.
#[derive(Debug)]
pub struct Claim {
    pub autosave: Option<Autosave>,
    /// Keep it for as long as the wizard runs.
    pub lock: Option<SessionLock>,
    /// Why there is no autosave: another wizard holds this session.
    pub refused: Option<String>,
}

/// A tree's session, held by this process until dropped.
#[derive(Debug)]
pub struct SessionLock {
    _file: std::fs::File,
}

/// FNV-1a, 64 bits: a hash that stays the same across Rust versions and
/// machines, unlike std's, so that a session file keeps its name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tree_file_has_a_session_of_its_own() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::create_dir_all(d.join("a")).expect("mkdir");
        std::fs::create_dir_all(d.join("b")).expect("mkdir");
        for f in ["a/x.toml", "b/x.toml"] {
            std::fs::write(d.join(f), "").expect("write");
        }
        let of = |p: &str| Autosave::for_tree(Some(d), Some(&d.join(p))).expect("a place");
        assert_eq!(of("a/x.toml").path, of("b/../a/x.toml").path);
        assert_ne!(of("a/x.toml").path, of("b/x.toml").path);
        assert_ne!(of("a/x.toml").path, Autosave::in_dir(d).path);
        let name = of("a/x.toml")
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        assert!(
            name.as_deref().is_some_and(|n| n.starts_with("session-x-")),
            "{name:?}"
        );
        // The published test values of FNV-1a: the same name on every run.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_second_lock_on_one_session_is_refused_until_the_first_goes() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = Autosave::in_dir(dir.path());
        let held = a.lock().expect("the first lock");
        let e = a.lock().expect_err("a second lock");
        assert!(matches!(e, StoreError::Busy(_)), "{e}");
        assert!(e.to_string().contains("HIREWISE_STATE_DIR"), "{e}");
        // Another tree's session is not held.
        let other = Autosave::for_tree(Some(dir.path()), Some(Path::new("other.toml")));
        assert!(other.expect("a place").lock().is_ok());
        drop(held);
        assert!(a.lock().is_ok());
    }
}
