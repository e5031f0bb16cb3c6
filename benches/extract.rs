//! Throughput of the temporal engine (all three passes) over the TempEval-3 TBAQ texts.
//! Skips, saying why, when `../shared/corpora/tbaq` is not beside the project.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use tempora::article::timeml;
use tempora::temporal::Engine;

fn corpus() -> Vec<(String, Option<chrono::NaiveDate>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/tbaq");
    let Ok(files) = tempora::eval::tml_files(&dir) else {
        return Vec::new();
    };
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|xml| timeml::parse(&xml).ok())
        .map(|d| (d.text, d.dct))
        .collect()
}

fn extract(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        println!("skipping the extract benchmark: ../shared/corpora/tbaq is absent");
        return;
    }
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let engine = Engine::global();
    let mut group = c.benchmark_group("tbaq");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("extract_and_resolve", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for (text, dct) in &docs {
                n += engine.extract(black_box(text), *dct).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
