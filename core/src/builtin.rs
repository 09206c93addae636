//! The built-in question tree and role data, compiled into the binary and
//! read when a run starts.

use crate::diag::{Diagnostics, Source};
use crate::posting::{DEFAULT_ROLE_FILES, RoleData};
use crate::tree::{DEFAULT_TREE, DEFAULT_TREE_NAME, Tree};
use serde::{Deserialize, Serialize};

/// The built-in tree and the role data its verdicts name.
///
/// A front end can ship it already checked: [`Builtin::encode`] at build
/// time, [`Builtin::decode`] at run time. Both sides must be built from
/// the same source of this crate, since the encoding follows the types.
#[derive(Debug, Serialize, Deserialize)]
pub struct Builtin {
    /// The question tree (questions/hiring.toml).
    pub tree: Tree,
    /// The role data (questions/roles.toml, posting.toml and kit.toml).
    pub roles: RoleData,
}

impl Builtin {
    /// The compact binary form (postcard) of the checked data.
    pub fn encode(&self) -> Result<Vec<u8>, String> {
        postcard::to_allocvec(self).map_err(|e| format!("cannot encode the built-in data: {e}"))
    }

    /// The data back from [`Builtin::encode`]'s bytes, with the lookups
    /// the encoding leaves out rebuilt.
    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        let mut b: Self = postcard::from_bytes(bytes)
            .map_err(|e| format!("cannot decode the built-in data: {e}"))?;
        b.tree.reindex();
        Ok(b)
    }
}

/// Check the data that is read only when it is first needed: the wording
/// list (questions/wording.toml) and the pay laws
/// (questions/pay_laws.toml).
pub fn check_lazy() -> Result<(), String> {
    crate::posting::lint::check_default().map_err(|d| d.to_string())?;
    crate::paylaw::parse(crate::paylaw::DEFAULT_NAME, crate::paylaw::DEFAULT).map(|_| ())
}

/// The sources of the built-in role data, named as in the repository.
pub fn role_sources() -> Vec<Source> {
    DEFAULT_ROLE_FILES
        .iter()
        .map(|(name, text)| Source::new(*name, *text))
        .collect()
}

/// Parse and check the built-in data, as `hirewise check` would.
pub fn load() -> Result<Builtin, Diagnostics> {
    let tree = Tree::parse(&Source::new(DEFAULT_TREE_NAME, DEFAULT_TREE))?;
    let roles = load_roles(&tree)?;
    Ok(Builtin { tree, roles })
}

/// The built-in role data, checked against the built-in tree, and the
/// verdicts' roles checked against it.
pub fn load_roles(tree: &Tree) -> Result<RoleData, Diagnostics> {
    roles_for(tree, true).map(|(roles, _)| roles)
}

/// The built-in role data for any tree: strictly for the built-in one, or
/// leaving out what another tree's questions cannot fill. Also the
/// warnings found.
pub fn roles_for(
    tree: &Tree,
    strict: bool,
) -> Result<(RoleData, Vec<crate::diag::Diagnostic>), Diagnostics> {
    let (roles, warnings) =
        RoleData::load_for(&role_sources(), tree, strict).map_err(Diagnostics)?;
    let problems = crate::posting::data::check_verdict_roles(tree, &roles);
    if problems.is_empty() {
        Ok((roles, warnings))
    } else {
        Err(Diagnostics(problems))
    }
}
