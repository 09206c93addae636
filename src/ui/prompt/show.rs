//! The inquire side of the line-by-line wizard: one prompt per call, raw
//! results out. What a result means is decided in `ask`, so this file stays
//! a thin mapping that the end-to-end test in a pseudo-terminal covers.

use super::ask::{self, Ask, Entry, Input, NumberEntry, Reply};
use crate::text::clean_line;
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
        let dumb = term.is_some_and(|t| t == "dumb");
        Self {
            colour: !(no_color || dumb),
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

/// How a prompt ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Chosen<T> {
    Got(T),
    /// Esc (or Ctrl-D).
    Esc,
    /// Ctrl-C.
    Quit,
}

fn chosen<T>(r: InquireResult<Option<T>>) -> anyhow::Result<Chosen<T>> {
    match r {
        Ok(Some(v)) => Ok(Chosen::Got(v)),
        Ok(None) => Ok(Chosen::Esc),
        Err(InquireError::OperationInterrupted) => Ok(Chosen::Quit),
        Err(e) => Err(e.into()),
    }
}

impl<T> Chosen<T> {
    fn reply(self, f: impl FnOnce(T) -> Reply) -> Reply {
        match self {
            Chosen::Got(v) => f(v),
            Chosen::Esc => Reply::Escaped,
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

/// Ask one question and return what came back, unread.
pub fn question(ask: &Ask, q: &Question, look: &Look) -> anyhow::Result<Reply> {
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
        Some(p) => Validation::Invalid(capitalised(&clean_line(&p)).into()),
        None => Validation::Valid,
    }
}

/// The core's messages start in lower case to fit after a question id;
/// alone on a line they read better capitalised.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Pick one of `labels`; for the wizard's own menus.
pub fn choose(
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
        Chosen::Esc => Chosen::Esc,
        Chosen::Quit => Chosen::Quit,
    })
}

/// Type a line, starting from `initial`.
pub fn text(
    message: &str,
    initial: &str,
    keys: &str,
    look: &Look,
) -> anyhow::Result<Chosen<String>> {
    chosen(
        Text::new(message)
            .with_initial_value(initial)
            .with_help_message(keys)
            .with_render_config(look.config())
            .prompt_skippable(),
    )
}

/// Yes or no, as a two-entry list so that it reads like every other
/// choice in the wizard.
pub fn yes_no(message: &str, yes: bool, look: &Look) -> anyhow::Result<Chosen<bool>> {
    let labels = ["Yes".to_string(), "No".to_string()];
    let cursor = usize::from(!yes);
    Ok(
        match choose(
            message,
            &labels,
            cursor,
            "↑↓ to move, Enter to choose",
            look,
        )? {
            Chosen::Got(i) => Chosen::Got(i == 0),
            Chosen::Esc => Chosen::Esc,
            Chosen::Quit => Chosen::Quit,
        },
    )
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
