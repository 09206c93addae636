//! Writing postings: for each role the advice hires, the lines of the role
//! data whose conditions hold, each in the first of its variants that
//! holds, filled from the answers. A line that would need an answer the
//! founder did not give is left out rather than printed with a gap.

use super::data::{Doc, LineSpec, RoleData, SectionSpec, Variant};
use super::{Facts, Line, Posting, Section};
use crate::answers::Answers;
use crate::cond::{self, Ctx};
use crate::fill::{Slot, Template, Value};
use crate::text::clean_line;
use crate::tree::{Cond, Tree};
use std::cell::RefCell;

/// Why postings could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    /// A verdict names a role, by this id, that the role data does not define.
    #[error("the advice names role `{0}`, which the role data does not define")]
    UnknownRole(String),
}

/// Sources without repeats: a question named alone is left out when one
/// of its options is named; none at all is the role's standing text.
fn tidy(sources: &mut Vec<String>) {
    let picked: Vec<String> = (sources.iter())
        .filter_map(|s| s.split_once('.').map(|(q, _)| q.to_string()))
        .collect();
    sources.retain(|s| s.contains('.') || !picked.contains(s));
    if sources.is_empty() {
        sources.push("core".into());
    }
}

/// Words refer to other words; deeper than this is a loop in the data.
const DEPTH: usize = 8;

/// What one posting is written against.
struct Writer<'a> {
    tree: &'a Tree,
    data: &'a RoleData,
    answers: &'a Answers,
    hiring: &'a [String],
    role: &'a str,
    first: bool,
    /// What the words said in the lines kept so far in the document being
    /// written, for the words with an `again` form.
    said: RefCell<Vec<String>>,
    /// The same, for the line being written, until it is kept.
    saying: RefCell<Vec<String>>,
}

impl<'a> Writer<'a> {
    /// The writer of the posting for `role`, at `index` among the roles
    /// hired.
    fn new(
        tree: &'a Tree,
        data: &'a RoleData,
        answers: &'a Answers,
        hiring: &'a [String],
        role: &'a str,
        index: usize,
    ) -> Self {
        Self {
            tree,
            data,
            answers,
            hiring,
            role,
            first: index == 0,
            said: RefCell::default(),
            saying: RefCell::default(),
        }
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            answers: self.answers,
            scores: None,
            hiring: self.hiring,
            first: self.first,
            verdict: None,
            role: Some(self.role),
        }
    }

    fn holds(&self, c: Option<&Cond>) -> bool {
        c.is_none_or(|c| cond::holds_in(self.tree, c, &self.ctx()))
    }

    fn sources_of(&self, c: Option<&Cond>, out: &mut Vec<String>) {
        if let Some(c) = c {
            cond::sources(self.tree, c, &self.ctx(), out);
        }
    }

    /// The first variant that holds.
    fn variant<'v>(&self, variants: &'v [Variant]) -> Option<&'v Variant> {
        variants.iter().find(|v| self.holds(v.when.as_ref()))
    }

    /// What a placeholder says: a word of the role data (unless it is the
    /// word being worked out), or what the answers and options say.
    fn value(&self, slot: &Slot, within: Option<&str>, depth: usize) -> Value {
        if within != Some(slot.name.as_str()) && depth < DEPTH {
            if let Some(variants) = self.data.words.get(&slot.name) {
                let Some(v) = self.variant(variants) else {
                    return Value::default();
                };
                let mut filled = self.fill_in(&v.text, Some(&slot.name), depth + 1);
                let again = v.again.as_ref();
                if let Some(again) = again.filter(|_| self.said.borrow().contains(&filled.text)) {
                    filled = self.fill_in(again, Some(&slot.name), depth + 1);
                } else {
                    self.saying.borrow_mut().push(filled.text.clone());
                }
                let mut sources = Vec::new();
                self.sources_of(v.when.as_ref(), &mut sources);
                sources.extend(filled.sources);
                return Value {
                    words: vec![filled.text],
                    sources,
                };
            }
        }
        let value = crate::say::value(self.tree, self.answers, slot).unwrap_or_default();
        // Said in full, so that a word with an `again` form that would say
        // the same knows it has been said.
        let words: Vec<&str> = value.words.iter().map(String::as_str).collect();
        (self.saying.borrow_mut()).push(crate::text::and_list(&words));
        value
    }

    fn fill_in(&self, t: &Template, within: Option<&str>, depth: usize) -> crate::fill::Filled {
        t.fill(|slot| self.value(slot, within, depth))
    }

    fn fill(&self, t: &Template) -> crate::fill::Filled {
        self.fill_in(t, None, 0)
    }

    /// A line of the role data as it reads for this posting, if it applies.
    fn line(&self, spec: &LineSpec) -> Option<Line> {
        self.saying.borrow_mut().clear();
        if !spec.roles.is_empty() && !spec.roles.iter().any(|r| r == self.role) {
            return None;
        }
        if !spec.to.is_empty() {
            let owner = spec.to.iter().find(|r| self.hiring.contains(r))?;
            if owner != self.role {
                return None;
            }
        }
        if !self.holds(spec.when.as_ref()) {
            return None;
        }
        let v = self.variant(&spec.say)?;
        let filled = self.fill(&v.text);
        let mut text = clean_line(filled.text.trim());
        if filled.gap || text.is_empty() {
            return None;
        }
        if spec.label.is_none() {
            text = crate::text::sentence_starts(&text);
        }
        let mut sources = Vec::new();
        self.sources_of(spec.when.as_ref(), &mut sources);
        self.sources_of(v.when.as_ref(), &mut sources);
        for s in filled.sources {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        if let Some(c) = spec.covers.as_ref().filter(|c| self.holds(Some(c))) {
            self.sources_of(Some(c), &mut sources);
        }
        tidy(&mut sources);
        Some(Line {
            label: spec.label.clone(),
            text,
            sources,
            duty: spec.duty.clone(),
        })
    }

    /// The lines that a tree's own options add to a section (`posting` on
    /// an option), for trees that carry their own text.
    fn additions(&self, section: &SectionSpec) -> Vec<Line> {
        let mut out = Vec::new();
        for q in &self.tree.questions {
            let Some(a) = self.answers.get(&q.id) else {
                continue;
            };
            for o in a.picks().filter_map(|id| q.option(id)) {
                let p = &o.posting;
                if !p.roles.is_empty() && !p.roles.iter().any(|r| r == self.role) {
                    continue;
                }
                let list = match section.id.as_str() {
                    "duties" => &p.duties,
                    "success" => &p.kpis,
                    "requirements" => &p.requirements,
                    "nice" => &p.nice_to_have,
                    _ => continue,
                };
                for t in list {
                    let filled = self.fill(t);
                    let text = clean_line(filled.text.trim());
                    if filled.gap || text.is_empty() {
                        continue;
                    }
                    let own = crate::say::source(&q.id, &o.id);
                    let mut sources = vec![own.clone()];
                    sources.extend(filled.sources.into_iter().filter(|s| *s != own));
                    out.push(Line {
                        label: None,
                        text,
                        sources,
                        duty: None,
                    });
                }
            }
        }
        out
    }

    fn sections(&self, doc: Doc) -> Vec<Section> {
        self.said.borrow_mut().clear();
        let mut out = Vec::new();
        for (si, spec) in self.data.sections.iter().enumerate() {
            if spec.doc != doc {
                continue;
            }
            let mut lines: Vec<Line> = Vec::new();
            let in_section = (self.data.lines.iter()).filter(|l| l.section == si);
            let ordered: Vec<&LineSpec> = if spec.own_first {
                // The posting's own lines, then those taken over from the
                // other role, then those of every role, each in data order.
                let rank = |l: &LineSpec| match l.to.first() {
                    Some(r) if r == self.role => 0,
                    Some(_) => 1,
                    None => 2,
                };
                let mut lines: Vec<&LineSpec> = in_section.collect();
                lines.sort_by_key(|l| rank(l));
                lines
            } else {
                in_section.collect()
            };
            let ordered = self.lead(spec, ordered);
            let from_data = ordered.into_iter().filter_map(|l| self.line(l));
            for line in from_data {
                // The same sentence twice (from two options, say) once.
                if !lines.iter().any(|l| l.text == line.text) {
                    lines.push(line);
                    let saying = std::mem::take(&mut *self.saying.borrow_mut());
                    self.said.borrow_mut().extend(saying);
                }
            }
            for line in self.additions(spec) {
                if !lines.iter().any(|l| l.text == line.text) {
                    lines.push(line);
                }
            }
            if lines.is_empty() {
                continue;
            }
            out.push(Section {
                id: spec.id.clone(),
                heading: clean_line(&self.fill(&spec.heading).text),
                kind: spec.kind,
                under: spec.under.clone(),
                lines,
            });
        }
        out
    }

    /// The section's lines with those the founder asked for first, where
    /// the section's `lead` holds: which lines those are shows only once
    /// a line is written, so each is written once to find out and the
    /// words it said are then forgotten.
    fn lead<'s>(&self, spec: &SectionSpec, specs: Vec<&'s LineSpec>) -> Vec<&'s LineSpec> {
        let Some(lead) = spec.lead.as_ref().filter(|l| self.holds(l.when.as_ref())) else {
            return specs;
        };
        let from = lead.from.as_str();
        let said = self.said.borrow().clone();
        let leads = |l: &LineSpec| {
            self.line(l).is_some_and(|line| {
                // An option picked ("work.content"), not the question alone.
                (line.sources.iter())
                    .any(|s| s.strip_prefix(from).is_some_and(|o| o.starts_with('.')))
            })
        };
        let (mut first, rest): (Vec<_>, Vec<_>) = specs.into_iter().partition(|l| leads(l));
        *self.said.borrow_mut() = said;
        self.saying.borrow_mut().clear();
        first.extend(rest);
        first
    }

    fn text(&self, t: &Template) -> String {
        clean_line(self.fill(t).text.trim())
    }

    fn posting(&self) -> Result<Posting, BuildError> {
        let role =
            (self.data.role(self.role)).ok_or_else(|| BuildError::UnknownRole(self.role.into()))?;
        let title = match self.variant(&role.title) {
            Some(v) => {
                let filled = self.fill(&v.text);
                let mut sources = Vec::new();
                self.sources_of(v.when.as_ref(), &mut sources);
                sources.extend(filled.sources);
                if sources.is_empty() {
                    sources.push("core".into());
                }
                Line {
                    label: None,
                    text: clean_line(filled.text.trim()),
                    sources,
                    duty: None,
                }
            }
            None => Line {
                label: None,
                text: role.id.clone(),
                sources: vec!["core".into()],
                duty: None,
            },
        };
        let f = &self.data.facts;
        Ok(Posting {
            role: role.id.clone(),
            title,
            organisation: self.text(&f.organisation),
            sections: self.sections(Doc::Posting),
            kit: self.sections(Doc::Kit),
            facts: Facts {
                employment_type: self.text(&f.employment_type),
                arrangement: self.text(&f.arrangement),
                city: self.text(&f.city),
                region: self.text(&f.region),
                country: self.text(&f.country),
                applicants: (self.text(&f.applicants).split(", "))
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
                pay: self.text(&f.pay_min).parse().ok().map(|min| super::Pay {
                    min,
                    max: self.text(&f.pay_max).parse().ok(),
                    currency: self.text(&f.currency),
                    unit: self.text(&f.pay_unit),
                }),
                pay_said: self.text(&f.pay_said),
                valid_through: self.text(&f.valid_through),
                work_hours: self.text(&f.work_hours),
            },
            typed: (self.answers.values())
                .filter_map(|a| match a {
                    crate::answers::Answer::Text(t) => Some(clean_line(t.trim())),
                    _ => None,
                })
                .filter(|t| !t.is_empty())
                .collect(),
        })
    }
}

/// The postings for the roles the advice hires, in its order (the one to
/// hire first first), from the answers on the founder's path.
pub fn build(
    tree: &Tree,
    data: &RoleData,
    answers: &Answers,
    roles: &[String],
) -> Result<Vec<Posting>, BuildError> {
    roles
        .iter()
        .enumerate()
        .map(|(i, role)| Writer::new(tree, data, answers, roles, role, i).posting())
        .collect()
}

/// The job title the role data gives the posting at `index` for these
/// answers, for a wizard to offer before the founder types their own: the
/// answer to `asking` (the title question itself) is left out, so the
/// suggestion does not echo it.
pub fn suggested_title(
    tree: &Tree,
    data: &RoleData,
    answers: &Answers,
    roles: &[String],
    index: usize,
    asking: &str,
) -> Option<String> {
    let role = roles.get(index)?;
    let mut without = answers.clone();
    without.remove(asking);
    let w = Writer::new(tree, data, &without, roles, role, index);
    let v = w.variant(&data.role(role)?.title)?;
    Some(w.text(&v.text)).filter(|t| !t.is_empty())
}
