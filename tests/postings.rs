//! Snapshots of the posting for every scenario in every format, so any
//! change to the wording, the templates or the data shows up in review.

use hirewise::diag::Source;
use hirewise::posting::{Format, Roles};
use hirewise::tree::Tree;
use hirewise::ui::batch;
use hirewise::{posting, report};

fn examples() -> Vec<(String, String)> {
    let dir = format!("{}/examples/answers", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("examples dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            let stem = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (stem, std::fs::read_to_string(&p).expect("readable"))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn postings_of_every_example_in_every_format() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let examples = examples();
    assert!(examples.len() >= 12);
    for (name, text) in examples {
        let out = batch::run(&tree, &roles, &Source::new(name.clone(), text)).expect("runs");
        for format in [Format::Md, Format::Txt] {
            let rendered =
                posting::render(&out.postings, &out.recommendation, format).expect("renders");
            insta::assert_snapshot!(format!("{name}.{}", format.extension()), rendered);
        }
        insta::assert_snapshot!(
            format!("{name}.advice"),
            report::recommendation(&out.recommendation, 80)
        );
    }
}

#[test]
fn posting_file_names_follow_the_first_role() {
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    let (name, text) = examples()
        .into_iter()
        .find(|(n, _)| n == "growing-two-hires")
        .expect("example");
    let out = batch::run(&tree, &roles, &Source::new(name, text)).expect("runs");
    assert_eq!(
        posting::file_name(&out.postings, Format::Md),
        "senior-community-manager-job-posting.md"
    );
    assert_eq!(posting::file_name(&[], Format::Txt), "job-job-posting.txt");
}
