//! The line-by-line wizard's questions as plain data: what to show for the
//! session's current question, and what a prompt's raw reply means for the
//! session. No terminal here, so all of it is tested without one; `show`
//! only turns an `Ask` into an inquire prompt and keys into a `Reply`.

use hirewise_core::answers::{Answer, format_number};
use hirewise_core::session::Session;
use hirewise_core::text::clean_line;
use hirewise_core::tree::{Kind, OptionId, Question};
use unicode_width::UnicodeWidthStr;

/// The entry that goes back, at the bottom of choice lists: at the bottom
/// so that Enter on a fresh list never goes back by accident, and one Up
/// from the top reaches it because inquire's lists wrap around.
pub const BACK_LABEL: &str = "← Back";
/// What to type in a text or number prompt to go back.
pub const BACK_WORD: &str = ":back";
/// Typed in a text field: the roles side by side.
pub const COMPARE_WORD: &str = ":compare";

/// One question as the line-by-line wizard asks it, every text cleaned.
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    /// Progress and section, on the line above the prompt.
    pub heading: String,
    /// The question's help, wrapped above the prompt; may be empty.
    pub about: String,
    pub message: String,
    /// Which keys do what, shown by inquire under the prompt.
    pub keys: String,
    pub input: Input,
    /// Whether there is an earlier question to go back to.
    pub can_back: bool,
    /// Whether the question was answered before (the founder came back to
    /// it), so that the input starts from that answer.
    pub answered: bool,
    /// The roles side by side (`:compare`), one paragraph a line: an
    /// aspect, then what it is for each role.
    pub roles: Vec<String>,
}

/// One line of a choice list.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub help: String,
    /// The "← Back" entry rather than an option of the question.
    pub back: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Pick one entry: single and confirm questions. Confirm questions are
    /// lists too, so their options keep the tree's labels and help and the
    /// list can offer "← Back" like any other.
    One { entries: Vec<Entry>, cursor: usize },
    /// Tick any number of entries.
    Many {
        entries: Vec<Entry>,
        ticked: Vec<usize>,
    },
    Text {
        placeholder: String,
        initial: String,
    },
    Number {
        placeholder: String,
        initial: String,
    },
}

/// What a number prompt read: `:back`, nothing, or a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberEntry {
    Back,
    Blank,
    Value(f64),
}

/// A prompt's raw result, before it means anything.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Index into the entries of `Input::One`.
    Picked(usize),
    /// Indices into the entries of `Input::Many`.
    Ticked(Vec<usize>),
    Typed(String),
    Number(NumberEntry),
    /// Esc (or Ctrl-D): inquire's cancel.
    Escaped,
    /// Ctrl-C.
    Interrupted,
}

/// What the session should do with a reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Answer(Answer),
    Back,
    Quit,
    /// `:compare` typed: show the roles side by side, then ask again.
    Compare,
}

/// The session's current question as an `Ask`; `None` when it is done.
#[cfg(test)]
pub fn ask(session: &Session<'_>) -> Option<Ask> {
    ask_showing(session, session.current_answer())
}

/// The same, showing `previous` as the answer to start from (an earlier
/// answer, or a value the core works out, such as a suggested job title).
pub fn ask_showing(session: &Session<'_>, previous: Option<&Answer>) -> Option<Ask> {
    let q = session.current()?;
    let can_back = !session.path().is_empty();
    let progress = session.progress();
    let section = clean_line(&q.section);
    let heading = if section.is_empty() {
        format!("{}/{}", progress.number, progress.total)
    } else {
        format!("{}/{} · {section}", progress.number, progress.total)
    };
    let back_keys = if can_back { ", Esc to go back" } else { "" };
    let typed_back = if can_back {
        format!(", {BACK_WORD} or Esc to go back")
    } else {
        String::new()
    };
    let skip = if q.required {
        ""
    } else {
        ", or leave it empty"
    };
    let (keys, input) = match q.kind {
        Kind::Single | Kind::Confirm => {
            let cursor = previous
                .and_then(|a| a.picked().first().and_then(|id| q.option_id(id)))
                .map(OptionId::index)
                .unwrap_or(0);
            (
                format!("↑↓ to move, Enter to choose, type to filter{back_keys}"),
                Input::One {
                    entries: entries(q, can_back),
                    cursor,
                },
            )
        }
        Kind::Multi => {
            let ticked = previous
                .map(|a| {
                    a.picked()
                        .iter()
                        .filter_map(|id| q.option_id(id))
                        .map(OptionId::index)
                        .collect()
                })
                .unwrap_or_default();
            let pick = if q.required {
                "pick one or more"
            } else {
                "pick any"
            };
            (
                format!("{pick}: Space to tick, → all, ← none, Enter when done{back_keys}"),
                // No "← Back" entry here: in a tick list it would be ticked
                // like an option. Esc (or `:back` in plain lines) goes back.
                Input::Many {
                    entries: entries(q, false),
                    ticked,
                },
            )
        }
        Kind::Text => {
            let initial = match previous {
                Some(Answer::Text(t)) => clean_line(t),
                _ => String::new(),
            };
            (
                format!("Enter to confirm{skip}{typed_back}"),
                Input::Text {
                    placeholder: clean_line(&q.placeholder),
                    initial,
                },
            )
        }
        Kind::Number => {
            let initial = match previous {
                Some(Answer::Number(n)) => format_number(*n),
                _ => String::new(),
            };
            (
                format!("{}Enter to confirm{skip}{typed_back}", range(q)),
                Input::Number {
                    placeholder: clean_line(&q.placeholder),
                    initial,
                },
            )
        }
    };
    Some(Ask {
        heading,
        about: clean_line(&q.help),
        message: clean_line(&q.prompt),
        keys,
        input,
        can_back,
        answered: previous.is_some(),
        roles: roles(session.tree()),
    })
}

/// The tree's `compare` as paragraphs to print.
pub fn roles(tree: &hirewise_core::tree::Tree) -> Vec<String> {
    let mut out = Vec::new();
    for row in &tree.compare {
        out.push(format!("{}:", clean_line(&row.aspect)));
        for (o, text) in &row.says {
            let label = tree.outcome(*o).map_or("", |x| x.label.as_str());
            out.push(format!("  {}: {}", clean_line(label), clean_line(text)));
        }
    }
    out
}

fn entries(q: &Question, can_back: bool) -> Vec<Entry> {
    let mut out: Vec<Entry> = q
        .options
        .iter()
        .map(|o| Entry {
            label: clean_line(&o.label),
            help: clean_line(&o.help),
            back: false,
        })
        .collect();
    if can_back {
        out.push(Entry {
            label: BACK_LABEL.into(),
            help: String::new(),
            back: true,
        });
    }
    out
}

/// "from 1 to 10 people; " for a number question with limits.
pub fn range(q: &Question) -> String {
    let unit = if q.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", clean_line(&q.unit))
    };
    match (q.min, q.max) {
        (Some(lo), Some(hi)) => format!(
            "from {} to {}{unit}; ",
            format_number(lo),
            format_number(hi)
        ),
        (Some(lo), None) => format!("at least {}{unit}; ", format_number(lo)),
        (None, Some(hi)) => format!("at most {}{unit}; ", format_number(hi)),
        (None, None) if !unit.is_empty() => format!("in{unit}; "),
        (None, None) => String::new(),
    }
}

/// What a reply means. Entries past the question's options can only be
/// "← Back", which `entries` puts last.
pub fn step(q: &Question, reply: Reply) -> Step {
    match reply {
        Reply::Escaped => Step::Back,
        Reply::Interrupted => Step::Quit,
        Reply::Picked(i) => match q.options.get(i) {
            Some(o) if q.kind == Kind::Confirm => Step::Answer(Answer::Bool(o.id == "yes")),
            Some(o) => Step::Answer(Answer::Choice(o.id.clone())),
            None => Step::Back,
        },
        Reply::Ticked(ticked) => {
            let picked: Vec<String> = ticked
                .iter()
                .filter_map(|&i| q.options.get(i).map(|o| o.id.clone()))
                .collect();
            // inquire's → ticks every entry, "← Back" too: that means all
            // the options, not going back.
            let back = picked.len() < ticked.len();
            if back && picked.len() < q.options.len() {
                Step::Back
            } else {
                Step::Answer(Answer::Choices(picked))
            }
        }
        Reply::Typed(t) if is_back(&t) => Step::Back,
        Reply::Typed(t) if t.trim().eq_ignore_ascii_case(COMPARE_WORD) => Step::Compare,
        Reply::Typed(t) => Step::Answer(Answer::Text(t)),
        Reply::Number(NumberEntry::Back) => Step::Back,
        Reply::Number(NumberEntry::Blank) => Step::Answer(Answer::Skipped),
        Reply::Number(NumberEntry::Value(n)) => Step::Answer(Answer::Number(n)),
    }
}

/// Why the session would refuse this reply, for showing it while the
/// prompt is still open. The session's own check is the one used, so the
/// prompt and the session cannot disagree.
pub fn problem(q: &Question, reply: Reply) -> Option<String> {
    match step(q, reply) {
        Step::Answer(a) => a.validate(q).err().map(|e| e.problem),
        Step::Back | Step::Quit | Step::Compare => None,
    }
}

/// Whether typed text asks to go back. A pre-filled answer stays in the
/// box, so `:back` counts at the end of it too, not only alone.
pub fn is_back(typed: &str) -> bool {
    typed.trim_end().ends_with(BACK_WORD)
}

/// Read a number as typed: `:back`, blank, or a number that may have
/// spaces, underscores or thousands commas ("45,000") in it.
pub fn parse_number(s: &str) -> Result<NumberEntry, ()> {
    let s = s.trim();
    if is_back(s) {
        return Ok(NumberEntry::Back);
    }
    if s.is_empty() {
        return Ok(NumberEntry::Blank);
    }
    hirewise_core::answers::parse_number(s)
        .map(NumberEntry::Value)
        .ok_or(())
}

// inquire's number prompt (`CustomType`) parses and shows its value
// through these two traits.
impl std::str::FromStr for NumberEntry {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        parse_number(s)
    }
}

impl std::fmt::Display for NumberEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NumberEntry::Back => f.write_str(BACK_LABEL),
            NumberEntry::Blank => Ok(()),
            NumberEntry::Value(v) => f.write_str(&format_number(*v)),
        }
    }
}

/// An entry as one line of a list. Help is set apart with `dim` and
/// `undim`, which are escape codes when colours are on and empty otherwise.
pub fn entry_line(e: &Entry, dim: &str, undim: &str) -> String {
    if e.help.is_empty() {
        e.label.clone()
    } else {
        format!("{} {dim}— {}{undim}", e.label, e.help)
    }
}

/// How many entries a list shows at once so that the lines printed
/// `above` it (heading and help), the prompt, its entries (each possibly
/// wrapped over several lines) and its key help fit on screen: inquire
/// counts entries, not lines, and a list taller than the screen pushes the
/// question's heading out of sight.
pub fn page_size(lines: &[String], prefix: usize, above: usize, cols: u16, rows: u16) -> usize {
    // The prompt, the key help (which may wrap once), an error line.
    const AROUND: usize = 4;
    let cols = usize::from(cols.max(20));
    let room = usize::from(rows).saturating_sub(AROUND + above).max(3);
    // An entry may already be broken into rows (`fit::entry`); the first
    // row follows the cursor's `prefix`, the others carry their own indent.
    let rows_of = |l: &String| -> usize {
        l.split('\n')
            .enumerate()
            .map(|(i, row)| {
                let before = if i == 0 { prefix } else { 0 };
                (before + row.width()).div_ceil(cols).max(1)
            })
            .sum()
    };
    let mut heights: Vec<usize> = lines.iter().map(rows_of).collect();
    heights.sort_unstable_by(|a, b| b.cmp(a));
    let mut used = 0;
    let mut fit = 0;
    for h in heights {
        if used + h > room {
            break;
        }
        used += h;
        fit += 1;
    }
    fit.max(3).min(lines.len().max(1))
}

/// How many lines are printed above a prompt's list: its heading and help,
/// and the prompt's lines past its first, each wrapped as `fit` wraps them.
pub fn lines_above(ask: &Ask, cols: u16) -> usize {
    let width = wrap_width(cols);
    let rows = |text: &str, used: usize| {
        if text.is_empty() {
            0
        } else {
            super::fit::lines(text, width, used, used)
                .split('\n')
                .count()
        }
    };
    rows(&ask.heading, 0) + rows(&ask.about, 0) + rows(&ask.message, 2).saturating_sub(1)
}

/// The width printed text is wrapped to: the screen, but no wider than
/// comfortable reading.
pub fn wrap_width(cols: u16) -> usize {
    usize::from(cols).clamp(20, 100)
}

#[cfg(test)]
#[path = "ask_tests.rs"]
mod tests;
