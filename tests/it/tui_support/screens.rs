//! Every screen a founder can reach, for tests that look at all of them
//! at once: odd text in a tree must be safe and whole wherever it shows.

use super::{Act, actions_for, app, draw, run, typing};
use hirewise::ui::Wizard;
use hirewise::ui::tui::app::{App, Screen};
use hirewise::ui::tui::keys::Action;
use hirewise_core::answers::{Answer, Answers};
use hirewise_core::posting::Format;
use hirewise_core::tree::Kind;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// Walk the wizard from the welcome screen to the posting in every
/// format, answering from `answers` (typing `typed` into the first text
/// field first), and hand each screen's name and drawing to `f`: the
/// welcome and its help, every question (with its objection when left
/// empty, and the leaning panel on where it fits), the quit question, the
/// review of the answers, the result at its top and end, the review opened
/// from it, the posting in each
/// format and its save prompt.
pub fn each_screen(
    wizard: &Wizard<'_>,
    answers: &Answers,
    typed: &str,
    (w, h): (u16, u16),
    mut f: impl FnMut(&str, &Buffer),
) {
    let mut app = app(wizard, w, h);
    let mut show = |name: &str, app: &App<'_>| {
        let terminal = draw(app, w, h);
        f(name, terminal.backend().buffer());
    };
    show("welcome", &app);
    app.act(Action::Help);
    show("welcome, help", &app);
    app.act(Action::Back);
    app.act(Action::Confirm);
    app.act(Action::Leaning);
    show("first question, leaning panel on", &app);
    app.act(Action::Help);
    show("help", &app);
    app.act(Action::Back);
    let mut typed_once = false;
    for _ in 0..100 {
        let Some(q) = app.session().current() else {
            break;
        };
        let id = q.id.clone();
        let answer = answers.get(&id).cloned().unwrap_or(Answer::Skipped);
        if q.kind == Kind::Text && !typed_once {
            typed_once = true;
            if q.required {
                app.act(Action::Confirm);
                show(&format!("{id}, left empty"), &app);
            }
            run(&mut app, typing(typed));
            show(&format!("{id}, typed"), &app);
            app.act(Action::Confirm);
            continue;
        }
        // Each option highlighted in turn, so every label and help shows.
        let n = q.options.len();
        for i in 0..n {
            app.act(Action::Top);
            run(&mut app, std::iter::repeat_n(Action::Down, i));
            show(&format!("{id}, option {}", i + 1), &app);
        }
        if n == 0 {
            show(&id, &app);
        }
        let actions = actions_for(&app, &answer);
        run(&mut app, actions);
    }
    show("review", &app);
    app.act(Action::Quit);
    show("quit", &app);
    app.act(Action::No);
    app.act(Action::Confirm);
    show("result", &app);
    app.act(Action::Bottom);
    show("result, end", &app);
    app.act(Action::Change);
    show("change an answer", &app);
    app.act(Action::Back);
    app.act(Action::Posting);
    for _ in Format::ALL {
        let Screen::Posting(p) = app.screen() else {
            panic!("the posting screen");
        };
        let name = format!("posting, {}", p.format.name());
        show(&name, &app);
        app.act(Action::Bottom);
        show(&format!("{name}, end"), &app);
        app.act(Action::Format);
    }
    app.act(Action::Save);
    show("posting, save", &app);
}

/// The screen as lines of text, a wide character once (not with the
/// blank cell it covers).
pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let s = buf[(x, y)].symbol();
            out.push_str(s);
            x += u16::try_from(s.width().max(1)).unwrap_or(1);
        }
        out.push('\n');
    }
    out
}

/// Every row is exactly as wide as the screen: no cell holds a symbol of
/// no width, no wide character hangs over the right edge, and the cell
/// a wide character covers was left blank (nothing drawn over its half).
pub fn assert_whole_cells(name: &str, buf: &Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let s = buf[(x, y)].symbol();
            let width = s.width();
            let at = format!("{name}: cell ({x}, {y}) {s:?}");
            assert!((1..=2).contains(&width), "{at} is {width} columns wide");
            if width == 2 {
                assert!(x + 1 < area.right(), "{at} is cut by the right edge");
                let covered = buf[(x + 1, y)].symbol();
                assert_eq!(covered, " ", "{at} has its second half drawn over");
            }
            x += width as u16;
        }
        assert_eq!(x, area.right(), "{name}: row {y} is too wide");
    }
}
