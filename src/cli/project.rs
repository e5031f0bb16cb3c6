//! Projects on the command line: `tempora project new` and `tempora project update`, and
//! a `.tempora` file given to `extract` and `render` in place of article files.

use crate::article;
use crate::curation::Curation;
use crate::pipeline::Document;
use crate::project::{self, Project, ProjectArticle, SavedView};
use crate::render::Layout;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::Subcommand;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `tempora project …`.
#[derive(Debug, Subcommand)]
pub(super) enum ProjectCommand {
    /// Create a project (.tempora) from article files or folders.
    New {
        /// The project file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Article files or folders (.txt, .md, .html, .json, .jsonl, .tml).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Replace an existing project (its curation is lost).
        #[arg(long)]
        force: bool,
    },
    /// Re-read a project's articles and save it again: changed articles get their new
    /// hash and keep the edits that still match; the others are reported and dropped.
    Update {
        /// The project file.
        project: PathBuf,
        /// Save this many times over (used to test that a killed save never damages the
        /// project).
        #[arg(long, default_value_t = 1, hide = true)]
        repeat: u32,
    },
}

/// Runs a `project` subcommand.
pub(super) fn run(command: ProjectCommand) -> Result<ExitCode> {
    match command {
        ProjectCommand::New {
            output,
            files,
            force,
        } => new(&output, &files, force),
        ProjectCommand::Update { project, repeat } => update(&project, repeat),
    }
}

fn new(output: &Path, files: &[PathBuf], force: bool) -> Result<ExitCode> {
    if !project::is_project_path(output) {
        bail!(
            "{}: a project file ends in .{}",
            article::shown(output),
            project::EXTENSION
        );
    }
    if output.exists() && !force {
        bail!(
            "{}: already exists; give --force to replace it (its curation would be lost)",
            article::shown(output)
        );
    }
    let (inputs, _) = article::expand_paths(files);
    let plan: Vec<(PathBuf, PathBuf)> = inputs
        .iter()
        .map(|f| (f.clone(), output.to_path_buf()))
        .collect();
    crate::fsio::check_outputs(&inputs, &plan, true)?;
    let mut articles = Vec::new();
    for path in &inputs {
        match article::load_file(path) {
            Ok(found) => {
                for a in found {
                    articles.push(ProjectArticle::new(path, a.item, Curation::default())?);
                }
            }
            Err(e) => eprintln!("tempora: {e}"),
        }
    }
    if articles.is_empty() {
        bail!("no article could be read");
    }
    let count = articles.len();
    let project = Project {
        articles,
        ..Project::default()
    };
    project::save(output, &project)?;
    eprintln!(
        "tempora: wrote {} ({count} article{})",
        article::shown(output),
        if count == 1 { "" } else { "s" }
    );
    Ok(ExitCode::SUCCESS)
}

fn update(path: &Path, repeat: u32) -> Result<ExitCode> {
    let opened = project::open(path)?;
    print_notes(&opened.notes());
    let project = opened.project();
    for _ in 0..repeat.max(1) {
        project::save(path, &project)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn print_notes(notes: &[String]) {
    for note in notes {
        eprintln!("tempora: note: {}", article::escape_text(note));
    }
}

/// What `extract` and `render` read: articles, or one project with its curation, layout
/// and view.
pub(super) struct Inputs {
    /// The documents; from a project, curated and without its hidden events.
    pub docs: Vec<Document>,
    /// The project's lanes, filters, search and view, when a project was given.
    pub project: Option<(Layout, Option<SavedView>)>,
}

/// Reads `files`: one `.tempora` project, or article files and folders.
pub(super) fn load_inputs(files: &[PathBuf], dct: Option<NaiveDate>) -> Result<Inputs> {
    let projects = files.iter().filter(|f| project::is_project_path(f)).count();
    let [file] = files else {
        if projects > 0 {
            bail!("give a project file alone, without other files");
        }
        return Ok(Inputs {
            docs: super::load_documents(files, dct)?,
            project: None,
        });
    };
    if projects == 0 {
        return Ok(Inputs {
            docs: super::load_documents(files, dct)?,
            project: None,
        });
    }
    if dct.is_some() {
        bail!("--dct does not apply to a project: its publication dates are part of it");
    }
    let opened = project::open(file)?;
    print_notes(&opened.notes());
    let layout = opened.layout_of_documents();
    let view = opened.view;
    let mut docs = opened.into_documents();
    if docs.is_empty() {
        bail!(
            "{}: none of its articles could be read",
            article::shown(file)
        );
    }
    for doc in &mut docs {
        doc.events.retain(|e| !e.is_hidden());
    }
    Ok(Inputs {
        docs,
        project: Some((layout, view)),
    })
}
