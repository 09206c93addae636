//! The end of the full-screen wizard, driven by scripted actions: the
//! result, changing an answer, saving the posting, and what is kept between
//! runs (autosave, resume, a damaged autosave).

use crate::tui_support;

use hirewise::store::Autosave;
use hirewise::ui::tui::app::Screen;
use hirewise::ui::tui::effect::Effect;
use hirewise::ui::tui::form::Form;
use hirewise::ui::tui::input::Edit;
use hirewise::ui::tui::keys::Action;
use hirewise::ui::tui::outcome::SaveBox;
use hirewise::ui::tui::view;
use hirewise_core::decide;
use hirewise_core::tree::Kind;
use tui_support::*;

#[test]
fn changing_an_answer_comes_back_to_the_result() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    let rec = decide::decide(&tree, app.session().answered());
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
    app.act(Action::Change);
    let at = app
        .session()
        .path()
        .iter()
        .position(|&i| tree[i].id == q.id);
    run(&mut app, [Action::Top]);
    run(
        &mut app,
        std::iter::repeat_n(Action::Down, at.expect("answered")),
    );
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), q.id);
    run(&mut app, [Action::Top]);
    run(&mut app, std::iter::repeat_n(Action::Down, option));
    app.act(Action::Confirm);
    // A question the new verdict asks (the second posting's) comes first.
    answer_all(&mut app, &hirewise_core::answers::Answers::new());
    assert!(
        matches!(app.screen(), Screen::Result { .. }),
        "{:?}",
        app.screen()
    );
    let after = decide::decide(&tree, app.session().answered());
    assert_eq!(after.verdict, change.verdict);
    // Back from the result is the last question, then the review on its
    // last row, then the result again.
    app.act(Action::Back);
    assert!(matches!(app.screen(), Screen::Question { .. }));
    app.act(Action::Confirm);
    let last = app.session().path().len();
    assert_eq!(
        app.screen(),
        &Screen::Review {
            cursor: last,
            from_result: false
        }
    );
    app.act(Action::Confirm);
    assert!(matches!(app.screen(), Screen::Result { .. }));
}

#[test]
fn change_an_answer_starts_on_the_first_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    app.act(Action::Change);
    assert_eq!(
        app.screen(),
        &Screen::Review {
            cursor: 0,
            from_result: true
        }
    );
    let first = tree[app.session().path()[0]].id.clone();
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), first);
}

#[test]
fn the_posting_saves_and_asks_before_replacing_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("posting.md");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
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
        if p.format == hirewise_core::posting::Format::Md {
            break;
        }
        app.act(Action::Format);
    }
    app.act(Action::Save);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    let text = std::fs::read_to_string(&path).expect("saved");
    assert!(text.contains("Loop & Purl"));
    std::fs::write(&path, "mine").expect("write");
    app.act(Action::Save);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    let kit = hirewise_core::posting::kit_path(&path);
    assert!(
        matches!(&p.save, Some(SaveBox::Overwrite { existing, .. }) if *existing == [path.clone(), kit.clone()]),
        "both files in the way are named: {:?}",
        p.save
    );
    app.act(Action::No);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");

    // Only the kit in the way: replacing it still writes the posting where
    // it was asked for, not over the kit.
    std::fs::remove_file(&path).expect("remove the posting");
    std::fs::write(&kit, "my notes").expect("write");
    run(&mut app, [Action::Save, Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    assert!(
        matches!(&p.save, Some(SaveBox::Overwrite { existing, .. }) if *existing == [kit.clone()]),
        "{:?}",
        p.save
    );
    app.act(Action::Yes);
    assert!(
        std::fs::read_to_string(&path)
            .expect("the posting")
            .starts_with("# ")
    );
    assert!(
        std::fs::read_to_string(&kit)
            .expect("the kit")
            .starts_with("# Hiring kit: ")
    );
    std::fs::write(&path, "mine").expect("write");
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
fn keeping_an_existing_file_goes_back_to_the_name_with_the_path_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("posting.md");
    let other = dir.path().join("posting-2.md");
    std::fs::write(&path, "mine").expect("write");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    let typed = path.display().to_string();
    for keep in [Action::No, Action::Back] {
        run(&mut app, [Action::Posting, Action::Save]);
        run(&mut app, [Action::Edit(Edit::ClearToStart)]);
        run(&mut app, typing(&typed));
        app.act(Action::Confirm);
        let Screen::Posting(p) = app.screen() else {
            panic!("posting")
        };
        assert!(matches!(p.save, Some(SaveBox::Overwrite { .. })), "{p:?}");
        app.act(keep.clone());
        let Screen::Posting(p) = app.screen() else {
            panic!("posting")
        };
        let Some(SaveBox::Path(input)) = &p.save else {
            panic!("{keep:?} goes back to the path prompt: {:?}", p.save)
        };
        assert_eq!(input.value(), typed);
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
        // Esc leaves the prompt, saying nothing was saved.
        app.act(Action::Back);
        let Screen::Posting(p) = app.screen() else {
            panic!("posting")
        };
        assert_eq!(p.save, None);
        assert_eq!(p.message.as_ref().map(|m| m.1.as_str()), Some("Not saved."));
        app.act(Action::Back);
    }
    // Another name, from the one kept in the field.
    run(&mut app, [Action::Posting, Action::Save]);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&typed));
    run(&mut app, [Action::Confirm, Action::No]);
    for _ in 0..".md".len() {
        app.act(Action::Edit(Edit::Backspace));
    }
    run(&mut app, typing("-2.md"));
    app.act(Action::Confirm);
    assert!(
        std::fs::read_to_string(&other)
            .expect("saved under the new name")
            .contains("Loop & Purl")
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
}

#[test]
fn answers_are_autosaved_and_resumed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("Acme"));
    app.act(Action::Confirm);
    run(&mut app, typing("yarn"));
    run(
        &mut app,
        [Action::Confirm, Action::Down, Action::Confirm, Action::Back],
    );
    assert_eq!(question_id(&app), "audience");

    // A new run offers to resume; resuming lands on the same question.
    let mut again = tui_support::app(&w, 80, 24);
    let Screen::Welcome(welcome) = again.screen() else {
        panic!("welcome")
    };
    assert_eq!(welcome.saved.as_ref().map(|s| s.answers.len()), Some(3));
    again.act(Action::Confirm);
    assert_eq!(question_id(&again), "audience");
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
    assert_eq!(question_id(&direct), "audience");
    let mut fresh = tui_support::app(&w, 80, 24);
    run(&mut fresh, [Action::Down, Action::Confirm]);
    assert_eq!(question_id(&fresh), "company_name");
    assert!(!Autosave::in_dir(dir.path()).exists());
}

#[test]
fn a_damaged_autosave_is_reported_on_the_welcome_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(Autosave::in_dir(dir.path()).path(), "this is [not toml").expect("write");
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
    app.act(Action::Confirm);
    assert_eq!(question_id(&app), "company_name");
}

#[test]
fn the_answers_file_is_written_when_the_result_is_reached() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answers.toml");
    let (tree, roles) = (default_tree(), roles());
    let w = hirewise::ui::Wizard {
        save_answers: Some(path.clone()),
        ..wizard(&tree, &roles, None)
    };
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    let answers = example(&tree, "growing-two-hires");
    answer_all(&mut app, &answers);
    let text = std::fs::read_to_string(&path).expect("answers saved");
    let src = hirewise_core::diag::Source::new("answers.toml", text);
    let saved = hirewise_core::answers::parse_file(&tree, &src).expect("a valid answers file");
    // Questions left empty are not written; replayed, they are empty again.
    let given = |a: &hirewise_core::answers::Answers| -> hirewise_core::answers::Answers {
        a.iter()
            .filter(|(_, v)| **v != hirewise_core::answers::Answer::Skipped)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    assert_eq!(given(&saved), given(app.session().answered()));
    assert!(
        app.notice_text()
            .is_some_and(|n| n.starts_with("Answers saved to"))
    );
    // Changing an answer writes it again: the file is ours by now.
    run(&mut app, [Action::Back, Action::Confirm, Action::Confirm]);
    assert!(
        app.notice_text()
            .is_some_and(|n| n.starts_with("Answers saved to"))
    );
}

#[test]
fn words_to_reconsider_show_on_the_result_and_the_posting() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 40);
    app.act(Action::Confirm);
    answer_all(&mut app, &ninja_answers(&tree));
    // Tall enough for the whole result on one page.
    app.act(Action::Resize(120, 300));
    let result = screen_text(&app, 120, 300);
    let at = result
        .find("Wording to reconsider")
        .expect("the wording section");
    assert!(result[at..].contains("\"ninja\" (in "), "{result}");
    assert!(
        result[at..].contains("write \"expert\" instead."),
        "{result}"
    );
    // Under the warnings, before what would change the verdict.
    assert!(result.find("Watch out").is_none_or(|w| w < at));
    assert!(result.find("What would change this").is_none_or(|c| c > at));

    app.act(Action::Posting);
    let posting = screen_text(&app, 120, 300);
    assert!(
        posting.contains("1 word to reconsider: see the result screen"),
        "{posting}"
    );
}

#[test]
fn no_wording_section_when_nothing_is_flagged() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 300);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    assert!(!screen_text(&app, 120, 300).contains("Wording to reconsider"));
    app.act(Action::Posting);
    assert!(!screen_text(&app, 120, 300).contains("to reconsider"));
}

#[test]
fn the_posting_is_wrapped_again_on_each_resize_and_format() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    app.act(Action::Posting);
    // The kept lines are for the width drawn, so a frame only slices them.
    let body_width =
        |app: &hirewise::ui::tui::app::App<'_>| view::areas(app, view::screen_rect(app)).body.width;
    for (w, h) in [(80, 24), (61, 30), (200, 50), (120, 40)] {
        app.act(Action::Resize(w, h));
        let Screen::Posting(p) = app.screen() else {
            panic!("posting")
        };
        assert_eq!(p.shown.width, body_width(&app), "{w}x{h}");
    }
    let Screen::Posting(before) = app.screen().clone() else {
        panic!("posting")
    };
    app.act(Action::Format);
    let Screen::Posting(after) = app.screen() else {
        panic!("posting")
    };
    // The screen shows the posting itself; the format is what a save writes.
    assert_ne!(after.format, before.format);
    assert_eq!(after.shown, before.shown);
    assert_eq!(after.shown.width, body_width(&app));
}

/// A save that fails says why on the screen at once, while the save box
/// stays open with the path to fix; nothing is written.
#[test]
fn a_failed_save_shows_its_error_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("posting.md");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 30);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    run(&mut app, [Action::Posting, Action::Save]);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    assert!(
        matches!(p.save, Some(SaveBox::Path(_))),
        "the box stays open"
    );
    let screen = screen_text(&app, 100, 30);
    let rows: Vec<&str> = screen.lines().collect();
    let error_row = rows.iter().rposition(|r| r.contains("cannot write"));
    let field_row = rows.iter().rposition(|r| r.contains("Save to:"));
    assert!(
        error_row.is_some_and(|e| field_row.is_some_and(|f| e + 1 == f)),
        "the error shows just above the field:\n{screen}"
    );
    assert!(!path.exists());
}

/// After the posting is saved, the quit question says nothing is unsaved;
/// once an answer changes the posting, it says the saved file is out of
/// date, not that nothing was ever saved.
#[test]
fn quitting_after_a_save_and_a_change_says_the_file_is_out_of_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("posting.md");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 30);
    app.act(Action::Confirm);
    let mut answers = example(&tree, "small-shop-hybrid");
    answer_all(&mut app, &answers);
    run(&mut app, [Action::Posting, Action::Save]);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    assert!(path.exists());
    let quit_text = |app: &mut hirewise::ui::tui::app::App<'_>| {
        app.act(Action::Quit);
        let text = screen_text(app, 100, 30);
        app.act(Action::No);
        text
    };
    run(&mut app, [Action::Back]);
    assert!(!quit_text(&mut app).contains("job posting has"));
    // Back to the last question and on again, past the review, with the
    // same answer.
    app.act(Action::Back);
    app.act(Action::Confirm);
    app.act(Action::Confirm);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    assert!(!quit_text(&mut app).contains("job posting has"));
    // Another company name changes the posting.
    answers.insert(
        "company_name".into(),
        hirewise_core::answers::Answer::Text("Purl & Loop".into()),
    );
    app.act(Action::Change);
    app.act(Action::Confirm);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing("Purl & Loop"));
    app.act(Action::Confirm);
    answer_all(&mut app, &answers);
    let text = quit_text(&mut app);
    assert!(text.contains("has changed since you saved it"), "{text}");
}

#[test]
fn the_posting_is_copied_through_the_terminal_and_the_footer_says_so() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 30);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    let effects = app.act(Action::Posting);
    assert_eq!(copied(&effects), None, "nothing until asked");
    let screen = screen_text(&app, 100, 30);
    assert!(
        screen.contains("C copy"),
        "the key is in the footer:\n{screen}"
    );
    let effects = app.act(Action::Copy);
    let copied = copied(&effects).expect("the posting to copy");
    assert!(
        copied.starts_with("# ") && copied.contains("Loop & Purl"),
        "{copied}"
    );
    assert_eq!(effects.len(), 1, "copied once: {effects:?}");
    let Screen::Posting(p) = app.screen() else {
        panic!("posting")
    };
    let (_, message) = p.message.clone().expect("a message");
    assert!(
        message.contains("Sent to the clipboard (Markdown)") && message.contains("press s to save"),
        "{message}"
    );
}

/// After a resize the posting screen shows the same line under the
/// cursor, not the same row number of a text wrapped anew.
#[test]
fn a_resize_keeps_the_place_in_the_posting() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 30);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    app.act(Action::Posting);
    run(&mut app, std::iter::repeat_n(Action::Down, 18));
    let Screen::Posting(p) = app.screen().clone() else {
        panic!("posting")
    };
    let (first, _) = p.shown.rows_of(p.cursor);
    let words: String = p.shown.rows[first]
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect::<String>()
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!words.is_empty());
    for (width, height) in [(70, 24), (200, 50)] {
        app.act(Action::Resize(width, height));
        let Screen::Posting(after) = app.screen() else {
            panic!("posting")
        };
        assert_eq!(after.cursor, p.cursor, "{width}: the same line");
        let screen = screen_text(&app, width, height);
        assert!(
            screen.contains(&words),
            "{width}: {words:?} not in view:\n{screen}"
        );
    }
}

/// A finished session resumed: the review comes first, an answer changed
/// from it brings the review back at that answer, and the answers changed
/// since the last run are marked.
#[test]
fn a_resumed_session_reviews_its_answers_and_marks_the_changed_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    {
        let first = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
        let mut app = app(&first, 100, 40);
        app.act(Action::Confirm);
        answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    }
    let mut w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    w.resume = true;
    let mut app = app(&w, 100, 40);
    let last = app.session().path().len();
    assert_eq!(
        app.screen(),
        &Screen::Review {
            cursor: last,
            from_result: false
        }
    );
    assert!(
        !screen_text(&app, 100, 40).contains('●'),
        "nothing changed yet"
    );
    // Open the second answer ("What is it, in a few words?") and change it.
    let at = 1;
    let id = tree[app.session().path()[at]].id.clone();
    run(&mut app, [Action::Top, Action::Down, Action::Confirm]);
    assert_eq!(question_id(&app), id);
    run(&mut app, typing(" and knitting classes"));
    app.act(Action::Confirm);
    assert_eq!(
        app.screen(),
        &Screen::Review {
            cursor: at,
            from_result: false
        }
    );
    let text = screen_text(&app, 100, 40);
    let marked: Vec<&str> = (text.lines())
        .filter(|l| l.contains('●') && !l.contains("changed since"))
        .collect();
    assert_eq!(marked.len(), 1, "{text}");
    assert!(
        marked[0].contains(&tree[app.session().path()[at]].prompt),
        "{text}"
    );
    assert!(text.contains("changed since you last ran it"), "{text}");
    // On to the advice from the last row, which starts with what the
    // change did.
    run(&mut app, [Action::Bottom, Action::Confirm]);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    let text = screen_text(&app, 100, 40);
    assert!(
        text.contains("What changed since you last ran it"),
        "{text}"
    );
    assert!(text.contains("1 answer changed:"), "{text}");
    assert!(
        text.contains("now: a shop for hand-dyed yarn and knitting kits and knitting classes"),
        "{text}"
    );
    assert!(text.contains("Verdict: "), "{text}");
}

/// A session finished and resumed with nothing changed gets the result
/// alone.
#[test]
fn a_resumed_session_left_as_it_was_has_no_comparison() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    {
        let first = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
        let mut app = app(&first, 100, 40);
        app.act(Action::Confirm);
        answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    }
    let mut w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    w.resume = true;
    let mut app = app(&w, 100, 40);
    app.act(Action::Confirm);
    assert!(matches!(app.screen(), Screen::Result { .. }));
    assert!(!screen_text(&app, 100, 40).contains("What changed since"));
}

/// `e` hands the posting to the founder's editor; a changed posting is
/// shown, linted again and saved with its kit, and a failed or empty edit
/// keeps the posting as it was.
#[test]
fn the_posting_is_edited_in_the_founders_editor_and_saved_with_its_kit() {
    use hirewise::ui::editor::Edited;
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 100, 30);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    app.act(Action::Posting);
    let effects = app.act(Action::EditPosting);
    let [Effect::Edit { text, extension }] = effects.as_slice() else {
        panic!("one edit asked for: {effects:?}")
    };
    assert_eq!(*extension, "md");
    assert!(
        text.starts_with("# Community and Social Media Manager at Loop & Purl"),
        "{text}"
    );

    app.act(Action::Edited(Edited::Failed(
        "`false` ended with code 1".into(),
    )));
    let shown = screen_text(&app, 100, 30);
    assert!(
        shown.contains("The posting is as it was: `false` ended with code 1."),
        "{shown}"
    );

    let mine = text.replace("Loop & Purl", "Loop and Purl, yarn rockstars");
    app.act(Action::Edited(Edited::Changed(mine.clone())));
    let shown = screen_text(&app, 100, 30);
    assert!(shown.contains("Loop and Purl, yarn rockstars"), "{shown}");
    assert!(
        shown.contains("Words to reconsider: \"rockstar\""),
        "{shown}"
    );

    let path = dir.path().join("posting.md");
    app.act(Action::Save);
    run(&mut app, [Action::Edit(Edit::ClearToStart)]);
    run(&mut app, typing(&path.display().to_string()));
    app.act(Action::Confirm);
    assert_eq!(std::fs::read_to_string(&path).expect("saved"), mine);
    let kit = std::fs::read_to_string(hirewise_core::posting::kit_path(&path)).expect("kit");
    assert!(kit.starts_with("# Hiring kit: "), "{kit}");

    // In another format the posting is the one written from the answers,
    // and the edit waits in Markdown.
    app.act(Action::Format);
    let shown = screen_text(&app, 100, 30);
    assert!(!shown.contains("yarn rockstars"), "{shown}");
    assert!(shown.contains("your edit is kept in Markdown"), "{shown}");
    // K copies the hiring kit, in the format shown.
    let effects = app.act(Action::CopyKit);
    let kit = copied(&effects).expect("the kit sent to the clipboard");
    assert!(kit.starts_with("HIRING KIT: "), "{kit}");
    assert!(!kit.contains("HOW TO APPLY"), "the kit alone: {kit}");
}
