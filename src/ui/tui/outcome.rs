//! The end of the wizard: the recommendation, the list of answers to change
//! and the job posting with its format and saving, as state and updates.

use super::app::{App, Screen, Tone};
use super::input::LineInput;
use super::keys::Action;
use super::theme::Theme;
use super::view::{self, Wrapped};
use crate::answers::Answers;
use crate::decide::{self, Recommendation};
use crate::posting::{self, Format, Hit, Posting, Wording};
use crate::session::Session;
use crate::store::{self, StoreError};
use crate::ui::Wizard;
use std::path::PathBuf;

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
    /// The format last shown, kept when leaving the posting and coming back.
    pub format: Format,
    /// Where the posting was last saved, for the quit question.
    pub saved_to: Option<PathBuf>,
    /// The day the posting is dated with.
    pub today: jiff::civil::Date,
}

impl Outcome {
    /// The outcome of the session's answers, its result laid out `width`
    /// columns wide.
    pub fn new(wizard: &Wizard<'_>, session: &Session<'_>, theme: Theme, width: u16) -> Self {
        let answers = session.answered();
        let rec = decide::decide(wizard.tree, &answers);
        let postings =
            posting::build(wizard.tree, wizard.roles, &answers, &rec).map_err(|e| e.to_string());
        let wording = postings
            .as_ref()
            .map(|p| Wording::default_list().check(p))
            .unwrap_or_default();
        let mut outcome = Self {
            rec,
            answers,
            postings,
            wording,
            report: Wrapped::default(),
            format: wizard.format,
            saved_to: None,
            today: wizard.world.today,
        };
        outcome.report = view::result::wrapped(&outcome, theme, width);
        outcome
    }

    /// The posting in `format`, or why it cannot be shown.
    pub fn render(&self, format: Format) -> Result<String, String> {
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        posting::render(postings, &self.rec, format, self.today).map_err(|e| e.to_string())
    }

    /// The hiring kit in `format`, for the formats that have one.
    pub fn render_kit(&self, format: Format) -> Result<Option<String>, String> {
        let postings = self.postings.as_ref().map_err(Clone::clone)?;
        posting::render_kit(postings, format).map_err(|e| e.to_string())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PostingView {
    pub format: Format,
    /// What the screen shows first: the posting, or why it or its kit
    /// could not be made. The kit follows it under a divider.
    pub text: Result<String, String>,
    /// What a save writes: the posting, and the kit in a file beside it.
    pub posting: Result<String, String>,
    pub kit: Option<String>,
    /// `text` laid out for the window's width; see `Wrapped`.
    pub wrapped: Wrapped,
    pub scroll: u16,
    pub save: Option<SaveBox>,
    /// The outcome of the last save, shown until the next one.
    pub message: Option<(Tone, String)>,
}

/// The save prompt at the foot of the posting screen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveBox {
    Path(LineInput),
    /// The posting or its kit exists: replace what is there?
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
    /// The posting in `format`, laid out `width` columns wide, at its top.
    fn new(outcome: &Outcome, format: Format, theme: Theme, width: u16) -> Self {
        let posting = outcome.render(format);
        let kit = outcome.render_kit(format);
        let text = match (&posting, &kit) {
            (Ok(_), Err(e)) => Err(e.clone()),
            _ => posting.clone(),
        };
        let kit = kit.ok().flatten();
        let wrapped = view::posting::wrapped(&text, kit.as_deref(), format, theme, width);
        Self {
            format,
            text,
            posting,
            kit,
            wrapped,
            scroll: 0,
            save: None,
            message: None,
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
        match &mut self.screen {
            Screen::Result { scroll } => match action {
                // The list is in the order the questions were asked, so it
                // starts at the top as every other list here does. A guess
                // at which answer is in doubt would put the cursor where
                // the founder has to look for it first.
                Action::Change if path_len > 0 => self.screen = Screen::Change { cursor: 0 },
                Action::Posting | Action::Confirm => self.open_posting(),
                Action::Back => self.back(),
                a => *scroll = scrolled(*scroll, a, page, limit),
            },
            Screen::Change { cursor } => match action {
                Action::Up | Action::WheelUp => *cursor = cursor.saturating_sub(1),
                Action::Down | Action::WheelDown => *cursor = (*cursor + 1).min(path_len - 1),
                Action::PageUp => *cursor = cursor.saturating_sub(page.into()),
                Action::PageDown => *cursor = (*cursor + usize::from(page)).min(path_len - 1),
                Action::Top => *cursor = 0,
                Action::Bottom => *cursor = path_len.saturating_sub(1),
                Action::Confirm => {
                    let q = self.session.path()[*cursor];
                    self.change(q);
                }
                Action::Click { column, row } => {
                    if let Some(i) = view::result::change_at(self, column, row) {
                        let q = self.session.path()[i];
                        self.change(q);
                    }
                }
                Action::Back => self.screen = Screen::Result { scroll: 0 },
                _ => {}
            },
            _ => {}
        }
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
        let (theme, width) = (self.theme, view::reading_width(self));
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
                *p = PostingView::new(outcome, outcome.format, theme, width);
            }
            (None, Action::Save) => match &outcome.postings {
                Ok(postings) => {
                    let name = format!("./{}", posting::file_name(postings, p.format));
                    p.save = Some(SaveBox::Path(LineInput::new(&name)));
                    p.message = None;
                }
                Err(e) => p.message = Some((Tone::Bad, format!("Nothing to save: {e}"))),
            },
            (None, Action::Back) => self.screen = Screen::Result { scroll: 0 },
            (None, a) => p.scroll = scrolled(p.scroll, a, page, limit),
        }
    }
}

/// Write the posting; an existing file turns into the overwrite question.
fn save(
    outcome: &mut Outcome,
    p: &mut PostingView,
    path: &str,
    overwrite: bool,
    home: Option<&std::path::Path>,
) {
    let text = match &p.posting {
        Ok(t) => t,
        Err(e) => {
            p.message = Some((Tone::Bad, format!("Nothing to save: {e}")));
            return;
        }
    };
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
    match store::write_posting(&target, text, p.kit.as_deref(), overwrite) {
        Ok(kit) => {
            p.save = None;
            // Short enough for one status line: the kit's name follows
            // from the posting's (see posting::kit_path).
            let saved = match kit {
                Some(_) => format!("Saved to {}, the hiring kit beside it", target.display()),
                None => format!("Saved to {}", target.display()),
            };
            p.message = Some((Tone::Good, saved));
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
