//! What a line typed on a dumb terminal means: a number (or an option's
//! name), several of them, text, yes or no, or a command (`:back`,
//! `:help`, `:quit`). The words
//! that tell the founder how to answer are here too, beside the reading
//! they describe. No I/O, so all of it is tested without a terminal.

use super::ask::{self, Ask, Input, NumberEntry, Reply};
use hirewise_core::tree::{Kind, OptionId, Question};

/// A typed line, read.
#[derive(Debug, Clone, PartialEq)]
pub enum Typed<T> {
    Got(T),
    Back,
    /// Show the question again, and how to answer it.
    Help,
    Quit,
    /// Not an answer: one line saying what is expected instead.
    Wrong(String),
    /// Show the two roles side by side, then the question again.
    Compare,
}

/// The commands, for the line under every question.
pub const COMMANDS: &str = ":back goes back, :help explains how to answer, :compare shows the two roles side by side, :quit stops.";

/// What `:quit` does, for a founder who asks for help.
pub const QUIT_HELP: &str = ":quit stops here. Your answers are saved, and hirewise --plain \
                             --resume continues where you left off.";

/// A command, if the line is one. Where the answer is free text, only the
/// `:` forms count, so that "back" can still be typed as an answer.
fn command<T>(line: &str, bare: bool) -> Option<Typed<T>> {
    let word = line.trim().to_lowercase();
    let word = match word.strip_prefix(':') {
        Some(w) => w.trim(),
        None if bare => word.as_str(),
        None => return None,
    };
    match word {
        "back" => Some(Typed::Back),
        "help" | "?" => Some(Typed::Help),
        "compare" => Some(Typed::Compare),
        "quit" => Some(Typed::Quit),
        _ => None,
    }
}

/// One of the session's questions.
pub fn question(ask: &Ask, q: &Question, line: &str) -> Typed<Reply> {
    let line = line.trim();
    let typed = match &ask.input {
        Input::Text { initial, .. } => text(line, initial).map(Reply::Typed),
        input => match command(line, true) {
            Some(c) => c,
            None => listed(input, q, ask.answered, line),
        },
    };
    match typed {
        Typed::Back if !ask.can_back => {
            Typed::Wrong("This is the first question; there is nothing to go back to.".into())
        }
        typed => typed,
    }
}

/// An answer to a list or number question, commands aside.
fn listed(input: &Input, q: &Question, answered: bool, line: &str) -> Typed<Reply> {
    match input {
        Input::One { entries, cursor } => {
            let count = options(entries);
            let confirm = q.kind == Kind::Confirm;
            let yes = yes_no_word(line).filter(|_| confirm);
            match yes.map(|y| {
                q.option_id(if y { "yes" } else { "no" })
                    .map(OptionId::index)
            }) {
                Some(Some(i)) => Typed::Got(Reply::Picked(i)),
                Some(None) => Typed::Wrong(expect_one(count, confirm)),
                None => {
                    let kept = answered.then_some(*cursor);
                    let wrong = expect_one(count, confirm);
                    match choice_or(line, count, kept, wrong) {
                        Typed::Wrong(w) => {
                            named(line, entries, q).map_or(Typed::Wrong(w), Typed::Got)
                        }
                        typed => typed,
                    }
                    .map(Reply::Picked)
                }
            }
        }
        Input::Many { entries, ticked } => {
            let name = |word: &str| named(word, entries, q);
            let none = !q.required;
            many(line, options(entries), ticked, none, name).map(Reply::Ticked)
        }
        Input::Text { initial, .. } => text(line, initial).map(Reply::Typed),
        Input::Number { initial, .. } => {
            let line = if line.is_empty() { initial } else { line };
            match ask::parse_number(line) {
                Ok(NumberEntry::Back) => Typed::Back,
                Ok(n) => Typed::Got(Reply::Number(n)),
                Err(()) => Typed::Wrong("Type a number, such as 12 or 4.5.".into()),
            }
        }
    }
}

/// The option that `word` names by its label or its id, in any case: a
/// founder reading "Growing" in the list types "growing" as readily as its
/// number.
fn named(word: &str, entries: &[ask::Entry], q: &Question) -> Option<usize> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return None;
    }
    entries
        .iter()
        .zip(&q.options)
        .position(|(e, o)| e.label.to_lowercase() == word || o.id.to_lowercase() == word)
}

/// The entries that are options: all but "← Back", which only the list
/// prompts need.
pub fn options(entries: &[ask::Entry]) -> usize {
    entries.iter().filter(|e| !e.back).count()
}

/// One of the numbered `labels`, by number or by label in any case; an
/// empty line takes `kept` if there is one.
pub fn choice(line: &str, labels: &[String], kept: Option<usize>) -> Typed<usize> {
    if let Some(c) = command(line, true) {
        return c;
    }
    let line = line.trim();
    let count = labels.len();
    match choice_or(line, count, kept, expect_one(count, false)) {
        Typed::Wrong(w) => labels
            .iter()
            .position(|l| !line.is_empty() && l.to_lowercase() == line.to_lowercase())
            .map_or(Typed::Wrong(w), Typed::Got),
        typed => typed,
    }
}

fn choice_or(line: &str, count: usize, kept: Option<usize>, wrong: String) -> Typed<usize> {
    if line.is_empty() {
        return match kept {
            Some(i) if i < count => Typed::Got(i),
            _ => Typed::Wrong(wrong),
        };
    }
    match number_in(line, count) {
        Some(i) => Typed::Got(i),
        None => Typed::Wrong(wrong),
    }
}

fn expect_one(count: usize, yes_no: bool) -> String {
    format!("{} (1 to {count}).", one(yes_no))
}

fn one(yes_no: bool) -> &'static str {
    if yes_no {
        "Type yes or no, or the number of your choice"
    } else {
        "Type the number of your choice"
    }
}

/// A one-based number among `count` entries, as a zero-based index.
fn number_in(s: &str, count: usize) -> Option<usize> {
    s.parse::<usize>()
        .ok()
        .filter(|n| (1..=count).contains(n))
        .map(|n| n - 1)
}

/// Any number of `count` entries: numbers separated by commas or spaces.
/// Between commas an option's `name` counts too, and the whole line may be
/// one name, commas and all. "none" ticks nothing, except that where
/// nothing is not an answer (`none` false) an option of that name wins:
/// "None of these" has the id `none`. An empty line keeps what is
/// `ticked`; the session's own check then says whether that (even
/// nothing) is an answer.
fn many(
    line: &str,
    count: usize,
    ticked: &[usize],
    none: bool,
    name: impl Fn(&str) -> Option<usize>,
) -> Typed<Vec<usize>> {
    if line.is_empty() {
        return Typed::Got(ticked.to_vec());
    }
    let nothing = line.eq_ignore_ascii_case("none");
    if nothing && none {
        return Typed::Got(Vec::new());
    }
    if let Some(i) = name(line) {
        return Typed::Got(vec![i]);
    }
    if nothing {
        return Typed::Got(Vec::new());
    }
    let numbers = |part: &str| -> Option<Vec<usize>> {
        part.split_whitespace()
            .map(|s| number_in(s, count))
            .collect()
    };
    let picked: Option<Vec<usize>> = line
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(|part| name(part).map(|i| vec![i]).or_else(|| numbers(part)))
        .collect::<Option<Vec<_>>>()
        .map(|parts| parts.concat());
    match picked {
        Some(mut p) if !p.is_empty() => {
            p.sort_unstable();
            p.dedup();
            Typed::Got(p)
        }
        _ => Typed::Wrong(format!(
            "Type the numbers of your choices (1 to {count}), separated by commas or spaces."
        )),
    }
}

/// A line of text; an empty line keeps `initial`. Only the `:` commands
/// count here, and `:back` at the end of a line too, as in inquire's
/// pre-filled text prompts.
pub fn text(line: &str, initial: &str) -> Typed<String> {
    let line = line.trim();
    if let Some(c) = command(line, false) {
        return c;
    }
    if ask::is_back(line) {
        return Typed::Back;
    }
    if line.is_empty() {
        Typed::Got(initial.to_string())
    } else {
        Typed::Got(line.to_string())
    }
}

fn yes_no_word(line: &str) -> Option<bool> {
    match line.trim().to_lowercase().as_str() {
        "y" | "yes" => Some(true),
        "n" | "no" => Some(false),
        _ => None,
    }
}

/// Yes or no; an empty line takes `default`. There is no going back from
/// a yes-or-no question, only no.
pub fn yes_no(line: &str, default: bool) -> Typed<bool> {
    let line = line.trim();
    if line.is_empty() {
        return Typed::Got(default);
    }
    match (yes_no_word(line), command::<bool>(line, true)) {
        (Some(yes), _) => Typed::Got(yes),
        (None, Some(Typed::Quit)) => Typed::Quit,
        (None, Some(Typed::Help)) => Typed::Help,
        _ => Typed::Wrong("Type yes or no.".into()),
    }
}

impl<T> Typed<T> {
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Typed<U> {
        match self {
            Typed::Got(v) => Typed::Got(f(v)),
            Typed::Back => Typed::Back,
            Typed::Help => Typed::Help,
            Typed::Quit => Typed::Quit,
            Typed::Wrong(w) => Typed::Wrong(w),
            Typed::Compare => Typed::Compare,
        }
    }
}

/// How to answer the question, under its options: what to type, and what
/// an empty line does.
pub fn how(ask: &Ask, q: &Question) -> String {
    let skip = |kept: &str| match (kept.is_empty(), q.required) {
        (false, _) => format!("; an empty line keeps {kept}"),
        (true, false) => "; an empty line skips it".into(),
        (true, true) => String::new(),
    };
    match &ask.input {
        Input::One { entries, cursor } => {
            let kept = if ask.answered {
                format!("; an empty line keeps {}", cursor + 1)
            } else {
                String::new()
            };
            let count = options(entries);
            format!("{} (1 to {count}){kept}.", one(q.kind == Kind::Confirm))
        }
        Input::Many { entries, ticked } => {
            let none = if q.required { "" } else { ", or none" };
            let kept: Vec<String> = ticked.iter().map(|i| (i + 1).to_string()).collect();
            let kept = match (kept.is_empty(), q.required) {
                (false, _) => format!("; an empty line keeps {}", kept.join(", ")),
                (true, false) => "; an empty line picks none".into(),
                (true, true) => String::new(),
            };
            format!(
                "Type the numbers of your choices (1 to {}), separated by commas or spaces{none}{kept}.",
                options(entries)
            )
        }
        Input::Text {
            initial,
            placeholder,
        } => {
            let kept = if initial.is_empty() {
                String::new()
            } else {
                format!("\"{initial}\"")
            };
            format!("Type your answer{}{}.", example(placeholder), skip(&kept))
        }
        Input::Number {
            initial,
            placeholder,
        } => {
            let range = ask::range(q);
            let range = range.trim_end_matches("; ");
            let range = if range.is_empty() {
                String::new()
            } else {
                format!(" {range}")
            };
            format!(
                "Type a number{range}{}{}.",
                example(placeholder),
                skip(initial)
            )
        }
    }
}

/// What `:help` adds under a question shown again: how an answer is typed,
/// with an example from the question itself, and what each command does.
/// The lines under the question are short; this is for a founder who is
/// stuck.
pub fn help(ask: &Ask, q: &Question) -> Vec<String> {
    let first = |entries: &[ask::Entry]| {
        entries
            .first()
            .map(|e| format!(" (such as \"{}\")", e.label))
            .unwrap_or_default()
    };
    let answer = match &ask.input {
        Input::One { .. } if q.kind == Kind::Confirm => {
            "How to answer: type yes or no, or the number in front of your choice, and press Enter."
                .to_string()
        }
        Input::One { entries, .. } => format!(
            "How to answer: type the number in front of an option, or its name{}, and press \
             Enter.",
            first(entries)
        ),
        Input::Many { entries, .. } => {
            let again = if ask.answered {
                " What you type replaces the earlier choice."
            } else {
                ""
            };
            format!(
                "How to answer: type the numbers in front of every option that applies, \
                 separated by commas or spaces (such as 1, 3), or their names separated by \
                 commas{}, and press Enter.{again}",
                first(entries)
            )
        }
        Input::Text { .. } => "How to answer: type your answer on one line and press Enter. \
             It is kept as typed; only :back, :help and :quit are read as commands."
            .to_string(),
        Input::Number { .. } => "How to answer: type a number in digits, such as 12 or 4.5 \
             (45,000 works too), and press Enter."
            .to_string(),
    };
    let mut out = vec![answer];
    if ask.can_back {
        out.push(
            ":back returns to the previous question; the answers you gave stay until you \
             change them."
                .into(),
        );
    }
    out.push(QUIT_HELP.into());
    out
}

/// A question's example answer, which the inquire prompts give in their
/// key help.
fn example(placeholder: &str) -> String {
    if placeholder.is_empty() {
        String::new()
    } else {
        format!(" (for example: {placeholder})")
    }
}

#[cfg(test)]
#[path = "typed_tests.rs"]
mod tests;
