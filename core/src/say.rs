//! What a placeholder says for a set of answers: the answer to a question,
//! or the words the options picked give (`say`), each with the answers it
//! comes from, named `question` or `question.option`.

use crate::answers::{Answer, Answers};
use crate::fill::{Slot, Template, Value};
use crate::text::{clean_line, lower_first};
use crate::tree::{Kind, Tree};

/// The source name of an option picked for a question.
pub fn source(question: &str, option: &str) -> String {
    format!("{question}.{option}")
}

/// What `slot` says for these answers; `None` when it names neither a
/// question nor a word that an option gives.
pub fn value(tree: &Tree, answers: &Answers, slot: &Slot) -> Option<Value> {
    value_at(tree, answers, slot, 0)
}

/// An option's word may quote an answer, which may be another word: deeper
/// than this is a loop, which the checked tree cannot have.
const DEPTH: usize = 4;

fn value_at(tree: &Tree, answers: &Answers, slot: &Slot, depth: usize) -> Option<Value> {
    if let Some(q) = tree.question(&slot.name) {
        let Some(a) = answers.get(&q.id).filter(|a| **a != Answer::Skipped) else {
            return Some(Value::default());
        };
        let picked = || a.picks().filter_map(|id| q.option(id));
        let mut v = Value::default();
        match slot.modifier.as_deref() {
            Some("count") => {
                v.words.push(a.picks().count().to_string());
                v.sources.push(q.id.clone());
            }
            Some("iso") => {
                // The standard form kept: a code, digits, YYYY-MM-DD.
                let kept = match a {
                    Answer::Text(t) => t.clone(),
                    other => other.display(q),
                };
                v.words.push(clean_line(&kept));
                v.sources.push(q.id.clone());
            }
            Some("money") => {
                // The amount in the currency the founder gave.
                let currency = currency_answer(tree, answers);
                if let (Answer::Text(t), Some((code, from))) = (a, currency) {
                    if let Ok(n) = t.parse::<f64>() {
                        v.words.push(crate::places::money(n, &code));
                        v.sources.push(q.id.clone());
                        v.sources.push(from);
                    }
                }
            }
            Some("phrase") => {
                v.words
                    .push(crate::text::phrase(&clean_line(&a.display(q))));
                v.sources.push(q.id.clone());
            }
            None | Some(crate::fill::OR) if q.kind.has_options() => {
                for o in picked() {
                    let label = clean_line(&o.label);
                    v.words.push(if q.kind == Kind::Multi {
                        lower_first(&label)
                    } else {
                        label
                    });
                    v.sources.push(source(&q.id, &o.id));
                }
            }
            None if q.format == crate::tree::TextFormat::Date => {
                // "31 March 2027", as people write a date in a sentence.
                let shown = a.display(q);
                let day = shown.parse::<jiff::civil::Date>().ok();
                v.words.push(day.map_or_else(
                    || clean_line(&shown),
                    |d| d.strftime("%-d %B %Y").to_string(),
                ));
                v.sources.push(q.id.clone());
            }
            None | Some(crate::fill::OR) => {
                v.words.push(clean_line(&a.display(q)));
                v.sources.push(q.id.clone());
            }
            Some(tag) => {
                for o in picked().filter(|o| o.tags.iter().any(|t| t == tag)) {
                    v.words.push(lower_first(&clean_line(&o.label)));
                    v.sources.push(source(&q.id, &o.id));
                }
            }
        }
        return Some(v);
    }
    let tag = (slot.modifier.as_deref()).filter(|m| *m != "count" && *m != crate::fill::OR);
    let mut v = Value::default();
    let mut known = false;
    for q in &tree.questions {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        for o in a.picks().filter_map(|id| q.option(id)) {
            for (word, said) in &o.say {
                if *word != slot.name {
                    continue;
                }
                known = true;
                if tag.is_some_and(|t| !o.tags.iter().any(|x| x == t)) {
                    continue;
                }
                let filled = said.fill(|inner| {
                    if depth >= DEPTH {
                        return Value::default();
                    }
                    value_at(tree, answers, inner, depth + 1).unwrap_or_default()
                });
                if filled.gap {
                    continue;
                }
                v.words.push(clean_line(&filled.text));
                v.sources.push(source(&q.id, &o.id));
                v.sources.extend(filled.sources);
            }
        }
    }
    if !known && !crate::tree::build_words(tree).contains(&slot.name) {
        return None;
    }
    if slot.modifier.as_deref() == Some("count") {
        v.words = vec![v.words.len().to_string()];
    }
    Some(v)
}

/// The currency answered on the path, and its question: the currency of
/// every amount (`{pay_min:money}`).
fn currency_answer(tree: &Tree, answers: &Answers) -> Option<(String, String)> {
    tree.questions
        .iter()
        .filter(|q| q.format == crate::tree::TextFormat::Currency)
        .find_map(|q| match answers.get(&q.id) {
            Some(Answer::Text(code)) => Some((code.clone(), q.id.clone())),
            _ => None,
        })
}

/// A template filled from the answers alone, as warnings and next steps
/// are; a placeholder that names nothing (only in a tree that was not
/// checked) is left as written.
pub fn fill(tree: &Tree, template: &Template, answers: &Answers) -> String {
    template
        .fill(|slot| {
            value(tree, answers, slot).unwrap_or_else(|| Value {
                words: vec![format!("{{{}}}", slot.name)],
                sources: Vec::new(),
            })
        })
        .text
}
