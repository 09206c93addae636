//! The posting screen: the rendered posting, readable (headings bold,
//! bullets indented), scrolled, with the format and save prompts.

use super::result::where_in;
use super::{Areas, Wrapped, ellipsis, fit, render_keys, render_title, render_window, tone_style};
use crate::posting::Format;
use crate::text::clean_line;
use crate::ui::tui::app::App;
use crate::ui::tui::outcome::{PostingView, SaveBox};
use crate::ui::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The posting (or why there is none) in `format` as display lines
/// `width` wide, headings and bold shown as styles, then its hiring kit
/// under a divider that says it is saved as a file of its own.
pub fn wrapped(
    text: &Result<String, String>,
    kit: Option<&str>,
    format: Format,
    t: Theme,
    width: u16,
) -> Wrapped {
    Wrapped {
        width,
        lines: lines(text, kit, format, t, width),
    }
}

fn lines(
    text: &Result<String, String>,
    kit: Option<&str>,
    format: Format,
    t: Theme,
    width: u16,
) -> Vec<Line<'static>> {
    let text = match text {
        Ok(text) => text,
        Err(e) => {
            return super::wrap(&format!("The posting could not be made: {e}"), width)
                .into_iter()
                .map(|l| Line::styled(l, t.error()))
                .collect();
        }
    };
    let mut out = document(text, format, t, width);
    if let Some(kit) = kit {
        out.push(Line::raw(""));
        out.push(divider(KIT_DIVIDER, width, t));
        out.push(Line::raw(""));
        out.extend(document(kit, format, t, width));
    }
    out
}

/// The divider between the posting and its hiring kit: the kit is shown
/// here to be read, but it is not part of the posting a save writes.
pub const KIT_DIVIDER: &str = "Hiring kit · saved as a separate file";

/// "── title ─────" across `width` columns.
fn divider(title: &str, width: u16, t: Theme) -> Line<'static> {
    let room = usize::from(width);
    let head = ellipsis(&format!("── {title} "), room);
    let rest = room.saturating_sub(fit::width(&head));
    Line::styled(format!("{head}{}", "─".repeat(rest)), t.accent())
}

/// One document (a posting or a kit) as display lines.
fn document(text: &str, format: Format, t: Theme, width: u16) -> Vec<Line<'static>> {
    let markdown = format == Format::Md;
    let mut out = Vec::new();
    for raw in text.lines() {
        let line = clean_line(raw);
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        if markdown && trimmed.starts_with('#') {
            let level = trimmed.chars().take_while(|c| *c == '#').count();
            let title = trimmed[level..].trim();
            let style = match level {
                1 => t.accent().add_modifier(Modifier::UNDERLINED),
                2 => t.accent(),
                _ => t.bold(),
            };
            out.extend(styled_wrap("", title, width, style, style));
        } else if markdown && trimmed.chars().all(|c| c == '-') && trimmed.len() >= 3 {
            out.push(Line::styled("─".repeat(usize::from(width)), t.border()));
        } else if let Some((bullet, rest)) = bullet(trimmed) {
            let shown = if markdown && matches!(bullet, "- " | "* ") {
                "• "
            } else {
                bullet
            };
            let prefix = format!("{indent}{shown}");
            out.extend(styled_wrap(&prefix, rest, width, Style::new(), t.bold()));
        } else {
            let style = Style::new();
            out.extend(styled_wrap(
                indent,
                trimmed,
                width,
                style,
                if markdown { t.bold() } else { style },
            ));
        }
    }
    out
}

/// A list item's marker and text: "- x", "* x", "• x" or "1. x".
fn bullet(s: &str) -> Option<(&str, &str)> {
    for b in ["- ", "* ", "• "] {
        if let Some(rest) = s.strip_prefix(b) {
            return Some((b, rest));
        }
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(". ") {
        return Some((&s[..digits + 2], &s[digits + 2..]));
    }
    None
}

/// Wrap `text` after `prefix`, showing `**bold**` spans in `bold` (and
/// without their asterisks when `bold` differs from `base`).
fn styled_wrap(
    prefix: &str,
    text: &str,
    width: u16,
    base: Style,
    bold: Style,
) -> Vec<Line<'static>> {
    let mut chars: Vec<(char, bool)> = Vec::new();
    let mut on = false;
    let mut rest = text;
    let marks = bold != base;
    while !rest.is_empty() {
        if marks && rest.starts_with("**") {
            on = !on;
            rest = &rest[2..];
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        chars.push((c, on));
        rest = &rest[c.len_utf8()..];
    }
    let plain: String = chars.iter().map(|(c, _)| *c).collect();
    let wrapped = super::wrap_hanging(prefix, &plain, width);
    let indent = unicode_width::UnicodeWidthStr::width(prefix);
    // Walk the source alongside the wrapped lines; wrapping only drops
    // spaces at the breaks, so every shown character is found in order.
    let mut at = 0;
    let mut out = Vec::new();
    for line in wrapped {
        let body: String = line.chars().skip(indent).collect();
        let lead: String = line.chars().take(indent).collect();
        let mut spans = vec![Span::styled(lead, base)];
        let mut cur = String::new();
        let mut cur_bold = false;
        for c in body.chars() {
            while at < chars.len() && chars[at].0 != c {
                at += 1;
            }
            let is_bold = chars.get(at).is_some_and(|x| x.1);
            at += 1;
            if is_bold != cur_bold && !cur.is_empty() {
                spans.push(Span::styled(
                    std::mem::take(&mut cur),
                    if cur_bold { bold } else { base },
                ));
            }
            cur_bold = is_bold;
            cur.push(c);
        }
        if !cur.is_empty() {
            spans.push(Span::styled(cur, if cur_bold { bold } else { base }));
        }
        out.push(Line::from(spans));
    }
    if out.is_empty() {
        out.push(Line::raw(""));
    }
    out
}

pub fn render(app: &App<'_>, p: &PostingView, a: &Areas, buf: &mut Buffer) {
    let t = app.theme;
    // The lines kept in the state, unless this frame is drawn at a width
    // no resize told the app about.
    let fresh;
    let all = if p.wrapped.width == a.body.width {
        &p.wrapped.lines
    } else {
        fresh = lines(&p.text, p.kit.as_deref(), p.format, t, a.body.width);
        &fresh
    };
    let shown = usize::from(a.body.height);
    let at = where_in(usize::from(p.scroll), shown, all.len());
    let plain = format!(" Job posting · {}", p.format.name());
    let with_kit = format!(" Job posting + hiring kit · {}", p.format.name());
    // The kit is named in the title where that fits whole beside the
    // line count at its widest (so scrolling does not change the title);
    // the divider above the kit says it in any case, and the format's
    // name matters more than a shortened mention.
    let room = usize::from(a.header.width.saturating_sub(2));
    let widest = where_in(all.len(), shown, all.len());
    let fits = fit::width(&with_kit) + 1 + fit::width(&widest) <= room;
    let title = if p.text.is_ok() && p.kit.is_some() && fits {
        with_kit
    } else {
        plain
    };
    render_title(t, &title, &at, a.header, buf);
    render_window(all, p.scroll, a.body, buf);

    let status = a.status.inner(ratatui::layout::Margin::new(2, 0));
    let keys: &[(&str, &str)] = match &p.save {
        Some(SaveBox::Path(input)) => {
            let label = "Save to: ";
            Paragraph::new(Line::styled(label, t.bold())).render(status, buf);
            let field = ratatui::layout::Rect {
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
            let names = ellipsis(&clean_line(&crate::text::and_list(&names)), room);
            Paragraph::new(Line::styled(format!("{names}{ask}"), t.warn())).render(status, buf);
            keys
        }
        None => {
            if let Some((tone, m)) = &p.message {
                let m = ellipsis(&clean_line(m), usize::from(status.width));
                Paragraph::new(Line::styled(m, tone_style(t, *tone))).render(status, buf);
            } else if app.notice.is_none() {
                // The app's notice is drawn on the same row after this.
                let words = app.outcome.as_ref().map_or(0, |o| o.wording.len());
                if let Some(note) = wording_note(words) {
                    let note = ellipsis(&note, usize::from(status.width));
                    Paragraph::new(Line::styled(note, t.warn())).render(status, buf);
                }
            }
            &[
                ("s", "save"),
                ("f", "format"),
                ("↑↓ PgUp PgDn", "scroll"),
                ("Esc", "back"),
                ("?", "help"),
                ("q", "quit"),
            ]
        }
    };
    render_keys(t, keys, a.footer, buf);
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

    #[test]
    fn bold_spans_survive_wrapping() {
        let lines = styled_wrap(
            "• ",
            "**Location:** Remote (UK) and more words",
            16,
            Style::new(),
            Style::new().bold(),
        );
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect();
        assert_eq!(text, ["• Location:", "  Remote (UK)", "  and more words"]);
        assert_eq!(lines[0].spans[1].content, "Location:");
        assert!(
            lines[0].spans[1]
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }
}
