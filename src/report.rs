//! The recommendation as plain text, for the answers-file mode and the
//! line-by-line wizard. Everything from data files and answers is cleaned.

use hirewise_core::decide::Recommendation;
use hirewise_core::outline::{Mark, Note, Outline, Section};
use hirewise_core::posting::Hit;
use hirewise_core::text::clean_line;
use std::fmt::Write;

/// The recommendation as wrapped plain text, `width` columns wide, with
/// the words to reconsider in its postings; with `all`, every reason,
/// change and word rather than the strongest few, and otherwise `more`
/// after the count of those left out, saying how to see them.
pub fn recommendation(
    rec: &Recommendation,
    wording: &[Hit],
    width: usize,
    all: bool,
    more: &str,
) -> String {
    let o = Outline::new(rec, wording, all, more);
    let width = width.clamp(40, 100);
    let mut out = format!(
        "Recommendation: {} (confidence: {})\n",
        o.label, o.confidence
    );
    if let Some(form) = &o.form {
        let _ = writeln!(out, "{}", fill(form, width, "", "  "));
    }
    let _ = writeln!(out, "\n{}", fill(&o.summary, width, "", ""));
    if !o.shares.is_empty() {
        let shares: Vec<String> = (o.shares.iter())
            .map(|s| format!("{} {}%", s.label, s.percent))
            .collect();
        let _ = writeln!(out, "\nLeaning: {}", shares.join(" · "));
    }
    for s in &o.sections {
        out.push_str(&section(s, width));
    }
    out
}

/// One section of the outline: a blank line, its heading and its lines.
pub fn section(s: &Section, width: usize) -> String {
    let width = width.clamp(40, 100);
    let mut out = format!("\n{}:\n", s.title);
    for item in &s.items {
        let (first, rest) = match item.mark {
            Mark::Bullet => ("  • ", "    "),
            Mark::Warn => ("  ! ", "    "),
            Mark::Plain => ("", ""),
        };
        let _ = writeln!(out, "{}", fill(&item.text, width, first, rest));
        let note = match &item.note {
            Some(Note::Instead(t)) => format!("Instead: {t}"),
            Some(Note::Why(t)) => t.clone(),
            None => continue,
        };
        let _ = writeln!(out, "{}", fill(&note, width, "    ", "    "));
    }
    if let Some(left) = &s.left {
        let _ = writeln!(out, "{}", fill(left, width, "  ", "    "));
    }
    out
}

/// A note for the founder, wrapped under a "!".
pub fn note(text: &str, width: usize) -> String {
    fill(text, width.clamp(40, 100), "! ", "  ")
}

/// Words in a posting worth replacing, as wrapped plain text; empty when
/// there are none.
pub fn wording(hits: &[Hit], width: usize) -> String {
    if hits.is_empty() {
        return String::new();
    }
    section(&Section::wording(hits, true, ""), width)
}

/// `text` cleaned and wrapped, with `first` before its first line and
/// `rest` before the others.
fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    textwrap::fill(&clean_line(text), options(width, first, rest))
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
