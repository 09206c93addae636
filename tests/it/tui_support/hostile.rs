//! A tree and typed text full of what can take over a terminal, and the
//! check that none of it reaches a screen cell.

use ratatui::buffer::Buffer;

/// In TOML escapes: a screen clear and a colour (CSI), an OSC 52 clipboard
/// write, an OSC 8 hyperlink, a bare carriage return that rewrites the
/// line, bidi overrides and isolates, zero-width characters and a C1 CSI.
pub const EVIL: &str = concat!(
    "\\u001b[2J\\u001b[31mred",
    "\\u001b]52;c;ZXZpbA==\\u0007",
    "\\u001b]8;;http://x.example/\\u001b\\\\link\\u001b]8;;\\u001b\\\\",
    "\\rSAFE",
    "\\u202eevil\\u202c\\u2066iso\\u2067\\u2068\\u2069\\u061c",
    "\\u200bzw\\u200c\\u200d\\u2060\\ufeff",
    "\\u009b31m\\u0085",
);

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
help = "Help {EVIL}"
placeholder = "Placeholder {EVIL}"

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
