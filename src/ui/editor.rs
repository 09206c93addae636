//! The founder's own text editor, for a last edit of the posting: the text
//! goes to a temporary file, the editor runs on it, and the file is read
//! back. Both wizards use it; the full-screen one hands the terminal over
//! first.

use std::io::Write as _;
use std::process::Command;

/// The editor to run when neither `VISUAL` nor `EDITOR` names one, as git
/// and most terminal programs fall back to.
pub const FALLBACK: &str = "vi";

/// How an edit ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edited {
    /// The text as saved in the editor, changed.
    Changed(String),
    /// Saved as it was, or emptied: the original stands.
    Kept(&'static str),
    /// The editor could not start or ended with an error: the original
    /// stands.
    Failed(String),
}

/// The editor `VISUAL` or `EDITOR` names, in that order, empty ones
/// passed over; the fallback otherwise.
pub fn choose(visual: Option<&str>, editor: Option<&str>) -> String {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or(FALLBACK)
        .to_string()
}

/// Run `editor` on `text` in a temporary file ending in `.extension`
/// ("md"), so the editor knows the format. The editor is a shell command, so `code --wait` works as it
/// does for git.
pub fn edit(editor: &str, text: &str, extension: &str) -> Edited {
    let file = tempfile::Builder::new()
        .prefix("hirewise-posting-")
        .suffix(&format!(".{extension}"))
        .tempfile()
        .and_then(|mut f| {
            f.write_all(text.as_bytes())?;
            f.flush()?;
            Ok(f)
        });
    let file = match file {
        Ok(f) => f,
        Err(e) => return Edited::Failed(format!("no temporary file for the editor: {e}")),
    };
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg("sh")
        .arg(file.path())
        .status();
    match status {
        Err(e) => return Edited::Failed(format!("could not start `{editor}`: {e}")),
        Ok(s) if !s.success() => {
            let why = s.code().map_or_else(
                || "was stopped".to_string(),
                |c| format!("ended with code {c}"),
            );
            return Edited::Failed(format!(
                "`{editor}` {why}; set VISUAL or EDITOR to the editor you use"
            ));
        }
        Ok(_) => {}
    }
    match std::fs::read_to_string(file.path()) {
        Err(e) => Edited::Failed(format!("the edited file could not be read: {e}")),
        Ok(t) if t.trim().is_empty() => Edited::Kept("the editor left the file empty"),
        Ok(t) if t == text => Edited::Kept("nothing was changed"),
        Ok(t) => Edited::Changed(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visual_comes_before_editor_and_vi_after_both() {
        assert_eq!(choose(Some("nano"), Some("vim")), "nano");
        assert_eq!(choose(Some(" "), Some("vim")), "vim");
        assert_eq!(choose(None, None), FALLBACK);
    }

    #[test]
    fn an_edit_is_read_back_and_a_failed_or_empty_one_keeps_the_text() {
        // `sed -i` as an editor that changes the file in place.
        let e = edit("sed -i s/Acme/Acme\\ Ltd/", "# At Acme\n", "md");
        assert_eq!(e, Edited::Changed("# At Acme Ltd\n".into()));
        assert_eq!(
            edit("true", "# At Acme\n", "md"),
            Edited::Kept("nothing was changed")
        );
        assert_eq!(
            edit("truncate -s 0", "# At Acme\n", "md"),
            Edited::Kept("the editor left the file empty")
        );
        assert!(matches!(edit("false", "x", "md"), Edited::Failed(m) if m.contains("code 1")));
        assert!(matches!(
            edit("no-such-editor-here", "x", "md"),
            Edited::Failed(m) if m.contains("code 127")
        ));
    }
}
