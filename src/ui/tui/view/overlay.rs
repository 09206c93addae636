//! What is drawn over a screen: the help, the quit question, and the
//! message shown instead of everything when the window is too small.

use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::ui::tui::app::{App, Overlay};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

/// A box `w` x `h` in the middle of `area`, shrunk to fit.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn render(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    match app.overlay {
        Some(Overlay::Help) => help(app, area, buf),
        Some(Overlay::Quit) => quit(app, area, buf),
        None => {}
    }
}

fn boxed(
    app: &App<'_>,
    title: &str,
    lines: Vec<Line<'static>>,
    w: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme;
    let inner_w = w.saturating_sub(4).max(1);
    // Room for wrapped lines: count them the way Paragraph will.
    let rows: usize = lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(usize::from(inner_w)))
        .sum();
    let h = u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2);
    let r = centred(area, w, h);
    Clear.render(r, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.accent())
        .title(Line::styled(format!(" {title} "), t.accent()));
    let inner = block.inner(r).inner(ratatui::layout::Margin::new(1, 0));
    block.render(r, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

fn help(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let key = |k: &str, what: &str| {
        Line::from(vec![
            Span::styled(format!("{k:<14}"), t.accent()),
            Span::raw(what.to_string()),
        ])
    };
    let sections = vec![
        vec![
            key("↑ ↓  j k", "move; PgUp PgDn Home End jump"),
            key("Space", "tick or untick (several answers)"),
            key("Enter", "choose, answer, go on"),
            key("y  n", "answer a yes/no question"),
            key("Esc ← h", "back one question; answers are kept"),
            key("l", "show or hide the leaning panel"),
            key("? F1", "this help"),
            key("q  Ctrl-C", "quit (asks first)"),
        ],
        vec![
            Line::styled("In a text field", t.bold()),
            key("← → Home End", "move the cursor"),
            key("Backspace Del", "delete; Backspace on empty goes back"),
            key("Ctrl-U", "clear before the cursor"),
        ],
        vec![
            Line::styled("On the result", t.bold()),
            key("p  c", "job posting, change an answer"),
            key("f  s", "posting format, save the posting"),
        ],
        vec![Line::styled(
            "Answers are saved after every step: `hirewise --resume` continues.",
            t.dim(),
        )],
    ];
    // Whole sections, as many as the window has room for.
    let room = usize::from(area.height.saturating_sub(3));
    let mut lines: Vec<Line<'static>> = Vec::new();
    for s in sections {
        let gap = usize::from(!lines.is_empty());
        if lines.len() + gap + s.len() > room {
            break;
        }
        if gap == 1 {
            lines.push(Line::raw(""));
        }
        lines.extend(s);
    }
    lines.push(Line::styled("Esc closes this help", t.dim()));
    boxed(app, "Keys", lines, 70, area, buf);
}

fn quit(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut lines = Vec::new();
    let kept = if app.wizard.autosave.is_some() {
        "Your answers are saved: `hirewise --resume` continues from here."
    } else {
        "Your answers are not saved anywhere and will be lost."
    };
    lines.push(Line::raw(kept));
    let unsaved_posting = app.outcome.as_ref().is_some_and(|o| o.saved_to.is_none());
    if unsaved_posting {
        lines.push(Line::styled(
            "The job posting has not been saved to a file.",
            t.warn(),
        ));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("y", t.accent()),
        Span::raw(" quit    "),
        Span::styled("n", t.accent()),
        Span::raw(" stay"),
    ]));
    boxed(app, "Quit hirewise?", lines, 56, area, buf);
}

/// Instead of a layout that would not fit: what size is needed, and that
/// keys wait until then (only quitting works).
pub fn too_small(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let width = area.width;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut add = |text: &str, style| {
        lines.extend(
            super::wrap(text, width)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    };
    add("make the window larger", t.bold());
    add(
        &format!(
            "(needs {MIN_WIDTH}x{MIN_HEIGHT}, now {}x{})",
            area.width, area.height
        ),
        ratatui::style::Style::new(),
    );
    if app.overlay == Some(Overlay::Quit) {
        add("Quit? y/n", t.warn());
    } else {
        add("Keys wait until then; q quits", t.dim());
    }
    let lines = fit_rows(lines, area.height);
    let h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let r = Rect {
        y: area.y + area.height.saturating_sub(h) / 2,
        height: h.min(area.height),
        ..area
    };
    Paragraph::new(lines).centered().render(r, buf);
}

/// The first `rows` lines, the last one marked "…" when some are left out.
fn fit_rows(mut lines: Vec<Line<'static>>, rows: u16) -> Vec<Line<'static>> {
    let rows = usize::from(rows);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            *last = Line::raw("…");
        }
    }
    lines
}
