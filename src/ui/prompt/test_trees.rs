//! Small question trees for the prompt tests.

use hirewise_core::diag::Source;
use hirewise_core::tree::Tree;

/// A tree of `questions` (TOML), with the outcome and verdict that every
/// tree needs.
pub fn tree_of(questions: &str) -> Tree {
    let text =
        format!("[[outcomes]]\nid = \"s\"\n[[verdicts]]\nid = \"v\"\nlabel = \"V\"\n\n{questions}");
    Tree::parse(&Source::new("t.toml", text)).expect("test tree is valid")
}

/// A single question with help and an escape sequence in its data, a
/// multi of two, an optional text, a number with limits, a confirm.
pub fn five() -> Tree {
    tree_of(FIVE)
}

const FIVE: &str = r#"
[[questions]]
id = "a"
kind = "single"
section = "First"
prompt = "A?"
help = "Pick \u001b[31mone\u001b[0m."
[[questions.options]]
id = "x"
label = "X"
help = "the x"
[[questions.options]]
id = "y"
label = "Y"

[[questions]]
id = "b"
kind = "multi"
section = "Second"
prompt = "B?"
[[questions.options]]
id = "m1"
label = "M1"
[[questions.options]]
id = "m2"
label = "M2"

[[questions]]
id = "c"
kind = "text"
prompt = "C?"
placeholder = "Acme"
required = false

[[questions]]
id = "d"
kind = "number"
prompt = "D?"
min = 1
max = 10
unit = "people"

[[questions]]
id = "e"
kind = "confirm"
prompt = "E?"
"#;
