//! What changed between two runs of the same questions: the answers, then
//! what that did to the verdict, each role's need and the work estimate,
//! and a diff of the posting. `--compare OLD.toml` prints it, and the
//! full-screen wizard shows it when a finished session is resumed and
//! changed.

use crate::answers::{Answer, Answers};
use crate::decide::Recommendation;
use crate::text::clean_line;
use crate::tree::Tree;
use similar::{ChangeTag, TextDiff};

/// One answer that differs: the question, and the answer before and after
/// as the founder would read them (`None` where there was none).
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerChange {
    pub(crate) question: String,
    pub(crate) prompt: String,
    pub(crate) before: Option<String>,
    pub(crate) after: Option<String>,
}

/// A figure before and after, under its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub(crate) label: String,
    pub(crate) before: f64,
    pub(crate) after: f64,
    /// For a need: the points from which it is real work.
    pub threshold: Option<f64>,
}

/// A line of the posting's diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffLine {
    /// A line both postings have.
    Same(String),
    /// A line only the earlier posting has.
    Removed(String),
    /// A line only the later posting has.
    Added(String),
    /// Lines left out between two changes.
    Gap,
}

/// What changed between two runs: the answers, the advice, the work
/// estimate and the posting.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub(crate) answers: Vec<AnswerChange>,
    /// The verdict's label before and after.
    pub verdict: (String, String),
    /// The form of the hire before and after ("one person, part-time").
    pub form: (String, String),
    pub(crate) needs: Vec<Moved>,
    /// Hours a week of each kind of work.
    pub hours: Vec<Moved>,
    /// The posting's lines, changed ones with a line either side; empty
    /// when the posting is the same.
    pub posting: Vec<DiffLine>,
}

impl Comparison {
    /// Whether anything at all differs.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.posting.is_empty()
    }
}

/// One run of the questions: its answers, its advice and its posting as
/// rendered.
#[derive(Debug, Clone, Copy)]
pub struct Run<'a> {
    /// The answers on its path.
    pub answers: &'a Answers,
    /// The advice they gave.
    pub recommendation: &'a Recommendation,
    /// The posting as rendered, compared line by line.
    pub posting: &'a str,
}

/// Compare two runs of the same tree.
pub fn compare(tree: &Tree, before: Run<'_>, after: Run<'_>) -> Comparison {
    let shown = |a: Option<&Answer>, q: &crate::tree::Question| -> Option<String> {
        match a? {
            Answer::Skipped => None,
            a => Some(a.display(q)),
        }
    };
    let answers = (tree.questions.iter())
        .filter_map(|q| {
            let (b, a) = (before.answers.get(&q.id), after.answers.get(&q.id));
            let (b, a) = (shown(b, q), shown(a, q));
            (b != a).then(|| AnswerChange {
                question: q.id.clone(),
                prompt: q.prompt.clone(),
                before: b,
                after: a,
            })
        })
        .collect();
    let (rb, ra) = (&before.recommendation, &after.recommendation);
    let needs = (rb.scores.iter().zip(&ra.scores))
        .filter(|(b, _)| b.need.is_some())
        .map(|(b, a)| Moved {
            label: b.label.clone(),
            before: b.points.max(0.0).round(),
            after: a.points.max(0.0).round(),
            threshold: a.need.map(f64::round),
        })
        .collect();
    let hours = (rb.workload.outcomes.iter().zip(&ra.workload.outcomes))
        .filter(|(b, a)| b.hours > 0.0 || a.hours > 0.0)
        .map(|(b, a)| Moved {
            label: b.work.clone(),
            before: b.hours,
            after: a.hours,
            threshold: None,
        })
        .collect();
    Comparison {
        answers,
        verdict: (rb.label.clone(), ra.label.clone()),
        form: (rb.form.clone(), ra.form.clone()),
        needs,
        hours,
        posting: diff(before.posting, after.posting),
    }
}

/// The changed lines of a text, each with a line of context either side.
fn diff(before: &str, after: &str) -> Vec<DiffLine> {
    let d = TextDiff::from_lines(before, after);
    let mut out = Vec::new();
    for (i, group) in d.grouped_ops(1).iter().enumerate() {
        if i > 0 {
            out.push(DiffLine::Gap);
        }
        for op in group {
            for change in d.iter_changes(op) {
                let line = change.value().trim_end_matches('\n').to_string();
                out.push(match change.tag() {
                    ChangeTag::Equal => DiffLine::Same(line),
                    ChangeTag::Delete => DiffLine::Removed(line),
                    ChangeTag::Insert => DiffLine::Added(line),
                });
            }
        }
    }
    out
}

/// "about 15" hours; a figure that did not move reads once.
fn moved_hours(m: &Moved) -> String {
    let (b, a) = (
        crate::workload::about(m.before),
        crate::workload::about(m.after),
    );
    if b == a {
        format!("about {a} hours a week, as before")
    } else {
        format!("about {b} → {a} hours a week")
    }
}

fn points(n: f64) -> String {
    if n == 1.0 {
        "1 point".to_string()
    } else {
        format!("{n} points")
    }
}

/// The comparison as text for the terminal, `width` columns wide, under a
/// heading that names what it compares with (`since`).
pub fn report(c: &Comparison, since: &str, width: usize) -> Vec<String> {
    let wrap = |s: &str, first: &str, rest: &str| -> Vec<String> {
        let o = textwrap::Options::new(width.max(20))
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false);
        textwrap::wrap(s, o)
            .into_iter()
            .map(std::borrow::Cow::into_owned)
            .collect()
    };
    let mut out = vec![format!("What changed since {}", clean_line(since))];
    if c.is_empty() {
        out.push(String::new());
        out.push("Nothing: the answers and the posting are the same.".into());
        return out;
    }
    out.push(String::new());
    match c.answers.len() {
        0 => out.push("No answer changed.".into()),
        1 => out.push("1 answer changed:".into()),
        n => out.push(format!("{n} answers changed:")),
    }
    let none = "(no answer)".to_string();
    for a in &c.answers {
        out.extend(wrap(&clean_line(&a.prompt), "  • ", "    "));
        let was = a.before.as_ref().unwrap_or(&none);
        let now = a.after.as_ref().unwrap_or(&none);
        out.extend(wrap(&clean_line(was), "      was: ", "           "));
        out.extend(wrap(&clean_line(now), "      now: ", "           "));
    }
    out.push(String::new());
    out.push("The advice:".into());
    let (vb, va) = (&c.verdict.0, &c.verdict.1);
    let verdict = if vb == va {
        format!("Verdict: {}, as before.", clean_line(va))
    } else {
        format!("Verdict: {} → {}.", clean_line(vb), clean_line(va))
    };
    out.extend(wrap(&verdict, "  • ", "    "));
    let (fb, fa) = (&c.form.0, &c.form.1);
    if fb != fa && !(fb.is_empty() && fa.is_empty()) {
        let shown = |s: &String| {
            if s.is_empty() {
                "none".to_string()
            } else {
                clean_line(s)
            }
        };
        out.extend(wrap(
            &format!("Form of the hire: {} → {}.", shown(fb), shown(fa)),
            "  • ",
            "    ",
        ));
    }
    for n in &c.needs {
        let need = n.threshold.map_or_else(String::new, |t| {
            let (was, is) = (n.before >= t, n.after >= t);
            let state = match (was, is) {
                (false, true) => "now enough for real work",
                (true, false) => "no longer enough for real work",
                (true, true) => "enough for real work",
                (false, false) => "not enough for real work",
            };
            format!(" ({state}; {t} are needed)")
        });
        let line = if n.before == n.after {
            format!(
                "Need for a {}: {}, as before{need}.",
                clean_line(&n.label).to_lowercase(),
                points(n.after)
            )
        } else {
            format!(
                "Need for a {}: {} → {}{need}.",
                clean_line(&n.label).to_lowercase(),
                points(n.before),
                points(n.after)
            )
        };
        out.extend(wrap(&line, "  • ", "    "));
    }
    for h in &c.hours {
        let line = format!(
            "{}: {}.",
            crate::text::upper_first(&clean_line(&h.label)),
            moved_hours(h)
        );
        out.extend(wrap(&line, "  • ", "    "));
    }
    out.push(String::new());
    if c.posting.is_empty() {
        out.push("The posting is the same.".into());
        return out;
    }
    out.push("The posting (- before, + after):".into());
    for line in &c.posting {
        let (mark, text) = match line {
            DiffLine::Same(t) => (' ', t),
            DiffLine::Removed(t) => ('-', t),
            DiffLine::Added(t) => ('+', t),
            DiffLine::Gap => {
                out.push("  …".into());
                continue;
            }
        };
        let first = format!("  {mark} ");
        if text.trim().is_empty() {
            out.push(first.trim_end().to_string());
        } else {
            out.extend(wrap(&clean_line(text), &first, "    "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_keeps_a_line_either_side_and_marks_gaps() {
        let before = "a\nb\nc\nd\ne\nf\ng\n";
        let after = "a\nB\nc\nd\ne\nf\nG\n";
        let d = diff(before, after);
        assert_eq!(
            d,
            [
                DiffLine::Same("a".into()),
                DiffLine::Removed("b".into()),
                DiffLine::Added("B".into()),
                DiffLine::Same("c".into()),
                DiffLine::Gap,
                DiffLine::Same("f".into()),
                DiffLine::Removed("g".into()),
                DiffLine::Added("G".into()),
            ]
        );
        assert!(diff(before, before).is_empty());
    }
}
