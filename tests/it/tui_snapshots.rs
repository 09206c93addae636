//! Every screen of the full-screen wizard drawn into a TestBackend at
//! 80x24 and 120x40, compared with the snapshots in tests/it/snapshots/.

use crate::tui_support;

use hirewise::store::Autosave;
use hirewise::ui::tui::app::App;
use hirewise::ui::tui::keys::Action;
use tui_support::*;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Snapshot the app at both sizes, as a person resizing the window would.
fn snap(name: &str, app: &mut App<'_>) {
    for (w, h) in SIZES {
        app.act(Action::Resize(w, h));
        let terminal = draw(app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal.backend());
    }
}

/// A wizard at the question `id`, with the small-shop answers before it.
fn at_question<'a>(w: &'a hirewise::ui::Wizard<'a>, id: &str) -> App<'a> {
    let answers = example(w.tree, "small-shop-hybrid");
    let mut app = app(w, 80, 24);
    app.act(Action::Confirm);
    while app.session().current().is_some_and(|q| q.id != id) {
        let q = app.session().current().expect("question");
        let a = answers
            .get(&q.id)
            .cloned()
            .unwrap_or(hirewise_core::answers::Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    app
}

fn at_result<'a>(w: &'a hirewise::ui::Wizard<'a>) -> App<'a> {
    let mut app = app(w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(w.tree, "small-shop-hybrid"));
    app
}

#[test]
fn welcome() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    snap("welcome", &mut app(&w, 80, 24));
}

#[test]
fn welcome_with_a_saved_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut first = app(&w, 80, 24);
    first.act(Action::Confirm);
    run(&mut first, typing("Acme"));
    first.act(Action::Confirm);
    snap("welcome_resume", &mut app(&w, 80, 24));
}

#[test]
fn welcome_after_a_damaged_autosave() {
    let dir = tempfile::Builder::new()
        .prefix("hw")
        .tempdir_in("/tmp")
        .expect("temp dir");
    std::fs::write(Autosave::in_dir(dir.path()).path(), "not = [toml").expect("write");
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, Some(Autosave::in_dir(dir.path())));
    let mut app = app(&w, 80, 24);
    // The message names the temporary directory: put a name of the same
    // length in its place, so the wrapping is what the snapshot shows.
    let name = dir.path().display().to_string();
    let same_length = format!("{:_<1$}", "/tmp/STATE", name.len());
    for (w, h) in SIZES {
        app.act(Action::Resize(w, h));
        let terminal = draw(&app, w, h);
        let shown = terminal.backend().to_string().replace(&name, &same_length);
        insta::assert_snapshot!(format!("welcome_damaged_{w}x{h}"), shown);
    }
}

#[test]
fn single_choice_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "goal");
    app.act(Action::Down);
    snap("single", &mut app);
}

#[test]
fn multi_choice_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "work");
    run(
        &mut app,
        [
            Action::Toggle,
            Action::Down,
            Action::Down,
            Action::Toggle,
            Action::Down,
        ],
    );
    snap("multi", &mut app);
}

#[test]
fn multi_choice_question_with_nothing_ticked() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "platforms");
    app.act(Action::Confirm);
    snap("multi_error", &mut app);
}

#[test]
fn text_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("Loop & Purl"));
    snap("text", &mut app);
}

#[test]
fn text_question_left_empty() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    run(&mut app, [Action::Confirm, Action::Confirm]);
    snap("text_error", &mut app);
}

#[test]
fn optional_text_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    snap("text_optional", &mut at_question(&w, "pay_max"));
}

#[test]
fn number_question_with_an_error() {
    let (tree, roles) = (small_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("900"));
    app.act(Action::Confirm);
    snap("number", &mut app);
}

#[test]
fn confirm_question() {
    let (tree, roles) = (small_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    run(&mut app, typing("12"));
    app.act(Action::Confirm);
    snap("confirm", &mut app);
}

#[test]
fn leaning_panel_toggled() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "budget");
    // On by default only when wide; `l` flips whatever is shown.
    app.act(Action::Resize(120, 40));
    app.act(Action::Leaning);
    snap("leaning_off", &mut app);
    app.act(Action::Leaning);
    snap("leaning_on", &mut app);
}

#[test]
fn help_overlay() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "goal");
    app.act(Action::Help);
    snap("help", &mut app);
}

#[test]
fn quit_overlay() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "goal");
    app.act(Action::Quit);
    snap("quit", &mut app);
}

#[test]
fn result() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    snap("result", &mut at_result(&w));
}

#[test]
fn result_scrolled_to_the_end() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    for (w, h) in SIZES {
        app.act(Action::Resize(w, h));
        app.act(Action::Bottom);
        let terminal = draw(&app, w, h);
        insta::assert_snapshot!(format!("result_end_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn the_answers_are_reviewed_before_the_advice() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "closes");
    app.act(Action::Confirm);
    snap("review", &mut app);
}

#[test]
fn change_an_answer() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    run(&mut app, [Action::Change, Action::Down, Action::Down]);
    snap("change", &mut app);
}

#[test]
fn posting() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    app.act(Action::Posting);
    snap("posting", &mut app);
    app.act(Action::Format);
    snap("posting_next_format", &mut app);
}

#[test]
fn posting_save_prompt() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    run(&mut app, [Action::Posting, Action::PageDown, Action::Save]);
    snap("posting_save", &mut app);
}

#[test]
fn window_too_small() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_question(&w, "goal");
    for (w, h) in [(59, 24), (80, 15), (30, 8)] {
        app.act(Action::Resize(w, h));
        let terminal = draw(&app, w, h);
        insta::assert_snapshot!(format!("too_small_{w}x{h}"), terminal.backend());
    }
}

#[test]
fn words_to_reconsider() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    answer_all(&mut app, &ninja_answers(&tree));
    for (w, h) in SIZES {
        app.act(Action::Resize(w, h));
        app.act(Action::Top);
        // Scroll as a reader would, until the section heads the page or
        // the page goes no further.
        let mut shown = screen_text(&app, w, h);
        while !shown.lines().nth(2).is_some_and(|l| l.contains("Wording")) {
            app.act(Action::Down);
            let next = screen_text(&app, w, h);
            if next == shown {
                break;
            }
            shown = next;
        }
        assert!(shown.contains("Wording to reconsider"), "{shown}");
        let terminal = draw(&app, w, h);
        insta::assert_snapshot!(format!("wording_result_{w}x{h}"), terminal.backend());
    }
    app.act(Action::Posting);
    snap("wording_posting", &mut app);
}

#[test]
fn long_options_beside_the_leaning_panel() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    // Wrapped under their pointer.
    let mut app = at_question(&w, "persona");
    app.act(Action::Leaning);
    run(&mut app, [Action::Down, Action::Down, Action::Down]);
    snap("long_options", &mut app);
    // Cut at the foot of a list that scrolls: "…" and the arrow.
    let mut app = at_question(&w, "work");
    app.act(Action::Leaning);
    snap("long_options_scrolling", &mut app);
}

/// The text of a question screen's left part (up to the leaning panel's
/// border), as one line with single spaces.
fn left_text(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.split(['│', '╭', '╰']).next().unwrap_or(""))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_highlighted_option_is_shown_whole_beside_the_leaning_panel() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let answers = example(&tree, "small-shop-hybrid");
    let mut app = app(&w, 80, 24);
    app.act(Action::Confirm);
    app.act(Action::Leaning);
    assert!(app.leaning_on());
    // Bounded: a refused answer must fail the test, not loop for ever.
    for _ in 0..tree.questions.len() {
        let Some(q) = app.session().current() else {
            break;
        };
        for (i, o) in q.options.iter().enumerate() {
            run(&mut app, [Action::Top]);
            run(&mut app, std::iter::repeat_n(Action::Down, i));
            let shown = left_text(&screen_text(&app, 80, 24));
            let label: Vec<&str> = o.label.split_whitespace().collect();
            assert!(
                shown.contains(&format!("› {}", label.join(" ")))
                    || shown.contains(&format!("] {}", label.join(" "))),
                "{}: {:?} is not whole in\n{}",
                q.id,
                o.label,
                screen_text(&app, 80, 24)
            );
        }
        let a = answers
            .get(&q.id)
            .cloned()
            .unwrap_or(hirewise_core::answers::Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    assert!(
        app.session().current().is_none(),
        "every question was answered"
    );
}

#[test]
fn the_progress_label_never_covers_the_bar() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let answers = example(&tree, "small-shop-hybrid");
    for (width, height) in [(60, 16), (80, 24), (120, 40)] {
        let mut app = app(&w, width, height);
        app.act(Action::Confirm);
        let mut last_filled = 0;
        for _ in 0..tree.questions.len() {
            let Some(q) = app.session().current() else {
                break;
            };
            let progress = app.session().progress();
            let screen = screen_text(&app, width, height);
            let row = screen.lines().nth(1).expect("the progress row");
            let label = format!("question {} of about {}", progress.number, progress.total);
            assert!(
                row.contains(&label),
                "{width}: {label:?} not whole in {row:?}"
            );
            // Every cell of the bar shows: how much of it is filled is
            // how far along the questions are, at every step.
            let filled = row.matches('█').count();
            let cells = filled + row.matches('░').count();
            let ratio = (progress.number - 1) as f64 / progress.total as f64;
            assert!(cells >= 20, "{width}: a bar of {cells} cells in {row:?}");
            assert_eq!(
                filled,
                (ratio * cells as f64).round() as usize,
                "{width}: {row:?}"
            );
            assert!(filled >= last_filled, "{width}: the bar went back: {row:?}");
            last_filled = filled;
            let a = answers
                .get(&q.id)
                .cloned()
                .unwrap_or(hirewise_core::answers::Answer::Skipped);
            let actions = actions_for(&app, &a);
            run(&mut app, actions);
        }
        assert!(
            app.session().current().is_none(),
            "every question was answered"
        );
    }
}

/// The leaning panel's rows (right of the question), as one string.
fn panel_text(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| l.split_once(['│', '╭', '╰']).map(|(_, r)| r))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The panel weighs the boxes ticked so far, and a question reopened from
/// the answers still counts every answer after it.
/// Answers the current question from `answers` for as long as `more` holds.
fn answer_while(
    app: &mut App<'_>,
    answers: &hirewise_core::answers::Answers,
    more: impl Fn(&App<'_>) -> bool,
) {
    while more(app) {
        let q = app.session().current().expect("a question");
        let a = answers
            .get(&q.id)
            .cloned()
            .unwrap_or(hirewise_core::answers::Answer::Skipped);
        let actions = actions_for(app, &a);
        run(app, actions);
    }
}

#[test]
fn the_leaning_panel_moves_with_ticked_boxes_and_on_a_reopened_question() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 40);
    app.act(Action::Confirm);
    answer_all(&mut app, &example(&tree, "small-shop-hybrid"));
    app.act(Action::Change);
    app.act(Action::Confirm);
    assert!(
        app.session().path().is_empty(),
        "the first question, reopened"
    );
    let panel = panel_text(&screen_text(&app, 120, 40));
    assert!(!panel.contains("Too early"), "{panel}");
    assert!(panel.contains("enough") || panel.contains('/'), "{panel}");

    // Ticking a box on a multi-pick question moves the needs at once.
    let fresh = wizard(&tree, &roles, None);
    let mut app = tui_support::app(&fresh, 120, 40);
    app.act(Action::Confirm);
    let answers = example(&tree, "small-shop-hybrid");
    answer_while(&mut app, &answers, |app| {
        app.session()
            .current()
            .is_some_and(|q| q.kind != hirewise_core::tree::Kind::Multi)
    });
    let before = panel_text(&screen_text(&app, 120, 40));
    let q = app
        .session()
        .current()
        .expect("a multi-pick question")
        .clone();
    let mut moved = false;
    for i in 0..q.options.len() {
        run(&mut app, [Action::Top]);
        run(&mut app, std::iter::repeat_n(Action::Down, i));
        app.act(Action::Toggle);
        if panel_text(&screen_text(&app, 120, 40)) != before {
            moved = true;
            break;
        }
        app.act(Action::Toggle);
    }
    assert!(moved, "ticking an option of `{}` moved the panel", q.id);
}

#[test]
fn the_leaning_panel_waits_for_enough_evidence_before_the_needs() {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = app(&w, 120, 40);
    app.act(Action::Confirm);
    run(&mut app, typing("Acme"));
    app.act(Action::Confirm);
    run(&mut app, typing("dental software"));
    app.act(Action::Confirm);
    // "Developers or other specialists": two points toward community, and
    // nothing else yet.
    run(&mut app, [Action::Down, Action::Down, Action::Confirm]);
    assert_eq!(question_id(&app), "called");
    assert!(app.session().scores().evidence < tree.decision.min_evidence);
    let panel = panel_text(&screen_text(&app, 120, 40));
    // Too early for a leaning, but not for the first sign, which is listed.
    assert!(panel.contains("Too early for a leaning"), "{panel}");
    assert!(panel.contains("• Developers or other"), "{panel}");
    assert!(!panel.contains("Nothing points either way"), "{panel}");
    assert!(!panel.contains('%') && !panel.contains('█'), "{panel}");
    insta::assert_snapshot!("leaning_too_early", screen_text(&app, 120, 40));

    // Once the answers weigh enough, the shares show.
    let answers = example(&tree, "small-shop-hybrid");
    answer_while(&mut app, &answers, |app| {
        app.session().scores().evidence < tree.decision.min_evidence
    });
    let panel = panel_text(&screen_text(&app, 120, 40));
    assert!(!panel.contains("Too early"), "{panel}");
    // Each need against its own threshold, not shares of a total.
    let scores = app.session().scores();
    for (o, points) in tree.outcomes.iter().zip(&scores.points) {
        let need = o.need.expect("the built-in outcomes have a need");
        let shown = if *points >= need {
            " enough ".to_string()
        } else {
            format!("{points}/{need} ")
        };
        assert!(panel.contains(&shown), "{shown:?} in\n{panel}");
    }
    assert!(!panel.contains('%'), "{panel}");
}

#[test]
fn the_posting_screen_marks_where_the_hiring_kit_begins() {
    use hirewise::ui::tui::app::Screen;
    use hirewise::ui::tui::view::posting::KIT_DIVIDER;
    use hirewise_core::posting::Format;
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    app.act(Action::Posting);
    let Screen::Posting(p) = app.screen() else {
        panic!("the posting screen");
    };
    let text: Vec<String> = p.shown.rows.iter().map(ToString::to_string).collect();
    let at = text
        .iter()
        .position(|l| l.contains(KIT_DIVIDER))
        .expect("a divider before the kit");
    assert!(!text[..at].iter().any(|l| l.starts_with("Hiring kit")));
    assert!(text[at + 2].starts_with("Hiring kit"), "{:?}", &text[at..]);
    let total = text.len();
    let header = screen_text(&app, 80, 24);
    let header = header.lines().next().unwrap_or_default();
    assert!(
        header.contains("Job posting and hiring kit · saves as Markdown"),
        "{header}"
    );
    assert!(header.contains(&format!("of {total}")), "{header}");
    // Paged down to the divider, as a reader reaching the kit sees it.
    while !screen_text(&app, 80, 24).contains(KIT_DIVIDER) {
        app.act(Action::PageDown);
    }
    insta::assert_snapshot!("posting_kit_divider_80x24", screen_text(&app, 80, 24));
    // The format is what a save writes; the screen shows the posting itself.
    while !matches!(app.screen(), Screen::Posting(p) if p.format == Format::Json) {
        app.act(Action::Format);
    }
    let shown = screen_text(&app, 80, 24);
    assert!(
        shown.starts_with("  Job posting and hiring kit · saves as JSON"),
        "{shown}"
    );
}

#[test]
fn the_why_key_shows_the_answers_a_line_comes_from() {
    use hirewise::ui::tui::app::Screen;
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at_result(&w);
    app.act(Action::Posting);
    // Down to the first line of "The role", which names the places.
    let line_of = |app: &hirewise::ui::tui::app::App<'_>, needle: &str| -> Option<usize> {
        let Screen::Posting(p) = app.screen() else {
            return None;
        };
        p.shown.lines.iter().position(|l| {
            let rows: Vec<String> = p.shown.rows[l.rows.clone()]
                .iter()
                .map(ToString::to_string)
                .collect();
            rows.join(" ").contains(needle)
        })
    };
    let target = line_of(&app, "You will look after both sides").expect("the role's first line");
    run(&mut app, std::iter::repeat_n(Action::Down, target));
    app.act(Action::Why);
    let screen = screen_text(&app, 100, 30);
    assert!(screen.contains("This line comes from"), "{screen}");
    assert!(
        screen.contains("Which public places matter for you?"),
        "the networks' question: {screen}"
    );
    assert!(
        screen.contains("Where do (or will) they meet each other?"),
        "the community's places: {screen}"
    );
    insta::assert_snapshot!("posting_why_100x30", screen);
    app.act(Action::Back);
    assert!(!screen_text(&app, 100, 30).contains("This line comes from"));
    assert!(
        matches!(app.screen(), Screen::Posting(_)),
        "Esc closes the box first"
    );
}
