//! Every scenario under examples/answers/ gives the verdict and exactly the
//! warnings a founder in that situation should get.

use hirewise::diag::Source;
use hirewise::posting::Roles;
use hirewise::tree::Tree;
use hirewise::ui::batch;

fn run(name: &str) -> batch::Outcome {
    let path = format!(
        "{}/examples/answers/{name}.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("example exists");
    let tree = Tree::default_tree().expect("default tree");
    let roles = Roles::default_roles().expect("default roles");
    batch::run(&tree, &roles, &Source::new(path, text)).expect("example runs")
}

#[track_caller]
fn expect(name: &str, verdict: &str, warnings: &[&str]) {
    let out = run(name);
    let rec = &out.recommendation;
    assert_eq!(rec.verdict, verdict, "{name}");
    let fired: Vec<&str> = rec.warnings.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(fired, warnings, "{name}");
    assert_eq!(
        out.postings.len(),
        rec.roles.len(),
        "{name}: one posting per role"
    );
}

#[test]
fn consumer_brand_after_reach_needs_a_social_media_manager() {
    expect("consumer-brand-reach", "social", &[]);
}

#[test]
fn software_company_with_peer_support_needs_a_community_manager() {
    expect("software-peer-support", "community", &[]);
}

#[test]
fn members_only_association_needs_a_community_manager() {
    expect("members-association", "community", &[]);
}

#[test]
fn small_shop_with_one_salary_gets_one_hybrid_hire() {
    expect("small-shop-hybrid", "both_hybrid", &[]);
}

#[test]
fn growing_company_with_budget_for_two_gets_two_hires() {
    let out = run("growing-two-hires");
    assert_eq!(out.recommendation.verdict, "both_two");
    assert_eq!(out.recommendation.hire_first.as_deref(), Some("community"));
    let titles: Vec<&str> = out.postings.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Senior Community Manager", "Senior Social Media Manager"]
    );
}

#[test]
fn founder_wanting_one_person_for_everything_is_warned() {
    expect(
        "one-person-everything",
        "social",
        &["unicorn", "too_much", "overnight"],
    );
}

#[test]
fn charity_judging_retention_by_followers_is_warned() {
    expect(
        "charity-followers-for-retention",
        "community",
        &["personal_brand", "followers_for_retention"],
    );
}

#[test]
fn start_up_judging_reach_by_retention_is_warned() {
    expect(
        "saas-reach-judged-by-retention",
        "social",
        &["retention_for_reach"],
    );
}

#[test]
fn part_time_budget_for_both_jobs_is_warned() {
    expect("cafe-part-time-both", "both_hybrid", &["part_time_both"]);
}

#[test]
fn retention_goal_without_any_community_is_warned() {
    expect(
        "coaching-community-from-scratch",
        "community",
        &["no_community_yet"],
    );
}

#[test]
fn game_studio_before_launch_hires_social_first() {
    let out = run("game-studio-two-hires");
    assert_eq!(out.recommendation.verdict, "both_two");
    assert_eq!(out.recommendation.hire_first.as_deref(), Some("social"));
}

#[test]
fn community_role_pictured_as_the_public_voice_is_warned() {
    expect("climbing-gym-members", "community", &["face_of_community"]);
}

#[test]
fn community_role_judged_by_living_on_social_networks_is_warned() {
    expect(
        "bakery-community-on-social",
        "community",
        &["lives_on_social"],
    );
}

#[test]
fn different_founders_get_visibly_different_postings() {
    let a = run("software-peer-support");
    let b = run("members-association");
    let (a, b) = (&a.postings[0], &b.postings[0]);
    assert_eq!(a.role, b.role);
    assert_ne!(a.summary, b.summary);
    assert_ne!(a.responsibilities, b.responsibilities);
    assert!(a.about.contains("Stackhold") && a.about.contains("time-series"));
    assert!(
        a.summary
            .contains("in our forum, on our chat server and at our events"),
        "{}",
        a.summary
    );
    assert!(
        a.responsibilities
            .iter()
            .any(|d| d.contains("Stackhold forum"))
    );
}

#[test]
fn every_example_file_is_covered_by_a_test() {
    let dir = format!("{}/examples/answers", env!("CARGO_MANIFEST_DIR"));
    let this = include_str!("examples.rs");
    for entry in std::fs::read_dir(dir).expect("examples dir") {
        let path = entry.expect("entry").path();
        let stem = path.file_stem().and_then(|s| s.to_str()).expect("name");
        assert!(this.contains(&format!("\"{stem}\"")), "{stem} has no test");
    }
}
