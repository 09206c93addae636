//! The posting screen: the postings and their kits drawn from the posting
//! model (headings bold, lists indented), with a cursor on one line and,
//! on a key, the answers that line comes from; the format and save prompts.

use super::result::where_in;
use super::{Areas, ellipsis, fit, render_keys, render_title, render_window, tone_style};
use crate::ui::tui::app::App;
use crate::ui::tui::outcome::{Outcome, PostingView, SaveBox};
use crate::ui::tui::theme::Theme;
use hirewise_core::posting::{Posting, Section, SectionKind};
use hirewise_core::text::clean_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};
use std::ops::Range;

/// The postings as display rows for one width, and the lines of the model
/// they show, for the cursor and for saying where each comes from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shown {
    pub width: u16,
    pub rows: Vec<Line<'static>>,
    pub lines: Vec<Shown1>,
}

/// One line of the model on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown1 {
    /// The rows it takes.
    pub rows: Range<usize>,
    pub sources: Vec<String>,
}

impl Shown {
    /// The rows line `i` takes, `(0, 0)` when there is none.
    pub fn rows_of(&self, i: usize) -> (usize, usize) {
        self.lines
            .get(i)
            .map_or((0, 0), |l| (l.rows.start, l.rows.end))
    }

    pub fn first_row(&self, i: usize) -> usize {
        self.rows_of(i).0
    }

    /// The first line that starts at `row` or below.
    pub fn line_at(&self, row: usize) -> Option<usize> {
        self.lines.iter().position(|l| l.rows.start >= row)
    }
}

/// The divider between the postings and the hiring kits: the kits are
/// shown here to be read, but they are not part of the postings a save
/// writes.
pub const KIT_DIVIDER: &str = "Hiring kit · saved as a separate file";

/// "── title ─────" across `width` columns.
fn divider(title: &str, width: u16, t: Theme) -> Line<'static> {
    let room = usize::from(width);
    let head = ellipsis(&format!("── {title} "), room);
    let rest = room.saturating_sub(fit::width(&head));
    Line::styled(format!("{head}{}", "─".repeat(rest)), t.accent())
}

/// Builds the rows, noting which model line each block of rows shows.
struct Layout {
    t: Theme,
    width: u16,
    out: Shown,
}

impl Layout {
    fn blank(&mut self) {
        if self.out.rows.last().is_some_and(|l| l.width() > 0) {
            self.out.rows.push(Line::raw(""));
        }
    }

    fn heading(&mut self, text: &str, style: Style) {
        self.blank();
        for l in super::wrap(text, self.width) {
            self.out.rows.push(Line::styled(l, style));
        }
        self.out.rows.push(Line::raw(""));
    }

    /// A line of the model: `prefix` (a bullet, a label) then its text.
    fn line(&mut self, prefix: &str, label: Option<&str>, text: &str, sources: &[String]) {
        let start = self.out.rows.len();
        let lead = match label {
            Some(l) => format!("{prefix}{l}: "),
            None => prefix.to_string(),
        };
        let wrapped = super::wrap_hanging(&lead, text, self.width);
        let bold = self.t.bold();
        for (i, row) in wrapped.into_iter().enumerate() {
            // The label in bold, where the first row starts with it whole.
            match (i, label, row.strip_prefix(lead.as_str())) {
                (0, Some(l), Some(rest)) => {
                    let rest = rest.to_string();
                    self.out.rows.push(Line::from(vec![
                        Span::raw(prefix.to_string()),
                        Span::styled(format!("{l}:"), bold),
                        Span::raw(format!(" {rest}")),
                    ]));
                }
                _ => self.out.rows.push(Line::raw(row)),
            }
        }
        self.out.lines.push(Shown1 {
            rows: start..self.out.rows.len(),
            sources: sources.to_vec(),
        });
    }

    fn section(&mut self, s: &Section, under: &mut Option<String>) {
        let t = self.t;
        match &s.under {
            Some(u) if under.as_deref() != Some(u) => {
                self.heading(u, t.accent());
                *under = Some(u.clone());
            }
            Some(_) => {}
            None => *under = None,
        }
        if !s.heading.is_empty() {
            let style = if s.under.is_some() {
                t.bold()
            } else {
                t.accent()
            };
            self.heading(&s.heading, style);
        }
        for (i, l) in s.lines.iter().enumerate() {
            let prefix = match s.kind {
                SectionKind::List | SectionKind::Details => "• ".to_string(),
                SectionKind::Numbered => format!("{}. ", i + 1),
                SectionKind::Paragraph => String::new(),
            };
            self.line(&prefix, l.label.as_deref(), &l.text, &l.sources);
        }
    }

    fn document(&mut self, p: &Posting, kit: bool) {
        let t = self.t;
        let head = match (kit, p.organisation.is_empty()) {
            (true, true) => format!("Hiring kit: {}", p.title.text),
            (true, false) => format!("Hiring kit: {} at {}", p.title.text, p.organisation),
            (false, true) => p.title.text.clone(),
            (false, false) => format!("{} at {}", p.title.text, p.organisation),
        };
        let style = t.accent().add_modifier(Modifier::UNDERLINED);
        if kit {
            self.heading(&head, style);
        } else {
            self.blank();
            let start = self.out.rows.len();
            for l in super::wrap(&head, self.width) {
                self.out.rows.push(Line::styled(l, style));
            }
            self.out.lines.push(Shown1 {
                rows: start..self.out.rows.len(),
                sources: p.title.sources.clone(),
            });
            self.out.rows.push(Line::raw(""));
        }
        let mut under = None;
        for s in if kit { &p.kit } else { &p.sections } {
            self.section(s, &mut under);
        }
    }
}

/// The source of the lines of a posting the founder edited.
pub const EDITED: &str = "edited";

/// The outcome's postings, then their kits, laid out `width` wide; the
/// founder's edit in place of the postings, as its lines, when it was made
/// in `format`.
pub fn shown(
    outcome: &Outcome,
    format: hirewise_core::posting::Format,
    t: Theme,
    width: u16,
) -> Shown {
    let mut l = Layout {
        t,
        width,
        out: Shown {
            width,
            ..Shown::default()
        },
    };
    if let Some(text) = outcome.done.edited_in(format) {
        l.out.rows.push(divider("Your edit", width, t));
        l.blank();
        for line in text.lines() {
            if line.trim().is_empty() {
                l.blank();
            } else {
                l.line("", None, &clean_line(line), &[EDITED.to_string()]);
            }
        }
        if let Ok(postings) = &outcome.done.postings {
            if postings.iter().any(|p| !p.kit.is_empty()) {
                l.blank();
                l.out.rows.push(divider(KIT_DIVIDER, width, t));
                for p in postings {
                    l.document(p, true);
                }
            }
        }
        return l.out;
    }
    match &outcome.done.postings {
        Err(e) => {
            for row in super::wrap(&format!("The posting could not be made: {e}"), width) {
                l.out.rows.push(Line::styled(row, t.error()));
            }
        }
        Ok(postings) => {
            for (i, p) in postings.iter().enumerate() {
                if i > 0 {
                    l.blank();
                    l.out
                        .rows
                        .push(Line::styled("─".repeat(usize::from(width)), t.border()));
                }
                l.document(p, false);
            }
            if postings.iter().any(|p| !p.kit.is_empty()) {
                l.blank();
                l.out.rows.push(divider(KIT_DIVIDER, width, t));
                for p in postings {
                    l.document(p, true);
                }
            }
        }
    }
    while l.out.rows.last().is_some_and(|r| r.width() == 0) {
        l.out.rows.pop();
    }
    l.out
}

/// Where a line comes from, in words: each source is the question it
/// answers and the answer, or the standing text of the role.
fn sources_text(app: &App<'_>, sources: &[String]) -> Vec<String> {
    let tree = app.session.tree();
    let answers = app.outcome.as_ref().map(|o| &o.done.answers);
    let mut out = Vec::new();
    for s in sources {
        if s == "core" {
            out.push("Standing text: a duty or a fact that postings of this role carry.".into());
            continue;
        }
        if s == EDITED {
            out.push("Your own text, from your editor.".into());
            continue;
        }
        let (qid, option) = match s.split_once('.') {
            Some((q, o)) => (q, Some(o)),
            None => (s.as_str(), None),
        };
        let Some(q) = tree.question(qid) else {
            out.push(s.clone());
            continue;
        };
        let answer = match option.and_then(|o| q.option(o)) {
            Some(o) => o.label.clone(),
            None => answers
                .and_then(|a| a.get(qid))
                .map(|a| a.display(q))
                .unwrap_or_default(),
        };
        out.push(format!(
            "{} → {}",
            clean_line(&q.prompt),
            clean_line(&answer)
        ));
    }
    out
}

pub fn render(app: &App<'_>, p: &PostingView, a: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    // The rows kept in the state, unless this frame is drawn at a width
    // no resize told the app about.
    let fresh;
    let shown = if p.shown.width == a.body.width {
        &p.shown
    } else {
        let Some(outcome) = app.outcome.as_ref() else {
            return;
        };
        fresh = shown(outcome, p.format, t, a.body.width);
        &fresh
    };
    let all = &shown.rows;
    let height = usize::from(a.body.height);
    let at = where_in(usize::from(p.scroll), height, all.len());
    let title = format!(" Job posting and hiring kit · saves as {}", p.format.name());
    render_title(t, &title, &at, a.header, buf);
    render_window(all, p.scroll, a.body, buf);
    // The cursor's line, marked in the left margin and highlighted.
    let (first, end) = shown.rows_of(p.cursor);
    for row in first..end {
        let Some(y) = row
            .checked_sub(usize::from(p.scroll))
            .filter(|y| *y < height)
        else {
            continue;
        };
        let y = a.body.y + u16::try_from(y).unwrap_or(0);
        buf.set_style(Rect::new(a.body.x, y, a.body.width, 1), t.selected());
        if a.body.x >= 2 {
            buf[(a.body.x - 2, y)].set_symbol("▌").set_style(t.accent());
        }
    }
    if p.why {
        render_why(app, shown, p, a, buf);
    }

    let status = a.status.inner(ratatui::layout::Margin::new(2, 0));
    // While the save box holds the status row, a failed save is said on
    // the row above it, at once, with the path left in the field to fix.
    if let (Some(SaveBox::Path(_)), Some((tone, m))) = (&p.save, &p.message) {
        if a.body.height > 0 {
            let row = Rect {
                y: a.body.y + a.body.height - 1,
                height: 1,
                ..status
            };
            ratatui::widgets::Clear.render(row, buf);
            let m = ellipsis(&clean_line(m), usize::from(row.width));
            Paragraph::new(Line::styled(m, tone_style(t, *tone))).render(row, buf);
        }
    }
    let keys: &[(&str, &str)] = match &p.save {
        Some(SaveBox::Path(input)) => {
            let label = "Save to: ";
            Paragraph::new(Line::styled(label, t.bold())).render(status, buf);
            let field = Rect {
                x: status.x + label.len() as u16,
                width: status.width.saturating_sub(label.len() as u16),
                ..status
            };
            let (visible, col) = input.visible(usize::from(field.width.saturating_sub(1)));
            Paragraph::new(Line::raw(visible)).render(field, buf);
            if field.width > 0 {
                let x = field.x + u16::try_from(col).unwrap_or(0).min(field.width - 1);
                buf[(x, field.y)].set_style(t.cursor());
            }
            &[
                ("Enter", "save"),
                ("Esc", "cancel"),
                ("Ctrl-U", "clear"),
                ("←→", "move"),
                ("Ctrl-C", "quit"),
            ]
        }
        Some(SaveBox::Overwrite { existing, .. }) => {
            // The question stays whole; long paths give way rather than it.
            let (ask, keys): (&str, &[(&str, &str)]) = match existing.as_slice() {
                [_] => (
                    " already exists. Replace it? y/n",
                    &[("y", "replace it"), ("n", "keep it")],
                ),
                _ => (
                    " already exist. Replace them? y/n",
                    &[("y", "replace them"), ("n", "keep them")],
                ),
            };
            let names: Vec<String> = existing.iter().map(|p| p.display().to_string()).collect();
            let room = usize::from(status.width).saturating_sub(fit::width(ask));
            let names = ellipsis(&clean_line(&hirewise_core::text::and_list(&names)), room);
            Paragraph::new(Line::styled(format!("{names}{ask}"), t.warn())).render(status, buf);
            keys
        }
        None => {
            if let Some((tone, m)) = &p.message {
                let m = ellipsis(&clean_line(m), usize::from(status.width));
                Paragraph::new(Line::styled(m, tone_style(t, *tone))).render(status, buf);
            } else if app.notice.is_none() {
                // The app's notice is drawn on the same row after this.
                let words = app.outcome.as_ref().map_or(0, |o| o.done.wording.len());
                if let Some(note) = wording_note(words) {
                    let note = ellipsis(&note, usize::from(status.width));
                    Paragraph::new(Line::styled(note, t.warn())).render(status, buf);
                }
            }
            &[
                ("s", "save"),
                ("e", "edit"),
                ("C", "copy"),
                ("f", "format"),
                ("↑↓", "line"),
                ("w", "why this line"),
                ("Esc", "back"),
                ("?", "help"),
                ("q", "quit"),
            ]
        }
    };
    render_keys(t, keys, a.footer, buf);
}

/// A box at the foot of the text: the answers the cursor's line comes from.
fn render_why(app: &App<'_>, shown: &Shown, p: &PostingView, a: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    let sources = shown
        .lines
        .get(p.cursor)
        .map(|l| l.sources.as_slice())
        .unwrap_or_default();
    let width = a.body.width.saturating_sub(4).max(10);
    let mut lines: Vec<Line<'static>> = Vec::new();
    for s in sources_text(app, sources) {
        for row in super::wrap_hanging("• ", &s, width) {
            lines.push(Line::raw(row));
        }
    }
    if lines.is_empty() {
        lines.push(Line::styled("No answer: a heading or a divider.", t.dim()));
    }
    let room = a.body.height.saturating_sub(3).max(3);
    let h = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(room) + 2;
    let r = Rect {
        x: a.body.x,
        y: a.body.bottom().saturating_sub(h),
        width: a.body.width,
        height: h,
    };
    Clear.render(r, buf);
    // The cursor's mark in the margin stays with the text, not beside the box.
    let margin = Rect {
        x: r.x.saturating_sub(2),
        width: r.x - r.x.saturating_sub(2),
        ..r
    };
    Clear.render(margin, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.accent())
        .title(Line::styled(" This line comes from ", t.accent()))
        .title_bottom(Line::styled(" w or Esc to close ", t.dim()));
    let inner = block.inner(r).inner(ratatui::layout::Margin::new(1, 0));
    block.render(r, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// "2 words to reconsider: see the result screen", or nothing.
fn wording_note(words: usize) -> Option<String> {
    match words {
        0 => None,
        1 => Some("1 word to reconsider: see the result screen".into()),
        n => Some(format!("{n} words to reconsider: see the result screen")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wording_note_counts() {
        assert_eq!(wording_note(0), None);
        assert_eq!(
            wording_note(1).as_deref(),
            Some("1 word to reconsider: see the result screen")
        );
        assert!(wording_note(3).is_some_and(|n| n.starts_with("3 words")));
    }
}
