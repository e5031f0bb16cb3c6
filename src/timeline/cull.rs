//! Culling: which items of a large set meet a visible time range, by binary search.
//!
//! Items are kept in length classes (each class holds lengths up to twice the one before),
//! each sorted by begin. An item meets `[lo, hi]` when `begin <= hi` and `end >= lo`; in a
//! class whose items are at most `max_len` long, only begins in `[lo - max_len, hi]` can, and
//! that run is found by binary search. A century-long item therefore never forces a scan
//! of all the day items.
//!
//! [`EdgeIndex`] answers the other question of a frame, what lies out of view on each side,
//! with prefix counts over the items sorted once.

/// A time-sorted index over `(begin, end)` items (seconds), answering "which meet this
/// range" without visiting the items far from it.
#[derive(Debug, Clone, Default)]
pub struct TimeIndex {
    classes: Vec<LengthClass>,
    len: usize,
}

#[derive(Debug, Clone, Default)]
struct LengthClass {
    max_len: f64,
    /// `(begin, end, item)` sorted by begin.
    items: Vec<(f64, f64, usize)>,
}

/// The shortest length class bound: one minute.
const FIRST_CLASS_SECS: f64 = 60.0;

fn class_of(len: f64) -> usize {
    if len <= FIRST_CLASS_SECS {
        return 0;
    }
    (len / FIRST_CLASS_SECS).log2().ceil().max(0.0) as usize
}

impl TimeIndex {
    /// The index of `items` (non-finite ones are left out); each is returned as its
    /// position in `items`.
    pub fn new(items: &[(f64, f64)]) -> Self {
        let mut index = Self::default();
        for (i, &(b, e)) in items.iter().enumerate() {
            index.insert_unsorted(b, e, i);
        }
        index.sort();
        index
    }

    fn insert_unsorted(&mut self, begin: f64, end: f64, item: usize) {
        if !begin.is_finite() || !end.is_finite() {
            return;
        }
        let (b, e) = (begin.min(end), begin.max(end));
        let c = class_of(e - b);
        if self.classes.len() <= c {
            self.classes.resize_with(c + 1, LengthClass::default);
        }
        if let Some(class) = self.classes.get_mut(c) {
            class.max_len = class.max_len.max(e - b);
            class.items.push((b, e, item));
            self.len += 1;
        }
    }

    fn sort(&mut self) {
        for class in &mut self.classes {
            class
                .items
                .sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
        }
    }

    /// Adds items numbered `first..` (appended to the caller's list) without rebuilding:
    /// each class merges the new, sorted run into its sorted list.
    pub fn extend(&mut self, first: usize, items: &[(f64, f64)]) {
        let mut added = Self::default();
        for (i, &(b, e)) in items.iter().enumerate() {
            added.insert_unsorted(b, e, first + i);
        }
        added.sort();
        if self.classes.len() < added.classes.len() {
            self.classes
                .resize_with(added.classes.len(), LengthClass::default);
        }
        for (mine, new) in self.classes.iter_mut().zip(added.classes) {
            if new.items.is_empty() {
                continue;
            }
            mine.max_len = mine.max_len.max(new.max_len);
            let old = std::mem::take(&mut mine.items);
            mine.items = merge_sorted(old, new.items);
        }
        self.len += added.len;
    }

    /// How many items are indexed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Calls `f(item, begin, end)` for every item meeting `[lo, hi]`, class by class, each
    /// class in order of begin.
    pub fn visit(&self, lo: f64, hi: f64, mut f: impl FnMut(usize, f64, f64)) {
        for class in &self.classes {
            let from = class.items.partition_point(|it| it.0 < lo - class.max_len);
            let to = class.items.partition_point(|it| it.0 <= hi);
            for &(b, e, i) in class.items.get(from..to).unwrap_or(&[]) {
                if e >= lo {
                    f(i, b, e);
                }
            }
        }
    }

    /// The items meeting `[lo, hi]`, sorted by position.
    pub fn query(&self, lo: f64, hi: f64) -> Vec<usize> {
        let mut out = Vec::new();
        self.visit(lo, hi, |i, _, _| out.push(i));
        out.sort_unstable();
        out
    }

    /// How many items lie wholly before `lo` and wholly after `hi`.
    pub fn outside(&self, lo: f64, hi: f64) -> (usize, usize) {
        let mut before = 0;
        let mut after = 0;
        for class in &self.classes {
            // Begins after `hi` are after; of the rest, ends before `lo` are before.
            let to = class.items.partition_point(|it| it.0 <= hi);
            after += class.items.len() - to;
            let near = class.items.partition_point(|it| it.0 < lo - class.max_len);
            before += near;
            before += class
                .items
                .get(near..to)
                .unwrap_or(&[])
                .iter()
                .filter(|it| it.1 < lo)
                .count();
        }
        (before, after)
    }
}

/// The items wholly before or after a range: how many, and the first few calendar groups
/// (years) of their begins, found by binary search over the items sorted once. A frame then
/// counts the events out of view without visiting them.
#[derive(Debug, Clone, Default)]
pub struct EdgeIndex {
    /// `(begin, end)`, sorted by begin.
    by_begin: Vec<(f64, f64)>,
    /// The ends, sorted.
    ends: Vec<f64>,
}

impl EdgeIndex {
    /// The index of `items` (`(begin, end)` in seconds; non-finite ones are left out).
    pub fn new(items: impl IntoIterator<Item = (f64, f64)>) -> Self {
        let mut by_begin: Vec<(f64, f64)> = items
            .into_iter()
            .filter(|(b, e)| b.is_finite() && e.is_finite())
            .map(|(b, e)| (b.min(e), b.max(e)))
            .collect();
        by_begin.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut ends: Vec<f64> = by_begin.iter().map(|it| it.1).collect();
        ends.sort_by(f64::total_cmp);
        Self { by_begin, ends }
    }

    /// How many items are indexed.
    pub fn len(&self) -> usize {
        self.by_begin.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.by_begin.is_empty()
    }

    /// How many items end before `lo`.
    pub fn before(&self, lo: f64) -> usize {
        self.ends.partition_point(|&e| e < lo)
    }

    /// How many items begin after `hi`.
    pub fn after(&self, hi: f64) -> usize {
        self.len() - self.by_begin.partition_point(|it| it.0 <= hi)
    }

    /// The first `n` distinct groups, earliest first, of the begins of the items ending
    /// before `lo`. `group` must not decrease as its argument grows (a calendar year does).
    pub fn groups_before(&self, lo: f64, n: usize, group: impl Fn(f64) -> i32) -> Vec<i32> {
        let stop = self.by_begin.partition_point(|it| it.0 < lo);
        self.groups(0, stop, n, |it| it.1 < lo, group)
    }

    /// The first `n` distinct groups, earliest first, of the begins of the items beginning
    /// after `hi`; see [`EdgeIndex::groups_before`].
    pub fn groups_after(&self, hi: f64, n: usize, group: impl Fn(f64) -> i32) -> Vec<i32> {
        let from = self.by_begin.partition_point(|it| it.0 <= hi);
        self.groups(from, self.len(), n, |_| true, group)
    }

    /// Walks `by_begin[from..stop]`, taking the group of each item that `keep`s and then
    /// jumping past the rest of that group by binary search.
    fn groups(
        &self,
        from: usize,
        stop: usize,
        n: usize,
        keep: impl Fn(&(f64, f64)) -> bool,
        group: impl Fn(f64) -> i32,
    ) -> Vec<i32> {
        let items = self.by_begin.get(..stop).unwrap_or(&self.by_begin);
        let mut out: Vec<i32> = Vec::new();
        let mut i = from;
        while out.len() < n {
            let Some(it) = items.get(i) else {
                break;
            };
            if !keep(it) {
                i += 1;
                continue;
            }
            let g = group(it.0);
            out.push(g);
            let rest = items.get(i + 1..).unwrap_or(&[]);
            i += 1 + rest.partition_point(|x| group(x.0) <= g);
        }
        out
    }
}

fn merge_sorted(a: Vec<(f64, f64, usize)>, b: Vec<(f64, f64, usize)>) -> Vec<(f64, f64, usize)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.0.total_cmp(&y.0).then(x.2.cmp(&y.2)).is_le(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_a { a.next() } else { b.next() };
        out.extend(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn naive(items: &[(f64, f64)], lo: f64, hi: f64) -> Vec<usize> {
        (0..items.len())
            .filter(|&i| items[i].0.min(items[i].1) <= hi && items[i].0.max(items[i].1) >= lo)
            .collect()
    }

    #[test]
    fn a_long_item_and_points_are_both_found() {
        let items = [(0.0, 1e9), (10.0, 10.0), (500.0, 500.0), (2e9, 2e9 + 60.0)];
        let index = TimeIndex::new(&items);
        assert_eq!(index.query(400.0, 600.0), vec![0, 2]);
        assert_eq!(index.query(2e9, 3e9), vec![3]);
        assert_eq!(index.outside(400.0, 600.0), (1, 1));
        assert_eq!(index.len(), 4);
    }

    fn naive_groups(begins: &[f64], n: usize) -> Vec<i32> {
        let mut groups: Vec<i32> = begins.iter().map(|b| (b / 100.0).floor() as i32).collect();
        groups.sort_unstable();
        groups.dedup();
        groups.truncate(n);
        groups
    }

    #[test]
    fn edges_count_and_name_the_groups_out_of_view() {
        let items = [
            (5.0, 5.0),
            (150.0, 900.0),
            (120.0, 130.0),
            (950.0, 960.0),
            (2e3, 2e3),
        ];
        let edges = EdgeIndex::new(items.iter().copied().chain([(f64::NAN, 1.0)]));
        assert_eq!(edges.len(), 5);
        assert_eq!(edges.before(400.0), 2);
        assert_eq!(edges.after(600.0), 2);
        let century = |t: f64| (t / 100.0).floor() as i32;
        // The long item (150..900) is in view, so its begin is not named.
        assert_eq!(edges.groups_before(400.0, 4, century), vec![0, 1]);
        assert_eq!(edges.groups_after(600.0, 4, century), vec![9, 20]);
        assert_eq!(edges.groups_after(600.0, 1, century), vec![9]);
    }

    proptest! {
        #[test]
        fn culling_matches_a_full_scan(
            raw in proptest::collection::vec((-1e7f64..1e7, 0.0f64..1e6), 0..120),
            lo in -1e7f64..1e7,
            width in 0.0f64..5e6,
            split in 0usize..120,
        ) {
            let items: Vec<(f64, f64)> = raw.iter().map(|&(b, w)| (b, b + w)).collect();
            let hi = lo + width;
            let index = TimeIndex::new(&items);
            prop_assert_eq!(index.query(lo, hi), naive(&items, lo, hi));
            let inside = naive(&items, lo, hi).len();
            let (before, after) = index.outside(lo, hi);
            prop_assert_eq!(before + after + inside, items.len());
            // Built in two steps, the index answers the same.
            let cut = split.min(items.len());
            let mut grown = TimeIndex::new(&items[..cut]);
            grown.extend(cut, &items[cut..]);
            prop_assert_eq!(grown.query(lo, hi), naive(&items, lo, hi));
            // The edge index agrees with a scan, counts and first groups alike.
            let edges = EdgeIndex::new(items.iter().copied());
            let before: Vec<f64> = items.iter().filter(|it| it.1 < lo).map(|it| it.0).collect();
            let after: Vec<f64> = items.iter().filter(|it| it.0 > hi).map(|it| it.0).collect();
            prop_assert_eq!(edges.before(lo), before.len());
            prop_assert_eq!(edges.after(hi), after.len());
            let group = |t: f64| (t / 100.0).floor() as i32;
            prop_assert_eq!(edges.groups_before(lo, 4, group), naive_groups(&before, 4));
            prop_assert_eq!(edges.groups_after(hi, 4, group), naive_groups(&after, 4));
        }
    }
}
