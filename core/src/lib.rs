//! The core of hirewise: the question tree, the answers and the session
//! that walks them, the decision between a social media manager, a
//! community manager or both, and the postings and hiring kit drawn from
//! the answers.
//!
//! It is data in and data out. It draws nothing, reads no clock and no
//! environment: the front ends in the `hirewise` crate pass in today's date
//! and whatever else they learn from the outside world.

#![warn(missing_docs)]

pub mod advice;
pub mod answers;
pub mod builtin;
pub mod compare;
pub mod cond;
pub mod decide;
pub mod diag;
pub mod fill;
mod id;
pub mod outline;
pub mod paylaw;
pub mod places;
pub mod posting;
pub mod say;
pub mod session;
pub mod text;
pub mod tree;
pub mod workload;
