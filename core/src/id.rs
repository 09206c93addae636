//! Typed indices into a checked tree: a question, an option of a
//! question, an outcome and a verdict are each named by their own type,
//! so that one cannot be used where another is meant.
//!
//! Only the core makes them, from a tree it has checked; a front end gets
//! them from the tree and the session and hands them back.

use serde::{Deserialize, Serialize};
use std::marker::PhantomData;
use std::ops::Range;

/// The ids of a list's items, in order, such as `Tree::question_ids`.
#[derive(Debug, Clone)]
pub struct Ids<T> {
    places: Range<usize>,
    id: PhantomData<T>,
}

impl<T> Ids<T> {
    /// The ids of the items of `list`.
    pub(crate) fn of<U>(list: &[U]) -> Self {
        Self {
            places: 0..list.len(),
            id: PhantomData,
        }
    }
}

/// Each item of a list with its id, in order, such as `Tree::each_question`.
pub type Each<'a, I, T> = std::iter::Zip<Ids<I>, std::slice::Iter<'a, T>>;

/// The items of `list` with their ids.
pub(crate) fn each<I, T>(list: &[T]) -> Each<'_, I, T>
where
    Ids<I>: Iterator,
{
    Ids::of(list).zip(list)
}

/// Defines one index newtype.
macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(usize);

        impl $name {
            /// The id of the item at this place in its list.
            // Some ids are only ever made all at once, by `all`.
            #[allow(dead_code)]
            pub(crate) const fn new(index: usize) -> Self {
                Self(index)
            }

            /// The item's place in its list, in file order.
            pub const fn index(self) -> usize {
                self.0
            }
        }

        impl Iterator for Ids<$name> {
            type Item = $name;

            fn next(&mut self) -> Option<$name> {
                self.places.next().map($name)
            }

            fn size_hint(&self) -> (usize, Option<usize>) {
                self.places.size_hint()
            }
        }

        impl DoubleEndedIterator for Ids<$name> {
            fn next_back(&mut self) -> Option<$name> {
                self.places.next_back().map($name)
            }
        }

        impl ExactSizeIterator for Ids<$name> {}
    };
}

id!(
    /// A question of a tree: its place in `Tree::questions`.
    QuestionId
);
id!(
    /// An option of one question: its place in `Question::options`.
    OptionId
);
id!(
    /// An outcome of a tree: its place in `Tree::outcomes`, and in every
    /// list of scores.
    OutcomeId
);
id!(
    /// A verdict of a tree: its place in `Tree::verdicts`.
    VerdictId
);
