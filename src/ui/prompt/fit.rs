//! Text for inquire's prompts, broken into lines at spaces before inquire
//! sees it. inquire (and the terminal) cut a line that is too long at the
//! screen's edge, mid-word; a line break inside a list entry is drawn as
//! one more row of the same entry, so an entry wrapped here stays one entry
//! that the cursor, filter and ticks treat as a whole.

use super::ask::{Entry, entry_line, wrap_width};

/// How far an entry's continuation lines sit to the right of its first
/// character, so that they cannot be read as the next entry.
pub const HANG: usize = 2;

/// `text` in lines no wider than `width` columns, where the first line
/// starts at column `used` (after a prompt's "? " or a list's cursor) and
/// the others at column `hang`, spaces included. Words are cut only when
/// one is wider than a whole line, and never at a hyphen.
pub fn lines(text: &str, width: usize, used: usize, hang: usize) -> String {
    if text.is_empty() {
        return String::new();
    }
    let first = " ".repeat(used);
    let rest = " ".repeat(hang);
    let opts = textwrap::Options::new(width.max(used + 1).max(hang + 1))
        .initial_indent(&first)
        .subsequent_indent(&rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let filled = textwrap::fill(text, opts);
    match filled.strip_prefix(&first) {
        Some(tail) => tail.to_string(),
        None => filled,
    }
}

/// An entry of a list as inquire shows it, after `prefix` columns of
/// cursor and tick box: wrapped to the screen with its continuation lines
/// hanging under the entry, and its help set apart with `dim` and `undim`
/// (escape codes, or empty without colour) on every line of it.
pub fn entry(e: &Entry, dim: &str, undim: &str, cols: u16, prefix: usize) -> String {
    let text = lines(
        &entry_line(e, dim, undim),
        wrap_width(cols),
        prefix,
        prefix + HANG,
    );
    restyle(&text, dim, undim)
}

/// A style that `lines` carried over a line break, closed at the end of
/// its line and opened again after the next line's indent: inquire draws
/// a list row by row and redraws only the rows that changed, so a row
/// cannot count on the one above to have set its style.
fn restyle(text: &str, on: &str, off: &str) -> String {
    if on.is_empty() {
        return text.to_string();
    }
    let mut open = false;
    let mut out = Vec::new();
    for line in text.split('\n') {
        let body = line.trim_start_matches(' ');
        let indent = &line[..line.len() - body.len()];
        let mut row = indent.to_string();
        if open {
            row.push_str(on);
        }
        row.push_str(body);
        open = match (line.rfind(on), line.rfind(off)) {
            (Some(a), Some(b)) => a > b,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => open,
        };
        if open {
            row.push_str(off);
        }
        out.push(row);
    }
    out.join("\n")
}

/// How many columns the last line of `text` takes.
pub fn last_width(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    text.rsplit('\n').next().unwrap_or_default().width()
}

#[cfg(test)]
#[path = "fit_tests.rs"]
mod tests;
