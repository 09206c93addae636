//! The recommendation as plain text, for the answers-file mode and the
//! line-by-line wizard. Everything from data files and answers is cleaned.

use hirewise_core::decide::Recommendation;
use hirewise_core::text::clean_line;
use std::fmt::Write;

/// The recommendation as wrapped plain text, `width` columns wide; with
/// `all`, every reason and change rather than the strongest few, and
/// otherwise `more` after the count of those left out, saying how to see
/// them.
pub fn recommendation(rec: &Recommendation, width: usize, all: bool, more: &str) -> String {
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
    if !rec.form.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            wrap(&format!("Form of hire: {}", rec.form), "", "  ")
        );
    }
    let _ = writeln!(out, "\n{}", wrap(&rec.summary, "", ""));
    let needs = needs(rec);
    if needs.is_empty() {
        let shares: Vec<f64> = rec.scores.iter().map(|s| s.share).collect();
        let scores: Vec<String> = (rec.scores.iter())
            .zip(hirewise_core::decide::percents(&shares))
            .map(|(s, p)| format!("{} {p}%", clean_line(&s.label)))
            .collect();
        let _ = writeln!(out, "\nLeaning: {}", scores.join(" · "));
    } else {
        let _ = writeln!(out, "\nThe need for each role:");
        for n in needs {
            let _ = writeln!(out, "{}", wrap(&n, "  ", "    "));
        }
    }
    let work = workload(rec);
    if !work.is_empty() {
        let _ = writeln!(out, "\nThe work you described, roughly:");
        for w in work {
            let _ = writeln!(out, "{}", wrap(&w, "  ", "    "));
        }
    }
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
    let split = rec.reasons_split();
    for (title, reasons, most) in [
        ("Why", split.leading, 6),
        ("Pulling the other way", split.against, 3),
        ("Pointing to both", split.both, 3),
    ] {
        if reasons.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}:");
        let most = if all { reasons.len() } else { most };
        for r in reasons.iter().take(most) {
            let head = format!("You said \"{}\": {}", r.answer, r.text);
            let _ = writeln!(out, "{}", wrap(&head, "  • ", "    "));
        }
        if reasons.len() > most {
            let left = format!("{}{more}", more_answers(reasons.len() - most));
            let _ = writeln!(out, "{}", wrap(&left, "  ", "    "));
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
        let most = if all { rec.changes.len() } else { 8 };
        for c in rec.changes.iter().take(most) {
            let _ = writeln!(out, "{}", wrap(&change(rec, c), "  • ", "    "));
        }
        if rec.changes.len() > most {
            let left = format!("… and {} more{more}", rec.changes.len() - most);
            let _ = writeln!(out, "{}", wrap(&left, "  ", "    "));
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

/// Each role's need against the points from which it is real work, one
/// line per role; empty for a tree that weighs shares instead.
pub fn needs(rec: &Recommendation) -> Vec<String> {
    (rec.scores.iter())
        .filter_map(|s| {
            let need = s.need?;
            let verdict = if s.needed {
                "enough for real work"
            } else {
                "not enough for real work"
            };
            let points = s.points.max(0.0).round();
            Some(format!(
                "{}: {points} {}, {verdict} ({} are needed)",
                clean_line(&s.label),
                if points == 1.0 { "point" } else { "points" },
                need.round()
            ))
        })
        .collect()
}

/// The workload estimate, a line for each outcome with work, with its main
/// inputs; empty when the tree estimates none.
pub fn workload(rec: &Recommendation) -> Vec<String> {
    (rec.workload.outcomes.iter())
        .filter(|o| o.hours > 0.0)
        .map(|o| {
            let main: Vec<String> = (o.inputs.iter().take(3))
                .map(|i| {
                    format!(
                        "{} ({})",
                        clean_line(&i.what),
                        hirewise_core::workload::about(i.hours)
                    )
                })
                .collect();
            format!(
                "{}: about {} hours a week, mostly {}.",
                hirewise_core::text::upper_first(&clean_line(&o.work)),
                hirewise_core::workload::about(o.hours),
                hirewise_core::text::and_list(&main)
            )
        })
        .collect()
}

/// One answer whose change would give another verdict, with what it does
/// to each need.
pub fn change(rec: &Recommendation, c: &hirewise_core::decide::Change) -> String {
    let moved: Vec<String> = (rec.scores.iter().zip(&c.points))
        .filter(|(s, p)| (s.points - **p).abs() >= 0.5)
        .map(|(s, p)| {
            format!(
                "{} {} → {}",
                clean_line(&s.label),
                s.points.max(0.0).round(),
                p.max(0.0).round()
            )
        })
        .collect();
    let effect = if moved.is_empty() {
        String::new()
    } else {
        format!(" ({})", moved.join(", "))
    };
    format!(
        "\"{}\" answered {} → {}{effect}",
        c.prompt, c.to, c.verdict_label
    )
}

/// A note for the founder, wrapped under a "!".
pub fn note(text: &str, width: usize) -> String {
    textwrap::fill(&clean_line(text), options(width.clamp(40, 100), "! ", "  "))
}

/// Words in a posting worth replacing, as wrapped plain text; empty when
/// there are none.
pub fn wording(hits: &[hirewise_core::posting::Hit], width: usize) -> String {
    if hits.is_empty() {
        return String::new();
    }
    let width = width.clamp(40, 100);
    let mut out = String::from("\nWording to reconsider in the posting:\n");
    for h in hits {
        let line = format!(
            "\"{}\" (in {}): {}. {}",
            clean_line(&h.word),
            clean_line(&h.found_in),
            clean_line(&h.suggestion()),
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
        // Web addresses and dates stay whole.
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
}

/// "… and 3 more answers that weighed less", for the reasons not shown.
pub fn more_answers(n: usize) -> String {
    match n {
        1 => "… and 1 more answer that weighed less".to_string(),
        n => format!("… and {n} more answers that weighed less"),
    }
}
