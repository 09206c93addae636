//! What is drawn over a screen: the help, the quit question, and the
//! message shown instead of everything when the window is too small.

use super::{MIN_HEIGHT, MIN_WIDTH};
use crate::ui::tui::app::{App, Overlay};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

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
        Some(Overlay::Roles) => roles(app, area, buf),
        None => {}
    }
}

/// The columns inside a box `w` wide drawn in `area`: the border and a
/// column of padding on each side.
fn inner_width(area: Rect, w: u16) -> u16 {
    w.min(area.width).saturating_sub(4).max(1)
}

/// A box of `lines` (already fitted to `inner_width`), in the middle of `area`.
fn boxed(
    app: &App<'_>,
    title: &str,
    lines: Vec<Line<'static>>,
    w: u16,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme;
    let lines = fit_rows(lines, area.height.saturating_sub(2));
    let h = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let r = centred(area, w, h);
    Clear.render(r, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.accent())
        .title(Line::styled(format!(" {title} "), t.accent()));
    let inner = block.inner(r).inner(ratatui::layout::Margin::new(1, 0));
    block.render(r, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// `text` wrapped to `width` as lines in `style`.
fn wrapped(text: &str, width: u16, style: Style) -> Vec<Line<'static>> {
    super::wrap(text, width)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// The roles side by side: for each aspect, what it is for each role.
fn roles(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let width = inner_width(area, 76);
    let tree = app.wizard.tree;
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, row) in tree.compare.iter().enumerate() {
        if i > 0 {
            lines.push(Line::raw(""));
        }
        lines.extend(wrapped(
            &hirewise_core::text::clean_line(&row.aspect),
            width,
            t.bold(),
        ));
        for (o, text) in &row.says {
            let label = tree.outcome(*o).map_or("", |x| x.label.as_str());
            let said = format!(
                "{}: {}",
                hirewise_core::text::clean_line(label),
                hirewise_core::text::clean_line(text)
            );
            lines.extend(
                super::wrap_hanging("  ", &said, width)
                    .into_iter()
                    .map(Line::raw),
            );
        }
    }
    lines.push(Line::raw(""));
    lines.extend(wrapped("Esc or Enter closes this.", width, t.dim()));
    boxed(app, "The two roles side by side", lines, 80, area, buf);
}

/// The column of key names in the help.
const KEY_COLUMN: u16 = 14;

fn help(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let width = inner_width(area, 70);
    // A key and what it does; the words wrap under themselves, not under
    // the key, and a key column wider than the box goes on its own line.
    let key = |k: &str, what: &str| -> Vec<Line<'static>> {
        let room = width.saturating_sub(KEY_COLUMN);
        if room < 12 {
            let mut v = wrapped(k, width, t.accent());
            v.extend(wrapped(what, width, Style::new()));
            return v;
        }
        super::wrap_hanging(&" ".repeat(KEY_COLUMN.into()), what, width)
            .into_iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    let rest: String = l.chars().skip(KEY_COLUMN.into()).collect();
                    Line::from(vec![
                        Span::styled(format!("{k:<14}"), t.accent()),
                        Span::raw(rest),
                    ])
                } else {
                    Line::raw(l)
                }
            })
            .collect()
    };
    let section = |title: Option<&str>, keys: &[(&str, &str)]| -> Vec<Line<'static>> {
        let mut v = title.map_or_else(Vec::new, |s| wrapped(s, width, t.bold()));
        for (k, what) in keys {
            v.extend(key(k, what));
        }
        v
    };
    // On a question, its own help comes first: the keys say how to
    // answer, this says what the question means.
    let question = match (&app.screen, app.session.current()) {
        (crate::ui::tui::app::Screen::Question { .. }, Some(q)) if !q.help.trim().is_empty() => {
            let mut v = wrapped(&hirewise_core::text::clean_line(&q.prompt), width, t.bold());
            v.extend(wrapped(
                &hirewise_core::text::clean_line(&q.help),
                width,
                Style::new(),
            ));
            Some(v)
        }
        _ => None,
    };
    let sections = question.into_iter().chain([
        section(
            None,
            &[
                ("↑ ↓  j k", "move; PgUp PgDn Home End jump"),
                ("Space", "tick or untick (several answers)"),
                ("Enter", "choose, answer, go on"),
                ("y  n", "answer a yes/no question"),
                ("Esc ← h", "back one question; answers are kept"),
                ("l", "show or hide the leaning panel"),
                ("r  F2", "the two roles side by side"),
                ("? F1", "this help"),
                ("q  Ctrl-C", "quit (asks first)"),
            ],
        ),
        section(
            Some("In a text field"),
            &[
                ("← → Home End", "move the cursor"),
                ("Backspace Del", "delete; Backspace on empty goes back"),
                ("Ctrl-U", "clear before the cursor"),
            ],
        ),
        section(
            Some("On the result and the posting"),
            &[
                (
                    "p  c",
                    "job posting, your answers (Enter on one changes it)",
                ),
                (
                    "m",
                    "every reason, and everything that would change the advice",
                ),
                ("f  s", "posting format, save the posting"),
                ("w", "which answers the line under the cursor comes from"),
                (
                    "C  K",
                    "copy the posting, or the hiring kit, to the clipboard (OSC 52)",
                ),
                (
                    "e",
                    "edit the posting in your editor ($VISUAL, $EDITOR or vi)",
                ),
            ],
        ),
        wrapped(
            if app.unsaved.is_none() && app.wizard.autosave.is_some() {
                "Answers are saved after every step: `hirewise --resume` continues."
            } else {
                "Answers are not being saved: see the quit question for how to keep them."
            },
            width,
            t.dim(),
        ),
    ]);
    // Whole sections, as many as the window has room for.
    let close = wrapped("Esc closes this help", width, t.dim());
    let room = usize::from(area.height.saturating_sub(2)).saturating_sub(close.len());
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
    lines.extend(close);
    boxed(app, "Help", lines, 70, area, buf);
}

fn quit(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let width = inner_width(area, 56);
    let keep = match &app.wizard.save_answers {
        Some(p) => format!(
            "To keep them, go on to the result, which writes them to {}.",
            p.display()
        ),
        None => "To keep them, go on to the result and save the posting; next time, --save-answers FILE also writes them to a file.".into(),
    };
    let kept = match (&app.unsaved, &app.wizard.autosave) {
        (Some(why), _) => format!("Your answers are not saved: {why}. {keep}"),
        (None, Some(_)) => {
            "Your answers are saved: `hirewise --resume` continues from here.".into()
        }
        (None, None) => format!("Your answers are not saved anywhere and will be lost. {keep}"),
    };
    let mut lines = wrapped(&kept, width, Style::new());
    let unsaved = match &app.outcome {
        Some(o) if o.saved_to.is_none() => Some(match &o.saved_before {
            Some(p) => format!(
                "The job posting has changed since you saved it to {}; save it again to keep the changes.",
                p.display()
            ),
            None => "The job posting has not been saved to a file.".to_string(),
        }),
        _ => None,
    };
    if let Some(unsaved) = unsaved {
        lines.extend(wrapped(&unsaved, width, t.warn()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled("y", t.accent()),
        Span::raw(" or "),
        Span::styled("q", t.accent()),
        Span::raw(" quit    "),
        Span::styled("n", t.accent()),
        Span::raw(" stay"),
    ]));
    boxed(app, "Quit hirewise?", lines, 56, area, buf);
}

/// Instead of a layout that would not fit: what size is needed, and that
/// no key but Ctrl-C does anything until then.
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
        add("Quit? Ctrl-C again quits", t.warn());
    } else {
        // Keys pressed now are dropped, not kept for later: say so.
        add("Ctrl-C quits; other keys do nothing until then", t.dim());
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
