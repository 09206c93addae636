//! Checking a raw tree and building the model from it, collecting every
//! problem on the way instead of stopping at the first.

mod cond;
mod lints;
mod question;

use super::locate::{self, Step};
use super::raw::{Id, RawAdditions, RawCond, RawQuestion, RawStep, RawTree};
use super::{
    Additions, AnswerTest, Choice, Cond, DecisionParams, Kind, Meta, Next, NextStep, Outcome,
    Question, Tree, Verdict, Warning, flow,
};
use crate::diag::{Diagnostic, Source};
use std::collections::HashMap;
use std::ops::Range;
use toml::Spanned;

/// The reserved `next` target that ends the questions.
pub const END: &str = "end";

/// Build a tree from a source, returning it (when it could be built at all)
/// with every diagnostic found.
pub fn build(src: &Source) -> (Option<Tree>, Vec<Diagnostic>) {
    let mut b = Builder {
        src,
        diags: Vec::new(),
        question_spans: HashMap::new(),
        outcome_spans: Vec::new(),
    };
    let raw = match b.parse() {
        Some(raw) => raw,
        None => return (None, b.diags),
    };
    let tree = b.tree(raw);
    if let Some(tree) = &tree {
        b.flow_checks(tree);
        b.weight_checks(tree);
    }
    b.diags.sort_by_key(|d| (d.line, d.column));
    (tree, b.diags)
}

struct Builder<'s> {
    src: &'s Source,
    diags: Vec<Diagnostic>,
    /// Where each question id stands, for problems found after building.
    question_spans: HashMap<String, Range<usize>>,
    /// Where each outcome id stands, in order.
    outcome_spans: Vec<Range<usize>>,
}

/// The ids a question's options can be named by, for checking conditions.
struct QInfo {
    kind: Kind,
    options: Vec<String>,
}

impl Builder<'_> {
    fn error(&mut self, span: Option<Range<usize>>, msg: impl Into<String>, hint: &str) {
        let mut d = Diagnostic::error(self.src, span, msg);
        if !hint.is_empty() {
            d = d.with_hint(hint);
        }
        self.diags.push(d);
    }

    fn parse(&mut self) -> Option<RawTree> {
        let text = self.src.text.as_str();
        let de = match toml::de::Deserializer::parse(text) {
            Ok(de) => de,
            Err(e) => {
                self.error(
                    e.span(),
                    toml_message(&e),
                    "fix the TOML syntax at this place",
                );
                return None;
            }
        };
        let mut unknown = Vec::new();
        let raw: Result<RawTree, _> =
            serde_ignored::deserialize(de, |path| unknown.push(locate::steps(&path)));
        match raw {
            Ok(raw) => {
                let spans = locate::spans_of(text, &unknown);
                for (steps, span) in unknown.iter().zip(spans) {
                    let name = locate::dotted(steps);
                    self.error(
                        span,
                        format!("unknown key `{name}`"),
                        "check the spelling against docs/questions.md",
                    );
                }
                Some(raw)
            }
            Err(e) => {
                self.error(
                    e.span(),
                    toml_message(&e),
                    "see docs/questions.md for the expected types",
                );
                None
            }
        }
    }

    /// Ids are written in answers files and shown in messages, so they are
    /// kept to letters, digits, `_` and `-`.
    fn check_id(&mut self, id: &Id, what: &str) {
        let ok = !id.get_ref().is_empty()
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !ok {
            let shown = crate::text::clean_line(id.get_ref());
            self.error(
                Some(id.span()),
                format!("{what} id `{shown}` may only use letters, digits, `_` and `-`"),
                "ids are written in answers files; keep them short and plain, such as `team_size`",
            );
        }
    }

    fn required<T>(
        &mut self,
        v: Option<T>,
        key: &str,
        what: &str,
        span: Range<usize>,
    ) -> Option<T> {
        if v.is_none() {
            self.error(
                Some(span),
                format!("{what} has no `{key}`"),
                &format!("add `{key} = ...` to this {what}"),
            );
        }
        v
    }

    fn tree(&mut self, mut raw: RawTree) -> Option<Tree> {
        let (title, intro, start) = match raw.meta.take() {
            Some(m) => {
                let m = m.into_inner();
                (m.title.map(Spanned::into_inner), m.intro, m.start)
            }
            None => (None, None, None),
        };
        let decision = match raw.decision.take() {
            Some(d) => {
                let span = d.span();
                let d = d.into_inner();
                let balance = d.balance.map_or(0.3, Spanned::into_inner);
                if !(0.0..=1.0).contains(&balance) {
                    self.error(
                        Some(span.clone()),
                        "`balance` must be between 0 and 1",
                        "0.3 means shares within 30 points of each other count as balanced",
                    );
                }
                DecisionParams {
                    balance,
                    min_evidence: d.min_evidence.map_or(4.0, Spanned::into_inner),
                }
            }
            None => DecisionParams {
                balance: 0.3,
                min_evidence: 4.0,
            },
        };

        let outcomes = self.outcomes(&raw);
        let outcome_ids: Vec<String> = outcomes.iter().map(|o| o.id.clone()).collect();

        // Question ids first, so references can point forward.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut infos: Vec<QInfo> = Vec::new();
        let mut first_line: HashMap<String, usize> = HashMap::new();
        for q in &raw.questions {
            let Some(id) = &q.get_ref().id else { continue };
            self.check_id(id, "question");
            if let Some(line) = first_line.get(id.get_ref()) {
                let line = *line;
                self.error(Some(id.span()), format!("duplicate question id `{}`", id.get_ref()), &format!("the first question with this id is at line {line}; give each question its own id"));
                continue;
            }
            first_line.insert(id.get_ref().clone(), self.src.line_col(id.span().start).0);
            self.question_spans.insert(id.get_ref().clone(), id.span());
            index.insert(id.get_ref().clone(), infos.len());
            let kind = q
                .get_ref()
                .kind
                .as_ref()
                .and_then(|k| Kind::parse(k.get_ref()))
                .unwrap_or(Kind::Text);
            let mut options: Vec<String> = q
                .get_ref()
                .options
                .iter()
                .filter_map(|o| o.get_ref().id.as_ref().map(|i| i.get_ref().clone()))
                .collect();
            if kind == Kind::Confirm {
                options = vec!["yes".into(), "no".into()];
            }
            infos.push(QInfo { kind, options });
        }
        if raw.questions.is_empty() {
            self.error(
                None,
                "the tree has no questions",
                "add at least one [[questions]] table",
            );
        }
        let refs = Refs {
            index: &index,
            infos: &infos,
            outcomes: &outcome_ids,
        };

        let mut questions = Vec::new();
        let count = raw.questions.len();
        for (pos, q) in raw.questions.into_iter().enumerate() {
            let span = q.span();
            // A duplicate keeps its place in file order but is not reachable by id.
            if let Some(qq) = self.question(q.into_inner(), pos, span, &refs) {
                questions.push((pos, qq));
            }
        }
        // Default `next` is the following question in the file.
        let ids_in_order: Vec<Option<usize>> = questions
            .iter()
            .map(|(_, q)| index.get(&q.id).copied())
            .collect();
        let complete =
            questions.len() == count && ids_in_order.iter().enumerate().all(|(i, x)| *x == Some(i));
        let start = match start {
            Some(s) => self.target_of("start", &s, &refs),
            None => Some(if questions.is_empty() {
                Next::End
            } else {
                Next::Question(0)
            }),
        };
        let mut verdicts = Vec::new();
        let nv = raw.verdicts.len();
        if nv == 0 {
            self.error(
                None,
                "the tree has no verdicts",
                "add [[verdicts]] tables; the last one, without `when`, is the fallback",
            );
        }
        for (i, v) in raw.verdicts.into_iter().enumerate() {
            let span = v.span();
            let v = v.into_inner();
            let id = self.required(v.id, "id", "verdict", span.clone());
            let label = self.required(v.label, "label", "verdict", span.clone());
            let when = match v.when {
                Some(c) => self.cond(c, &refs),
                None => {
                    if i + 1 < nv {
                        self.error(Some(span.clone()), "a verdict without `when` always holds, so the verdicts after it are never reached", "give this verdict a `when`, or move it last");
                    }
                    None
                }
            };
            if i + 1 == nv && when.is_some() {
                self.error(
                    Some(span.clone()),
                    "the last verdict must have no `when`, so that some verdict always holds",
                    "remove `when` from the last verdict",
                );
            }
            let then: Vec<NextStep> = (v.then.into_iter())
                .filter_map(|s| self.step(s, &refs))
                .collect();
            if let (Some(id), Some(label)) = (id, label) {
                verdicts.push(Verdict {
                    at: id.span().start,
                    id: id.into_inner(),
                    label,
                    summary: v.summary.unwrap_or_default(),
                    roles_at: v.roles.iter().map(|r| r.span().start).collect(),
                    roles: v.roles.into_iter().map(Spanned::into_inner).collect(),
                    then,
                    when,
                });
            }
        }
        let mut warnings = Vec::new();
        for w in raw.warnings {
            let span = w.span();
            let w = w.into_inner();
            let id = self.required(w.id, "id", "warning", span.clone());
            let message = self.required(w.message, "message", "warning", span.clone());
            let when = self
                .required(w.when, "when", "warning", span.clone())
                .and_then(|c| self.cond(c, &refs));
            if let (Some(id), Some(message), Some(when)) = (id, message, when) {
                warnings.push(Warning {
                    id: id.into_inner(),
                    when,
                    message,
                    instead: w.instead.unwrap_or_default(),
                });
            }
        }
        if !complete || self.diags.iter().any(Diagnostic::is_error) {
            return None;
        }
        let questions: Vec<Question> = questions.into_iter().map(|(_, q)| q).collect();
        Some(Tree {
            name: self.src.name.clone(),
            meta: Meta {
                title: title.unwrap_or_else(|| "hirewise".into()),
                intro: intro.unwrap_or_default(),
            },
            decision,
            outcomes,
            verdicts,
            questions,
            warnings,
            start: start?,
            index,
        })
    }

    fn outcomes(&mut self, raw: &RawTree) -> Vec<Outcome> {
        let mut out: Vec<Outcome> = Vec::new();
        if raw.outcomes.is_empty() {
            self.error(
                None,
                "the tree has no outcomes",
                "add [[outcomes]] tables, one per role a founder could need",
            );
        }
        for o in &raw.outcomes {
            let span = o.span();
            let o = o.get_ref();
            let Some(id) = &o.id else {
                self.error(
                    Some(span),
                    "outcome has no `id`",
                    "add `id = ...` to this outcome",
                );
                continue;
            };
            self.check_id(id, "outcome");
            self.outcome_spans.push(id.span());
            if out.iter().any(|x| &x.id == id.get_ref()) {
                self.error(
                    Some(id.span()),
                    format!("duplicate outcome id `{}`", id.get_ref()),
                    "give each outcome its own id",
                );
                continue;
            }
            out.push(Outcome {
                id: id.get_ref().clone(),
                label: o.label.clone().unwrap_or_else(|| id.get_ref().clone()),
                first_because: o.first_because.clone().unwrap_or_default(),
            });
        }
        out
    }
}

struct Refs<'a> {
    index: &'a HashMap<String, usize>,
    infos: &'a [QInfo],
    outcomes: &'a [String],
}

fn additions(a: RawAdditions) -> Additions {
    Additions {
        roles: a.roles.into_iter().map(Spanned::into_inner).collect(),
        duties: a.duties,
        kpis: a.kpis,
        requirements: a.requirements,
        nice_to_have: a.nice_to_have,
        tools: a.tools,
        title_prefix: a.title_prefix,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// The TOML error's own message, without the source excerpt it carries.
fn toml_message(e: &toml::de::Error) -> String {
    e.message().trim().to_string()
}

/// "did you mean `x`?" for the closest known name, if one is close.
fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a String>, extra: &str) -> String {
    let best = known
        .map(|k| (strsim::levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min();
    match (best, extra.is_empty()) {
        (Some((_, k)), true) => format!("did you mean `{k}`?"),
        (Some((_, k)), false) => format!("did you mean `{k}`? ({extra})"),
        (None, true) => "check the id against the tree".to_string(),
        (None, false) => format!("use an existing id, {extra}"),
    }
}
