//! Checking the texts that depend on the answers (a verdict's summary and
//! form) and the assumptions of the workload estimate.

use super::*;
use crate::tree::raw::{RawSay, RawWork};

impl Builder<'_> {
    /// A text given as one string, or as steps of which the first that
    /// holds is said; a string among them always holds, so it goes last.
    pub(super) fn say(&mut self, raw: Option<Spanned<RawSay>>, refs: &Refs<'_>) -> Vec<NextStep> {
        let Some(raw) = raw else {
            return Vec::new();
        };
        let span = raw.span();
        match raw.into_inner() {
            RawSay::Text(t) => vec![NextStep {
                text: self.template(Spanned::new(span, t), &refs.vocabulary()),
                when: None,
            }],
            RawSay::Steps(steps) => {
                let n = steps.len();
                let mut out = Vec::new();
                for (i, s) in steps.into_iter().enumerate() {
                    let at = s.span();
                    let Some(step) = self.step(s, refs) else {
                        continue;
                    };
                    if step.when.is_none() && i + 1 < n {
                        self.error(
                            Some(at),
                            "a text without `when` always holds, so the ones after it are never said",
                            "move it last, or give it a `when`",
                        );
                    }
                    out.push(step);
                }
                out
            }
        }
    }

    /// The roles side by side: each row's aspect, and texts keyed by
    /// known outcome ids.
    pub(super) fn compare(
        &mut self,
        raw: Vec<Spanned<crate::tree::raw::RawCompare>>,
        refs: &Refs<'_>,
    ) -> Vec<crate::tree::Compare> {
        let mut out = Vec::new();
        for c in raw {
            let span = c.span();
            let c = c.into_inner();
            let Some(aspect) = self.required(c.aspect, "aspect", "comparison row", span) else {
                continue;
            };
            let mut says: Vec<(OutcomeId, String)> = Vec::new();
            for (o, text) in c.says {
                // A key has no place of its own; its text's place stands in.
                let o = toml::Spanned::new(text.span(), o);
                if let Some(i) = self.outcome_of(&o, "a comparison names an unknown outcome", refs)
                {
                    says.push((i, text.into_inner()));
                }
            }
            says.sort_by_key(|(i, _)| *i);
            out.push(crate::tree::Compare {
                aspect: aspect.into_inner(),
                says,
            });
        }
        out
    }

    pub(super) fn workload(&mut self, raw: Vec<Spanned<RawWork>>, refs: &Refs<'_>) -> Vec<Work> {
        let mut out = Vec::new();
        for w in raw {
            let span = w.span();
            let w = w.into_inner();
            let outcome = self
                .required(w.outcome, "outcome", "workload assumption", span.clone())
                .and_then(|o| self.outcome_of(&o, "unknown outcome", refs));
            let hours = self
                .required(w.hours, "hours", "workload assumption", span.clone())
                .and_then(|h| {
                    let v = *h.get_ref();
                    if v.is_finite() && v >= 0.0 {
                        Some(v)
                    } else {
                        self.error(
                            Some(h.span()),
                            format!("`hours` must be a number of hours a week, not {v}"),
                            "write the hours a week this takes, such as 2.5",
                        );
                        None
                    }
                });
            let per = match w.per {
                None => Some(None),
                Some(p) => self.per(p, refs).map(Some),
            };
            let when = match w.when {
                None => Some(None),
                Some(c) => {
                    let at = c.span();
                    match self.cond(c, refs) {
                        Some(c) if c.uses_hours() => {
                            self.error(
                                Some(at),
                                "a workload assumption cannot test `hours`, which it helps add up",
                                "test the answers instead",
                            );
                            None
                        }
                        c => c.map(Some),
                    }
                }
            };
            let what = self
                .required(w.what, "what", "workload assumption", span)
                .map(|t| self.template(t, &refs.vocabulary()));
            if let (Some(outcome), Some(hours), Some(per), Some(when), Some(what)) =
                (outcome, hours, per, when, what)
            {
                out.push(Work {
                    outcome,
                    hours,
                    per,
                    when,
                    what,
                });
            }
        }
        out
    }

    /// `question` or `question:tag`, for hours counted once per pick.
    fn per(&mut self, p: Spanned<String>, refs: &Refs<'_>) -> Option<(QuestionId, Option<String>)> {
        let (name, tag) = match p.get_ref().split_once(':') {
            Some((q, t)) => (q.to_string(), Some(t.to_string())),
            None => (p.get_ref().clone(), None),
        };
        let Some(&qi) = refs.index.get(&name) else {
            let hint = suggest(&name, refs.index.keys(), "a multi question's id");
            self.error(
                Some(p.span()),
                format!("`per` names no question `{name}`"),
                &hint,
            );
            return None;
        };
        let info = refs.info(qi);
        if info.kind != Kind::Multi {
            self.error(
                Some(p.span()),
                format!(
                    "`per` counts picks, but `{name}` is a {} question",
                    info.kind.name()
                ),
                "name a multi question, or leave `per` out and use `when`",
            );
            return None;
        }
        if let Some(t) = &tag {
            if !info.tags.contains(t) {
                self.error(
                    Some(p.span()),
                    format!("no option of `{name}` carries the tag `{t}`"),
                    &format!("its tags are: {}", info.tags.join(", ")),
                );
                return None;
            }
        }
        Some((qi, tag))
    }
}
