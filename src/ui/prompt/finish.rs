//! The end of the line-by-line wizard: the recommendation, then a menu to
//! save or show the posting, go back, or finish (writing the answers file
//! when `--save-answers` asked for one).

use super::show;
use super::{Asker, Chosen, note, path_text};
use crate::report;
use crate::ui::Wizard;
use crate::ui::finish::{self, Finished, Written};
use hirewise_core::posting::Format;
use hirewise_core::session::Session;
use hirewise_core::text::clean_block;
use unicode_width::UnicodeWidthStr;

/// How the end of the wizard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    Done,
    /// Go back to the last question to change an answer.
    Back,
    /// Ctrl-C.
    Quit,
}

/// One entry of the menu after the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    Show,
    /// Edit the posting (as Markdown) in the founder's own editor.
    Edit,
    /// Every reason and every change, not only the strongest few.
    All,
    Back,
    Finish,
}

/// The menu after the recommendation and where its cursor starts: on
/// saving until a posting is saved, then on finishing. Finishing before
/// saving says so, since the posting is the point of the whole session.
pub fn menu(saved: bool) -> (Vec<(Action, &'static str)>, usize) {
    let items = vec![
        (
            Action::Save,
            if saved {
                "Save the posting again (another format or place)"
            } else {
                "Save the posting to a file"
            },
        ),
        (Action::Show, "Show the posting here"),
        (Action::Edit, "Edit the posting in your editor"),
        (
            Action::All,
            "Show every reason and what would change the advice",
        ),
        (Action::Back, "← Back: change an answer"),
        (
            Action::Finish,
            if saved {
                "Finish"
            } else {
                "Finish without saving the posting"
            },
        ),
    ];
    let cursor = if saved { items.len() - 1 } else { 0 };
    (items, cursor)
}

/// The formats offered for saving, with their labels.
pub const FORMATS: [(Format, &str); 5] = [
    (Format::Md, "Markdown (.md)"),
    (Format::Txt, "Plain text (.txt)"),
    (Format::Html, "Web page (.html)"),
    (
        Format::Jsonld,
        "schema.org JobPosting for job boards (.jsonld)",
    ),
    (
        Format::Json,
        "JSON with the advice, for other programs (.json)",
    ),
];

/// Text wrapped to the screen for reading there: the plain-text posting
/// has long lines, and a terminal would break them mid-word. Continuation
/// lines keep the line's indent and hang under a list marker.
pub fn fit(text: &str, width: usize) -> String {
    let width = width.max(20);
    let mut out: Vec<String> = text
        .lines()
        .map(|line| {
            if line.width() <= width {
                return line.to_string();
            }
            let rest = line.trim_start();
            let indent = &line[..line.len() - rest.len()];
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            let marker = if ["* ", "- ", "• "].iter().any(|m| rest.starts_with(m)) {
                2
            } else if digits > 0 && rest[digits..].starts_with(". ") {
                digits + 2
            } else {
                0
            };
            let hang = format!("{indent}{}", " ".repeat(marker));
            let opts = textwrap::Options::new(width)
                .initial_indent(indent)
                .subsequent_indent(&hang);
            textwrap::fill(rest, opts)
        })
        .collect();
    if text.ends_with('\n') {
        out.push(String::new());
    }
    out.join("\n")
}

pub fn run(
    wizard: &Wizard<'_>,
    session: &Session<'_>,
    asker: &mut dyn Asker,
) -> anyhow::Result<Finish> {
    let mut done = Finished::new(wizard, session.answered());
    if let Err(e) = &done.postings {
        anyhow::bail!("{e}");
    }
    let (cols, _) = show::terminal_size();
    println!(
        "\n{}",
        report::recommendation(
            &done.rec,
            &done.wording,
            usize::from(cols),
            false,
            " (the menu below lists them)"
        )
    );
    let mut format = wizard.format;
    let mut saved = false;
    loop {
        let (items, cursor) = menu(saved);
        let labels: Vec<String> = items.iter().map(|(_, l)| l.to_string()).collect();
        let back = "go back to the questions";
        let action = match asker.choose("What now?", &labels, cursor, back)? {
            Chosen::Got(i) => items.get(i).map_or(Action::Finish, |(a, _)| *a),
            Chosen::Back => Action::Back,
            Chosen::Quit => return Ok(Finish::Quit),
        };
        match action {
            Action::Save => match save_posting(wizard, &done, &mut format, asker)? {
                Chosen::Got(()) => saved = true,
                Chosen::Back => {}
                Chosen::Quit => return Ok(Finish::Quit),
            },
            Action::Show => {
                // The founder's edit is Markdown, and shown as it is.
                let text = match done.edited_in(Format::Md) {
                    Some(t) => t.to_string(),
                    None => done.text(Format::Txt).map_err(anyhow::Error::msg)?,
                };
                let width = usize::from(show::terminal_size().0);
                println!("\n{}", fit(&clean_block(&text), width));
            }
            Action::Edit => {
                let text = done.text(Format::Md).map_err(anyhow::Error::msg)?;
                println!(
                    "Opening the posting in {} …",
                    clean_block(&wizard.world.editor)
                );
                match crate::ui::editor::edit(&wizard.world.editor, &text, "md") {
                    crate::ui::editor::Edited::Changed(t) => {
                        let hits = done.keep_edit(Format::Md, t);
                        println!(
                            "Your edit is kept: saving as Markdown writes it, with the hiring kit beside it."
                        );
                        print!(
                            "{}",
                            report::wording(&hits, usize::from(show::terminal_size().0))
                        );
                    }
                    crate::ui::editor::Edited::Kept(why) => {
                        note(&format!("the posting is as it was: {why}"));
                    }
                    crate::ui::editor::Edited::Failed(why) => {
                        note(&format!("the posting is as it was: {why}"));
                    }
                }
            }
            Action::All => {
                let width = usize::from(show::terminal_size().0);
                println!(
                    "\n{}",
                    report::recommendation(&done.rec, &done.wording, width, true, "")
                );
            }
            Action::Back => return Ok(Finish::Back),
            Action::Finish => {
                return Ok(match save_answers(wizard, &done, asker)? {
                    Chosen::Quit => Finish::Quit,
                    _ => Finish::Done,
                });
            }
        }
    }
}

/// Ask for a format and a path and write the posting there; going back at
/// either returns to the menu.
fn save_posting(
    wizard: &Wizard<'_>,
    done: &Finished,
    format: &mut Format,
    asker: &mut dyn Asker,
) -> anyhow::Result<Chosen<()>> {
    let labels: Vec<String> = FORMATS.iter().map(|(_, l)| l.to_string()).collect();
    let cursor = FORMATS.iter().position(|(f, _)| f == format).unwrap_or(0);
    match asker.choose("Save it as", &labels, cursor, "go back")? {
        Chosen::Got(i) => *format = FORMATS.get(i).map_or(Format::Md, |(f, _)| *f),
        Chosen::Back => return Ok(Chosen::Back),
        Chosen::Quit => return Ok(Chosen::Quit),
    }
    if done.edited.is_some() && done.edited_in(*format).is_none() {
        note("your edit is Markdown: this format is written from your answers");
    }
    let mut typed = done.offered_path(*format).map_err(anyhow::Error::msg)?;
    loop {
        let hint = "a folder saves it there under this name";
        typed = match asker.text("Save it where?", &typed, hint)? {
            Chosen::Got(t) if t.trim().is_empty() => return Ok(Chosen::Back),
            Chosen::Got(t) => t,
            Chosen::Back => return Ok(Chosen::Back),
            Chosen::Quit => return Ok(Chosen::Quit),
        };
        let plan = done
            .plan(&typed, *format, wizard.world.home.as_deref())
            .map_err(anyhow::Error::msg)?
            .resolved();
        match write_asking(wizard.force, asker, |o| plan.write(o))? {
            Chosen::Got(true) => {
                for d in &plan.docs {
                    if d.kit {
                        println!(
                            "Saved the hiring kit (not for publishing) to {}",
                            path_text(&d.path)
                        );
                    } else {
                        println!("Saved the posting to {}", path_text(&d.path));
                    }
                }
                return Ok(Chosen::Got(()));
            }
            // Not replaced or not writable: ask for another place.
            Chosen::Got(false) | Chosen::Back => {}
            Chosen::Quit => return Ok(Chosen::Quit),
        }
    }
}

fn save_answers(
    wizard: &Wizard<'_>,
    done: &Finished,
    asker: &mut dyn Asker,
) -> anyhow::Result<Chosen<bool>> {
    let Some(path) = &wizard.save_answers else {
        return Ok(Chosen::Got(false));
    };
    let write = |o| finish::save_answers(wizard, &done.answers, o).unwrap_or(Written::Done);
    let r = write_asking(wizard.force, asker, write)?;
    match r {
        Chosen::Got(true) => println!(
            "Saved your answers to {}; `hirewise --answers {}` replays them",
            path_text(path),
            path_text(path)
        ),
        Chosen::Got(false) | Chosen::Back => {
            note(&format!(
                "your answers were not saved to {}",
                path_text(path)
            ));
        }
        Chosen::Quit => {}
    }
    Ok(r)
}

/// Write with `write(overwrite)`, asking before replacing a file. `false`
/// when nothing was written (declined, or the write failed and was noted).
fn write_asking(
    force: bool,
    asker: &mut dyn Asker,
    write: impl Fn(bool) -> Written,
) -> anyhow::Result<Chosen<bool>> {
    let written = |w: Written| match w.failure() {
        None => true,
        Some(why) => {
            note(&why);
            false
        }
    };
    match write(force) {
        // The file that exists may be the one beside the named one.
        Written::InTheWay(existing) => {
            match asker.yes_no(&finish::replace_question(&existing), false)? {
                Chosen::Got(true) => Ok(Chosen::Got(written(write(true)))),
                Chosen::Got(false) | Chosen::Back => Ok(Chosen::Got(false)),
                Chosen::Quit => Ok(Chosen::Quit),
            }
        }
        w => Ok(Chosen::Got(written(w))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_starts_on_saving_until_a_posting_is_saved() {
        let (items, cursor) = menu(false);
        assert_eq!(items[cursor].0, Action::Save);
        assert!(items.iter().any(|(_, l)| l.contains("without saving")));
        let (items, cursor) = menu(true);
        assert_eq!(items[cursor], (Action::Finish, "Finish"));
    }

    #[test]
    fn long_lines_wrap_under_their_indent_and_list_marker() {
        let text = "Title\n  * one two three four five six\n12. alpha beta gamma delta\nplain words that run on\n";
        assert_eq!(
            fit(text, 20),
            "Title\n  * one two three\n    four five six\n12. alpha beta gamma\n    delta\nplain words that\nrun on\n"
        );
    }
}
