//! Answers: what a founder said, checked against the question it answers,
//! and the answers file (TOML, one key per question id) that stores them.

use crate::diag::{Diagnostic, Diagnostics, Source};
use crate::text;
use crate::tree::{Kind, OptionId, Question, TextFormat, Tree};
use std::collections::BTreeMap;
use toml::Spanned;

/// One answer, in the form its question's kind calls for.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The id of the option picked, for a single question.
    Choice(String),
    /// The ids of the options picked, for a multi question.
    Choices(Vec<String>),
    /// Typed text; once validated, in the standard form of its question's
    /// format.
    Text(String),
    /// A typed number.
    Number(f64),
    /// Yes or no, for a confirm question.
    Bool(bool),
    /// An optional question left blank.
    Skipped,
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Why an answer does not fit its question.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{question}: {problem}")]
pub struct AnswerError {
    /// The question id.
    pub question: String,
    /// What is wrong, as a sentence for the founder.
    pub problem: String,
}

impl Answer {
    /// The ids of the options this answer picks (none for text and numbers).
    pub fn picked(&self) -> Vec<&str> {
        self.picks().collect()
    }

    /// The option ids picked, without collecting them.
    pub fn picks(&self) -> impl Iterator<Item = &str> {
        let (one, many): (Option<&str>, &[String]) = match self {
            Answer::Choice(c) => (Some(c), &[]),
            Answer::Choices(c) => (None, c),
            Answer::Bool(true) => (Some("yes"), &[]),
            Answer::Bool(false) => (Some("no"), &[]),
            _ => (None, &[]),
        };
        one.into_iter().chain(many.iter().map(String::as_str))
    }

    /// The figure of a number, or of an amount kept as digits.
    pub fn figure(&self) -> Option<f64> {
        match self {
            Answer::Number(n) => Some(*n),
            Answer::Text(t) => t.parse().ok(),
            _ => None,
        }
    }

    /// Why this answer to `q` is below the answer it may not be below
    /// (`not_below`), if it is: "28,000 is below Pay from (30,000)".
    pub fn below(&self, q: &Question, tree: &Tree, answers: &Answers) -> Option<String> {
        let other = tree.question(q.not_below.as_deref()?)?;
        let (n, m) = (self.figure()?, answers.get(&other.id)?.figure()?);
        (n < m).then(|| {
            format!(
                "{} is below the answer to \"{}\" ({}); give the lower figure there",
                self.display(q),
                text::clean_line(&other.prompt),
                answers
                    .get(&other.id)
                    .map(|a| a.display(other))
                    .unwrap_or_default()
            )
        })
    }

    /// The answer as a person reads it: option labels, the text, the number.
    pub fn display(&self, q: &Question) -> String {
        match self {
            Answer::Text(t) => shown_text(q.format, t),
            Answer::Number(n) => {
                let n = format_number(*n);
                if q.unit.is_empty() {
                    n
                } else {
                    format!("{n} {}", q.unit)
                }
            }
            Answer::Skipped => String::new(),
            _ => self
                .picked()
                .iter()
                .filter_map(|id| q.option(id).map(|o| o.label.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// Check this answer against its question, cleaning typed text.
    pub fn validate(self, q: &Question) -> Result<Answer, AnswerError> {
        let err = |problem: String| AnswerError {
            question: q.id.clone(),
            problem,
        };
        let known = |id: &str| -> Result<OptionId, AnswerError> {
            q.option_id(id).ok_or_else(|| {
                let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
                err(format!(
                    "`{id}` is not an option; expected one of: {}",
                    ids.join(", ")
                ))
            })
        };
        match (q.kind, self) {
            (_, Answer::Skipped) if !q.required => Ok(Answer::Skipped),
            (_, Answer::Skipped) => Err(err("an answer is required".into())),
            (Kind::Single, Answer::Choice(c)) => known(&c).map(|_| Answer::Choice(c)),
            (Kind::Multi, Answer::Choices(cs)) => {
                // Places in the tree, sorted: the tree's order, repeats dropped.
                let mut at = cs.iter().map(|c| known(c)).collect::<Result<Vec<_>, _>>()?;
                at.sort_unstable();
                at.dedup();
                if cs.is_empty() && q.required {
                    return Err(err("pick at least one option".into()));
                }
                if cs.len() > 1 {
                    if let Some(o) = at.iter().map(|&i| &q[i]).find(|o| o.exclusive) {
                        return Err(err(format!(
                            "\"{}\" cannot be picked together with other options",
                            o.label
                        )));
                    }
                }
                Ok(Answer::Choices(
                    at.into_iter().map(|i| q[i].id.clone()).collect(),
                ))
            }
            (Kind::Text, Answer::Text(t)) => {
                let t = text::clean_input(&t);
                if t.is_empty() {
                    if q.required {
                        Err(err("an answer is required".into()))
                    } else {
                        Ok(Answer::Skipped)
                    }
                } else {
                    standard_text(q.format, &t).map(Answer::Text).map_err(err)
                }
            }
            (Kind::Number, Answer::Number(n)) => {
                if !n.is_finite() {
                    return Err(err("expected a number".into()));
                }
                if let Some(min) = q.min.filter(|m| n < *m) {
                    return Err(err(format!(
                        "{} is below the minimum of {}",
                        format_number(n),
                        format_number(min)
                    )));
                }
                if let Some(max) = q.max.filter(|m| n > *m) {
                    return Err(err(format!(
                        "{} is above the maximum of {}",
                        format_number(n),
                        format_number(max)
                    )));
                }
                Ok(Answer::Number(n))
            }
            (Kind::Confirm, Answer::Bool(b)) => Ok(Answer::Bool(b)),
            _ => Err(err(format!("expected {}", expected(q)))),
        }
    }

    /// The answer as a TOML value for an answers file.
    pub fn to_toml(&self) -> Option<toml::Value> {
        Some(match self {
            Answer::Choice(c) => toml::Value::String(c.clone()),
            Answer::Choices(c) => {
                toml::Value::Array(c.iter().cloned().map(toml::Value::String).collect())
            }
            Answer::Text(t) => toml::Value::String(t.clone()),
            Answer::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                toml::Value::Integer(*n as i64)
            }
            Answer::Number(n) => toml::Value::Float(*n),
            Answer::Bool(b) => toml::Value::Boolean(*b),
            Answer::Skipped => return None,
        })
    }

    /// An answer from a TOML value, shaped by the question's kind.
    pub fn from_toml(q: &Question, v: &toml::Value) -> Result<Answer, AnswerError> {
        let a = match (q.kind, v) {
            (Kind::Single, toml::Value::String(s)) => Answer::Choice(s.clone()),
            (Kind::Multi, toml::Value::Array(items)) => {
                let mut out = Vec::new();
                for item in items {
                    match item {
                        toml::Value::String(s) => out.push(s.clone()),
                        _ => {
                            return Err(AnswerError {
                                question: q.id.clone(),
                                problem: format!("expected {}", expected(q)),
                            });
                        }
                    }
                }
                Answer::Choices(out)
            }
            (Kind::Text, toml::Value::String(s)) => Answer::Text(s.clone()),
            // A date written as TOML's own date, without quotes.
            (Kind::Text, toml::Value::Datetime(d)) if q.format == TextFormat::Date => {
                Answer::Text(d.to_string())
            }
            (Kind::Text, toml::Value::Integer(n)) if q.format == TextFormat::Amount => {
                Answer::Text(n.to_string())
            }
            (Kind::Text, toml::Value::Float(n)) if q.format == TextFormat::Amount => {
                Answer::Text(n.to_string())
            }
            (Kind::Number, toml::Value::Integer(i)) => Answer::Number(*i as f64),
            (Kind::Number, toml::Value::Float(f)) => Answer::Number(*f),
            (Kind::Confirm, toml::Value::Boolean(b)) => Answer::Bool(*b),
            _ => {
                return Err(AnswerError {
                    question: q.id.clone(),
                    problem: format!("expected {}", expected(q)),
                });
            }
        };
        a.validate(q)
    }
}

/// What an answer to this question looks like in an answers file, with an
/// example from its own options.
pub fn expected(q: &Question) -> String {
    let ids: Vec<String> = q
        .options
        .iter()
        .take(2)
        .map(|o| format!("\"{}\"", o.id))
        .collect();
    match q.kind {
        Kind::Single => format!(
            "one option id as a string, such as {}",
            ids.first().map_or("\"\"", String::as_str)
        ),
        Kind::Multi => format!("a list of option ids, such as [{}]", ids.join(", ")),
        Kind::Text if q.format == TextFormat::Date => "a date in quotes, as \"YYYY-MM-DD\"".into(),
        Kind::Text if q.format == TextFormat::Contact => {
            "an email address or a web address in quotes, such as \"jobs@example.org\"".into()
        }
        Kind::Text if q.format == TextFormat::Amount => {
            "an amount, such as 30000 or \"30,000\"".into()
        }
        Kind::Text if q.format == TextFormat::Country => {
            "a country in quotes, such as \"DE\" or \"Germany\"".into()
        }
        Kind::Text if q.format == TextFormat::Countries => {
            "countries in quotes, such as \"EU, GB\" or \"anywhere\"".into()
        }
        Kind::Text if q.format == TextFormat::Currency => {
            "a currency code in quotes, such as \"EUR\"".into()
        }
        Kind::Text => "text in quotes".into(),
        Kind::Number => "a number".into(),
        Kind::Confirm => "true or false".into(),
    }
}

/// An email address or the address of a web page, as an applicant would
/// use it: `jobs@example.org`, or `https://example.org/jobs` (a bare
/// `example.org/jobs` gets its `https://`).
pub fn contact(typed: &str) -> Result<String, String> {
    let t = typed.trim();
    let refuse = || {
        format!(
            "\"{t}\" is neither an email address nor a web address; write one in full, such as jobs@example.org or https://example.org/jobs"
        )
    };
    if t.contains(char::is_whitespace) {
        return Err(refuse());
    }
    if t.contains('@') && !t.contains('/') {
        let mail = t.strip_prefix("mailto:").unwrap_or(t);
        return match mail.parse::<email_address::EmailAddress>() {
            Ok(e) if e.domain().contains('.') => Ok(e.to_string()),
            _ => Err(refuse()),
        };
    }
    let full = if t.contains("://") {
        t.to_string()
    } else {
        format!("https://{t}")
    };
    match url::Url::parse(&full) {
        Ok(u)
            if matches!(u.scheme(), "https" | "http")
                && u.host_str().is_some_and(|h| h.contains('.')) =>
        {
            Ok(u.to_string())
        }
        _ => Err(refuse()),
    }
}

/// A number as a person types it: spaces, underscores and thousands commas
/// ("45,000") are allowed. "1,5" is refused as ambiguous (one and a half in
/// much of Europe, fifteen where commas group thousands).
/// A date as people write it, where it cannot be misread: 2027-01-31,
/// "31 Jan 2027", "January 31, 2027", and 31/01/2027 or 01/31/2027 (with
/// `/`, `.` or `-`) when the day is over 12 or both numbers are the same.
/// 03/04/2027 could be either, so it is refused with both readings.
pub fn read_date(typed: &str) -> Result<jiff::civil::Date, String> {
    let t = typed.trim();
    let date = |y: i64, m: i64, d: i64| -> Option<jiff::civil::Date> {
        let (y, m, d) = (
            i16::try_from(y).ok()?,
            i8::try_from(m).ok()?,
            i8::try_from(d).ok()?,
        );
        jiff::civil::Date::new(y, m, d).ok()
    };
    let wrong = || format!("\"{t}\" is not a date; write it as YYYY-MM-DD, such as 2027-01-31");
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let number = |w: &str| {
        w.trim_end_matches(['.', 's', 't', 'n', 'd', 'r', 'h'])
            .parse::<i64>()
            .ok()
    };
    // "31 Jan 2027", "31st January 2027", "January 31, 2027".
    if let [a, b, c] = words.as_slice() {
        let year = c.parse::<i64>().ok().filter(|y| *y >= 1000);
        let found = match (month_named(a), month_named(b)) {
            (None, Some(m)) => number(a).zip(year).and_then(|(d, y)| date(y, m, d)),
            (Some(m), None) => number(b).zip(year).and_then(|(d, y)| date(y, m, d)),
            _ => None,
        };
        return found.ok_or_else(wrong);
    }
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    let nums: Option<Vec<i64>> = parts.iter().map(|p| p.parse::<i64>().ok()).collect();
    match (parts.as_slice(), nums.as_deref()) {
        ([y, ..], Some(&[year, m, d])) if y.len() == 4 => date(year, m, d).ok_or_else(wrong),
        ([.., y], Some(&[a, b, year])) if y.len() == 4 => {
            let day_first = date(year, b, a);
            let month_first = date(year, a, b);
            match (day_first, month_first) {
                (Some(d), Some(m)) if d != m => Err(format!(
                    "\"{t}\" could be {} or {}; write it as YYYY-MM-DD, such as {d}",
                    long(d),
                    long(m)
                )),
                (Some(d), _) | (None, Some(d)) => Ok(d),
                (None, None) => Err(wrong()),
            }
        }
        _ => Err(wrong()),
    }
}

/// The month a word names, in English, whole or by its first three letters.
fn month_named(word: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_lowercase();
    let at = MONTHS.iter().position(|m| {
        *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept" && *m == "september")
    })?;
    Some(at as i64 + 1)
}

/// "3 April 2027".
fn long(d: jiff::civil::Date) -> String {
    d.strftime("%-d %B %Y").to_string()
}

/// A typed number, allowing spaces, underscores and commas that group
/// digits in threes ("1,500.50"); `None` when it is not a finite number.
pub fn parse_number(typed: &str) -> Option<f64> {
    let plain: String = typed
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_'))
        .collect();
    let plain = match plain.split_once('.') {
        _ if !plain.contains(',') => plain,
        Some((whole, frac)) if thousands(whole) => format!("{}.{frac}", whole.replace(',', "")),
        None if thousands(&plain) => plain.replace(',', ""),
        _ => return None,
    };
    plain.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Whether commas in `s` group digits in threes ("1,500", "-12,000,000").
fn thousands(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let mut groups = s.split(',');
    let first = groups.next().unwrap_or_default();
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// A number as a founder would type it: without a decimal point when it
/// is whole ("16", not "16.0").
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Typed text in the standard form its question's format keeps it in:
/// a date as YYYY-MM-DD, a country as its ISO code, an amount as digits.
pub fn standard_text(format: TextFormat, t: &str) -> Result<String, String> {
    use crate::places;
    Ok(match format {
        TextFormat::Free => t.to_string(),
        TextFormat::Contact => contact(t)?,
        TextFormat::Date => read_date(t)?.to_string(),
        TextFormat::Country => places::country(t)?.to_string(),
        TextFormat::Countries => places::countries(t)?.join(", "),
        TextFormat::Amount => format_number(places::amount(t)?),
        TextFormat::Currency => places::currency(t)?.to_string(),
    })
}

/// Text kept in its standard form, as a person reads it: a country's
/// name for its code, an amount with its thousands grouped.
pub fn shown_text(format: TextFormat, t: &str) -> String {
    use crate::places;
    match format {
        TextFormat::Country => places::country_label(t),
        TextFormat::Countries => {
            let tokens: Vec<String> = t.split(", ").map(str::to_string).collect();
            places::describe(&tokens)
        }
        TextFormat::Amount => t.parse().map_or_else(|_| t.to_string(), format_amount),
        TextFormat::Date => t
            .parse::<jiff::civil::Date>()
            .map_or_else(|_| t.to_string(), |d| d.strftime("%-d %B %Y").to_string()),
        _ => t.to_string(),
    }
}

/// An amount of money with its thousands grouped: "30,000", "25.50".
pub fn format_amount(n: f64) -> String {
    let cents = (n * 100.0).round() as i64;
    let (whole, part) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if part == 0 {
        grouped
    } else {
        format!("{grouped}.{part:02}")
    }
}

/// Read an answers file: every key must be a question of the tree and every
/// value must fit it. All problems are reported, each with its place.
pub fn parse_file(tree: &Tree, src: &Source) -> Result<Answers, Diagnostics> {
    let table: BTreeMap<Spanned<String>, Spanned<toml::Value>> = match toml::from_str(&src.text) {
        Ok(t) => t,
        Err(e) => {
            return Err(Diagnostics(vec![
                Diagnostic::error(src, e.span(), e.message().trim().to_string())
                    .with_hint("an answers file is TOML: `question_id = answer` on each line; `hirewise template` prints one"),
            ]));
        }
    };
    let mut answers = Answers::new();
    let mut diags = Vec::new();
    let mut places: BTreeMap<String, std::ops::Range<usize>> = BTreeMap::new();
    for (key, value) in table {
        let Some(q) = tree.question(key.get_ref()) else {
            let ids: Vec<&String> = tree.questions.iter().map(|q| &q.id).collect();
            let near = ids
                .iter()
                .map(|k| (strsim::levenshtein(key.get_ref(), k), *k))
                .min();
            let hint = match near {
                Some((d, k)) if d <= 3 => format!("did you mean `{k}`?"),
                _ => "run `hirewise template` to list the questions".into(),
            };
            diags.push(
                Diagnostic::error(
                    src,
                    Some(key.span()),
                    format!("unknown question `{}`", key.get_ref()),
                )
                .with_hint(hint),
            );
            continue;
        };
        match Answer::from_toml(q, value.get_ref()) {
            Ok(a) => {
                places.insert(q.id.clone(), value.span());
                answers.insert(q.id.clone(), a);
            }
            Err(e) => {
                let hint = format!(
                    "`{}` is a {} question: {}",
                    q.id,
                    q.kind.name(),
                    expected(q)
                );
                diags.push(
                    Diagnostic::error(src, Some(value.span()), e.to_string()).with_hint(hint),
                );
            }
        }
    }
    for (id, a) in &answers {
        if let Some(problem) = tree.question(id).and_then(|q| a.below(q, tree, &answers)) {
            let at = places.get(id).cloned();
            diags.push(Diagnostic::error(src, at, format!("{id}: {problem}")));
        }
    }
    diags.sort_by_key(|d| (d.line, d.column));
    if diags.is_empty() {
        Ok(answers)
    } else {
        Err(Diagnostics(diags))
    }
}

/// Answers as the text of an answers file, in the tree's question order.
pub fn to_file(tree: &Tree, answers: &Answers) -> String {
    let mut table = toml::Table::new();
    let mut out = String::from("# hirewise answers: replay with `hirewise --answers FILE`\n");
    for q in &tree.questions {
        if let Some(v) = answers.get(&q.id).and_then(Answer::to_toml) {
            table.insert(q.id.clone(), v);
        }
    }
    // toml::Table keeps keys sorted; write them in question order instead.
    for q in &tree.questions {
        if let Some(v) = table.get(&q.id) {
            let mut one = toml::Table::new();
            one.insert(q.id.clone(), v.clone());
            out.push_str(&toml::to_string(&one).unwrap_or_default());
        }
    }
    out
}

/// A blank answers file: every question, its kind and options, commented.
pub fn template(tree: &Tree) -> String {
    let title = one_line(&tree.meta.title);
    let stop = if title.ends_with(['.', '?', '!']) {
        ""
    } else {
        "."
    };
    let mut out = format!(
        "# Answers for {title}{stop}\n# Uncomment a line and fill it in; then run: hirewise --answers THIS_FILE\n"
    );
    let mut section = "";
    for q in &tree.questions {
        if q.section != section && !q.section.is_empty() {
            section = &q.section;
            out.push_str(&format!("\n# ── {} ──\n", one_line(section)));
        }
        out.push_str(&format!("\n# {}\n", one_line(&q.prompt)));
        let need = if q.required { "required" } else { "optional" };
        out.push_str(&format!(
            "# {} question, {need}: {}\n",
            q.kind.name(),
            expected(q)
        ));
        if let (Some(min), Some(max)) = (q.min, q.max) {
            out.push_str(&format!(
                "# from {} to {}\n",
                format_number(min),
                format_number(max)
            ));
        }
        if q.kind != Kind::Confirm {
            for o in &q.options {
                out.push_str(&format!("#   {:<16} {}\n", o.id, one_line(&o.label)));
            }
        }
        let example = match q.kind {
            Kind::Single => format!("\"{}\"", q.options.first().map_or("", |o| o.id.as_str())),
            Kind::Multi => format!("[\"{}\"]", q.options.first().map_or("", |o| o.id.as_str())),
            Kind::Text => "\"\"".into(),
            Kind::Number => q.min.map_or("0".into(), format_number),
            Kind::Confirm => "true".into(),
        };
        out.push_str(&format!("# {} = {example}\n", q.id));
    }
    out
}

fn one_line(s: &str) -> String {
    text::clean_line(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod contact_tests {
    use super::contact;

    #[test]
    fn emails_and_web_addresses_are_accepted_in_full() {
        assert_eq!(
            contact(" jobs@fernandfig.co.uk ").as_deref(),
            Ok("jobs@fernandfig.co.uk")
        );
        assert_eq!(contact("mailto:a@b.org").as_deref(), Ok("a@b.org"));
        assert_eq!(
            contact("https://example.org/jobs").as_deref(),
            Ok("https://example.org/jobs")
        );
        assert_eq!(
            contact("example.org/jobs").as_deref(),
            Ok("https://example.org/jobs"),
            "a bare address gets its https://"
        );
    }

    #[test]
    fn other_text_is_refused_with_an_example() {
        for wrong in [
            "send us a note",
            "jobs@",
            "@example.org",
            "a@localhost",
            "javascript:alert(1)",
            "ftp://example.org",
            "example",
            "",
        ] {
            let e = contact(wrong).expect_err(wrong);
            assert!(e.contains("jobs@example.org"), "{wrong}: {e}");
        }
    }
}

#[cfg(test)]
mod date_tests {
    use super::read_date;

    fn iso(typed: &str) -> Result<String, String> {
        read_date(typed).map(|d| d.to_string())
    }

    #[test]
    fn dates_are_read_in_the_forms_people_write_them() {
        for typed in [
            "2027-01-31",
            " 2027/01/31 ",
            "31/01/2027",
            "01/31/2027",
            "31.01.2027",
            "31-01-2027",
            "31 Jan 2027",
            "31st January 2027",
            "January 31, 2027",
            "jan 31 2027",
            "31 Jan. 2027",
        ] {
            assert_eq!(iso(typed).as_deref(), Ok("2027-01-31"), "{typed}");
        }
        assert_eq!(iso("4 Sept 2027").as_deref(), Ok("2027-09-04"));
        assert_eq!(iso("05/05/2027").as_deref(), Ok("2027-05-05"));
    }

    #[test]
    fn a_date_that_could_be_misread_is_refused_with_both_readings() {
        let e = iso("03/04/2027").expect_err("ambiguous");
        assert!(
            e.contains("3 April 2027") && e.contains("4 March 2027"),
            "{e}"
        );
        assert!(e.contains("YYYY-MM-DD"), "{e}");
        for typed in [
            "31/31/2027",
            "2027-02-30",
            "tomorrow",
            "31 Smarch 2027",
            "31/01/27",
            "",
            "Jan 2027",
        ] {
            assert!(iso(typed).is_err(), "{typed:?}");
        }
    }
}
