use super::*;
use unicode_width::UnicodeWidthStr;

fn entry_of(label: &str, help: &str) -> Entry {
    Entry {
        label: label.into(),
        help: help.into(),
        back: false,
    }
}

/// The help of the option that a founder saw cut as "produ / ct" on a
/// 100-column screen, in a tick list (cursor and tick box: 6 columns).
const LONG: &str = "Spot what keeps going wrong and work with the product team on it.";

#[test]
fn long_entries_break_between_words_and_hang_under_their_entry() {
    let e = entry_of("Collect feedback and report recurring problems", LONG);
    let text = entry(&e, "", "", 100, 6);
    let rows: Vec<&str> = text.split('\n').collect();
    assert_eq!(
        rows,
        [
            "Collect feedback and report recurring problems — Spot what keeps going wrong and work with the",
            "        product team on it.",
        ]
    );
    assert!(6 + rows[0].width() <= 100);
    for row in &rows[1..] {
        assert!(row.width() <= 100, "{row:?}");
        assert!(row.starts_with(&" ".repeat(6 + HANG)), "{row:?}");
    }
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&text), words(&entry_line(&e, "", "")), "no word cut");
}

#[test]
fn a_short_entry_stays_on_one_line() {
    let e = entry_of("Growing", "Customers come in steadily.");
    assert_eq!(
        entry(&e, "", "", 100, 2),
        "Growing — Customers come in steadily."
    );
    assert_eq!(entry(&entry_of("Yes", ""), "", "", 20, 2), "Yes");
}

#[test]
fn dimmed_help_is_dimmed_on_each_of_its_lines() {
    let e = entry_of("Welcome and onboard new members", LONG);
    let text = entry(&e, "<", ">", 40, 2);
    let rows: Vec<&str> = text.split('\n').collect();
    assert!(rows.len() > 2, "{text}");
    assert!(
        rows[0].starts_with("Welcome and onboard new members <—"),
        "{text}"
    );
    for row in &rows {
        assert_eq!(row.matches('<').count(), 1, "{row:?} in\n{text}");
        assert!(row.ends_with('>'), "{row:?} in\n{text}");
    }
    for row in &rows[1..] {
        assert!(row.starts_with("    <"), "dim after the indent: {row:?}");
    }
}

#[test]
fn the_first_line_leaves_room_for_what_is_before_it() {
    let text = lines("one two three four five", 12, 6, 2);
    assert_eq!(text, "one\n  two three\n  four five");
    assert_eq!(last_width(&text), 11);
    assert_eq!(lines("", 12, 6, 2), "");
    // A word wider than the line is cut, as there is no other way.
    assert_eq!(lines("abcdefgh", 6, 0, 0), "abcdef\ngh");
}
