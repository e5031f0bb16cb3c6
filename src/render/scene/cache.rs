//! What a frame reuses from the frames before it, kept inside the [`TimelineModel`]:
//! which events pass the filters (with the out-of-view counts under them), and the plan of
//! the lanes while the view, the panel and the layout stay the same (hovering, selecting,
//! scrolling the lanes and repainting cost no new layout).

use super::Layout;
use super::lanes::Plan;
use super::model::TimelineModel;
use crate::timeline::TimeView;
use crate::timeline::cull::EdgeIndex;
use std::sync::{Arc, Mutex, PoisonError};

/// Which entries of each lane pass the filters, for one filter state.
#[derive(Debug)]
pub(super) struct Filtered {
    /// The layout it was computed for, with what does not filter (scroll, collapsed lanes)
    /// reset.
    key: Layout,
    /// `pass[lane][entry]`; `None` when every entry passes.
    pass: Option<Vec<Vec<bool>>>,
    /// The passing entries, for counting what is out of view.
    pub edges: EdgeIndex,
}

impl Filtered {
    /// True when entry `entry` of lane `lane` passes the filters.
    pub fn passes(&self, lane: usize, entry: usize) -> bool {
        match &self.pass {
            None => true,
            Some(pass) => pass
                .get(lane)
                .and_then(|l| l.get(entry))
                .copied()
                .unwrap_or(false),
        }
    }
}

/// What a plan depends on besides the model: the view, the height of the lanes area and
/// the layout apart from its scroll.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PlanKey {
    pub view: TimeView,
    pub area_h: f32,
    pub layout: Layout,
}

impl PlanKey {
    /// The key of a frame.
    pub fn new(view: TimeView, area_h: f32, layout: &Layout) -> Self {
        Self {
            view,
            area_h,
            layout: Layout {
                scroll_y: 0.0,
                ..layout.clone()
            },
        }
    }
}

/// The reusable results, one of each: the latest filter state and the latest plan.
#[derive(Debug, Default)]
struct Slots {
    filtered: Option<Arc<Filtered>>,
    plan: Option<(PlanKey, Arc<Plan>)>,
}

/// The cache cell of a model. A clone starts empty (what it holds is cheap to rebuild and
/// belongs to one model).
#[derive(Debug, Default)]
pub(super) struct FrameCache(Mutex<Slots>);

impl Clone for FrameCache {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl FrameCache {
    fn with<R>(&self, f: impl FnOnce(&mut Slots) -> R) -> R {
        let mut slots = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut slots)
    }

    /// Forgets everything (the model changed).
    pub fn clear(&self) {
        self.with(|s| *s = Slots::default());
    }

    /// The filter state of `layout`, computed with `passes(lane, entry)` when the filters
    /// changed since the last call.
    pub fn filtered(
        &self,
        model: &TimelineModel,
        layout: &Layout,
        passes: impl Fn(usize, usize) -> bool,
    ) -> Arc<Filtered> {
        let key = Layout {
            scroll_y: 0.0,
            collapsed: Default::default(),
            ..layout.clone()
        };
        if let Some(f) = self.with(|s| s.filtered.clone())
            && f.key == key
        {
            return f;
        }
        let pass: Vec<Vec<bool>> = model
            .lanes()
            .iter()
            .enumerate()
            .map(|(l, lane)| (0..lane.entries.len()).map(|e| passes(l, e)).collect())
            .collect();
        let all = pass.iter().all(|l| l.iter().all(|&p| p));
        let edges = EdgeIndex::new(model.lanes().iter().zip(&pass).flat_map(|(lane, p)| {
            lane.entries
                .iter()
                .zip(p)
                .filter(|(_, p)| **p)
                .map(|(e, _)| (e.begin, e.end))
        }));
        let filtered = Arc::new(Filtered {
            key,
            pass: (!all).then_some(pass),
            edges,
        });
        self.with(|s| s.filtered = Some(filtered.clone()));
        filtered
    }

    /// The plan made for `key`, if it is the latest one.
    pub fn plan(&self, key: &PlanKey) -> Option<Arc<Plan>> {
        self.with(|s| match &s.plan {
            Some((k, plan)) if k == key => Some(plan.clone()),
            _ => None,
        })
    }

    /// Keeps `plan` as the plan for `key`.
    pub fn keep_plan(&self, key: PlanKey, plan: Arc<Plan>) {
        self.with(|s| s.plan = Some((key, plan)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::fixtures::{named, sample};
    use crate::timeline::lanes::Grouping;

    #[test]
    fn the_filter_state_is_reused_until_the_filters_change() {
        let docs = vec![sample(), named("feeds/a.txt", "x", &[])];
        let model = TimelineModel::new(&docs, Grouping::Article);
        let cache = FrameCache::default();
        let layout = Layout::default();
        let all = cache.filtered(&model, &layout, |_, _| true);
        assert!(all.passes(0, 0));
        assert_eq!(all.edges.len(), model.placeable());
        // Scrolling does not filter: the same state comes back without asking again.
        let scrolled = Layout {
            scroll_y: 40.0,
            ..layout.clone()
        };
        let again = cache.filtered(&model, &scrolled, |_, _| panic!("recomputed"));
        assert!(Arc::ptr_eq(&all, &again));
        // Hiding an article is a new state.
        let mut hiding = layout.clone();
        hiding.hidden_docs.insert(0);
        let hidden = cache.filtered(&model, &hiding, |_, e| e == 0);
        assert!(hidden.passes(0, 0) && !hidden.passes(0, 1));
        assert!(!hidden.passes(7, 0), "no such lane");
        assert_eq!(hidden.edges.len(), 1);
        cache.clear();
        let fresh = cache.filtered(&model, &hiding, |_, _| true);
        assert!(!Arc::ptr_eq(&hidden, &fresh));
    }
}
