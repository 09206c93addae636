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
