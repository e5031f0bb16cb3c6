//! Saving a project: pretty JSON, written atomically (a temporary file in the same folder,
//! written, fsynced, renamed over the target, the folder fsynced: see
//! [`crate::fsio::write_atomic`]), and never over a file that is not a project this build
//! can read (a corrupt one, or one from a newer version).

use super::Project;
use super::error::ProjectError;
use super::format::FileV1;
use super::open::parse;
use super::paths::project_dir;
use std::path::Path;

/// Writes `project` to `path`. A kill at any moment leaves `path` holding the previous
/// project or the new one, whole.
pub fn save(path: &Path, project: &Project) -> Result<(), ProjectError> {
    refuse_foreign(path)?;
    let file = FileV1::new(project, &project_dir(path))?;
    let mut bytes = serde_json::to_vec_pretty(&file).map_err(|e| ProjectError::Corrupt {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    crate::fsio::write_atomic(path, &bytes)?;
    Ok(())
}

/// Refuses to replace an existing file that is not a project this build reads.
fn refuse_foreign(path: &Path) -> Result<(), ProjectError> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(source) => {
            return Err(ProjectError::Read {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let text = String::from_utf8_lossy(&text);
    match parse(path, &text) {
        Ok(_) => Ok(()),
        Err(e) => Err(ProjectError::WouldOverwrite {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }),
    }
}
