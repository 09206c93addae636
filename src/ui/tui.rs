//! The full-screen wizard (ratatui).

use super::{End, Wizard};

pub fn run(_wizard: &Wizard<'_>) -> anyhow::Result<End> {
    anyhow::bail!("the full-screen wizard is not built yet; use --plain or --answers FILE")
}
