//! The result: the verdict as the headline, then why, what to watch out
//! for, what would change it and what to do next.

use super::{
    Areas, Wrapped, bar, fit, render_keys, render_title, render_window, wrap, wrap_hanging,
};
use crate::ui::tui::app::App;
use crate::ui::tui::outcome::Outcome;
use crate::ui::tui::theme::Theme;
use hirewise_core::outline::{Mark, Note, Outline, Share};
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// The whole result as lines `width` wide; the screen shows a window of it.
pub fn wrapped(outcome: &Outcome, t: Theme, width: u16) -> Wrapped {
    Wrapped {
        width,
        lines: lines(outcome, t, width),
    }
}

fn lines(outcome: &Outcome, t: Theme, width: u16) -> Vec<Line<'static>> {
    let rec = &outcome.done.rec;
    let mut out: Vec<Line<'static>> = Vec::new();
    let push = |out: &mut Vec<Line<'static>>, v: Vec<String>, style: Style| {
        out.extend(v.into_iter().map(|l| Line::styled(l, style)));
    };
    let heading = |out: &mut Vec<Line<'static>>, s: &str| {
        out.push(Line::raw(""));
        out.push(Line::styled(s.to_string(), t.accent()));
    };
    // A finished session resumed and changed: what that changed comes
    // first.
    if let Some(c) = &outcome.since {
        let lines = hirewise_core::compare::report(c, "you last ran it", usize::from(width));
        for (i, l) in lines.into_iter().enumerate() {
            let style = match l.get(..4) {
                _ if i == 0 => t.accent(),
                Some("  - ") => t.dim(),
                _ => Style::new(),
            };
            out.push(Line::styled(l, style));
        }
        out.push(Line::raw(""));
    }
    let o = Outline::new(rec, &outcome.done.wording, outcome.all, " (m shows them)");
    push(
        &mut out,
        wrap(&o.label, width),
        t.accent()
            .add_modifier(ratatui::style::Modifier::UNDERLINED),
    );
    push(
        &mut out,
        wrap(&format!("Confidence: {}", o.confidence), width),
        t.dim(),
    );
    if let Some(form) = &o.form {
        push(&mut out, wrap(form, width), Style::new());
    }
    out.push(Line::raw(""));
    push(&mut out, wrap(&o.summary, width), Style::new());
    if !o.shares.is_empty() {
        out.push(Line::raw(""));
        bars(&mut out, &o.shares, t, width);
    }
    for s in &o.sections {
        heading(&mut out, s.title);
        for item in &s.items {
            let (mark, style) = match item.mark {
                Mark::Bullet => ("• ", Style::new()),
                Mark::Warn => ("! ", t.warn()),
                Mark::Plain => ("", Style::new()),
            };
            push(&mut out, wrap_hanging(mark, &item.text, width), style);
            match &item.note {
                Some(Note::Instead(i)) => push(
                    &mut out,
                    wrap_hanging("  Instead: ", i, width),
                    Style::new(),
                ),
                Some(Note::Why(w)) => push(&mut out, wrap_hanging("  ", w, width), t.dim()),
                None => {}
            }
        }
        if let Some(left) = &s.left {
            push(&mut out, wrap_hanging("  ", left, width), t.dim());
        }
    }
    out
}

/// Each outcome's share as a bar, for a tree that weighs shares against
/// each other. Labels go beside their bars while that leaves the bars some
/// room; a label too long for that goes on a line of its own above its bar.
fn bars(out: &mut Vec<Line<'static>>, shares: &[Share], t: Theme, width: u16) {
    let label_w = (shares.iter())
        .map(|s| fit::width(&s.label))
        .max()
        .unwrap_or(0);
    let beside = usize::from(width) >= label_w + 7 + 10;
    let bar_w = if beside {
        usize::from(width) - label_w - 7
    } else {
        usize::from(width).saturating_sub(5)
    }
    .min(30);
    for s in shares {
        let mut spans = Vec::new();
        if beside {
            spans.push(Span::raw(format!("{}  ", fit::pad(&s.label, label_w))));
        } else {
            out.extend(wrap(&s.label, width).into_iter().map(Line::raw));
        }
        spans.push(Span::styled(bar(s.share, bar_w), t.bar()));
        spans.push(Span::raw(format!(" {:>3}%", s.percent)));
        out.push(Line::from(spans));
    }
}

pub fn render(app: &App<'_>, scroll: u16, a: &Areas, buf: &mut Buffer) {
    // The lines kept in the state, unless this frame is drawn at a width
    // no resize told the app about.
    let fresh;
    let all: &[Line<'static>] = match &app.outcome {
        Some(o) if o.report.width == a.body.width => &o.report.lines,
        Some(o) => {
            fresh = lines(o, app.theme, a.body.width);
            &fresh
        }
        None => &[],
    };
    let shown = usize::from(a.body.height);
    let at = where_in(usize::from(scroll), shown, all.len());
    render_title(app.theme, " Recommendation", &at, a.header, buf);
    render_window(all, scroll, a.body, buf);
    render_keys(
        app.theme,
        &[
            ("p", "job posting"),
            ("c", "your answers"),
            ("m", "more"),
            ("↑↓", "scroll"),
            ("Esc", "back"),
            ("?", "help"),
            ("q", "quit"),
        ],
        a.footer,
        buf,
    );
}

/// "lines 1–20 of 64", or nothing when it all fits.
pub fn where_in(scroll: usize, shown: usize, total: usize) -> String {
    if total <= shown {
        return String::new();
    }
    let last = (scroll + shown).min(total);
    format!("lines {}–{last} of {total} ", scroll + 1)
}
