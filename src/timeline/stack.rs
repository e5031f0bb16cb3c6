//! Stacking labels into lanes so that none overlap (greedy interval packing).

/// Where a label went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// In this lane (0 is the first).
    Lane(usize),
    /// Not placed: every allowed lane was taken at its position.
    Hidden,
}

/// Assigns each horizontal extent `[start_x, end_x]` (label plus marker, in pixels) to the
/// first of at most `max_lanes` lanes where it keeps `gap_px` from the previous item.
/// Items are packed in order of `start_x` (ties by input order); the result is in input
/// order. Two items in the same lane never overlap.
pub fn stack_labels(extents: &[(f64, f64)], gap_px: f64, max_lanes: usize) -> Vec<Placed> {
    let mut order: Vec<usize> = (0..extents.len()).collect();
    let start_of = |i: usize| extents.get(i).map_or(0.0, |e| e.0);
    order.sort_by(|&a, &b| start_of(a).total_cmp(&start_of(b)).then(a.cmp(&b)));
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut placed = vec![Placed::Hidden; extents.len()];
    for i in order {
        let Some(&(start, end)) = extents.get(i) else {
            continue;
        };
        let end = end.max(start);
        let lane = lane_ends.iter().position(|&e| e + gap_px <= start);
        let lane = match lane {
            Some(lane) => Some(lane),
            None if lane_ends.len() < max_lanes => {
                lane_ends.push(f64::NEG_INFINITY);
                Some(lane_ends.len() - 1)
            }
            None => None,
        };
        if let (Some(lane), Some(slot)) = (lane, placed.get_mut(i)) {
            if let Some(lane_end) = lane_ends.get_mut(lane) {
                *lane_end = end;
            }
            *slot = Placed::Lane(lane);
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn overlapping_labels_go_to_new_lanes() {
        let got = stack_labels(&[(0.0, 100.0), (50.0, 150.0), (120.0, 200.0)], 4.0, 5);
        assert_eq!(got, vec![Placed::Lane(0), Placed::Lane(1), Placed::Lane(0)]);
    }

    #[test]
    fn lanes_are_limited() {
        let got = stack_labels(&[(0.0, 100.0), (10.0, 100.0), (20.0, 100.0)], 0.0, 2);
        assert_eq!(got, vec![Placed::Lane(0), Placed::Lane(1), Placed::Hidden]);
    }

    proptest! {
        #[test]
        fn stacking_never_overlaps(
            raw in proptest::collection::vec((0.0f64..2_000.0, 1.0f64..300.0), 0..80),
            max_lanes in 1usize..12,
        ) {
            let extents: Vec<(f64, f64)> = raw.iter().map(|&(s, w)| (s, s + w)).collect();
            let placed = stack_labels(&extents, 3.0, max_lanes);
            prop_assert_eq!(placed.len(), extents.len());
            for (i, a) in extents.iter().enumerate() {
                for (j, b) in extents.iter().enumerate().skip(i + 1) {
                    if let (Some(Placed::Lane(la)), Some(Placed::Lane(lb))) = (placed.get(i), placed.get(j))
                        && la == lb
                    {
                        prop_assert!(a.1 + 3.0 <= b.0 || b.1 + 3.0 <= a.0, "{:?} {:?}", a, b);
                    }
                }
            }
            // With enough lanes, nothing is hidden.
            let all = stack_labels(&extents, 3.0, extents.len());
            prop_assert!(all.iter().all(|p| *p != Placed::Hidden));
        }
    }
}
