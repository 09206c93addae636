//! Rendering postings and kits from the model: Markdown, plain text and a
//! web page, each escaping the text for its own format; JSON and JSON-LD
//! through serde.

use super::escape;
use super::{Posting, Section, SectionKind, Wording, jsonld};
use crate::decide::Recommendation;
use jiff::civil::Date;
use serde::Serialize;
use std::fmt::Write;

/// An output format for postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Every format, in the order a front end offers them.
    pub const ALL: [Format; 5] = [
        Format::Md,
        Format::Txt,
        Format::Json,
        Format::Jsonld,
        Format::Html,
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Txt => "txt",
            Format::Json => "json",
            Format::Jsonld => "jsonld",
            Format::Html => "html",
        }
    }

    /// The format as a menu shows it ("Web page (HTML)").
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

    /// The format a file name asks for by its extension (`.md`, `.markdown`,
    /// `.htm`...); `None` for any other.
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

/// The heading a posting goes under: its title, and the employer's name.
fn headline(p: &Posting) -> String {
    if p.organisation.is_empty() {
        p.title.text.clone()
    } else {
        format!("{} at {}", p.title.text, p.organisation)
    }
}

/// The postings of a recommendation as one document. `posted` is the day
/// it is published on, which structured data carries (`datePosted`); it is
/// given rather than read from the clock, so the same answers and day
/// always give the same document.
pub fn render(
    postings: &[Posting],
    rec: &Recommendation,
    format: Format,
    posted: Date,
) -> Result<String, serde_json::Error> {
    Ok(match format {
        Format::Md => join(postings, "\n---\n\n", |p| markdown(p, false)),
        Format::Txt => join(postings, &format!("\n{}\n\n", "=".repeat(72)), |p| {
            plain(p, false)
        }),
        Format::Html => html_page(postings, false, Some(posted))?,
        Format::Json => pretty(&JsonDoc {
            recommendation: rec,
            postings,
            wording: Wording::default_list().check(postings),
        })?,
        Format::Jsonld => pretty(&job_postings(postings, posted))?,
    })
}

/// The hiring kit of each posting as a document of its own, for the founder
/// rather than for publishing; `None` for the formats that carry the kit in
/// their data (JSON) or have no place for it (JSON-LD).
pub fn render_kit(postings: &[Posting], format: Format) -> Option<String> {
    match format {
        Format::Md => Some(join(postings, "\n---\n\n", |p| markdown(p, true))),
        Format::Txt => Some(join(postings, &format!("\n{}\n\n", "=".repeat(72)), |p| {
            plain(p, true)
        })),
        Format::Html => html_page(postings, true, None).ok(),
        Format::Json | Format::Jsonld => None,
    }
}

fn join(postings: &[Posting], between: &str, one: impl Fn(&Posting) -> String) -> String {
    postings.iter().map(one).collect::<Vec<_>>().join(between)
}

/// The sections of a posting's document: the posting or its kit.
fn sections(p: &Posting, kit: bool) -> &[Section] {
    if kit { &p.kit } else { &p.sections }
}

fn markdown(p: &Posting, kit: bool) -> String {
    let mut out = String::new();
    let title = escape::markdown(&headline(p));
    if kit {
        let _ = writeln!(out, "# Hiring kit: {title}\n");
    } else {
        let _ = writeln!(out, "# {title}\n");
    }
    let mut under: Option<&str> = None;
    for s in sections(p, kit) {
        let level = match (&s.under, under) {
            (Some(u), Some(seen)) if u == seen => "###",
            (Some(u), _) => {
                let _ = writeln!(out, "## {}\n", escape::markdown(u));
                under = Some(u);
                "###"
            }
            (None, _) => {
                under = None;
                "##"
            }
        };
        if !s.heading.is_empty() {
            let _ = writeln!(out, "{level} {}\n", escape::markdown(&s.heading));
        }
        match s.kind {
            SectionKind::Paragraph => {
                let text: Vec<String> = s
                    .lines
                    .iter()
                    .map(|l| escape::markdown_linked(&l.text))
                    .collect();
                let _ = writeln!(out, "{}\n", text.join(" "));
            }
            SectionKind::List => {
                for l in &s.lines {
                    let _ = writeln!(out, "- {}", escape::markdown_linked(&l.text));
                }
                out.push('\n');
            }
            SectionKind::Numbered => {
                for (i, l) in s.lines.iter().enumerate() {
                    let _ = writeln!(out, "{}. {}", i + 1, escape::markdown_linked(&l.text));
                }
                out.push('\n');
            }
            SectionKind::Details => {
                for l in &s.lines {
                    match &l.label {
                        Some(label) => {
                            let _ = writeln!(
                                out,
                                "- **{}:** {}",
                                escape::markdown(label),
                                escape::markdown(&l.text)
                            );
                        }
                        None => {
                            let _ = writeln!(out, "- {}", escape::markdown_linked(&l.text));
                        }
                    }
                }
                out.push('\n');
            }
        }
    }
    // One newline at the end, as Markdown linters want.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn plain(p: &Posting, kit: bool) -> String {
    let mut out = String::new();
    let head = if kit {
        format!("Hiring kit: {}", headline(p))
    } else {
        headline(p)
    };
    let width = unicode_width::UnicodeWidthStr::width(head.as_str());
    let _ = writeln!(out, "{}\n{}\n", head.to_uppercase(), "=".repeat(width));
    let mut under: Option<&str> = None;
    for s in sections(p, kit) {
        if let Some(u) = &s.under {
            if under != Some(u.as_str()) {
                let _ = writeln!(out, "{}\n", u.to_uppercase());
                under = Some(u);
            }
        } else {
            under = None;
        }
        if !s.heading.is_empty() {
            let heading = if s.under.is_some() {
                s.heading.clone()
            } else {
                s.heading.to_uppercase()
            };
            let _ = writeln!(out, "{heading}\n");
        }
        match s.kind {
            SectionKind::Paragraph => {
                let text: Vec<&str> = s.lines.iter().map(|l| l.text.as_str()).collect();
                let _ = writeln!(out, "{}\n", text.join(" "));
            }
            SectionKind::List => {
                for l in &s.lines {
                    let _ = writeln!(out, "  * {}", l.text);
                }
                out.push('\n');
            }
            SectionKind::Numbered => {
                for (i, l) in s.lines.iter().enumerate() {
                    let _ = writeln!(out, "  {}. {}", i + 1, l.text);
                }
                out.push('\n');
            }
            SectionKind::Details => {
                for l in &s.lines {
                    match &l.label {
                        Some(label) => {
                            let _ = writeln!(out, "{label}: {}", l.text);
                        }
                        None => {
                            let _ = writeln!(out, "{}", l.text);
                        }
                    }
                }
                out.push('\n');
            }
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

const STYLE: &str = r#"  body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.25rem; }
  h1 { font-size: 1.9rem; line-height: 1.2; margin-bottom: .4rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
  h3 { font-size: 1.05rem; margin-top: 1.4rem; }
  .facts span { display: inline-block; margin-right: 1.2rem; color: #444; }
  article + article { margin-top: 4rem; border-top: 3px double #bbb; padding-top: 1rem; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11pt; }
    article + article { break-before: page; border: none; }
    h2, h3 { break-after: avoid; }
    li { break-inside: avoid; }
  }"#;

/// A standalone page of postings (or their kits). A posting's page carries
/// its JobPosting as JSON-LD, so a careers page made from it is found by
/// job search.
fn html_page(
    postings: &[Posting],
    kit: bool,
    posted: Option<Date>,
) -> Result<String, serde_json::Error> {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    );
    let titles: Vec<String> = postings.iter().map(headline).collect();
    let title = titles.join(" · ");
    let title = if kit {
        format!("Hiring kit: {title}")
    } else {
        title
    };
    let _ = writeln!(out, "<title>{}</title>", escape::html(&title));
    let _ = writeln!(out, "<style>\n{STYLE}\n</style>");
    if let Some(day) = posted {
        let json = serde_json::to_string_pretty(&job_postings(postings, day))?;
        let _ = writeln!(
            out,
            "<script type=\"application/ld+json\">\n{}\n</script>",
            escape::json_in_script(&json)
        );
    }
    out.push_str("</head>\n<body>\n");
    for p in postings {
        out.push_str("<article>\n");
        let head = escape::html(&headline(p));
        if kit {
            let _ = writeln!(out, "<h1>Hiring kit: {head}</h1>");
        } else {
            let _ = writeln!(out, "<h1>{head}</h1>");
        }
        out.push_str(&html_body(sections(p, kit)));
        out.push_str("</article>\n");
    }
    out.push_str("</body>\n</html>\n");
    Ok(out)
}

/// The sections as HTML, for the page and for JSON-LD's description.
fn html_body(sections: &[Section]) -> String {
    let mut out = String::new();
    let mut under: Option<&str> = None;
    for s in sections {
        let level = match (&s.under, under) {
            (Some(u), Some(seen)) if u == seen => 3,
            (Some(u), _) => {
                let _ = writeln!(out, "<h2>{}</h2>", escape::html(u));
                under = Some(u);
                3
            }
            (None, _) => {
                under = None;
                2
            }
        };
        if !s.heading.is_empty() {
            let _ = writeln!(out, "<h{level}>{}</h{level}>", escape::html(&s.heading));
        }
        let items = |tag: &str| -> String {
            let li: String = (s.lines.iter())
                .map(|l| format!("<li>{}</li>", escape::html(&l.text)))
                .collect();
            format!("<{tag}>{li}</{tag}>\n")
        };
        match s.kind {
            SectionKind::Paragraph => {
                let text: Vec<String> = s.lines.iter().map(|l| escape::html(&l.text)).collect();
                let _ = writeln!(out, "<p>{}</p>", text.join(" "));
            }
            SectionKind::List => out.push_str(&items("ul")),
            SectionKind::Numbered => out.push_str(&items("ol")),
            SectionKind::Details => {
                let spans: String = (s.lines.iter())
                    .map(|l| match &l.label {
                        Some(label) => format!(
                            "<span><b>{}:</b> {}</span>",
                            escape::html(label),
                            escape::html(&l.text)
                        ),
                        None => format!("<span>{}</span>", escape::html(&l.text)),
                    })
                    .collect();
                let _ = writeln!(out, "<p class=\"facts\">{spans}</p>");
            }
        }
    }
    out
}

/// The JobPosting objects, each described by its posting's HTML.
fn job_postings(postings: &[Posting], posted: Date) -> serde_json::Value {
    let descriptions: Vec<String> = postings.iter().map(|p| html_body(&p.sections)).collect();
    jsonld::job_postings(postings, posted, &descriptions)
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
fn pretty<T: Serialize>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(value).map(|s| s + "\n")
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

/// One file a save writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where to write it.
    pub path: std::path::PathBuf,
    /// The file's contents.
    pub text: String,
    /// A hiring kit, which is for the founder rather than for publishing.
    pub kit: bool,
}

/// The documents of a save with the founder's own edit of the postings in
/// place of the postings: one file at `path` holding the edit, beside the
/// kits as written.
pub fn with_edit(mut docs: Vec<Document>, path: &std::path::Path, text: &str) -> Vec<Document> {
    docs.retain(|d| d.kit);
    docs.insert(
        0,
        Document {
            path: path.to_path_buf(),
            text: text.to_string(),
            kit: false,
        },
    );
    docs
}

/// The files a save to `path` writes: each posting with its hiring kit
/// beside it. One posting goes to `path` itself; with two, each goes to a
/// file named after its role beside `path` (`jobs.md` gives
/// `jobs-social-media-manager.md` and `jobs-community-manager.md`). JSON
/// holds the whole advice, so it is always one file.
pub fn documents(
    postings: &[Posting],
    rec: &Recommendation,
    format: Format,
    posted: Date,
    path: &std::path::Path,
) -> Result<Vec<Document>, serde_json::Error> {
    let mut out = Vec::new();
    let one = postings.len() <= 1 || format == Format::Json;
    let groups: Vec<&[Posting]> = if one {
        vec![postings]
    } else {
        postings.chunks(1).collect()
    };
    for group in groups {
        let at = match group {
            [p] if !one => role_path(path, &super::slug(&p.title.text)),
            _ => path.to_path_buf(),
        };
        out.push(Document {
            text: render(group, rec, format, posted)?,
            path: at.clone(),
            kit: false,
        });
        if let Some(kit) = render_kit(group, format) {
            out.push(Document {
                path: kit_path(&at),
                text: kit,
                kit: true,
            });
        }
    }
    Ok(out)
}

/// `jobs.md` with a role's slug: `jobs-community-manager.md`.
fn role_path(path: &std::path::Path, slug: &str) -> std::path::PathBuf {
    let stem = path.file_stem().map_or_else(
        || "job-posting".into(),
        |s| s.to_string_lossy().into_owned(),
    );
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{slug}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{slug}"),
    };
    path.with_file_name(name)
}
