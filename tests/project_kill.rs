//! A killed save never damages a project: a child `tempora` saves a large project over
//! and over and is killed at random moments; the file, read all along and after each
//! kill, is always the old project or the new one, whole.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tempora::curation::{Curation, Edit, ExpressionKey};
use tempora::pipeline::Document;
use tempora::project::{self, Project, ProjectArticle};

/// Sentences in the article: one event each, each with a long note, so the project is a
/// few megabytes and a save takes a while.
const SENTENCES: usize = 4000;

/// Kills tried.
const ROUNDS: usize = 8;

/// A small random generator (xorshift), seeded from the clock; the seed is printed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn article_text() -> String {
    (0..SENTENCES)
        .map(|i| {
            format!(
                "The council met on {} March 20{:02}. ",
                1 + i % 28,
                10 + i % 15
            )
        })
        .collect()
}

fn big_project(dir: &Path) -> Project {
    let path = dir.join("story.txt");
    std::fs::write(&path, article_text()).expect("story");
    let doc = Document::new(tempora::article::load(&path).expect("load"));
    assert!(doc.events.len() >= SENTENCES, "{}", doc.events.len());
    let mut curation = Curation::default();
    for i in 0..doc.events.len() {
        let key = ExpressionKey::for_event(&doc, i).expect("event");
        curation.edit(Edit::Note {
            key,
            note: Some(format!(
                "note {i}: {}",
                "checked against the minutes; ".repeat(8)
            )),
        });
    }
    Project {
        articles: vec![ProjectArticle::new(&path, None, curation).expect("entry")],
        ..Project::default()
    }
}

#[test]
fn a_killed_save_leaves_the_old_or_the_new_project_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("big.tempora");
    let expected = dir.path().join("expected.tempora");
    let mut project = big_project(dir.path());
    project::save(&target, &project).expect("first save");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    println!("seed {seed}");
    let mut rng = Rng(seed);
    let (mut killed, mut new_seen, mut samples) = (0, 0, 0usize);
    for round in 0..ROUNDS {
        let old = std::fs::read(&target).expect("old");
        // Change the article (at its end, so every note still matches): the saved
        // project gets a new hash.
        let story = dir.path().join("story.txt");
        let mut text = std::fs::read_to_string(&story).expect("story");
        text.push_str(&format!("\nEnd of part {}.", "I".repeat(round + 1)));
        std::fs::write(&story, text).expect("change");
        project.articles[0].hash = project::ContentHash::of_file(&story).expect("hash");
        project::save(&expected, &project).expect("expected");
        let new = std::fs::read(&expected).expect("new");
        assert_ne!(old, new);
        let mut child = Command::new(env!("CARGO_BIN_EXE_tempora"))
            .args(["project", "update", "--repeat", "100000"])
            .arg(&target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        // Read the file all along, as another program might: until the first save shows
        // (the file changed) and a random moment more, so the kill lands among the saves.
        let started = Instant::now();
        let mut until: Option<Instant> = None;
        while until.is_none_or(|t| Instant::now() < t)
            && started.elapsed() < Duration::from_secs(60)
            && child.try_wait().ok().flatten().is_none()
        {
            let Ok(seen) = std::fs::read(&target) else {
                panic!("round {round}: the project was missing while being saved");
            };
            assert!(
                seen == old || seen == new,
                "round {round}: a reader saw neither the old nor the new project ({} bytes)",
                seen.len()
            );
            samples += 1;
            if until.is_none() && seen == new {
                until = Some(Instant::now() + Duration::from_millis(rng.below(1000)));
            }
        }
        if child.try_wait().ok().flatten().is_none() {
            killed += 1;
        }
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&target).expect("the project is still there");
        assert!(
            now == old || now == new,
            "round {round}: the project is neither the old nor the new one ({} bytes; old {}, new {})",
            now.len(),
            old.len(),
            new.len()
        );
        new_seen += usize::from(now == new);
        let read = project::read(&target).expect("reads whole");
        assert_eq!(read.articles[0].curation.events().len(), SENTENCES);
    }
    println!(
        "{killed} of {ROUNDS} children killed while saving; the new project seen {new_seen} \
         times after a kill; {samples} reads during the saves, each whole"
    );
    assert!(
        samples > ROUNDS,
        "the file was read while it was being saved"
    );
    assert!(
        killed > ROUNDS / 2,
        "most kills land while the child saves: {killed}"
    );
}
