//! Property tests for the text cleaning that stands between data or typed
//! text and the terminal: what comes out has no control or invisible
//! format character but the joiners writing needs, and nothing visible is
//! lost.

use hirewise_core::text::{clean_block, clean_line};
use proptest::prelude::*;
use unicode_properties::{GeneralCategory as Gc, UnicodeGeneralCategory};

const ZWNJ: char = '\u{200C}';
const ZWJ: char = '\u{200D}';

/// Characters from everywhere, with the troublesome ones often.
fn mixed() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        3 => any::<char>(),
        2 => prop::sample::select(vec![ZWJ, ZWNJ, '\u{FE0F}', '\u{202E}', '\u{2066}', '\u{E0041}', '\u{E007F}', '\u{FFF9}', '\u{200B}', '\u{FEFF}', '\u{AD}', '\n', '\t', '\r', '\x1b', '\u{9b}']),
        2 => prop::sample::select(vec!['👩', '👧', '🏳', '🌈', '🏽', 'م', 'ی', 'خ', 'क', '्', 'a', 'Z', ' ', '#']),
    ];
    proptest::collection::vec(c, 0..40).prop_map(|v| v.into_iter().collect())
}

fn hidden(c: char) -> bool {
    matches!(
        c.general_category(),
        Gc::Control | Gc::Format | Gc::LineSeparator | Gc::ParagraphSeparator | Gc::Unassigned
    )
}

/// Every character of `out` may be shown: no control or format character
/// except a joiner with something on each side to join.
fn assert_shown_safely(out: &str, breaks: bool) {
    let chars: Vec<char> = out.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' && breaks {
            continue;
        }
        if c == ZWJ || c == ZWNJ {
            assert!(
                i > 0 && i + 1 < chars.len() && !hidden(chars[i - 1]) && !hidden(chars[i + 1]),
                "a joiner that joins nothing at {i} in {out:?}"
            );
            assert!(
                !chars[i - 1].is_ascii() && !chars[i + 1].is_ascii(),
                "a joiner beside ASCII at {i} in {out:?}"
            );
            continue;
        }
        assert!(
            !hidden(c),
            "{c:?} ({:?}) kept in {out:?}",
            c.general_category()
        );
    }
}

/// What a reader sees: the text without anything invisible.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\t' || c == '\n' { ' ' } else { c })
        .filter(|c| !hidden(*c))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn cleaned_text_has_no_hidden_characters_but_joiners(s in mixed()) {
        let line = clean_line(&s);
        assert_shown_safely(&line, false);
        prop_assert!(!line.contains('\n'));
        let block = clean_block(&s);
        assert_shown_safely(&block, true);
        prop_assert_eq!(block.matches('\n').count(), s.matches('\n').count());
    }

    #[test]
    fn cleaning_loses_nothing_visible_and_is_done_once(s in mixed()) {
        let line = clean_line(&s);
        prop_assert_eq!(visible(&line), visible(&s));
        prop_assert_eq!(clean_line(&line), line.clone());
        let block = clean_block(&s);
        prop_assert_eq!(clean_block(&block), block);
    }
}
