//! The built-in data the binary carries: `build.rs` encodes it from the
//! core's parse, and what the binary decodes must be that same data.

use hirewise_core::builtin;

#[test]
fn the_carried_bytes_are_a_fresh_encoding_of_the_data_files() {
    let fresh = builtin::load().expect("the built-in data checks");
    let bytes = fresh.encode().expect("encodes");
    assert!(
        hirewise::builtin::encoded() == bytes.as_slice(),
        "the binary carries data that differs from questions/: the build script did not rerun"
    );
}

#[test]
fn decoding_rebuilds_every_lookup_by_id() {
    let decoded = hirewise::builtin::load().expect("decodes");
    let fresh = builtin::load().expect("the built-in data checks");
    let tree = &decoded.tree;
    assert_eq!(tree.questions.len(), fresh.tree.questions.len());
    assert!(!tree.questions.is_empty());
    for (i, q) in tree.each_question() {
        assert_eq!(tree.question_id(&q.id), Some(i), "question {}", q.id);
        for (j, o) in q.choices() {
            assert_eq!(q.option_id(&o.id), Some(j), "{}.{}", q.id, o.id);
        }
        assert!(q.option("no such option").is_none());
    }
    assert_eq!(tree.question_id("no such question"), None);
    assert_eq!(
        decoded.encode().expect("encodes"),
        hirewise::builtin::encoded(),
        "decoding loses nothing that encoding keeps"
    );
}

#[test]
fn a_truncated_encoding_is_refused_with_a_message() {
    let bytes = hirewise::builtin::encoded();
    let err = builtin::Builtin::decode(&bytes[..bytes.len() / 2]).expect_err("truncated");
    assert!(err.contains("cannot decode the built-in data"), "{err}");
}
