//! The recommendation as plain text, for the answers-file mode and the
//! line-by-line wizard. Everything from data files and answers is cleaned.

use crate::decide::Recommendation;
use crate::text::clean_line;
use std::fmt::Write;

/// The recommendation as wrapped plain text, `width` columns wide.
pub fn recommendation(rec: &Recommendation, width: usize) -> String {
    let width = width.clamp(40, 100);
    let wrap = |s: &str, first: &str, rest: &str| -> String {
        textwrap::fill(&clean_line(s), options(width, first, rest))
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Recommendation: {} (confidence: {})",
        clean_line(&rec.label),
        rec.confidence_label,
    );
    let _ = writeln!(out, "\n{}", wrap(&rec.summary, "", ""));
    let scores: Vec<String> = rec
        .scores
        .iter()
        .map(|s| format!("{} {:.0}%", clean_line(&s.label), s.share * 100.0))
        .collect();
    let _ = writeln!(out, "\nLeaning: {}", scores.join(" · "));
    if let Some(label) = rec.hire_first_label() {
        let _ = writeln!(
            out,
            "\n{}",
            wrap(
                &format!("Hire first: {}. {}", label, rec.hire_first_because),
                "",
                "  "
            )
        );
    }
    let (leading, against) = rec.reasons_split();
    for (title, reasons, most) in [("Why", leading, 6), ("Pulling the other way", against, 3)] {
        if reasons.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}:");
        for r in reasons.iter().take(most) {
            let head = format!("You said \"{}\": {}", r.answer, r.text);
            let _ = writeln!(out, "{}", wrap(&head, "  • ", "    "));
        }
    }
    if !rec.warnings.is_empty() {
        let _ = writeln!(out, "\nWatch out:");
        for w in &rec.warnings {
            let _ = writeln!(out, "{}", wrap(&w.message, "  ! ", "    "));
            if !w.instead.is_empty() {
                let _ = writeln!(
                    out,
                    "{}",
                    wrap(&format!("Instead: {}", w.instead), "    ", "    ")
                );
            }
        }
    }
    if !rec.changes.is_empty() {
        let _ = writeln!(out, "\nWhat would change this:");
        for c in rec.changes.iter().take(8) {
            let line = format!("\"{}\" answered {} → {}", c.prompt, c.to, c.verdict_label);
            let _ = writeln!(out, "{}", wrap(&line, "  • ", "    "));
        }
        if rec.changes.len() > 8 {
            let _ = writeln!(out, "  … and {} more", rec.changes.len() - 8);
        }
    }
    if !rec.then.is_empty() {
        let _ = writeln!(out, "\nNext steps:");
        for t in &rec.then {
            let _ = writeln!(out, "{}", wrap(t, "  • ", "    "));
        }
    }
    out
}

/// A note for the founder, wrapped under a "!".
pub fn note(text: &str, width: usize) -> String {
    textwrap::fill(&clean_line(text), options(width.clamp(40, 100), "! ", "  "))
}

/// Words in a posting worth replacing, as wrapped plain text; empty when
/// there are none.
pub fn wording(hits: &[crate::posting::Hit], width: usize) -> String {
    if hits.is_empty() {
        return String::new();
    }
    let width = width.clamp(40, 100);
    let mut out = String::from("\nWording to reconsider in the posting:\n");
    for h in hits {
        let line = format!(
            "\"{}\" (in {}): write \"{}\" instead. {}",
            clean_line(&h.word),
            clean_line(&h.found_in),
            clean_line(&h.instead),
            clean_line(&h.why)
        );
        let opts = options(width, "  ! ", "    ");
        let _ = writeln!(out, "{}", textwrap::fill(&line, opts));
    }
    out
}

/// Lines filled greedily, as people wrap by hand: the balanced (optimal
/// fit) layout costs far more and reads no better in a terminal. Breaks
/// fall at spaces, which is where the advice's sentences break; finding
/// every Unicode break opportunity costs more than the rest of the report.
fn options<'a>(width: usize, first: &'a str, rest: &'a str) -> textwrap::Options<'a> {
    textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
}
