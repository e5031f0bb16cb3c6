//! Reading a file's bytes safely: only regular files, never blocking on a FIFO, and never
//! more than [`MAX_FILE_BYTES`] + 1 bytes whatever the file system says about the size.

use super::LoadError;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// Largest file Tempora reads, in bytes (64 MiB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file's bytes and the metadata of the opened file.
#[derive(Debug)]
pub struct FileBytes {
    /// The content, at most [`MAX_FILE_BYTES`] long.
    pub bytes: Vec<u8>,
    /// Metadata of the file that was read (after following symlinks).
    pub meta: Metadata,
}

/// Reads the whole of the regular file at `path`. FIFOs, sockets and devices (even behind a
/// symlink) are refused without blocking; a file longer than [`MAX_FILE_BYTES`] is refused
/// after reading at most one byte more than the limit.
pub fn read_regular(path: &Path) -> Result<FileBytes, LoadError> {
    let owned = || path.to_path_buf();
    // The metadata of the path (following symlinks) tells a FIFO or device before it is
    // opened; the opened file is checked again below, in case the path changed meanwhile.
    let before = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if before.is_dir() {
        return Err(LoadError::IsDirectory { path: owned() });
    }
    check_regular(path, &before)?;
    let file = open_nonblocking(path).map_err(|e| io_error(path, e))?;
    let meta = file.metadata().map_err(|e| io_error(path, e))?;
    check_regular(path, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: owned(),
            size: Some(meta.len()),
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: owned(),
            size: None,
        });
    }
    Ok(FileBytes { bytes, meta })
}

/// Refuses anything but a regular file, naming what it is.
fn check_regular(path: &Path, meta: &Metadata) -> Result<(), LoadError> {
    if meta.is_file() {
        return Ok(());
    }
    Err(LoadError::NotRegular {
        path: path.to_path_buf(),
        kind: kind_of(meta),
    })
}

/// What a file that is not a regular file is, in words.
fn kind_of(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    if meta.is_dir() {
        "a directory"
    } else {
        "a special file"
    }
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

/// The error for an I/O failure on `path`: "no such file", "permission denied", or the
/// operating system's message (once).
pub fn io_error(path: &Path, e: std::io::Error) -> LoadError {
    let path = path.to_path_buf();
    match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::NotFound { path },
        std::io::ErrorKind::PermissionDenied => LoadError::PermissionDenied { path },
        _ => LoadError::Io {
            path,
            reason: os_message(&e),
        },
    }
}

/// The operating system's message for `e` without the "(os error N)" suffix, lower-cased
/// at the start to read as part of a sentence.
pub fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match text.rfind(" (os error") {
        Some(at) => text.get(..at).unwrap_or(&text).to_string(),
        None => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_regular_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("a.txt");
        std::fs::write(&p, b"hello").expect("write");
        assert_eq!(read_regular(&p).expect("reads").bytes, b"hello");
    }

    #[test]
    fn the_limit_is_exact() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("big.txt");
        let f = File::create(&p).expect("create");
        f.set_len(MAX_FILE_BYTES).expect("grow");
        assert!(read_regular(&p).is_ok());
        f.set_len(MAX_FILE_BYTES + 1).expect("grow");
        let msg = read_regular(&p).expect_err("too large").to_string();
        assert!(msg.contains("64 MiB"), "{msg}");
        assert!(msg.contains("67,108,865 bytes"), "{msg}");
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_not_read() {
        let msg = read_regular(Path::new("/dev/zero"))
            .expect_err("device")
            .to_string();
        assert!(msg.contains("not a regular file"), "{msg}");
        let dir = tempfile::tempdir().expect("tempdir");
        let link = dir.path().join("zero.txt");
        std::os::unix::fs::symlink("/dev/zero", &link).expect("symlink");
        let msg = read_regular(&link).expect_err("device").to_string();
        assert!(msg.contains("not a regular file (a device)"), "{msg}");
        let fifo = dir.path().join("x.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        let msg = read_regular(&fifo).expect_err("fifo").to_string();
        assert!(msg.contains("not a regular file (a FIFO)"), "{msg}");
    }

    #[test]
    fn os_messages_have_no_error_number() {
        let e = std::io::Error::from_raw_os_error(5);
        assert!(!os_message(&e).contains("os error"));
    }
}
