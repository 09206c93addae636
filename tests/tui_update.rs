//! The question screens of the full-screen wizard, driven by scripted
//! actions without a terminal: answering, going back, ticking, editing,
//! objections, help, quitting and clicks, checked through the app's state.

mod tui_support;

use hirewise::answers::Answer;
use hirewise::decide;
use hirewise::ui::End;
use hirewise::ui::tui::app::{Overlay, Screen, State};
use hirewise::ui::tui::form::Form;
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use tui_support::*;

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
    assert_eq!(question_id(&app), "called");
    app.update(Action::Back);
    assert_eq!(question_id(&app), "audience");
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
    while app.session().current().is_some_and(|q| q.id != "platforms") {
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
    // "1,2" is one point two in much of Europe and twelve elsewhere: refused.
    run(&mut app, typing("1,2"));
    app.update(Action::Confirm);
    assert!(
        error(&app).is_some_and(|e| e.contains("not a number")),
        "{:?}",
        error(&app)
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("1_2"));
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

#[test]
fn keys_do_nothing_while_the_window_is_too_small_but_quitting() {
    use hirewise::ui::tui::keys;
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.update(Action::Confirm);
    answer_all_until(&mut app, "stage");
    let before = app.screen().clone();

    app.update(Action::Resize(59, 24));
    // Enter, arrows, clicks, help and back would act on a hidden screen.
    run(
        &mut app,
        [
            Action::Down,
            Action::Confirm,
            Action::Back,
            Action::Help,
            Action::Leaning,
            Action::Click { column: 6, row: 8 },
        ],
    );
    assert_eq!((app.screen(), app.overlay()), (&before, None));
    assert_eq!(question_id(&app), "stage");
    let shown = screen_text(&app, 59, 24);
    // The keys above were dropped, and the message says so: none of
    // them acts later, once the window is larger.
    assert!(
        shown.contains("q quits; other keys do nothing until then"),
        "{shown}"
    );

    // q asks, n stays; the question is where it was.
    app.update(Action::Quit);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    assert!(screen_text(&app, 59, 24).contains("Quit? y/n"));
    app.update(Action::No);
    assert_eq!((app.overlay(), app.state()), (None, State::Running));

    // Back to a size that fits, keys work again.
    app.update(Action::Resize(80, 24));
    app.update(Action::Confirm);
    assert_eq!(question_id(&app), "goal");

    // In a text field `q` is a letter, except while the field is hidden.
    let mut app = tui_support::app(&w, 80, 15);
    app.update(Action::Resize(80, 24));
    app.update(Action::Confirm);
    app.update(Action::Resize(80, 15));
    let q = Event::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE));
    let enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(keys::action(&enter, app.mode()), None);
    assert_eq!(keys::action(&q, app.mode()), Some(Action::Quit));
    run(&mut app, typing("Acme"));
    app.update(Action::Confirm);
    assert_eq!(question_id(&app), "company_name");
    app.update(Action::Resize(80, 24));
    let Screen::Question {
        form: Form::Text(input),
        error: None,
    } = app.screen()
    else {
        panic!("the text question, untouched: {:?}", app.screen());
    };
    assert!(input.is_empty());
    app.update(Action::Resize(80, 15));
    run(&mut app, [Action::Interrupt, Action::Yes]);
    assert_eq!(app.state(), State::Ended(End::Cancelled));
}
