//! The end of the wizard: the recommendation, the list of answers to change
//! and the job posting with its format and saving, as state and updates.

use super::app::{App, Screen, Tone};
use super::effect::{Effect, Write};
use super::input::LineInput;
use super::keys::Action;
use super::theme::Theme;
use super::view::{self, Wrapped};
use crate::ui::Wizard;
use crate::ui::finish::{Finished, Plan, Written};
use hirewise_core::answers::Answers;
use hirewise_core::posting::Format;
use hirewise_core::session::Session;
use std::path::{Path, PathBuf};

/// The decision for the answers on the path, the postings it calls for,
/// and how the result and posting screens show them.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The advice and the founder's edit, as both wizards keep them.
    pub done: Finished,
    /// The result screen's lines for the window's width; see `Wrapped`.
    pub report: Wrapped,
    /// The format a save writes, kept when leaving the posting and coming back.
    pub format: Format,
    /// Where the posting was last saved, for the quit question.
    pub saved_to: Option<PathBuf>,
    /// Where an earlier posting of this session was saved, before an
    /// answer changed: that file no longer holds this posting.
    pub saved_before: Option<PathBuf>,
    /// Whether the result lists every reason and change.
    pub all: bool,
    /// What changed since the last run of a finished session that was
    /// resumed and changed.
    pub since: Option<hirewise_core::compare::Comparison>,
}

/// What changed from the answers `before` to `after`, their postings
/// compared as Markdown.
fn since(
    wizard: &Wizard<'_>,
    before: &Answers,
    after: &Finished,
) -> hirewise_core::compare::Comparison {
    let old = Finished::new(wizard, before);
    let md = |f: &Finished| f.text(Format::Md).unwrap_or_default();
    let (old_text, new_text) = (md(&old), md(after));
    hirewise_core::compare::compare(
        wizard.tree,
        hirewise_core::compare::Run {
            answers: &old.answers,
            recommendation: &old.rec,
            posting: &old_text,
        },
        hirewise_core::compare::Run {
            answers: &after.answers,
            recommendation: &after.rec,
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
        let done = Finished::new(wizard, session.answered());
        let since = before
            .filter(|b| **b != done.answers)
            .map(|b| since(wizard, b, &done));
        let mut outcome = Self {
            done,
            report: Wrapped::default(),
            format: wizard.format,
            saved_to: None,
            saved_before: None,
            all: false,
            since,
        };
        outcome.report = view::result::wrapped(&outcome, theme, width);
        outcome
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
                self.asked
                    .extend(save(outcome, p, &path, force, home.as_deref()));
            }
            (Some(SaveBox::Overwrite { target, .. }), Action::Yes) => {
                let path = target.display().to_string();
                self.asked
                    .extend(save(outcome, p, &path, true, home.as_deref()));
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
                if let Some((f, _)) = &outcome.done.edited {
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
                    match outcome.done.text(p.format) {
                        Ok(text) => self.asked.push(Effect::Edit {
                            text,
                            extension: p.format.extension(),
                        }),
                        Err(e) => p.message = Some((Tone::Bad, format!("Nothing to edit: {e}"))),
                    }
                }
            }
            (None, Action::CopyKit) => match outcome.done.kit_text(p.format) {
                Some(text) => {
                    p.message = Some((
                        Tone::Good,
                        format!(
                            "The hiring kit sent to the clipboard ({}). Terminals that do not allow it copy nothing: s saves it beside the posting.",
                            p.format.name()
                        ),
                    ));
                    self.asked.push(Effect::Copy(text));
                }
                None => {
                    p.message = Some((
                        Tone::Info,
                        format!("The {} format has no hiring kit.", p.format.name()),
                    ));
                }
            },
            (None, Action::Why) => p.why = !p.why,
            (None, Action::Copy) => match outcome.done.text(p.format) {
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
                    self.asked.push(Effect::Copy(text));
                }
                Err(e) => p.message = Some((Tone::Bad, format!("Nothing to copy: {e}"))),
            },
            (None, Action::Save) => match outcome.done.offered_path(p.format) {
                Ok(name) => {
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

impl App<'_> {
    /// The postings and kits are written, or a file is in the way, which
    /// turns into the overwrite question, or the write failed.
    pub(super) fn posting_written(&mut self, plan: Plan, written: Written) {
        let (Some(outcome), Screen::Posting(p)) = (&mut self.outcome, &mut self.screen) else {
            return;
        };
        match written {
            Written::Done => {
                p.save = None;
                p.message = Some((Tone::Good, plan.saved()));
                outcome.saved_to = Some(plan.target);
            }
            Written::InTheWay(existing) => {
                p.save = Some(SaveBox::Overwrite {
                    typed: plan.typed,
                    target: plan.target,
                    existing,
                });
            }
            // The path stays in the field so a typo can be fixed.
            Written::Failed(e) => p.message = Some((Tone::Bad, e)),
        }
    }
}

/// The write of the postings and kits to the path typed, or, when there is
/// nothing to write there, why not on the screen.
fn save(
    outcome: &Outcome,
    p: &mut PostingView,
    path: &str,
    overwrite: bool,
    home: Option<&Path>,
) -> Option<Effect> {
    if path.trim().is_empty() {
        p.message = Some((Tone::Bad, "Type a file name first.".into()));
        return None;
    }
    match outcome.done.plan(path, p.format, home) {
        Ok(plan) => Some(Effect::Write(Write::Posting { plan, overwrite })),
        Err(e) => {
            p.message = Some((Tone::Bad, format!("Nothing to save: {e}")));
            None
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
