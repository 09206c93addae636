//! The answer being edited on a question screen, for every kind of
//! question, and how it becomes an `Answer` for the session to check.

use super::input::{Edit, LineInput};
use hirewise_core::answers::{Answer, format_number};
use hirewise_core::tree::{Kind, OptionId, Question};

#[derive(Debug, Clone, PartialEq)]
pub enum Form {
    /// Single and confirm questions: the highlighted option is the answer.
    Pick {
        cursor: usize,
    },
    Multi {
        cursor: usize,
        ticked: Vec<bool>,
    },
    Text(LineInput),
    Number(LineInput),
}

impl Form {
    /// A form for `q`, filled with the answer given before, if any.
    pub fn new(q: &Question, before: Option<&Answer>) -> Self {
        let index = |id: &str| q.option_id(id).map_or(0, OptionId::index);
        match q.kind {
            Kind::Single => Form::Pick {
                cursor: match before {
                    Some(Answer::Choice(c)) => index(c),
                    _ => 0,
                },
            },
            Kind::Confirm => Form::Pick {
                cursor: match before {
                    Some(Answer::Bool(b)) => index(if *b { "yes" } else { "no" }),
                    _ => 0,
                },
            },
            Kind::Multi => {
                // A set: a long list of options would otherwise be searched once per option.
                let picked: std::collections::HashSet<&str> =
                    before.into_iter().flat_map(Answer::picks).collect();
                Form::Multi {
                    cursor: 0,
                    ticked: q
                        .options
                        .iter()
                        .map(|o| picked.contains(&o.id.as_str()))
                        .collect(),
                }
            }
            Kind::Text => Form::Text(LineInput::new(match before {
                Some(Answer::Text(t)) => t,
                _ => "",
            })),
            Kind::Number => Form::Number(LineInput::new(&match before {
                Some(Answer::Number(n)) => format_number(*n),
                _ => String::new(),
            })),
        }
    }

    /// Whether keys go to a text field.
    pub fn is_text(&self) -> bool {
        matches!(self, Form::Text(_) | Form::Number(_))
    }

    /// The highlighted option, on questions that have options.
    pub fn cursor(&self) -> Option<usize> {
        match self {
            Form::Pick { cursor } | Form::Multi { cursor, .. } => Some(*cursor),
            _ => None,
        }
    }

    pub fn input(&self) -> Option<&LineInput> {
        match self {
            Form::Text(i) | Form::Number(i) => Some(i),
            _ => None,
        }
    }

    /// Move the highlight to option `to` (clamped to the list).
    pub fn select(&mut self, to: usize, options: usize) {
        if let Form::Pick { cursor } | Form::Multi { cursor, .. } = self {
            *cursor = to.min(options.saturating_sub(1));
        }
    }

    /// Move the highlight by `by`, stopping at either end.
    pub fn step(&mut self, by: isize, options: usize) {
        if let Some(c) = self.cursor() {
            self.select(c.saturating_add_signed(by), options);
        }
    }

    pub fn toggle(&mut self) {
        if let Form::Multi { cursor, ticked } = self {
            if let Some(t) = ticked.get_mut(*cursor) {
                *t = !*t;
            }
        }
    }

    /// Apply a text edit; false if nothing changed.
    pub fn edit(&mut self, e: Edit) -> bool {
        match self {
            Form::Text(i) | Form::Number(i) => i.edit(e),
            _ => false,
        }
    }

    /// Paste text into the field; false if there is none or nothing changed.
    pub fn paste(&mut self, text: &str) -> bool {
        match self {
            Form::Text(i) | Form::Number(i) => i.paste(text),
            _ => false,
        }
    }

    /// The answer as the form stands, or why it cannot be one (only for a
    /// number that does not parse; everything else the session checks).
    pub fn answer(&self, q: &Question) -> Result<Answer, String> {
        let id = |i: usize| q.options.get(i).map(|o| o.id.clone()).unwrap_or_default();
        match self {
            Form::Pick { cursor } if q.kind == Kind::Confirm => {
                Ok(Answer::Bool(id(*cursor) == "yes"))
            }
            Form::Pick { cursor } => Ok(Answer::Choice(id(*cursor))),
            Form::Multi { ticked, .. } => Ok(Answer::Choices(
                ticked
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| **t)
                    .map(|(i, _)| id(i))
                    .collect(),
            )),
            Form::Text(i) => Ok(Answer::Text(i.value())),
            Form::Number(i) => {
                let raw = i.value();
                if raw.trim().is_empty() {
                    // An empty optional number is a skip; the session says
                    // "an answer is required" for a required one.
                    return Ok(Answer::Skipped);
                }
                hirewise_core::answers::parse_number(&raw).map(Answer::Number).ok_or_else(|| {
                    format!(
                        "\"{}\" is not a number; type digits, such as 12 or 4.5 (write 1.5, not 1,5)",
                        raw.trim()
                    )
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use hirewise_core::answers::parse_number;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number(" 45,000 "), Some(45000.0));
        assert_eq!(parse_number("4.5"), Some(4.5));
        assert_eq!(parse_number("lots"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(
            parse_number("1,5"),
            None,
            "ambiguous, as in the line-by-line wizard"
        );
    }
}
