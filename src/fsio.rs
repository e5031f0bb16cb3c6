//! Safe output files: atomic, never-destructive writes, and the checks that keep an output
//! from landing on an input.
//!
//! Every file Tempora writes (rendered images, `extract --out-dir` documents, and project
//! files and exports) goes through [`write_atomic`]: the bytes go to a temporary file in the
//! target's own folder, are flushed to disk, and the temporary file is renamed over the
//! target. A reader (or a crash, or a kill) sees either the old file or the new one, whole,
//! never a truncated mix. A symlink at the target is replaced by the new file; the file it
//! pointed to is left untouched.
//!
//! Before a command writes anything, [`check_outputs`] refuses an output that is one of the
//! inputs and two inputs that would be written to the same output.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// An output file could not be written: its temporary file could not be created, written,
/// flushed or renamed. The target is unchanged.
#[derive(Debug, thiserror::Error)]
#[error("{}: cannot write: {source}", quoted(path))]
pub struct WriteError {
    /// The requested output path.
    pub path: PathBuf,
    /// The OS error.
    pub source: std::io::Error,
}

/// Why a planned set of outputs was refused before anything was written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output path is (or resolves to) one of the inputs.
    #[error("{}: refusing to write over an input file", quoted(path))]
    OverwritesInput {
        /// The output path as given.
        path: PathBuf,
    },
    /// Two inputs would be written to the same output file.
    #[error(
        "{} and {} would both be written to {}; rename one of them or write them in two runs",
        quoted(first),
        quoted(second),
        quoted(output)
    )]
    SameOutput {
        /// The first input mapped to `output`.
        first: PathBuf,
        /// The second input mapped to `output`.
        second: PathBuf,
        /// The shared output path.
        output: PathBuf,
    },
}

/// A path as printed in messages: quoted and escaped, so a newline or an escape sequence in
/// a file name cannot forge output lines or drive the terminal.
fn quoted(path: &Path) -> String {
    format!("{:?}", path.display().to_string())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is written,
/// fsynced and renamed over `path`, so `path` always holds either its old content or all of
/// `bytes`. A symlink at `path` is replaced, not written through. An existing regular file's
/// permissions are kept; a new file gets the usual permissions (0666 less the umask).
/// After a kill mid-write a hidden `.NAME.*.tmp` file may remain beside the target; the
/// target itself is never damaged.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let io = |source| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io(std::io::Error::other("the path names no file")))?;
    let mut builder = tempfile::Builder::new();
    let prefix = format!(".{}.", name.to_string_lossy());
    builder.prefix(&prefix).suffix(".tmp");
    let kept = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions());
    #[cfg(unix)]
    let fresh = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o666)
    };
    #[cfg(unix)]
    builder.permissions(fresh);
    let mut temp = builder.tempfile_in(dir).map_err(io)?;
    if let Some(permissions) = kept {
        temp.as_file().set_permissions(permissions).map_err(io)?;
    }
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Flushes the folder entry of a rename to disk where the platform allows it. Best effort:
/// the rename itself already happened, and a failure here cannot undo or corrupt it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The places `path` stands for on disk: the folder entry it names (its folder resolved,
/// the last component kept, so a symlink is itself) and, when it exists, the file it
/// finally resolves to. Two paths overlap when these sets share a member.
fn identities(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::with_capacity(2);
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let entry = match (absolute.parent(), absolute.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(dir)
            .map(|d| d.join(name))
            .unwrap_or_else(|_| absolute.clone()),
        _ => absolute.clone(),
    };
    out.push(entry);
    if let Ok(real) = std::fs::canonicalize(path)
        && !out.contains(&real)
    {
        out.push(real);
    }
    out
}

/// Checks a planned set of writes before any of them happens. `plan` pairs each input file
/// with the output it will be written to (several inputs may share one output only when the
/// command merges them, as `render` does: give such a command `merged = true`). `inputs` is
/// every input file of the run. Refuses an output that is, or resolves to, any input, and
/// (unless `merged`) two inputs that map to one output.
pub fn check_outputs(
    inputs: &[PathBuf],
    plan: &[(PathBuf, PathBuf)],
    merged: bool,
) -> Result<(), OutputError> {
    let mut input_ids: HashMap<PathBuf, &Path> = HashMap::new();
    for input in inputs {
        for id in identities(input) {
            input_ids.entry(id).or_insert(input);
        }
    }
    let mut claimed: HashMap<PathBuf, &Path> = HashMap::new();
    for (input, output) in plan {
        let ids = identities(output);
        if ids.iter().any(|id| input_ids.contains_key(id)) {
            return Err(OutputError::OverwritesInput {
                path: output.clone(),
            });
        }
        if merged {
            continue;
        }
        if let Some(first) = claimed.get(&ids[0])
            && *first != input.as_path()
        {
            return Err(OutputError::SameOutput {
                first: first.to_path_buf(),
                second: input.clone(),
                output: output.clone(),
            });
        }
        claimed.insert(ids[0].clone(), input);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().expect("temp dir")
    }

    #[test]
    fn writes_a_new_file_and_replaces_an_old_one_whole() {
        let d = dir();
        let target = d.path().join("out.svg");
        write_atomic(&target, b"first version, rather long").expect("write");
        write_atomic(&target, b"second").expect("rewrite");
        assert_eq!(std::fs::read(&target).expect("read"), b"second");
        let names: Vec<_> = std::fs::read_dir(d.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["out.svg"], "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_replaced_not_written_through() {
        let d = dir();
        let precious = d.path().join("precious.txt");
        std::fs::write(&precious, b"keep me").expect("fixture");
        let link = d.path().join("out.png");
        std::os::unix::fs::symlink(&precious, &link).expect("symlink");
        write_atomic(&link, b"image").expect("write");
        assert_eq!(std::fs::read(&precious).expect("read"), b"keep me");
        assert!(!std::fs::symlink_metadata(&link).expect("meta").is_symlink());
        assert_eq!(std::fs::read(&link).expect("read"), b"image");
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir();
        let target = d.path().join("out.svg");
        std::fs::write(&target, b"old").expect("fixture");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&target, b"new").expect("write");
        let mode = std::fs::metadata(&target)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_output() {
        let d = dir();
        let target = d.path().join("no-such-folder").join("out.svg");
        let err = write_atomic(&target, b"x").expect_err("must fail");
        assert!(err.to_string().contains("out.svg"), "{err}");
    }

    #[test]
    fn an_output_equal_to_an_input_is_refused() {
        let d = dir();
        let input = d.path().join("x.tml");
        std::fs::write(&input, b"<TimeML/>").expect("fixture");
        // Spelled differently, same file.
        let output = d.path().join(".").join("x.tml");
        let plan = [(input.clone(), output)];
        let err = check_outputs(std::slice::from_ref(&input), &plan, false).expect_err("refused");
        assert!(matches!(err, OutputError::OverwritesInput { .. }), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn an_output_resolving_to_an_input_is_refused() {
        let d = dir();
        let input = d.path().join("story.txt");
        std::fs::write(&input, b"text").expect("fixture");
        let link = d.path().join("out.svg");
        std::os::unix::fs::symlink(&input, &link).expect("symlink");
        let plan = [(input.clone(), link)];
        assert!(check_outputs(std::slice::from_ref(&input), &plan, true).is_err());
    }

    #[test]
    fn two_inputs_with_one_output_name_are_refused_unless_merged() {
        let d = dir();
        let a = d.path().join("a").join("x.txt");
        let b = d.path().join("b").join("x.md");
        let out = d.path().join("out").join("x.tml");
        let plan = [(a.clone(), out.clone()), (b.clone(), out)];
        let inputs = [a, b];
        let err = check_outputs(&inputs, &plan, false).expect_err("refused");
        assert!(matches!(err, OutputError::SameOutput { .. }), "{err}");
        assert!(check_outputs(&inputs, &plan, true).is_ok());
    }

    #[test]
    fn distinct_outputs_pass() {
        let d = dir();
        let a = d.path().join("a.txt");
        let b = d.path().join("b.txt");
        let plan = [
            (a.clone(), d.path().join("out").join("a.tml")),
            (b.clone(), d.path().join("out").join("b.tml")),
        ];
        assert!(check_outputs(&[a, b], &plan, false).is_ok());
    }

    #[test]
    fn names_are_quoted_in_messages() {
        let err = OutputError::OverwritesInput {
            path: PathBuf::from("evil\nname\u{1b}[2J.svg"),
        };
        let text = err.to_string();
        assert!(!text.contains('\n') && !text.contains('\u{1b}'), "{text}");
    }
}
