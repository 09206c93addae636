//! The inquire side of the line-by-line wizard: one prompt per call, raw
//! results out. What a result means is decided in `ask`, so this file stays
//! a thin mapping that the end-to-end test in a pseudo-terminal covers.

use super::ask::{self, Ask, Entry, Input, NumberEntry, Reply};
use super::{Asker, Chosen};
use crate::text::{clean_line, upper_first};
use crate::tree::Question;
use inquire::error::InquireResult;
use inquire::list_option::ListOption;
use inquire::ui::{RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{CustomType, InquireError, MultiSelect, Select, Text};
use std::ffi::OsStr;

/// Whether to colour the prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub colour: bool,
}

impl Look {
    pub fn from_env() -> Self {
        Self::new(
            std::env::var_os("NO_COLOR").as_deref(),
            std::env::var_os("TERM").as_deref(),
        )
    }

    /// No colour when NO_COLOR is set and not empty (no-color.org), or on a
    /// dumb terminal. inquire's own default also turns colour off for an
    /// empty NO_COLOR, hence an explicit config on every prompt.
    pub fn new(no_color: Option<&OsStr>, term: Option<&OsStr>) -> Self {
        let no_color = no_color.is_some_and(|v| !v.is_empty());
        Self {
            colour: !(no_color || super::is_dumb(term)),
        }
    }

    pub fn config(&self) -> RenderConfig<'static> {
        let base = if self.colour {
            RenderConfig::default_colored()
        } else {
            // inquire's plain config marks answered questions with "?" like
            // the open one; ">" tells them apart in the scrollback.
            RenderConfig::empty().with_answered_prompt_prefix(Styled::new(">"))
        };
        // Esc is "back" in this wizard, never "cancel".
        base.with_canceled_prompt_indicator(Styled::new(ask::BACK_LABEL))
    }

    /// Escape codes that dim and undim part of a line, or nothing.
    pub fn dim(&self) -> (&'static str, &'static str) {
        if self.colour {
            ("\x1b[2m", "\x1b[22m")
        } else {
            ("", "")
        }
    }

    pub fn bold(&self, s: &str) -> String {
        if self.colour {
            format!("\x1b[1m{s}\x1b[22m")
        } else {
            s.to_string()
        }
    }
}

fn chosen<T>(r: InquireResult<Option<T>>) -> anyhow::Result<Chosen<T>> {
    match r {
        Ok(Some(v)) => Ok(Chosen::Got(v)),
        Ok(None) => Ok(Chosen::Back),
        Err(InquireError::OperationInterrupted) => Ok(Chosen::Quit),
        Err(e) => Err(e.into()),
    }
}

impl<T> Chosen<T> {
    fn reply(self, f: impl FnOnce(T) -> Reply) -> Reply {
        match self {
            Chosen::Got(v) => f(v),
            Chosen::Back => Reply::Escaped,
            Chosen::Quit => Reply::Interrupted,
        }
    }
}

/// The terminal's columns and rows; 80x24 when it cannot be asked.
pub fn terminal_size() -> (u16, u16) {
    ratatui::crossterm::terminal::size()
        .ok()
        .filter(|&(c, r)| c > 0 && r > 0)
        .unwrap_or((80, 24))
}

/// The inquire prompts, coloured or not.
pub struct Inquire {
    look: Look,
}

impl Inquire {
    pub fn new(look: Look) -> Self {
        Self { look }
    }
}

impl Asker for Inquire {
    fn intro(&self) -> &'static str {
        "Esc goes back to the previous question. Ctrl-C stops; your answers are kept for next time."
    }

    fn question(&mut self, ask: &Ask, q: &Question) -> anyhow::Result<Reply> {
        print_heading(ask, &self.look);
        question(ask, q, &self.look)
    }

    fn choose(
        &mut self,
        message: &str,
        labels: &[String],
        cursor: usize,
        back: &str,
    ) -> anyhow::Result<Chosen<usize>> {
        let keys = format!("↑↓ to move, Enter to choose, Esc to {back}");
        choose(message, labels, cursor, &keys, &self.look)
    }

    fn text(&mut self, message: &str, initial: &str, hint: &str) -> anyhow::Result<Chosen<String>> {
        let keys = format!("Enter to confirm, Esc to go back; {hint}");
        chosen(
            Text::new(message)
                .with_initial_value(initial)
                .with_help_message(&keys)
                .with_render_config(self.look.config())
                .prompt_skippable(),
        )
    }

    /// A two-entry list, so that it reads like every other choice in the
    /// wizard.
    fn yes_no(&mut self, message: &str, yes: bool) -> anyhow::Result<Chosen<bool>> {
        let labels = ["Yes".to_string(), "No".to_string()];
        let cursor = usize::from(!yes);
        let keys = "↑↓ to move, Enter to choose";
        Ok(match choose(message, &labels, cursor, keys, &self.look)? {
            Chosen::Got(i) => Chosen::Got(i == 0),
            Chosen::Back => Chosen::Back,
            Chosen::Quit => Chosen::Quit,
        })
    }
}

/// The question's progress, section and help, above its prompt.
fn print_heading(asked: &Ask, look: &Look) {
    let width = ask::wrap_width(terminal_size().0);
    println!("\n{}", look.bold(&asked.heading));
    if !asked.about.is_empty() {
        println!("{}", textwrap::fill(&asked.about, width));
    }
}

/// Ask one question and return what came back, unread.
fn question(ask: &Ask, q: &Question, look: &Look) -> anyhow::Result<Reply> {
    let (cols, rows) = terminal_size();
    let above = ask::lines_above(ask, cols);
    let config = look.config();
    let keys = ask.keys.as_str();
    let (dim, undim) = look.dim();
    let lines = |entries: &[Entry], dim: &str, undim: &str| -> Vec<String> {
        entries
            .iter()
            .map(|e| ask::entry_line(e, dim, undim))
            .collect()
    };
    let label = |entries: &[Entry], i: usize| entries.get(i).map(|e| e.label.clone());
    Ok(match &ask.input {
        Input::One { entries, cursor } => {
            let page = ask::page_size(&lines(entries, "", ""), 2, above, cols, rows);
            let format = |o: ListOption<&String>| label(entries, o.index).unwrap_or_default();
            let r = Select::new(&ask.message, lines(entries, dim, undim))
                .with_starting_cursor(*cursor)
                .with_page_size(page)
                .with_help_message(keys)
                .with_formatter(&format)
                .with_render_config(config)
                .raw_prompt_skippable();
            chosen(r)?.reply(|o| Reply::Picked(o.index))
        }
        Input::Many { entries, ticked } => {
            let page = ask::page_size(&lines(entries, "", ""), 6, above, cols, rows);
            let format = |picked: &[ListOption<&String>]| {
                let reply = Reply::Ticked(picked.iter().map(|o| o.index).collect());
                if ask::step(q, reply) == ask::Step::Back {
                    return ask::BACK_LABEL.to_string();
                }
                picked
                    .iter()
                    .filter(|o| o.index < q.options.len())
                    .filter_map(|o| label(entries, o.index))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let owned = q.clone();
            let check = move |picked: &[ListOption<&String>]| {
                let reply = Reply::Ticked(picked.iter().map(|o| o.index).collect());
                Ok(validation(ask::problem(&owned, reply)))
            };
            let r = MultiSelect::new(&ask.message, lines(entries, dim, undim))
                .with_default(ticked)
                .with_page_size(page)
                .with_help_message(keys)
                .with_formatter(&format)
                .with_validator(check)
                .with_render_config(config)
                .raw_prompt_skippable();
            chosen(r)?.reply(|picked| Reply::Ticked(picked.iter().map(|o| o.index).collect()))
        }
        Input::Text {
            placeholder,
            initial,
        } => {
            let check = |s: &str| Ok(validation(ask::problem(q, Reply::Typed(s.to_string()))));
            let format = |s: &str| {
                if ask::is_back(s) {
                    ask::BACK_LABEL.to_string()
                } else if s.trim().is_empty() {
                    "(left empty)".to_string()
                } else {
                    clean_line(s)
                }
            };
            let (example, keys) = example(placeholder, keys, look);
            let mut p = Text::new(&ask.message)
                .with_initial_value(initial)
                .with_help_message(&keys)
                .with_formatter(&format)
                .with_validator(check)
                .with_render_config(config);
            if let Some(example) = example {
                p = p.with_placeholder(example);
            }
            chosen(p.prompt_skippable())?.reply(Reply::Typed)
        }
        Input::Number {
            placeholder,
            initial,
        } => {
            let owned = q.clone();
            let check =
                move |n: &NumberEntry| Ok(validation(ask::problem(&owned, Reply::Number(*n))));
            let (example, keys) = example(placeholder, keys, look);
            let mut p = CustomType::<NumberEntry>::new(&ask.message)
                .with_starting_input(initial)
                .with_help_message(&keys)
                .with_error_message("Type a number, such as 12 or 4.5")
                .with_validator(check)
                .with_render_config(config);
            if let Some(example) = example {
                p = p.with_placeholder(example);
            }
            chosen(p.prompt_skippable())?.reply(Reply::Number)
        }
    })
}

/// Where a text prompt's example goes: in the input box, dimmed, when
/// there are colours; without them a placeholder looks exactly like typed
/// text, so the example moves into the help line instead.
fn example<'p>(placeholder: &'p str, keys: &str, look: &Look) -> (Option<&'p str>, String) {
    match (placeholder.is_empty(), look.colour) {
        (true, _) => (None, keys.to_string()),
        (false, true) => (Some(placeholder), keys.to_string()),
        (false, false) => (None, format!("for example: {placeholder}; {keys}")),
    }
}

fn validation(problem: Option<String>) -> Validation {
    match problem {
        Some(p) => Validation::Invalid(upper_first(&clean_line(&p)).into()),
        None => Validation::Valid,
    }
}

/// Pick one of `labels`; for the wizard's own menus.
fn choose(
    message: &str,
    labels: &[String],
    cursor: usize,
    keys: &str,
    look: &Look,
) -> anyhow::Result<Chosen<usize>> {
    let r = Select::new(message, labels.to_vec())
        .with_starting_cursor(cursor.min(labels.len().saturating_sub(1)))
        .with_help_message(keys)
        .without_filtering()
        .with_render_config(look.config())
        .raw_prompt_skippable();
    Ok(match chosen(r)? {
        Chosen::Got(o) => Chosen::Got(o.index),
        Chosen::Back => Chosen::Back,
        Chosen::Quit => Chosen::Quit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_is_off_for_a_non_empty_no_color_and_a_dumb_terminal() {
        let os = |s: &'static str| Some(OsStr::new(s));
        assert!(Look::new(None, os("xterm-256color")).colour);
        assert!(
            Look::new(os(""), os("xterm")).colour,
            "empty NO_COLOR is unset"
        );
        assert!(!Look::new(os("1"), os("xterm")).colour);
        assert!(!Look::new(None, os("dumb")).colour);
        let plain = Look { colour: false };
        assert_eq!(plain.dim(), ("", ""));
        assert_eq!(plain.bold("x"), "x");
        let colour = Look { colour: true };
        assert_eq!(
            example("Acme", "Enter", &colour),
            (Some("Acme"), "Enter".into())
        );
        assert_eq!(
            example("Acme", "Enter", &plain),
            (None, "for example: Acme; Enter".into())
        );
        assert_eq!(example("", "Enter", &plain), (None, "Enter".into()));
    }
}
