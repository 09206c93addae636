//! The inquire side of the line-by-line wizard: one prompt per call, raw
//! results out. What a result means is decided in `ask`, so this file stays
//! a thin mapping that the end-to-end test in a pseudo-terminal covers.

use super::ask::{self, Ask, Entry, Input, NumberEntry, Reply};
use super::fit;
use super::{Asker, Chosen};
use crate::ui::World;
use hirewise_core::text::{clean_line, upper_first};
use hirewise_core::tree::Question;
use inquire::error::InquireResult;
use inquire::list_option::ListOption;
use inquire::ui::{RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{CustomType, InquireError, MultiSelect, Select, Text};

/// Whether to colour the prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub colour: bool,
}

impl Look {
    /// No colour when the world says so (NO_COLOR), or on a dumb terminal.
    /// inquire's own default also turns colour off for an empty NO_COLOR,
    /// hence an explicit config on every prompt.
    pub fn new(world: &World) -> Self {
        Self {
            colour: world.colour && !world.dumb,
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
        // inquire puts "#" before a refused answer's reason, which reads as
        // a stray character; a space lines the sentence up with the prompt.
        let error = base.error_message.with_prefix(Styled::new(" "));
        // Esc is "back" in this wizard, never "cancel".
        base.with_error_message(error)
            .with_canceled_prompt_indicator(Styled::new(ask::BACK_LABEL))
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
        "Esc goes back to the previous question. Type :compare at any question, into a list's filter too, to see the two roles side by side. Ctrl-C stops; your answers are kept for next time."
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

    /// `initial` is offered as the default, shown greyed in the field:
    /// Enter takes it, and typing replaces it with no need to delete it
    /// first (inquire has no key to clear a line).
    fn text(&mut self, message: &str, initial: &str, hint: &str) -> anyhow::Result<Chosen<String>> {
        let cols = terminal_size().0;
        let keys = if initial.is_empty() {
            format!("Enter to confirm, Esc to go back; {hint}")
        } else {
            format!("Enter keeps the grey text, typing replaces it, Esc goes back; {hint}")
        };
        let keys = keys_help(&keys, cols);
        chosen(
            Text::new(&self::message(message, cols))
                .with_default(initial)
                .with_placeholder(initial)
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
    println!("\n{}", look.bold(&fit::lines(&asked.heading, width, 0, 0)));
    if !asked.about.is_empty() {
        println!("{}", fit::lines(&asked.about, width, 0, 0));
    }
}

/// Columns before an entry's text: the cursor and a space, in a tick list
/// a tick box and a space too.
const SELECT_PREFIX: usize = 2;
const TICK_PREFIX: usize = 6;

/// A prompt's message after inquire's "? ", wrapped under itself.
fn message(text: &str, cols: u16) -> String {
    fit::lines(text, ask::wrap_width(cols), 2, 2)
}

/// Key help, which inquire puts in brackets.
fn keys_help(text: &str, cols: u16) -> String {
    fit::lines(text, ask::wrap_width(cols).saturating_sub(1), 1, 1)
}

/// An answer as inquire shows it after the prompt's `message` (already
/// wrapped), continuing on indented lines when it is long.
fn answer(text: &str, message: &str, cols: u16) -> String {
    let used = 2 + fit::last_width(message) + 1;
    fit::lines(text, ask::wrap_width(cols), used, 2 + fit::HANG)
}

/// A list's entries as inquire shows them, wrapped after `prefix` columns.
fn rows(entries: &[Entry], look: &Look, cols: u16, prefix: usize) -> Vec<String> {
    let (dim, undim) = look.dim();
    entries
        .iter()
        .map(|e| fit::entry(e, dim, undim, cols, prefix))
        .collect()
}

/// Typing in a list filters on what the entry says, not on how it is
/// broken into lines or coloured.
fn matches(plain: &[String], typed: &str, index: usize) -> Option<i64> {
    let typed = typed.to_lowercase();
    if let Some(word) = typed.trim().strip_prefix(':') {
        // A command being typed: only the compare row answers to it.
        let wanted = ask::COMPARE_WORD.trim_start_matches(':').starts_with(word);
        return (index == plain.len() && wanted).then_some(0);
    }
    plain
        .get(index)
        .filter(|p| p.to_lowercase().contains(&typed))
        .map(|_| 0)
}

/// The row after a list's entries that `:compare` typed into its filter
/// shows, and no other filter does: inquire's lists take typed text only
/// as a filter, so the command becomes a row to choose.
fn with_compare_row(mut rows: Vec<String>, ask: &Ask, many: bool) -> Vec<String> {
    if !ask.roles.is_empty() {
        let how = if many {
            "Space, then Enter, "
        } else {
            "Enter "
        };
        rows.push(format!(
            "{}: {how}shows the two roles side by side",
            ask::COMPARE_WORD
        ));
    }
    rows
}

/// The keys, with the compare command when the tree has the comparison.
fn list_keys(ask: &Ask, cols: u16) -> String {
    if ask.roles.is_empty() {
        keys_help(&ask.keys, cols)
    } else {
        let keys = format!("{}; type {} for the two roles", ask.keys, ask::COMPARE_WORD);
        keys_help(&keys, cols)
    }
}

/// Ask one question and return what came back, unread.
fn question(ask: &Ask, q: &Question, look: &Look) -> anyhow::Result<Reply> {
    let (cols, height) = terminal_size();
    let above = ask::lines_above(ask, cols);
    let config = look.config();
    let msg = message(&ask.message, cols);
    let plain = |entries: &[Entry]| -> Vec<String> {
        entries.iter().map(|e| ask::entry_line(e, "", "")).collect()
    };
    let label = |entries: &[Entry], i: usize| entries.get(i).map(|e| e.label.clone());
    let page = |entries: &[Entry], prefix: usize| {
        let unstyled = rows(entries, &Look { colour: false }, cols, prefix);
        ask::page_size(&unstyled, prefix, above, cols, height)
    };
    Ok(match &ask.input {
        Input::One { entries, cursor } => {
            let format = |o: ListOption<&String>| {
                answer(&label(entries, o.index).unwrap_or_default(), &msg, cols)
            };
            let plain = plain(entries);
            let scorer = |typed: &str, _: &String, _: &str, i: usize| matches(&plain, typed, i);
            let compare = entries.len();
            let format = |o: ListOption<&String>| {
                if o.index == compare {
                    "the two roles side by side".to_string()
                } else {
                    format(o)
                }
            };
            let all = with_compare_row(rows(entries, look, cols, SELECT_PREFIX), ask, false);
            let r = Select::new(&msg, all)
                .with_starting_cursor(*cursor)
                .with_page_size(page(entries, SELECT_PREFIX))
                .with_help_message(&list_keys(ask, cols))
                .with_formatter(&format)
                .with_scorer(&scorer)
                .with_render_config(config)
                .raw_prompt_skippable();
            chosen(r)?.reply(|o| {
                if o.index == compare {
                    Reply::Typed(ask::COMPARE_WORD.into())
                } else {
                    Reply::Picked(o.index)
                }
            })
        }
        Input::Many { entries, ticked } => {
            let compare = entries.len();
            let asks_compare =
                move |picked: &[ListOption<&String>]| picked.iter().any(|o| o.index == compare);
            let format = |picked: &[ListOption<&String>]| {
                if asks_compare(picked) {
                    return "the two roles side by side".to_string();
                }
                let reply = Reply::Ticked(picked.iter().map(|o| o.index).collect());
                if ask::step(q, reply) == ask::Step::Back {
                    return ask::BACK_LABEL.to_string();
                }
                let labels = picked
                    .iter()
                    .filter(|o| o.index < q.options.len())
                    .filter_map(|o| label(entries, o.index))
                    .collect::<Vec<_>>()
                    .join(", ");
                answer(&labels, &msg, cols)
            };
            let plain = plain(entries);
            let scorer = |typed: &str, _: &String, _: &str, i: usize| matches(&plain, typed, i);
            let owned = q.clone();
            let check = move |picked: &[ListOption<&String>]| {
                if asks_compare(picked) {
                    return Ok(Validation::Valid);
                }
                let reply = Reply::Ticked(picked.iter().map(|o| o.index).collect());
                Ok(validation(ask::problem(&owned, reply)))
            };
            let all = with_compare_row(rows(entries, look, cols, TICK_PREFIX), ask, true);
            let r = MultiSelect::new(&msg, all)
                .with_default(ticked)
                .with_page_size(page(entries, TICK_PREFIX))
                .with_help_message(&list_keys(ask, cols))
                .with_formatter(&format)
                .with_scorer(&scorer)
                .with_validator(check)
                .with_render_config(config)
                .raw_prompt_skippable();
            chosen(r)?.reply(|picked| {
                if picked.iter().any(|o| o.index == compare) {
                    Reply::Typed(ask::COMPARE_WORD.into())
                } else {
                    Reply::Ticked(picked.iter().map(|o| o.index).collect())
                }
            })
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
                    answer(&clean_line(s), &msg, cols)
                }
            };
            let keys = keys_help(&example(placeholder, &ask.keys), cols);
            let p = Text::new(&msg)
                .with_initial_value(initial)
                .with_help_message(&keys)
                .with_formatter(&format)
                .with_validator(check)
                .with_render_config(config);
            chosen(p.prompt_skippable())?.reply(Reply::Typed)
        }
        Input::Number {
            placeholder,
            initial,
        } => {
            let owned = q.clone();
            let check =
                move |n: &NumberEntry| Ok(validation(ask::problem(&owned, Reply::Number(*n))));
            let keys = keys_help(&example(placeholder, &ask.keys), cols);
            let p = CustomType::<NumberEntry>::new(&msg)
                .with_starting_input(initial)
                .with_help_message(&keys)
                .with_error_message("Type a number, such as 12 or 4.5.")
                .with_validator(check)
                .with_render_config(config);
            chosen(p.prompt_skippable())?.reply(Reply::Number)
        }
    })
}

/// A text prompt's example goes in its key help, never into the input box
/// as inquire's placeholder: there, even greyed, it reads as an answer
/// already given, and without colours it looks exactly like typed text.
fn example(placeholder: &str, keys: &str) -> String {
    if placeholder.is_empty() {
        keys.to_string()
    } else {
        format!("for example: {placeholder}; {keys}")
    }
}

fn validation(problem: Option<String>) -> Validation {
    match problem {
        Some(p) => Validation::Invalid(format!("{}.", upper_first(&clean_line(&p))).into()),
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
    let cols = terminal_size().0;
    let msg = self::message(message, cols);
    let keys = keys_help(keys, cols);
    let entries: Vec<Entry> = labels
        .iter()
        .map(|l| Entry {
            label: l.clone(),
            help: String::new(),
            back: false,
        })
        .collect();
    let format = |o: ListOption<&String>| {
        let label = labels.get(o.index).map_or("", String::as_str);
        answer(label, &msg, cols)
    };
    let r = Select::new(&msg, rows(&entries, look, cols, SELECT_PREFIX))
        .with_starting_cursor(cursor.min(labels.len().saturating_sub(1)))
        .with_help_message(&keys)
        .with_formatter(&format)
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
    fn colour_is_off_without_colours_and_on_a_dumb_terminal() {
        let day = jiff::civil::date(2027, 1, 1);
        let world = |colour, dumb| World {
            colour,
            dumb,
            ..World::on(day)
        };
        assert!(Look::new(&world(true, false)).colour);
        assert!(!Look::new(&world(false, false)).colour);
        assert!(!Look::new(&world(true, true)).colour);
        let plain = Look { colour: false };
        assert_eq!(plain.dim(), ("", ""));
        assert_eq!(plain.bold("x"), "x");
    }

    #[test]
    fn the_example_is_in_the_key_help_not_in_the_input_box() {
        assert_eq!(example("Acme", "Enter"), "for example: Acme; Enter");
        assert_eq!(example("", "Enter"), "Enter");
    }

    #[test]
    fn list_entries_wrap_to_the_screen_and_still_filter_on_their_words() {
        let e = Entry {
            label: "Collect feedback and report recurring problems".into(),
            help: "Spot what keeps going wrong and work with the product team on it.".into(),
            back: false,
        };
        let entries = [e.clone(), e];
        let shown = rows(&entries, &Look { colour: false }, 100, TICK_PREFIX);
        assert_eq!(shown.len(), 2, "one entry per option");
        assert!(shown[0].ends_with("work with the\n        product team on it."));
        let plain: Vec<String> = entries.iter().map(|e| ask::entry_line(e, "", "")).collect();
        assert_eq!(matches(&plain, "the PRODUCT team", 1), Some(0));
        assert_eq!(matches(&plain, "marketing", 0), None);
        assert_eq!(
            answer("Instagram, TikTok, LinkedIn", "Which ones?", 30),
            "Instagram,\n    TikTok, LinkedIn"
        );
    }
}
