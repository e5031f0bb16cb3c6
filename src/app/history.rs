//! Undo and redo: every undoable command is recorded with its inverse. The history is
//! unbounded in count but bounded in memory: past [`HISTORY_BYTES`] the oldest steps are
//! forgotten.

use std::collections::VecDeque;

/// Memory the history may hold, in bytes (an estimate of each step's size): 16 MiB, some
/// ten thousand steps with notes of a
/// thousand characters.
pub const HISTORY_BYTES: usize = 16 * 1024 * 1024;

/// A change to one document that can be undone: a curation edit (publication date,
/// corrected date, label, hidden, note). Applying it returns its inverse.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    /// The document.
    pub doc: usize,
    /// The change to its curation.
    pub change: crate::curation::Edit,
}

impl Edit {
    /// The document the edit changes.
    pub fn doc(&self) -> usize {
        self.doc
    }

    /// The same edit on document `doc`.
    fn on_doc(mut self, to: usize) -> Self {
        self.doc = to;
        self
    }

    /// Roughly the bytes the edit holds: its size and the text it carries.
    fn bytes(&self) -> usize {
        std::mem::size_of::<Self>() + serde_json::to_vec(&self.change).map_or(0, |v| v.len())
    }
}

/// One step: what was done and how to take it back.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What the Edit menu calls it ("set publication date").
    pub name: &'static str,
    /// The edit as done.
    pub redo: Edit,
    /// Its inverse.
    pub undo: Edit,
}

impl Step {
    fn bytes(&self) -> usize {
        std::mem::size_of::<Self>() + self.redo.bytes() + self.undo.bytes()
    }

    fn doc(&self) -> usize {
        self.redo.doc()
    }
}

/// The steps that can be undone and redone.
#[derive(Debug, Clone)]
pub struct History {
    done: VecDeque<Step>,
    undone: Vec<Step>,
    bytes: usize,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        Self::with_limit(HISTORY_BYTES)
    }
}

impl History {
    /// An empty history holding at most `limit` bytes.
    pub fn with_limit(limit: usize) -> Self {
        Self {
            done: VecDeque::new(),
            undone: Vec::new(),
            bytes: 0,
            limit,
        }
    }

    /// Records a step just done; what was undone can no longer be redone.
    pub fn record(&mut self, step: Step) {
        self.bytes += step.bytes();
        self.done.push_back(step);
        for dropped in self.undone.drain(..) {
            self.bytes = self.bytes.saturating_sub(dropped.bytes());
        }
        while self.bytes > self.limit && self.done.len() > 1 {
            if let Some(oldest) = self.done.pop_front() {
                self.bytes = self.bytes.saturating_sub(oldest.bytes());
            }
        }
    }

    /// The step Undo would take back.
    pub fn next_undo(&self) -> Option<&Step> {
        self.done.back()
    }

    /// The step Redo would do again.
    pub fn next_redo(&self) -> Option<&Step> {
        self.undone.last()
    }

    /// Takes the last step off for undoing (the caller applies its `undo`).
    pub fn undo(&mut self) -> Option<Step> {
        let step = self.done.pop_back()?;
        self.undone.push(step.clone());
        Some(step)
    }

    /// Takes the last undone step for redoing (the caller applies its `redo`).
    pub fn redo(&mut self) -> Option<Step> {
        let step = self.undone.pop()?;
        self.done.push_back(step.clone());
        Some(step)
    }

    /// Number of steps that can be undone.
    pub fn undo_len(&self) -> usize {
        self.done.len()
    }

    /// Bytes held (an estimate).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// Forgets the steps on document `closed` and renumbers those on later documents,
    /// after it was closed.
    pub fn forget_doc(&mut self, closed: usize) {
        let renumber = |step: Step| -> Option<Step> {
            let doc = step.doc();
            if doc == closed {
                return None;
            }
            let to = if doc > closed { doc - 1 } else { doc };
            Some(Step {
                name: step.name,
                redo: step.redo.on_doc(to),
                undo: step.undo.on_doc(to),
            })
        };
        self.done = std::mem::take(&mut self.done)
            .into_iter()
            .filter_map(renumber)
            .collect();
        self.undone = std::mem::take(&mut self.undone)
            .into_iter()
            .filter_map(renumber)
            .collect();
        self.bytes = self
            .done
            .iter()
            .chain(self.undone.iter())
            .map(Step::bytes)
            .sum();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(doc: usize) -> Step {
        let change = crate::curation::Edit::Publication { date: None };
        Step {
            name: "set publication date",
            redo: Edit {
                doc,
                change: change.clone(),
            },
            undo: Edit { doc, change },
        }
    }

    #[test]
    fn undo_and_redo_walk_the_steps_and_a_new_step_drops_the_redo_list() {
        let mut h = History::default();
        h.record(step(0));
        h.record(step(1));
        assert_eq!(h.undo().map(|s| s.redo.doc()), Some(1));
        assert_eq!(h.next_redo().map(|s| s.redo.doc()), Some(1));
        assert_eq!(h.redo().map(|s| s.redo.doc()), Some(1));
        assert_eq!(h.undo().map(|s| s.redo.doc()), Some(1));
        h.record(step(2));
        assert!(h.next_redo().is_none(), "a new step ends the redo list");
        assert_eq!(h.undo_len(), 2);
    }

    #[test]
    fn the_oldest_steps_go_past_the_memory_bound() {
        let one = step(0).bytes();
        let mut h = History::with_limit(one * 3);
        for doc in 0..10 {
            h.record(step(doc));
        }
        assert_eq!(h.undo_len(), 3);
        assert!(h.bytes() <= one * 3);
        assert_eq!(h.next_undo().map(|s| s.redo.doc()), Some(9));
        // Count is not bounded while memory allows.
        let mut big = History::default();
        for _ in 0..10_000 {
            big.record(step(0));
        }
        assert_eq!(big.undo_len(), 10_000);
    }

    #[test]
    fn closing_a_document_forgets_its_steps_and_renumbers_later_ones() {
        let mut h = History::default();
        for doc in [0, 1, 2, 1] {
            h.record(step(doc));
        }
        h.undo();
        h.forget_doc(1);
        assert_eq!(h.undo_len(), 2);
        assert_eq!(h.next_undo().map(|s| s.undo.doc()), Some(1), "2 became 1");
        assert!(h.next_redo().is_none());
        assert_eq!(h.bytes(), 2 * step(0).bytes());
    }
}
