//! The parts around the lanes: legend, publication marks, grid, axis, edge indicators,
//! notes and the export caption.

use super::*;

/// Up to this many publication dates are drawn as lines across the lanes.
const MAX_PUBLICATION_LINES: usize = 12;

impl Builder<'_> {
    /// The edge indicators for events out of view ("« 2 earlier events (1968, 2009)"),
    /// on the notes line above the axis; clicking one on screen shows everything. Returns
    /// the x where the left indicator ends (`left` when there is none) and where the right
    /// one starts (`right` when there is none).
    pub(super) fn edge_indicators(&mut self, axis_y: f32) -> (f32, f32) {
        let cy = axis_y - NOTE_ROW / 2.0;
        let mut left_end = self.left;
        let mut right_start = self.right;
        let sides = [
            (self.earlier, std::mem::take(&mut self.earlier_years), true),
            (self.later, std::mem::take(&mut self.later_years), false),
        ];
        for (count, years, is_left) in sides {
            if count == 0 {
                continue;
            }
            let text = edge_text(count, &years, is_left);
            let w = text_width(&text, SMALL_SIZE);
            let (x0, x1) = if is_left {
                (self.left, self.left + w + 12.0)
            } else {
                (self.right - w - 12.0, self.right)
            };
            if is_left {
                left_end = x1;
            } else {
                right_start = x0;
            }
            let rect = Rect::from_corners(x0, cy - 10.0, x1, cy + 10.0);
            self.push(Primitive::Rect {
                rect,
                fill: self.theme.background,
                stroke: Some(Stroke::new(1.0, self.theme.grid_major)),
                radius: 4.0,
            });
            self.push(Primitive::Text {
                pos: Pos::new(x0 + 6.0, cy),
                text,
                size: SMALL_SIZE,
                color: self.theme.text,
                anchor: TextAnchor::Start,
            });
            self.show_all_hits.push(rect);
        }
        (left_end, right_start)
    }

    /// The export caption at the bottom: "Tempora · 16 events from 1 article · generated …".
    pub(super) fn caption(&mut self, placed: usize) {
        let articles = self.legend_docs().len();
        let mut text = format!(
            "Tempora · {placed} event{} from {articles} article{}",
            if placed == 1 { "" } else { "s" },
            if articles == 1 { "" } else { "s" }
        );
        if let Some(date) = self.input.generated {
            text.push_str(&format!(" · generated {}", date.format("%Y-%m-%d")));
        }
        self.push(Primitive::Text {
            pos: Pos::new(self.width - MARGIN_X, self.height - FOOTER / 2.0 - 2.0),
            text,
            size: 11.0,
            color: self.theme.text_muted,
            anchor: TextAnchor::End,
        });
    }

    /// One swatch and title per article (when there are several), wrapped over at most
    /// three rows. Returns the y below the legend.
    pub(super) fn legend(&mut self) -> f32 {
        let mut y = MARGIN_TOP;
        if !self.several() {
            return y;
        }
        let docs = self.input.docs;
        let listed = self.legend_docs();
        if listed.is_empty() {
            return y;
        }
        let mut x = MARGIN_X;
        let mut rows = 1;
        for (n, &i) in listed.iter().enumerate() {
            let Some(doc) = docs.get(i) else {
                continue;
            };
            let color = self.theme.article(i);
            let title = short(&doc.article.title, 40);
            let item_w = 15.0 + text_width(&title, SMALL_SIZE);
            let last = n + 1 == listed.len();
            // On the last row, keep room for the "+N more" that follows.
            let reserve = if rows == 3 && !last {
                22.0 + text_width(&format!("+{} more", listed.len() - n), SMALL_SIZE)
            } else {
                0.0
            };
            if x > MARGIN_X && x + item_w + reserve > self.width - MARGIN_X {
                if rows == 3 {
                    self.push(Primitive::Text {
                        pos: Pos::new(x, y + 11.0),
                        text: format!("+{} more", listed.len() - n),
                        size: SMALL_SIZE,
                        color: self.theme.text_muted,
                        anchor: TextAnchor::Start,
                    });
                    break;
                }
                rows += 1;
                x = MARGIN_X;
                y += ROW;
            }
            self.push(Primitive::Rect {
                rect: Rect::from_corners(x, y + 6.0, x + 10.0, y + 16.0),
                fill: color,
                stroke: None,
                radius: 2.0,
            });
            self.push(Primitive::Text {
                pos: Pos::new(x + 15.0, y + 11.0),
                text: title,
                size: SMALL_SIZE,
                color: self.theme.text,
                anchor: TextAnchor::Start,
            });
            if !self.input.export {
                self.legend_hits.push(LegendHit {
                    rect: Rect::from_corners(x, y + 2.0, x + item_w, y + 20.0),
                    doc: i,
                });
            }
            x += item_w + 22.0;
        }
        y + ROW
    }

    /// The publication dates in view, grouped (same date, or within a few pixels: one
    /// label such as "published 2025-11-04 (3 articles)"), with the group labels stacked in
    /// three rows at most.
    pub(super) fn layout_publications(&self) -> Vec<PublicationMark> {
        let several = self.several();
        let listed = self.legend_docs();
        let mut marks: Vec<(f32, NaiveDate, &str)> = self
            .input
            .docs
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.input.export || listed.contains(i))
            .filter_map(|(_, doc)| {
                let secs = publication_secs(doc)?;
                let date = doc.dct()?;
                let x = self.view.x_of(secs) as f32;
                (x >= self.left - 1.0 && x <= self.right + 1.0).then_some((
                    x,
                    date,
                    doc.article.title.as_str(),
                ))
            })
            .collect();
        marks.sort_by(|a, b| a.0.total_cmp(&b.0));
        // Marks closer than a few pixels share one label; when the labels do not all fit
        // in the rows, wider groups are tried.
        let mut best: Vec<PublicationMark> = Vec::new();
        for group_px in [6.0, 16.0, 40.0, 100.0, 250.0, f32::INFINITY] {
            let layout = self.publication_groups(&marks, group_px, several);
            let all_fit = layout.iter().all(|m| matches!(m.lane, Placed::Lane(_)));
            best = layout;
            if all_fit {
                break;
            }
        }
        best
    }

    /// Publication marks (sorted by x) grouped when closer than `group_px`, labelled and
    /// stacked.
    fn publication_groups(
        &self,
        marks: &[(f32, NaiveDate, &str)],
        group_px: f32,
        several: bool,
    ) -> Vec<PublicationMark> {
        let mut groups: Vec<Vec<(f32, NaiveDate, &str)>> = Vec::new();
        for &mark in marks {
            match groups.last_mut() {
                Some(g) if g.last().is_some_and(|l| mark.0 - l.0 < group_px) => g.push(mark),
                _ => groups.push(vec![mark]),
            }
        }
        let labelled: Vec<(Vec<f32>, f32, String)> = groups
            .into_iter()
            .filter_map(|g| {
                let (first, last) = (g.first()?, g.last()?);
                let xs: Vec<f32> = g.iter().map(|m| m.0).collect();
                let text = if g.len() == 1 {
                    if several {
                        format!(
                            "published {} · {}",
                            first.1.format("%Y-%m-%d"),
                            short(first.2, 24)
                        )
                    } else {
                        format!("published {}", first.1.format("%Y-%m-%d"))
                    }
                } else if first.1 == last.1 {
                    format!(
                        "published {} ({} articles)",
                        first.1.format("%Y-%m-%d"),
                        g.len()
                    )
                } else {
                    let end = if chrono::Datelike::year(&first.1) == chrono::Datelike::year(&last.1)
                    {
                        last.1.format("%m-%d").to_string()
                    } else {
                        last.1.format("%Y-%m-%d").to_string()
                    };
                    format!(
                        "published {} – {end} ({} articles)",
                        first.1.format("%Y-%m-%d"),
                        g.len()
                    )
                };
                Some((xs, first.0, text))
            })
            .collect();
        let extents: Vec<(f64, f64)> = labelled
            .iter()
            .map(|(_, x, text)| {
                let x0 = pub_label_x(*x, text, self.right);
                (f64::from(x0), f64::from(x0 + text_width(text, SMALL_SIZE)))
            })
            .collect();
        let lanes = stack_labels(&extents, 8.0, 3);
        labelled
            .into_iter()
            .zip(lanes)
            .map(|((xs, x, text), lane)| PublicationMark { xs, x, text, lane })
            .collect()
    }

    /// Vertical grid lines at the ticks.
    pub(super) fn grid(&mut self, ticks: &[timeline::Tick], top: f32, axis_y: f32) {
        for tick in ticks {
            let x = self.view.x_of(tick.secs) as f32;
            let color = if tick.major {
                self.theme.grid_major
            } else {
                self.theme.grid
            };
            self.push(Primitive::Line {
                from: Pos::new(x, top),
                to: Pos::new(x, axis_y),
                stroke: Stroke::new(1.0, color),
                dashed: false,
            });
        }
    }

    /// The dashed publication markers and their labels (rows start at `rows_top`).
    pub(super) fn publications(
        &mut self,
        marks: &[PublicationMark],
        rows_top: f32,
        header_bottom: f32,
        axis_y: f32,
    ) {
        // Thin and light, behind the events; with many articles only a tick at the axis
        // per publication day, so the lines do not veil the lanes.
        let count: usize = marks.iter().map(|m| m.xs.len()).sum();
        let top = if count > MAX_PUBLICATION_LINES {
            axis_y - 7.0
        } else {
            header_bottom - 2.0
        };
        let mut drawn: std::collections::BTreeSet<i32> = std::collections::BTreeSet::new();
        for mark in marks {
            for &x in &mark.xs {
                let px = x.round() as i32;
                if count > MAX_PUBLICATION_LINES && drawn.contains(&px) {
                    continue;
                }
                drawn.insert(px);
                self.push(Primitive::Line {
                    from: Pos::new(x, top),
                    to: Pos::new(x, axis_y),
                    stroke: Stroke::new(1.0, self.theme.published.with_alpha(120)),
                    dashed: count <= MAX_PUBLICATION_LINES,
                });
            }
        }
        for mark in marks {
            if let Placed::Lane(lane) = mark.lane {
                let row_y = rows_top + ROW * lane as f32 + ROW / 2.0;
                self.push(Primitive::Circle {
                    center: Pos::new(mark.x, row_y),
                    radius: 3.5,
                    fill: self.theme.published,
                    stroke: None,
                });
                self.push(Primitive::Text {
                    pos: Pos::new(pub_label_x(mark.x, &mark.text, self.right), row_y),
                    text: mark.text.clone(),
                    size: SMALL_SIZE,
                    color: self.theme.published,
                    anchor: TextAnchor::Start,
                });
            }
        }
    }

    /// The axis line, tick marks, tick labels and context labels (year, month, day).
    pub(super) fn axis(&mut self, ticks: &[timeline::Tick], axis_y: f32) {
        self.push(Primitive::Line {
            from: Pos::new(self.left, axis_y),
            to: Pos::new(self.right, axis_y),
            stroke: Stroke::new(1.0, self.theme.axis),
            dashed: false,
        });
        for tick in ticks {
            let x = self.view.x_of(tick.secs) as f32;
            self.push(Primitive::Line {
                from: Pos::new(x, axis_y),
                to: Pos::new(x, axis_y + if tick.major { 8.0 } else { 5.0 }),
                stroke: Stroke::new(1.0, self.theme.axis),
                dashed: false,
            });
            // Labels are centred on their tick; near an edge one is shifted inwards by up
            // to half its width (so it still touches its tick) or else left out.
            let Some(x_mid) = self.edge_clamped(x, &tick.label) else {
                continue;
            };
            self.push(Primitive::Text {
                pos: Pos::new(x_mid, axis_y + 14.0),
                text: tick.label.clone(),
                size: SMALL_SIZE,
                color: self.theme.text_muted,
                anchor: TextAnchor::Middle,
            });
            if let Some(context) = &tick.context
                && let Some(x_mid) = self.edge_clamped(x, context)
            {
                self.push(Primitive::Text {
                    pos: Pos::new(x_mid, axis_y + 32.0),
                    text: context.clone(),
                    size: SMALL_SIZE,
                    color: self.theme.text,
                    anchor: TextAnchor::Middle,
                });
            }
        }
    }

    /// The middle of an axis label for the tick at `x`: `x` itself, shifted inwards by at
    /// most half the label's width to stay inside the image, or `None` when it cannot.
    fn edge_clamped(&self, x: f32, text: &str) -> Option<f32> {
        let half = text_width(text, SMALL_SIZE) / 2.0;
        let lo = 2.0 + half;
        let hi = self.width - 2.0 - half;
        if lo > hi {
            return None;
        }
        let mid = x.clamp(lo, hi);
        ((mid - x).abs() <= half).then_some(mid)
    }

    /// One line of notes, right-aligned above the axis, on a backing.
    pub(super) fn notes(&mut self, notes: &[String], axis_y: f32, left: f32, right: f32) {
        if notes.is_empty() {
            return;
        }
        let right = if right < self.right {
            right - 10.0
        } else {
            right
        };
        let left = if left > self.left { left + 10.0 } else { left };
        // Between the edge indicators, cut to fit.
        let text = fit_text(
            &notes.join("   ·   "),
            (right - left - 8.0).max(0.0),
            SMALL_SIZE,
        );
        if text == "…" {
            return;
        }
        let w = text_width(&text, SMALL_SIZE);
        let cy = axis_y - NOTE_ROW / 2.0;
        self.push(Primitive::Rect {
            rect: Rect::from_corners(right - w - 6.0, cy - 9.0, right + 2.0, cy + 9.0),
            fill: self.theme.background.with_alpha(235),
            stroke: None,
            radius: 3.0,
        });
        self.push(Primitive::Text {
            pos: Pos::new(right, cy),
            text,
            size: SMALL_SIZE,
            color: self.theme.text_muted,
            anchor: TextAnchor::End,
        });
    }
}

/// Left end of a publication label at marker `x`: right of the marker, or left of it near
/// the right edge.
fn pub_label_x(x: f32, text: &str, right: f32) -> f32 {
    let w = text_width(text, SMALL_SIZE);
    if x + 8.0 + w > right {
        x - 8.0 - w
    } else {
        x + 8.0
    }
}

/// The calendar year of instant `secs`.
pub(super) fn year_of(secs: f64) -> i32 {
    use chrono::Datelike;
    timeline::from_secs(secs).map_or(0, |t| t.year())
}

/// "« 2 earlier events (1968, 2009)" or "3 later events (2030, 2031, …) »".
fn edge_text(count: usize, years: &[i32], earlier: bool) -> String {
    let mut years: Vec<i32> = years.to_vec();
    years.sort_unstable();
    years.dedup();
    let mut list: Vec<String> = years.iter().take(3).map(i32::to_string).collect();
    if years.len() > 3 {
        list.push("…".to_string());
    }
    let noun = if count == 1 { "event" } else { "events" };
    if earlier {
        format!("« {count} earlier {noun} ({})", list.join(", "))
    } else {
        format!("{count} later {noun} ({}) »", list.join(", "))
    }
}

/// `text`, cut with an ellipsis to at most `max_w` pixels at `size`.
pub(super) fn fit_text(text: &str, max_w: f32, size: f32) -> String {
    if text_width(text, size) <= max_w {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        out.push(c);
        if text_width(&out, size) + text_width("…", size) > max_w {
            out.pop();
            break;
        }
    }
    let trimmed = out.trim_end();
    format!("{trimmed}…")
}

/// `text` cut to at most `max` characters with an ellipsis.
pub(super) fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}
