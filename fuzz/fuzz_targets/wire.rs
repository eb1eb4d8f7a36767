//! The Accept-Language, Q.850 and Reason header functions with arbitrary
//! numbers, buffer lengths and header bytes (NULL, with and without a NUL,
//! past 1,024 bytes, invalid UTF-8).
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::wire(data));
