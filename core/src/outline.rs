//! The advice laid out for reading: its headline, then sections of lines
//! under headings, with the strongest few of each long list and a count of
//! the rest. The text report and the full-screen result both draw this one
//! outline and only wrap and style it, so their wording cannot drift apart.
//!
//! Every string in it has had control and escape characters removed.

use crate::decide::{Change, Recommendation};
use crate::posting::Hit;
use crate::text::{and_list, clean_line, upper_first};
use crate::workload;

/// How many answers that led to the verdict are listed.
const LEADING: usize = 6;
/// How many answers that pull the other way, or point to both, are listed.
const OTHERS: usize = 3;
/// How many answers that would change the verdict are listed.
const CHANGES: usize = 8;
/// How many words to reconsider are listed.
const WORDING: usize = 6;

/// The advice as headline and sections.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// The verdict's label: "Hire a community manager".
    pub label: String,
    /// How sure the advice is, in a word ("medium"): beside the leaning
    /// percentages, a second percentage would read as a contradiction.
    pub confidence: &'static str,
    /// "Form of hire: part-time, about 20 hours a week", when the verdict
    /// gives a form.
    pub form: Option<String>,
    /// What the verdict means for these answers.
    pub summary: String,
    /// Each outcome's share of the points, for a tree that weighs them
    /// against each other; empty for one that judges each need on its own,
    /// whose needs are a section instead.
    pub shares: Vec<Share>,
    /// The sections in reading order; empty ones are left out.
    pub sections: Vec<Section>,
}

/// One outcome's share of the points.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// The outcome's label.
    pub label: String,
    /// From 0 to 1.
    pub share: f64,
    /// The share as a whole percentage; the percentages add up to 100.
    pub percent: u32,
}

/// A heading and its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading, without punctuation: "Why", "Watch out".
    pub title: &'static str,
    /// The lines shown.
    pub items: Vec<Item>,
    /// What was left out, such as "… and 3 more answers that weighed less",
    /// followed by the front end's hint on how to see them.
    pub left: Option<String>,
}

/// One line of a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// How the line is marked.
    pub mark: Mark,
    /// The line itself.
    pub text: String,
    /// A second line under it.
    pub note: Option<Note>,
}

/// How a line of a section is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// One of a list.
    Bullet,
    /// Something to watch out for.
    Warn,
    /// A paragraph of its own.
    Plain,
}

/// A line under an item.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// What to do instead of what the warning is about.
    Instead(String),
    /// Why the item matters, in a quieter voice.
    Why(String),
}

impl Outline {
    /// The outline of `rec` and the words to reconsider in its postings.
    /// With `all`, every reason, change and word is listed; otherwise the
    /// strongest few, and `more` follows the count of those left out to
    /// say how to see them (" (--all lists them)").
    pub fn new(rec: &Recommendation, wording: &[Hit], all: bool, more: &str) -> Self {
        let mut sections = Vec::new();
        let mut add = |s: Section| {
            if !s.items.is_empty() {
                sections.push(s);
            }
        };
        let needs = needs(rec);
        let shares = if needs.is_empty() {
            let split: Vec<f64> = rec.scores.iter().map(|s| s.share).collect();
            (rec.scores.iter())
                .zip(crate::decide::percents(&split))
                .map(|(s, percent)| Share {
                    label: clean_line(&s.label),
                    share: s.share,
                    percent,
                })
                .collect()
        } else {
            Vec::new()
        };
        add(section("The need for each role", Mark::Bullet, needs));
        add(section(
            "The work you described, roughly",
            Mark::Bullet,
            work(rec),
        ));
        add(section(
            "Hire first",
            Mark::Plain,
            rec.hire_first_label()
                .map(|label| format!("{label}. {}", rec.hire_first_because))
                .into_iter()
                .collect(),
        ));
        let split = rec.reasons_split();
        for (title, reasons, most) in [
            ("Why", split.leading, LEADING),
            ("Pulling the other way", split.against, OTHERS),
            ("Pointing to both", split.both, OTHERS),
        ] {
            let lines: Vec<String> = (reasons.iter())
                .map(|r| format!("You said \"{}\" ({}): {}", r.answer, r.prompt, r.text))
                .collect();
            let mut s = section(title, Mark::Bullet, lines);
            s.left = cut(&mut s.items, most, all, more, more_answers);
            add(s);
        }
        add(Section {
            title: "Watch out",
            items: (rec.warnings.iter())
                .map(|w| Item {
                    mark: Mark::Warn,
                    text: clean_line(&w.message),
                    note: (!w.instead.is_empty()).then(|| Note::Instead(clean_line(&w.instead))),
                })
                .collect(),
            left: None,
        });
        add(Section::wording(wording, all, more));
        let changes: Vec<String> = rec.changes.iter().map(|c| change(rec, c)).collect();
        let mut s = section("What would change this", Mark::Bullet, changes);
        s.left = cut(&mut s.items, CHANGES, all, more, more_of);
        add(s);
        add(section("Next steps", Mark::Bullet, rec.then.clone()));
        Self {
            label: clean_line(&rec.label),
            confidence: rec.confidence_label,
            form: (!rec.form.is_empty())
                .then(|| clean_line(&format!("Form of hire: {}", rec.form))),
            summary: clean_line(&rec.summary),
            shares,
            sections,
        }
    }
}

impl Section {
    /// The words to reconsider in a posting, each with why: the strongest
    /// few unless `all`, as in `Outline::new`.
    pub fn wording(hits: &[Hit], all: bool, more: &str) -> Self {
        let mut s = Self {
            title: "Wording to reconsider in the posting",
            items: (hits.iter())
                .map(|h| Item {
                    mark: Mark::Warn,
                    text: clean_line(&format!(
                        "\"{}\" (in {}): {}.",
                        h.word,
                        h.found_in,
                        h.suggestion()
                    )),
                    note: Some(Note::Why(clean_line(&h.why))),
                })
                .collect(),
            left: None,
        };
        s.left = cut(&mut s.items, WORDING, all, more, more_of);
        s
    }
}

/// A section of lines marked alike.
fn section(title: &'static str, mark: Mark, lines: Vec<String>) -> Section {
    Section {
        title,
        items: (lines.iter())
            .map(|l| Item {
                mark,
                text: clean_line(l),
                note: None,
            })
            .collect(),
        left: None,
    }
}

/// Keep the first `most` items unless `all`, and say how many were left.
fn cut(
    items: &mut Vec<Item>,
    most: usize,
    all: bool,
    more: &str,
    count: fn(usize) -> String,
) -> Option<String> {
    if all || items.len() <= most {
        return None;
    }
    let left = items.len() - most;
    items.truncate(most);
    Some(format!("{}{}", count(left), clean_line(more)))
}

/// "… and 3 more answers that weighed less", for the reasons not shown.
fn more_answers(n: usize) -> String {
    match n {
        1 => "… and 1 more answer that weighed less".to_string(),
        n => format!("… and {n} more answers that weighed less"),
    }
}

/// "… and 3 more", for changes and words not shown.
fn more_of(n: usize) -> String {
    format!("… and {n} more")
}

/// Each role's need against the points from which it is real work, one
/// line per role; empty for a tree that weighs shares instead.
fn needs(rec: &Recommendation) -> Vec<String> {
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
                s.label,
                if points == 1.0 { "point" } else { "points" },
                need.round()
            ))
        })
        .collect()
}

/// The workload estimate, a line for each outcome with work, with its main
/// inputs; empty when the tree estimates none.
fn work(rec: &Recommendation) -> Vec<String> {
    (rec.workload.outcomes.iter())
        .filter(|o| o.hours > 0.0)
        .map(|o| {
            let main: Vec<String> = (o.inputs.iter().take(3))
                .map(|i| format!("{} ({})", i.what, workload::about(i.hours)))
                .collect();
            format!(
                "{}: about {} hours a week, mostly {}.",
                upper_first(&o.work),
                workload::about(o.hours),
                and_list(&main)
            )
        })
        .collect()
}

/// One answer whose change would give another verdict, with what it does
/// to each need.
fn change(rec: &Recommendation, c: &Change) -> String {
    let moved: Vec<String> = (rec.scores.iter().zip(&c.points))
        .filter(|(s, p)| (s.points - **p).abs() >= 0.5)
        .map(|(s, p)| {
            format!(
                "{} {} → {}",
                s.label,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize) -> Vec<Item> {
        (0..n)
            .map(|i| Item {
                mark: Mark::Bullet,
                text: i.to_string(),
                note: None,
            })
            .collect()
    }

    #[test]
    fn long_lists_keep_the_strongest_and_count_the_rest() {
        let mut v = items(9);
        let left = cut(&mut v, 6, false, " (m shows them)", more_answers);
        assert_eq!(v.len(), 6);
        assert_eq!(
            left.as_deref(),
            Some("… and 3 more answers that weighed less (m shows them)")
        );
        let mut v = items(7);
        assert_eq!(
            cut(&mut v, 6, false, "", more_answers).as_deref(),
            Some("… and 1 more answer that weighed less")
        );
    }

    #[test]
    fn all_or_a_short_list_keeps_every_item() {
        let mut v = items(9);
        assert_eq!(cut(&mut v, 6, true, "", more_of), None);
        assert_eq!(v.len(), 9);
        let mut v = items(6);
        assert_eq!(cut(&mut v, 6, false, "", more_of), None);
        assert_eq!(v.len(), 6);
    }

    #[test]
    fn hints_lose_their_escape_characters() {
        let mut v = items(2);
        let left = cut(&mut v, 1, false, " \u{1b}[31m(x)", more_of);
        assert_eq!(left.as_deref(), Some("… and 1 more [31m(x)"));
    }
}
