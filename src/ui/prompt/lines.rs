//! The wizard on a dumb terminal: every prompt is printed as plain lines
//! and answered with one whole line, read as the terminal's own line
//! editing delivers it. Nothing here moves the cursor or erases, and
//! nothing is coloured, so it works in an Emacs shell buffer, on a serial
//! console and in a screen reader's line mode. `typed` reads the lines.

use super::ask::{self, Ask, Reply};
use super::typed::{self, COMMANDS, QUIT_HELP, Typed};
use super::{Asker, Chosen};
use hirewise_core::text::{clean_line, upper_first};
use hirewise_core::tree::Question;
use std::io::{self, BufRead, Write};

/// Reads whole lines from `input`, writes prompts to `out`.
pub struct Lines<R, W> {
    input: R,
    out: W,
    /// Columns to wrap printed text to.
    width: usize,
}

impl<R: BufRead, W: Write> Lines<R, W> {
    pub fn new(input: R, out: W, width: usize) -> Self {
        Self {
            input,
            out,
            width: width.max(20),
        }
    }

    /// Show `what`, then read lines until one means something: a wrong
    /// entry gets one line saying what is expected and another try, and
    /// `:help` shows `what` again with `help` under it. The end of input
    /// is quitting.
    fn until<T>(
        &mut self,
        what: &[String],
        help: &[String],
        roles: &[String],
        mut read: impl FnMut(&str) -> Typed<T>,
    ) -> io::Result<Typed<T>> {
        self.print(what)?;
        loop {
            write!(self.out, "> ")?;
            self.out.flush()?;
            let mut line = Vec::new();
            if self.input.read_until(b'\n', &mut line)? == 0 {
                // Ctrl-D leaves the cursor after the "> ".
                writeln!(self.out)?;
                return Ok(Typed::Quit);
            }
            let typed_line = String::from_utf8_lossy(&line).into_owned();
            match read(&typed_line) {
                Typed::Wrong(expected) => {
                    // Say first that the line was not taken, so that a
                    // listener does not hear the same prompt and wonder.
                    let typed = clean_line(typed_line.trim());
                    if typed.is_empty() || expected.contains(typed.as_str()) {
                        writeln!(self.out, "{}", clean_line(&expected))?;
                    } else {
                        writeln!(
                            self.out,
                            "Not taken: \"{typed}\". {}",
                            clean_line(&expected)
                        )?;
                    }
                }
                Typed::Help => {
                    self.print(what)?;
                    self.print(help)?;
                }
                // The roles side by side, then the question again; where
                // there is no comparison (a prompt after the questions),
                // the word is not a command.
                Typed::Compare if !roles.is_empty() => {
                    let lines: Vec<String> = roles.iter().flat_map(|r| self.wrap(r)).collect();
                    self.print(&lines)?;
                    self.print(what)?;
                }
                Typed::Compare => writeln!(self.out, "There is nothing to compare here.")?,
                typed => return Ok(typed),
            }
        }
    }

    /// Lines broken at spaces only: a word cut at a hyphen looks like two
    /// words to a screen reader, and a path like two paths.
    fn options(&self) -> textwrap::Options<'static> {
        textwrap::Options::new(self.width).word_splitter(textwrap::WordSplitter::NoHyphenation)
    }

    /// Every line is cleaned once more on its way out: whatever a caller
    /// passes, no control character reaches the terminal from here.
    fn print(&mut self, lines: &[String]) -> io::Result<()> {
        writeln!(self.out)?;
        for line in lines {
            writeln!(self.out, "{}", clean_line(line))?;
        }
        Ok(())
    }

    /// Paragraphs wrapped one after another.
    fn paragraphs<S: AsRef<str>>(&self, texts: &[S]) -> Vec<String> {
        texts.iter().flat_map(|t| self.wrap(t.as_ref())).collect()
    }

    fn wrap(&self, text: &str) -> Vec<String> {
        textwrap::wrap(text, self.options())
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// Numbered entries, each wrapped under its own text.
    fn numbered<S: AsRef<str>>(&self, labels: &[S]) -> Vec<String> {
        let digits = labels.len().to_string().len();
        let mut out = Vec::new();
        for (i, label) in labels.iter().enumerate() {
            let number = format!("  {:>digits$}. ", i + 1);
            let hang = " ".repeat(number.len());
            let opts = self
                .options()
                .initial_indent(&number)
                .subsequent_indent(&hang);
            out.extend(
                textwrap::wrap(label.as_ref(), opts)
                    .into_iter()
                    .map(String::from),
            );
        }
        out
    }

    /// What the wizard prints for one of the session's questions: progress
    /// and section, prompt, help, numbered options, how to answer.
    fn question_lines(&self, ask: &Ask, q: &Question) -> Vec<String> {
        let mut out = vec![ask.heading.clone()];
        out.extend(self.wrap(&ask.message));
        if !ask.about.is_empty() {
            out.extend(self.wrap(&ask.about));
        }
        if let ask::Input::One { entries, .. } | ask::Input::Many { entries, .. } = &ask.input {
            let options: Vec<String> = entries
                .iter()
                .filter(|e| !e.back)
                .map(|e| ask::entry_line(e, "", ""))
                .collect();
            out.extend(self.numbered(&options));
        }
        out.extend(self.wrap(&typed::how(ask, q)));
        let mut commands = COMMANDS.to_string();
        if !ask.can_back {
            commands = commands.replacen(":back goes back, ", "", 1);
        }
        if ask.roles.is_empty() {
            commands = commands.replacen(":compare shows the two roles side by side, ", "", 1);
        }
        out.extend(self.wrap(&commands));
        out
    }
}

impl<R: BufRead, W: Write> Asker for Lines<R, W> {
    fn intro(&self) -> &'static str {
        "Answer each question with one line and Enter. :back goes back to the previous question, :help explains how to answer, :compare shows the two roles side by side, :quit stops; your answers are kept for next time."
    }

    fn question(&mut self, ask: &Ask, q: &Question) -> anyhow::Result<Reply> {
        let what = self.question_lines(ask, q);
        let help = self.paragraphs(&typed::help(ask, q));
        let typed = self.until(&what, &help, &ask.roles, |line| {
            match typed::question(ask, q, line) {
                // The session's own check, so that a refused answer is asked
                // again here rather than after the prompt has gone.
                Typed::Got(reply) => match ask::problem(q, reply.clone()) {
                    Some(p) => Typed::Wrong(format!("{}.", upper_first(&p))),
                    None => Typed::Got(reply),
                },
                other => other,
            }
        })?;
        // Say back what was chosen by its label, not the number typed:
        // "3" tells a listener nothing. Several are joined with
        // semicolons, as labels may hold commas.
        if let Typed::Got(reply) = &typed {
            let label = |entries: &[ask::Entry], i: usize| {
                (entries.get(i).filter(|e| !e.back))
                    .map(|e| clean_line(&e.label))
                    .unwrap_or_default()
            };
            let said = match (reply, &ask.input) {
                (Reply::Picked(i), ask::Input::One { entries, .. }) => label(entries, *i),
                (Reply::Ticked(v), ask::Input::Many { entries, .. }) => v
                    .iter()
                    .map(|&i| label(entries, i))
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => String::new(),
            };
            if !said.is_empty() {
                writeln!(self.out, "Chosen: {said}.")?;
            }
        }
        Ok(match typed {
            Typed::Got(reply) => reply,
            Typed::Back => Reply::Escaped,
            _ => Reply::Interrupted,
        })
    }

    fn choose(
        &mut self,
        message: &str,
        labels: &[String],
        cursor: usize,
        back: &str,
    ) -> anyhow::Result<Chosen<usize>> {
        let mut what = self.wrap(message);
        what.extend(self.numbered(labels));
        let count = labels.len();
        let kept = cursor.min(count.saturating_sub(1));
        what.extend(self.wrap(&format!(
            "Type the number of your choice (1 to {count}); an empty line chooses {}. :back to {back}, :quit stops.",
            kept + 1
        )));
        let help = self.paragraphs(&[
            "Type the number in front of your choice, or its name as shown, and press Enter.",
            QUIT_HELP,
        ]);
        let typed = self.until(&what, &help, &[], |line| {
            typed::choice(line, labels, Some(kept))
        })?;
        Ok(chosen(typed))
    }

    fn text(&mut self, message: &str, initial: &str, hint: &str) -> anyhow::Result<Chosen<String>> {
        let mut what = self.wrap(message);
        what.extend(self.wrap(&format!("{}.", upper_first(hint))));
        if initial.is_empty() {
            what.push("Type it and Enter.".into());
        } else {
            // On a line of its own, whole: a path cut at the screen's edge
            // would be hard to read and to copy.
            what.push("Type it and Enter; an empty line keeps".into());
            what.push(format!("  {initial}"));
        }
        what.push(":back goes back, :quit stops.".into());
        let help = self.paragraphs(&[
            "Type it on one line and press Enter; only :back, :help and :quit are read as commands.",
            QUIT_HELP,
        ]);
        let typed = self.until(&what, &help, &[], |line| typed::text(line, initial))?;
        Ok(chosen(typed))
    }

    fn yes_no(&mut self, message: &str, yes: bool) -> anyhow::Result<Chosen<bool>> {
        let default = if yes { "yes" } else { "no" };
        let mut what = self.wrap(message);
        what.extend(self.wrap(&format!("Type yes or no; an empty line means {default}.")));
        let help = self.paragraphs(&["Type yes or no (or y or n) and press Enter.", QUIT_HELP]);
        let typed = self.until(&what, &help, &[], |line| typed::yes_no(line, yes))?;
        Ok(chosen(typed))
    }
}

fn chosen<T>(typed: Typed<T>) -> Chosen<T> {
    match typed {
        Typed::Got(v) => Chosen::Got(v),
        Typed::Back => Chosen::Back,
        _ => Chosen::Quit,
    }
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
