//! Command-line arguments.

use clap::{Parser, Subcommand, ValueEnum};
use hirewise_core::posting::Format;
use std::path::PathBuf;

/// The keys of the wizards, for `--help`.
const KEYS: &str = "In the full-screen wizard: Enter answers, Esc goes back, Space ticks, \
? or F1 shows every key, r or F2 shows the two roles side by side, l the leaning panel, \
q quits. After the last question, your answers: Enter on one changes it. On the result: p the \
posting, c your answers, m every reason. On the posting: \
s save, e edit in $VISUAL or $EDITOR, C copy (K the hiring kit) to the clipboard (OSC 52), \
f format, w which answers a line comes from.\n\
Line by line (--plain): Esc goes back, and :compare typed at any question (into a list's \
filter too) shows the two roles side by side. On a dumb terminal (TERM=dumb): :back, :help, :compare and :quit.";

/// Decide whether to hire a social media manager, a community manager or
/// both, see why, and get a draft job posting.
#[derive(Debug, Parser)]
#[command(name = "hirewise", version, about, long_about = None, after_help = KEYS)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Ask the questions from this tree instead of the built-in one.
    #[arg(long, value_name = "FILE", global = true)]
    pub questions: Option<PathBuf>,

    /// Ask nothing: read the answers from this file (see `hirewise template`).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,

    /// Write the posting to this file instead of printing it.
    #[arg(short, long, value_name = "FILE", requires = "answers")]
    pub output: Option<PathBuf>,

    /// Format of the posting [default: from the --output extension, else md].
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,

    /// Replace the --output file if it exists.
    #[arg(long)]
    pub force: bool,

    /// With --answers: list every reason and every answer that would change
    /// the advice, not only the strongest few.
    #[arg(long)]
    pub all: bool,

    /// With --answers: show what changed since this older answers file,
    /// the answers, the advice and the posting, instead of the posting.
    #[arg(long, value_name = "OLD", requires = "answers")]
    pub compare: Option<PathBuf>,

    /// Write the answers to this file, to replay them with --answers.
    #[arg(long, value_name = "FILE")]
    pub save_answers: Option<PathBuf>,

    /// Ask line by line instead of full-screen.
    #[arg(long, conflicts_with = "answers")]
    pub plain: bool,

    /// Continue the last session where it stopped.
    #[arg(long, conflicts_with = "answers")]
    pub resume: bool,

    /// The day the posting is published [default: today]. It dates the
    /// structured data (`datePosted`), and a closing date may not come
    /// before it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<jiff::civil::Date>,
}

/// A calendar date written YYYY-MM-DD.
fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let wrong = || format!("`{s}` is not a date; write it as YYYY-MM-DD, such as 2027-01-31");
    match s.trim().parse::<jiff::civil::Date>() {
        Ok(d) if s.trim().len() == 10 => Ok(d),
        _ => Err(wrong()),
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a question tree and report every problem with its line and column.
    Check {
        /// The tree to check [default: the built-in tree].
        file: Option<PathBuf>,
    },
    /// Print a blank answers file listing every question and its options.
    Template,
    /// Draw the question tree as a Mermaid or Graphviz diagram.
    Graph {
        /// The tree to draw [default: the built-in tree].
        file: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = GraphFormat::Mermaid)]
        format: GraphFormat,
    },
    /// Print a shell completion script.
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GraphFormat {
    Mermaid,
    Dot,
}

/// The values of `--format`: the postings' formats, named by their file
/// extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatArg(pub Format);

impl clap::ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        const ALL: [FormatArg; Format::ALL.len()] = {
            let mut all = [FormatArg(Format::Md); Format::ALL.len()];
            let mut i = 0;
            while i < all.len() {
                all[i] = FormatArg(Format::ALL[i]);
                i += 1;
            }
            all
        };
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let help = match self.0 {
            Format::Md => "Markdown",
            Format::Txt => "Plain text",
            Format::Json => "The recommendation, the postings and the wording notes as JSON",
            Format::Jsonld => "schema.org JobPosting for job boards",
            Format::Html => "A standalone web page",
        };
        Some(clap::builder::PossibleValue::new(self.0.extension()).help(help))
    }
}
