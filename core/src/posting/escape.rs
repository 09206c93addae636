//! Escaping text from the answers and the data files for each output
//! format, so that it is always shown as text and never becomes markup:
//! a company called `# Acme` is not a heading, `</script>` does not end a
//! script, and a link the founder typed stays plain text.

/// Text for Markdown (CommonMark with GitHub's extensions): every
/// character that can start markup inline is backslash-escaped, and so is
/// what would start a block at the beginning of a line.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            // An entity such as &amp; or &#60; would be decoded.
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            // At the start of a line: a heading, a list item, a quote.
            '#' | '+' | '-' | '=' if i == 0 => true,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. " or "1) " at the start is an ordered list.
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(text[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

/// Text for Markdown as `markdown` escapes it, with each web address
/// (`http://`, `https://`) and email address in it written as an autolink
/// (`<jobs@example.org>`), so that it is a link in every renderer and no
/// address is left bare. Only addresses made of characters that cannot
/// end an autolink or start markup are linked; anything else stays text.
pub fn markdown_linked(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut plain = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (word, after) = rest.split_at(word_end);
        let core = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        if is_address(core) {
            out.push_str(&markdown_from(&plain, out.is_empty()));
            plain.clear();
            out.push('<');
            out.push_str(core);
            out.push('>');
            plain.push_str(&word[core.len()..]);
        } else {
            plain.push_str(word);
        }
        let space_end = after
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(after.len());
        plain.push_str(&after[..space_end]);
        rest = &after[space_end..];
    }
    out.push_str(&markdown_from(&plain, out.is_empty()));
    out
}

/// `markdown` for text that may not start the line.
fn markdown_from(text: &str, at_start: bool) -> String {
    if at_start {
        return markdown(text);
    }
    // Escape as at a line's start, then drop the escapes only a line's
    // start needs: a backslash before '#', '+', '-', '=' or after digits is
    // harmless, but kept to a minimum.
    let escaped = markdown(&format!("x{text}"));
    escaped[1..].to_string()
}

fn is_address(word: &str) -> bool {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-._~/?#@!$&'()*+,;=%:".contains(c);
    if word.is_empty() || !word.chars().all(safe) {
        return false;
    }
    let web = ["https://", "http://"]
        .iter()
        .any(|s| word.len() > s.len() && word.starts_with(s));
    let mail = word.split_once('@').is_some_and(|(user, domain)| {
        !user.is_empty()
            && !user.contains(':')
            && domain.contains('.')
            && !domain.contains(['@', '/'])
            && !domain.starts_with('.')
            && !domain.ends_with('.')
    });
    web || mail
}

/// Text for HTML, in an element or an attribute value.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON made safe to put inside an HTML `<script>` element: `<`, `>` and
/// `&` only occur inside JSON strings, where `\u003c` and the like mean
/// the same, and no `</script>` or `<!--` can then end the element.
pub fn json_in_script(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_autolinks_and_nothing_else_does() {
        assert_eq!(
            markdown_linked("Write to jobs@fernandfig.co.uk with a note."),
            "Write to <jobs@fernandfig.co.uk> with a note."
        );
        assert_eq!(
            markdown_linked("Apply at https://example.org/jobs, today"),
            "Apply at <https://example.org/jobs>, today"
        );
        assert_eq!(
            markdown_linked("javascript:alert(1) and <b>x</b>"),
            "javascript:alert(1) and \\<b\\>x\\</b\\>"
        );
        assert_eq!(markdown_linked("# Acme at a@b"), "\\# Acme at a@b");
        assert_eq!(
            markdown_linked("mail first_last@x.org"),
            "mail <first_last@x.org>"
        );
    }

    #[test]
    fn markdown_escapes_what_would_become_markup() {
        assert_eq!(markdown("# Acme"), "\\# Acme");
        assert_eq!(markdown("Fern & Fig"), "Fern & Fig");
        assert_eq!(markdown("a &amp; b"), "a \\&amp; b");
        assert_eq!(markdown("```rust"), "\\`\\`\\`rust");
        assert_eq!(markdown("*bold* _it_"), "\\*bold\\* \\_it\\_");
        assert_eq!(
            markdown("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(
            markdown("<img src=x onerror=y>"),
            "\\<img src=x onerror=y\\>"
        );
        assert_eq!(markdown("1. first"), "1\\. first");
        assert_eq!(markdown("2026) year"), "2026\\) year");
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(
            markdown("sign-ups"),
            "sign-ups",
            "a dash inside a word stays"
        );
        assert_eq!(markdown("a | b"), "a \\| b");
    }

    #[test]
    fn html_and_script_escapes() {
        assert_eq!(
            html("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        let json = serde_json::json!({ "name": "</script><script>alert(1)</script><!--" });
        let safe = json_in_script(&json.to_string());
        assert!(!safe.contains("</script") && !safe.contains("<!--"));
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, json);
    }
}
