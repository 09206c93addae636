//! The leaning panel: which way the answers so far point, with the three
//! answers that pushed hardest, so the result is no surprise; until the
//! answers weigh enough to lean, it says so instead of showing shares. In
//! a tree that gives each outcome a need, each bar shows its need against
//! the points from which it is real work.

use super::{bar, clip, ellipsis, wrap_hanging};
use crate::ui::tui::app::App;
use hirewise_core::decide;
use hirewise_core::text::clean_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

pub fn render(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border())
        .title(Line::styled(" Leaning ", t.accent()));

    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    let tree = app.session.tree();
    let answered = &app.weighed;
    let scores = hirewise_core::cond::Scores::of(tree, answered);
    // One mild answer would otherwise read as 0% against 100%: below the
    // evidence the advice itself calls tentative, no share is shown at all.
    let early = scores.evidence < tree.decision.min_evidence;
    let shares = scores.shares();
    let w = inner.width;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let reasons = decide::reasons(tree, answered);
    if early {
        let say = if reasons.is_empty() {
            "Too early to say: a few more answers first."
        } else {
            "Too early for a leaning: the first signs are below."
        };
        for l in super::wrap(say, w) {
            lines.push(Line::styled(l, t.bold()));
        }
    }
    let percents = decide::percents(&shares);
    let rows = (tree.outcomes.iter())
        .zip(&shares)
        .zip(&scores.points)
        .zip(&percents);
    for (((o, share), points), percent) in rows {
        lines.push(Line::raw(ellipsis(&clean_line(&o.label), usize::from(w))));
        // With a need of its own, each bar fills up to the points from which
        // the work is real, and says how far it has come: the two needs are
        // judged apart, not as shares of one total.
        let (fill, pct) = match o.need {
            _ if early => (0.0, format!(" {:>4}", "–")),
            // Once the need is met, the bar is full and says so: "15/12"
            // would read as a score above its maximum.
            Some(n) if *points >= n => (1.0, " enough".to_string()),
            Some(n) => (
                (points / n).clamp(0.0, 1.0),
                format!(" {:>2.0}/{n:.0}", points.max(0.0)),
            ),
            None => (*share, format!(" {percent:>3}%")),
        };
        let bar_w = usize::from(w).saturating_sub(pct.chars().count());
        let bar = if early {
            Span::styled(bar(0.0, bar_w), t.dim())
        } else {
            Span::styled(bar(fill, bar_w), t.bar())
        };
        lines.push(Line::from(vec![bar, Span::raw(pct)]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Why so far", t.bold()));
    if reasons.is_empty() {
        for l in super::wrap("Nothing points either way yet.", w) {
            lines.push(Line::styled(l, t.dim()));
        }
    }
    // Each reason gets a few rows at most, so three always fit.
    let room = usize::from(inner.height).saturating_sub(lines.len());
    let per = (room / reasons.len().clamp(1, 3)).max(1);
    for r in reasons.iter().take(3) {
        let text = format!("{}: {}", r.answer, r.text);
        for l in clip(wrap_hanging("• ", &text, w), per, usize::from(w)) {
            lines.push(Line::raw(l));
        }
    }
    // The box is as tall as what it says, so it does not loom over the question.
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let area = Rect {
        height: area.height.min(rows.saturating_add(2)),
        ..area
    };
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    block.render(area, buf);
    Paragraph::new(lines).render(inner, buf);
}
