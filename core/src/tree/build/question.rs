//! Building one question and its options, and resolving `next` targets.

use super::*;
use crate::tree::raw::RawSuggest;
use crate::tree::{Suggest, TextFormat};

/// What `prefill` can name: values the core works out from the answers.
pub const PREFILLS: [&str; 3] = ["title", "second_title", "currency"];

impl Builder<'_> {
    pub(super) fn question(
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
        let format = match &q.format {
            Some(f) if TextFormat::named(f.get_ref()).is_none() => {
                self.error(
                    Some(f.span()),
                    format!(
                        "unknown text format `{}` on question `{}`",
                        f.get_ref(),
                        id.get_ref()
                    ),
                    &format!(
                        "formats are {}; leave `format` out for free text",
                        TextFormat::NAMES
                            .iter()
                            .map(|(n, _, what)| format!("`{n}` ({what})"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                TextFormat::Free
            }
            Some(f) if kind != Kind::Text => {
                self.error(
                    Some(f.span()),
                    format!("`format` on {} question `{}`", kind.name(), id.get_ref()),
                    "only text questions take a format",
                );
                TextFormat::Free
            }
            Some(f) => TextFormat::named(f.get_ref()).unwrap_or_default(),
            None => TextFormat::Free,
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
        let mut seen = std::collections::HashSet::new();
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
            if !seen.insert(oid.get_ref().clone()) {
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
                    Some(_) if !w.get_ref().is_finite() => self.error(
                        Some(w.span()),
                        format!(
                            "the weight for `{oc}` must be a finite number, not {}",
                            w.get_ref()
                        ),
                        "write a finite number, such as 2 or -1.5",
                    ),
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
                say: (o.say.into_iter())
                    .map(|(w, t)| {
                        if refs.index.contains_key(&w) {
                            self.error(
                                Some(t.span()),
                                format!("option word `{w}` has the name of a question, so `{{{w}}}` would be ambiguous"),
                                "give the word another name",
                            );
                        }
                        (w, self.template(t, &refs.vocabulary()))
                    })
                    .collect(),
                posting: self.additions(o.posting.unwrap_or_default(), refs),
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
                            say: Vec::new(),
                            posting: Additions::default(),
                        },
                    );
                }
            }
            options.sort_by_key(|o| o.id != "yes");
        }
        for (key, v) in [("min", q.min), ("max", q.max)] {
            if let Some(v) = v.filter(|v| !v.is_finite()) {
                self.error(
                    Some(id.span()),
                    format!(
                        "question `{}`: `{key}` must be a finite number, not {v}",
                        id.get_ref()
                    ),
                    "write a finite number, or leave the bound out",
                );
            }
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
                Some(i) if i.index() + 1 < refs.infos.len() => {
                    Next::Question(QuestionId::new(i.index() + 1))
                }
                _ => Next::End,
            }),
        };
        let skip_if = q.skip_if.and_then(|c| self.cond(c, refs));
        let figure = |info: &QInfo| info.kind == Kind::Number || info.format == TextFormat::Amount;
        let not_below = match q.not_below {
            Some(other) => match refs.index.get(other.get_ref()) {
                Some(&oi)
                    if figure(refs.info(oi)) && own.is_some_and(|me| figure(refs.info(me))) =>
                {
                    Some(other.into_inner())
                }
                Some(_) => {
                    self.error(
                        Some(other.span()),
                        format!("`not_below` on `{}` compares it with `{}`", id.get_ref(), other.get_ref()),
                        "both must be number questions or text questions with `format = \"amount\"`",
                    );
                    None
                }
                None => {
                    self.error(
                        Some(other.span()),
                        format!("`not_below` names no question `{}`", other.get_ref()),
                        "",
                    );
                    None
                }
            },
            None => None,
        };
        let prefill = match q.prefill {
            Some(p) if !PREFILLS.contains(&p.get_ref().as_str()) => {
                self.error(
                    Some(p.span()),
                    format!("unknown prefill `{}`", p.get_ref()),
                    &format!(
                        "the values the core can work out are: {}",
                        PREFILLS.join(", ")
                    ),
                );
                None
            }
            Some(p) if kind != Kind::Text => {
                self.error(
                    Some(p.span()),
                    format!("`prefill` on {} question `{}`", kind.name(), id.get_ref()),
                    "only text questions start from a prefilled value",
                );
                None
            }
            p => p.map(Spanned::into_inner),
        };
        let suggest = self.suggestions(q.suggest, kind, &options, refs);
        let by_id = super::super::options_by_id(&options);
        Some(Question {
            id: id.into_inner(),
            kind,
            section: q.section.unwrap_or_default(),
            prompt: prompt?,
            help: q.help.unwrap_or_default(),
            required: q.required.unwrap_or(true),
            placeholder: q.placeholder.unwrap_or_default(),
            format,
            min: q.min,
            max: q.max,
            unit: q.unit.unwrap_or_default(),
            next: next?,
            skip_if,
            options,
            screen: q.screen,
            prefill,
            not_below,
            suggest,
            by_id,
        })
    }

    /// A question's `suggest` list: options of this single or confirm
    /// question, each with a condition on the answers, and one without a
    /// condition only last.
    fn suggestions(
        &mut self,
        raw: Vec<Spanned<RawSuggest>>,
        kind: Kind,
        options: &[Choice],
        refs: &Refs<'_>,
    ) -> Vec<Suggest> {
        let n = raw.len();
        let mut out = Vec::new();
        for (i, s) in raw.into_iter().enumerate() {
            let span = s.span();
            let s = s.into_inner();
            if !matches!(kind, Kind::Single | Kind::Confirm) {
                self.error(
                    Some(span),
                    format!("`suggest` on a {} question", kind.name()),
                    "only single and confirm questions start from a suggested option",
                );
                return Vec::new();
            }
            let Some(option) = self.required(s.option, "option", "suggestion", span.clone()) else {
                continue;
            };
            if !options.iter().any(|o| o.id == *option.get_ref()) {
                let ids = options.iter().map(|o| &o.id);
                let hint = suggest(option.get_ref(), ids, "one of the question's options");
                self.error(
                    Some(option.span()),
                    format!("`suggest` names no option `{}`", option.get_ref()),
                    &hint,
                );
                continue;
            }
            if s.when.is_none() && i + 1 < n {
                self.error(
                    Some(span.clone()),
                    "a suggestion without `when` always holds, so the ones after it are never used",
                    "move it last, or give it a `when`",
                );
            }
            let when = match s.when {
                None => None,
                Some(c) => match self.cond(c, refs) {
                    Some(c) => Some(c),
                    None => continue,
                },
            };
            out.push(Suggest {
                option: option.into_inner(),
                when,
            });
        }
        out
    }

    pub(super) fn target(&mut self, id: &Id, refs: &Refs<'_>) -> Option<Next> {
        self.target_of("next", id, refs)
    }

    /// Resolve a question id given as `key` (`next` or `start`).
    pub(super) fn target_of(&mut self, key: &str, id: &Id, refs: &Refs<'_>) -> Option<Next> {
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
}
