//! The wording lint: words in a posting that put good applicants off, with
//! a replacement for each. The word list is data (questions/wording.toml).

use super::Posting;
use serde::{Deserialize, Serialize};

pub(crate) const DEFAULT_WORDING: &str = include_str!("../../../questions/wording.toml");
/// The name shown for the built-in word list in messages.
pub const DEFAULT_WORDING_NAME: &str = "questions/wording.toml";

/// Words that put good applicants off, with what to write instead and
/// why (questions/wording.toml).
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    /// Where the words and the reasons come from.
    #[serde(default)]
    sources: Vec<WordSource>,
    #[serde(default)]
    check: Parts,
    words: Vec<Word>,
}

/// One study or guide the list draws on.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordSource {
    id: String,
    /// The reference as a reader would look it up.
    cite: String,
}

/// The parts of a posting that speak about the candidate and the job.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Parts {
    /// Section ids; the title is always read.
    #[serde(default)]
    sections: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Word {
    word: String,
    /// Other forms of the word that say the same: "dominate", "dominating".
    #[serde(default)]
    forms: Vec<String>,
    /// A word or phrase to write in its place.
    #[serde(default)]
    instead: String,
    /// What to do when no single word can take its place.
    #[serde(default)]
    advice: String,
    why: String,
    /// The id of the source in `sources`.
    #[serde(default)]
    source: String,
    /// `word` and `forms` in lower case, to match against lower-cased text.
    #[serde(skip)]
    lower: Vec<String>,
}

/// One flagged word, where it was found and what to write instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The word as listed; the form found is in `context`.
    pub word: String,
    /// A replacement, or `""` when `advice` says what to do instead.
    pub instead: String,
    pub(crate) advice: String,
    /// Why the word puts applicants off.
    pub why: String,
    /// The reference the word and its reason come from, or `""`.
    pub source: String,
    /// The posting title and the part of it, such as "What you will do".
    pub found_in: String,
    /// The sentence around the word, to find it again.
    pub context: String,
}

impl Hit {
    /// What to do about the word, as a clause: `write "skilled" instead`.
    pub fn suggestion(&self) -> String {
        if self.instead.is_empty() {
            self.advice.clone()
        } else {
            format!("write \"{}\" instead", self.instead)
        }
    }
}

impl Wording {
    /// The list compiled in, read once.
    pub fn default_list() -> &'static Self {
        static LIST: std::sync::OnceLock<Wording> = std::sync::OnceLock::new();
        // The list is compiled in and a test parses it, so it parses.
        LIST.get_or_init(|| Self::parse(DEFAULT_WORDING).unwrap_or_default())
    }

    pub(crate) fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text).map(Self::lowered)
    }

    /// Lower-case each word once, for matching.
    pub(crate) fn lowered(mut self) -> Self {
        for w in &mut self.words {
            w.lower = (std::iter::once(&w.word).chain(&w.forms))
                .map(|f| f.to_lowercase())
                .collect();
        }
        self
    }

    /// What is wrong with the list itself: a word with both a replacement
    /// and advice or neither, a source no `[[sources]]` names, a
    /// replacement that is itself on the list. Empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for w in &self.words {
            if w.instead.is_empty() == w.advice.is_empty() {
                out.push(format!(
                    "`{}` needs `instead` or `advice`, and not both",
                    w.word
                ));
            }
            if !w.source.is_empty() && !self.sources.iter().any(|s| s.id == w.source) {
                out.push(format!(
                    "`{}` names an unknown source `{}`",
                    w.word, w.source
                ));
            }
            for hit in self.check_text(&format!("{} {}", w.instead, w.advice), "") {
                out.push(format!(
                    "`{}` suggests `{}`, which is on the list",
                    w.word, hit.word
                ));
            }
        }
        out
    }

    /// Every flagged word in a piece of text, once per word.
    pub fn check_text(&self, text: &str, found_in: &str) -> Vec<Hit> {
        let lower = text.to_lowercase();
        let mut out = Vec::new();
        for w in &self.words {
            if let Some((at, len)) = w.find_in(&lower) {
                out.push(self.hit(w, found_in.to_string(), text, &lower, at, len));
            }
        }
        out
    }

    fn cite(&self, id: &str) -> String {
        (self.sources.iter())
            .find(|s| s.id == id)
            .map_or_else(String::new, |s| s.cite.clone())
    }

    /// `w` found at byte `at` of `lower`, the lower-cased `text`, `len`
    /// bytes long.
    fn hit(
        &self,
        w: &Word,
        found_in: String,
        text: &str,
        lower: &str,
        at: usize,
        len: usize,
    ) -> Hit {
        Hit {
            word: w.word.clone(),
            instead: w.instead.clone(),
            advice: w.advice.clone(),
            why: w.why.clone(),
            source: self.cite(&w.source),
            found_in,
            context: context(text, lower, at, len),
        }
    }

    /// Every flagged word in the parts of postings that speak about the
    /// candidate and the job: the title, and the sections the list names
    /// (the role, the requirements). Other parts describe the founder's
    /// organisation, products and people, where "young families" or
    /// "wizard-themed games" are no fault, and the hiring kit is not
    /// published. What the founder typed about their own world is left out
    /// of those sections too. Each word once, at its first place.
    pub fn check(&self, postings: &[Posting]) -> Vec<Hit> {
        let mut out: Vec<Hit> = Vec::new();
        for p in postings {
            // Each part: its name, its text as written (for the context),
            // and that text lower-cased with the founder's own words masked.
            let mut parts: Vec<(String, String, String)> = vec![(
                "title".into(),
                p.title.text.clone(),
                p.title.text.to_lowercase(),
            )];
            let typed = typed_forms(&p.typed);
            for section in &p.sections {
                if !self.check.sections.contains(&section.id) {
                    continue;
                }
                let name = if section.heading.is_empty() {
                    "details".to_string()
                } else {
                    section.heading.to_lowercase()
                };
                let text: Vec<&str> = section.lines.iter().map(|l| l.text.as_str()).collect();
                let text = text.join("\n");
                let lower = masked(&text.to_lowercase(), &typed);
                parts.push((name, text, lower));
            }
            // All parts lower-cased into one text, searched once per word; a
            // line break between parts keeps a match inside one part.
            let lowered: Vec<&str> = parts.iter().map(|(_, _, l)| l.as_str()).collect();
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
                let Some((pos, len)) = w.find_in(&joined) else {
                    continue;
                };
                let i = starts.partition_point(|s| *s <= pos) - 1;
                let (part, text, lower) = &parts[i];
                let found_in = format!("{}, {part}", p.title.text);
                let at = pos - starts[i];
                found.push((i, wi, self.hit(w, found_in, text, lower, at, len)));
            }
            // In the order of the posting, then of the word list.
            found.sort_by_key(|(part, word, _)| (*part, *word));
            out.extend(found.into_iter().map(|(_, _, hit)| hit));
        }
        out
    }
}

impl Word {
    /// The first place, and length, where the word or one of its forms
    /// stands as whole words in the lower-cased `text`.
    fn find_in(&self, text: &str) -> Option<(usize, usize)> {
        (self.lower.iter())
            .filter_map(|f| find_word(text, f).map(|at| (at, f.len())))
            .min()
    }
}

/// The founder's typed texts as they can appear in a line, lower-cased:
/// as typed, and as fitted into a sentence (`{x:phrase}`). Longest first,
/// so that a longer text is masked before a shorter one inside it.
fn typed_forms(typed: &[String]) -> Vec<String> {
    let mut out: Vec<String> = (typed.iter())
        .flat_map(|t| [t.to_lowercase(), crate::text::phrase(t).to_lowercase()])
        .filter(|t| !t.trim().is_empty())
        .collect();
    out.sort_by_key(|t| std::cmp::Reverse(t.len()));
    out.dedup();
    out
}

/// `lower` with each of `typed`, where it stands as whole words, blanked
/// out with as many spaces as it has bytes, so that offsets still hold.
fn masked(lower: &str, typed: &[String]) -> String {
    let mut out = lower.to_string();
    for t in typed {
        while let Some(at) = find_word(&out, t) {
            let blank = " ".repeat(t.len());
            out.replace_range(at..at + t.len(), &blank);
        }
    }
    out
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

/// Parse and check the built-in word list, naming the file, line and
/// column of what is wrong.
pub(crate) fn check_default() -> Result<(), crate::diag::Diagnostics> {
    check(DEFAULT_WORDING_NAME, DEFAULT_WORDING)
}

/// Parse and check a word list, naming the file, line and column of what
/// is wrong.
fn check(name: &str, text: &str) -> Result<(), crate::diag::Diagnostics> {
    use crate::diag::{Diagnostic, Diagnostics, Source};
    let src = Source::new(name, text);
    let problems = match Wording::parse(text) {
        Ok(w) => (w.problems().into_iter())
            .map(|p| Diagnostic::error(&src, None, p))
            .collect(),
        Err(e) => vec![Diagnostic::error(&src, e.span(), e.message())],
    };
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::posting::Posting;

    #[test]
    fn the_default_list_checks_clean() {
        assert!(check_default().is_ok());
    }

    #[test]
    fn a_broken_list_is_reported_with_its_line_and_column() {
        let err = check("wording.toml", "[[words]]\nword = 3\n").expect_err("broken");
        let text = err.to_string();
        assert!(text.contains("wording.toml:2:"), "{text}");
    }

    #[test]
    fn the_default_list_parses_and_is_sound() {
        let w = Wording::parse(DEFAULT_WORDING).expect("valid");
        assert!(w.words.len() >= 20);
        assert_eq!(w.problems(), Vec::<String>::new());
        assert!(
            w.words.iter().all(|x| !x.source.is_empty()),
            "every word names its source"
        );
    }

    /// The stems of the masculine- and feminine-coded word lists of Gaucher,
    /// Friesen and Kay (2011), appendix A: a replacement that used one would
    /// trade one coded word for another.
    const GAUCHER: &[&str] = &[
        "active",
        "adventurous",
        "aggress",
        "ambitio",
        "analy",
        "assert",
        "athlet",
        "autonom",
        "boast",
        "challeng",
        "compet",
        "confident",
        "courag",
        "decide",
        "decisive",
        "decision",
        "determin",
        "dominan",
        "force",
        "greedy",
        "headstrong",
        "hierarch",
        "hostil",
        "impulsive",
        "independen",
        "individual",
        "intellect",
        "lead",
        "logic",
        "masculine",
        "objective",
        "opinion",
        "outspoken",
        "persist",
        "principle",
        "reckless",
        "stubborn",
        "superior",
        "self-confiden",
        "self-relian",
        "self-sufficien",
        "affectionate",
        "child",
        "cheer",
        "commit",
        "communal",
        "compassion",
        "connect",
        "considerate",
        "cooperat",
        "depend",
        "emotiona",
        "empath",
        "feminine",
        "flatterable",
        "gentle",
        "honest",
        "interpersonal",
        "interdependen",
        "kind",
        "kinship",
        "loyal",
        "modesty",
        "nag",
        "nurtur",
        "pleasant",
        "polite",
        "quiet",
        "respon",
        "sensitiv",
        "submissive",
        "support",
        "sympath",
        "tender",
        "together",
        "trust",
        "understand",
        "warm",
        "whin",
        "yield",
    ];

    #[test]
    fn no_replacement_is_itself_a_coded_word() {
        let w = Wording::default_list();
        for x in &w.words {
            let said = format!("{} {}", x.instead, x.advice).to_lowercase();
            for word in said.split(|c: char| !c.is_alphanumeric() && c != '-') {
                let coded = GAUCHER.iter().find(|stem| word.starts_with(*stem));
                assert!(
                    coded.is_none(),
                    "`{}` suggests {word:?} ({coded:?})",
                    x.word
                );
            }
        }
    }

    #[test]
    fn a_replacement_on_the_list_is_a_problem() {
        let w = Wording::parse(
            "[[words]]\nword = \"aggressive\"\ninstead = \"a ninja\"\nwhy = \"x\"\n\n\
             [[words]]\nword = \"ninja\"\ninstead = \"expert\"\nadvice = \"y\"\nwhy = \"x\"\nsource = \"nobody\"\n",
        )
        .expect("parses");
        let problems = w.problems().join("\n");
        assert!(
            problems.contains("`aggressive` suggests `ninja`"),
            "{problems}"
        );
        assert!(
            problems.contains("`ninja` needs `instead` or `advice`"),
            "{problems}"
        );
        assert!(problems.contains("unknown source `nobody`"), "{problems}");
    }

    #[test]
    fn whole_words_and_their_forms_in_any_case() {
        let w = Wording::default_list();
        let hits = w.check_text("We want a Social Media NINJA. Shepherd the flock.", "t");
        let words: Vec<&str> = hits.iter().map(|h| h.word.as_str()).collect();
        assert_eq!(words, ["ninja"], "'she' inside 'Shepherd' is not a hit");
        assert_eq!(hits[0].instead, "expert");
        assert_eq!(hits[0].suggestion(), "write \"expert\" instead");
        assert!(hits[0].context.contains("NINJA"));
        assert!(hits[0].source.contains("Google"), "{}", hits[0].source);
        assert!(w.check_text("a rockstar guru", "t").len() == 2);
        assert!(w.check_text("Work hard, play hard!", "t")[0].word == "work hard, play hard");
        assert_eq!(w.check_text("ninjas", "t")[0].word, "ninja");
        for text in [
            "You will dominate the feed.",
            "Dominating our niche",
            "a dominant voice",
        ] {
            let hits = w.check_text(text, "t");
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!(hits[0].word, "dominant", "{text}");
            assert!(hits[0].instead.is_empty());
            assert_eq!(
                hits[0].suggestion(),
                "say what the person will be in charge of"
            );
        }
        assert!(
            w.check_text("dominoes and the Dominican Republic", "t")
                .is_empty()
        );
    }

    /// A posting from the example answers, with `text` added as a line of
    /// section `id` and `typed` as what the founder typed.
    fn posting_with(id: &str, text: &str, typed: &[&str]) -> Posting {
        let b = crate::builtin::load().expect("built-in data");
        let src = include_str!("../../../examples/answers/growing-two-hires.toml");
        let src = crate::diag::Source::new("growing-two-hires.toml", src);
        let answers = crate::answers::parse_file(&b.tree, &src).expect("answers");
        let rec = crate::decide::decide(&b.tree, &answers);
        let mut p = super::super::build(&b.tree, &b.roles, &answers, &rec.roles)
            .expect("builds")
            .remove(0);
        let at = (p.sections.iter().position(|s| s.id == id)).expect("a section");
        p.sections[at].lines.push(crate::posting::Line {
            label: None,
            text: text.into(),
            sources: vec!["core".into()],
            duty: None,
        });
        p.typed.extend(typed.iter().map(|t| t.to_string()));
        p
    }

    #[test]
    fn the_founders_products_and_people_are_not_the_candidate() {
        let w = Wording::default_list();
        // (section, line, what the founder typed)
        let clean = [
            ("about", "We bake unicorn cakes for children's parties.", ""),
            ("about", "Fresh bread for young families in Leith.", ""),
            ("about", "Twelve holes of crazy golf by the sea.", ""),
            ("about", "We make wizard-themed board games.", ""),
            ("duties", "You will calmly remove aggressive comments.", ""),
            (
                "role",
                "You will talk every day with our young adults.",
                "young adults",
            ),
            (
                "requirements",
                "You know what our young adults want from an app.",
                "Young adults",
            ),
            (
                "role",
                "You will run Crazy Golf Co. on Instagram.",
                "Crazy Golf Co.",
            ),
        ];
        for (id, line, typed) in clean {
            let typed: Vec<&str> = [typed].into_iter().filter(|t| !t.is_empty()).collect();
            let hits = w.check(&[posting_with(id, line, &typed)]);
            assert!(hits.is_empty(), "{line:?} in {id}: {hits:?}");
        }
        // Coded words about the candidate and the job.
        let flagged = [
            ("role", "You are a young, aggressive self-starter.", "young"),
            (
                "requirements",
                "You dominate every room you walk into.",
                "dominant",
            ),
            (
                "requirements",
                "A digital native who lives online.",
                "digital native",
            ),
            ("nice", "You are a true social media guru.", "guru"),
            ("role", "He will report to the founder.", "he"),
        ];
        for (id, line, word) in flagged {
            let hits = w.check(&[posting_with(id, line, &[])]);
            assert_eq!(
                hits.first().map(|h| h.word.as_str()),
                Some(word),
                "{line:?}: {hits:?}"
            );
        }
    }

    #[test]
    fn the_title_is_read_even_when_the_founder_typed_it() {
        let w = Wording::default_list();
        let mut p = posting_with("role", "", &[]);
        p.title.text = "Social Media Ninja".into();
        p.typed.push("Social Media Ninja".into());
        let hits = w.check(&[p]);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(
            hits[0].found_in.ends_with(", title"),
            "{}",
            hits[0].found_in
        );
        assert_eq!(hits[0].context, "Social Media Ninja");
    }

    #[test]
    fn each_word_once_at_its_first_place_in_posting_order() {
        let w = Wording::default_list();
        let mut a = posting_with("requirements", "Be a true guru of our ninja ways.", &[]);
        let role = (a.sections.iter().position(|s| s.id == "role")).expect("role");
        a.sections[role].lines.push(crate::posting::Line {
            label: None,
            text: "We want a rockstar.".into(),
            sources: vec!["core".into()],
            duty: None,
        });
        let b = posting_with("nice", "Not a guru, not a rockstar, but a wizard.", &[]);
        let hits = w.check(&[a, b]);
        let seen: Vec<(&str, &str)> = (hits.iter())
            .map(|h| {
                (
                    h.word.as_str(),
                    h.found_in.rsplit(", ").next().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                ("rockstar", "the role"),
                ("ninja", "what we are looking for"),
                ("guru", "what we are looking for"),
                ("wizard", "nice to have"),
            ]
        );
        assert!(
            hits[0].context.contains("We want a rockstar"),
            "{}",
            hits[0].context
        );
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
