//! Checking a raw tree and building the model from it, collecting every
//! problem on the way instead of stopping at the first.

mod cond;
mod lints;
mod never;
mod question;
mod text;
mod work;

use super::locate::{self, Step};
use super::raw::{Id, RawAdditions, RawCond, RawQuestion, RawStep, RawTree};
use super::{
    Additions, AnswerTest, Choice, Cond, DecisionParams, Kind, Meta, Next, NextStep, Outcome,
    OutcomeId, Question, QuestionId, Tree, Verdict, VerdictId, Warning, Work, flow,
};
use crate::diag::{Diagnostic, Source};
use crate::fill::Template;
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

/// The ids a question's options can be named by, for checking conditions,
/// and the tags they carry, for checking placeholders.
pub struct QInfo {
    kind: Kind,
    options: Vec<String>,
    tags: Vec<String>,
    /// A text question with a format, whose answer can be quoted in the
    /// standard form it is kept in (`:iso`).
    format: crate::tree::TextFormat,
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
        let (raw, mut diags) = parse_toml(self.src, "docs/questions.md");
        self.diags.append(&mut diags);
        raw
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
                let min_evidence = d.min_evidence.map_or(4.0, Spanned::into_inner);
                if !(min_evidence.is_finite() && min_evidence >= 0.0) {
                    self.error(
                        Some(span.clone()),
                        format!("`min_evidence` must be a number of points, 0 or more, not {min_evidence}"),
                        "4 means four points of evidence give full confidence",
                    );
                }
                DecisionParams {
                    balance,
                    min_evidence,
                }
            }
            None => DecisionParams {
                balance: 0.3,
                min_evidence: 4.0,
            },
        };

        let outcomes = self.outcomes(&mut raw);
        let outcome_ids: Vec<String> = outcomes.iter().map(|(o, _)| o.id.clone()).collect();

        // Question ids first, so references can point forward.
        let mut index: HashMap<String, QuestionId> = HashMap::new();
        let mut infos: Vec<QInfo> = Vec::new();
        let mut words: Vec<String> = Vec::new();
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
            index.insert(id.get_ref().clone(), QuestionId::new(infos.len()));
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
            let mut tags: Vec<String> = Vec::new();
            for o in &q.get_ref().options {
                for t in &o.get_ref().tags {
                    if !tags.contains(t) {
                        tags.push(t.clone());
                    }
                }
                for w in o.get_ref().say.keys() {
                    if !words.contains(w) {
                        words.push(w.clone());
                    }
                }
            }
            let format = (q.get_ref().format.as_ref())
                .and_then(|f| crate::tree::TextFormat::named(f.get_ref()))
                .unwrap_or_default();
            infos.push(QInfo {
                kind,
                options,
                tags,
                format,
            });
        }
        if raw.questions.is_empty() {
            self.error(
                None,
                "the tree has no questions",
                "add at least one [[questions]] table",
            );
        }
        let verdict_ids: Vec<String> = (raw.verdicts.iter())
            .filter_map(|v| v.get_ref().id.as_ref().map(|i| i.get_ref().clone()))
            .collect();
        let needs: Vec<bool> = outcomes.iter().map(|(o, _)| o.need.is_some()).collect();
        let refs = Refs {
            index: &index,
            infos: &infos,
            outcomes: &outcome_ids,
            words: &words,
            roles: None,
            verdicts: &verdict_ids,
            needs: &needs,
            hints: true,
        };
        let outcomes: Vec<Outcome> = (outcomes.into_iter())
            .map(|(o, because)| Outcome {
                first_because: match because {
                    Some(t) => self.template(t, &refs.vocabulary()),
                    None => Template::plain(""),
                },
                ..o
            })
            .collect();

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
        let ids_in_order: Vec<Option<QuestionId>> = questions
            .iter()
            .map(|(_, q)| index.get(&q.id).copied())
            .collect();
        let complete = questions.len() == count
            && crate::id::each::<QuestionId, _>(&ids_in_order).all(|(i, x)| *x == Some(i));
        let start = match start {
            Some(s) => self.target_of("start", &s, &refs),
            None => Some(if questions.is_empty() {
                Next::End
            } else {
                Next::Question(QuestionId::new(0))
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
                Some(c) => {
                    let at = c.span();
                    let when = self.cond(c, &refs);
                    if when.as_ref().is_some_and(Cond::uses_verdict) {
                        self.error(
                            Some(at),
                            "a verdict's rule cannot test the verdict",
                            "test the answers and the scores with `question`, `leader` or `balanced`",
                        );
                    }
                    when
                }
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
            let summary = self.say(v.summary, &refs);
            let form = self.say(v.form, &refs);
            if let (Some(id), Some(label)) = (id, label) {
                verdicts.push(Verdict {
                    at: id.span().start,
                    id: id.into_inner(),
                    label,
                    summary,
                    form,
                    roles_at: (v.roles.iter())
                        .map(|r| self.src.line_col(r.span().start))
                        .collect(),
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
            let message = self
                .required(w.message, "message", "warning", span.clone())
                .map(|t| self.template(t, &refs.vocabulary()));
            let instead = match w.instead {
                Some(t) => self.template(t, &refs.vocabulary()),
                None => Template::plain(""),
            };
            let when = self
                .required(w.when, "when", "warning", span.clone())
                .and_then(|c| self.cond(c, &refs));
            if let (Some(id), Some(message), Some(when)) = (id, message, when) {
                warnings.push(Warning {
                    id: id.into_inner(),
                    when,
                    message,
                    instead,
                });
            }
        }
        let workload = self.workload(raw.workload, &refs);
        let compare = self.compare(raw.compare, &refs);
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
            workload,
            compare,
            start: start?,
            index,
        })
    }

    /// The outcomes, each with its `first_because` still to be checked
    /// once the questions its placeholders may name are known.
    fn outcomes(&mut self, raw: &mut RawTree) -> Vec<(Outcome, Option<Spanned<String>>)> {
        let mut out: Vec<(Outcome, Option<Spanned<String>>)> = Vec::new();
        if raw.outcomes.is_empty() {
            self.error(
                None,
                "the tree has no outcomes",
                "add [[outcomes]] tables, one per role a founder could need",
            );
        }
        for o in &mut raw.outcomes {
            let span = o.span();
            let o = o.get_mut();
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
            if out.iter().any(|(x, _)| &x.id == id.get_ref()) {
                self.error(
                    Some(id.span()),
                    format!("duplicate outcome id `{}`", id.get_ref()),
                    "give each outcome its own id",
                );
                continue;
            }
            out.push((
                Outcome {
                    id: id.get_ref().clone(),
                    label: o.label.clone().unwrap_or_else(|| id.get_ref().clone()),
                    first_because: Template::plain(""),
                    need: o.need.as_ref().map(|n| *n.get_ref()),
                    work: (o.work.clone()).unwrap_or_else(|| {
                        format!("{} work", o.label.as_deref().unwrap_or(id.get_ref()))
                    }),
                },
                o.first_because.take(),
            ));
            if let Some(n) = o
                .need
                .as_ref()
                .filter(|n| !(n.get_ref().is_finite() && *n.get_ref() > 0.0))
            {
                self.error(
                    Some(n.span()),
                    format!("`need` must be a number above 0, not {}", n.get_ref()),
                    "it is the points of evidence from which this outcome's work is a real need, such as 12",
                );
            }
        }
        out
    }
}

pub struct Refs<'a> {
    index: &'a HashMap<String, QuestionId>,
    infos: &'a [QInfo],
    outcomes: &'a [String],
    words: &'a [String],
    /// The role ids `hiring` may name: `None` in a tree, where no role is
    /// known and `hiring` does not apply.
    roles: Option<&'a [String]>,
    /// The verdict ids `verdict` may name.
    verdicts: &'a [String],
    /// For each outcome, whether it has a `need` that `needed` can test.
    needs: &'a [bool],
    /// Whether an unknown name gets a "did you mean": off where the
    /// problems are only counted, since the search costs a pass over every
    /// id of the tree.
    hints: bool,
}

impl Refs<'_> {
    /// What checking needs to know of a question.
    fn info(&self, q: QuestionId) -> &QInfo {
        &self.infos[q.index()]
    }

    fn vocabulary(&self) -> text::Vocabulary<'_> {
        text::Vocabulary {
            questions: self.index,
            infos: self.infos,
            words: self.words,
            hints: self.hints,
        }
    }
}

impl Builder<'_> {
    fn additions(&mut self, a: RawAdditions, refs: &Refs<'_>) -> Additions {
        let vocab = refs.vocabulary();
        let all = |list: Vec<Spanned<String>>, this: &mut Self| -> Vec<Template> {
            list.into_iter().map(|t| this.template(t, &vocab)).collect()
        };
        Additions {
            roles_at: (a.roles.iter())
                .map(|r| self.src.line_col(r.span().start))
                .collect(),
            roles: a.roles.into_iter().map(Spanned::into_inner).collect(),
            duties: all(a.duties, self),
            kpis: all(a.kpis, self),
            requirements: all(a.requirements, self),
            nice_to_have: all(a.nice_to_have, self),
        }
    }
}

/// What checking text from another file (role data) against a built tree
/// needs to look up, worked out once for all of that file's conditions and
/// templates: one lookup per condition would make checking grow with the
/// number of conditions times the number of questions.
pub struct TreeRefs {
    index: HashMap<String, QuestionId>,
    infos: Vec<QInfo>,
    outcomes: Vec<String>,
    verdicts: Vec<String>,
    needs: Vec<bool>,
    hints: bool,
}

impl TreeRefs {
    pub(crate) fn of(tree: &Tree) -> Self {
        Self {
            index: super::questions_by_id(&tree.questions),
            infos: infos_of(tree),
            outcomes: tree.outcomes.iter().map(|o| o.id.clone()).collect(),
            verdicts: tree.verdicts.iter().map(|v| v.id.clone()).collect(),
            needs: tree.outcomes.iter().map(|o| o.need.is_some()).collect(),
            hints: true,
        }
    }

    /// Whether the tree has a question with this id.
    pub fn has_question(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    /// Without "did you mean" hints, for checking whose problems are only
    /// counted: a role-data line that names a question this tree lacks is
    /// left out, not reported.
    pub fn without_hints(mut self) -> Self {
        self.hints = false;
        self
    }
}

fn other_file_builder(src: &Source) -> Builder<'_> {
    Builder {
        src,
        diags: Vec::new(),
        question_spans: HashMap::new(),
        outcome_spans: Vec::new(),
    }
}

/// A condition from another file (role data) checked against a built tree:
/// its questions and options must be the tree's, and `hiring` must name
/// one of `roles`. Problems are reported in `src`.
pub fn resolve_cond(
    tree: &TreeRefs,
    src: &Source,
    roles: &[String],
    words: &[String],
    raw: Spanned<RawCond>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Cond> {
    let refs = Refs {
        index: &tree.index,
        infos: &tree.infos,
        outcomes: &tree.outcomes,
        words,
        roles: Some(roles),
        verdicts: &tree.verdicts,
        needs: &tree.needs,
        hints: tree.hints,
    };
    let mut b = other_file_builder(src);
    let c = b.cond(raw, &refs);
    diags.append(&mut b.diags);
    c
}

/// A template from another file (role data) checked against a built tree.
pub fn resolve_template(
    tree: &TreeRefs,
    src: &Source,
    words: &[String],
    raw: Spanned<String>,
    diags: &mut Vec<Diagnostic>,
) -> Template {
    let vocab = text::Vocabulary {
        questions: &tree.index,
        infos: &tree.infos,
        words,
        hints: tree.hints,
    };
    let mut b = other_file_builder(src);
    let t = b.template(raw, &vocab);
    diags.append(&mut b.diags);
    t
}

/// The words the options of a built tree give (`say`), in tree order.
pub fn option_words(tree: &Tree) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (w, _) in tree
        .questions
        .iter()
        .flat_map(|q| &q.options)
        .flat_map(|o| &o.say)
    {
        if !out.contains(w) {
            out.push(w.clone());
        }
    }
    out
}

fn infos_of(tree: &Tree) -> Vec<QInfo> {
    tree.questions
        .iter()
        .map(|q| {
            let mut tags: Vec<String> = Vec::new();
            for t in q.options.iter().flat_map(|o| &o.tags) {
                if !tags.contains(t) {
                    tags.push(t.clone());
                }
            }
            QInfo {
                kind: q.kind,
                options: q.options.iter().map(|o| o.id.clone()).collect(),
                tags,
                format: q.format,
            }
        })
        .collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A TOML file read into `T`, with every syntax error, wrong type and
/// unknown key reported at its place; `doc` is where its keys are described.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    src: &Source,
    doc: &str,
) -> (Option<T>, Vec<Diagnostic>) {
    let text = src.text.as_str();
    let mut diags = Vec::new();
    let de = match toml::de::Deserializer::parse(text) {
        Ok(de) => de,
        Err(e) => {
            diags.push(
                Diagnostic::error(src, e.span(), toml_message(&e))
                    .with_hint("fix the TOML syntax at this place"),
            );
            return (None, diags);
        }
    };
    let mut unknown = Vec::new();
    let raw: Result<T, _> =
        serde_ignored::deserialize(de, |path| unknown.push(locate::steps(&path)));
    match raw {
        Ok(raw) => {
            let spans = locate::spans_of(text, &unknown);
            for (steps, span) in unknown.iter().zip(spans) {
                let name = locate::dotted(steps);
                diags.push(
                    Diagnostic::error(src, span, format!("unknown key `{name}`"))
                        .with_hint(format!("check the spelling against {doc}")),
                );
            }
            (Some(raw), diags)
        }
        Err(e) => {
            diags.push(
                Diagnostic::error(src, e.span(), toml_message(&e))
                    .with_hint(format!("see {doc} for the expected types")),
            );
            (None, diags)
        }
    }
}

/// The TOML error's own message, without the source excerpt it carries.
fn toml_message(e: &toml::de::Error) -> String {
    e.message().trim().to_string()
}

/// "did you mean `x`?" for the closest known name, if one is close.
fn suggest<'a>(wrong: &str, known: impl Iterator<Item = &'a String>, extra: &str) -> String {
    let room = |k: &str| 2.max(k.len() / 3);
    // The distance is at least the difference in length, so most of a
    // large tree's ids are passed over without working it out.
    let best = known
        .filter(|k| wrong.len().abs_diff(k.len()) <= room(k))
        .map(|k| (strsim::levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= room(k))
        .min();
    match (best, extra.is_empty()) {
        (Some((_, k)), true) => format!("did you mean `{k}`?"),
        (Some((_, k)), false) => format!("did you mean `{k}`? ({extra})"),
        (None, true) => "check the id against the tree".to_string(),
        (None, false) => format!("use an existing id, {extra}"),
    }
}
