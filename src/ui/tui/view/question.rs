//! A question screen: section and progress, the prompt and its help, the
//! options or the text field, the highlighted option's help, and any
//! objection to the answer, right under it.

use super::{
    Areas, areas, clip, filled, fit, leaning, options, render_keys, render_title, screen_rect, wrap,
};
use crate::ui::tui::app::{App, Screen};
use crate::ui::tui::form::Form;
use crate::ui::tui::input::LineInput;
use hirewise_core::answers::format_number;
use hirewise_core::tree::{Kind, Question, QuestionId};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

/// Rows of each part of the screen, in order from the top.
struct Parts {
    prompt: Vec<String>,
    help: Vec<String>,
    list: Rect,
    error: Vec<String>,
    note: Vec<String>,
    rects: [Rect; 7],
}

/// Lines under the field or the list: the highlighted option's help, or
/// what a text or number field expects.
fn notes(q: &Question, form: &Form, width: u16) -> (Vec<String>, usize) {
    match form.cursor() {
        Some(c) => {
            // The tallest help sets the height, so moving does not make
            // the screen jump.
            let tallest = q
                .options
                .iter()
                .map(|o| wrap(&o.help, width).len())
                .max()
                .unwrap_or(0);
            let help = q
                .options
                .get(c)
                .map(|o| wrap(&o.help, width))
                .unwrap_or_default();
            (help, tallest)
        }
        None => {
            let mut hints = Vec::new();
            if !q.placeholder.is_empty() {
                hints.push(format!("For example: {}", q.placeholder));
            }
            if q.kind == Kind::Number {
                match (q.min, q.max) {
                    (Some(a), Some(b)) => {
                        hints.push(format!("From {} to {}", format_number(a), format_number(b)))
                    }
                    (Some(a), None) => hints.push(format!("At least {}", format_number(a))),
                    (None, Some(b)) => hints.push(format!("At most {}", format_number(b))),
                    _ => {}
                }
                if !q.unit.is_empty() {
                    hints.push(format!("In {}", q.unit));
                }
            }
            if !q.required {
                hints.push("Optional: you can leave it empty".into());
            }
            let lines = wrap(&hints.join(". "), width);
            let n = lines.len();
            (lines, n)
        }
    }
}

fn parts(q: &Question, form: &Form, error: Option<&str>, body: Rect) -> Parts {
    let w = body.width;
    let prompt = wrap(&q.prompt, w);
    let help = wrap(&q.help, w);
    let error = error.map(|e| wrap(e, w)).unwrap_or_default();
    let (note, note_rows) = notes(q, form, w);
    let list_rows = if form.cursor().is_some() {
        let multi = matches!(form, Form::Multi { .. });
        options::rows(q, multi, w).iter().map(Vec::len).sum()
    } else {
        3
    };
    // prompt, help, gap, list, error, gap, note
    let mut h = [
        prompt.len(),
        help.len(),
        1,
        list_rows,
        error.len(),
        1,
        note_rows,
    ];
    let fit = usize::from(body.height);
    // What gives way first when the screen is short: spacing and option
    // help, then the list (it scrolls), and the question's own help last.
    let steps: [(usize, usize); 10] = [
        (5, 0),
        (6, 1),
        (3, 6),
        (1, 1),
        (2, 0),
        (3, 3),
        (6, 0),
        (1, 0),
        (3, 1),
        (0, 1),
    ];
    for (part, floor) in steps {
        let total: usize = h.iter().sum();
        if total <= fit {
            break;
        }
        let cut = (total - fit).min(h[part].saturating_sub(floor));
        h[part] -= cut;
    }
    let rects = super::rows(body, h.map(|r| u16::try_from(r).unwrap_or(u16::MAX)));
    let room = usize::from(w);
    Parts {
        prompt: clip(prompt, h[0], room),
        help: clip(help, h[1], room),
        list: rects[3],
        error: clip(error, h[4], room),
        note: clip(note, h[6], room),
        rects,
    }
}

pub fn render(app: &App<'_>, form: &Form, error: Option<&str>, a: &Areas, buf: &mut Buffer) {
    let Some(q) = app.session.current() else {
        return;
    };
    let t = app.theme;
    let [title, gauge] = super::rows(a.header, [1, 1]);
    render_title(t, &q.section, "", title, buf);
    render_progress(app, gauge, buf);

    let earlier = app.session.earlier_on_screen();
    let later = app.session.later_on_screen_if(pending(q, form).as_ref());
    let (above, body, below) = fields_around(earlier.len(), later.len(), a.body);
    render_fields(app, &earlier, above, true, buf);
    let p = parts(q, form, error, body);
    // The fields still to fill follow the question's last line.
    let end = p.rects[6].bottom().max(p.rects[4].bottom());
    let below = Rect {
        y: end.saturating_add(1).min(below.y),
        ..below
    };
    render_fields(app, &later, below, false, buf);
    let lines = |v: &[String], style| -> Vec<Line<'static>> {
        v.iter().map(|l| Line::styled(l.clone(), style)).collect()
    };
    Paragraph::new(lines(&p.prompt, t.bold())).render(p.rects[0], buf);
    Paragraph::new(lines(&p.help, t.dim())).render(p.rects[1], buf);
    match form {
        Form::Pick { cursor } => options::render(t, q, *cursor, None, p.list, buf),
        Form::Multi { cursor, ticked } => options::render(t, q, *cursor, Some(ticked), p.list, buf),
        Form::Text(i) | Form::Number(i) => render_input(app, i, p.list, buf),
    }
    Paragraph::new(lines(&p.error, t.error())).render(p.rects[4], buf);
    Paragraph::new(lines(&p.note, t.dim())).render(p.rects[6], buf);
    if let Some(side) = a.side {
        leaning::render(app, side, buf);
    }
    render_keys(t, &footer(q, form), a.footer, buf);
}

/// The option under the cursor of a one-choice question, as the answer it
/// would be: the fields below follow it.
fn pending(
    q: &hirewise_core::tree::Question,
    form: &Form,
) -> Option<hirewise_core::answers::Answer> {
    match form {
        Form::Pick { cursor } => {
            (q.options.get(*cursor)).map(|o| hirewise_core::answers::Answer::Choice(o.id.clone()))
        }
        _ => None,
    }
}

/// Questions that share a screen (`screen` in the tree) are shown
/// together: the fields already filled above the current question, and
/// those still to fill below it. The areas above, for the question, and
/// below; a window too short for them all shows the question alone.
fn fields_around(earlier: usize, later: usize, body: Rect) -> (Rect, Rect, Rect) {
    let rows = |n: usize| if n == 0 { 0 } else { n + 1 };
    let (top, bottom) = (rows(earlier), rows(later));
    // The question itself keeps room for its prompt, a field and a note.
    if usize::from(body.height) < top + bottom + 8 {
        return (Rect { height: 0, ..body }, body, Rect { height: 0, ..body });
    }
    let to_u16 = |n: usize| u16::try_from(n).unwrap_or(0);
    let [above, middle, below] = super::rows(
        body,
        [
            to_u16(top),
            body.height - to_u16(top + bottom),
            to_u16(bottom),
        ],
    );
    // The gap sits between the fields and the question.
    let below = Rect {
        y: below.y + u16::from(bottom > 0),
        height: below.height.saturating_sub(1),
        ..below
    };
    (above, middle, below)
}

/// One line per field: its prompt and, once given, its answer.
fn render_fields(
    app: &App<'_>,
    fields: &[QuestionId],
    area: Rect,
    filled_in: bool,
    buf: &mut Buffer,
) {
    if area.height == 0 {
        return;
    }
    let t = app.theme;
    let answers = app.session.all_answers();
    let lines: Vec<Line<'static>> = fields
        .iter()
        .map(|&qi| {
            let q = &app.session.tree()[qi];
            let value = match answers.get(&q.id) {
                // A suggestion kept as offered is stored as no answer.
                Some(hirewise_core::answers::Answer::Skipped)
                    if filled_in && q.prefill.is_some() =>
                {
                    "(as suggested)".to_string()
                }
                Some(hirewise_core::answers::Answer::Skipped) if filled_in => {
                    "(left empty)".to_string()
                }
                Some(a) => hirewise_core::text::clean_line(&a.display(q)),
                None => String::new(),
            };
            let mark = if filled_in { "✓ " } else { "· " };
            Line::from(vec![
                Span::styled(
                    format!("{mark}{}", hirewise_core::text::clean_line(&q.prompt)),
                    t.dim(),
                ),
                Span::raw(if value.is_empty() {
                    String::new()
                } else {
                    format!(": {value}")
                }),
            ])
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// "question N of about M" beside a bar of how far along that is. The
/// label sits beside the bar, never on it, so neither hides the other;
/// its width is kept as the count's grows so the bar does not jump.
fn render_progress(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let progress = app.session.progress();
    let ratio =
        (progress.number.saturating_sub(1) as f64 / progress.total.max(1) as f64).clamp(0.0, 1.0);
    let label = format!("question {} of about {}", progress.number, progress.total);
    let most = progress.number.max(progress.total);
    let label_w = fit::width(&format!("question {most} of about {most}"));
    let row = area.inner(ratatui::layout::Margin::new(1, 0));
    let bar_w = usize::from(row.width).saturating_sub(label_w + 2);
    let mut spans = vec![Span::raw(fit::pad(&label, label_w))];
    if bar_w >= MIN_BAR {
        let filled = filled(ratio, bar_w);
        spans.push(Span::raw("  "));
        spans.push(Span::styled("█".repeat(filled), t.bar()));
        spans.push(Span::styled("░".repeat(bar_w - filled), t.dim()));
    }
    Paragraph::new(Line::from(spans)).render(row, buf);
}

/// Narrower than this, a progress bar says too little to be worth drawing.
const MIN_BAR: usize = 8;

fn footer(q: &Question, form: &Form) -> Vec<(&'static str, &'static str)> {
    match (q.kind, form) {
        (_, Form::Text(_) | Form::Number(_)) => vec![
            ("Enter", "confirm"),
            ("Esc", "back"),
            ("←→", "move"),
            ("F1", "help"),
            ("Ctrl-C", "quit"),
        ],
        (Kind::Confirm, _) => vec![
            ("y/n", "answer"),
            ("↑↓", "move"),
            ("Enter", "choose"),
            ("Esc", "back"),
            ("l", "leaning"),
            ("?", "help"),
            ("q", "quit"),
        ],
        (_, Form::Multi { .. }) => vec![
            ("↑↓", "move"),
            ("Space", "tick"),
            ("Enter", "confirm"),
            ("Esc", "back"),
            ("l", "leaning"),
            ("?", "help"),
            ("q", "quit"),
        ],
        _ => vec![
            ("↑↓", "move"),
            ("Enter", "choose"),
            ("Esc", "back"),
            ("l", "leaning"),
            ("?", "help"),
            ("q", "quit"),
        ],
    }
}

fn render_input(app: &App<'_>, input: &LineInput, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border());
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    // One column of padding inside the border, like the text around it.
    let inner = inner.inner(ratatui::layout::Margin::new(1, 0));
    if inner.width == 0 {
        return;
    }
    let (shown, col) = input.visible(usize::from(inner.width.saturating_sub(1)));
    Paragraph::new(Line::raw(shown)).render(inner, buf);
    let x = inner.x + u16::try_from(col).unwrap_or(0).min(inner.width - 1);
    buf[(x, inner.y)].set_style(t.cursor());
}

/// The current question's parts as laid out now.
fn current_parts<'a>(app: &'a App<'_>) -> Option<(Parts, &'a Question, &'a Form)> {
    let Screen::Question { form, error } = &app.screen else {
        return None;
    };
    let q = app.session.current()?;
    let (_, body, _) = fields_around(
        app.session.earlier_on_screen().len(),
        app.session
            .later_on_screen_if(pending(q, form).as_ref())
            .len(),
        areas(app, screen_rect(app)).body,
    );
    let p = parts(q, form, error.as_deref(), body);
    Some((p, q, form))
}

/// Options in full view at once, for PageUp and PageDown.
pub fn page_size(app: &App<'_>) -> usize {
    current_parts(app).map_or(1, |(p, q, form)| {
        let multi = matches!(form, Form::Multi { .. });
        options::page(q, multi, form.cursor().unwrap_or(0), p.list)
    })
}

/// The option at a clicked cell, if any.
pub fn option_at(app: &App<'_>, column: u16, row: u16) -> Option<usize> {
    let (p, q, form) = current_parts(app)?;
    let list = p.list;
    if column < list.x || column >= list.right() || row < list.y || row >= list.bottom() {
        return None;
    }
    let multi = matches!(form, Form::Multi { .. });
    let cursor = form.cursor()?;
    options::at_row(q, multi, cursor, list, usize::from(row - list.y))
}
