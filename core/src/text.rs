//! Making text from data files and from users safe to show in a terminal.
//!
//! Control characters (ESC, carriage return, BEL, C1 controls) and the
//! invisible format characters (bidi overrides and isolates, zero-width
//! spaces, tag characters, interlinear annotations) can move the cursor,
//! rewrite what is on screen, set the clipboard (OSC 52), reorder text or
//! hide text inside it. They are removed by their Unicode category, so
//! that no list of ours goes out of date; what remains of an escape
//! sequence is shown as plain characters. The two joiners are kept where
//! writing needs them: inside emoji sequences, and between letters of the
//! scripts that join (Persian, Arabic, the Indic scripts).

use unicode_properties::{GeneralCategory as Gc, UnicodeEmoji, UnicodeGeneralCategory};

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';
/// Asks for the emoji form of the character before it.
const EMOJI_PRESENTATION: char = '\u{FE0F}';

/// Characters that show nothing of their own and can change, hide or
/// reorder the text around them: controls (Cc), format characters (Cf),
/// line and paragraph separators, and code points with no character
/// assigned, which terminals draw in different ways or not at all.
fn is_unsafe(c: char) -> bool {
    matches!(
        c.general_category(),
        Gc::Control | Gc::Format | Gc::LineSeparator | Gc::ParagraphSeparator | Gc::Unassigned
    )
}

/// A character that emoji sequences are made of (ASCII digits, `#` and `*`
/// are emoji too, for keycaps, but never joined).
fn is_emoji(c: char) -> bool {
    !c.is_ascii() && c.is_emoji_char()
}

/// A letter of a script without case (Arabic, Devanagari...) or a mark on
/// one: where a joiner changes how letters connect. Latin, Greek and
/// Cyrillic letters are cased, so a joiner cannot hide inside an English
/// word ("rock\u{200C}star") from the wording check.
fn is_joining_letter(c: char) -> bool {
    matches!(
        c.general_category(),
        Gc::OtherLetter | Gc::NonspacingMark | Gc::SpacingMark
    )
}

/// Whether a joiner between `before` and `after` is part of the writing.
fn joins(joiner: char, before: Option<char>, after: Option<char>) -> bool {
    let (Some(b), Some(a)) = (before, after) else {
        return false;
    };
    let letters = is_joining_letter(b) && is_joining_letter(a);
    let emoji = joiner == ZWJ
        && (is_emoji(b) || b == EMOJI_PRESENTATION || (!b.is_ascii() && b.is_emoji_component()))
        && (is_emoji(a) || a == EMOJI_PRESENTATION);
    letters || emoji
}

/// The text with every unsafe character removed and line breaks replaced by
/// `line_break` (tabs by a space).
fn clean(s: &str, line_break: char) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push(line_break),
            '\t' => out.push(' '),
            // The character after is read as it stands, before cleaning:
            // what comes after a removed one is never joined to.
            ZWJ | ZWNJ if joins(c, out.chars().next_back(), chars.peek().copied()) => out.push(c),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for one line of a terminal: no control characters at all; tabs and
/// line breaks become spaces.
pub fn clean_line(s: &str) -> String {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return s.to_string();
    }
    clean(s, ' ')
}

/// Text that may span lines: line breaks stay, everything else unsafe goes.
pub fn clean_block(s: &str) -> String {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b) || b == b'\n') {
        return s.to_string();
    }
    clean(s, '\n')
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

/// A sentence that starts with a typed name or role such as "the Guild of
/// Makers" or "our head of marketing" starts with a capital: "The Guild of
/// Makers is ...". Only these small words change, at the start of the text
/// and after a full stop, so "eBay" and "iFixit" keep their own spelling.
pub fn sentence_starts(s: &str) -> String {
    let capital = |sentence: &str| match sentence.split_once(' ') {
        Some((word, _)) if ["the", "a", "an", "our"].contains(&word) => upper_first(sentence),
        _ => sentence.to_string(),
    };
    let sentences: Vec<String> = s.split(". ").map(capital).collect();
    sentences.join(". ")
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
    joined(items, "and")
}

/// "a, b or c": one of the items, whichever it is.
pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    joined(items, "or")
}

fn joined<S: AsRef<str>>(items: &[S], last_word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {last_word} {}", init.join(", "), last.as_ref())
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
        assert_eq!(
            sentence_starts("the Guild of Makers is a club. the owner answers. eBay sells."),
            "The Guild of Makers is a club. The owner answers. eBay sells."
        );
        assert_eq!(
            sentence_starts("iFixit is a shop. theory"),
            "iFixit is a shop. theory"
        );
        assert_eq!(sentence_starts("the"), "the");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(or_list(&["a", "b", "c"]), "a, b or c");
        assert_eq!(or_list(&["a"]), "a");
    }

    #[test]
    fn tag_characters_and_annotations_are_removed() {
        // "hi" spelled in tag characters, invisible in most terminals.
        assert_eq!(clean_line("ok\u{E0001}\u{E0068}\u{E0069}\u{E007F}!"), "ok!");
        assert_eq!(clean_line("a\u{FFF9}b\u{FFFA}c\u{FFFB}"), "abc");
        assert_eq!(clean_line("a\u{E0000}b\u{2028}c"), "abc");
    }

    #[test]
    fn joiners_stay_inside_emoji_sequences() {
        for s in [
            "👩\u{200D}👩\u{200D}👧",
            "🏳\u{FE0F}\u{200D}🌈",
            "👩🏽\u{200D}💻",
            "❤\u{FE0F}\u{200D}🔥",
        ] {
            assert_eq!(clean_line(s), s);
            assert_eq!(
                clean_block(&format!("family: {s}\n")),
                format!("family: {s}\n")
            );
        }
        // Not between an emoji and a letter, nor at either end.
        assert_eq!(clean_line("👩\u{200D}a"), "👩a");
        assert_eq!(clean_line("\u{200D}👩\u{200D}"), "👩");
        assert_eq!(clean_line("1\u{200D}2"), "12");
    }

    #[test]
    fn joiners_stay_between_letters_of_joining_scripts() {
        // Persian "I want" and "books": the non-joiner keeps the parts apart.
        for s in ["می\u{200C}خواهم", "کتاب\u{200C}ها", "क्\u{200D}ष"] {
            assert_eq!(clean_line(s), s);
        }
        // A joiner cannot hide inside a Latin word.
        assert_eq!(clean_line("rock\u{200C}star"), "rockstar");
        assert_eq!(clean_line("rock\u{200D}star"), "rockstar");
        // Nor join across a removed character.
        assert_eq!(clean_line("می\u{200C}\u{202E}خ"), "میخ");
    }

    #[test]
    fn blocks_keep_line_breaks_and_wide_characters() {
        assert_eq!(clean_block("一\n二\t🙂"), "一\n二 🙂");
        assert_eq!(clean_input("  hi \r\n"), "hi");
    }
}
