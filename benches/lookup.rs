//! The gain of resolving each locale once: a lookup through sipstatus (an
//! index into a finished table, with or without negotiating the tag through
//! its cache) against formatting the message with Fluent on every call, as a
//! naive use of `fluent-bundle` would.
//!
//! `cargo bench --bench lookup`

use criterion::{criterion_group, criterion_main, Criterion};
use fluent_bundle::{FluentBundle, FluentResource};
use sipstatus::{Lang, StatusCode};
use std::borrow::Cow;
use std::hint::black_box;

fn lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("reason 486 in de");

    let de = Lang::negotiate("de");
    group.bench_function("sipstatus, Lang negotiated once", |b| {
        b.iter(|| black_box(StatusCode::BUSY_HERE).reason(black_box(de)))
    });
    group.bench_function("sipstatus, tag \"de\" each call", |b| {
        b.iter(|| black_box(StatusCode::BUSY_HERE).reason(black_box("de")))
    });
    group.bench_function("sipstatus, tag \"de_AT.UTF-8\" each call", |b| {
        b.iter(|| black_box(StatusCode::BUSY_HERE).reason(black_box("de_AT.UTF-8")))
    });

    let source = include_str!("../locales/de/sip.ftl").to_owned();
    let resource = FluentResource::try_new(source).expect("locales/de/sip.ftl parses");
    let mut bundle = FluentBundle::new(vec!["de".parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .expect("no duplicate messages");
    assert_eq!(
        format(&bundle, "sip-486"),
        StatusCode::BUSY_HERE.reason(de),
        "both sides give the same phrase"
    );
    group.bench_function("fluent-bundle, format_pattern each call", |b| {
        b.iter(|| format(&bundle, black_box("sip-486")))
    });
    group.finish();
}

/// What a program using Fluent directly does for each lookup. The result
/// stays a `Cow` (borrowed for a plain phrase): no allocation is counted
/// against Fluent that a caller might avoid.
fn format<'b>(bundle: &'b FluentBundle<FluentResource>, id: &str) -> Cow<'b, str> {
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .expect("message has a value");
    let mut errors = Vec::new();
    let value = bundle.format_pattern(pattern, None, &mut errors);
    assert!(errors.is_empty());
    value
}

criterion_group!(benches, lookup);
criterion_main!(benches);
