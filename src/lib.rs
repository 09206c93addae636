//! hirewise: decide whether to hire a social media manager, a community
//! manager or both, explain why, and draft the job posting.
//!
//! The decision and the postings live in `hirewise_core`; this crate holds
//! what touches the outside world: the front ends in `ui`, the text report,
//! saving answers and writing output files.

pub mod builtin;
pub mod outputs;
pub mod report;
pub mod store;
pub mod ui;
