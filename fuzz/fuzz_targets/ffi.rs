//! Every `extern "C"` function with arbitrary codes, indexes and `lang`
//! bytes (NULL, with and without a NUL, past 64 bytes, invalid UTF-8).
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::ffi(data));
