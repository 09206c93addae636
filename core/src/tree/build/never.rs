//! Conditions that can never hold: tests that contradict each other, so the
//! line, warning or question behind them would never show. Only what one
//! condition says on its own is judged (the tests joined by "and" at one
//! level, and inside `all`), never what the answers happen to be.

use super::*;

/// What the tests of one condition say about one question's answer.
#[derive(Default)]
struct About {
    /// Options one of which must be picked, by each `is` test.
    is: Vec<Vec<String>>,
    is_not: Vec<String>,
    answered: Option<bool>,
    other_tests: bool,
    at_least: Option<f64>,
    at_most: Option<f64>,
}

/// Why `parts` (tests joined by "and") can never all hold, if they cannot.
pub(super) fn contradiction(parts: &[Cond], infos: &[QInfo]) -> Option<String> {
    let mut about: HashMap<QuestionId, About> = HashMap::new();
    let mut first: Vec<bool> = Vec::new();
    let mut flat: Vec<&Cond> = Vec::new();
    fn gather<'a>(c: &'a Cond, out: &mut Vec<&'a Cond>) {
        match c {
            Cond::All(cs) => cs.iter().for_each(|c| gather(c, out)),
            c => out.push(c),
        }
    }
    parts.iter().for_each(|c| gather(c, &mut flat));
    for c in flat {
        match c {
            Cond::Answer { question, test } => {
                let a = about.entry(*question).or_default();
                // Options a question lacks were reported where they stand.
                let known = |o: &String| {
                    infos
                        .get(question.index())
                        .is_some_and(|i| i.options.contains(o))
                };
                let is: Vec<String> = test.is.iter().filter(|o| known(o)).cloned().collect();
                if !is.is_empty() {
                    a.is.push(is);
                }
                a.is_not.extend(test.is_not.iter().cloned());
                if let Some(want) = test.answered {
                    a.answered = Some(want);
                }
                a.other_tests |= !test.is.is_empty()
                    || !test.is_not.is_empty()
                    || test.tagged.is_some()
                    || test.selected_at_least.is_some()
                    || test.at_least.is_some()
                    || test.at_most.is_some()
                    || !test.contains_any.is_empty()
                    || !test.in_places.is_empty();
                a.at_least = test.at_least.or(a.at_least);
                a.at_most = test.at_most.or(a.at_most);
                if let (Some(n), Some(info)) = (test.selected_at_least, infos.get(question.index()))
                {
                    if n > info.options.len() {
                        return Some(format!(
                            "`selected_at_least = {n}` asks for more picks than the question has options ({})",
                            info.options.len()
                        ));
                    }
                }
            }
            Cond::First(f) => first.push(*f),
            _ => {}
        }
    }
    if first.contains(&true) && first.contains(&false) {
        return Some("`first = true` and `first = false` at once".into());
    }
    for (qi, a) in &about {
        let Some(info) = infos.get(qi.index()) else {
            continue;
        };
        if a.answered == Some(false) && a.other_tests {
            return Some("`answered = false` together with a test of the answer".into());
        }
        if let (Some(lo), Some(hi)) = (a.at_least, a.at_most) {
            if lo > hi {
                return Some(format!("`at_least = {lo}` above `at_most = {hi}`"));
            }
        }
        // A single answer is one option: every `is` must allow it, and no
        // `is_not` may forbid it.
        if matches!(info.kind, Kind::Single | Kind::Confirm) && !a.is.is_empty() {
            let allowed: Vec<&String> = (info.options.iter())
                .filter(|o| a.is.iter().all(|set| set.contains(o)))
                .filter(|o| !a.is_not.contains(o))
                .collect();
            if allowed.is_empty() {
                return Some("its tests of one answer allow no option at all".into());
            }
        }
        if info.kind == Kind::Multi {
            for set in &a.is {
                if set.iter().all(|o| a.is_not.contains(o)) {
                    return Some("`is` names only options that `is_not` rules out".into());
                }
            }
        }
    }
    None
}
