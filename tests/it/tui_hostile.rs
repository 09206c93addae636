//! Escape sequences, carriage returns, bidi overrides and zero-width
//! characters in a tree, in typed text and in a saved answer: drawn on
//! every screen of the full-screen wizard, none of them reaches a cell.

use crate::support::hostile::{self, assert_no_unsafe_cell};
use crate::tui_support;

use hirewise::store::Autosave;
use hirewise::ui::tui::keys::Action;
use hirewise_core::answers::{Answer, Answers};
use hirewise_core::diag::Source;
use hirewise_core::tree::Tree;
use tui_support::screens::{buffer_text, each_screen};
use tui_support::{Act, app, wizard};

const SIZES: [(u16, u16); 3] = [(60, 16), (80, 24), (120, 40)];

fn hostile_tree() -> Tree {
    Tree::parse(&Source::new("hostile.toml", hostile::tree())).expect("the hostile tree")
}

/// The answers after the company name, which the test types or restores.
fn answers() -> Answers {
    Answers::from([
        ("goal".into(), Answer::Choice("reach".into())),
        ("platforms".into(), Answer::Choices(vec!["x".into()])),
        ("team_size".into(), Answer::Number(3.0)),
        ("has_forum".into(), Answer::Bool(false)),
    ])
}

#[test]
fn nothing_from_a_tree_or_typed_text_reaches_a_cell() {
    let tree = hostile_tree();
    let roles = tui_support::roles_for(&tree);
    let w = wizard(&tree, &roles, None);
    for size in SIZES {
        let mut screens = 0;
        let mut posting = String::new();
        each_screen(&w, &answers(), hostile::TYPED, size, |name, buf| {
            assert_no_unsafe_cell(&format!("{name} at {size:?}"), buf);
            if name.starts_with("posting") {
                posting.push_str(&buffer_text(buf));
            }
            screens += 1;
        });
        assert!(screens > 20, "only {screens} screens");
        // What was typed arrives, without what a terminal would act on.
        assert!(posting.contains("Acme ]52;c;ZXZpbA=="), "{posting}");
    }
}

#[test]
fn nothing_from_a_saved_answer_reaches_a_cell() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tree = hostile_tree();
    let roles = tui_support::roles_for(&tree);
    let mut saved = answers();
    let name = format!("Acme {}", hostile::TYPED);
    saved.insert("company_name".into(), Answer::Text(name));
    Autosave::in_dir(dir.path())
        .save(&tree, Some("company_name"), &saved)
        .expect("autosave");
    let mut w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    w.resume = true;
    for (width, height) in SIZES {
        let mut app = app(&w, width, height);
        let check = |what: &str, app: &hirewise::ui::tui::app::App<'_>| {
            let terminal = tui_support::draw(app, width, height);
            assert_no_unsafe_cell(
                &format!("{what} at {width}x{height}"),
                terminal.backend().buffer(),
            );
        };
        // The saved name in its field, then in the review, the result, the
        // review opened from it and the posting.
        check("company name, restored", &app);
        // The restored answers stand: Enter on each, and "no" to the last.
        let steps = [
            Action::Confirm,
            Action::Confirm,
            Action::Confirm,
            Action::Confirm,
        ];
        tui_support::run(&mut app, steps);
        app.act(Action::No);
        check("review", &app);
        app.act(Action::Confirm);
        check("result", &app);
        app.act(Action::Bottom);
        check("result, end", &app);
        app.act(Action::Change);
        check("change an answer", &app);
        app.act(Action::Back);
        app.act(Action::Posting);
        check("posting", &app);
        let shown = tui_support::screen_text(&app, width, height);
        assert!(
            shown.contains("Acme ]52;c;ZXZpbA=="),
            "the name, defused: {shown}"
        );
    }
}
