//! Walking folders for files: symlinks are followed, but a symlink loop is not, and a file
//! reached by several paths (links, loops) is visited once. A folder that cannot be listed
//! is reported as such, never as an empty folder.

use super::LoadError;
use super::read::os_message;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The files found below some paths, and what went wrong finding them.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to read: the paths given as files, in order, then each folder's files sorted.
    pub files: Vec<PathBuf>,
    /// Folders that could not be listed, and folders with no file to read.
    pub failures: Vec<LoadError>,
}

/// Expands `paths`: files are kept as given (missing ones too, so reading reports them);
/// folders are walked for files that `wanted` accepts.
pub fn walk(paths: &[PathBuf], wanted: &dyn Fn(&Path) -> bool) -> Walk {
    let mut out = Walk::default();
    let mut seen = HashSet::new();
    for path in paths {
        if !path.is_dir() {
            out.files.push(path.clone());
            continue;
        }
        let mut found = Vec::new();
        let mut unreadable = false;
        for entry in walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
        {
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) if e.loop_ancestor().is_some() => continue,
                Err(e) => {
                    unreadable |= e.depth() == 0;
                    if let Some(failure) = walk_failure(path, &e) {
                        out.failures.push(failure);
                    }
                    continue;
                }
            };
            if !entry.file_type().is_file() || !wanted(entry.path()) {
                continue;
            }
            // The same file through another link is read once.
            let key = std::fs::canonicalize(entry.path()).unwrap_or_else(|_| entry.path().into());
            if seen.insert(key) {
                found.push(entry.into_path());
            }
        }
        found.sort();
        if found.is_empty() && !unreadable {
            out.failures
                .push(LoadError::EmptyFolder { path: path.clone() });
        }
        out.files.extend(found);
    }
    out
}

/// The failure to report for a walk error: a folder that cannot be listed. A link to
/// nothing is skipped: it names no file.
fn walk_failure(root: &Path, e: &walkdir::Error) -> Option<LoadError> {
    let io = e.io_error()?;
    if io.kind() == std::io::ErrorKind::NotFound && e.depth() > 0 {
        return None;
    }
    let reason = match io.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => os_message(io),
    };
    Some(LoadError::FolderUnreadable {
        path: e.path().unwrap_or(root).to_path_buf(),
        reason,
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn symlink_loops_visit_each_file_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::create_dir_all(d.join("a/b")).expect("mkdir");
        std::fs::write(d.join("a/b/x.txt"), "x").expect("write");
        symlink(d.join("a"), d.join("a/b/up")).expect("loop 1");
        symlink(d.join("a/b"), d.join("a/again")).expect("loop 2");
        symlink(d.join("a/b/x.txt"), d.join("a/link.txt")).expect("file link");
        let w = walk(&[d.to_path_buf()], &|_| true);
        assert_eq!(w.files.len(), 1, "{:?}", w.files);
        assert!(w.failures.is_empty(), "{:?}", w.failures);
    }

    #[test]
    fn an_empty_folder_is_not_an_unreadable_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let w = walk(&[dir.path().to_path_buf()], &|_| true);
        assert!(matches!(
            w.failures.as_slice(),
            [LoadError::EmptyFolder { .. }]
        ));
    }
}
