//! Making text from data files and from users safe to show in a terminal.
//!
//! Control characters (ESC, carriage return, BEL, C1 controls), bidi
//! overrides and zero-width characters can move the cursor, rewrite what is
//! on screen, set the clipboard (OSC 52) or hide text. They are removed;
//! what remains of an escape sequence is shown as plain characters.

/// Characters that change how text is laid out or hidden rather than
/// showing anything: bidi embeddings, overrides, isolates and marks
/// (U+061C is the Arabic letter mark), zero-width joiners and spaces, the
/// byte-order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
    )
}

fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Text for one line of a terminal: no control characters at all; tabs and
/// line breaks become spaces.
pub fn clean_line(s: &str) -> String {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return s.to_string();
    }
    s.chars()
        .filter_map(|c| match c {
            '\t' | '\n' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Text that may span lines: line breaks stay, everything else unsafe goes.
pub fn clean_block(s: &str) -> String {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b) || b == b'\n') {
        return s.to_string();
    }
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if is_unsafe(c) => None,
            c => Some(c),
        })
        .collect()
}

/// A typed answer: cleaned like a block, trimmed.
pub fn clean_input(s: &str) -> String {
    clean_block(s).trim().to_string()
}

/// "Graphic design" becomes "graphic design" to sit inside a sentence;
/// "PR work" and "X (Twitter)" stay as they are.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a.is_uppercase() && !b.is_uppercase() && b.is_alphabetic() => {
            a.to_lowercase().chain(s.chars().skip(1)).collect()
        }
        _ => s.to_string(),
    }
}

/// "the founder" becomes "The founder".
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect())
}

/// Typed text made to fit inside a sentence: no full stop to end, and a
/// leading "A", "An", "The" or "Our" in lower case ("A plant shop" reads
/// "Fern & Fig is a plant shop"); any other capital is a name and stays.
pub fn phrase(s: &str) -> String {
    let s = s.trim().trim_end_matches(['.', '!', ';', ',', ' ']);
    let first = s.split_whitespace().next().unwrap_or_default();
    if ["A", "An", "The", "Our"].contains(&first) {
        let mut chars = s.chars();
        chars
            .next()
            .map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
    } else {
        s.to_string()
    }
}

/// "a, b and c" from a list, as people write lists.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        assert_eq!(clean_line("a\x1b[31mred\x1b[0m"), "a[31mred[0m");
        assert_eq!(clean_line("\x1b]52;c;aGk=\x07x"), "]52;c;aGk=x");
        assert_eq!(
            clean_line("\x1b]8;;http://x\x1b\\link"),
            "]8;;http://x\\link"
        );
    }

    #[test]
    fn carriage_returns_bidi_and_zero_width_are_removed() {
        assert_eq!(clean_line("safe\rEVIL"), "safeEVIL");
        assert_eq!(clean_line("ab\u{202E}cd\u{200B}e\u{2066}"), "abcde");
        assert_eq!(clean_line("a\u{061C}b\u{180E}c"), "abc");
        assert_eq!(clean_line("c1\u{9b}31m"), "c131m");
    }

    #[test]
    fn sentence_helpers() {
        assert_eq!(lower_first("Graphic design"), "graphic design");
        assert_eq!(lower_first("PR work"), "PR work");
        assert_eq!(lower_first("X (Twitter)"), "X (Twitter)");
        assert_eq!(
            phrase("An invoicing app for firms.."),
            "an invoicing app for firms"
        );
        assert_eq!(
            phrase("Leeds's best plant shop."),
            "Leeds's best plant shop"
        );
        assert_eq!(phrase("open-source database"), "open-source database");
        assert_eq!(phrase("A plant shop"), "a plant shop");
        assert_eq!(upper_first("the board"), "The board");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list::<&str>(&[]), "");
    }

    #[test]
    fn blocks_keep_line_breaks_and_wide_characters() {
        assert_eq!(clean_block("一\n二\t🙂"), "一\n二 🙂");
        assert_eq!(clean_input("  hi \r\n"), "hi");
    }
}
