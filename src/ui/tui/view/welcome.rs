//! The welcome screen: what the wizard does, how long it takes, the keys,
//! and whether to resume an unfinished session.

use super::{Areas, areas, clip, render_keys, render_title, screen_rect, wrap};
use crate::ui::tui::app::{App, Welcome};
use ratatui::buffer::Buffer;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// The screen's lines at `width`, fitted to `height` rows, and the row of
/// the first choice (for clicks).
fn content(app: &App<'_>, w: &Welcome, width: u16, height: u16) -> (Vec<Line<'static>>, usize) {
    let t = app.theme;
    let meta = &app.wizard.tree.meta;
    let styled = |lines: Vec<String>, style| -> Vec<Line<'static>> {
        lines.into_iter().map(|l| Line::styled(l, style)).collect()
    };
    let title = styled(wrap(&meta.title, width), t.accent());
    let intro_text = wrap(&meta.intro, width);
    let intro = styled(intro_text.clone(), ratatui::style::Style::new());
    let time = styled(
        wrap(
            if app.wizard.autosave.is_some() {
                "It takes about 5 minutes. Your answers are saved after every step, so you can stop and come back."
            } else {
                "It takes about 5 minutes. Your answers are not saved as you go."
            },
            width,
        ),
        t.dim(),
    );
    let keys = styled(
        wrap(
            "Keys: ↑↓ move · Space ticks · Enter chooses · Esc back · ? help · q quit",
            width,
        ),
        t.dim(),
    );
    let mut lead: Vec<Line<'static>> = Vec::new();
    if let Some(p) = &w.problem {
        lead.extend(styled(wrap(p, width), t.warn()));
    }
    if let Some(saved) = &w.saved {
        let n = saved.answers.len();
        let s = if n == 1 { "" } else { "s" };
        lead.extend(styled(
            wrap(
                &format!("You have an unfinished session ({n} answer{s} saved). Resume your last session?"),
                width,
            ),
            t.bold(),
        ));
    }
    let choices: Vec<Line<'static>> = w
        .choices()
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i == w.cursor {
                Line::styled(format!("› {c}"), t.selected())
            } else {
                Line::raw(format!("  {c}"))
            }
        })
        .collect();

    // Drop what the footer repeats, then the spacing, so the choices always show.
    let blank = || vec![Line::raw("")];
    let build = |spaced: bool, with_keys: bool, intro: &[Line<'static>]| {
        let gap = |v: &mut Vec<Line<'static>>| {
            if spaced {
                v.extend(blank());
            }
        };
        let mut v = title.clone();
        gap(&mut v);
        v.extend(intro.iter().cloned());
        gap(&mut v);
        v.extend(time.clone());
        if with_keys {
            gap(&mut v);
            v.extend(keys.clone());
        }
        v.extend(blank());
        if !lead.is_empty() {
            v.extend(lead.clone());
            gap(&mut v);
        }
        let first = v.len();
        v.extend(choices.clone());
        (v, first)
    };
    let fits = |(v, _): &(Vec<Line<'static>>, usize)| v.len() <= usize::from(height);
    if let Some(found) = [(true, true), (true, false)]
        .into_iter()
        .map(|(spaced, with_keys)| build(spaced, with_keys, &intro))
        .find(fits)
    {
        return found;
    }
    // Still too tall: the introduction gives way, ending in "…".
    let (v, _) = build(false, false, &intro);
    let over = v.len().saturating_sub(usize::from(height));
    let rows = intro_text.len().saturating_sub(over).max(1);
    let short = styled(
        clip(intro_text, rows, usize::from(width)),
        ratatui::style::Style::new(),
    );
    build(false, false, &short)
}

pub fn render(app: &App<'_>, w: &Welcome, a: &Areas, buf: &mut Buffer) {
    render_title(app.theme, " hirewise", "about 5 minutes ", a.header, buf);
    let (lines, _) = content(app, w, a.body.width, a.body.height);
    Paragraph::new(lines).render(a.body, buf);
    let start = if w.saved.is_some() { "choose" } else { "start" };
    render_keys(
        app.theme,
        &[
            ("↑↓", "move"),
            ("Enter", start),
            ("?", "help"),
            ("q", "quit"),
        ],
        a.footer,
        buf,
    );
}

/// The welcome choice at a clicked cell, if any.
pub fn choice_at(app: &App<'_>, column: u16, row: u16) -> Option<usize> {
    let crate::ui::tui::app::Screen::Welcome(w) = &app.screen else {
        return None;
    };
    let body = areas(app, screen_rect(app)).body;
    let (_, first) = content(app, w, body.width, body.height);
    let inside = column >= body.x && column < body.right() && row >= body.y;
    let i = usize::from(row.checked_sub(body.y)?).checked_sub(first)?;
    (inside && i < w.choices().len()).then_some(i)
}
