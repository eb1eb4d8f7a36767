//! Arbitrary text as a Fluent file given to the runtime locale loader.
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::ftl(data));
