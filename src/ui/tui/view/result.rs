//! The result: the verdict as the headline, then why, what to watch out
//! for, what would change it and what to do next.

use super::{
    Areas, Wrapped, bar, fit, render_keys, render_title, render_window, wrap, wrap_hanging,
};
use crate::ui::tui::app::App;
use crate::ui::tui::outcome::Outcome;
use crate::ui::tui::theme::Theme;
use hirewise_core::text::clean_line;
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// How many reasons the result lists.
const REASONS: usize = 6;
/// How many answers that would change the verdict it lists, as report.rs does.
const CHANGES: usize = 8;
/// How many words to reconsider it lists; the JSON format has them all.
const WORDING: usize = 6;

/// The whole result as lines `width` wide; the screen shows a window of it.
pub fn wrapped(outcome: &Outcome, t: Theme, width: u16) -> Wrapped {
    Wrapped {
        width,
        lines: lines(outcome, t, width),
    }
}

fn lines(outcome: &Outcome, t: Theme, width: u16) -> Vec<Line<'static>> {
    let rec = &outcome.rec;
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
    push(
        &mut out,
        wrap(&rec.label, width),
        t.accent()
            .add_modifier(ratatui::style::Modifier::UNDERLINED),
    );
    push(
        &mut out,
        wrap(
            // A word, not a percentage: beside the leaning percentages a
            // second kind of percentage reads as a contradiction.
            &format!("Confidence: {}", rec.confidence_label),
            width,
        ),
        t.dim(),
    );
    if !rec.form.is_empty() {
        push(
            &mut out,
            wrap(&format!("Form of hire: {}", rec.form), width),
            Style::new(),
        );
    }
    out.push(Line::raw(""));
    push(&mut out, wrap(&rec.summary, width), Style::new());
    let needs = crate::report::needs(rec);
    if needs.is_empty() {
        out.push(Line::raw(""));
        bars(&mut out, rec, t, width);
    } else {
        heading(&mut out, "The need for each role");
        for n in &needs {
            push(&mut out, wrap_hanging("• ", n, width), Style::new());
        }
    }
    let work = crate::report::workload(rec);
    if !work.is_empty() {
        heading(&mut out, "The work you described, roughly");
        for w in &work {
            push(&mut out, wrap_hanging("• ", w, width), Style::new());
        }
    }
    if let Some(first) = &rec.hire_first {
        let label = rec
            .scores
            .iter()
            .find(|s| &s.outcome == first)
            .map_or(first.as_str(), |s| s.label.as_str());
        heading(&mut out, "Hire first");
        push(
            &mut out,
            wrap(&format!("{label}. {}", rec.hire_first_because), width),
            Style::new(),
        );
    }
    let split = rec.reasons_split();
    for (title, reasons, most) in [
        ("Why", split.leading, REASONS),
        ("Pulling the other way", split.against, 3),
        ("Pointing to both", split.both, 3),
    ] {
        if reasons.is_empty() {
            continue;
        }
        heading(&mut out, title);
        // The strongest few; the rest add little and push the advice away,
        // until the founder asks for them all.
        let most = if outcome.all { reasons.len() } else { most };
        for r in reasons.iter().take(most) {
            let text = format!("You said \"{}\" ({}): {}", r.answer, r.prompt, r.text);
            push(&mut out, wrap_hanging("• ", &text, width), Style::new());
        }
        if reasons.len() > most {
            let more = format!(
                "{} (m shows them)",
                crate::report::more_answers(reasons.len() - most)
            );
            push(&mut out, wrap_hanging("  ", &more, width), t.dim());
        }
    }
    if !rec.warnings.is_empty() {
        heading(&mut out, "Watch out");
        for w in &rec.warnings {
            push(&mut out, wrap_hanging("! ", &w.message, width), t.warn());
            if !w.instead.is_empty() {
                push(
                    &mut out,
                    wrap_hanging("  Instead: ", &w.instead, width),
                    Style::new(),
                );
            }
        }
    }
    if !outcome.wording.is_empty() {
        heading(&mut out, "Wording to reconsider");
        for h in outcome.wording.iter().take(WORDING) {
            let text = format!("\"{}\" (in {}): {}.", h.word, h.found_in, h.suggestion());
            push(&mut out, wrap_hanging("! ", &text, width), t.warn());
            push(&mut out, wrap_hanging("  ", &h.why, width), t.dim());
        }
        if outcome.wording.len() > WORDING {
            let more = format!(
                "… and {} more, listed in the posting's JSON format",
                outcome.wording.len() - WORDING
            );
            push(&mut out, wrap_hanging("  ", &more, width), t.dim());
        }
    }
    if !rec.changes.is_empty() {
        heading(&mut out, "What would change this");
        let most = if outcome.all {
            rec.changes.len()
        } else {
            CHANGES
        };
        for c in rec.changes.iter().take(most) {
            let text = crate::report::change(rec, c);
            push(&mut out, wrap_hanging("• ", &text, width), Style::new());
        }
        if rec.changes.len() > most {
            let more = format!("… and {} more (m shows them)", rec.changes.len() - most);
            push(&mut out, wrap_hanging("  ", &more, width), t.dim());
        }
    }
    if !rec.then.is_empty() {
        heading(&mut out, "Next steps");
        for s in &rec.then {
            push(&mut out, wrap_hanging("• ", s, width), Style::new());
        }
    }
    out
}

/// Each outcome's share as a bar, for a tree that weighs shares against
/// each other. Labels go beside their bars while that leaves the bars some
/// room; a label too long for that goes on a line of its own above its bar.
fn bars(
    out: &mut Vec<Line<'static>>,
    rec: &hirewise_core::decide::Recommendation,
    t: Theme,
    width: u16,
) {
    let label_w = rec
        .scores
        .iter()
        .map(|s| fit::width(&clean_line(&s.label)))
        .max()
        .unwrap_or(0);
    let beside = usize::from(width) >= label_w + 7 + 10;
    let bar_w = if beside {
        usize::from(width) - label_w - 7
    } else {
        usize::from(width).saturating_sub(5)
    }
    .min(30);
    let shares: Vec<f64> = rec.scores.iter().map(|s| s.share).collect();
    for (s, percent) in rec
        .scores
        .iter()
        .zip(hirewise_core::decide::percents(&shares))
    {
        let label = clean_line(&s.label);
        let mut spans = Vec::new();
        if beside {
            spans.push(Span::raw(format!("{}  ", fit::pad(&label, label_w))));
        } else {
            out.extend(wrap(&label, width).into_iter().map(Line::raw));
        }
        spans.push(Span::styled(bar(s.share, bar_w), t.bar()));
        spans.push(Span::raw(format!(" {percent:>3}%")));
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
