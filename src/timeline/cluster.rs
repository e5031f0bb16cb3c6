//! Packing one lane: markers and labels into a few rows, the overflow into cluster badges.
//!
//! Items are stacked greedily (as vis-timeline stacks) with room for a short label; what
//! does not fit in the rows is grouped by position into count badges on an overflow row, so
//! no item is ever silently dropped. After stacking, each label takes the width that is
//! free in its row before the next item, so labels never overlap.

use super::stack::{Placed, stack_labels};

/// One item to pack: its marker's pixel extent and the width its full label wants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PackItem {
    /// Left pixel of the marker (a point's left edge, a bar's start).
    pub x0: f64,
    /// Right pixel of the marker.
    pub x1: f64,
    /// Width of the whole label, in pixels.
    pub label_w: f64,
}

/// The packing parameters of a lane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PackRules {
    /// Rows available for items.
    pub rows: usize,
    /// Smallest gap between two things in a row.
    pub gap: f64,
    /// Label room kept for each item while stacking (its label may grow into free room).
    pub min_label: f64,
    /// Labels narrower than this are left out (the tooltip still has the text).
    pub shortest_label: f64,
    /// Width of a cluster badge.
    pub badge_w: f64,
    /// Left edge of the plot: labels put before their marker start here at the earliest.
    pub left: f64,
    /// Right edge of the plot: labels stop here.
    pub right: f64,
}

/// Label room kept while stacking when there are rows to spare: the whole label.
const ROOMY_LABEL: f64 = f64::INFINITY;

/// Where a label goes relative to its marker.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Side {
    /// Inside a wide bar.
    Inside,
    /// After the marker, growing into the free width.
    After,
    /// Before the marker (near the right edge), at its reserved width.
    Before,
}

/// Where an item went.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Slot {
    /// In a row, with its label at `label_x`, `label_w` wide (0: no label).
    Row {
        /// Row (0 is the top row of the lane).
        row: usize,
        /// Left end of the label.
        label_x: f64,
        /// Width granted to the label; the label is cut to fit it.
        label_w: f64,
    },
    /// Counted in cluster number `n`.
    Cluster(usize),
}

/// A count badge standing for items that did not fit in the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Left and right pixel of the badge.
    pub x0: f64,
    /// See `x0`.
    pub x1: f64,
    /// The items it holds (indices into the input), in order of position.
    pub members: Vec<usize>,
}

/// The layout of one lane.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Packed {
    /// One slot per input item, in input order.
    pub slots: Vec<Slot>,
    /// The badges, left to right; they go on the row after the last item row.
    pub clusters: Vec<Cluster>,
    /// How many item rows are used.
    pub rows_used: usize,
}

/// Where the label of `item` goes and where it starts, keeping `reserve` pixels for it.
fn label_start(item: &PackItem, rules: &PackRules, reserve: f64) -> (f64, Side) {
    let want = item.label_w.min(reserve);
    if item.x1 - item.x0 - 12.0 >= want {
        return (item.x0.max(rules.left) + 6.0, Side::Inside);
    }
    let after = item.x1 + 5.0;
    let before = item.x0 - 5.0 - want;
    if after + item.label_w.min(rules.min_label) > rules.right && before >= rules.left {
        (before, Side::Before)
    } else {
        (after, Side::After)
    }
}

/// Packs `items` into the rows of `rules`; see the module documentation. Labels first keep
/// generous room; when that leaves items in badges, a tighter packing with short labels is
/// tried and the one leaving fewer items in badges wins.
pub fn pack(items: &[PackItem], rules: &PackRules) -> Packed {
    let roomy = pack_with(items, rules, ROOMY_LABEL.max(rules.min_label));
    if roomy.clusters.is_empty() {
        return roomy;
    }
    let tight = pack_with(items, rules, rules.min_label);
    let badged = |p: &Packed| p.clusters.iter().map(|c| c.members.len()).sum::<usize>();
    if badged(&tight) < badged(&roomy) {
        tight
    } else {
        roomy
    }
}

/// The most items one row can hold when every item's marker is at least `min_w` pixels
/// wide and starts no more than `slack` pixels outside the plot (items in a row keep the
/// gap apart). A lane with more than `rows` times this many items certainly overflows:
/// every row fills and some items go to badges, which is known without packing.
pub fn row_capacity(rules: &PackRules, min_w: f64, slack: f64) -> usize {
    let reach = (rules.right - rules.left + 2.0 * slack).max(0.0);
    (reach / (min_w + rules.gap).max(1e-9)).floor() as usize + 1
}

/// Packs `items` when they are known not to fit (more than the rows can hold): labels
/// keep only their short room, as the tighter packing of [`pack`] does.
pub fn pack_crowded(items: &[PackItem], rules: &PackRules) -> Packed {
    pack_with(items, rules, rules.min_label)
}

fn pack_with(items: &[PackItem], rules: &PackRules, reserve: f64) -> Packed {
    let starts: Vec<(f64, Side)> = items
        .iter()
        .map(|it| label_start(it, rules, reserve))
        .collect();
    let extents: Vec<(f64, f64)> = items
        .iter()
        .zip(&starts)
        .map(|(it, &(lx, side))| match side {
            Side::Inside => (it.x0, it.x1),
            Side::After => (it.x0, it.x1.max(lx + it.label_w.min(reserve))),
            Side::Before => (lx, it.x1),
        })
        .collect();
    let placed = stack_labels(&extents, rules.gap, rules.rows);
    let mut slots = vec![Slot::Cluster(0); items.len()];
    let mut rows: Vec<Vec<usize>> = vec![Vec::new(); rules.rows];
    let mut hidden: Vec<usize> = Vec::new();
    for (i, p) in placed.iter().enumerate() {
        match p {
            Placed::Lane(r) => rows.get_mut(*r).into_iter().for_each(|row| row.push(i)),
            Placed::Hidden => hidden.push(i),
        }
    }
    let rows_used = rows.iter().filter(|r| !r.is_empty()).count();
    let layout = RowLayout {
        items,
        starts: &starts,
        extents: &extents,
        rules,
        reserve,
    };
    for (r, row_items) in rows.iter_mut().enumerate() {
        row_items.sort_by(|&a, &b| extents[a].0.total_cmp(&extents[b].0));
        layout.grant_labels(r, row_items, &mut slots);
    }
    let clusters = cluster(&hidden, items, rules);
    for (n, c) in clusters.iter().enumerate() {
        for &m in &c.members {
            if let Some(s) = slots.get_mut(m) {
                *s = Slot::Cluster(n);
            }
        }
    }
    Packed {
        slots,
        clusters,
        rows_used,
    }
}

/// What granting label widths in a row needs to know.
struct RowLayout<'a> {
    items: &'a [PackItem],
    starts: &'a [(f64, Side)],
    extents: &'a [(f64, f64)],
    rules: &'a PackRules,
    reserve: f64,
}

impl RowLayout<'_> {
    /// Gives each item of row `row` (sorted by position) the label width free before the
    /// next item.
    fn grant_labels(&self, row: usize, row_items: &[usize], slots: &mut [Slot]) {
        let (items, rules) = (self.items, self.rules);
        for (k, &i) in row_items.iter().enumerate() {
            let (label_x, side) = self.starts[i];
            let next = row_items
                .get(k + 1)
                .map_or(f64::INFINITY, |&j| self.extents[j].0 - rules.gap);
            let limit = match side {
                Side::Inside => next.min(rules.right).min(items[i].x1 - 6.0),
                Side::After => next.min(rules.right),
                Side::Before => label_x + items[i].label_w.min(self.reserve),
            };
            let granted = items[i].label_w.min(limit - label_x).max(0.0);
            let granted = if granted < rules.shortest_label.min(items[i].label_w) {
                0.0
            } else {
                granted
            };
            slots[i] = Slot::Row {
                row,
                label_x,
                label_w: granted,
            };
        }
    }
}

/// Groups the hidden items (by marker middle) into badges that never overlap.
fn cluster(hidden: &[usize], items: &[PackItem], rules: &PackRules) -> Vec<Cluster> {
    let middle = |i: usize| (items[i].x0 + items[i].x1) / 2.0;
    let mut order: Vec<usize> = hidden.to_vec();
    order.sort_by(|&a, &b| middle(a).total_cmp(&middle(b)).then(a.cmp(&b)));
    let mut clusters: Vec<Cluster> = Vec::new();
    for i in order {
        let m = middle(i);
        match clusters.last_mut() {
            Some(c) if m < c.x1 + rules.gap => c.members.push(i),
            _ => {
                let x0 = clusters
                    .last()
                    .map_or(f64::NEG_INFINITY, |c| c.x1 + rules.gap)
                    .max(m - rules.badge_w / 2.0);
                clusters.push(Cluster {
                    x0,
                    x1: x0 + rules.badge_w,
                    members: vec![i],
                });
            }
        }
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules(rows: usize) -> PackRules {
        PackRules {
            rows,
            gap: 6.0,
            min_label: 60.0,
            shortest_label: 24.0,
            badge_w: 36.0,
            left: 0.0,
            right: 1_000.0,
        }
    }

    fn point(x: f64, label_w: f64) -> PackItem {
        PackItem {
            x0: x - 5.0,
            x1: x + 5.0,
            label_w,
        }
    }

    #[test]
    fn a_label_uses_the_free_width_before_the_next_item() {
        let items = [point(100.0, 400.0), point(300.0, 50.0)];
        let packed = pack(&items, &rules(1));
        let Slot::Row {
            label_x, label_w, ..
        } = packed.slots[0]
        else {
            panic!("placed");
        };
        // Grows past the 60 px it reserved, up to the next marker minus the gap.
        assert!(
            (label_x + label_w - (295.0 - 6.0)).abs() < 1e-9,
            "{label_w}"
        );
        assert!(packed.clusters.is_empty());
    }

    #[test]
    fn crowded_items_become_one_badge_with_every_member() {
        let items: Vec<PackItem> = (0..20).map(|i| point(500.0 + f64::from(i), 80.0)).collect();
        let packed = pack(&items, &rules(2));
        assert_eq!(packed.rows_used, 2);
        assert_eq!(packed.clusters.len(), 1);
        assert_eq!(packed.clusters[0].members.len(), 18);
        let in_rows = packed
            .slots
            .iter()
            .filter(|s| matches!(s, Slot::Row { .. }))
            .count();
        assert_eq!(in_rows, 2);
    }

    #[test]
    fn a_wide_bar_holds_its_label_inside() {
        let items = [PackItem {
            x0: 10.0,
            x1: 400.0,
            label_w: 120.0,
        }];
        let packed = pack(&items, &rules(1));
        assert_eq!(
            packed.slots[0],
            Slot::Row {
                row: 0,
                label_x: 16.0,
                label_w: 120.0
            }
        );
    }

    proptest! {
        #[test]
        fn more_items_than_the_capacity_always_overflow(
            raw in proptest::collection::vec((-5.0f64..1_005.0, 3.0f64..40.0, 10.0f64..300.0), 1..160),
            rows in 1usize..3,
        ) {
            let mut r = rules(rows);
            r.right = 200.0;
            let items: Vec<PackItem> = raw
                .iter()
                .map(|&(x, w, l)| PackItem { x0: x.min(205.0), x1: x.min(205.0) + w, label_w: l })
                .collect();
            let capacity = row_capacity(&r, 3.0, 5.0);
            let packed = pack_crowded(&items, &r);
            let in_rows = packed.slots.iter().filter(|s| matches!(s, Slot::Row { .. })).count();
            prop_assert!(in_rows <= rows * capacity);
            if items.len() > rows * capacity {
                prop_assert!(!packed.clusters.is_empty());
                prop_assert_eq!(packed.rows_used, rows);
            }
        }

        #[test]
        fn nothing_overlaps_and_every_item_is_reachable(
            raw in proptest::collection::vec((0.0f64..1_000.0, 0.0f64..200.0, 10.0f64..300.0), 0..80),
            rows in 1usize..5,
        ) {
            let items: Vec<PackItem> = raw
                .iter()
                .map(|&(x, w, l)| PackItem { x0: x, x1: x + w.max(10.0), label_w: l })
                .collect();
            let r = rules(rows);
            let packed = pack(&items, &r);
            // Every item is in a row or in exactly one badge.
            let mut counted = 0;
            for (n, c) in packed.clusters.iter().enumerate() {
                for &m in &c.members {
                    prop_assert_eq!(packed.slots[m], Slot::Cluster(n));
                    counted += 1;
                }
            }
            let in_rows = packed.slots.iter().filter(|s| matches!(s, Slot::Row { .. })).count();
            prop_assert_eq!(counted + in_rows, items.len());
            // Badges do not overlap.
            for w in packed.clusters.windows(2) {
                prop_assert!(w[0].x1 + r.gap <= w[1].x0 + 1e-9);
            }
            // In a row, marker+label of one item ends before the next item starts.
            let mut boxes: Vec<(usize, f64, f64)> = Vec::new();
            for (i, s) in packed.slots.iter().enumerate() {
                if let Slot::Row { row, label_x, label_w } = *s {
                    let end = items[i].x1.max(label_x + label_w);
                    boxes.push((row, items[i].x0, end));
                }
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in boxes.iter().skip(i + 1) {
                    if a.0 == b.0 {
                        prop_assert!(a.2 <= b.1 || b.2 <= a.1, "{:?} {:?}", a, b);
                    }
                }
            }
        }
    }
}
