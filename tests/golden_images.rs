//! Golden images: fixed timelines exported as PNG and compared with the references in
//! `tests/golden/`, pixel by pixel with a small tolerance (anti-aliasing may move a little
//! between builds; a moved mark, a lost label or a wrong colour does not pass).
//!
//! The timelines are hand-built (no temporal engine involved): the render sample, and fifty
//! events in five lanes, each in the light, dark and print themes.
//!
//! To regenerate the references after an intended change of the pictures:
//! `UPDATE_GOLDEN=1 cargo test --test golden_images`, then look at the new PNGs before
//! committing them. A failing comparison leaves `NAME.new.png` (what was drawn) and
//! `NAME.diff.png` (differing pixels in red) beside the reference.

use image::{Rgba, RgbaImage};
use std::path::PathBuf;
use tempora::pipeline::Document;
use tempora::render::fixtures::{named, sample};
use tempora::render::{ImageFormat, ImageOptions, ImageRequest, ImageSize, Layout, ThemeName};
use tempora::temporal::Granularity;

/// Size of the sample's golden images: small enough to keep in git, big enough for the
/// furniture.
const SAMPLE_SIZE: ImageSize = ImageSize::Custom(960, 540);
/// Size of the fifty events' images: tall enough for all five lanes.
const FIFTY_SIZE: ImageSize = ImageSize::Custom(1200, 900);
/// A channel may differ by this much before the pixel counts as different.
const CHANNEL_TOLERANCE: u8 = 24;
/// Share of pixels allowed to differ beyond the channel tolerance.
const PIXEL_SHARE_TOLERANCE: f64 = 0.0002;

/// Five articles of ten events each: days, months and a span, spread over 2025.
fn fifty_in_five_lanes() -> Vec<Document> {
    (0..5u32)
        .map(|lane| {
            let dates: Vec<(String, u32, u32)> = (0..10u32)
                .map(|i| {
                    let month = 1 + (i + lane * 2) % 12;
                    let day = 1 + (i * 3 + lane * 5) % 27;
                    (format!("2025-{month:02}-{day:02}"), month, day)
                })
                .collect();
            let text = format!(
                "Story {lane}\n\n{}",
                dates
                    .iter()
                    .enumerate()
                    .map(|(i, (d, _, _))| format!("Event {i} of story {lane} was on {d}."))
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            let specs: Vec<(&str, &str, Option<_>, Granularity)> = dates
                .iter()
                .enumerate()
                .map(|(i, (d, month, day))| {
                    if i == 9 {
                        // The last one of each story is a whole month.
                        let next = (2025 + (*month / 12) as i32, month % 12 + 1, 1);
                        (
                            d.as_str(),
                            d.as_str(),
                            Some(((2025, *month, 1), next)),
                            Granularity::Month,
                        )
                    } else {
                        (
                            d.as_str(),
                            d.as_str(),
                            Some(((2025, *month, *day), (2025, *month, day + 1))),
                            Granularity::Day,
                        )
                    }
                })
                .collect();
            let mut doc = named(&format!("story-{lane}.txt"), &text, &specs);
            doc.article.title = format!("Story {lane}");
            doc
        })
        .collect()
}

/// The PNG of `docs` in `theme` at `size`, as the export window and `tempora render` write
/// it.
fn render(docs: &[Document], theme: ThemeName, size: ImageSize) -> RgbaImage {
    let options = ImageOptions {
        size,
        scale: 1,
        theme,
        title: Some("Golden timeline".into()),
        generated: None,
    };
    let layout = Layout::default();
    let request = ImageRequest {
        docs,
        view: None,
        selected: None,
        layout: &layout,
        options: &options,
    };
    let png = request.bytes(ImageFormat::Png).expect("the PNG is encoded");
    image::load_from_memory(&png)
        .expect("the PNG decodes")
        .to_rgba8()
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// How many pixels of `a` and `b` differ by more than the channel tolerance, and an image
/// marking them in red.
fn differing(a: &RgbaImage, b: &RgbaImage) -> (usize, RgbaImage) {
    let mut diff = RgbaImage::new(a.width(), a.height());
    let mut count = 0;
    for (x, y, pa) in a.enumerate_pixels() {
        let pb = b.get_pixel(x, y);
        let far =
            pa.0.iter()
                .zip(pb.0)
                .any(|(&u, v)| u.abs_diff(v) > CHANNEL_TOLERANCE);
        if far {
            count += 1;
        }
        let grey = (pa.0[0] as u16 + pa.0[1] as u16 + pa.0[2] as u16) / 6;
        diff.put_pixel(
            x,
            y,
            if far {
                Rgba([255, 0, 0, 255])
            } else {
                Rgba([grey as u8, grey as u8, grey as u8, 255])
            },
        );
    }
    (count, diff)
}

/// Compares `drawn` with the reference `name.png`, or writes it when `UPDATE_GOLDEN` is set.
fn check(name: &str, drawn: &RgbaImage) {
    let dir = golden_dir();
    let reference = dir.join(format!("{name}.png"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(&dir).expect("golden folder");
        drawn.save(&reference).expect("write the reference");
        return;
    }
    let expected = image::open(&reference)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run UPDATE_GOLDEN=1 cargo test --test golden_images)",
                reference.display()
            )
        })
        .to_rgba8();
    assert_eq!(
        expected.dimensions(),
        drawn.dimensions(),
        "{name}: size changed"
    );
    let (count, diff) = differing(&expected, drawn);
    let allowed = (f64::from(drawn.width() * drawn.height()) * PIXEL_SHARE_TOLERANCE) as usize;
    if count > allowed {
        let _ = drawn.save(dir.join(format!("{name}.new.png")));
        let _ = diff.save(dir.join(format!("{name}.diff.png")));
        panic!(
            "{name}: {count} pixels differ (at most {allowed} may); see {name}.new.png and \
             {name}.diff.png in tests/golden, or regenerate with UPDATE_GOLDEN=1"
        );
    }
}

#[test]
fn the_sample_matches_its_golden_images_in_every_theme() {
    let docs = vec![sample()];
    for theme in ThemeName::ALL {
        check(
            &format!("sample-{}", theme.name()),
            &render(&docs, theme, SAMPLE_SIZE),
        );
    }
}

#[test]
fn fifty_events_in_five_lanes_match_their_golden_images_in_every_theme() {
    let docs = fifty_in_five_lanes();
    assert_eq!(docs.iter().map(|d| d.events.len()).sum::<usize>(), 50);
    for theme in ThemeName::ALL {
        check(
            &format!("fifty-{}", theme.name()),
            &render(&docs, theme, FIFTY_SIZE),
        );
    }
}

#[test]
fn the_comparison_catches_a_changed_picture() {
    // The tolerance is small: the sample in the dark theme is not the light reference.
    let docs = vec![sample()];
    let light = render(&docs, ThemeName::Light, SAMPLE_SIZE);
    let dark = render(&docs, ThemeName::Dark, SAMPLE_SIZE);
    let (count, _) = differing(&light, &dark);
    let allowed = (f64::from(light.width() * light.height()) * PIXEL_SHARE_TOLERANCE) as usize;
    assert!(count > allowed, "{count} pixels differ");
    // And so is one event fewer.
    let mut fewer = sample();
    fewer.events.pop();
    let (count, _) = differing(&light, &render(&[fewer], ThemeName::Light, SAMPLE_SIZE));
    assert!(count > allowed, "{count} pixels differ with an event fewer");
}
