//! How long one frame of each wizard screen takes to draw into a 120x40
//! TestBackend: the cost of every key press and resize, terminal aside;
//! and what a resize adds on the screens that wrap their text then.

// A benchmark that cannot set up fails loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../tests/it/tui_support/mod.rs"]
mod tui_support;

use hirewise::ui::Wizard;
use hirewise::ui::tui::app::App;
use hirewise::ui::tui::keys::Action;
use hirewise_core::answers::Answer;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::*;

const SCREENS: [&str; 10] = [
    "welcome",
    "single",
    "multi",
    "text",
    "leaning",
    "help",
    "result",
    "change",
    "posting",
    "too_small",
];

fn main() {
    divan::main();
}

/// The app showing `screen`, reached by the actions a person would take.
fn at<'a>(w: &'a Wizard<'a>, screen: &str) -> App<'a> {
    let answers = example(w.tree, "small-shop-hybrid");
    let mut app = app(w, 120, 40);
    if screen == "welcome" {
        return app;
    }
    app.act(Action::Confirm);
    let stop = match screen {
        "text" => Some("company_name"),
        "single" | "help" | "too_small" => Some("goal"),
        "multi" => Some("work"),
        "leaning" => Some("budget"),
        _ => None,
    };
    while let Some(q) = app.session().current() {
        if Some(q.id.as_str()) == stop {
            break;
        }
        let a = answers.get(&q.id).cloned().unwrap_or(Answer::Skipped);
        let actions = actions_for(&app, &a);
        run(&mut app, actions);
    }
    let last = match screen {
        "help" => Some(Action::Help),
        "change" => Some(Action::Change),
        "posting" => Some(Action::Posting),
        _ => None,
    };
    if let Some(last) = last {
        app.act(last);
    }
    app
}

#[divan::bench(args = SCREENS)]
fn draw_120x40(bencher: divan::Bencher, screen: &str) {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at(&w, screen);
    // The too-small message is drawn in a window below the minimum size.
    let (cols, rows) = if screen == "too_small" {
        (50, 12)
    } else {
        (120, 40)
    };
    app.act(Action::Resize(cols, rows));
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).expect("test terminal");
    bencher.bench_local(|| {
        terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("draw");
    });
}

/// What a resize costs on the reading screens, which lay their text out
/// again then so that frames only slice it. The width alternates so that
/// every call wraps anew.
#[divan::bench(args = ["result", "posting"])]
fn resize_rewrap(bencher: divan::Bencher, screen: &str) {
    let (tree, roles) = (default_tree(), roles());
    let w = wizard(&tree, &roles, None);
    let mut app = at(&w, screen);
    let mut wide = false;
    bencher.bench_local(|| {
        wide = !wide;
        // A resize asks for nothing: the update alone is measured.
        app.update(Action::Resize(if wide { 120 } else { 90 }, 40))
    });
}
