//! A question tree with text in every place that could take over a
//! terminal, for the tests that check nothing gets through.

/// Every kind of text that can take over a terminal: a screen clear, an OSC
/// 52 clipboard write, an OSC 8 hyperlink, a carriage return that rewrites
/// the line, a bidi override, a zero-width space and a C1 CSI, written as
/// TOML escapes.
pub const EVIL: &str = "\\u001b[2J\\u001b]52;c;ZXZpbA==\\u0007\\u001b]8;;http://x\\u001b\\\\\\rSAFE\\u202eevil\\u200b\\u009b31m";

pub fn hostile_tree() -> String {
    format!(
        r#"
[meta]
title = "Tree {EVIL}"
[[outcomes]]
id = "social"
label = "Social {EVIL}"
first_because = "First {EVIL}"
[[outcomes]]
id = "community"
label = "Community {EVIL}"
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
roles = ["community"]

[[questions]]
id = "company_name"
kind = "text"
section = "Section {EVIL}"
prompt = "Name {EVIL}"
help = "Name help {EVIL}"
placeholder = "Example {EVIL}"
[[questions]]
id = "goal"
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
[[questions.options]]
id = "keep"
label = "Keep {EVIL}"
weights = {{ community = 5 }}
[[questions]]
id = "platforms"
kind = "multi"
prompt = "Platforms {EVIL}"
[[questions.options]]
id = "x"
label = "X {EVIL}"
[[warnings]]
id = "w"
when = {{ question = "goal", is = ["reach"] }}
message = "Warning {{company_name}} {EVIL}"
instead = "Instead {EVIL}"
"#
    )
}
