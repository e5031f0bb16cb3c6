//! The desktop app.

/// Opens the window on `files`.
pub fn run(_files: Vec<std::path::PathBuf>, _dct: Option<chrono::NaiveDate>) -> anyhow::Result<()> {
    anyhow::bail!("the window is being built")
}
