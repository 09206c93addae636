//! hirewise: decide whether to hire a social media manager, a community
//! manager or both, explain why, and draft the job posting.
//!
//! The core (`tree`, `session`, `decide`, `posting`) is pure data in and
//! out; the front ends in `ui` only adapt it to a terminal.

pub mod advice;
pub mod answers;
pub mod builtin;
pub mod compare;
pub mod cond;
pub mod decide;
pub mod diag;
pub mod fill;
pub mod outputs;
pub mod paylaw;
pub mod places;
pub mod posting;
pub mod report;
pub mod say;
pub mod session;
pub mod store;
pub mod text;
pub mod tree;
pub mod ui;
pub mod workload;
