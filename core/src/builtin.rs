//! The built-in question tree and role data, compiled into the binary and
//! read when a run starts.

use crate::diag::{Diagnostics, Source};
use crate::posting::{DEFAULT_ROLE_FILES, RoleData};
use crate::tree::{DEFAULT_TREE, DEFAULT_TREE_NAME, Tree};

/// The built-in tree and the role data its verdicts name.
#[derive(Debug)]
pub struct Builtin {
    /// The question tree (questions/hiring.toml).
    pub tree: Tree,
    /// The role data (questions/roles.toml, posting.toml and kit.toml).
    pub roles: RoleData,
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
