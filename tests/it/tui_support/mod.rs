//! Helpers shared by the TUI tests: the trees, a wizard, scripted answers
//! as actions, and drawing into a TestBackend.

#![allow(dead_code)]

pub mod screens;

use hirewise::store::Autosave;
use hirewise::ui::tui::app::App;
use hirewise::ui::tui::effect::{self, Effect};
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use hirewise::ui::tui::theme::Theme;
use hirewise::ui::{Wizard, World};
use hirewise_core::answers::{self, Answer, Answers};
use hirewise_core::diag::Source;
use hirewise_core::posting::{Format, RoleData};
use hirewise_core::tree::{Kind, Tree};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// A small tree with the kinds the default tree does not use.
pub const NUMBER_CONFIRM_TREE: &str = r#"
[meta]
title = "Numbers and yes/no"
intro = "A test tree with a number question and a yes/no question."
start = "team_size"

[decision]
balance = 0.3
min_evidence = 1

[[outcomes]]
id = "social"
label = "Social media manager"
first_because = "Reach first."

[[outcomes]]
id = "community"
label = "Community manager"
first_because = "Keep first."

[[verdicts]]
id = "social"
label = "Social media manager"
summary = "Reach new people."
roles = ["social"]
when = { leader = "social" }

[[verdicts]]
id = "community"
label = "Community manager"
summary = "Keep the customers you have."
roles = ["community"]

[[questions]]
id = "team_size"
section = "Team"
kind = "number"
prompt = "How many people work at the company?"
help = "Count everyone, founders included."
min = 1
max = 500
unit = "people"

[[questions]]
id = "has_forum"
section = "Team"
kind = "confirm"
prompt = "Do you run a forum for your customers?"
help = "A place where customers answer each other."

[[questions.options]]
id = "yes"
help = "It exists and people use it."
weights = { community = 2 }
reason = "A forum needs a host."

[[questions.options]]
id = "no"
help = "Not yet."
weights = { social = 1 }
reason = "Without a forum, reach comes first."
"#;

pub fn default_tree() -> Tree {
    Tree::default_tree().expect("default tree")
}

pub fn small_tree() -> Tree {
    Tree::parse(&Source::new("small.toml", NUMBER_CONFIRM_TREE)).expect("small tree")
}

pub fn roles() -> RoleData {
    hirewise_core::builtin::load().expect("built-in data").roles
}

/// The built-in role data as it fits another tree.
pub fn roles_for(tree: &Tree) -> RoleData {
    hirewise_core::builtin::roles_for(tree, false)
        .expect("role data for the tree")
        .0
}

pub fn wizard<'a>(tree: &'a Tree, roles: &'a RoleData, autosave: Option<Autosave>) -> Wizard<'a> {
    Wizard {
        tree,
        roles,
        autosave,
        autosave_off: None,
        resume: false,
        save_answers: None,
        force: false,
        format: Format::Md,
        world: World::on(TODAY),
    }
}

/// The day every wizard in these tests runs on, whatever the clock says.
pub const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 23);

/// An app the size of a terminal `w` x `h`, colours on (snapshots show
/// text only; the theme is chosen so nothing depends on NO_COLOR).
pub fn app<'a>(wizard: &'a Wizard<'a>, w: u16, h: u16) -> App<'a> {
    App::new(wizard, Theme::new(true), (w, h), wizard.saved())
}

/// Driving the app as the loop does: the files each update asks for are
/// written by the wizard's own code and how that went is handed back; the
/// effects only a terminal carries out (the clipboard, the editor) are
/// returned instead, in order.
pub trait Act {
    fn act(&mut self, action: Action) -> Vec<Effect>;
}

impl Act for App<'_> {
    fn act(&mut self, action: Action) -> Vec<Effect> {
        let wizard = self.wizard();
        let mut left = vec![];
        let carry_out = |e| {
            Ok::<_, std::convert::Infallible>(match e {
                Effect::Write(w) => vec![w.perform(wizard)],
                other => {
                    left.push(other);
                    vec![]
                }
            })
        };
        effect::settle(self, action, carry_out).unwrap_or_else(|never| match never {});
        left
    }
}

/// The text an update asked to put on the clipboard, if it did.
pub fn copied(effects: &[Effect]) -> Option<&str> {
    effects.iter().find_map(|e| match e {
        Effect::Copy(text) => Some(text.as_str()),
        _ => None,
    })
}

pub fn example(tree: &Tree, name: &str) -> Answers {
    let path = format!(
        "{}/examples/answers/{name}.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("example answers");
    answers::parse_file(tree, &Source::new(path, text)).expect("valid example answers")
}

pub fn run(app: &mut App<'_>, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.act(a);
    }
}

pub fn typing(text: &str) -> Vec<Action> {
    text.chars()
        .map(|c| Action::Edit(Edit::Insert(c)))
        .collect()
}

/// The actions a person would take to give `answer` to the current question.
pub fn actions_for(app: &App<'_>, answer: &Answer) -> Vec<Action> {
    let q = app.session().current().expect("a question to answer");
    let index = |id: &str| q.option_id(id).expect("known option").index();
    let mut out = vec![];
    match (q.kind, answer) {
        (Kind::Single, Answer::Choice(c)) => {
            out.push(Action::Top);
            out.extend(std::iter::repeat_n(Action::Down, index(c)));
        }
        (Kind::Multi, Answer::Choices(cs)) => {
            let before = app
                .session()
                .current_answer()
                .map(Answer::picked)
                .unwrap_or_default();
            out.push(Action::Top);
            for (i, o) in q.options.iter().enumerate() {
                if i > 0 {
                    out.push(Action::Down);
                }
                let want = cs.contains(&o.id);
                if want != before.contains(&o.id.as_str()) {
                    out.push(Action::Toggle);
                }
            }
        }
        (Kind::Confirm, Answer::Bool(b)) => {
            return vec![if *b { Action::Yes } else { Action::No }];
        }
        (Kind::Text | Kind::Number, a) => {
            let text = match a {
                Answer::Text(t) => t.clone(),
                Answer::Number(n) => answers::format_number(*n),
                _ => String::new(),
            };
            out.push(Action::Edit(Edit::End));
            out.push(Action::Edit(Edit::ClearToStart));
            out.extend(typing(&text));
        }
        (_, Answer::Skipped) => {
            out.push(Action::Edit(Edit::End));
            out.push(Action::Edit(Edit::ClearToStart));
        }
        (k, a) => panic!("no way to give {a:?} to a {k:?} question"),
    }
    out.push(Action::Confirm);
    out
}

/// Answer every question the session asks from `answers` (blank when
/// missing), until the result: past the review, from its last row.
pub fn answer_all(app: &mut App<'_>, answers: &Answers) {
    for _ in 0..100 {
        let Some(q) = app.session().current() else {
            if matches!(app.screen(), hirewise::ui::tui::app::Screen::Review { .. }) {
                run(app, [Action::Bottom, Action::Confirm]);
            }
            return;
        };
        let answer = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let actions = actions_for(app, &answer);
        run(app, actions);
    }
    panic!("the questions did not end");
}

pub fn draw(app: &App<'_>, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal
}

/// The screen as plain text, one line per row.
pub fn screen_text(app: &App<'_>, w: u16, h: u16) -> String {
    let terminal = draw(app, w, h);
    let buf = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The id of the question being asked, or "" when done.
pub fn question_id(app: &App<'_>) -> String {
    app.session()
        .current()
        .map(|q| q.id.clone())
        .unwrap_or_default()
}

/// The small-shop answers with a job title the wording list flags
/// ("ninja"), so the posting has a word to reconsider.
pub fn ninja_answers(tree: &Tree) -> Answers {
    let mut answers = example(tree, "small-shop-hybrid");
    // The organisation's own name is the founder's world and is not
    // flagged; a title is about the job.
    answers.insert("company_name".into(), Answer::Text("Ninja Labs".into()));
    answers.insert(
        "job_title".into(),
        Answer::Text("Community and Social Media Ninja".into()),
    );
    answers
}
