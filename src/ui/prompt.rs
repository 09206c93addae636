//! The line-by-line wizard, for `--plain` and dumb terminals. It asks the
//! session's questions one prompt at a time, autosaves after every answer
//! and every step back, and ends like the full-screen wizard: the
//! recommendation, then the posting saved or shown.
//!
//! `ask` maps questions and replies to plain data (tested without a
//! terminal). Two `Asker`s put them on screen: `show` with inquire's
//! prompts (their text wrapped by `fit`), `lines` with plain printed lines
//! for a dumb terminal, read by `typed`. `finish` is the end. The flow
//! here and in `finish` is the same for both.

mod ask;
mod finish;
mod fit;
mod lines;
mod show;
#[cfg(test)]
mod test_trees;
mod typed;

use super::{End, Wizard};
use ask::{Ask, Reply, Step};
use finish::Finish;
use hirewise_core::session::Session;
use hirewise_core::text::clean_line;
use hirewise_core::tree::Question;
use std::ffi::OsStr;
use std::path::Path;

/// How the wizard asks. The inquire prompts redraw themselves with cursor
/// movement and erasing; the line prompts only print lines and read them.
pub trait Asker {
    /// How to go back and to stop, for the introduction.
    fn intro(&self) -> &'static str;
    /// One of the session's questions, with its heading and help.
    fn question(&mut self, ask: &Ask, q: &Question) -> anyhow::Result<Reply>;
    /// One of `labels`, starting at `cursor`; `back` says what going back
    /// does there ("go back to the questions").
    fn choose(
        &mut self,
        message: &str,
        labels: &[String],
        cursor: usize,
        back: &str,
    ) -> anyhow::Result<Chosen<usize>>;
    /// A line of text, starting from `initial`; `hint` is said with it.
    fn text(&mut self, message: &str, initial: &str, hint: &str) -> anyhow::Result<Chosen<String>>;
    /// Yes or no, `yes` first.
    fn yes_no(&mut self, message: &str, yes: bool) -> anyhow::Result<Chosen<bool>>;
}

/// How a prompt ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen<T> {
    Got(T),
    /// Esc (or Ctrl-D) in inquire, `:back` in the line prompts.
    Back,
    /// Ctrl-C in inquire; `:quit` or the end of input in the line prompts.
    Quit,
}

impl<T> Chosen<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Chosen<U> {
        match self {
            Chosen::Got(t) => Chosen::Got(f(t)),
            Chosen::Back => Chosen::Back,
            Chosen::Quit => Chosen::Quit,
        }
    }
}

/// A terminal that cannot move its cursor: inquire's redrawing would show
/// there as stray characters.
pub fn is_dumb(term: Option<&OsStr>) -> bool {
    term.is_some_and(|t| t == "dumb")
}

pub fn run(wizard: &Wizard<'_>) -> anyhow::Result<End> {
    let mut asker: Box<dyn Asker> = if wizard.world.dumb {
        let width = ask::wrap_width(show::terminal_size().0);
        Box::new(lines::Lines::new(
            std::io::stdin().lock(),
            std::io::stdout(),
            width,
        ))
    } else {
        Box::new(show::Inquire::new(show::Look::new(&wizard.world)))
    };
    let asker = asker.as_mut();
    let mut saver = Saver::default();
    if let Some(off) = &wizard.autosave_off {
        note(off);
    }
    let Some(mut session) = start(wizard, asker)? else {
        return Ok(stopped(wizard, &saver));
    };
    loop {
        let shown = wizard.shown_answer(&session);
        let Some((q, asked)) = session
            .current()
            .zip(ask::ask_showing(&session, shown.as_ref()))
        else {
            match finish::run(wizard, &session, asker)? {
                Finish::Done => return Ok(End::Done),
                Finish::Quit => return Ok(stopped(wizard, &saver)),
                Finish::Back => {
                    session.back();
                    saver.save(wizard, &session);
                    continue;
                }
            }
        };
        let reply = asker.question(&asked, q)?;
        match ask::step(q, reply) {
            Step::Answer(answer) => match wizard.answer(&mut session, answer.clone()) {
                Ok(()) => {
                    read_back(q, &answer, &session);
                    saver.save(wizard, &session);
                }
                // The prompt checks answers the same way, so this is rare;
                // the loop asks the same question again.
                Err(e) => note(&e.problem),
            },
            Step::Back => {
                if session.back() {
                    saver.save(wizard, &session);
                } else {
                    note("this is the first question");
                }
            }
            Step::Quit => return Ok(stopped(wizard, &saver)),
            Step::Compare => {
                say("");
                for line in ask::roles(wizard.tree) {
                    say(&line);
                }
            }
        }
    }
}

/// The session to start with: the saved one when `--resume` says so or the
/// founder agrees, else a new one. A damaged autosave is reported (the
/// store has moved it aside) and a new session starts.
fn start<'w>(wizard: &'w Wizard<'_>, asker: &mut dyn Asker) -> anyhow::Result<Option<Session<'w>>> {
    let saved = wizard.saved().unwrap_or_else(|e| {
        note(&e.to_string());
        None
    });
    let saved = match saved {
        Some(s) if !s.answers.is_empty() => s,
        _ => {
            if wizard.resume {
                note("there is no saved session to continue; starting a new one");
            }
            intro(wizard, asker);
            return Ok(Some(wizard.new_session()));
        }
    };
    if !wizard.resume {
        let n = saved.answers.len();
        let s = if n == 1 { "" } else { "s" };
        let question = format!("Continue your last session? ({n} question{s} answered)");
        match asker.yes_no(&question, true)? {
            Chosen::Got(true) => {}
            // The old session stays saved until the first new answer
            // replaces it, so a slip of the finger here loses nothing yet.
            Chosen::Got(false) | Chosen::Back => {
                intro(wizard, asker);
                return Ok(Some(wizard.new_session()));
            }
            Chosen::Quit => return Ok(None),
        }
    }
    println!("Continuing where you left off.");
    Ok(Some(wizard.restore(saved)))
}

fn intro(wizard: &Wizard<'_>, asker: &dyn Asker) {
    let width = ask::wrap_width(show::terminal_size().0);
    let meta = &wizard.tree.meta;
    let fill = |text: &str| fit::lines(text, width, 0, 0);
    println!("{}", fill(&clean_line(&meta.title)));
    if !meta.intro.is_empty() {
        println!("\n{}", fill(&clean_line(&meta.intro)));
    }
    println!("\n{}", fill(asker.intro()));
}

/// Ctrl-C or `:quit`: say how to continue (or that the answers are lost,
/// when they could not be saved), and end as cancelled.
fn stopped(wizard: &Wizard<'_>, saver: &Saver) -> End {
    // inquire leaves the cursor on the interrupted prompt's line.
    match (&saver.failed, &wizard.autosave) {
        (None, Some(_)) => {
            say("\nStopped. Your answers are saved; `hirewise --plain --resume` continues.");
        }
        (Some(why), _) => say(&format!(
            "\nStopped. Your answers were not saved ({}) and are lost; next time, --save-answers FILE keeps them in a file once you reach the result, and HIREWISE_STATE_DIR can name a folder that can be written.",
            clean_line(why)
        )),
        (None, None) => say("\nStopped. Your answers were not saved."),
    }
    End::Cancelled
}

/// Autosave that reports its first failure only: a state directory that
/// cannot be written would otherwise repeat the same note after every
/// answer, and the wizard works without it.
#[derive(Default)]
struct Saver {
    /// Why the last save failed; `None` once one succeeds again.
    failed: Option<String>,
    warned: bool,
}

impl Saver {
    fn save(&mut self, wizard: &Wizard<'_>, session: &Session<'_>) {
        match wizard.autosave(session) {
            Ok(()) => self.failed = None,
            Err(e) => {
                if !self.warned {
                    note(&format!(
                        "your answers are not being saved: {e}; to keep them, go on to the result and save the posting{}",
                        match &wizard.save_answers {
                            Some(p) => format!(" (the answers go to {} there)", path_text(p)),
                            None => String::new(),
                        }
                    ));
                    self.warned = true;
                }
                self.failed = Some(e.to_string());
            }
        }
    }
}

/// A typed country, amount or currency is kept in a standard form; say
/// how it was read when that is not what was typed ("3.200" is 3,200, "UK"
/// is the United Kingdom), so a misreading is caught before it is used.
fn read_back(
    q: &hirewise_core::tree::Question,
    typed: &hirewise_core::answers::Answer,
    session: &Session<'_>,
) {
    let (hirewise_core::answers::Answer::Text(t), Some(kept)) =
        (typed, session.all_answers().get(&q.id))
    else {
        return;
    };
    if q.format == hirewise_core::tree::TextFormat::Free
        || q.format == hirewise_core::tree::TextFormat::Contact
    {
        return;
    }
    let shown = kept.display(q);
    if !shown.is_empty() && shown.trim() != t.trim() {
        say(&format!("Read as {}.", clean_line(&shown)));
    }
}

/// A one-line note on stderr, apart from the questions.
fn note(msg: &str) {
    say(&format!("note: {}", clean_line(msg)));
}

/// A line on stderr, wrapped between words to the terminal's width (a
/// long path in an error would otherwise be cut mid-word by the
/// terminal). Standard error may be a full disk or a closed pipe while the
/// questions are on the terminal; the wizard goes on without the note
/// rather than panic.
fn say(line: &str) {
    use std::io::Write;
    let width = usize::from(show::terminal_size().0);
    let mut e = std::io::stderr().lock();
    let _ = writeln!(e, "{}", finish::fit(line, width));
}

fn path_text(path: &Path) -> String {
    clean_line(&path.display().to_string())
}
