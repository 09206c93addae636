//! Generated question trees of any size, for large-input tests and benchmarks.

// Each test file uses a part of this.
#![allow(dead_code)]

/// A tree of `n` questions in a chain: single questions with three weighted
/// options, every tenth one branching past the next, every seventh skipped
/// on a condition, and a few warnings.
pub fn generated_tree(n: usize) -> String {
    let mut s = String::from(
        "[[outcomes]]\nid = \"social\"\n[[outcomes]]\nid = \"community\"\n\n[[verdicts]]\nid = \"both\"\nlabel = \"Both\"\nwhen = { balanced = true }\n[[verdicts]]\nid = \"social\"\nlabel = \"Social\"\nwhen = { leader = \"social\" }\n[[verdicts]]\nid = \"community\"\nlabel = \"Community\"\n\n",
    );
    for i in 0..n {
        s.push_str(&format!(
            "[[questions]]\nid = \"q{i}\"\nkind = \"single\"\nsection = \"S{}\"\nprompt = \"Question {i}?\"\nhelp = \"Help for question {i}.\"\n",
            i / 20
        ));
        if i % 7 == 3 && i > 0 {
            s.push_str(&format!(
                "skip_if = {{ question = \"q{}\", is = [\"b\"] }}\n",
                i - 1
            ));
        }
        for (o, w) in [
            ("a", "{ social = 2 }"),
            ("b", "{ community = 2 }"),
            ("c", "{ social = 1, community = 1 }"),
        ] {
            s.push_str(&format!("[[questions.options]]\nid = \"{o}\"\nlabel = \"Option {o}\"\nweights = {w}\nreason = \"Because {o}.\"\n"));
            if o == "c" && i % 10 == 5 && i + 2 < n {
                s.push_str(&format!("next = \"q{}\"\n", i + 2));
            }
        }
        s.push('\n');
    }
    for i in (0..n).step_by((n / 10).max(1)) {
        s.push_str(&format!(
            "[[warnings]]\nid = \"w{i}\"\nwhen = {{ question = \"q{i}\", is = [\"a\"] }}\nmessage = \"Warning {i}.\"\n\n"
        ));
    }
    s
}

/// A tree of two questions with `n` options each: a single question, and a
/// multi question whose last option ("none") cannot be picked with others.
pub fn generated_options_tree(n: usize) -> String {
    let mut s = String::from(
        "[[outcomes]]\nid = \"social\"\n[[outcomes]]\nid = \"community\"\n\n[[verdicts]]\nid = \"both\"\nlabel = \"Both\"\nwhen = { balanced = true }\n[[verdicts]]\nid = \"social\"\nlabel = \"Social\"\nwhen = { leader = \"social\" }\n[[verdicts]]\nid = \"community\"\nlabel = \"Community\"\n\n",
    );
    for (q, kind) in [("pick", "single"), ("many", "multi")] {
        s.push_str(&format!(
            "[[questions]]\nid = \"{q}\"\nkind = \"{kind}\"\nprompt = \"Which ones?\"\n"
        ));
        for i in 0..n {
            let w = if i % 2 == 0 { "social" } else { "community" };
            s.push_str(&format!(
                "[[questions.options]]\nid = \"o{i}\"\nlabel = \"Option {i}\"\nweights = {{ {w} = 1 }}\nreason = \"Because {i}.\"\n"
            ));
        }
        if kind == "multi" {
            s.push_str("[[questions.options]]\nid = \"none\"\nlabel = \"None of these\"\nexclusive = true\n");
        }
        s.push('\n');
    }
    s.push_str(
        "[[warnings]]\nid = \"w\"\nwhen = { question = \"many\", is = [\"o1\"] }\nmessage = \"Warning.\"\n",
    );
    s
}

/// Answers for `generated_options_tree(n)`: the middle option, and every
/// `step`th option of the multi question, listed from the last to the first.
pub fn generated_options_answers(n: usize, step: usize) -> String {
    let picks: Vec<String> = (0..n)
        .rev()
        .step_by(step)
        .map(|i| format!("\"o{i}\""))
        .collect();
    format!("pick = \"o{}\"\nmany = [{}]\n", n / 2, picks.join(", "))
}
