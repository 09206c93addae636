//! The end that both interactive wizards share: the advice for the answers
//! on the path, the founder's own edit of the posting, and writing the
//! posting, its hiring kit and the answers file. The wizards only ask and
//! show; what is written, where, and what the founder is told about it
//! comes from here.

use super::Wizard;
use crate::store::{self, StoreError};
use hirewise_core::advice;
use hirewise_core::answers::Answers;
use hirewise_core::decide::Recommendation;
use hirewise_core::posting::{self, Document, Format, Hit, Posting};
use hirewise_core::tree::Tree;
use std::path::{Path, PathBuf};

/// The advice for the answers on the path, and what the founder made of
/// its posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub rec: Recommendation,
    /// The answers on the path, which are the ones that count.
    pub answers: Answers,
    /// The postings, or why there are none (role data that lacks a role
    /// the verdict names).
    pub postings: Result<Vec<Posting>, String>,
    /// Words in the postings that put good applicants off.
    pub wording: Vec<Hit>,
    /// The day the postings are dated with.
    pub today: jiff::civil::Date,
    /// The posting as the founder edited it in their editor, in the format
    /// it was edited in: shown and saved in place of the generated one in
    /// that format.
    pub edited: Option<(Format, String)>,
}

/// Files ready to write for a path the founder typed. Made without
/// looking at the disk: whether the path names a folder that exists is
/// only known when the files are written ([`Plan::resolved`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The path as typed, to give back when the founder picks another.
    pub typed: String,
    /// Where the posting goes, `~` resolved, and a path that ends in `/`
    /// taken as a folder.
    pub target: PathBuf,
    /// The posting and the hiring kit beside it.
    pub docs: Vec<Document>,
    /// The files to write instead should `target` be a folder that exists:
    /// the offered name inside it. `None` when the typed path was a folder
    /// already.
    pub inside: Option<Box<Plan>>,
}

/// How a write went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// Every file is written.
    Done,
    /// Nothing is written: these files are in the way.
    InTheWay(Vec<PathBuf>),
    /// Nothing is written, for this reason.
    Failed(String),
}

impl From<Result<(), StoreError>> for Written {
    fn from(r: Result<(), StoreError>) -> Self {
        match r {
            Ok(()) => Self::Done,
            Err(StoreError::Exists(existing)) => Self::InTheWay(existing),
            Err(e) => Self::Failed(e.to_string()),
        }
    }
}

impl Written {
    /// Why nothing was written, as a message; `None` when all was.
    pub fn failure(&self) -> Option<String> {
        match self {
            Self::Done => None,
            Self::InTheWay(existing) => Some(StoreError::Exists(existing.clone()).to_string()),
            Self::Failed(e) => Some(e.clone()),
        }
    }
}

impl Finished {
    /// Decide from the answers on the path and write the postings.
    pub fn new(wizard: &Wizard<'_>, answers: &Answers) -> Self {
        let a = advice::advise(wizard.tree, wizard.roles, answers);
        Self {
            rec: a.recommendation,
            answers: a.answers,
            postings: a.postings.map_err(|e| e.to_string()),
            wording: a.wording,
            today: wizard.world.today,
            edited: None,
        }
    }

    /// The founder's edit of the posting, when it was made in `format`.
    pub fn edited_in(&self, format: Format) -> Option<&str> {
        (self.edited.as_ref())
            .filter(|(f, _)| *f == format)
            .map(|(_, t)| t.as_str())
    }

    /// The postings in `format` as they would be shown, copied or edited:
    /// the founder's edit where there is one.
    pub fn text(&self, format: Format) -> Result<String, String> {
        if let Some(t) = self.edited_in(format) {
            return Ok(t.to_string());
        }
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        posting::render(postings, &self.rec, format, self.today).map_err(|e| e.to_string())
    }

    /// The hiring kits in `format`, one after another; `None` for a format
    /// that has none.
    pub fn kit_text(&self, format: Format) -> Option<String> {
        posting::render_kit(self.postings.as_ref().ok()?, format)
    }

    /// Keep the founder's edit of the posting in `format`, and the words in
    /// it worth replacing.
    pub fn keep_edit(&mut self, format: Format, text: String) -> Vec<Hit> {
        let hits = posting::Wording::default_list().check_text(&text, "your edit");
        self.edited = Some((format, text));
        hits
    }

    /// The file name the postings are offered under, as a path in the
    /// current folder.
    pub fn offered_path(&self, format: Format) -> Result<String, String> {
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        Ok(format!("./{}", posting::file_name(postings, format)))
    }

    /// The files a save of the postings in `format` to the path `typed`
    /// writes. An edited posting is one file, whatever it holds, beside
    /// the kits as written.
    pub fn plan(&self, typed: &str, format: Format, home: Option<&Path>) -> Result<Plan, String> {
        let typed = typed.trim();
        if typed.is_empty() {
            return Err("type a file name first".into());
        }
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        let name = posting::file_name(postings, format);
        let (path, folder) = store::typed_path(typed, home);
        let in_folder = self.plan_at(typed, path.join(&name), postings, format)?;
        if folder {
            return Ok(in_folder);
        }
        let mut plan = self.plan_at(typed, path, postings, format)?;
        plan.inside = Some(Box::new(in_folder));
        Ok(plan)
    }

    /// The files a save of `postings` in `format` to `target` writes.
    fn plan_at(
        &self,
        typed: &str,
        target: PathBuf,
        postings: &[Posting],
        format: Format,
    ) -> Result<Plan, String> {
        let docs = posting::documents(postings, &self.rec, format, self.today, &target)
            .map_err(|e| e.to_string())?;
        let docs = match self.edited_in(format) {
            Some(text) => posting::with_edit(docs, &target, text),
            None => docs,
        };
        Ok(Plan {
            typed: typed.to_string(),
            target,
            docs,
            inside: None,
        })
    }
}

impl Plan {
    /// The plan to write now: the one for a file inside the typed path if
    /// that is a folder that exists (it is looked at here), else this one.
    pub fn resolved(self) -> Self {
        match self.inside {
            Some(inside) if self.target.is_dir() => *inside,
            _ => Self {
                inside: None,
                ..self
            },
        }
    }

    /// Write every file, or none; an existing file is replaced only with
    /// `overwrite`.
    pub fn write(&self, overwrite: bool) -> Written {
        let files: Vec<(&Path, &str)> = (self.docs.iter())
            .map(|d| (d.path.as_path(), d.text.as_str()))
            .collect();
        store::write_all(&files, overwrite).into()
    }

    /// What was saved, short enough for one status line: the kits' names
    /// follow from the postings' (see `posting::kit_path`).
    pub fn saved(&self) -> String {
        let postings: Vec<&Document> = self.docs.iter().filter(|d| !d.kit).collect();
        let kits = self.docs.iter().any(|d| d.kit);
        match (postings.as_slice(), kits) {
            ([one], true) => format!("Saved to {}, the hiring kit beside it", one.path.display()),
            ([one], false) => format!("Saved to {}", one.path.display()),
            // Two postings' paths rarely fit one status line: their folder
            // and their own names do.
            (all, _) => {
                let names: Vec<String> = (all.iter())
                    .map(|d| {
                        d.path.file_name().map_or_else(
                            || d.path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        )
                    })
                    .collect();
                let dir = (all.first())
                    .and_then(|d| d.path.parent())
                    .map(|p| p.display().to_string())
                    .filter(|p| !p.is_empty())
                    .unwrap_or_else(|| ".".into());
                let beside = if kits {
                    ", each with its hiring kit,"
                } else {
                    ""
                };
                format!(
                    "Saved {}{beside} in {dir}",
                    hirewise_core::text::and_list(&names)
                )
            }
        }
    }
}

/// Write the answers to the file `--save-answers` names, if it names one;
/// `None` when it does not.
pub fn save_answers(wizard: &Wizard<'_>, answers: &Answers, overwrite: bool) -> Option<Written> {
    let path = wizard.save_answers.as_deref()?;
    Some(write_answers(
        path,
        wizard.tree,
        answers,
        overwrite || wizard.force,
    ))
}

/// Write the answers to `path` as an answers file of `tree`; an existing
/// file is replaced only with `overwrite`.
pub fn write_answers(path: &Path, tree: &Tree, answers: &Answers, overwrite: bool) -> Written {
    store::save_answers(path, tree, answers, overwrite).into()
}

/// The question to ask before replacing the files in the way.
pub fn replace_question(existing: &[PathBuf]) -> String {
    let them = if existing.len() > 1 { "them" } else { "it" };
    format!(
        "{}. Replace {them}?",
        hirewise_core::text::clean_line(&store::already_exist(existing))
    )
}
