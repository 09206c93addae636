//! The wording lint: words in a posting that put good applicants off, with
//! a replacement for each. The word list is data (questions/wording.toml).

use super::Posting;
use serde::{Deserialize, Serialize};

pub const DEFAULT_WORDING: &str = include_str!("../../questions/wording.toml");
pub const DEFAULT_WORDING_NAME: &str = "questions/wording.toml";

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    words: Vec<Word>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Word {
    word: String,
    instead: String,
    why: String,
    /// `word` in lower case, to match against lower-cased text.
    #[serde(skip)]
    lower: String,
}

/// One flagged word, where it was found and what to write instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub word: String,
    pub instead: String,
    pub why: String,
    /// The posting title and the part of it, such as "What you will do".
    pub found_in: String,
    /// The sentence around the word, to find it again.
    pub context: String,
}

impl Wording {
    /// The list compiled in, read once.
    pub fn default_list() -> &'static Self {
        static LIST: std::sync::OnceLock<Wording> = std::sync::OnceLock::new();
        // The list is compiled in and a test parses it, so it parses.
        LIST.get_or_init(|| Self::parse(DEFAULT_WORDING).unwrap_or_default())
    }

    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text).map(Self::lowered)
    }

    /// Lower-case each word once, for matching.
    pub(crate) fn lowered(mut self) -> Self {
        for w in &mut self.words {
            w.lower = w.word.to_lowercase();
        }
        self
    }

    /// Every flagged word in a piece of text, once per word.
    pub fn check_text(&self, text: &str, found_in: &str) -> Vec<Hit> {
        let lower = text.to_lowercase();
        let mut out = Vec::new();
        for w in &self.words {
            if let Some(at) = find_word(&lower, &w.lower) {
                out.push(w.hit(found_in.to_string(), text, &lower, at));
            }
        }
        out
    }

    /// Every flagged word in the parts of postings that are published (the
    /// hiring kit is for the founder and is not checked), each word once, at
    /// its first place.
    pub fn check(&self, postings: &[Posting]) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        for p in postings {
            let mut parts: Vec<(String, String)> = vec![("title".into(), p.title.text.clone())];
            for section in &p.sections {
                let name = if section.heading.is_empty() {
                    "details".to_string()
                } else {
                    section.heading.to_lowercase()
                };
                let text: Vec<&str> = section.lines.iter().map(|l| l.text.as_str()).collect();
                parts.push((name, text.join("\n")));
            }
            // All parts lower-cased into one text, searched once per word; a
            // line break between parts keeps a match inside one part.
            let lowered: Vec<String> = parts.iter().map(|(_, t)| t.to_lowercase()).collect();
            let joined = lowered.join("\n");
            let starts: Vec<usize> = (lowered.iter())
                .scan(0, |at, l| {
                    let start = *at;
                    *at += l.len() + 1;
                    Some(start)
                })
                .collect();
            let mut found: Vec<(usize, usize, Hit)> = Vec::new();
            for (wi, w) in self.words.iter().enumerate() {
                if out.iter().any(|h| h.word == w.word) {
                    continue;
                }
                let Some(pos) = find_word(&joined, &w.lower) else {
                    continue;
                };
                let i = starts.partition_point(|s| *s <= pos) - 1;
                let (part, text) = &parts[i];
                let found_in = format!("{}, {part}", p.title.text);
                found.push((i, wi, w.hit(found_in, text, &lowered[i], pos - starts[i])));
            }
            // In the order of the posting, then of the word list.
            found.sort_by_key(|(part, word, _)| (*part, *word));
            out.extend(found.into_iter().map(|(_, _, hit)| hit));
        }
        out
    }
}

impl Word {
    /// This word found at byte `at` of `lower`, the lower-cased `text`.
    fn hit(&self, found_in: String, text: &str, lower: &str, at: usize) -> Hit {
        Hit {
            word: self.word.clone(),
            instead: self.instead.clone(),
            why: self.why.clone(),
            found_in,
            // The match is `lower` long in the lower-cased text.
            context: context(text, lower, at, self.lower.len()),
        }
    }
}

/// The byte offset of `word` in `text` where it stands as whole words.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric();
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let end = at + word.len();
        let before = text[..at].chars().next_back().is_none_or(|c| !is_word(c));
        let after = text[end..].chars().next().is_none_or(|c| !is_word(c));
        if before && after {
            return Some(at);
        }
        from = at + word.len().max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// Up to about forty characters either side of a match, on char boundaries.
fn context(text: &str, lower: &str, at: usize, len: usize) -> String {
    // Lower-casing can change byte lengths; fall back to the lower-case text.
    let src = if text.len() == lower.len() {
        text
    } else {
        lower
    };
    let mut start = at.saturating_sub(40);
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (at + len + 40).min(src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
    let mut s = src[start..end].replace('\n', " ");
    if start > 0 {
        s.insert(0, '…');
    }
    if end < src.len() {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_list_parses() {
        let w = Wording::parse(DEFAULT_WORDING).expect("valid");
        assert!(w.words.len() >= 20);
    }

    #[test]
    fn whole_words_only_and_any_case() {
        let w = Wording::default_list();
        let hits = w.check_text("We want a Social Media NINJA. Shepherd the flock.", "t");
        let words: Vec<&str> = hits.iter().map(|h| h.word.as_str()).collect();
        assert_eq!(words, ["ninja"], "'she' inside 'Shepherd' is not a hit");
        assert_eq!(hits[0].instead, "expert");
        assert!(hits[0].context.contains("NINJA"));
        assert!(w.check_text("a rockstar guru", "t").len() == 2);
        assert!(w.check_text("Work hard, play hard!", "t")[0].word == "work hard, play hard");
        assert!(w.check_text("ninjas", "t").is_empty());
    }

    #[test]
    fn postings_are_checked_part_by_part_each_word_once() {
        let b = crate::builtin::load().expect("built-in data");
        let text = include_str!("../../examples/answers/growing-two-hires.toml");
        let src = crate::diag::Source::new("growing-two-hires.toml", text);
        let answers = crate::answers::parse_file(&b.tree, &src).expect("answers");
        let rec = crate::decide::decide(&b.tree, &answers);
        let mut postings =
            super::super::build(&b.tree, &b.roles, &answers, &rec.roles).expect("builds");
        assert_eq!(postings.len(), 2);
        let w = Wording::default_list();
        assert!(w.check(&postings).is_empty(), "the example is clean");
        let line = |text: &str| crate::posting::Line {
            label: None,
            text: text.into(),
            sources: vec!["core".into()],
            duty: None,
        };
        let section = |p: &mut crate::posting::Posting, id: &str| -> usize {
            p.sections
                .iter()
                .position(|s| s.id == id)
                .expect("a section")
        };
        let at = section(&mut postings[0], "works_with");
        postings[0].sections[at]
            .lines
            .push(line("Be a true guru of our ninja ways."));
        let at = section(&mut postings[0], "about");
        postings[0].sections[at]
            .lines
            .push(line("We want a rockstar."));
        let at = section(&mut postings[1], "not");
        postings[1].sections[at]
            .lines
            .push(line("Not a guru, not a rockstar, but a wizard."));
        let hits = w.check(&postings);
        let seen: Vec<(&str, &str)> = (hits.iter())
            .map(|h| {
                (
                    h.word.as_str(),
                    h.found_in.rsplit(", ").next().unwrap_or(""),
                )
            })
            .collect();
        let about = format!("about {}", postings[0].organisation).to_lowercase();
        assert_eq!(
            seen,
            [
                ("rockstar", about.as_str()),
                ("ninja", "who you will work with"),
                ("guru", "who you will work with"),
                ("wizard", "what this role is not"),
            ]
        );
        assert!(hits[0].context.contains("We want a rockstar"));
        assert!(hits[3].found_in.starts_with(&postings[1].title.text));
    }

    #[test]
    fn context_handles_wide_characters() {
        let w = Wording::default_list();
        let text = format!("{} guru {}", "日本".repeat(30), "🙂".repeat(30));
        let hits = w.check_text(&text, "t");
        assert_eq!(hits.len(), 1);
        assert!(hits[0].context.starts_with('…') && hits[0].context.ends_with('…'));
    }
}
