//! The one way from answers to advice: the recommendation, the postings
//! with their kits, and the wording notes. Every front end calls `advise`
//! and only presents what it returns.

use crate::answers::Answers;
use crate::decide::{self, Recommendation};
use crate::posting::{self, BuildError, Hit, Posting, RoleData, Wording};
use crate::tree::Tree;

/// Everything the answers lead to.
#[derive(Debug, Clone, PartialEq)]
pub struct Advice {
    /// What to hire and why.
    pub recommendation: Recommendation,
    /// One posting per role to hire, the one to hire first first; an error
    /// only for role data that does not define a role a verdict names,
    /// which `hirewise check` refuses.
    pub postings: Result<Vec<Posting>, BuildError>,
    /// Words in the postings worth replacing.
    pub wording: Vec<Hit>,
    /// The answers on the path, which are the ones that count.
    pub answers: Answers,
}

/// Decide from the answers on a founder's path and write the postings.
pub fn advise(tree: &Tree, roles: &RoleData, answers: &Answers) -> Advice {
    let mut recommendation = decide::decide(tree, answers);
    let postings = posting::build(tree, roles, answers, &recommendation.roles);
    if let Ok(p) = &postings {
        let laws = crate::paylaw::check(crate::paylaw::builtin(), p);
        recommendation.warnings.extend(laws);
    }
    let wording = postings
        .as_ref()
        .map(|p| Wording::default_list().check(p))
        .unwrap_or_default();
    Advice {
        recommendation,
        postings,
        wording,
        answers: answers.clone(),
    }
}

/// The same, for a front end that cannot go on without postings.
pub fn advise_all(
    tree: &Tree,
    roles: &RoleData,
    answers: &Answers,
) -> Result<(Advice, Vec<Posting>), BuildError> {
    let mut advice = advise(tree, roles, answers);
    let postings = std::mem::replace(&mut advice.postings, Ok(Vec::new()))?;
    Ok((advice, postings))
}

/// The currency of the place the job is in, or of the first place remote
/// applicants may live, when one is answered.
fn local_currency(tree: &Tree, answers: &Answers) -> Option<String> {
    use crate::answers::Answer;
    use crate::tree::TextFormat;
    let typed = |format: TextFormat| {
        tree.questions
            .iter()
            .filter(|q| q.format == format)
            .find_map(|q| match answers.get(&q.id) {
                Some(Answer::Text(t)) => Some(t.clone()),
                _ => None,
            })
    };
    let country = typed(TextFormat::Country).or_else(|| {
        let tokens: Vec<String> = typed(TextFormat::Countries)?
            .split(", ")
            .map(str::to_string)
            .collect();
        crate::places::expand(&tokens)
            .first()
            .map(|c| c.to_string())
    })?;
    crate::places::currency_of(&country).map(str::to_string)
}

/// What the core works out for a question's `prefill`: the job title the
/// advice suggests for the answers so far.
pub fn prefill(tree: &Tree, roles: &RoleData, answers: &Answers, question: &str) -> Option<String> {
    let q = tree.question(question)?;
    let index = match q.prefill.as_deref()? {
        "title" => 0,
        "second_title" => 1,
        "currency" => return local_currency(tree, answers),
        _ => return None,
    };
    let rec = decide::decide(tree, answers);
    posting::suggested_title(tree, roles, answers, &rec.roles, index, question)
}
