//! Hostile output (issue 13, item 7): writes are atomic and never destructive. Each test
//! builds its input in a temporary folder and runs the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Generous bound for one run on a loaded CI machine.
const TIME_BOUND: Duration = Duration::from_secs(10);

const STORY: &str = "Published: 2025-11-04\n\nRIVERTON — The bridge reopened on Monday after \
    repairs that began in August. The council voted on October 30, 2025, and work ends in \
    March 2026.\n";

fn tempora() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tempora"));
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    cmd
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    let start = Instant::now();
    let output = tempora().args(args).output().expect("run tempora");
    assert!(start.elapsed() < TIME_BOUND, "took {:?}", start.elapsed());
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn write(path: &Path, text: &str) -> PathBuf {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("fixture folder");
    }
    std::fs::write(path, text).expect("fixture");
    path.to_path_buf()
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// A small xorshift generator: kill points differ from run to run, and the seed is printed so
/// a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn new() -> Self {
        let seed = std::env::var("HOSTILE_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            })
            | 1;
        eprintln!("kill points from HOSTILE_SEED={seed}");
        Self(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

#[test]
fn render_killed_mid_write_leaves_the_old_or_the_new_image_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Enough events that encoding the image takes a while.
    let story = write(&dir.path().join("story.txt"), &STORY.repeat(200));
    let render = |out: &Path| {
        let mut cmd = tempora();
        cmd.arg("render")
            .arg(&story)
            .arg("-o")
            .arg(out)
            .args(["--width", "3000", "--height", "2000"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    let reference = dir.path().join("reference.png");
    let start = Instant::now();
    let status = render(&reference).status().expect("run tempora");
    let full = start.elapsed();
    assert!(status.success());
    let new = std::fs::read(&reference).expect("reference image");
    let old = b"an older image that must survive any kill".repeat(1000);
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).expect("out folder");
    let target = out_dir.join("timeline.png");
    let mut rng = Rng::new();
    let full_micros = u64::try_from(full.as_micros()).unwrap_or(u64::MAX);
    let (mut saw_old, mut saw_new) = (0, 0);
    for round in 0..20 {
        std::fs::write(&target, &old).expect("old image");
        let mut child = render(&target).spawn().expect("spawn tempora");
        // Kill anywhere from the start to a little past the expected end.
        let wait = rng.below(full_micros + full_micros / 4);
        std::thread::sleep(Duration::from_micros(wait));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&target).expect("the target still exists");
        if now == old {
            saw_old += 1;
        } else if now == new {
            saw_new += 1;
        } else {
            panic!(
                "round {round}: killed after {wait} µs, the target holds {} bytes that are \
                 neither the old image nor the new one",
                now.len()
            );
        }
    }
    eprintln!("{saw_old} kills left the old image, {saw_new} the new one (full run {full:?})");
    // Leftovers of killed runs are hidden temporary files beside the target, never the target.
    for name in names(&out_dir) {
        assert!(
            name == "timeline.png"
                || (name.starts_with(".timeline.png.") && name.ends_with(".tmp")),
            "unexpected file {name}"
        );
    }
}

#[cfg(unix)]
#[test]
fn render_onto_a_symlink_replaces_the_link_not_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let story = write(&dir.path().join("story.txt"), STORY);
    let precious = write(&dir.path().join("precious.svg"), "<svg>keep me</svg>");
    let link = dir.path().join("timeline.svg");
    std::os::unix::fs::symlink(&precious, &link).expect("symlink");
    let output = run(&[
        "render".as_ref(),
        story.as_os_str(),
        "-o".as_ref(),
        link.as_os_str(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(&precious).expect("read"),
        "<svg>keep me</svg>"
    );
    let meta = std::fs::symlink_metadata(&link).expect("meta");
    assert!(meta.is_file(), "the link was replaced by a regular file");
    assert!(
        std::fs::read_to_string(&link)
            .expect("read")
            .contains("<svg")
    );
}

#[cfg(unix)]
#[test]
fn render_refuses_an_output_that_resolves_to_an_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let story = write(&dir.path().join("story.txt"), STORY);
    let link = dir.path().join("timeline.svg");
    std::os::unix::fs::symlink(&story, &link).expect("symlink");
    let output = run(&[
        "render".as_ref(),
        story.as_os_str(),
        "-o".as_ref(),
        link.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("refusing to write over an input file"),
        "{message}"
    );
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(std::fs::read_to_string(&story).expect("read"), STORY);
}

#[test]
fn extract_timeml_refuses_to_overwrite_its_own_input() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tml = "<TimeML><DOCID>x</DOCID><TEXT>It rained on Monday.</TEXT></TimeML>\n";
    let input = write(&dir.path().join("d").join("x.tml"), tml);
    let out_dir = dir.path().join("d");
    let output = run(&[
        "extract".as_ref(),
        "--format".as_ref(),
        "timeml".as_ref(),
        "--out-dir".as_ref(),
        out_dir.as_os_str(),
        input.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("x.tml"), "{message}");
    assert!(
        message.contains("refusing to write over an input file"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&input).expect("read"), tml);
    assert_eq!(names(&out_dir), ["x.tml"]);
}

#[test]
fn extract_timeml_refuses_two_inputs_with_one_output_name_before_writing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(&dir.path().join("a").join("story.txt"), STORY);
    let b = write(&dir.path().join("b").join("story.md"), STORY);
    let c = write(&dir.path().join("a").join("other.txt"), STORY);
    let out_dir = dir.path().join("out");
    let output = run(&[
        "extract".as_ref(),
        "--format".as_ref(),
        "timeml".as_ref(),
        "--out-dir".as_ref(),
        out_dir.as_os_str(),
        c.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("story.txt") && message.contains("story.md"),
        "{message}"
    );
    assert!(message.contains("would both be written to"), "{message}");
    assert!(!out_dir.exists(), "nothing is written, not even the folder");
}

#[test]
fn extract_timeml_out_dir_writes_each_document_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(&dir.path().join("in").join("a.txt"), STORY);
    let b = write(&dir.path().join("in").join("b.txt"), "Nothing dated here.");
    let out_dir = dir.path().join("out");
    write(
        &out_dir.join("a.tml"),
        "an old, longer document that is replaced whole",
    );
    let output = run(&[
        "extract".as_ref(),
        "--format".as_ref(),
        "timeml".as_ref(),
        "--out-dir".as_ref(),
        out_dir.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(names(&out_dir), ["a.tml", "b.tml"]);
    let written = std::fs::read_to_string(out_dir.join("a.tml")).expect("read");
    assert!(
        written.starts_with("<?xml") || written.contains("<TimeML"),
        "{written}"
    );
    assert!(written.contains("<TIMEX3"), "{written}");
    assert!(!written.contains("an old"), "{written}");
}

#[test]
fn extract_lines_carry_the_articles_suggestions() {
    // Suggestions are computed once per article; every line still carries them.
    let dir = tempfile::tempdir().expect("temp dir");
    let story = write(
        &dir.path().join("undated.txt"),
        "The vote was on March 3, 2025. It rained on Monday. It snowed on Tuesday.",
    );
    let output = run(&["extract".as_ref(), story.as_os_str()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 3);
    for line in &lines {
        let suggestions = line["publication"]["suggestions"]
            .as_array()
            .expect("suggestions");
        assert!(
            suggestions.iter().any(|s| s["date"] == "2025-03-03"),
            "{line}"
        );
    }
}

#[cfg(unix)]
#[test]
fn render_messages_escape_the_output_file_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let story = write(&dir.path().join("story.txt"), STORY);
    let wrote_to = dir.path().join("forged\nline\u{1b}[2J.svg");
    let output = run(&[
        "render".as_ref(),
        story.as_os_str(),
        "-o".as_ref(),
        wrote_to.as_os_str(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("tempora: wrote "), "{message}");
    assert!(message.contains("forged\\nline\\u{1b}[2J.svg"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(!message.contains('\u{1b}'), "{message}");

    let unknown = dir.path().join("bad\nname.gif");
    let output = run(&[
        "render".as_ref(),
        story.as_os_str(),
        "-o".as_ref(),
        unknown.as_os_str(),
    ]);
    assert!(!output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("bad\\nname.gif"), "{message}");
    assert_eq!(message.lines().count(), 1, "{message}");
}
