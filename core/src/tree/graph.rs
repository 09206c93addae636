//! The question tree as a diagram: Mermaid for Markdown viewers, Graphviz
//! DOT for everything else. Edges are labelled with the options that branch.

use super::{Next, QuestionId, Tree, flow::Flow};

fn node(n: Next) -> String {
    match n {
        Next::Question(i) => format!("q{}", i.index()),
        Next::End => "end_".into(),
    }
}

/// Edges as (from, to, label): option branches are labelled with the option.
fn edges(tree: &Tree) -> Vec<(QuestionId, Next, String)> {
    let mut out = Vec::new();
    for (i, q) in tree.each_question() {
        for s in Flow::successors(tree, i) {
            let by: Vec<&str> = q
                .options
                .iter()
                .filter(|o| o.next == Some(s))
                .map(|o| o.label.as_str())
                .collect();
            let mut label = by.join(" / ");
            if s == q.next && q.skip_if.is_some() && !label.is_empty() {
                label.push_str(" / skipped");
            } else if s == q.next && !by.is_empty() {
                label.clear();
            }
            out.push((i, s, label));
        }
    }
    out
}

fn quote(s: &str) -> String {
    crate::text::clean_line(s).replace('"', "'")
}

/// The tree as a Mermaid flowchart; questions with a skip condition are
/// hexagons.
pub fn mermaid(tree: &Tree) -> String {
    let mut out = String::from("flowchart TD\n");
    out.push_str(&format!("  start_((start)) --> {}\n", node(tree.start)));
    for (i, q) in tree.questions.iter().enumerate() {
        let shape = if q.skip_if.is_some() {
            ("{{", "}}")
        } else {
            ("[", "]")
        };
        out.push_str(&format!(
            "  q{i}{}\"{}: {}\"{}\n",
            shape.0,
            quote(&q.id),
            quote(&q.prompt),
            shape.1
        ));
    }
    out.push_str("  end_((end))\n");
    for (from, to, label) in edges(tree) {
        let from = from.index();
        if label.is_empty() {
            out.push_str(&format!("  q{from} --> {}\n", node(to)));
        } else {
            out.push_str(&format!(
                "  q{from} -->|\"{}\"| {}\n",
                quote(&label),
                node(to)
            ));
        }
    }
    out
}

/// The tree as a Graphviz DOT graph; questions with a skip condition are
/// dashed.
pub fn dot(tree: &Tree) -> String {
    let mut out = String::from(
        "digraph questions {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n",
    );
    out.push_str(
        "  start_ [shape=circle, label=\"start\"];\n  end_ [shape=doublecircle, label=\"end\"];\n",
    );
    out.push_str(&format!("  start_ -> {};\n", node(tree.start)));
    for (i, q) in tree.questions.iter().enumerate() {
        let style = if q.skip_if.is_some() {
            ", style=dashed"
        } else {
            ""
        };
        out.push_str(&format!(
            "  q{i} [label=\"{}\\n{}\"{style}];\n",
            quote(&q.id),
            quote(&q.prompt)
        ));
    }
    for (from, to, label) in edges(tree) {
        let from = from.index();
        if label.is_empty() {
            out.push_str(&format!("  q{from} -> {};\n", node(to)));
        } else {
            out.push_str(&format!(
                "  q{from} -> {} [label=\"{}\"];\n",
                node(to),
                quote(&label)
            ));
        }
    }
    out.push_str("}\n");
    out
}
