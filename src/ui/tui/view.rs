//! Drawing: `impl Widget for &App`. Everything here reads the app and
//! changes nothing. The layout functions are also what `update` asks to
//! turn a mouse click into an option or to know how far a page scrolls.

pub mod fit;
pub mod leaning;
pub mod options;
pub mod overlay;
pub mod posting;
pub mod question;
pub mod result;
pub mod review;
pub mod welcome;

use super::app::{App, Notice, Screen, Tone};
use super::theme::Theme;
use hirewise_core::text::clean_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub use fit::{clip, ellipsis, wrap, wrap_hanging};

/// Below this the layout does not fit; a message asks for more room.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Narrower than this, the leaning panel would squeeze the question.
pub const LEANING_MIN_WIDTH: u16 = 80;
const LEANING_WIDTH: u16 = 34;
/// Long lines are hard to read; reading screens keep to this width.
const READING_WIDTH: u16 = 96;

/// Whether a window `(width, height)` is too small for the screens.
pub fn too_small((width, height): (u16, u16)) -> bool {
    width < MIN_WIDTH || height < MIN_HEIGHT
}

/// The named areas of every screen.
pub struct Areas {
    pub header: Rect,
    pub body: Rect,
    /// Beside the body on question screens, when the leaning panel is on.
    pub side: Option<Rect>,
    pub status: Rect,
    pub footer: Rect,
}

/// The whole terminal as the app last saw it.
pub fn screen_rect(app: &App<'_>) -> Rect {
    Rect::new(0, 0, app.size.0, app.size.1)
}

pub fn areas(app: &App<'_>, area: Rect) -> Areas {
    // Question screens have a second header row for the progress gauge.
    let header_rows = if matches!(app.screen, Screen::Question { .. }) {
        2
    } else {
        1
    };
    let [header, _, body] = rows(area, [header_rows, 1, u16::MAX]);
    let body_rows = body.height.saturating_sub(2);
    let [body, status, footer] = rows(body, [body_rows, 1, 1]);
    let body = body.inner(ratatui::layout::Margin::new(2, 0));
    let wants_side = matches!(app.screen, Screen::Question { .. })
        && app.leaning_on()
        && area.width >= LEANING_MIN_WIDTH;
    let (body, side) = if wants_side {
        let main = body.width.saturating_sub(LEANING_WIDTH + 2);
        let side = Rect {
            x: body.x + main + 2,
            width: LEANING_WIDTH.min(body.width),
            ..body
        };
        (
            Rect {
                width: main,
                ..body
            },
            Some(side),
        )
    } else {
        (body, None)
    };
    let body = match app.screen {
        Screen::Result { .. } | Screen::Posting(_) | Screen::Welcome(_) => reading(body),
        _ => body,
    };
    Areas {
        header,
        body,
        side,
        status,
        footer,
    }
}

/// Rows of the given heights from the top of `area`, the last ones cut
/// short at its bottom. Every layout here is fixed heights, and plain
/// arithmetic costs nothing next to the constraint solver behind `Layout`
/// (whose cache is not among the ratatui features built).
pub fn rows<const N: usize>(area: Rect, heights: [u16; N]) -> [Rect; N] {
    let mut y = area.y;
    heights.map(|h| {
        let top = y.min(area.bottom());
        let height = h.min(area.bottom() - top);
        y = top + height;
        Rect {
            y: top,
            height,
            ..area
        }
    })
}

/// At most `READING_WIDTH` columns, centred.
fn reading(area: Rect) -> Rect {
    let w = area.width.min(READING_WIDTH);
    Rect {
        x: area.x + (area.width - w) / 2,
        width: w,
        ..area
    }
}

/// The width of the reading screens' text (result and posting) in the
/// window the app last saw; what their cached lines are wrapped to.
pub fn reading_width(app: &App<'_>) -> u16 {
    reading(screen_rect(app).inner(ratatui::layout::Margin::new(2, 0))).width
}

/// Text wrapped and styled into display lines for one width. Wrapping a
/// posting costs more than drawing the frame it sits in, so the lines are
/// made when the state changes (entering the screen, a format switch, a
/// resize) and kept there; a frame only slices them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wrapped {
    pub width: u16,
    pub lines: Vec<Line<'static>>,
}

/// Rows `scroll..` of `lines`, one a row, as far as `area` reaches.
pub fn render_window(lines: &[Line<'_>], scroll: u16, area: Rect, buf: &mut Buffer) {
    let rows = area.top()..area.bottom();
    for (line, y) in lines.iter().skip(scroll.into()).zip(rows) {
        line.render(
            Rect {
                y,
                height: 1,
                ..area
            },
            buf,
        );
    }
}

/// How many rows a page of reading text has.
pub fn page_height(app: &App<'_>) -> u16 {
    areas(app, screen_rect(app)).body.height.max(1)
}

/// The furthest the current screen's text can scroll.
pub fn scroll_limit(app: &App<'_>) -> u16 {
    let body = areas(app, screen_rect(app)).body;
    let lines = match &app.screen {
        Screen::Result { .. } => app.outcome.as_ref().map_or(0, |o| o.report.lines.len()),
        Screen::Posting(p) => p.shown.rows.len(),
        _ => 0,
    };
    u16::try_from(lines.saturating_sub(body.height.into())).unwrap_or(u16::MAX)
}

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if too_small((area.width, area.height)) {
            overlay::too_small(self, area, buf);
            return;
        }
        let a = areas(self, area);
        match &self.screen {
            Screen::Welcome(w) => welcome::render(self, w, &a, buf),
            Screen::Question { form, error } => {
                question::render(self, form, error.as_deref(), &a, buf);
            }
            Screen::Result { scroll } => result::render(self, *scroll, &a, buf),
            Screen::Review { cursor, .. } => review::render(self, *cursor, &a, buf),
            Screen::Posting(p) => posting::render(self, p, &a, buf),
        }
        if let Some(n) = &self.notice {
            render_notice(self.theme, n, a.status, buf);
        }
        overlay::render(self, area, buf);
    }
}

fn render_notice(theme: Theme, n: &Notice, area: Rect, buf: &mut Buffer) {
    let style = tone_style(theme, n.tone);
    let room = usize::from(area.width).saturating_sub(2);
    let text = ellipsis(&clean_line(&n.text), room);
    Paragraph::new(Line::styled(format!("  {text}"), style)).render(area, buf);
}

pub fn tone_style(theme: Theme, tone: Tone) -> Style {
    match tone {
        Tone::Info => theme.dim(),
        Tone::Good => theme.ok(),
        Tone::Bad => theme.error(),
    }
}

/// The header's first line: a title on the left, a note on the right.
pub fn render_title(theme: Theme, left: &str, right: &str, area: Rect, buf: &mut Buffer) {
    let [line] = rows(area, [1]);
    let line = line.inner(ratatui::layout::Margin::new(1, 0));
    let room = usize::from(line.width);
    // The note on the right gives way first, then the title is shortened.
    let right = clean_line(right);
    let right = if fit::width(&right) + 12 <= room {
        right
    } else {
        String::new()
    };
    let left_room = room.saturating_sub(fit::width(&right) + usize::from(!right.is_empty()));
    let left = ellipsis(&clean_line(left), left_room);
    Paragraph::new(Line::styled(left, theme.accent())).render(line, buf);
    Paragraph::new(Line::styled(right, theme.dim()))
        .right_aligned()
        .render(line, buf);
}

/// The footer: the keys that work on this screen. When they do not fit,
/// the spacing narrows and then keys before the last two (help and quit,
/// which must always show) are left out.
pub fn render_keys(theme: Theme, keys: &[(&str, &str)], area: Rect, buf: &mut Buffer) {
    let width = |keys: &[(&str, &str)], sep: &str| -> usize {
        keys.iter()
            .map(|(k, w)| fit::width(k) + 1 + fit::width(w))
            .sum::<usize>()
            + fit::width(sep) * keys.len().saturating_sub(1)
            + 1
    };
    let mut keys = keys.to_vec();
    let room = usize::from(area.width);
    let sep = if width(&keys, "  ·  ") <= room {
        "  ·  "
    } else {
        "   "
    };
    while width(&keys, sep) > room && keys.len() > 2 {
        keys.remove(keys.len() - 3);
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, what)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(sep, theme.dim()));
        }
        spans.push(Span::styled(*key, theme.accent()));
        spans.push(Span::raw(format!(" {what}")));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// A share as a bar of block characters, readable without colour.
pub fn bar(share: f64, width: usize) -> String {
    let filled = filled(share, width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// How many of a bar's `width` cells a share fills.
pub fn filled(share: f64, width: usize) -> usize {
    (share.clamp(0.0, 1.0) * width as f64).round() as usize
}

/// The row offset that keeps `cursor` on screen in a list `height` rows tall.
pub fn list_offset(cursor: usize, height: usize) -> usize {
    (cursor + 1).saturating_sub(height.max(1))
}
