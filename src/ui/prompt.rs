//! The line-by-line wizard (inquire).

use super::{End, Wizard};

pub fn run(_wizard: &Wizard<'_>) -> anyhow::Result<End> {
    anyhow::bail!("the line-by-line wizard is not built yet; use --answers FILE")
}
