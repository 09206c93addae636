//! The question screens of the full-screen wizard, driven by scripted
//! actions without a terminal: answering, going back, ticking, editing,
//! objections, help, quitting and clicks, checked through the app's state.

use crate::tui_support;

use hirewise::ui::End;
use hirewise::ui::tui::app::{Overlay, Screen, State};
use hirewise::ui::tui::form::Form;
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use hirewise_core::answers::Answer;
use hirewise_core::decide;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
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
        app.act(Action::Confirm);
        answer_all(&mut app, &answers);
        assert!(matches!(app.screen(), Screen::Result { .. }), "{name}");
        let expected = decide::decide(&tree, app.session().answered());
        let walked = hirewise_core::session::Session::walk(&tree, &answers);
        assert_eq!(expected, decide::decide(&tree, &walked), "{name}");
    }
}

#[test]
fn going_back_keeps_the_answer_and_shows_it() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("Acme"));
    app.act(Action::Confirm);
    run(&mut app, typing("dental software"));
    app.act(Action::Confirm);
    run(&mut app, [Action::Down, Action::Down, Action::Confirm]);
    assert_eq!(question_id(&app), "called");
    app.act(Action::Back);
    assert_eq!(question_id(&app), "audience");
    assert_eq!(
        app.screen(),
        &Screen::Question {
            form: Form::Pick { cursor: 2 },
            error: None
        }
    );
    app.act(Action::Back);
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
    app.act(Action::Edit(Edit::Backspace));
    assert_eq!(question_id(&app), "company_name");
    app.act(Action::Back);
    assert_eq!(app.notice_text(), Some("This is the first question."));
}

#[test]
fn space_ticks_and_unticks_options_on_a_multi_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
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
    app.act(Action::Confirm);
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
    app.act(Action::Confirm);
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
    app.act(Action::Confirm);
    app.act(Action::Confirm);
    assert_eq!(error(&app).as_deref(), Some("An answer is required"));
    assert_eq!(question_id(&app), "company_name");
    run(&mut app, typing("A"));
    assert_eq!(error(&app), None);

    let (small, roles) = (small_tree(), roles);
    let w = wizard(&small, &roles, None);
    let mut app = tui_support::app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("lots"));
    app.act(Action::Confirm);
    assert!(
        error(&app).is_some_and(|e| e.contains("not a number")),
        "{:?}",
        error(&app)
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("900"));
    app.act(Action::Confirm);
    assert_eq!(
        error(&app).as_deref(),
        Some("900 is above the maximum of 500")
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    // "1,2" is one point two in much of Europe and twelve elsewhere: refused.
    run(&mut app, typing("1,2"));
    app.act(Action::Confirm);
    assert!(
        error(&app).is_some_and(|e| e.contains("not a number")),
        "{:?}",
        error(&app)
    );
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("1_2"));
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), "has_forum");
    app.act(Action::Yes);
    assert!(matches!(app.screen(), Screen::Review { .. }));
    app.act(Action::Confirm);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    assert_eq!(app.session().answered()["team_size"], Answer::Number(12.0));
}

#[test]
fn quitting_asks_first_and_ends_as_cancelled_or_done() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    app.act(Action::Interrupt);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    app.act(Action::No);
    assert_eq!((app.overlay(), app.state()), (None, State::Running));
    app.act(Action::Interrupt);
    app.act(Action::Interrupt);
    assert_eq!(app.state(), State::Ended(End::Cancelled));

    let mut app = tui_support::app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "growing-two-hires"));
    run(&mut app, [Action::Quit, Action::Yes]);
    assert_eq!(app.state(), State::Ended(End::Done));
}

#[test]
fn help_opens_over_any_screen_and_closes_with_any_key() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Help);
    assert_eq!(app.overlay(), Some(Overlay::Help));
    app.act(Action::Down);
    assert_eq!(app.overlay(), None);
    assert!(matches!(app.screen(), Screen::Welcome(_)));
}

#[test]
fn a_terminating_signal_ends_the_wizard() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    app.act(Action::Terminate);
    assert_eq!(app.state(), State::Ended(End::Cancelled));
}

#[test]
fn clicks_pick_options_and_a_second_click_answers() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all_until(&mut app, "stage");
    let screen = screen_text(&app, 80, 24);
    let row = screen
        .lines()
        .position(|l| l.contains("Growing"))
        .expect("option shown") as u16;
    app.act(Action::Click { column: 6, row });
    assert_eq!(
        app.screen(),
        &Screen::Question {
            form: Form::Pick { cursor: 2 },
            error: None
        }
    );
    app.act(Action::Click { column: 6, row });
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
fn keys_do_nothing_while_the_window_is_too_small_but_ctrl_c() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all_until(&mut app, "stage");
    let before = app.screen().clone();

    app.act(Action::Resize(59, 24));
    // Enter, arrows, clicks, help and back would act on a hidden screen.
    run(
        &mut app,
        [
            Action::Down,
            Action::Confirm,
            Action::Back,
            Action::Help,
            Action::Leaning,
            Action::Quit,
            Action::Yes,
            Action::Click { column: 6, row: 8 },
        ],
    );
    assert_eq!((app.screen(), app.overlay()), (&before, None));
    assert_eq!(question_id(&app), "stage");
    let shown = screen_text(&app, 59, 24);
    // The keys above were dropped, and the message says so: none of
    // them acts later, once the window is larger.
    assert!(
        shown.contains("Ctrl-C quits; other keys do nothing until then"),
        "{shown}"
    );

    // Ctrl-C asks; other keys leave the question open.
    app.act(Action::Interrupt);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    assert!(screen_text(&app, 59, 24).contains("Quit? Ctrl-C again quits"));
    run(&mut app, [Action::Yes, Action::No]);
    assert_eq!(
        (app.overlay(), app.state()),
        (Some(Overlay::Quit), State::Running)
    );

    // Back to a size that fits, the question is answered as usual.
    app.act(Action::Resize(80, 24));
    app.act(Action::No);
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), "goal");
    app.act(Action::Resize(59, 24));
    run(&mut app, [Action::Interrupt, Action::Interrupt]);
    assert_eq!(app.state(), State::Ended(End::Cancelled));
}

/// Keys as the loop reads them: each event mapped in the mode of the
/// moment, then handed to update.
fn press(app: &mut hirewise::ui::tui::app::App<'_>, code: KeyCode, modifiers: KeyModifiers) {
    let event = Event::Key(KeyEvent::new(code, modifiers));
    if let Some(a) = hirewise::ui::tui::keys::action(&event, app.mode()) {
        app.act(a);
    }
}

#[test]
fn typing_into_a_field_in_a_small_window_never_quits() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), "company_name");
    // The tester's window: "equity" has a q, then a y for "quit? y/n".
    app.act(Action::Resize(50, 12));
    for c in "equity\rnq y".chars() {
        let code = if c == '\r' {
            KeyCode::Enter
        } else {
            KeyCode::Char(c)
        };
        press(&mut app, code, KeyModifiers::NONE);
    }
    assert_eq!((app.overlay(), app.state()), (None, State::Running));
    app.act(Action::Resize(80, 24));
    assert_eq!(question_id(&app), "company_name");
    let Screen::Question {
        form: Form::Text(input),
        ..
    } = app.screen()
    else {
        panic!("the text question: {:?}", app.screen());
    };
    assert!(input.is_empty(), "keys typed unseen are dropped");

    // Ctrl-C still quits from the small window: once asks, twice quits.
    app.act(Action::Resize(50, 12));
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    press(&mut app, KeyCode::Char('y'), KeyModifiers::NONE);
    assert_eq!(app.state(), State::Running);
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(app.state(), State::Ended(End::Cancelled));
}

/// Answer `answers` until the question `id` is asked; returns the option
/// the cursor starts on there.
fn cursor_at(answers: &hirewise_core::answers::Answers, id: &str) -> String {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 40);
    app.act(Action::Confirm);
    for _ in 0..100 {
        let q = app.session().current().expect("the question comes");
        if q.id == id {
            let Screen::Question {
                form: Form::Pick { cursor },
                ..
            } = app.screen()
            else {
                panic!("a single question");
            };
            return q.options[*cursor].id.clone();
        }
        let a = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    panic!("{id} was not asked");
}

/// The questions about the amount of work start from a guess by the
/// organisation's stage, which Enter keeps.
#[test]
fn amounts_start_from_a_guess_by_stage() {
    let tree = default_tree();
    let mut answers = example(&tree, "volunteer-network-both");
    for id in ["community_size", "message_volume", "posting_rhythm"] {
        answers.remove(id);
    }
    answers.insert("stage".into(), Answer::Choice("growing".into()));
    assert_eq!(cursor_at(&answers, "community_size"), "medium");
    assert_eq!(cursor_at(&answers, "message_volume"), "some");
    assert_eq!(cursor_at(&answers, "posting_rhythm"), "daily");
    answers.insert("stage".into(), Answer::Choice("early".into()));
    assert_eq!(cursor_at(&answers, "community_size"), "small");
    assert_eq!(cursor_at(&answers, "message_volume"), "few");
    assert_eq!(cursor_at(&answers, "posting_rhythm"), "weekly");
    // A question answered before shows that answer, not the guess.
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 40);
    app.act(Action::Confirm);
    answers.insert("community_size".into(), Answer::Choice("huge".into()));
    for _ in 0..100 {
        let q = app.session().current().expect("a question").clone();
        let a = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
        if q.id == "community_size" {
            break;
        }
    }
    app.act(Action::Back);
    let Screen::Question {
        form: Form::Pick { cursor },
        ..
    } = app.screen()
    else {
        panic!("back at the community size");
    };
    let q = app.session().current().expect("a question");
    assert_eq!(
        (q.id.as_str(), q.options[*cursor].id.as_str()),
        ("community_size", "huge")
    );
}

/// q opens "Quit hirewise?" and q again quits, as in other terminal
/// programs; n or Esc stays.
#[test]
fn q_twice_quits() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    // On the result, where letters are keys rather than text.
    answer_all(&mut app, &example(&tree, "growing-two-hires"));
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(app.overlay(), Some(Overlay::Quit));
    press(&mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!((app.overlay(), app.state()), (None, State::Running));
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(app.state(), State::Ended(End::Done));
}

/// `?` on a question shows what the question means, its own help, above
/// the keys.
#[test]
fn help_on_a_question_starts_with_its_own_help() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 40);
    app.act(Action::Confirm);
    let q = app.session().current().expect("a question").clone();
    assert!(!q.help.is_empty());
    app.act(Action::Help);
    let text = screen_text(&app, 100, 40);
    let first_words: String = q
        .help
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let help_at = text.find(&first_words);
    let keys_at = text.find("tick or untick");
    assert!(
        help_at.is_some_and(|h| keys_at.is_some_and(|k| h < k)),
        "{first_words:?} above the keys:\n{text}"
    );
}

#[test]
fn the_roles_side_by_side_open_on_any_question_and_close_again() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 40);
    app.act(Action::Confirm);
    // On a text question, where letters are typed, F2 opens it.
    app.act(Action::Roles);
    let screen = screen_text(&app, 100, 40);
    assert!(screen.contains("The two roles side by side"), "{screen}");
    for row in &tree.compare {
        assert!(screen.contains(&row.aspect), "{}: {screen}", row.aspect);
    }
    assert!(screen.contains("Social media manager: Speaks as the organisation"));
    assert!(screen.contains("Community manager: Takes part as a person"));
    app.act(Action::Back);
    assert!(
        !screen_text(&app, 100, 40).contains("side by side"),
        "closed"
    );
    assert_eq!(
        app.session().current().map(|q| q.id.as_str()),
        Some("company_name")
    );
}
