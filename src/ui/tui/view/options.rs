//! The options of a choice question as a list: each label wrapped under
//! its pointer and tick box, scrolled to keep the highlighted one whole,
//! and one that is cut at the bottom of the list ends in "…".

use super::{clip, list_offset, wrap_hanging};
use crate::ui::tui::theme::Theme;
use hirewise_core::tree::Question;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The pointer before the highlighted option, and the space before others.
const POINTER: &str = "› ";
const NO_POINTER: &str = "  ";

/// The columns before an option's label: the pointer, and a tick box on
/// questions with several answers.
fn lead(multi: bool) -> usize {
    if multi { 6 } else { 2 }
}

/// Each option's label as rows `width` columns wide, with the room for the
/// pointer and tick box left blank on the first. The last column stays
/// free for the arrows that say the list scrolls.
pub fn rows(q: &Question, multi: bool, width: u16) -> Vec<Vec<String>> {
    let blank = " ".repeat(lead(multi));
    let room = width.saturating_sub(1).max(1);
    q.options
        .iter()
        .map(|o| wrap_hanging(&blank, &o.label, room))
        .collect()
}

/// The first option shown when `cursor` is highlighted in a list `height`
/// rows tall: as many before it as fit, as `list_offset` does for one-row
/// items.
fn first_shown(rows: &[Vec<String>], cursor: usize, height: usize) -> usize {
    if rows.iter().all(|r| r.len() == 1) {
        return list_offset(cursor, height);
    }
    let mut first = cursor.min(rows.len().saturating_sub(1));
    let mut used = rows.get(first).map_or(0, Vec::len);
    while first > 0 && used + rows[first - 1].len() <= height {
        first -= 1;
        used += rows[first].len();
    }
    first
}

/// Where each shown option sits: (option, first row, rows shown), the
/// option at the top first.
fn placed(rows: &[Vec<String>], cursor: usize, height: usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut y = 0;
    for (i, r) in rows
        .iter()
        .enumerate()
        .skip(first_shown(rows, cursor, height))
    {
        if y >= height {
            break;
        }
        let shown = r.len().min(height - y);
        out.push((i, y, shown));
        y += shown;
    }
    out
}

/// The list as drawn: `ticked` is `Some` on a question with several answers.
pub fn render(
    theme: Theme,
    q: &Question,
    cursor: usize,
    ticked: Option<&[bool]>,
    area: Rect,
    buf: &mut Buffer,
) {
    let rows = rows(q, ticked.is_some(), area.width);
    let height = usize::from(area.height);
    let room = usize::from(area.width.saturating_sub(1).max(1));
    let shown = placed(&rows, cursor, height);
    for &(i, y, n) in &shown {
        let pointer = if i == cursor { POINTER } else { NO_POINTER };
        let mark = match ticked {
            Some(t) if t.get(i).copied().unwrap_or(false) => "[x] ",
            Some(_) => "[ ] ",
            None => "",
        };
        let style = if i == cursor {
            theme.selected()
        } else {
            Style::new()
        };
        let lines = clip(rows[i].clone(), n, room);
        for (k, text) in lines.iter().enumerate() {
            let text = if k == 0 {
                let label: String = text.chars().skip(lead(ticked.is_some())).collect();
                format!("{pointer}{mark}{label}")
            } else {
                text.clone()
            };
            let row = Rect {
                y: area.y + u16::try_from(y + k).unwrap_or(u16::MAX),
                height: 1,
                ..area
            };
            Line::styled(text, style).render(row, buf);
        }
    }
    // Arrows at the right edge say there is more to scroll to.
    let x = area.right().saturating_sub(1);
    let first = shown.first().map_or(0, |s| s.0);
    if first > 0 {
        buf.set_span(x, area.y, &Span::styled("▲", theme.dim()), 1);
    }
    let more = shown
        .last()
        .is_some_and(|&(i, _, n)| i + 1 < rows.len() || n < rows[i].len());
    if more {
        buf.set_span(
            x,
            area.bottom().saturating_sub(1),
            &Span::styled("▼", theme.dim()),
            1,
        );
    }
}

/// How many options are in full view at once, for PageUp and PageDown.
pub fn page(q: &Question, multi: bool, cursor: usize, area: Rect) -> usize {
    let rows = rows(q, multi, area.width);
    placed(&rows, cursor, usize::from(area.height))
        .iter()
        .filter(|&&(i, _, n)| n == rows[i].len())
        .count()
        .max(1)
}

/// The option on row `row` of the list (0 at its top), if any.
pub fn at_row(q: &Question, multi: bool, cursor: usize, area: Rect, row: usize) -> Option<usize> {
    let rows = rows(q, multi, area.width);
    placed(&rows, cursor, usize::from(area.height))
        .into_iter()
        .find(|&(_, y, n)| (y..y + n).contains(&row))
        .map(|(i, ..)| i)
}
