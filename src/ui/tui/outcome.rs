//! The end of the wizard: the recommendation, the list of answers to change
//! and the job posting with its format and saving, as state and updates.

use super::app::{App, Screen, Tone};
use super::input::LineInput;
use super::keys::Action;
use super::theme::Theme;
use super::view::{self, Wrapped};
use crate::store::{self, StoreError};
use crate::ui::Wizard;
use hirewise_core::advice;
use hirewise_core::answers::Answers;
use hirewise_core::decide::Recommendation;
use hirewise_core::posting::{self, Document, Format, Hit, Posting};
use hirewise_core::session::Session;
use std::path::{Path, PathBuf};

/// The decision for the answers on the path, and the postings it calls for.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub rec: Recommendation,
    pub answers: Answers,
    pub postings: Result<Vec<Posting>, String>,
    /// Words in the postings that put good applicants off.
    pub wording: Vec<Hit>,
    /// The result screen's lines for the window's width; see `Wrapped`.
    pub report: Wrapped,
    /// The format a save writes, kept when leaving the posting and coming back.
    pub format: Format,
    /// Where the posting was last saved, for the quit question.
    pub saved_to: Option<PathBuf>,
    /// Where an earlier posting of this session was saved, before an
    /// answer changed: that file no longer holds this posting.
    pub saved_before: Option<PathBuf>,
    /// The day the posting is dated with.
    pub today: jiff::civil::Date,
    /// Whether the result lists every reason and change.
    pub all: bool,
    /// What changed since the last run of a finished session that was
    /// resumed and changed.
    pub since: Option<hirewise_core::compare::Comparison>,
    /// The posting as the founder edited it in their editor, in the format
    /// it was edited in: shown and saved in place of the generated one in
    /// that format.
    pub edited: Option<(Format, String)>,
}

/// What changed from the answers `before` to `after`, their postings
/// compared as Markdown.
fn since(
    wizard: &Wizard<'_>,
    before: &Answers,
    after: &advice::Advice,
) -> hirewise_core::compare::Comparison {
    let old = advice::advise(wizard.tree, wizard.roles, before);
    let md = |a: &advice::Advice| {
        (a.postings.as_ref().ok())
            .and_then(|p| {
                posting::render(p, &a.recommendation, Format::Md, wizard.world.today).ok()
            })
            .unwrap_or_default()
    };
    let (old_text, new_text) = (md(&old), md(after));
    hirewise_core::compare::compare(
        wizard.tree,
        hirewise_core::compare::Run {
            answers: &old.answers,
            recommendation: &old.recommendation,
            posting: &old_text,
        },
        hirewise_core::compare::Run {
            answers: &after.answers,
            recommendation: &after.recommendation,
            posting: &new_text,
        },
    )
}

impl Outcome {
    /// The outcome of the session's answers, its result laid out `width`
    /// columns wide.
    pub fn new(
        wizard: &Wizard<'_>,
        session: &Session<'_>,
        before: Option<&Answers>,
        theme: Theme,
        width: u16,
    ) -> Self {
        let advice = advice::advise(wizard.tree, wizard.roles, &session.answered());
        let since = before
            .filter(|b| **b != advice.answers)
            .map(|b| since(wizard, b, &advice));
        let mut outcome = Self {
            rec: advice.recommendation,
            answers: advice.answers,
            postings: advice.postings.map_err(|e| e.to_string()),
            wording: advice.wording,
            report: Wrapped::default(),
            format: wizard.format,
            saved_to: None,
            saved_before: None,
            today: wizard.world.today,
            all: false,
            since,
            edited: None,
        };
        outcome.report = view::result::wrapped(&outcome, theme, width);
        outcome
    }

    /// The files a save to `path` writes. An edited posting is one file,
    /// whatever it holds, beside the kits as written.
    pub fn documents(&self, format: Format, path: &Path) -> Result<Vec<Document>, String> {
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        let docs = posting::documents(postings, &self.rec, format, self.today, path)
            .map_err(|e| e.to_string())?;
        Ok(match self.edited_in(format) {
            Some(text) => posting::with_edit(docs, path, text),
            None => docs,
        })
    }

    /// The founder's edit of the posting, when it was made in `format`.
    pub fn edited_in(&self, format: Format) -> Option<&str> {
        (self.edited.as_ref())
            .filter(|(f, _)| *f == format)
            .map(|(_, t)| t.as_str())
    }

    /// The postings in `format` as they would be copied or edited: the
    /// founder's edit where there is one.
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
}

/// The posting screen: the postings and kits drawn from their model, a
/// cursor on one of their lines, and the save prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct PostingView {
    /// The format a save writes.
    pub format: Format,
    /// The postings laid out for the window's width; see `view::posting`.
    pub shown: view::posting::Shown,
    /// The line under the cursor, an index into `shown.lines`.
    pub cursor: usize,
    pub scroll: u16,
    /// Whether the box saying where the cursor's line comes from is open.
    pub why: bool,
    pub save: Option<SaveBox>,
    /// The outcome of the last save, shown until the next one.
    pub message: Option<(Tone, String)>,
}

/// The save prompt at the foot of the posting screen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveBox {
    Path(LineInput),
    /// A file in the way: replace what is there?
    Overwrite {
        /// The path as typed, given back to the prompt when the answer is
        /// no, so another name is a small edit away.
        typed: String,
        /// Where the posting goes, as typed and resolved.
        target: PathBuf,
        /// The files in the way.
        existing: Vec<PathBuf>,
    },
}

impl PostingView {
    /// The postings laid out `width` columns wide, at their top.
    fn new(outcome: &Outcome, format: Format, theme: Theme, width: u16) -> Self {
        Self {
            format,
            shown: view::posting::shown(outcome, format, theme, width),
            cursor: 0,
            scroll: 0,
            why: false,
            save: None,
            message: None,
        }
    }

    /// Lay the postings out again for a new width, keeping the cursor on
    /// the same line and that line as far down the window as it was.
    pub fn rewrap(&mut self, outcome: &Outcome, theme: Theme, width: u16) {
        let before = self.shown.first_row(self.cursor);
        let offset = before.saturating_sub(usize::from(self.scroll));
        self.shown = view::posting::shown(outcome, self.format, theme, width);
        let after = self.shown.first_row(self.cursor);
        self.scroll = u16::try_from(after.saturating_sub(offset)).unwrap_or(u16::MAX);
    }

    /// Scroll so that the cursor's line is in view.
    pub fn keep_in_view(&mut self, page: u16) {
        self.move_to(self.cursor, page);
    }

    /// Move the cursor to line `to` and scroll so that it is in view.
    fn move_to(&mut self, to: usize, page: u16) {
        let last = self.shown.lines.len().saturating_sub(1);
        self.cursor = to.min(last);
        let (first, end) = self.shown.rows_of(self.cursor);
        let page = usize::from(page.max(1));
        let scroll = usize::from(self.scroll);
        if first < scroll {
            self.scroll = u16::try_from(first).unwrap_or(u16::MAX);
        } else if end > scroll + page {
            let top = end.saturating_sub(page).min(first);
            self.scroll = u16::try_from(top).unwrap_or(u16::MAX);
        }
    }

    /// Scroll by rows, keeping the cursor on a line in view.
    fn scroll_by(&mut self, to: u16, page: u16) {
        self.scroll = to;
        let top = usize::from(to);
        let bottom = top + usize::from(page.max(1));
        let (first, _) = self.shown.rows_of(self.cursor);
        if first < top || first >= bottom {
            self.cursor = self.shown.line_at(top).unwrap_or(self.cursor);
        }
    }
}

/// The format after `f`, round the list of every format there is.
fn next_format(f: Format) -> Format {
    let at = Format::ALL.iter().position(|x| *x == f).unwrap_or(0);
    Format::ALL[(at + 1) % Format::ALL.len()]
}

impl App<'_> {
    pub(super) fn update_result(&mut self, action: Action) {
        let limit = view::scroll_limit(self);
        let page = view::page_height(self);
        let path_len = self.session.path().len();
        if let Screen::Review {
            cursor,
            from_result,
        } = self.screen
        {
            self.update_review(action, cursor, from_result);
            return;
        }
        let Screen::Result { scroll } = &mut self.screen else {
            return;
        };
        match action {
            // The list is in the order the questions were asked, so it
            // starts at the top as every other list here does. A guess at
            // which answer is in doubt would put the cursor where the
            // founder has to look for it first.
            Action::Change if path_len > 0 => {
                self.screen = Screen::Review {
                    cursor: 0,
                    from_result: true,
                };
            }
            Action::Posting | Action::Confirm => self.open_posting(),
            Action::More => {
                if let Some(o) = &mut self.outcome {
                    o.all = !o.all;
                    o.report = view::result::wrapped(o, self.theme, o.report.width);
                }
            }
            Action::Back => self.back(),
            a => *scroll = scrolled(*scroll, a, page, limit),
        }
    }

    fn update_review(&mut self, action: Action, cursor: usize, from_result: bool) {
        let last = self.session.path().len();
        let page = usize::from(view::page_height(self));
        let moved = match action {
            Action::Up | Action::WheelUp => cursor.saturating_sub(1),
            Action::Down | Action::WheelDown => (cursor + 1).min(last),
            Action::PageUp => cursor.saturating_sub(page),
            Action::PageDown => (cursor + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Confirm => return self.open_from_review(cursor, from_result),
            Action::Click { column, row } => {
                if let Some(i) = view::review::stop_at(self, column, row) {
                    self.open_from_review(i, from_result);
                }
                return;
            }
            Action::Back if from_result => {
                self.screen = Screen::Result { scroll: 0 };
                return;
            }
            Action::Back => return self.back(),
            _ => return,
        };
        self.screen = Screen::Review {
            cursor: moved,
            from_result,
        };
    }

    /// The answer at `i` on the path opened to change, or the advice for
    /// the review's last row.
    fn open_from_review(&mut self, i: usize, from_result: bool) {
        if i >= self.session.path().len() {
            self.see_advice();
            return;
        }
        self.reviewing = Some((i, from_result));
        let q = self.session.path()[i];
        self.change(q);
    }

    fn open_posting(&mut self) {
        let Some(outcome) = &self.outcome else { return };
        let width = view::reading_width(self);
        self.screen = Screen::Posting(PostingView::new(outcome, outcome.format, self.theme, width));
    }

    pub(super) fn update_posting(&mut self, action: Action) {
        let limit = view::scroll_limit(self);
        let page = view::page_height(self);
        let force = self.wizard.force;
        let home = self.wizard.world.home.clone();
        let Some(outcome) = &mut self.outcome else {
            return;
        };
        let Screen::Posting(p) = &mut self.screen else {
            return;
        };
        match (&mut p.save, action) {
            (Some(SaveBox::Path(input)), Action::Edit(e)) => {
                input.edit(e);
            }
            (Some(SaveBox::Path(input)), Action::Confirm) => {
                let path = input.value();
                save(outcome, p, &path, force, home.as_deref());
            }
            (Some(SaveBox::Overwrite { target, .. }), Action::Yes) => {
                let path = target.display().to_string();
                save(outcome, p, &path, true, home.as_deref());
            }
            // Keeping the file there means saving under another name:
            // back to the prompt with the path as it was typed. The message
            // shows if the prompt is then closed without saving.
            (Some(SaveBox::Overwrite { typed, .. }), Action::No | Action::Back) => {
                p.save = Some(SaveBox::Path(LineInput::new(typed)));
                p.message = Some((Tone::Info, "Not saved.".into()));
            }
            (Some(SaveBox::Path(_)), Action::Back) => p.save = None,
            (Some(_), _) => {}
            (None, Action::Format) => {
                outcome.format = next_format(p.format);
                p.format = outcome.format;
                let width = p.shown.width;
                p.rewrap(outcome, self.theme, width);
                if let Some((f, _)) = &outcome.edited {
                    p.message = Some(if *f == p.format {
                        (Tone::Info, format!("Your edited {} posting.", f.name()))
                    } else {
                        (
                            Tone::Info,
                            format!(
                                "The posting as written from your answers; your edit is kept in {}.",
                                f.name()
                            ),
                        )
                    });
                }
            }
            (None, Action::EditPosting) => {
                if matches!(p.format, Format::Json | Format::Jsonld) {
                    p.message = Some((
                        Tone::Info,
                        "Edit the posting as Markdown, text or HTML: f changes the format.".into(),
                    ));
                } else {
                    match outcome.text(p.format) {
                        Ok(text) => self.edit_request = Some((text, p.format)),
                        Err(e) => p.message = Some((Tone::Bad, format!("Nothing to edit: {e}"))),
                    }
                }
            }
            (None, Action::CopyKit) => match outcome.kit_text(p.format) {
                Some(text) => {
                    p.message = Some((
                        Tone::Good,
                        format!(
                            "The hiring kit sent to the clipboard ({}). Terminals that do not allow it copy nothing: s saves it beside the posting.",
                            p.format.name()
                        ),
                    ));
                    self.clipboard = Some(text);
                }
                None => {
                    p.message = Some((
                        Tone::Info,
                        format!("The {} format has no hiring kit.", p.format.name()),
                    ));
                }
            },
            (None, Action::Why) => p.why = !p.why,
            (None, Action::Copy) => match outcome.text(p.format) {
                Ok(text) => {
                    let saved = match &outcome.saved_to {
                        Some(path) => format!("it is saved at {}", path.display()),
                        None => "press s to save it to a file".into(),
                    };
                    p.message = Some((
                        Tone::Good,
                        format!(
                            "Sent to the clipboard ({}). Terminals that do not allow it copy nothing: {saved}.",
                            p.format.name()
                        ),
                    ));
                    self.clipboard = Some(text);
                }
                Err(e) => p.message = Some((Tone::Bad, format!("Nothing to copy: {e}"))),
            },
            (None, Action::Save) => match &outcome.postings {
                Ok(postings) => {
                    let name = format!("./{}", posting::file_name(postings, p.format));
                    p.save = Some(SaveBox::Path(LineInput::new(&name)));
                    p.message = None;
                }
                Err(e) => p.message = Some((Tone::Bad, format!("Nothing to save: {e}"))),
            },
            (None, Action::Back) if p.why => p.why = false,
            (None, Action::Back) => self.screen = Screen::Result { scroll: 0 },
            (None, Action::Up) => p.move_to(p.cursor.saturating_sub(1), page),
            (None, Action::Down) => p.move_to(p.cursor + 1, page),
            (None, Action::Top) => {
                p.cursor = 0;
                p.scroll = 0;
            }
            (None, Action::Bottom) => {
                p.scroll = limit;
                p.move_to(p.shown.lines.len(), page);
            }
            (None, a) => {
                let to = scrolled(p.scroll, a, page, limit);
                p.scroll_by(to, page);
            }
        }
    }
}

/// Write the postings and kits; a file in the way turns into the
/// overwrite question.
fn save(
    outcome: &mut Outcome,
    p: &mut PostingView,
    path: &str,
    overwrite: bool,
    home: Option<&Path>,
) {
    let path = path.trim();
    if path.is_empty() {
        p.message = Some((Tone::Bad, "Type a file name first.".into()));
        return;
    }
    let name = match &outcome.postings {
        Ok(postings) => posting::file_name(postings, p.format),
        Err(_) => String::new(),
    };
    let target = store::save_path(path, home, &name);
    let docs = match outcome.documents(p.format, &target) {
        Ok(d) => d,
        Err(e) => {
            p.message = Some((Tone::Bad, format!("Nothing to save: {e}")));
            return;
        }
    };
    let files: Vec<(&Path, &str)> = (docs.iter())
        .map(|d| (d.path.as_path(), d.text.as_str()))
        .collect();
    match store::write_all(&files, overwrite) {
        Ok(()) => {
            p.save = None;
            p.message = Some((Tone::Good, saved_message(&docs)));
            outcome.saved_to = Some(target);
        }
        Err(StoreError::Exists(existing)) => {
            p.save = Some(SaveBox::Overwrite {
                typed: path.to_string(),
                target,
                existing,
            });
        }
        // The path stays in the field so a typo can be fixed.
        Err(e) => p.message = Some((Tone::Bad, e.to_string())),
    }
}

/// Short enough for one status line: the kits' names follow from the
/// postings' (see posting::kit_path).
fn saved_message(docs: &[Document]) -> String {
    let postings: Vec<&Document> = docs.iter().filter(|d| !d.kit).collect();
    let kits = docs.iter().any(|d| d.kit);
    match (postings.as_slice(), kits) {
        ([one], true) => format!("Saved to {}, the hiring kit beside it", one.path.display()),
        ([one], false) => format!("Saved to {}", one.path.display()),
        // Two postings' paths rarely fit one status line: their folder and
        // their own names do.
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

/// A scroll position moved by a reading key, kept within `0..=limit`.
fn scrolled(scroll: u16, action: Action, page: u16, limit: u16) -> u16 {
    let page = page.saturating_sub(1).max(1);
    let to = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::WheelUp => scroll.saturating_sub(3),
        Action::Down => scroll.saturating_add(1),
        Action::WheelDown => scroll.saturating_add(3),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Top => 0,
        Action::Bottom => limit,
        _ => scroll,
    };
    to.min(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_go_round() {
        let mut f = Format::Md;
        for _ in 0..Format::ALL.len() {
            f = next_format(f);
        }
        assert_eq!(f, Format::Md);
    }

    #[test]
    fn scrolling_stays_in_the_text() {
        assert_eq!(scrolled(0, Action::Up, 10, 5), 0);
        assert_eq!(scrolled(4, Action::PageDown, 10, 5), 5);
        assert_eq!(scrolled(5, Action::Top, 10, 5), 0);
    }
}
