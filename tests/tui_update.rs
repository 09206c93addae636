//! The full-screen wizard driven by scripted actions, without a terminal:
//! every flow the screens offer, checked through the app's state.

mod tui_support;

use hirewise::answers::Answer;
use hirewise::decide;
use hirewise::store::Autosave;
use hirewise::tree::Kind;
use hirewise::ui::End;
use hirewise::ui::tui::app::{Overlay, Screen, State};
use hirewise::ui::tui::form::Form;
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use hirewise::ui::tui::outcome::SaveBox;
use tui_support::*;

fn question_id(app: &hirewise::ui::tui::app::App<'_>) -> String {
    app.session()
        .current()
        .map(|q| q.id.clone())
        .unwrap_or_default()
}

fn error(app: &hirewise::ui::tui::app::App<'_>) -> Option<String> {
    match app.screen() {
        Screen::Question { error, .. } => error.clone(),
        _ => None,
    }
}

#[test]
fn every_question_of_the_default_tree_leads_to_the_same_result_as_batch() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    for name in [
        "small-shop-hybrid",
        "consumer-brand-reach",
        "members-association",
    ] {
        let answers = example(&tree, name);
        let mut app = app(&w, 80, 24);
        assert!(matches!(app.screen(), Screen::Welcome(_)));
        app.update(Action::Confirm);
        answer_all(&mut app, &answers);
        assert!(matches!(app.screen(), Screen::Result { .. }), "{name}");
        let expected = decide::decide(&tree, &app.session().answered());
        let walked = hirewise::session::Session::walk(&tree, &answers);
        assert_eq!(expected, decide::decide(&tree, &walked), "{name}");
    }
}

#[test]
fn going_back_keeps_the_answer_and_shows_it() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    run(&mut app, typing("Acme"));
    app.update(Action::Confirm);
    run(&mut app, typing("dental software"));
    app.update(Action::Confirm);
    run(&mut app, [Action::Down, Action::Down, Action::Confirm]);
    assert_eq!(question_id(&app), "goal");
    app.update(Action::Back);
    assert_eq!(question_id(&app), "stage");
    assert_eq!(
        app.screen(),
        &Screen::Question {
            form: Form::Pick { cursor: 2 },
            error: None
        }
    );
    app.update(Action::Back);
    let Screen::Question {
        form: Form::Text(input),
        ..
    } = app.screen()
    else {
        panic!("a text question");
    };
    assert_eq!(input.value(), "dental software");
    // Backspace in an empty field is a step back, too.
    run(
        &mut app,
        [Action::Edit(Edit::End), Action::Edit(Edit::ClearToStart)],
    );
    app.update(Action::Edit(Edit::Backspace));
    assert_eq!(question_id(&app), "company_name");
    app.update(Action::Back);
    assert_eq!(app.notice_text(), Some("This is the first question."));
}

#[test]
fn space_ticks_and_unticks_options_on_a_multi_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    let mut answers = example(&tree, "small-shop-hybrid");
    answers.remove("platforms");
    for _ in 0..5 {
        let q = app.session().current().expect("question");
        let a = answers[&q.id].clone();
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    assert_eq!(question_id(&app), "platforms");
    run(
        &mut app,
        [
            Action::Toggle,
            Action::Down,
            Action::Toggle,
            Action::Down,
            Action::Toggle,
            Action::Toggle,
        ],
    );
    let Screen::Question {
        form: Form::Multi { ticked, cursor },
        ..
    } = app.screen()
    else {
        panic!("a multi question");
    };
    assert_eq!((&ticked[..3], *cursor), (&[true, true, false][..], 2));
    app.update(Action::Confirm);
    assert_eq!(
        app.session().all_answers()["platforms"],
        Answer::Choices(vec!["instagram".into(), "tiktok".into()])
    );
}

#[test]
fn text_fields_edit_at_the_cursor() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    run(&mut app, typing("Acme"));
    run(
        &mut app,
        [
            Action::Edit(Edit::Left),
            Action::Edit(Edit::Left),
            Action::Edit(Edit::Insert('X')),
            Action::Edit(Edit::Home),
            Action::Edit(Edit::Delete),
            Action::Edit(Edit::Insert('a')),
            Action::Edit(Edit::End),
            Action::Edit(Edit::Backspace),
            Action::Edit(Edit::Right),
        ],
    );
    // Letters that are keys elsewhere are text here.
    run(&mut app, typing(" q?"));
    let Screen::Question {
        form: Form::Text(input),
        ..
    } = app.screen()
    else {
        panic!("a text question");
    };
    assert_eq!((input.value().as_str(), input.cursor()), ("acXm q?", 7));
    assert_eq!(app.overlay(), None);
}

#[test]
fn objections_show_inline_and_clear_on_the_next_edit() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    app.update(Action::Confirm);
    assert_eq!(error(&app).as_deref(), Some("An answer is required"));
    assert_eq!(question_id(&app), "company_name");
    run(&mut app, typing("A"));
    assert_eq!(error(&app), None);

    let (small, roles) = (small_tree(), roles);
    let w = wizard(&small, &roles, None);
    let mut app = tui_support::app(&w, 80, 24);
    app.update(Action::Confirm);
    run(&mut app, typing("lots"));
    app.update(Action::Confirm);
    assert!(
        error(&app).is_some_and(|e| e.contains("not a number")),
        "{:?}",
        error(&app)
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("900"));
    app.update(Action::Confirm);
    assert_eq!(
        error(&app).as_deref(),
        Some("900 is above the maximum of 500")
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("1,2"));
    app.update(Action::Confirm);
    assert_eq!(question_id(&app), "has_forum");
    app.update(Action::Yes);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    assert_eq!(app.session().answered()["team_size"], Answer::Number(12.0));
}

#[test]
fn quitting_asks_first_and_ends_as_cancelled_or_done() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    app.update(Action::Interrupt);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    app.update(Action::No);
    assert_eq!((app.overlay(), app.state()), (None, State::Running));
    app.update(Action::Interrupt);
    app.update(Action::Interrupt);
    assert_eq!(app.state(), State::Ended(End::Cancelled));

    let mut app = tui_support::app(&w, 80, 24);
    app.update(Action::Confirm);
    answer_all(&mut app, &example(&tree, "growing-two-hires"));
    run(&mut app, [Action::Quit, Action::Yes]);
    assert_eq!(app.state(), State::Ended(End::Done));
}

#[test]
fn help_opens_over_any_screen_and_closes_with_any_key() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Help);
    assert_eq!(app.overlay(), Some(Overlay::Help));
    app.update(Action::Down);
    assert_eq!(app.overlay(), None);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

#[test]
fn changing_an_answer_comes_back_to_the_result() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    let rec = decide::decide(&tree, &app.session().answered());
    // An answer whose change alone flips the verdict, on a single question.
    let change = rec
        .changes
        .iter()
        .find(|c| {
            tree.question(&c.question)
                .is_some_and(|q| q.kind == Kind::Single)
        })
        .expect("a change that flips the verdict");
    let q = tree.question(&change.question).expect("question");
    let option = q
        .options
        .iter()
        .position(|o| o.label == change.to)
        .expect("option");
    app.update(Action::Change);
    let at = app
        .session()
        .path()
        .iter()
        .position(|&i| tree.questions[i].id == q.id);
    run(&mut app, [Action::Top]);
    run(
        &mut app,
        std::iter::repeat_n(Action::Down, at.expect("answered")),
    );
    app.update(Action::Confirm);
    assert_eq!(question_id(&app), q.id);
    run(&mut app, [Action::Top]);
    run(&mut app, std::iter::repeat_n(Action::Down, option));
    app.update(Action::Confirm);
    assert!(
        matches!(app.screen(), Screen::Result { .. }),
        "{:?}",
        app.screen()
    );
    let after = decide::decide(&tree, &app.session().answered());
    assert_eq!(after.verdict, change.verdict);
    // Back from the result is the last question, then the result again.
    app.update(Action::Back);
    assert!(matches!(app.screen(), Screen::Question { .. }));
    app.update(Action::Confirm);
    assert!(matches!(app.screen(), Screen::Result { .. }));
}

#[test]
fn the_posting_saves_and_asks_before_replacing_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("posting.md");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    run(&mut app, [Action::Posting, Action::Format, Action::Save]);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    let Some(SaveBox::Path(input)) = &p.save else {
        panic!("save box")
    };
    assert!(input.value().starts_with("./") && !input.value().ends_with(".md"));
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    // Back round to Markdown, whatever the number of formats.
    run(&mut app, [Action::Back]);
    for _ in 0..10 {
        let Screen::Posting(p) = app.screen() else {
            panic!("posting")
        };
        if p.format == hirewise::posting::Format::Md {
            break;
        }
        app.update(Action::Format);
    }
    app.update(Action::Save);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.update(Action::Confirm);
    let text = std::fs::read_to_string(&path).expect("saved");
    assert!(text.contains("Loop & Purl"));
    std::fs::write(&path, "mine").expect("write");
    app.update(Action::Save);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.update(Action::Confirm);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    assert!(matches!(p.save, Some(SaveBox::Overwrite(_))));
    app.update(Action::No);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
    run(&mut app, [Action::Save, Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    run(&mut app, [Action::Confirm, Action::Yes]);
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("Loop & Purl")
    );
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    assert!(
        p.message
            .as_ref()
            .is_some_and(|m| m.1.starts_with("Saved to"))
    );
}

#[test]
fn answers_are_autosaved_and_resumed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    run(&mut app, typing("Acme"));
    app.update(Action::Confirm);
    run(&mut app, typing("yarn"));
    run(
        &mut app,
        [Action::Confirm, Action::Down, Action::Confirm, Action::Back],
    );
    assert_eq!(question_id(&app), "stage");

    // A new run offers to resume; resuming lands on the same question.
    let mut again = tui_support::app(&w, 80, 24);
    let Screen::Welcome(welcome) = again.screen() else {
        panic!("welcome")
    };
    assert_eq!(welcome.saved.as_ref().map(|s| s.answers.len()), Some(3));
    again.update(Action::Confirm);
    assert_eq!(question_id(&again), "stage");
    assert_eq!(
        again.screen(),
        &Screen::Question {
            form: Form::Pick { cursor: 1 },
            error: None
        }
    );

    // --resume skips the welcome; "start afresh" forgets the saved answers.
    let resuming = hirewise::ui::Wizard {
        resume: true,
        ..wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())))
    };
    let direct = tui_support::app(&resuming, 80, 24);
    assert_eq!(question_id(&direct), "stage");
    let mut fresh = tui_support::app(&w, 80, 24);
    run(&mut fresh, [Action::Down, Action::Confirm]);
    assert_eq!(question_id(&fresh), "company_name");
    assert!(!Autosave::in_dir(dir.path()).exists());
}

#[test]
fn a_damaged_autosave_is_reported_on_the_welcome_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("session.toml"), "this is [not toml").expect("write");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 80, 24);
    let Screen::Welcome(welcome) = app.screen() else {
        panic!("welcome")
    };
    assert!(
        welcome
            .problem
            .as_ref()
            .is_some_and(|p| p.contains("damaged"))
    );
    assert!(welcome.saved.is_none());
    app.update(Action::Confirm);
    assert_eq!(question_id(&app), "company_name");
}

#[test]
fn a_terminating_signal_ends_the_wizard() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    app.update(Action::Terminate);
    assert_eq!(app.state(), State::Ended(End::Cancelled));
}

#[test]
fn clicks_pick_options_and_a_second_click_answers() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    answer_all_until(&mut app, "stage");
    let screen = screen_text(&app, 80, 24);
    let row = screen
        .lines()
        .position(|l| l.contains("Growing"))
        .expect("option shown") as u16;
    app.update(Action::Click { column: 6, row });
    assert_eq!(
        app.screen(),
        &Screen::Question {
            form: Form::Pick { cursor: 2 },
            error: None
        }
    );
    app.update(Action::Click { column: 6, row });
    assert_eq!(question_id(&app), "goal");
}

/// Answer from the small-shop example until `id` is the current question.
fn answer_all_until(app: &mut hirewise::ui::tui::app::App<'_>, id: &str) {
    let tree = app.session().tree();
    let answers = example(tree, "small-shop-hybrid");
    while question_id(app) != id {
        let q = app.session().current().expect("question");
        let actions = actions_for(app, &answers[&q.id]);
        run(app, actions);
    }
}
