//! Role data: the standing text of postings and hiring kits, as lines that
//! say when they apply. Read from TOML in two stages like the tree: raw
//! structs that mirror the files, then one check against the tree that
//! resolves every question, option and role a line names and every
//! placeholder it uses, reporting each problem at its file, line and
//! column.

use crate::diag::{Diagnostic, Source};
use crate::fill::Template;
use crate::tree::{Cond, RawCond, Tree, TreeRefs, parse_toml, resolve_cond, resolve_template};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use toml::Spanned;

type Text = Spanned<String>;

/// Where the role data's keys are described, for hints.
const DOC: &str = "docs/postings.md";

#[derive(Debug, Default, Deserialize)]
struct RawData {
    #[serde(default)]
    roles: Vec<Spanned<RawRole>>,
    #[serde(default)]
    sections: Vec<Spanned<RawSection>>,
    #[serde(default)]
    words: Vec<Spanned<RawWord>>,
    facts: Option<RawFacts>,
    #[serde(default)]
    lines: Vec<Spanned<RawLine>>,
}

#[derive(Debug, Deserialize)]
struct RawRole {
    id: Option<Spanned<String>>,
    #[serde(default)]
    title: Vec<Spanned<RawVariant>>,
    #[serde(default)]
    core: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
struct RawSection {
    id: Option<Spanned<String>>,
    heading: Option<Text>,
    kind: Option<Spanned<String>>,
    doc: Option<Spanned<String>>,
    under: Option<String>,
    #[serde(default)]
    own_first: bool,
    lead: Option<Spanned<RawLead>>,
}

#[derive(Debug, Deserialize)]
struct RawLead {
    from: Spanned<String>,
    when: Option<Spanned<RawCond>>,
}

#[derive(Debug, Deserialize)]
struct RawWord {
    name: Option<Spanned<String>>,
    #[serde(default)]
    say: Vec<Spanned<RawVariant>>,
}

#[derive(Debug, Deserialize)]
struct RawVariant {
    when: Option<Spanned<RawCond>>,
    text: Option<Text>,
    again: Option<Text>,
}

#[derive(Debug, Default, Deserialize)]
struct RawFacts {
    organisation: Option<Text>,
    employment_type: Option<Text>,
    arrangement: Option<Text>,
    city: Option<Text>,
    region: Option<Text>,
    country: Option<Text>,
    applicants: Option<Text>,
    pay_min: Option<Text>,
    pay_max: Option<Text>,
    currency: Option<Text>,
    pay_unit: Option<Text>,
    pay_said: Option<Text>,
    valid_through: Option<Text>,
    work_hours: Option<Text>,
}

#[derive(Debug, Deserialize)]
struct RawLine {
    section: Option<Spanned<String>>,
    #[serde(default)]
    roles: Vec<Spanned<String>>,
    #[serde(default)]
    to: Vec<Spanned<String>>,
    duty: Option<Spanned<String>>,
    label: Option<String>,
    when: Option<Spanned<RawCond>>,
    covers: Option<Spanned<RawCond>>,
    text: Option<Text>,
    #[serde(default)]
    say: Vec<Spanned<RawVariant>>,
}

/// Checked role data, ready to write postings from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoleData {
    pub(crate) roles: Vec<Role>,
    pub(crate) sections: Vec<SectionSpec>,
    /// Words that depend on the answers, by name, each a list of variants.
    pub words: BTreeMap<String, Vec<Variant>>,
    pub(crate) facts: FactSpec,
    pub(crate) lines: Vec<LineSpec>,
}

/// One role profile of the role data: its title and its core duties.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub(crate) id: String,
    /// The posting's title: the first variant that holds.
    pub title: Vec<Variant>,
    /// The duties that most real postings of this role carry, by the
    /// `duty` names of lines.
    pub core: Vec<String>,
}

/// The document a section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Doc {
    /// The job posting, for applicants.
    Posting,
    /// The hiring kit, for the founder.
    Kit,
}

/// How a section's lines are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// Sentences run together.
    Paragraph,
    /// A bulleted list.
    List,
    /// A numbered list.
    Numbered,
    /// Labelled facts, such as the location and the salary.
    Details,
}

impl SectionKind {
    const NAMES: [&'static str; 4] = ["paragraph", "list", "numbered", "details"];

    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "paragraph" => Self::Paragraph,
            "list" => Self::List,
            "numbered" => Self::Numbered,
            "details" => Self::Details,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SectionSpec {
    pub(crate) id: String,
    /// Empty for a section shown without a heading (the details).
    pub heading: Template,
    pub(crate) kind: SectionKind,
    pub(crate) doc: Doc,
    /// A heading shown once above this section and the ones after it that
    /// share it ("The first 90 days" above each month).
    pub under: Option<String>,
    /// Lines that belong first to the posting's own role (the first of
    /// their `to`) come before those it takes over from the other role: a
    /// community hire's own measures before a second goal's.
    pub own_first: bool,
    /// Where it holds, the lines an answer to its question put there come
    /// first: the work a part-time hire was asked for before the rest.
    pub lead: Option<Lead>,
}

/// Which lines of a section come first, and when.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Lead {
    /// The question whose answers put a line first.
    pub from: String,
    pub(crate) when: Option<Cond>,
}

/// One way of saying something, and when to say it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Variant {
    pub(crate) when: Option<Cond>,
    pub(crate) text: Template,
    /// For a word: what it says once an earlier line of the same document
    /// has said `text` word for word ("the server" after "our Discord
    /// server").
    pub again: Option<Template>,
}

/// Templates for the facts that structured formats need.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FactSpec {
    /// The employer's name.
    pub organisation: Template,
    /// A schema.org employment type, such as FULL_TIME.
    pub employment_type: Template,
    /// "on site", "hybrid", "remote" or "on site or remote".
    pub arrangement: Template,
    pub(crate) city: Template,
    pub(crate) region: Template,
    /// An ISO 3166-1 alpha-2 code.
    pub country: Template,
    /// Where remote applicants may live: codes and groups, ", " between.
    pub applicants: Template,
    /// The pay's figures as digits, its ISO 4217 currency and its
    /// schema.org unit (YEAR, MONTH, WEEK, DAY, HOUR).
    pub pay_min: Template,
    pub(crate) pay_max: Template,
    pub(crate) currency: Template,
    pub(crate) pay_unit: Template,
    /// The pay in words, as the posting shows it.
    pub pay_said: Template,
    /// The last day to apply (YYYY-MM-DD), or empty.
    pub valid_through: Template,
    /// The hours of a part-time week in words ("20 hours a week"), or
    /// empty.
    pub work_hours: Template,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct LineSpec {
    /// Index into `sections`.
    pub section: usize,
    /// The roles whose postings carry the line; empty for every role.
    pub roles: Vec<String>,
    /// The line goes to the first of these roles that is hired, once.
    pub to: Vec<String>,
    /// The core duty this line covers, if any.
    pub duty: Option<String>,
    /// The label of a details line ("Location").
    pub label: Option<String>,
    pub(crate) when: Option<Cond>,
    /// The answers the line stands for whenever it is written, whatever
    /// its variant says: "Write the posts" covers a founder's pick of
    /// writing posts. Where it holds, its answers join the line's sources.
    pub covers: Option<Cond>,
    /// What the line says: the first variant that holds.
    pub say: Vec<Variant>,
}

/// The words templates may use: those the tree's options give and those
/// the role data defines.
fn word_names<'a>(raw: impl Iterator<Item = &'a RawData>, tree: &Tree) -> Vec<String> {
    let mut out = crate::tree::build_words(tree);
    for w in raw.flat_map(|r| &r.words) {
        if let Some(n) = &w.get_ref().name {
            if !out.contains(n.get_ref()) {
                out.push(n.get_ref().clone());
            }
        }
    }
    out
}

/// Checks raw role data against one tree, collecting every problem.
struct Checker {
    /// The tree's ids, looked up once for every condition and template.
    refs: TreeRefs,
    roles: Vec<String>,
    words: Vec<String>,
    diags: Vec<Diagnostic>,
    /// Off for a tree the data was not written for: what names a part of
    /// the tree it lacks is left out (and counted) instead of failing.
    strict: bool,
    left_out: usize,
}

impl Checker {
    /// Whether what was checked since `mark` failed and, in lenient mode,
    /// is to be left out; its problems are then forgotten.
    fn failed(&mut self, mark: usize) -> bool {
        if self.strict || self.diags.len() == mark {
            return false;
        }
        self.diags.truncate(mark);
        self.left_out += 1;
        true
    }

    fn error(&mut self, src: &Source, span: std::ops::Range<usize>, msg: String, hint: &str) {
        self.diags
            .push(Diagnostic::error(src, Some(span), msg).with_hint(hint));
    }

    fn cond(&mut self, src: &Source, c: Option<Spanned<RawCond>>) -> Option<Cond> {
        let c = c?;
        resolve_cond(
            &self.refs,
            src,
            &self.roles,
            &self.words,
            c,
            &mut self.diags,
        )
    }

    fn template(&mut self, src: &Source, t: Text) -> Template {
        resolve_template(&self.refs, src, &self.words, t, &mut self.diags)
    }

    fn variants(&mut self, src: &Source, list: Vec<Spanned<RawVariant>>) -> Vec<Variant> {
        let mut out = Vec::new();
        for v in list {
            let span = v.span();
            let v = v.into_inner();
            let mark = self.diags.len();
            let when = self.cond(src, v.when);
            match v.text {
                Some(t) => {
                    let text = self.template(src, t);
                    let again = v.again.map(|t| self.template(src, t));
                    if !self.failed(mark) {
                        out.push(Variant { when, text, again });
                    }
                }
                None => self.error(
                    src,
                    span,
                    "a variant has no `text`".into(),
                    "write it as { when = ..., text = \"...\" }",
                ),
            }
        }
        out
    }

    fn role_ref(&mut self, src: &Source, r: &Spanned<String>) {
        if !self.roles.contains(r.get_ref()) {
            let hint = format!("roles are: {}", self.roles.join(", "));
            self.error(
                src,
                r.span(),
                format!("unknown role `{}`", r.get_ref()),
                &hint,
            );
        }
    }
}

impl RoleData {
    /// Read and check role data from its files against `tree`: every
    /// problem in every file, or the data when there are none.
    pub fn load(sources: &[Source], tree: &Tree) -> Result<Self, Vec<Diagnostic>> {
        Self::load_for(sources, tree, true).map(|(data, _)| data)
    }

    /// The same, for a tree the role data may not have been written for
    /// when `strict` is off: a line, variant or fact that names a question,
    /// option or word the tree lacks is left out instead of failing, so a
    /// tree of its own gets the standing text and its options' lines. Also
    /// the warnings found.
    pub fn load_for(
        sources: &[Source],
        tree: &Tree,
        strict: bool,
    ) -> Result<(Self, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut raws: Vec<(usize, RawData)> = Vec::new();
        for (i, src) in sources.iter().enumerate() {
            let (raw, mut d) = parse_toml::<RawData>(src, DOC);
            diags.append(&mut d);
            if let Some(raw) = raw {
                raws.push((i, raw));
            }
        }
        let words = word_names(raws.iter().map(|(_, r)| r), tree);
        let roles: Vec<String> = (raws.iter())
            .flat_map(|(_, r)| &r.roles)
            .filter_map(|r| r.get_ref().id.as_ref().map(|i| i.get_ref().clone()))
            .collect();
        let mut c = Checker {
            refs: if strict {
                TreeRefs::of(tree)
            } else {
                TreeRefs::of(tree).without_hints()
            },
            roles,
            words,
            diags,
            strict,
            left_out: 0,
        };
        let mut data = RoleData {
            roles: Vec::new(),
            sections: Vec::new(),
            words: BTreeMap::new(),
            facts: FactSpec {
                organisation: Template::plain(""),
                employment_type: Template::plain(""),
                arrangement: Template::plain(""),
                city: Template::plain(""),
                region: Template::plain(""),
                country: Template::plain(""),
                applicants: Template::plain(""),
                pay_min: Template::plain(""),
                pay_max: Template::plain(""),
                currency: Template::plain(""),
                pay_unit: Template::plain(""),
                pay_said: Template::plain(""),
                valid_through: Template::plain(""),
                work_hours: Template::plain(""),
            },
            lines: Vec::new(),
        };
        // Sections first, so that lines in any file can name them.
        let mut section_names: Vec<String> = Vec::new();
        for (i, raw) in &mut raws {
            let src = &sources[*i];
            for s in std::mem::take(&mut raw.sections) {
                let span = s.span();
                let s = s.into_inner();
                let Some(id) = s.id else {
                    c.error(
                        src,
                        span,
                        "a section has no `id`".into(),
                        "add `id = \"...\"`",
                    );
                    continue;
                };
                if section_names.contains(id.get_ref()) {
                    c.error(
                        src,
                        id.span(),
                        format!("duplicate section `{}`", id.get_ref()),
                        "give each section its own id",
                    );
                    continue;
                }
                let kind = match &s.kind {
                    Some(k) => SectionKind::parse(k.get_ref()).or_else(|| {
                        let hint = format!("kinds are: {}", SectionKind::NAMES.join(", "));
                        c.error(
                            src,
                            k.span(),
                            format!("unknown section kind `{}`", k.get_ref()),
                            &hint,
                        );
                        None
                    }),
                    None => Some(SectionKind::List),
                };
                let doc = match s.doc.as_ref().map(|d| (d.get_ref().as_str(), d.span())) {
                    None | Some(("posting", _)) => Some(Doc::Posting),
                    Some(("kit", _)) => Some(Doc::Kit),
                    Some((other, at)) => {
                        c.error(
                            src,
                            at,
                            format!("unknown document `{other}`"),
                            "a section is in the `posting` or the `kit`",
                        );
                        None
                    }
                };
                let mark = c.diags.len();
                let heading = match s.heading {
                    Some(h) => c.template(src, h),
                    None => Template::plain(""),
                };
                let heading = if c.failed(mark) {
                    Template::plain("")
                } else {
                    heading
                };
                // Against another tree, a lead it cannot test is left out.
                let mark = c.diags.len();
                let lead = s.lead.and_then(|l| {
                    let l = l.into_inner();
                    if !c.refs.has_question(l.from.get_ref()) {
                        c.error(
                            src,
                            l.from.span(),
                            format!("unknown question `{}`", l.from.get_ref()),
                            "`lead.from` names a question of the tree",
                        );
                        return None;
                    }
                    let has_when = l.when.is_some();
                    let when = c.cond(src, l.when);
                    (when.is_some() || !has_when).then(|| Lead {
                        from: l.from.into_inner(),
                        when,
                    })
                });
                let lead = if c.failed(mark) { None } else { lead };
                section_names.push(id.get_ref().clone());
                if let (Some(kind), Some(doc)) = (kind, doc) {
                    data.sections.push(SectionSpec {
                        id: id.into_inner(),
                        heading,
                        kind,
                        doc,
                        under: s.under,
                        own_first: s.own_first,
                        lead,
                    });
                }
            }
        }
        for (i, raw) in raws {
            let src = &sources[i];
            for r in raw.roles {
                let span = r.span();
                let r = r.into_inner();
                let Some(id) = r.id else {
                    c.error(src, span, "a role has no `id`".into(), "add `id = \"...\"`");
                    continue;
                };
                if data.roles.iter().any(|x| &x.id == id.get_ref()) {
                    c.error(
                        src,
                        id.span(),
                        format!("duplicate role `{}`", id.get_ref()),
                        "give each role its own id",
                    );
                    continue;
                }
                let title = c.variants(src, r.title);
                if title.is_empty() {
                    c.error(
                        src,
                        id.span(),
                        format!("role `{}` has no `title`", id.get_ref()),
                        "add title = [{ text = \"...\" }]",
                    );
                }
                data.roles.push(Role {
                    id: id.into_inner(),
                    title,
                    core: r.core.into_iter().map(Spanned::into_inner).collect(),
                });
            }
            for w in raw.words {
                let span = w.span();
                let w = w.into_inner();
                let Some(name) = w.name else {
                    c.error(
                        src,
                        span,
                        "a word has no `name`".into(),
                        "add `name = \"...\"`",
                    );
                    continue;
                };
                let say = c.variants(src, w.say);
                data.words.entry(name.into_inner()).or_default().extend(say);
            }
            if let Some(f) = raw.facts {
                let t = |x: Option<Text>, c: &mut Checker| {
                    let mark = c.diags.len();
                    let t = x.map_or_else(|| Template::plain(""), |t| c.template(src, t));
                    if c.failed(mark) {
                        Template::plain("")
                    } else {
                        t
                    }
                };
                data.facts = FactSpec {
                    organisation: t(f.organisation, &mut c),
                    employment_type: t(f.employment_type, &mut c),
                    arrangement: t(f.arrangement, &mut c),
                    city: t(f.city, &mut c),
                    region: t(f.region, &mut c),
                    country: t(f.country, &mut c),
                    applicants: t(f.applicants, &mut c),
                    pay_min: t(f.pay_min, &mut c),
                    pay_max: t(f.pay_max, &mut c),
                    currency: t(f.currency, &mut c),
                    pay_unit: t(f.pay_unit, &mut c),
                    pay_said: t(f.pay_said, &mut c),
                    valid_through: t(f.valid_through, &mut c),
                    work_hours: t(f.work_hours, &mut c),
                };
            }
            for l in raw.lines {
                let span = l.span();
                let l = l.into_inner();
                let Some(section) = l.section else {
                    c.error(
                        src,
                        span,
                        "a line has no `section`".into(),
                        "add `section = \"...\"`",
                    );
                    continue;
                };
                let Some(si) = data
                    .sections
                    .iter()
                    .position(|s| s.id == *section.get_ref())
                else {
                    let hint = format!(
                        "sections are: {}",
                        (data.sections.iter().map(|s| s.id.as_str()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    );
                    c.error(
                        src,
                        section.span(),
                        format!("unknown section `{}`", section.get_ref()),
                        &hint,
                    );
                    continue;
                };
                for r in l.roles.iter().chain(&l.to) {
                    c.role_ref(src, r);
                }
                let mark = c.diags.len();
                let mut covers = c.cond(src, l.covers);
                if c.failed(mark) {
                    covers = None;
                }
                let mark = c.diags.len();
                let when = c.cond(src, l.when);
                let mut say = c.variants(src, l.say);
                if let Some(t) = l.text {
                    say.push(Variant {
                        when: None,
                        text: c.template(src, t),
                        again: None,
                    });
                }
                if c.failed(mark) || say.is_empty() && !c.strict {
                    continue;
                }
                if say.is_empty() {
                    c.error(
                        src,
                        span,
                        "a line has neither `text` nor `say`".into(),
                        "give it `text = \"...\"`, or variants in `say`",
                    );
                    continue;
                }
                data.lines.push(LineSpec {
                    section: si,
                    roles: l.roles.into_iter().map(Spanned::into_inner).collect(),
                    to: l.to.into_iter().map(Spanned::into_inner).collect(),
                    duty: l.duty.map(Spanned::into_inner),
                    label: l.label,
                    when,
                    covers,
                    say,
                });
            }
        }
        if c.diags.iter().any(Diagnostic::is_error) {
            Err(c.diags)
        } else {
            Ok((data, c.diags))
        }
    }

    /// The role profile with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }
}

/// Verdicts of `tree`, and posting additions of its options, that name a
/// role the role data does not define: such a verdict has no posting, and
/// such an addition is never written.
pub fn check_verdict_roles(tree: &Tree, data: &RoleData) -> Vec<Diagnostic> {
    let src = Source::new(tree.name.clone(), String::new());
    let known: Vec<&str> = data.roles.iter().map(|r| r.id.as_str()).collect();
    let mut out = Vec::new();
    let mut unknown = |r: &str, at: (usize, usize), who: String| {
        if !known.contains(&r) {
            let mut d = Diagnostic::error(
                &src,
                None,
                format!("{who} names role `{r}`, which the role data does not define"),
            )
            .with_hint(format!("roles are: {}", known.join(", ")));
            d.line = at.0;
            d.column = at.1;
            out.push(d);
        }
    };
    for v in &tree.verdicts {
        for (r, at) in v.roles.iter().zip(&v.roles_at) {
            unknown(r, *at, format!("verdict `{}`", v.id));
        }
    }
    for q in &tree.questions {
        for o in &q.options {
            for (r, at) in o.posting.roles.iter().zip(&o.posting.roles_at) {
                unknown(r, *at, format!("the posting of option `{}.{}`", q.id, o.id));
            }
        }
    }
    out
}
