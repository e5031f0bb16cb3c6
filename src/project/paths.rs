//! Article paths in a project file: relative to the project's folder when the article lies
//! below it (so a folder can be moved or shared whole), absolute otherwise; always written
//! with `/`.

use std::path::{Component, Path, PathBuf};

/// The folder a project file lives in, absolute.
pub fn project_dir(project: &Path) -> PathBuf {
    let absolute = std::path::absolute(project).unwrap_or_else(|_| project.to_path_buf());
    absolute
        .parent()
        .map_or_else(|| PathBuf::from("/"), Path::to_path_buf)
}

/// How `article` is written in a project stored in `dir`; `None` when the path is not
/// valid Unicode (it could not be written in JSON and read back the same).
pub fn stored(dir: &Path, article: &Path) -> Option<String> {
    let absolute = std::path::absolute(article).unwrap_or_else(|_| article.to_path_buf());
    let absolute = normalized(&absolute);
    let shown = match absolute.strip_prefix(normalized(dir)) {
        Ok(below) => below.to_path_buf(),
        Err(_) => absolute,
    };
    let text = shown.to_str()?;
    Some(if std::path::MAIN_SEPARATOR == '/' {
        text.to_string()
    } else {
        text.replace(std::path::MAIN_SEPARATOR, "/")
    })
}

/// The path an article written as `stored` in a project in `dir` has on disk.
pub fn resolved(dir: &Path, stored: &str) -> PathBuf {
    let path = PathBuf::from(stored);
    if path.is_absolute() {
        path
    } else {
        normalized(&dir.join(path))
    }
}

/// `path` without `.` and with `..` taken against the part before it (no file system look-up).
fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push(c);
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_below_the_project_are_relative_others_absolute() {
        let dir = Path::new("/work/case");
        assert_eq!(
            stored(dir, Path::new("/work/case/src/a.txt")).as_deref(),
            Some("src/a.txt")
        );
        assert_eq!(
            stored(dir, Path::new("/work/case/./src/../b.txt")).as_deref(),
            Some("b.txt")
        );
        assert_eq!(
            stored(dir, Path::new("/elsewhere/c.txt")).as_deref(),
            Some("/elsewhere/c.txt")
        );
        assert_eq!(
            resolved(dir, "src/a.txt"),
            PathBuf::from("/work/case/src/a.txt")
        );
        assert_eq!(
            resolved(dir, "/elsewhere/c.txt"),
            PathBuf::from("/elsewhere/c.txt")
        );
        assert_eq!(resolved(dir, "../d.txt"), PathBuf::from("/work/d.txt"));
    }
}
