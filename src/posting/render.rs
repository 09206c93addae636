//! Rendering postings to text formats with minijinja templates kept beside
//! the question tree.

use super::Posting;
use crate::decide::Recommendation;

const MARKDOWN: &str = include_str!("../../questions/posting.md.j2");
const PLAIN: &str = include_str!("../../questions/posting.txt.j2");

/// An output format for postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown
    Md,
    /// Plain text
    Txt,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Txt => "txt",
        }
    }

    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        match path.extension()?.to_str()? {
            "md" | "markdown" => Some(Format::Md),
            "txt" | "text" => Some(Format::Txt),
            _ => None,
        }
    }
}

/// The postings of a recommendation as one document.
pub fn render(
    postings: &[Posting],
    rec: &Recommendation,
    format: Format,
) -> Result<String, minijinja::Error> {
    let mut env = minijinja::Environment::new();
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()?,
    );
    env.add_filter("underline", |s: String, c: String| {
        c.repeat(unicode_width::UnicodeWidthStr::width(s.as_str()))
    });
    env.add_template("posting.md", MARKDOWN)?;
    env.add_template("posting.txt", PLAIN)?;
    let name = match format {
        Format::Md => "posting.md",
        Format::Txt => "posting.txt",
    };
    env.get_template(name)?.render(minijinja::context! {
        postings => minijinja::value::Serde(postings),
        rec => minijinja::value::Serde(rec),
    })
}
