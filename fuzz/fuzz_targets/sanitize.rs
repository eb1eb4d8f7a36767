//! sip_sanitize_text and sip_is_valid_reason_phrase with arbitrary bytes
//! and buffer lengths.
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::sanitize(data));
