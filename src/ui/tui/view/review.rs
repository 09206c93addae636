//! The review: every answer on the path, grouped by section, to look over
//! before the advice or to pick one to change. The last row goes on to
//! the advice.

use super::{Areas, areas, ellipsis, fit, list_offset, render_keys, render_title, screen_rect};
use crate::ui::tui::app::{App, Screen};
use hirewise_core::text::clean_line;
use ratatui::buffer::Buffer;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The last row's label: where Enter goes once the answers look right.
pub const ON_TO_ADVICE: &str = "See the advice →";

/// One row of the review.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    /// A section's name, above its answers; not a stop for the cursor.
    Section(String),
    /// The answer at this index into the path.
    Answer(usize),
    Gap,
    /// On to the advice.
    Done,
}

/// The rows in order. The cursor moves over the answers and the last row,
/// numbered 0 to the path's length.
fn rows(app: &App<'_>) -> Vec<Row> {
    let tree = app.session.tree();
    let mut out = Vec::new();
    let mut section: Option<&str> = None;
    for (i, &qi) in app.session.path().iter().enumerate() {
        let q = &tree[qi];
        if section != Some(q.section.as_str()) {
            if section.is_some() {
                out.push(Row::Gap);
            }
            out.push(Row::Section(q.section.clone()));
            section = Some(q.section.as_str());
        }
        out.push(Row::Answer(i));
    }
    out.push(Row::Gap);
    out.push(Row::Done);
    out
}

/// The row the cursor is on.
fn row_of(rows: &[Row], cursor: usize) -> usize {
    rows.iter()
        .position(|r| match r {
            Row::Answer(i) => *i == cursor,
            Row::Done => true,
            _ => false,
        })
        .unwrap_or(0)
}

/// "prompt   answer" for the answer at `i` on the path.
fn answer_text(app: &App<'_>, i: usize, width: u16) -> String {
    let tree = app.session.tree();
    let q = &tree[app.session.path()[i]];
    let shown = (app.session.all_answers().get(&q.id))
        .map(|a| a.display(q))
        .unwrap_or_default();
    let shown = match (shown.is_empty(), q.prefill.is_some()) {
        (false, _) => shown,
        // A suggestion kept as offered is stored as no answer.
        (true, true) => "(as suggested)".to_string(),
        (true, false) => "(skipped)".to_string(),
    };
    // Each column is shortened on its own, so a long answer is never lost
    // to a long prompt.
    let prompt_w = usize::from(width) * 3 / 5;
    let prompt = ellipsis(&clean_line(&q.prompt), prompt_w.saturating_sub(3));
    let room = usize::from(width).saturating_sub(4 + prompt_w);
    let answer = ellipsis(&clean_line(&shown), room);
    format!("{}{answer}", fit::pad(&prompt, prompt_w))
}

pub fn render(app: &App<'_>, cursor: usize, a: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    let changed = app.changed_answers();
    let note = if changed.is_empty() {
        "Enter on an answer changes it "
    } else {
        "● changed since you last ran it "
    };
    render_title(t, " Your answers", note, a.header, buf);
    let rows = rows(app);
    let height = usize::from(a.body.height);
    let offset = list_offset(row_of(&rows, cursor), height);
    let width = a.body.width;
    let lines: Vec<Line<'static>> = (rows.iter().enumerate())
        .skip(offset)
        .take(height)
        .map(|(_, r)| match r {
            Row::Section(name) => Line::styled(format!("  {}", clean_line(name)), t.bold()),
            Row::Gap => Line::raw(""),
            Row::Answer(i) => {
                let text = answer_text(app, *i, width);
                let id = &app.session.tree()[app.session.path()[*i]].id;
                let mark = if changed.contains(id) { "● " } else { "  " };
                if *i == cursor {
                    Line::styled(format!("› {mark}{text}"), t.selected())
                } else {
                    Line::from(vec![
                        Span::styled(format!("  {mark}"), t.bold()),
                        Span::raw(text),
                    ])
                }
            }
            // In line with the sections' names.
            Row::Done => {
                if cursor >= app.session.path().len() {
                    Line::styled(format!("› {ON_TO_ADVICE}"), t.selected())
                } else {
                    Line::styled(format!("  {ON_TO_ADVICE}"), t.bold())
                }
            }
        })
        .collect();
    Paragraph::new(lines).render(a.body, buf);
    let on_done = cursor >= app.session.path().len();
    let back = if matches!(
        app.screen,
        Screen::Review {
            from_result: true,
            ..
        }
    ) {
        "back to the advice"
    } else {
        "back to the last question"
    };
    render_keys(
        t,
        &[
            ("↑↓", "move"),
            (
                "Enter",
                if on_done {
                    "see the advice"
                } else {
                    "change this answer"
                },
            ),
            ("Esc", back),
            ("q", "quit"),
        ],
        a.footer,
        buf,
    );
}

/// The stop at a clicked row: an index into the path, or the path's
/// length for the last row.
pub fn stop_at(app: &App<'_>, column: u16, row: u16) -> Option<usize> {
    let Screen::Review { cursor, .. } = app.screen else {
        return None;
    };
    let body = areas(app, screen_rect(app)).body;
    if column < body.x || column >= body.right() || row < body.y || row >= body.bottom() {
        return None;
    }
    let rows = rows(app);
    let offset = list_offset(row_of(&rows, cursor), usize::from(body.height));
    match rows.get(offset + usize::from(row - body.y))? {
        Row::Answer(i) => Some(*i),
        Row::Done => Some(app.session.path().len()),
        _ => None,
    }
}
