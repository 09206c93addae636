//! Checking the templates of a tree: each placeholder names a question or a
//! word an option gives, and its modifier is one the question's kind
//! takes (`count`, `or`, `phrase`, `iso`) or a tag its options carry. A template that names nothing known is an
//! error here, never an empty gap in a posting.

use super::*;
use crate::fill::{Slot, Template};
use crate::tree::TextFormat;

/// What a placeholder may name, and with which modifiers.
pub struct Vocabulary<'a> {
    pub questions: &'a HashMap<String, QuestionId>,
    pub infos: &'a [QInfo],
    /// Words that options give (`say`) or that role data defines.
    pub words: &'a [String],
    /// Whether an unknown name gets a "did you mean" (see `Refs::hints`).
    pub hints: bool,
}

impl Vocabulary<'_> {
    /// Why `slot` names nothing known, with a hint; `None` when it is fine.
    pub fn problem(&self, slot: &Slot) -> Option<(String, String)> {
        let name = &slot.name;
        if let Some(&qi) = self.questions.get(name) {
            let info = &self.infos[qi.index()];
            return match slot.modifier.as_deref() {
                None => None,
                Some("count" | crate::fill::OR) if info.kind == Kind::Multi => None,
                Some("phrase") if info.kind == Kind::Text => None,
                Some("iso") if info.format != TextFormat::Free => None,
                Some("money") if info.format == TextFormat::Amount => {
                    if self.infos.iter().any(|i| i.format == TextFormat::Currency) {
                        None
                    } else {
                        Some((
                            format!(
                                "`{{{name}:money}}` needs a currency, but no question has `format = \"currency\"`"
                            ),
                            "add a currency question, or write the amount as `{name}`".into(),
                        ))
                    }
                }
                Some(m @ ("iso" | "money")) => Some((
                    format!(
                        "`{{{name}:{m}}}` is for {}, but `{name}` has no such format",
                        if m == "iso" {
                            "a text question with a `format`"
                        } else {
                            "an amount (`format = \"amount\"`)"
                        }
                    ),
                    "write the placeholder without a modifier".into(),
                )),
                Some("phrase") => Some((
                    format!(
                        "`{{{name}:phrase}}` shapes typed text, but `{name}` is a {} question",
                        info.kind.name()
                    ),
                    "only text questions take `:phrase`".into(),
                )),
                Some(m @ ("count" | crate::fill::OR)) => Some((
                    format!(
                        "`{{{name}:{m}}}` is for a list of picks, but `{name}` is a {} question",
                        info.kind.name()
                    ),
                    "only multi questions take `:count` and `:or`".into(),
                )),
                Some(tag) if info.tags.iter().any(|t| t == tag) => None,
                Some(tag) => Some((
                    format!("no option of `{name}` carries the tag `{tag}`"),
                    if info.tags.is_empty() {
                        format!("`{name}` has no tagged options; write `{{{name}}}`")
                    } else {
                        format!("its tags are: {}", info.tags.join(", "))
                    },
                )),
            };
        }
        if self.words.iter().any(|w| w == name) {
            let tagged = |t: &str| self.infos.iter().any(|i| i.tags.iter().any(|x| x == t));
            return match slot.modifier.as_deref() {
                None | Some("count" | crate::fill::OR) => None,
                Some(t) if tagged(t) => None,
                Some(m) => Some((
                    format!("no option carries the tag `{m}`, so `{{{name}:{m}}}` is always empty"),
                    "a word placeholder is {name}, {^name}, {name:count}, {name:or} or {name:TAG}"
                        .into(),
                )),
            };
        }
        let known = self.questions.keys().chain(self.words.iter());
        let shown = match &slot.modifier {
            Some(m) => format!("{{{name}:{m}}}"),
            None => format!("{{{name}}}"),
        };
        Some((
            format!("`{shown}` names no question and no word"),
            if self.hints {
                suggest(name, known, "a question id or a word from `say`")
            } else {
                String::new()
            },
        ))
    }
}

impl Builder<'_> {
    /// Parse a template written at `text`, reporting every problem at its
    /// place in the file. A broken template becomes its plain text, so
    /// that checking goes on.
    pub(in crate::tree) fn template(
        &mut self,
        text: Spanned<String>,
        vocab: &Vocabulary<'_>,
    ) -> Template {
        let span = text.span();
        let text = text.into_inner();
        match Template::parse(&text) {
            Ok(t) => {
                for slot in t.slots() {
                    if let Some((msg, hint)) = vocab.problem(slot) {
                        let at = self.within(&span, &text[slot.at.clone()]);
                        self.error(Some(at), msg, &hint);
                    }
                }
                t
            }
            Err(e) => {
                let at = self.within(&span, &text[e.at.clone()]);
                self.error(
                    Some(at),
                    format!("in this text, {}", e.message),
                    "placeholders are {name}, {name:tag} or {^name}; write {{ and }} for braces",
                );
                Template::plain(&text)
            }
        }
    }

    /// Where `piece` of a string stands in the file, the string's own
    /// place when it cannot be found (an escape changed its length).
    fn within(&self, span: &Range<usize>, piece: &str) -> Range<usize> {
        let raw = self.src.text.get(span.clone()).unwrap_or_default();
        match raw.find(piece).filter(|_| !piece.is_empty()) {
            Some(i) => span.start + i..span.start + i + piece.len(),
            None => span.clone(),
        }
    }
}
