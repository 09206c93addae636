//! Checking a condition and resolving the questions, options and outcomes
//! it names; also a verdict's next steps, which may carry one.

use super::*;

impl Builder<'_> {
    pub(super) fn cond(&mut self, c: Spanned<RawCond>, refs: &Refs<'_>) -> Option<Cond> {
        let span = c.span();
        let c = c.into_inner();
        let mut parts = Vec::new();
        // Whether the condition says anything at all; when it does but every
        // part failed, those parts were reported and it is not "empty".
        let given = c.question.is_some()
            || c.leader.is_some()
            || c.balanced.is_some()
            || c.evidence_below.is_some()
            || c.needed.is_some()
            || c.hours.is_some()
            || c.hiring.is_some()
            || c.role.is_some()
            || c.first.is_some()
            || c.verdict.is_some()
            || c.all.is_some()
            || c.any.is_some()
            || c.not.is_some();
        let numbers = [
            ("at_least", c.at_least),
            ("at_most", c.at_most),
            ("evidence_below", c.evidence_below),
            (
                "hours.at_least",
                c.hours.as_ref().and_then(|h| h.get_ref().at_least),
            ),
            (
                "hours.at_most",
                c.hours.as_ref().and_then(|h| h.get_ref().at_most),
            ),
        ];
        for (key, v) in numbers {
            if let Some(v) = v.filter(|v| !v.is_finite()) {
                self.error(
                    Some(span.clone()),
                    format!("`{key}` in a condition must be a finite number, not {v}"),
                    "write a finite number",
                );
                return None;
            }
        }
        let answer_keys = c.is.is_some()
            || c.is_not.is_some()
            || c.tagged.is_some()
            || c.selected_at_least.is_some()
            || c.at_least.is_some()
            || c.at_most.is_some()
            || c.answered.is_some()
            || c.contains_any.is_some()
            || c.in_places.is_some();
        match c.question {
            Some(q) => match refs.index.get(q.get_ref()) {
                Some(&qi) => {
                    let info = refs.info(qi);
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
                    let mut in_places: Vec<String> = Vec::new();
                    if let Some(places) = &c.in_places {
                        let placed = matches!(
                            info.format,
                            crate::tree::TextFormat::Country | crate::tree::TextFormat::Countries
                        );
                        fits(placed, "in_places", "country and countries text", self);
                        for p in places {
                            match crate::places::countries(p.get_ref()) {
                                Ok(t) => in_places.extend(
                                    crate::places::expand(&t).iter().map(|c| c.to_string()),
                                ),
                                Err(e) => self.error(Some(p.span()), e, ""),
                            }
                        }
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
                        in_places,
                    };
                    parts.push(Cond::Answer { question: qi, test });
                }
                None => {
                    let hint = if refs.hints {
                        suggest(q.get_ref(), refs.index.keys(), "")
                    } else {
                        String::new()
                    };
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
        if let Some(i) = (c.leader.as_ref()).and_then(|l| self.outcome_of(l, IN_COND, refs)) {
            parts.push(Cond::Leader(i));
        }
        if let Some(b) = c.balanced {
            parts.push(Cond::Balanced(b));
        }
        if let Some(e) = c.evidence_below {
            parts.push(Cond::EvidenceBelow(e));
        }
        if let Some(list) = c.needed {
            let mut ids = Vec::new();
            for o in list {
                match self.outcome_of(&o, IN_COND, refs) {
                    Some(i) if refs.needs.get(i.index()).copied().unwrap_or(false) => ids.push(i),
                    Some(_) => self.error(
                        Some(o.span()),
                        format!("`needed` tests outcome `{}`, which has no `need`", o.get_ref()),
                        "give the outcome `need = ...`: the points from which its work is a real need",
                    ),
                    None => {}
                }
            }
            parts.push(Cond::Needed(ids));
        }
        if let Some(h) = c.hours {
            let at = h.span();
            let h = h.into_inner();
            let outcome = match h.outcome {
                None => Some(None),
                Some(o) => self.outcome_of(&o, IN_COND, refs).map(Some),
            };
            let more_than = match &h.more_than {
                None => Some(None),
                Some(q) => match refs.index.get(q.get_ref()) {
                    Some(&qi) if refs.info(qi).kind == Kind::Number => Some(Some(qi)),
                    Some(&qi) => {
                        self.error(
                            Some(q.span()),
                            format!(
                                "`hours.more_than` names {} question `{}`",
                                refs.info(qi).kind.name(),
                                q.get_ref()
                            ),
                            "name a number question, such as the hours a week the hire will work",
                        );
                        None
                    }
                    None => {
                        let hint = suggest(q.get_ref(), refs.index.keys(), "");
                        self.error(
                            Some(q.span()),
                            format!("`hours.more_than` names no question `{}`", q.get_ref()),
                            &hint,
                        );
                        None
                    }
                },
            };
            if h.at_least.is_none() && h.at_most.is_none() && h.more_than.is_none() {
                self.error(
                    Some(at),
                    "`hours` needs `at_least`, `at_most` or `more_than`",
                    "for example: hours = { outcome = \"social\", at_least = 40 }",
                );
            } else if let (Some(outcome), Some(more_than)) = (outcome, more_than) {
                parts.push(Cond::Hours {
                    outcome,
                    at_least: h.at_least,
                    at_most: h.at_most,
                    more_than,
                });
            }
        }
        if let Some(h) = c.hiring.and_then(|h| self.role_in_data("hiring", h, refs)) {
            parts.push(Cond::Hiring(h));
        }
        if let Some(r) = c.role.and_then(|r| self.role_in_data("role", r, refs)) {
            parts.push(Cond::Role(r));
        }
        if let Some(vs) = c.verdict {
            let mut ids = Vec::new();
            for v in vs {
                match refs.verdicts.iter().position(|x| x == v.get_ref()) {
                    Some(i) => ids.push(VerdictId::new(i)),
                    None => self.error(
                        Some(v.span()),
                        format!("condition names an unknown verdict `{}`", v.get_ref()),
                        &format!("verdicts are: {}", refs.verdicts.join(", ")),
                    ),
                }
            }
            parts.push(Cond::Verdict(ids));
        }
        if let Some(f) = c.first {
            match refs.roles {
                None => self.error(
                    Some(f.span()),
                    "`first` works in the role data, not in a question tree",
                    "it tells the first posting of two from the second",
                ),
                Some(_) => parts.push(Cond::First(f.into_inner())),
            }
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
        if let Some(why) = super::never::contradiction(&parts, refs.infos) {
            self.error(
                Some(span),
                format!("this condition can never hold: {why}"),
                "remove the test that contradicts the others, or split the condition with `any`",
            );
        }
        Some(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::All(parts)
        })
    }

    /// A role named by `key` (`hiring`, `role`), which only role data knows.
    fn role_in_data(&mut self, key: &str, role: Id, refs: &Refs<'_>) -> Option<String> {
        match refs.roles {
            None => {
                self.error(
                    Some(role.span()),
                    format!("`{key}` works in the role data, not in a question tree"),
                    "in a tree, test the verdict's outcomes with `leader` or `balanced`",
                );
                None
            }
            Some(roles) if !roles.contains(role.get_ref()) => {
                self.error(
                    Some(role.span()),
                    format!("`{key}` names an unknown role `{}`", role.get_ref()),
                    &format!("roles are: {}", roles.join(", ")),
                );
                None
            }
            Some(_) => Some(role.into_inner()),
        }
    }

    /// A verdict's next step; one given as a table needs its text and the
    /// condition it shows under.
    pub(super) fn step(&mut self, s: Spanned<RawStep>, refs: &Refs<'_>) -> Option<NextStep> {
        let span = s.span();
        match s.into_inner() {
            RawStep::Text(text) => {
                let text = Spanned::new(span, text.into_inner());
                Some(NextStep {
                    text: self.template(text, &refs.vocabulary()),
                    when: None,
                })
            }
            RawStep::When(w) => {
                let text = self
                    .required(w.text, "text", "next step", span.clone())
                    .map(|t| self.template(t, &refs.vocabulary()));
                let when = self
                    .required(w.when, "when", "next step", span)
                    .and_then(|c| self.cond(c, refs));
                Some(NextStep {
                    text: text?,
                    when: Some(when?),
                })
            }
        }
    }
}

/// How a condition's error about an unknown outcome begins.
const IN_COND: &str = "condition names an unknown outcome";

impl Builder<'_> {
    /// The outcome `o` names; an error at `o` when there is none, its
    /// message beginning with `unknown`.
    pub(super) fn outcome_of(
        &mut self,
        o: &Id,
        unknown: &str,
        refs: &Refs<'_>,
    ) -> Option<OutcomeId> {
        let found = (refs.outcomes.iter().position(|x| x == o.get_ref())).map(OutcomeId::new);
        if found.is_none() {
            self.error(
                Some(o.span()),
                format!("{unknown} `{}`", o.get_ref()),
                &format!("outcomes are: {}", refs.outcomes.join(", ")),
            );
        }
        found
    }
}
