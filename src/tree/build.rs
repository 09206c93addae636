//! Checking a raw tree and building the model from it, collecting every
//! problem on the way instead of stopping at the first.

use super::locate::{self, Step};
use super::raw::{Id, RawAdditions, RawCond, RawQuestion, RawTree};
use super::{
    Additions, AnswerTest, Choice, Cond, DecisionParams, Kind, Meta, Next, Outcome, Question, Tree,
    Verdict, Warning, flow,
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
            if let (Some(id), Some(label)) = (id, label) {
                verdicts.push(Verdict {
                    at: id.span().start,
                    id: id.into_inner(),
                    label,
                    summary: v.summary.unwrap_or_default(),
                    roles_at: v.roles.iter().map(|r| r.span().start).collect(),
                    roles: v.roles.into_iter().map(Spanned::into_inner).collect(),
                    then: v.then,
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

    fn question(
        &mut self,
        q: RawQuestion,
        pos: usize,
        span: Range<usize>,
        refs: &Refs<'_>,
    ) -> Option<Question> {
        let id = self.required(q.id, "id", "question", span.clone())?;
        let kind_raw = self.required(q.kind, "kind", "question", span.clone());
        let prompt = self.required(q.prompt, "prompt", "question", span.clone());
        let kind = match &kind_raw {
            Some(k) => match Kind::parse(k.get_ref()) {
                Some(kind) => Some(kind),
                None => {
                    self.error(
                        Some(k.span()),
                        format!("unknown question kind `{}`", k.get_ref()),
                        &format!("use one of: {}", Kind::NAMES.join(", ")),
                    );
                    None
                }
            },
            None => None,
        };
        let kind = kind?;
        let date = match &q.format {
            Some(f) if f.get_ref() != "date" => {
                self.error(
                    Some(f.span()),
                    format!("unknown text format `{}`", f.get_ref()),
                    "the one format is `date` (YYYY-MM-DD); leave `format` out for free text",
                );
                false
            }
            Some(f) if kind != Kind::Text => {
                self.error(
                    Some(f.span()),
                    format!("`format` on {} question `{}`", kind.name(), id.get_ref()),
                    "only text questions take a format",
                );
                false
            }
            Some(_) => true,
            None => false,
        };
        if matches!(kind, Kind::Single | Kind::Multi) && q.options.is_empty() {
            self.error(
                Some(id.span()),
                format!("{} question `{}` has no options", kind.name(), id.get_ref()),
                "add [[questions.options]] tables, or make it a text question",
            );
        }
        if !kind.has_options() && !q.options.is_empty() {
            self.error(
                Some(id.span()),
                format!(
                    "{} question `{}` cannot have options",
                    kind.name(),
                    id.get_ref()
                ),
                "only single, multi and confirm questions have options",
            );
        }
        let mut options: Vec<Choice> = Vec::new();
        for (opos, o) in q.options.into_iter().enumerate() {
            let ospan = o.span();
            let o = o.into_inner();
            let Some(oid) = self.required(o.id, "id", "option", ospan.clone()) else {
                continue;
            };
            self.check_id(&oid, "option");
            if kind == Kind::Confirm && !matches!(oid.get_ref().as_str(), "yes" | "no") {
                self.error(
                    Some(oid.span()),
                    format!(
                        "a confirm question's options are `yes` and `no`, not `{}`",
                        oid.get_ref()
                    ),
                    "rename this option to yes or no",
                );
                continue;
            }
            if options.iter().any(|x| &x.id == oid.get_ref()) {
                self.error(
                    Some(oid.span()),
                    format!(
                        "duplicate option id `{}` in question `{}`",
                        oid.get_ref(),
                        id.get_ref()
                    ),
                    "give each option of a question its own id",
                );
                continue;
            }
            let label = if kind == Kind::Confirm {
                o.label.unwrap_or_else(|| capitalise(oid.get_ref()))
            } else {
                self.required(o.label, "label", "option", ospan.clone())
                    .unwrap_or_default()
            };
            let mut weights = vec![0.0; refs.outcomes.len()];
            for (oc, w) in o.weights {
                match refs.outcomes.iter().position(|x| *x == oc) {
                    Some(i) => weights[i] = *w.get_ref(),
                    // The key is the mistake; serde cannot span map keys through
                    // serde_ignored, so find it again (only on this error path).
                    None => self.error(
                        locate::span_of(
                            &self.src.text,
                            &[
                                Step::Key("questions".into()),
                                Step::Index(pos),
                                Step::Key("options".into()),
                                Step::Index(opos),
                                Step::Key("weights".into()),
                                Step::Key(oc.clone()),
                            ],
                        )
                        .or(Some(w.span())),
                        format!("weight for unknown outcome `{oc}`"),
                        &format!("outcomes are: {}", refs.outcomes.join(", ")),
                    ),
                }
            }
            let next = o.next.and_then(|n| self.target(&n, refs));
            options.push(Choice {
                id: oid.into_inner(),
                label,
                help: o.help.unwrap_or_default(),
                weights,
                reason: o.reason.unwrap_or_default(),
                next,
                tags: o.tags,
                exclusive: o.exclusive.unwrap_or(false),
                posting: additions(o.posting.unwrap_or_default()),
            });
        }
        if kind == Kind::Confirm {
            for (i, name) in ["yes", "no"].into_iter().enumerate() {
                if !options.iter().any(|o| o.id == name) {
                    options.insert(
                        i.min(options.len()),
                        Choice {
                            id: name.into(),
                            label: capitalise(name),
                            help: String::new(),
                            weights: vec![0.0; refs.outcomes.len()],
                            reason: String::new(),
                            next: None,
                            tags: Vec::new(),
                            exclusive: false,
                            posting: Additions::default(),
                        },
                    );
                }
            }
            options.sort_by_key(|o| o.id != "yes");
        }
        if let (Some(min), Some(max)) = (q.min, q.max) {
            if min > max {
                self.error(
                    Some(id.span()),
                    format!("question `{}` has `min` above `max`", id.get_ref()),
                    "swap them",
                );
            }
        }
        let own = refs.index.get(id.get_ref()).copied();
        let next = match q.next {
            Some(n) => self.target(&n, refs),
            None => Some(match own {
                Some(i) if i + 1 < refs.infos.len() => Next::Question(i + 1),
                _ => Next::End,
            }),
        };
        let skip_if = q.skip_if.and_then(|c| self.cond(c, refs));
        Some(Question {
            id: id.into_inner(),
            kind,
            section: q.section.unwrap_or_default(),
            prompt: prompt?,
            help: q.help.unwrap_or_default(),
            required: q.required.unwrap_or(true),
            placeholder: q.placeholder.unwrap_or_default(),
            date,
            min: q.min,
            max: q.max,
            unit: q.unit.unwrap_or_default(),
            next: next?,
            skip_if,
            options,
        })
    }

    fn target(&mut self, id: &Id, refs: &Refs<'_>) -> Option<Next> {
        self.target_of("next", id, refs)
    }

    /// Resolve a question id given as `key` (`next` or `start`).
    fn target_of(&mut self, key: &str, id: &Id, refs: &Refs<'_>) -> Option<Next> {
        if id.get_ref() == END {
            return Some(Next::End);
        }
        match refs.index.get(id.get_ref()) {
            Some(&i) => Some(Next::Question(i)),
            None => {
                self.error(
                    Some(id.span()),
                    format!(
                        "`{key}` names a question that does not exist: `{}`",
                        id.get_ref()
                    ),
                    &suggest(id.get_ref(), refs.index.keys(), "or `end` to finish"),
                );
                None
            }
        }
    }

    fn cond(&mut self, c: Spanned<RawCond>, refs: &Refs<'_>) -> Option<Cond> {
        let span = c.span();
        let c = c.into_inner();
        let mut parts = Vec::new();
        // Whether the condition says anything at all; when it does but every
        // part failed, those parts were reported and it is not "empty".
        let given = c.question.is_some()
            || c.leader.is_some()
            || c.balanced.is_some()
            || c.evidence_below.is_some()
            || c.all.is_some()
            || c.any.is_some()
            || c.not.is_some();
        let answer_keys = c.is.is_some()
            || c.is_not.is_some()
            || c.tagged.is_some()
            || c.selected_at_least.is_some()
            || c.at_least.is_some()
            || c.at_most.is_some()
            || c.answered.is_some()
            || c.contains_any.is_some();
        match c.question {
            Some(q) => match refs.index.get(q.get_ref()) {
                Some(&qi) => {
                    let info = &refs.infos[qi];
                    let ids = |list: Option<Vec<Id>>, this: &mut Self| -> Vec<String> {
                        let mut out = Vec::new();
                        for o in list.unwrap_or_default() {
                            if !info.options.contains(o.get_ref()) {
                                let hint = suggest(o.get_ref(), info.options.iter(), "");
                                this.error(
                                    Some(o.span()),
                                    format!(
                                        "question `{}` has no option `{}`",
                                        q.get_ref(),
                                        o.get_ref()
                                    ),
                                    &hint,
                                );
                            }
                            out.push(o.into_inner());
                        }
                        out
                    };
                    let is = ids(c.is, self);
                    let is_not = ids(c.is_not, self);
                    let fits = |ok: bool, key: &str, kinds: &str, this: &mut Self| {
                        if !ok {
                            this.error(
                                Some(span.clone()),
                                format!(
                                    "`{key}` does not apply to {} question `{}`",
                                    info.kind.name(),
                                    q.get_ref()
                                ),
                                &format!("`{key}` works on {kinds} questions"),
                            );
                        }
                    };
                    let k = info.kind;
                    if c.tagged.is_some() || c.selected_at_least.is_some() {
                        fits(k == Kind::Multi, "selected_at_least/tagged", "multi", self);
                    }
                    if c.at_least.is_some() || c.at_most.is_some() {
                        fits(k == Kind::Number, "at_least/at_most", "number", self);
                    }
                    if c.contains_any.is_some() {
                        fits(k == Kind::Text, "contains_any", "text", self);
                    }
                    if !is.is_empty() || !is_not.is_empty() {
                        fits(
                            k.has_options(),
                            "is/is_not",
                            "single, multi and confirm",
                            self,
                        );
                    }
                    let test = AnswerTest {
                        is,
                        is_not,
                        tagged: c.tagged,
                        selected_at_least: c.selected_at_least,
                        at_least: c.at_least,
                        at_most: c.at_most,
                        answered: c.answered,
                        contains_any: c.contains_any.unwrap_or_default(),
                    };
                    parts.push(Cond::Answer { question: qi, test });
                }
                None => {
                    let hint = suggest(q.get_ref(), refs.index.keys(), "");
                    self.error(
                        Some(q.span()),
                        format!(
                            "condition names a question that does not exist: `{}`",
                            q.get_ref()
                        ),
                        &hint,
                    );
                }
            },
            None if answer_keys => self.error(
                Some(span.clone()),
                "this condition tests an answer but names no `question`",
                "add `question = \"...\"`",
            ),
            None => {}
        }
        if let Some(l) = c.leader {
            match refs.outcomes.iter().position(|o| o == l.get_ref()) {
                Some(i) => parts.push(Cond::Leader(i)),
                None => self.error(
                    Some(l.span()),
                    format!("condition names an unknown outcome `{}`", l.get_ref()),
                    &format!("outcomes are: {}", refs.outcomes.join(", ")),
                ),
            }
        }
        if let Some(b) = c.balanced {
            parts.push(Cond::Balanced(b));
        }
        if let Some(e) = c.evidence_below {
            parts.push(Cond::EvidenceBelow(e));
        }
        if let Some(all) = c.all {
            parts.push(Cond::All(
                all.into_iter().filter_map(|x| self.cond(x, refs)).collect(),
            ));
        }
        if let Some(any) = c.any {
            parts.push(Cond::Any(
                any.into_iter().filter_map(|x| self.cond(x, refs)).collect(),
            ));
        }
        if let Some(not) = c.not {
            parts.push(Cond::Not(Box::new(self.cond(*not, refs)?)));
        }
        if parts.is_empty() && (given || answer_keys) {
            return None;
        }
        if parts.is_empty() {
            self.error(
                Some(span),
                "empty condition",
                "name a `question` to test, or use `leader`, `balanced`, `all`, `any` or `not`",
            );
            return None;
        }
        Some(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::All(parts)
        })
    }

    /// Weights that cannot change any advice: an outcome that no answer
    /// gives points to can never lead, and a question whose options all
    /// weigh the same makes no difference whichever is picked.
    fn weight_checks(&mut self, tree: &Tree) {
        for (i, o) in tree.outcomes.iter().enumerate() {
            let reachable = tree
                .questions
                .iter()
                .flat_map(|q| &q.options)
                .any(|c| c.weights.get(i).is_some_and(|w| *w > 0.0));
            if !reachable {
                let span = self.outcome_spans.get(i).cloned();
                self.diags.push(
                    Diagnostic::warning(
                        self.src,
                        span,
                        format!(
                            "no answer gives points to outcome `{}`, so no path can make it lead",
                            o.id
                        ),
                    )
                    .with_hint("give it a positive weight in some option, or remove it"),
                );
            }
        }
        for q in &tree.questions {
            let Some(first) = q.options.first() else {
                continue;
            };
            let weighted = first.weights.iter().any(|w| *w != 0.0);
            let same = q.options.iter().all(|o| o.weights == first.weights);
            if weighted && same && q.options.len() > 1 && q.kind != Kind::Multi {
                let span = self.question_spans.get(&q.id).cloned();
                self.diags.push(
                    Diagnostic::warning(self.src, span, format!("every option of `{}` has the same weights, so its answer makes no difference to the advice", q.id))
                        .with_hint("weigh the options differently, or drop the weights"),
                );
            }
        }
    }

    fn flow_checks(&mut self, tree: &Tree) {
        for problem in flow::problems(tree) {
            let span = self
                .question_spans
                .get(&tree.questions[problem.question].id)
                .cloned();
            self.error(span, problem.message, &problem.hint);
        }
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
