//! The Warning header functions and the SIP and STIR Reason values with
//! arbitrary numbers, buffer lengths, agents and header bytes (NULL, with
//! and without a NUL, past 1,024 bytes, invalid UTF-8).
#![no_main]

#[path = "../contract.rs"]
mod contract;

libfuzzer_sys::fuzz_target!(|data: &[u8]| contract::warning(data));
