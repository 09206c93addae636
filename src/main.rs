//! The hirewise command: parse arguments, pick a front end, map errors to
//! exit codes.

mod cli;
mod streams;

use clap::{CommandFactory, Parser};
use cli::{Cli, Command, GraphFormat};
use hirewise::report;
use hirewise::store::Autosave;
use hirewise::store::{self, StoreError};
use hirewise::ui::{self, End, Wizard, batch};
use hirewise_core::diag::{Diagnostics, Severity, Source};
use hirewise_core::posting::{self, Format, RoleData};
use hirewise_core::tree::{self, Tree, graph};
use hirewise_core::{builtin, text};
use std::io::IsTerminal;
use std::process::ExitCode;

/// A problem with what the user gave us (exit 2), rather than a failure.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct Usage(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let mut msg = format!("hirewise: {err}");
            // Messages that already end with their cause do not repeat it.
            for cause in err.chain().skip(1) {
                let cause = cause.to_string();
                if !msg.ends_with(&cause) {
                    msg.push_str(&format!(": {cause}"));
                }
            }
            msg.push('\n');
            streams::last_word(&text::clean_block(&msg));
            ExitCode::from(exit_code(&err))
        }
    }
}

fn exit_code(err: &anyhow::Error) -> u8 {
    let bad_input = err.chain().any(|c| {
        c.is::<Usage>()
            || c.is::<Diagnostics>()
            || c.is::<hirewise_core::answers::AnswerError>()
            || c.is::<hirewise::outputs::SameFile>()
            || matches!(
                c.downcast_ref::<StoreError>(),
                Some(StoreError::Exists(_) | StoreError::NotAFile(_) | StoreError::Read { .. })
            )
    });
    if bad_input { 2 } else { 1 }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The tree to ask (the built-in one unless a file is given) and the role
/// data its verdicts name.
fn load(path: Option<&std::path::Path>) -> anyhow::Result<(Tree, RoleData)> {
    let Some(path) = path else {
        let b = hirewise::builtin::load()?;
        return Ok((b.tree, b.roles));
    };
    let src = store::read_source(path)?;
    let tree = Tree::parse(&src)?;
    // The same checks as `hirewise check`, so a tree it rejects never runs.
    let (roles, _) = builtin::roles_for(&tree, false)?;
    Ok((tree, roles))
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Some(Command::Check { file }) => {
            return check(file.as_deref().or(cli.questions.as_deref()));
        }
        Some(Command::Template) => {
            let (tree, _) = load(cli.questions.as_deref())?;
            print(&hirewise_core::answers::template(&tree))?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Graph { file, format }) => {
            let (tree, _) = load(file.as_deref().or(cli.questions.as_deref()))?;
            let out = match format {
                GraphFormat::Mermaid => graph::mermaid(&tree),
                GraphFormat::Dot => graph::dot(&tree),
            };
            print(&out)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Completions { shell }) => {
            // Into memory first: generate() panics on a closed pipe, print() does not.
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "hirewise", &mut script);
            print(&String::from_utf8_lossy(&script))?;
            return Ok(ExitCode::SUCCESS);
        }
        None => {}
    }
    let (tree, roles) = load(cli.questions.as_deref())?;
    if let Some(answers) = &cli.answers {
        return answers_mode(&cli, &tree, &roles, answers);
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Usage(
            "not a terminal: the wizard needs one. Use --answers FILE to run without questions (`hirewise template` prints a blank answers file), or --plain in a terminal that cannot show full-screen programs".into(),
        )
        .into());
    }
    let world = world(&cli);
    let state_dir = std::env::var_os("HIREWISE_STATE_DIR").map(std::path::PathBuf::from);
    // One session per tree, held for as long as the wizard runs.
    let store::Claim {
        autosave,
        lock: _held,
        refused,
    } = Autosave::for_tree(state_dir.as_deref(), cli.questions.as_deref())?.claim();
    let wizard = Wizard {
        tree: &tree,
        roles: &roles,
        autosave,
        autosave_off: refused,
        resume: cli.resume,
        save_answers: cli.save_answers.clone(),
        force: cli.force,
        format: cli.format.map_or(Format::Md, |f| f.0),
        world,
    };
    let dumb = wizard.world.dumb;
    let end = if cli.plain || dumb {
        if dumb && !cli.plain {
            streams::err(
                "hirewise: TERM=dumb cannot show the full-screen wizard; asking line by line instead.\n",
            )?;
        }
        ui::prompt::run(&wizard)?
    } else {
        ui::tui::run(&wizard)?
    };
    Ok(match end {
        End::Done => ExitCode::SUCCESS,
        End::Cancelled => ExitCode::from(130),
    })
}

/// What the wizards need from the clock and the environment, read here
/// once.
fn world(cli: &Cli) -> ui::World {
    ui::World {
        today: cli.date.unwrap_or_else(local_today),
        home: std::env::var_os("HOME").map(std::path::PathBuf::from),
        // An empty NO_COLOR counts as unset (no-color.org).
        colour: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        dumb: ui::prompt::is_dumb(std::env::var_os("TERM").as_deref()),
        editor: ui::editor::choose(
            std::env::var("VISUAL").ok().as_deref(),
            std::env::var("EDITOR").ok().as_deref(),
        ),
    }
}

/// Today in the user's time zone. With `TZ` unset, the zone's rules are
/// read straight from /etc/localtime: jiff's `TimeZone::system()` would
/// first index the whole zoneinfo database to name the zone, which takes
/// longer than the rest of a short run, and only the rules matter for a
/// date. With `TZ` set, jiff reads it as it always does.
fn local_today() -> jiff::civil::Date {
    use jiff::tz::TimeZone;
    let tz = match std::env::var_os("TZ") {
        None => std::fs::read("/etc/localtime")
            .ok()
            .and_then(|b| TimeZone::tzif("localtime", &b).ok())
            .unwrap_or_else(TimeZone::system),
        Some(_) => TimeZone::system(),
    };
    jiff::Timestamp::now().to_zoned(tz).date()
}

fn answers_mode(
    cli: &Cli,
    tree: &Tree,
    roles: &RoleData,
    path: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    let format = cli
        .format
        .map(|f| f.0)
        .or_else(|| cli.output.as_deref().and_then(Format::from_path))
        .unwrap_or(Format::Md);
    let src = store::read_source(path)?;
    let (outcome, postings) = batch::run(tree, roles, &src)?;
    let today = cli.date.unwrap_or_else(local_today);
    let since = match &cli.compare {
        Some(old) => {
            let old_src = store::read_source(old)?;
            let (before, old_postings) = batch::run(tree, roles, &old_src)?;
            let run = |a: &hirewise_core::advice::Advice, p: &[posting::Posting]| {
                posting::render(p, &a.recommendation, format, today)
            };
            let (old_text, new_text) = (run(&before, &old_postings)?, run(&outcome, &postings)?);
            let c = hirewise_core::compare::compare(
                tree,
                hirewise_core::compare::Run {
                    answers: &before.answers,
                    recommendation: &before.recommendation,
                    posting: &old_text,
                },
                hirewise_core::compare::Run {
                    answers: &outcome.answers,
                    recommendation: &outcome.recommendation,
                    posting: &new_text,
                },
            );
            let text = hirewise_core::compare::report(&c, &old.display().to_string(), 80);
            Some(text.join("\n") + "\n")
        }
        None => None,
    };
    let docs = match &cli.output {
        Some(out) => posting::documents(&postings, &outcome.recommendation, format, today, out)?,
        None => Vec::new(),
    };
    // Before anything is written, so that one output never replaces another.
    hirewise::outputs::check_distinct(&hirewise::outputs::of_answers_run(
        &docs,
        cli.save_answers.as_deref(),
    ))?;
    let rec = &outcome.recommendation;
    let mut summary =
        report::recommendation(rec, &outcome.wording, 80, cli.all, " (--all lists them)");
    if let Some(note) = posting::closing_date_note(&postings, today) {
        summary.push_str(&format!("\n{}\n", report::note(&note, 80)));
    }
    if let Some(p) = &cli.save_answers {
        store::save_answers(p, tree, &outcome.answers, cli.force)?;
    }
    match &cli.output {
        Some(_) => {
            let files: Vec<(&std::path::Path, &str)> = (docs.iter())
                .map(|d| (d.path.as_path(), d.text.as_str()))
                .collect();
            store::write_all(&files, cli.force)?;
            print(&summary)?;
            print("\n")?;
            for d in &docs {
                let what = if d.kit {
                    "Hiring kit (not for publishing)"
                } else {
                    "Posting"
                };
                print(&format!(
                    "{what} written to {}\n",
                    text::clean_line(&d.path.display().to_string())
                ))?;
            }
            if let Some(since) = &since {
                print(&format!("\n{since}"))?;
            }
        }
        // What changed, in place of the posting.
        None if since.is_some() => {
            print(since.as_deref().unwrap_or_default())?;
        }
        // The posting alone on stdout, so that `> posting.md` or a pipe gets
        // what can be published; the advice goes to stderr, and the hiring
        // kit only to a file beside the posting.
        None => {
            streams::err(&summary)?;
            if format.has_kit() {
                streams::err("\nWith -o FILE the hiring kit is written beside the posting.\n\n")?;
            }
            let rendered = posting::render(&postings, rec, format, today)?;
            print(&text::clean_block(&rendered))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(path: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    let src = match path {
        Some(p) => store::read_source(p)?,
        None => Source::new(tree::DEFAULT_TREE_NAME, tree::DEFAULT_TREE),
    };
    let (tree, mut diags) = Tree::load(&src);
    if let Some(tree) = &tree {
        // The built-in tree must fit the built-in role data exactly; another
        // tree gets what of it fits, with a warning for the rest.
        match builtin::roles_for(tree, path.is_none()) {
            Ok((_, warnings)) => diags.extend(warnings),
            Err(Diagnostics(problems)) => diags.extend(problems),
        }
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diags.len() - errors;
    // The code is settled before a word is written: a reader that stops
    // early (`| head -1`) must not turn a broken tree into a success.
    let (code, summary) = match &tree {
        Some(tree) if errors == 0 => (
            ExitCode::SUCCESS,
            format!(
                "{}: ok, {} questions, {warnings} warning(s)\n",
                src.name,
                tree.questions.len()
            ),
        ),
        _ => (
            ExitCode::from(2),
            format!("{}: {errors} error(s), {warnings} warning(s)\n", src.name),
        ),
    };
    for d in &diags {
        streams::err(&format!("{}\n", text::clean_block(&d.to_string())))?;
    }
    if code == ExitCode::SUCCESS {
        print(&summary)?;
    } else {
        streams::err(&text::clean_block(&summary))?;
    }
    Ok(code)
}

fn print(s: &str) -> Result<(), streams::WriteError> {
    streams::out(s)
}
