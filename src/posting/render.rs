//! Rendering postings: text formats with minijinja templates kept beside
//! the question tree, structured formats with serde.

use super::{Posting, Wording, jsonld};
use crate::decide::Recommendation;
use serde::Serialize;

const MARKDOWN: &str = include_str!("../../questions/posting.md.j2");
const PLAIN: &str = include_str!("../../questions/posting.txt.j2");
const HTML: &str = include_str!("../../questions/posting.html.j2");
const HTML_BODY: &str = include_str!("../../questions/posting-body.html.j2");
const KIT_MARKDOWN: &str = include_str!("../../questions/kit.md.j2");
const KIT_PLAIN: &str = include_str!("../../questions/kit.txt.j2");
const KIT_HTML: &str = include_str!("../../questions/kit.html.j2");

/// An output format for postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown
    Md,
    /// Plain text
    Txt,
    /// The recommendation, the postings and the wording notes as JSON
    Json,
    /// schema.org JobPosting for job boards
    Jsonld,
    /// A standalone web page
    Html,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Md,
        Format::Txt,
        Format::Json,
        Format::Jsonld,
        Format::Html,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Json => "json",
            Format::Jsonld => "jsonld",
            Format::Html => "html",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Md => "Markdown",
            Format::Txt => "Plain text",
            Format::Json => "JSON",
            Format::Jsonld => "JSON-LD (schema.org)",
            Format::Html => "Web page (HTML)",
        }
    }

    /// Whether postings in this format come with a hiring kit document:
    /// the formats people read. JSON carries the kit in its data.
    pub fn has_kit(self) -> bool {
        matches!(self, Format::Md | Format::Txt | Format::Html)
    }

    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Md),
            "txt" | "text" => Some(Format::Txt),
            "json" => Some(Format::Json),
            "jsonld" => Some(Format::Jsonld),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.extension())
    }
}

/// The JSON document: everything a program needs to use the result.
#[derive(Serialize)]
struct JsonDoc<'a> {
    recommendation: &'a Recommendation,
    postings: &'a [Posting],
    wording: Vec<super::Hit>,
}

fn env() -> Result<minijinja::Environment<'static>, minijinja::Error> {
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
    // Compiled when first asked for, so a run pays only for the format it
    // renders. Names ending in .html are escaped automatically.
    env.set_loader(|name| {
        Ok(match name {
            "posting.md" => Some(MARKDOWN.to_string()),
            "posting.txt" => Some(PLAIN.to_string()),
            "posting.html" => Some(HTML.to_string()),
            "posting-body.html" => Some(HTML_BODY.to_string()),
            "kit.md" => Some(KIT_MARKDOWN.to_string()),
            "kit.txt" => Some(KIT_PLAIN.to_string()),
            "kit.html" => Some(KIT_HTML.to_string()),
            _ => None,
        })
    });
    Ok(env)
}

/// The postings of a recommendation as one document. `posted` is the day
/// it is published on, which structured data carries (`datePosted`); it is
/// given rather than read from the clock, so the same answers and day
/// always give the same document.
pub fn render(
    postings: &[Posting],
    rec: &Recommendation,
    format: Format,
    posted: jiff::civil::Date,
) -> Result<String, minijinja::Error> {
    let env = env()?;
    let ctx = |p: Option<&Posting>| {
        minijinja::context! {
            postings => minijinja::value::Serde(postings),
            rec => minijinja::value::Serde(rec),
            p => minijinja::value::Serde(p),
        }
    };
    match format {
        Format::Md => env.get_template("posting.md")?.render(ctx(None)),
        Format::Txt => env.get_template("posting.txt")?.render(ctx(None)),
        Format::Html => env.get_template("posting.html")?.render(ctx(None)),
        Format::Json => pretty(&JsonDoc {
            recommendation: rec,
            postings,
            wording: Wording::default_list().check(postings),
        }),
        Format::Jsonld => {
            let body = env.get_template("posting-body.html")?;
            let descriptions = postings
                .iter()
                .map(|p| body.render(ctx(Some(p))))
                .collect::<Result<Vec<_>, _>>()?;
            pretty(&jsonld::job_postings(postings, posted, &descriptions))
        }
    }
}

/// The hiring kit of each posting as a document of its own, for the founder
/// rather than for publishing; `None` for the formats that carry the kit in
/// their data (JSON) or have no place for it (JSON-LD).
pub fn render_kit(
    postings: &[Posting],
    format: Format,
) -> Result<Option<String>, minijinja::Error> {
    let name = match format {
        Format::Md => "kit.md",
        Format::Txt => "kit.txt",
        Format::Html => "kit.html",
        Format::Json | Format::Jsonld => return Ok(None),
    };
    let ctx = minijinja::context! { postings => minijinja::value::Serde(postings) };
    env()?.get_template(name)?.render(ctx).map(Some)
}

/// Where the hiring kit goes beside a posting saved at `path`:
/// `posting.md` gives `posting-hiring-kit.md`.
pub fn kit_path(path: &std::path::Path) -> std::path::PathBuf {
    let stem = path.file_stem().map_or_else(
        || "job-posting".into(),
        |s| s.to_string_lossy().into_owned(),
    );
    let name = match path.extension() {
        Some(ext) => format!("{stem}-hiring-kit.{}", ext.to_string_lossy()),
        None => format!("{stem}-hiring-kit"),
    };
    path.with_file_name(name)
}

/// Pretty JSON with a trailing newline.
fn pretty<T: Serialize>(value: &T) -> Result<String, minijinja::Error> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::BadSerialization, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::kit_path;
    use std::path::{Path, PathBuf};

    #[test]
    fn the_kit_goes_beside_the_posting_with_the_same_extension() {
        let cases = [
            ("posting.md", "posting-hiring-kit.md"),
            (
                "out/community-manager-job-posting.html",
                "out/community-manager-job-posting-hiring-kit.html",
            ),
            ("notes", "notes-hiring-kit"),
            ("./a.b.txt", "./a.b-hiring-kit.txt"),
        ];
        for (posting, kit) in cases {
            assert_eq!(
                kit_path(Path::new(posting)),
                PathBuf::from(kit),
                "{posting}"
            );
        }
    }
}
