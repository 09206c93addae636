//! A one-line text field with a cursor: typing, left/right, home/end,
//! backspace and delete. Small enough to keep here rather than pull in a
//! crate that would have to follow ratatui's releases.

use unicode_width::UnicodeWidthChar;

/// One editing step, as the key mapping names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    Insert(char),
    Left,
    Right,
    Home,
    End,
    Backspace,
    Delete,
    /// Remove everything before the cursor (Ctrl-U, as in a shell).
    ClearToStart,
}

/// Whether `c` may be typed: what `clean_line` would keep as it is, or a
/// joiner, which `clean_line` keeps only once the character after it is
/// typed too (`value` and `visible` drop one that joins nothing).
fn allowed(c: char) -> bool {
    let s = c.to_string();
    matches!(c, '\u{200C}' | '\u{200D}') || hirewise_core::text::clean_line(&s) == s
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    chars: Vec<char>,
    /// Position of the cursor in `chars`, from 0 to `chars.len()`.
    cursor: usize,
}

impl LineInput {
    /// A field holding `text`, with the cursor at its end.
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().filter(|c| allowed(*c)).collect();
        let cursor = chars.len();
        Self { chars, cursor }
    }

    pub fn value(&self) -> String {
        hirewise_core::text::clean_line(&self.chars.iter().collect::<String>())
    }

    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Apply an edit; false when it changed nothing (such as backspace at
    /// the start), which lets the caller give that key another meaning.
    pub fn edit(&mut self, e: Edit) -> bool {
        let before = (self.chars.len(), self.cursor);
        match e {
            // Control and invisible characters never enter the text: a
            // pasted escape sequence or bidi override would otherwise reach
            // the screen and the posting.
            Edit::Insert(c) if !allowed(c) => {}
            Edit::Insert(c) => {
                self.chars.insert(self.cursor, c);
                self.cursor += 1;
            }
            Edit::Left => self.cursor = self.cursor.saturating_sub(1),
            Edit::Right => self.cursor = (self.cursor + 1).min(self.chars.len()),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.chars.len(),
            Edit::Backspace if self.cursor > 0 => {
                self.cursor -= 1;
                self.chars.remove(self.cursor);
            }
            Edit::Delete if self.cursor < self.chars.len() => {
                self.chars.remove(self.cursor);
            }
            Edit::ClearToStart => {
                self.chars.drain(..self.cursor);
                self.cursor = 0;
            }
            Edit::Backspace | Edit::Delete => {}
        }
        before != (self.chars.len(), self.cursor)
    }

    /// Insert pasted text at the cursor, whole. Line breaks, however the
    /// terminal sends them, become spaces: one line holds no break, and a
    /// break must not answer the question as Enter would.
    pub fn paste(&mut self, text: &str) -> bool {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let clean: Vec<char> = hirewise_core::text::clean_line(&text).chars().collect();
        let n = clean.len();
        self.chars.splice(self.cursor..self.cursor, clean);
        self.cursor += n;
        n > 0
    }

    /// The part of the text to show in `width` columns so that the cursor
    /// is visible, and the cursor's column within it.
    pub fn visible(&self, width: usize) -> (String, usize) {
        let width = width.max(1);
        let w = |c: &char| c.width().unwrap_or(0);
        // Scroll so the cursor (one column itself) stays inside the field.
        let mut start = 0;
        let mut before: usize = self.chars[..self.cursor].iter().map(w).sum();
        while before + 1 > width && start < self.cursor {
            before -= w(&self.chars[start]);
            start += 1;
        }
        let mut shown = String::new();
        let mut used = 0;
        for c in &self.chars[start..] {
            if used + w(c) > width {
                break;
            }
            used += w(c);
            shown.push(*c);
        }
        // Joiners are zero columns wide, so cleaning moves no column.
        (hirewise_core::text::clean_line(&shown), before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_move_the_cursor_and_change_the_text() {
        let mut i = LineInput::new("acme");
        assert!(i.edit(Edit::Home));
        i.edit(Edit::Insert('A'));
        i.edit(Edit::Delete);
        assert_eq!(i.value(), "Acme");
        i.edit(Edit::End);
        assert!(i.edit(Edit::Backspace));
        assert_eq!(i.value(), "Acm");
        i.edit(Edit::Left);
        i.edit(Edit::ClearToStart);
        assert_eq!((i.value().as_str(), i.cursor()), ("m", 0));
        assert!(!i.edit(Edit::Backspace));
        assert!(!i.edit(Edit::Insert('\x1b')));
        assert!(!i.edit(Edit::Insert('\u{202E}')));
    }

    #[test]
    fn a_paste_goes_in_whole_at_the_cursor_on_one_line() {
        let mut i = LineInput::new("AB");
        i.edit(Edit::Left);
        assert!(i.paste("one\r\ntwo\rthree\nq\x1b[2J"));
        assert_eq!(i.value(), "Aone two three q[2JB");
        assert_eq!(i.cursor(), "Aone two three q[2J".chars().count());
        assert!(!i.paste("\x07"));
    }

    #[test]
    fn a_joiner_typed_between_emoji_is_kept() {
        let mut i = LineInput::new("");
        for c in "👩\u{200D}👧".chars() {
            i.edit(Edit::Insert(c));
        }
        assert_eq!(i.value(), "👩\u{200D}👧");
        i.edit(Edit::Backspace);
        assert_eq!(i.value(), "👩", "a joiner that joins nothing is dropped");
    }

    #[test]
    fn long_text_scrolls_to_keep_the_cursor_visible() {
        let i = LineInput::new("abcdefghij");
        assert_eq!(i.visible(5), ("ghij".to_string(), 4));
        let mut i = LineInput::new("一二三");
        i.edit(Edit::Home);
        assert_eq!(i.visible(4), ("一二".to_string(), 0));
    }
}
