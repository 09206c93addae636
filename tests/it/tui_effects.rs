//! The full-screen wizard's update writes nothing itself: it returns the
//! effects for the loop to carry out, and is told how they went. These
//! tests look at the effects before anything is done with them, and at
//! what the app makes of each result handed back.

use crate::support::entries;
use crate::tui_support;

use hirewise::store::{Autosave, Saved, StoreError};
use hirewise::ui::finish::Written;
use hirewise::ui::tui::app::{App, Screen, Tone};
use hirewise::ui::tui::effect::{Effect, Write};
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use hirewise::ui::tui::outcome::SaveBox;
use hirewise_core::answers::{Answer, Answers};
use std::path::{Path, PathBuf};
use tui_support::*;

/// Update with each action but the last, which must ask for nothing, and
/// return what the last one asks for, none of it carried out.
fn effects_of(app: &mut App<'_>, actions: Vec<Action>) -> Vec<Effect> {
    let mut actions = actions;
    let last = actions.pop().expect("an action");
    for a in actions {
        let asked = app.update(a.clone());
        assert!(asked.is_empty(), "{a:?} asked for {asked:?}");
    }
    app.update(last)
}

/// The one write among `effects`.
fn the_write(effects: Vec<Effect>) -> Write {
    match <[Effect; 1]>::try_from(effects) {
        Ok([Effect::Write(w)]) => w,
        Ok(other) => panic!("not a write: {other:?}"),
        Err(effects) => panic!("not one effect: {effects:?}"),
    }
}

/// The small tree with a number and a yes/no question, and its roles.
fn small() -> (hirewise_core::tree::Tree, hirewise_core::posting::RoleData) {
    let tree = small_tree();
    let roles = roles_for(&tree);
    (tree, roles)
}

/// The quit question as drawn, closed again.
fn quit_text(app: &mut App<'_>) -> String {
    app.act(Action::Quit);
    let text = screen_text(app, 100, 30);
    app.act(Action::No);
    text
}

/// Answer the small tree's first question, "How many people work at the
/// company?", with 12, from the welcome screen.
fn answer_team_size(app: &mut App<'_>) -> Vec<Effect> {
    assert!(app.update(Action::Confirm).is_empty(), "no saved session");
    assert_eq!(question_id(app), "team_size");
    effects_of(app, [typing("12"), vec![Action::Confirm]].concat())
}

#[test]
fn an_answer_asks_for_an_autosave_with_it_and_writes_nothing_itself() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = small();
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 100, 30);
    let write = the_write(answer_team_size(&mut app));
    let mut expected = Answers::new();
    expected.insert("team_size".into(), Answer::Number(12.0));
    assert_eq!(
        write,
        Write::Autosave {
            at: Some("has_forum".into()),
            answers: expected,
        }
    );
    assert_eq!(question_id(&app), "has_forum", "on to the next question");
    assert!(entries(dir.path()).is_empty(), "nothing written yet");

    let done = write.perform(&w);
    assert_eq!(done, Action::Autosaved(Ok(())));
    assert_eq!(entries(dir.path()), ["session-built-in.toml"]);
    let saved = Autosave::in_dir(dir.path())
        .load(&tree)
        .expect("readable")
        .expect("saved");
    assert_eq!(saved.at.as_deref(), Some("has_forum"));
    assert_eq!(saved.answers.get("team_size"), Some(&Answer::Number(12.0)));
    assert!(app.update(done).is_empty(), "a result asks for nothing");
    assert_eq!(app.notice_text(), None);
}

#[test]
fn without_autosave_an_answer_asks_for_nothing() {
    let (tree, roles) = small();
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 30);
    assert_eq!(answer_team_size(&mut app), vec![]);
    assert_eq!(question_id(&app), "has_forum");
}

#[test]
fn a_failed_autosave_handed_back_is_shown_and_the_quit_question_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = small();
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 100, 30);
    the_write(answer_team_size(&mut app));
    let why = "cannot write /nowhere/session.toml: Permission denied (os error 13)";
    assert!(app.update(Action::Autosaved(Err(why.into()))).is_empty());
    assert_eq!(
        app.notice_text(),
        Some(format!("Your answers are not being saved: {why}").as_str())
    );
    let quit = quit_text(&mut app);
    assert!(
        quit.contains("Your answers are not saved: cannot"),
        "{quit}"
    );

    // The next autosave that works says so again.
    let back = the_write(app.update(Action::Back));
    assert!(matches!(back, Write::Autosave { ref at, .. } if at.as_deref() == Some("team_size")));
    assert!(app.update(Action::Autosaved(Ok(()))).is_empty());
    let quit = quit_text(&mut app);
    assert!(
        quit.contains("Your answers are saved: `hirewise --resume`"),
        "{quit}"
    );
}

#[test]
fn the_saved_session_is_the_callers_to_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = small();
    let mut w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    w.resume = true;
    let mut answers = Answers::new();
    answers.insert("team_size".into(), Answer::Number(12.0));
    let saved = Saved {
        tree: tree.name.clone(),
        at: Some("has_forum".into()),
        answers,
    };
    // No file holds it: the app takes what it is given.
    let app = App::new(
        &w,
        hirewise::ui::tui::theme::Theme::new(true),
        (100, 30),
        Ok(Some(saved)),
    );
    assert_eq!(question_id(&app), "has_forum");
    assert_eq!(
        app.session().answered().get("team_size"),
        Some(&Answer::Number(12.0))
    );
    assert!(entries(dir.path()).is_empty());
}

#[test]
fn starting_afresh_asks_to_forget_the_saved_session_and_shows_a_failure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = small();
    {
        let first = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
        let mut app = app(&first, 100, 30);
        app.act(Action::Confirm);
        run(&mut app, typing("12"));
        app.act(Action::Confirm);
    }
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 100, 30);
    assert!(matches!(app.screen(), Screen::Welcome(w) if w.saved.is_some()));
    let forget = the_write(effects_of(&mut app, vec![Action::Down, Action::Confirm]));
    assert_eq!(forget, Write::Forget);
    assert_eq!(question_id(&app), "team_size", "a session begun afresh");
    assert!(Autosave::in_dir(dir.path()).exists(), "not forgotten yet");

    let why = "cannot write /x/session.toml: Permission denied (os error 13)";
    assert!(app.update(Action::Forgot(Err(why.into()))).is_empty());
    assert_eq!(
        app.notice_text(),
        Some(format!("Could not forget the saved session: {why}").as_str())
    );
    assert_eq!(forget.perform(&w), Action::Forgot(Ok(())));
    assert!(!Autosave::in_dir(dir.path()).exists());
}

/// The default tree answered up to the review, through the loop's way.
fn at_the_review<'a>(w: &'a hirewise::ui::Wizard<'a>) -> App<'a> {
    let mut app = app(w, 100, 30);
    app.act(Action::Confirm);
    let answers = example(w.tree, "small-shop-hybrid");
    while let Some(q) = app.session().current() {
        let a = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    assert!(matches!(app.screen(), Screen::Review { .. }));
    app
}

#[test]
fn the_result_asks_for_the_answers_file_and_overwrites_only_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let (tree, roles) = (default_tree(), roles());
    let mut w = wizard(&tree, &roles, None);
    w.save_answers = Some(path.clone());
    let mut app = at_the_review(&w);
    let write = the_write(effects_of(&mut app, vec![Action::Bottom, Action::Confirm]));
    assert!(matches!(app.screen(), Screen::Result { .. }));
    assert_eq!(
        write,
        Write::Answers {
            path: path.clone(),
            answers: app.session().answered().clone(),
            overwrite: false,
        }
    );
    assert!(!path.exists(), "nothing written yet");
    assert_eq!(app.notice_text(), None, "nothing said before it is done");

    let done = write.perform(&w);
    assert_eq!(done, Action::AnswersWritten(Written::Done));
    assert!(path.exists());
    assert!(app.update(done).is_empty());
    assert_eq!(
        app.notice_text(),
        Some(format!("Answers saved to {}", path.display()).as_str())
    );

    // Written once this run, the file is ours to replace.
    let again = the_write(effects_of(
        &mut app,
        vec![Action::Back, Action::Confirm, Action::Confirm],
    ));
    assert!(matches!(
        again,
        Write::Answers {
            overwrite: true,
            ..
        }
    ));
    // A failure handed back is said as before.
    let why = StoreError::Exists(vec![path.clone()]).to_string();
    assert!(
        app.update(Action::AnswersWritten(Written::Failed(why.clone())))
            .is_empty()
    );
    assert_eq!(
        app.notice_text(),
        Some(format!("Answers not saved: {why}").as_str())
    );
}

/// The default tree answered to the result, through the loop's way.
fn at_the_result<'a>(w: &'a hirewise::ui::Wizard<'a>) -> App<'a> {
    let mut app = app(w, 100, 30);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(w.tree, "small-shop-hybrid"));
    app
}

/// The posting screen with the save prompt holding `typed`, and the name
/// the posting is offered under.
fn saving_to(app: &mut App<'_>, typed: &str) -> String {
    app.act(Action::Posting);
    app.act(Action::Save);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    let Some(SaveBox::Path(input)) = &p.save else {
        panic!("the save prompt: {:?}", p.save)
    };
    let offered = input.value();
    let name = offered.trim_start_matches("./").to_string();
    run(
        app,
        [Action::Edit(Edit::End), Action::Edit(Edit::ClearToStart)],
    );
    run(app, typing(typed));
    name
}

/// The message under the posting.
fn posting_message(app: &App<'_>) -> Option<(Tone, String)> {
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    p.message.clone()
}

#[test]
fn the_save_key_asks_for_a_posting_write_with_the_planned_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_the_result(&w);
    let target = dir.path().join("jobs.md");
    saving_to(&mut app, &target.display().to_string());
    let Write::Posting { plan, overwrite } = the_write(app.update(Action::Confirm)) else {
        panic!("a posting write")
    };
    assert!(!overwrite);
    assert_eq!(plan.target, target);
    let paths: Vec<&Path> = plan.docs.iter().map(|d| d.path.as_path()).collect();
    assert_eq!(
        paths,
        [
            target.as_path(),
            hirewise_core::posting::kit_path(&target).as_path()
        ]
    );
    assert!(entries(dir.path()).is_empty(), "nothing written yet");

    let done = Write::Posting {
        plan: plan.clone(),
        overwrite,
    }
    .perform(&w);
    assert_eq!(
        done,
        Action::PostingWritten {
            plan: plan.clone().resolved(),
            written: Written::Done
        }
    );
    assert!(target.exists());
    assert!(app.update(done).is_empty());
    assert_eq!(
        posting_message(&app),
        Some((Tone::Good, plan.resolved().saved()))
    );
}

#[test]
fn a_folder_typed_as_a_file_is_looked_at_only_when_the_posting_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_the_result(&w);
    let name = saving_to(&mut app, &dir.path().display().to_string());
    let write = the_write(app.update(Action::Confirm));
    let Write::Posting { plan, .. } = &write else {
        panic!("a posting write")
    };
    assert_eq!(plan.target, dir.path(), "planned as typed");
    let Action::PostingWritten { plan, written } = write.perform(&w) else {
        panic!("a posting result")
    };
    assert_eq!(written, Written::Done);
    assert_eq!(plan.target, dir.path().join(&name), "written inside it");
    assert!(dir.path().join(&name).is_file());
}

#[test]
fn a_posting_path_that_is_a_directory_is_reported_as_before() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_the_result(&w);
    let typed = format!("{}/", dir.path().display());
    let name = saving_to(&mut app, &typed);
    // A folder where the posting would go.
    let in_the_way: PathBuf = dir.path().join(&name);
    std::fs::create_dir(&in_the_way).expect("mkdir");
    let write = the_write(app.update(Action::Confirm));
    let done = write.perform(&w);
    let expected = StoreError::NotAFile(in_the_way).to_string();
    assert!(
        matches!(&done, Action::PostingWritten { written: Written::Failed(e), .. } if *e == expected),
        "{done:?}"
    );
    assert!(app.update(done).is_empty());
    assert_eq!(posting_message(&app), Some((Tone::Bad, expected)));
    // The path stays in the prompt, to be fixed.
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    assert!(
        matches!(&p.save, Some(SaveBox::Path(input)) if input.value() == typed),
        "{:?}",
        p.save
    );
}

#[test]
fn copying_asks_for_a_copy_of_the_posting_and_the_kit() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_the_result(&w);
    assert!(app.update(Action::Posting).is_empty());
    let copy = app.update(Action::Copy);
    let [Effect::Copy(posting)] = copy.as_slice() else {
        panic!("one copy: {copy:?}")
    };
    assert!(posting.starts_with("# Community and Social Media Manager at Loop & Purl"));
    let copy = app.update(Action::CopyKit);
    let [Effect::Copy(kit)] = copy.as_slice() else {
        panic!("one copy: {copy:?}")
    };
    assert!(kit.starts_with("# Hiring kit: "), "{kit}");
    assert_ne!(posting, kit);
    let edit = app.update(Action::EditPosting);
    assert_eq!(
        edit,
        vec![Effect::Edit {
            text: posting.clone(),
            extension: "md"
        }]
    );
}
