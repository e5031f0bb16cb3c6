//! Lane and article colours: twelve base colours told apart at a glance, then lighter and
//! darker shades of the same twelve for the thirteenth item on.

use super::theme::Rgba;

/// The twelve base colours for a light background: blue, teal, violet, rose, olive, cyan,
/// fuchsia, gold, indigo, green, brown and slate.
pub const LIGHT: [Rgba; 12] = [
    Rgba::hex(0x2563eb),
    Rgba::hex(0x0f766e),
    Rgba::hex(0x7c3aed),
    Rgba::hex(0xbe123c),
    Rgba::hex(0x4d7c0f),
    Rgba::hex(0x0891b2),
    Rgba::hex(0xc026d3),
    Rgba::hex(0xa16207),
    Rgba::hex(0x4338ca),
    Rgba::hex(0x15803d),
    Rgba::hex(0x854d0e),
    Rgba::hex(0x475569),
];

/// The twelve base colours for a dark background: the same hues, brighter.
pub const DARK: [Rgba; 12] = [
    Rgba::hex(0x60a5fa),
    Rgba::hex(0x2dd4bf),
    Rgba::hex(0xa78bfa),
    Rgba::hex(0xfb7185),
    Rgba::hex(0xa3e635),
    Rgba::hex(0x22d3ee),
    Rgba::hex(0xe879f9),
    Rgba::hex(0xfacc15),
    Rgba::hex(0x818cf8),
    Rgba::hex(0x4ade80),
    Rgba::hex(0xd6a36a),
    Rgba::hex(0xcbd5e1),
];

/// Twelve greys for print, darkest first and 16 levels apart, so a black-and-white copy
/// keeps lanes apart; none is lighter than a mid grey.
pub const PRINT: [Rgba; 12] = [
    Rgba::hex(0x000000),
    Rgba::hex(0x808080),
    Rgba::hex(0x303030),
    Rgba::hex(0x909090),
    Rgba::hex(0x101010),
    Rgba::hex(0x606060),
    Rgba::hex(0xa0a0a0),
    Rgba::hex(0x404040),
    Rgba::hex(0x707070),
    Rgba::hex(0x202020),
    Rgba::hex(0xb0b0b0),
    Rgba::hex(0x505050),
];

/// How far each round of twelve moves the base colours: toward white when positive,
/// toward black when negative. After the last round the shades repeat.
const SHADES: [f32; 5] = [0.0, 0.3, -0.3, 0.5, -0.5];

/// The colour of item `index` (an article or a lane): `base[index % 12]`, shaded by the
/// round of twelve it falls in.
pub fn lane_colour(base: &[Rgba; 12], index: usize) -> Rgba {
    let colour = base[index % base.len()];
    let round = (index / base.len()) % SHADES.len();
    shade(colour, SHADES[round])
}

/// `c` moved toward white (`amount > 0`) or black (`amount < 0`) by `|amount|` of the way.
pub fn shade(c: Rgba, amount: f32) -> Rgba {
    let amount = amount.clamp(-1.0, 1.0);
    let channel = |v: u8| {
        let v = f32::from(v);
        let moved = if amount >= 0.0 {
            v + (255.0 - v) * amount
        } else {
            v * (1.0 + amount)
        };
        moved.round().clamp(0.0, 255.0) as u8
    };
    Rgba {
        r: channel(c.r),
        g: channel(c.g),
        b: channel(c.b),
        a: c.a,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The summed per-channel difference of two colours.
    fn distance(a: Rgba, b: Rgba) -> i32 {
        (i32::from(a.r) - i32::from(b.r)).abs()
            + (i32::from(a.g) - i32::from(b.g)).abs()
            + (i32::from(a.b) - i32::from(b.b)).abs()
    }

    fn luma(c: Rgba) -> f64 {
        0.2126 * f64::from(c.r) + 0.7152 * f64::from(c.g) + 0.0722 * f64::from(c.b)
    }

    #[test]
    fn twelve_items_get_clearly_different_colours() {
        let colours: Vec<Rgba> = (0..12).map(|i| lane_colour(&LIGHT, i)).collect();
        assert_eq!(colours, LIGHT.to_vec());
        for (i, a) in colours.iter().enumerate() {
            for b in colours.iter().skip(i + 1) {
                assert!(distance(*a, *b) >= 50, "{a:?} and {b:?} are too close");
            }
        }
    }

    #[test]
    fn later_items_are_shades_of_the_twelve_and_stay_readable() {
        for i in 12..60 {
            let c = lane_colour(&LIGHT, i);
            let base = LIGHT[i % 12];
            assert!(distance(c, base) >= 60, "item {i} is too like its base");
            assert!(luma(c) < 190.0, "item {i} {c:?} is too light to read");
            for j in 0..i {
                assert_ne!(c, lane_colour(&LIGHT, j), "items {j} and {i}");
            }
        }
        assert_eq!(
            lane_colour(&LIGHT, 12),
            shade(LIGHT[0], 0.3),
            "lighter first"
        );
        assert_eq!(
            lane_colour(&LIGHT, 24),
            shade(LIGHT[0], -0.3),
            "then darker"
        );
        assert_eq!(lane_colour(&LIGHT, 60), LIGHT[0], "then round again");
    }

    #[test]
    fn shading_moves_toward_white_or_black() {
        let c = Rgba::hex(0x204060);
        assert_eq!(shade(c, 0.0), c);
        assert_eq!(shade(c, 1.0), Rgba::hex(0xffffff));
        assert_eq!(shade(c, -1.0), Rgba::hex(0x000000));
        assert_eq!(shade(c, -0.5), Rgba::hex(0x102030));
        assert_eq!(shade(c.with_alpha(9), 0.5).a, 9);
    }
}
