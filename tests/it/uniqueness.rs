//! Postings written for different founders must read as written for each
//! of them. Over the examples, this measures how many of a posting's
//! sentences appear word for word in another example's posting of the same
//! role once the founders' typed answers are masked, checks that no two
//! lines of one posting or kit say the same thing, and that each posting
//! carries the duties real postings of its role carry.
//!
//! `cargo test --test uniqueness -- --nocapture` prints the figures;
//! with `SHOW_SHARED=1` it also prints each shared sentence.

use hirewise_core::answers::Answer;
use hirewise_core::posting::Posting;
use hirewise_core::tree::Kind;
use std::collections::{BTreeMap, BTreeSet};

use crate::support::examples;
use examples::{data, examples, run_text};

/// Each example's postings, with the founder's typed answers masked.
fn masked() -> Vec<(String, Posting, Vec<String>, Vec<String>)> {
    let b = data();
    let mut out = Vec::new();
    for (name, text) in examples() {
        let (advice, postings) = run_text(&name, &text);
        // The founder's own text, longest first so that a name inside a
        // longer answer is masked with it.
        let mut typed: Vec<String> = (b.tree.questions.iter())
            .filter(|q| q.kind == Kind::Text)
            .filter_map(|q| match advice.answers.get(&q.id) {
                Some(Answer::Text(t)) => Some(t.clone()),
                _ => None,
            })
            .collect();
        typed.sort_by_key(|t| std::cmp::Reverse(t.len()));
        for p in postings {
            let mut sentences = Vec::new();
            for s in p.sections.iter().filter(|s| s.id != "details") {
                for l in &s.lines {
                    let mut t = l.text.clone();
                    for x in &typed {
                        t = t.replace(x.as_str(), "X");
                    }
                    // A sentence that is the founder's own text with a
                    // word or two around it ("X is X.") is theirs alone.
                    sentences.extend(
                        split_sentences(&t)
                            .into_iter()
                            .filter(|s| own_words(s) >= 3),
                    );
                }
            }
            out.push((name.clone(), p, sentences, typed.clone()));
        }
    }
    out
}

/// The words of a masked sentence that are not the founder's.
fn own_words(sentence: &str) -> usize {
    (sentence.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && *w != "X")
        .count()
}

fn split_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        cur.push(*c);
        let end = matches!(c, '.' | '?' | '!') && chars.get(i + 1).is_none_or(|n| *n == ' ');
        if end {
            out.push(cur.trim().to_string());
            cur.clear();
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => xs[n / 2],
        _ => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

#[test]
fn postings_for_different_founders_share_few_sentences() {
    let all = masked();
    type Of<'a> = (&'a str, BTreeSet<&'a str>, &'a Vec<String>);
    let mut by_role: BTreeMap<&str, Vec<Of<'_>>> = BTreeMap::new();
    for (name, p, sentences, _) in &all {
        let set: BTreeSet<&str> = sentences.iter().map(String::as_str).collect();
        by_role
            .entry(p.role.as_str())
            .or_default()
            .push((name.as_str(), set, sentences));
    }
    let mut shares = Vec::new();
    let mut worst_pair = (0.0_f64, String::new());
    for (role, postings) in &by_role {
        for (i, (name, _, sentences)) in postings.iter().enumerate() {
            let others: BTreeSet<&str> = (postings.iter().enumerate())
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, (_, set, _))| set.iter().copied())
                .collect();
            let shared: Vec<&String> = sentences
                .iter()
                .filter(|s| others.contains(s.as_str()))
                .collect();
            let shown = shared.clone();
            let shared = shared.len();
            let share = shared as f64 / sentences.len().max(1) as f64;
            eprintln!(
                "{role:10} {name:40} {:3} sentences, {:3.0}% shared",
                sentences.len(),
                share * 100.0
            );
            if std::env::var_os("SHOW_SHARED").is_some() {
                for s in shown {
                    eprintln!("    shared: {s}");
                }
            }
            shares.push(share);
            for (j, (other, set, _)) in postings.iter().enumerate() {
                if i == j {
                    continue;
                }
                let pair = sentences
                    .iter()
                    .filter(|s| set.contains(s.as_str()))
                    .count() as f64
                    / sentences.len().max(1) as f64;
                if pair > worst_pair.0 {
                    worst_pair = (pair, format!("{role}: {name} in {other}"));
                }
            }
        }
    }
    let med = median(shares);
    eprintln!(
        "median share {:.1}%, largest pair {:.1}% ({})",
        med * 100.0,
        worst_pair.0 * 100.0,
        worst_pair.1
    );
    assert!(
        med < 0.15,
        "median share of shared sentences {:.1}%",
        med * 100.0
    );
    assert!(
        worst_pair.0 <= 0.35,
        "{}: {:.1}% of sentences shared",
        worst_pair.1,
        worst_pair.0 * 100.0
    );
}

#[test]
fn the_same_answers_always_give_the_same_posting() {
    for (name, text) in examples() {
        let a = run_text(&name, &text).1;
        let b = run_text(&name, &text).1;
        assert_eq!(a, b, "{name}");
    }
}

/// Words that carry no idea of their own.
const GLUE: &[&str] = &[
    "about", "after", "also", "been", "before", "both", "each", "from", "have", "into", "just",
    "more", "most", "much", "only", "other", "ours", "over", "rather", "some", "such", "than",
    "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "very",
    "want", "what", "when", "where", "which", "while", "will", "with", "would", "your",
];

/// The lower-case words of four letters or more that are not glue: what
/// a line is about.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !GLUE.contains(&w.as_str()))
        .collect()
}

#[test]
fn no_two_lines_of_a_posting_or_kit_say_the_same_thing() {
    // Names of places, people and colleagues come from the answers and
    // recur on purpose; the idea of a line is in its other words.
    let b = data();
    let mut named: BTreeSet<String> = BTreeSet::new();
    for o in b.tree.questions.iter().flat_map(|q| &q.options) {
        for (_, said) in &o.say {
            let text = said.fill(|s| hirewise_core::fill::Value::one(s.name.clone(), ""));
            named.extend(words(&text.text));
        }
    }
    for (name, p, _, typed) in masked() {
        for doc in [&p.sections, &p.kit] {
            let lines: Vec<&str> = (doc.iter())
                .filter(|s| s.id != "details")
                .flat_map(|s| s.lines.iter().map(|l| l.text.as_str()))
                .collect();
            for (i, a) in lines.iter().enumerate() {
                for b in &lines[i + 1..] {
                    let content = |t: &str| -> BTreeSet<String> {
                        let mut t = t.to_string();
                        for x in &typed {
                            t = t.replace(x.as_str(), " ");
                        }
                        words(&t)
                            .into_iter()
                            .filter(|w| !named.contains(w))
                            .collect()
                    };
                    let (wa, wb) = (content(a), content(b));
                    let common = wa.intersection(&wb).count();
                    let smaller = wa.len().min(wb.len());
                    assert!(
                        smaller < 4 || (common as f64) / (smaller as f64) < 0.7,
                        "{name}, {}: two lines say much the same:\n  {a}\n  {b}",
                        p.role
                    );
                }
            }
        }
    }
}

#[test]
fn each_posting_carries_the_duties_real_postings_of_its_role_carry() {
    let b = data();
    let mut total = 0usize;
    let mut covered = 0usize;
    for (name, p, _, _) in masked() {
        let role = b.roles.role(&p.role).expect("a role of the data");
        let duties: BTreeSet<&str> = (p.sections.iter())
            .flat_map(|s| &s.lines)
            .filter_map(|l| l.duty.as_deref())
            .collect();
        let missing: Vec<&String> = role
            .core
            .iter()
            .filter(|d| !duties.contains(d.as_str()))
            .collect();
        eprintln!(
            "{name} {}: {} of {} core duties, missing {missing:?}",
            p.role,
            role.core.len() - missing.len(),
            role.core.len()
        );
        total += role.core.len();
        covered += role.core.len() - missing.len();
        assert!(
            missing.len() <= 1,
            "{name}, {}: core duties missing: {missing:?}",
            p.role
        );
    }
    let share = covered as f64 / total as f64;
    eprintln!("core duties covered: {:.1}%", share * 100.0);
    assert!(share >= 0.9, "{:.1}% of core duties covered", share * 100.0);
}
