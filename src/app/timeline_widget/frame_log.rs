//! `TEMPORA_FRAME_LOG=1`: one line on stderr per frame with the CPU time it took, for
//! measuring how soon an input shows on screen (the frame after it) with the real window.
//!
//! A frame's CPU time is the calling thread's CPU time from one frame's start to the next
//! one's: its egui passes (two when a pass is discarded), tessellation and painting, but
//! not the idle wait between frames.

use std::sync::OnceLock;

/// The frame log, registered as an egui plugin.
#[derive(Default)]
pub(super) struct FrameLog {
    /// The frame being measured (egui's frame number).
    frame: Option<u64>,
    /// CPU time at the start of the frame and of its latest pass.
    start: f64,
    pass_start: f64,
    /// CPU time in the frame's passes (a frame may run a second pass).
    in_passes: f64,
    passes: u32,
    /// Input events (keys, wheel, pointer) the frame handled.
    events: usize,
}

/// True when `TEMPORA_FRAME_LOG` is set to something other than `0` or nothing.
fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| {
        std::env::var_os("TEMPORA_FRAME_LOG").is_some_and(|v| !v.is_empty() && v != "0")
    })
}

/// Starts logging frames on `ctx` when the environment asks for it (once per context).
pub(super) fn install(ctx: &egui::Context) {
    if enabled() && ctx.plugin_opt::<FrameLog>().is_none() {
        ctx.add_plugin(FrameLog::default());
    }
}

/// The calling thread's CPU time in milliseconds.
#[cfg(unix)]
fn thread_cpu_ms() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid timespec for the call to write into.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if ok {
        t.tv_sec as f64 * 1e3 + t.tv_nsec as f64 / 1e6
    } else {
        0.0
    }
}

/// Without a thread clock, the process's wall clock stands in.
#[cfg(not(unix))]
fn thread_cpu_ms() -> f64 {
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1e3
}

impl egui::Plugin for FrameLog {
    fn debug_name(&self) -> &'static str {
        "tempora frame log"
    }

    fn input_hook(&mut self, ctx: &egui::Context, input: &mut egui::RawInput) {
        let now = thread_cpu_ms();
        let frame = ctx.cumulative_frame_nr();
        if self.frame != Some(frame) {
            if let Some(done) = self.frame {
                eprintln!(
                    "frame {done}: {:.2} ms CPU ({:.2} ms in {} pass{}, {:.2} ms tessellate \
                     and paint), {} input events",
                    now - self.start,
                    self.in_passes,
                    self.passes,
                    if self.passes == 1 { "" } else { "es" },
                    now - self.start - self.in_passes,
                    self.events,
                );
            }
            *self = Self {
                frame: Some(frame),
                start: now,
                ..Self::default()
            };
        }
        self.pass_start = now;
        self.passes += 1;
        self.events += input.events.len();
    }

    fn output_hook(&mut self, _ctx: &egui::Context, _output: &mut egui::FullOutput) {
        self.in_passes += thread_cpu_ms() - self.pass_start;
    }
}
