//! Text full of what can take over a terminal, a question tree with it in
//! every place a screen shows, and the checks that none of it gets through:
//! not to the output of the command line, not to the line-by-line wizard's
//! terminal and not to a cell of the full-screen wizard.

use ratatui::buffer::Buffer;

/// In TOML escapes: a screen clear and a colour (CSI), an OSC 52 clipboard
/// write, an OSC 8 hyperlink, a bare carriage return that rewrites the
/// line, bidi overrides and isolates, zero-width characters, a C1 CSI and
/// a C1 next line.
pub const EVIL: &str = concat!(
    "\\u001b[2J\\u001b[31mred",
    "\\u001b]52;c;ZXZpbA==\\u0007",
    "\\u001b]8;;http://x.example/\\u001b\\\\link\\u001b]8;;\\u001b\\\\",
    "\\rSAFE",
    "\\u202eevil\\u202c\\u2066iso\\u2067\\u2068\\u2069\\u061c",
    "\\u200bzw\\u200c\\u200d\\u2060\\ufeff",
    "\\u009b31m\\u0085",
);

/// What `EVIL` looks like once defused, every character a terminal would
/// act on dropped: proof that the text was shown, not dropped.
pub const DEFUSED: &str =
    "[2J[31mred]52;c;ZXZpbA==]8;;http://x.example/\\link]8;;\\SAFEevilisozw31m";

/// Sequences from `EVIL` that must never reach a terminal, spelled out.
/// Each program that draws on a terminal writes CSI sequences and carriage
/// returns of its own, so these are the tree's.
pub const NEVER: [(&str, &str); 10] = [
    ("\x1b[2J", "a screen clear"),
    ("\x1b]52", "an OSC 52 clipboard write"),
    ("\x1b]8;", "an OSC 8 hyperlink"),
    ("\rSAFE", "the tree's bare carriage return"),
    ("\u{202e}", "a bidi override"),
    ("\u{2066}", "a bidi isolate"),
    ("\u{200b}", "a zero-width space"),
    ("\u{feff}", "a zero-width no-break space"),
    ("\u{9b}", "a C1 CSI"),
    ("\u{85}", "a C1 next line"),
];

/// The same as typed or pasted text.
pub const TYPED: &str = "Acme \u{1b}]52;c;ZXZpbA==\u{7} \u{1b}]8;;http://x.example/\u{1b}\\Co\u{1b}]8;;\u{1b}\\ \rSAFE\u{202E}evil\u{2066}\u{200B}\u{200D}\u{9b}31m";

/// A tree with `EVIL` in every text a screen shows: the title and intro,
/// sections, prompts, help, placeholders, units, option labels, help and
/// reasons, outcomes, verdicts, warnings and posting additions.
pub fn tree() -> String {
    format!(
        r#"
[meta]
title = "Tree {EVIL}"
intro = "Intro {EVIL}"
start = "company_name"

[decision]
balance = 0.3
min_evidence = 1

[[outcomes]]
id = "social"
label = "Social {EVIL}"
first_because = "First {EVIL}"

[[outcomes]]
id = "community"
label = "Community {EVIL}"
first_because = "First {EVIL}"

[[verdicts]]
id = "social"
label = "Verdict {EVIL}"
summary = "Summary {EVIL}"
roles = ["social"]
then = ["Then {EVIL}"]
when = {{ leader = "social" }}

[[verdicts]]
id = "community"
label = "Community {EVIL}"
summary = "Summary {EVIL}"
roles = ["community"]

[[questions]]
id = "company_name"
section = "Section {EVIL}"
kind = "text"
prompt = "Name {EVIL}"
help = "Name help {EVIL}"
placeholder = "Example {EVIL}"

[[questions]]
id = "goal"
section = "Goals {EVIL}"
kind = "single"
prompt = "Goal {EVIL}"
help = "Help {EVIL}"

[[questions.options]]
id = "reach"
label = "Reach {EVIL}"
help = "Option help {EVIL}"
weights = {{ social = 5 }}
reason = "Reason {EVIL}"

[questions.options.posting]
duties = ["Duty {EVIL}"]
kpis = ["KPI {EVIL}"]

[[questions.options]]
id = "keep"
label = "Keep {EVIL}"
help = "Option help {EVIL}"
weights = {{ community = 5 }}
reason = "Reason {EVIL}"

[[questions]]
id = "platforms"
section = "Channels {EVIL}"
kind = "multi"
prompt = "Platforms {EVIL}"
help = "Help {EVIL}"

[[questions.options]]
id = "x"
label = "X {EVIL}"
help = "Option help {EVIL}"
weights = {{ social = 1 }}
reason = "Reason {EVIL}"

[[questions.options]]
id = "forum"
label = "Forum {EVIL}"
weights = {{ community = 1 }}

[[questions]]
id = "team_size"
section = "Team {EVIL}"
kind = "number"
prompt = "Team {EVIL}"
help = "Help {EVIL}"
unit = "people {EVIL}"
min = 1

[[questions]]
id = "has_forum"
section = "Team {EVIL}"
kind = "confirm"
prompt = "Forum {EVIL}"
help = "Help {EVIL}"

[[warnings]]
id = "w"
when = {{ question = "goal", is = ["reach"] }}
message = "Warning {{company_name}} {EVIL}"
instead = "Instead {EVIL}"
"#
    )
}

/// What no cell may hold: control characters (ESC, CR, BEL, C1), bidi
/// embeddings, overrides, isolates and marks, and zero-width characters.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{061C}'
            | '\u{FEFF}'
            | '\u{00AD}'
        )
}

/// Fails, naming `what`, when `text` holds anything but line breaks that
/// [`is_unsafe`].
pub fn assert_clean(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|c| *c != '\n' && is_unsafe(*c)) {
        panic!("{what} contains {c:?}:\n{text}");
    }
}

pub fn assert_no_unsafe_cell(name: &str, buf: &Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let s = buf[(x, y)].symbol();
            if let Some(c) = s.chars().find(|c| is_unsafe(*c)) {
                panic!("{name}: cell ({x}, {y}) {s:?} holds {c:?}");
            }
        }
    }
}
