//! Making text fit the room it is drawn in: wrapping at spaces, and where
//! rows or columns run out, an "…" so nothing is cut without a sign.
//! Widths are display columns as ratatui counts them (a CJK character or
//! an emoji takes two), never characters or bytes.

use hirewise_core::text::clean_line;
use unicode_width::UnicodeWidthStr;

/// The columns `s` takes on screen.
pub fn width(s: &str) -> usize {
    s.width()
}

/// Text wrapped to `width` columns, cleaned of anything a terminal would act on.
pub fn wrap(text: &str, width: u16) -> Vec<String> {
    wrap_hanging("", text, width)
}

/// Like `wrap`, with a first-line prefix such as "• " and the rest indented
/// to match.
pub fn wrap_hanging(prefix: &str, text: &str, width: u16) -> Vec<String> {
    let room = usize::from(width.max(1));
    let indent = " ".repeat(self::width(prefix));
    // Break at spaces only, so "Full-time" or a URL is never split at its
    // hyphen as if it were two words.
    let text = clean_line(text);
    let wrap_at = |w: usize| -> Vec<String> {
        let opts = textwrap::Options::new(w)
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .initial_indent(prefix)
            .subsequent_indent(&indent);
        (textwrap::wrap(&text, opts).into_iter())
            .map(|l| l.into_owned())
            .collect()
    };
    // textwrap can count a line a column or two narrower than it is drawn
    // (see `split_wide`); such a paragraph is wrapped again a little
    // narrower, so that words still break at spaces, before any line is
    // cut.
    let mut w = room;
    let mut lines = wrap_at(w);
    while w > room / 2 + 1 && lines.iter().any(|l| self::width(l) > room) {
        w -= 1;
        lines = wrap_at(w);
    }
    (lines.into_iter())
        .flat_map(|line| split_wide(&line, room))
        .collect()
}

/// `line` in pieces of at most `room` columns. textwrap counts an emoji
/// with a variation selector as one column where ratatui (and most
/// terminals) draw two, so a wrapped line can still be a column too wide.
fn split_wide(line: &str, room: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while width(rest) > room {
        let mut cut = prefix_within(rest, room);
        // A variation selector or combining mark stays with the character
        // before it: a line never starts with one.
        while cut > 0 && rest[cut..].chars().next().is_some_and(zero_width) {
            cut = rest[..cut].char_indices().last().map_or(0, |(i, _)| i);
        }
        if cut == 0 {
            cut = first_cluster_len(rest);
        }
        out.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    out.push(rest.to_string());
    out
}

fn zero_width(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(0)
}

/// The first character of `s` with the zero-width ones that follow it.
fn first_cluster_len(s: &str) -> usize {
    let mut chars = s.char_indices().skip(1);
    chars
        .find(|&(_, c)| !zero_width(c))
        .map_or(s.len(), |(i, _)| i)
}

/// The byte length of the longest start of `s` that fits in `room` columns.
fn prefix_within(s: &str, room: usize) -> usize {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        let next = i + c.len_utf8();
        if width(&s[..next]) > room {
            break;
        }
        end = next;
    }
    end
}

/// `s` as it fits in `room` columns: whole, or cut and ended with "…".
pub fn ellipsis(s: &str, room: usize) -> String {
    if width(s) <= room {
        return s.to_string();
    }
    if room == 0 {
        return String::new();
    }
    let mut cut = prefix_within(s, room - 1);
    // End at a word when one ends in the second half of the room, so the
    // last word shown is a whole one.
    if !s[cut..].starts_with(' ') {
        if let Some(space) = s[..cut].rfind(' ') {
            if width(&s[..space]) * 2 >= room {
                cut = space;
            }
        }
    }
    let mut out = s[..cut].trim_end().to_string();
    out.push('…');
    out
}

/// `s` followed by spaces up to `columns` wide (`format!` pads by
/// characters, which is wrong for wide ones).
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(columns.saturating_sub(width(s))));
    out
}

/// At most `rows` of `lines` (each at most `room` columns), the last
/// ending in "…" when some are cut.
pub fn clip(mut lines: Vec<String>, rows: usize, room: usize) -> Vec<String> {
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let kept = last.trim_end();
            *last = if width(kept) < room {
                format!("{kept}…")
            } else {
                // Too full for the mark: make room by cutting a column.
                ellipsis(&format!("{kept}…"), room)
            };
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ellipsis_counts_columns_not_characters() {
        assert_eq!(ellipsis("abcdef", 6), "abcdef");
        assert_eq!(ellipsis("abcdef", 4), "abc…");
        assert_eq!(ellipsis("ab cdef", 4), "ab…");
        assert_eq!(ellipsis("one two three", 12), "one two…");
        assert_eq!(ellipsis("a verylongword", 12), "a verylongw…");
        // Two columns each: three of them would leave no room for the mark.
        assert_eq!(ellipsis("一二三四", 6), "一二…");
        assert_eq!(ellipsis("一二三四", 5), "一二…");
        assert_eq!(ellipsis("x", 0), "");
    }

    #[test]
    fn clipped_lines_keep_their_mark_inside_the_room() {
        let lines = vec!["one two".to_string(), "three four".into(), "five".into()];
        assert_eq!(clip(lines.clone(), 3, 10), lines);
        assert_eq!(clip(lines.clone(), 2, 10), ["one two", "three…"]);
        assert_eq!(clip(lines, 1, 10), ["one two…"]);
        assert_eq!(
            clip(vec!["一二三四五".into(), "x".into()], 1, 10),
            ["一二三四…"]
        );
    }

    #[test]
    fn wrapped_lines_fit_in_columns() {
        for text in [
            "一二三四五六七八九十",
            "❤️❤️❤️❤️❤️❤️",
            "🇬🇧🇫🇷🇯🇵 flags and words",
        ] {
            for w in 1..12u16 {
                for l in wrap(text, w) {
                    assert!(width(&l) <= usize::from(w.max(2)), "{l:?} in {w}");
                }
            }
        }
        assert_eq!(pad("一", 4), "一  ");
    }
}
