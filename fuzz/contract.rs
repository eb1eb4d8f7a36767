//! The contract of the C ABI and of the locale loader, checked for one input.
//! One module, shared: the cargo-fuzz targets (`fuzz/fuzz_targets/`, on
//! nightly) run it on generated inputs, and `tests/fuzz_replay.rs` (stable,
//! in `./scripts/check`) runs it on the committed corpus `fuzz/corpus/`.
//! A broken contract panics, which both report as a failure.

#![allow(dead_code)] // each includer uses one half

use sipstatus::ffi::*;
use sipstatus::{
    is_bidi_control, is_line_break_or_control, is_valid_reason_phrase, is_valid_warn_agent,
    lang_from_accept_language, load_locale_dir, parse_reasons, parse_warnings, q850_to_sip,
    sanitize_text, value_problem, Cause, CauseClass, Class, Lang, Protocol, Reason, StatusCode,
    WarnCode, Warning, MAX_LANG_LEN, TABLE, VERSION,
};
use std::ffi::{c_char, c_int, CStr};
use std::path::PathBuf;

/// A string the library returned: NULL, or NUL-terminated UTF-8 that is one
/// clean line (no control character, no bidi mark, not empty, trimmed).
fn text(p: *const c_char) -> Option<&'static str> {
    if p.is_null() {
        return None;
    }
    // SAFETY: the library returns NULL or a NUL-terminated string that lives
    // as long as the process (it is never unloaded here).
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    let s = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("not UTF-8: {bytes:?}: {e}"));
    assert_eq!(value_problem(s), None, "{s:?}");
    Some(s)
}

/// `text`, and the very string the safe API gives (same bytes, same place).
fn same(p: *const c_char, want: Option<&'static str>) {
    assert_eq!(text(p), want);
    if let Some(w) = want {
        assert_eq!(
            p.cast::<u8>(),
            w.as_ptr(),
            "{w:?} is a copy, not the catalog's string"
        );
    }
}

/// A `lang` argument as a C caller may pass it, in a heap block of exactly
/// its size, so AddressSanitizer (in the fuzz build) sees any read past it.
enum LangArg {
    Null,
    Bytes(Box<[u8]>),
}

impl LangArg {
    /// `mode` 0: `bytes` plus a NUL (NULs inside cut it short); 1: NULL;
    /// 2: no NUL at all, at least `MAX_LANG_LEN` bytes (all the contract
    /// promises is readable); 3: 63 or 64 non-NUL bytes and a NUL, the edge.
    fn new(bytes: &[u8], mode: u8) -> LangArg {
        let no_nul = || bytes.iter().map(|&b| if b == 0 { b'x' } else { b });
        let buf: Vec<u8> = match mode % 4 {
            0 => bytes.iter().copied().chain([0]).collect(),
            1 => return LangArg::Null,
            2 => no_nul()
                .chain(std::iter::repeat(b'-'))
                .take(bytes.len().max(MAX_LANG_LEN))
                .collect(),
            _ => {
                let len = MAX_LANG_LEN - 1 + usize::from(mode & 4 != 0);
                no_nul()
                    .chain(std::iter::repeat(b'a'))
                    .take(len)
                    .chain([0])
                    .collect()
            }
        };
        LangArg::Bytes(buf.into_boxed_slice())
    }

    fn ptr(&self) -> *const c_char {
        match self {
            LangArg::Null => std::ptr::null(),
            LangArg::Bytes(b) => b.as_ptr().cast(),
        }
    }

    /// The locale the contract says the argument selects: English for NULL,
    /// for no NUL in the first `MAX_LANG_LEN` bytes and for invalid UTF-8.
    fn expected(&self) -> Lang {
        let LangArg::Bytes(buf) = self else {
            return Lang::ENGLISH;
        };
        let window = &buf[..buf.len().min(MAX_LANG_LEN)];
        match window.iter().position(|&b| b == 0) {
            Some(end) => std::str::from_utf8(&window[..end]).map_or(Lang::ENGLISH, Lang::negotiate),
            None => Lang::ENGLISH,
        }
    }
}

/// Where `sip_load_locale_dir` is pointed by the `ffi` target: below a
/// folder that does not exist, so no input can name a real directory
/// (Linux resolves `..` only through existing folders).
const NO_DIR: &str = "/nonexistent-sipstatus-fuzz/";
const MAX_PATH_LEN: usize = 4096;

/// Every `extern "C"` function with the code, index and `lang` bytes taken
/// from `data`. Layout: code (i32 LE), index (u32 LE; high bit set means
/// `usize::MAX - low bits`), flags, err_len, then the `lang` bytes. Flags:
/// bits 0-2 the `lang` mode (see `LangArg::new`), bits 4-5 the `dir` mode of
/// `sip_load_locale_dir`, bit 6 a NULL `err`.
pub fn ffi(data: &[u8]) {
    let mut head = [0u8; 10];
    let n = data.len().min(head.len());
    head[..n].copy_from_slice(&data[..n]);
    let rest = &data[n..];
    let code = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let raw = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
    let index = match raw & 0x8000_0000 {
        0 => raw as usize,
        _ => usize::MAX - (raw & 0x7fff_ffff) as usize,
    };
    let flags = head[8];
    let lang = LangArg::new(rest, flags & 7);
    let want = lang.expected();
    let p = lang.ptr();

    // Negotiation: never NULL, always an available locale, the one the
    // safe API picks for the same text.
    let available: Vec<&str> = (0..sip_lang_count())
        .filter_map(|i| text(sip_lang_at(i)))
        .collect();
    assert_eq!(available.len(), sip_lang_count());
    assert_eq!(available.len(), Lang::all().len());
    assert_eq!(available[0], "en");
    let tag = unsafe { text(sip_negotiated_lang(p)) }.expect("sip_negotiated_lang gave NULL");
    assert!(available.contains(&tag), "{tag} is not available");
    assert_eq!(tag, want.tag());
    let id = unsafe { sip_lang_id(p) };
    assert_eq!(usize::try_from(id).ok(), Some(want.id()));

    // Code lookups.
    let status = StatusCode::new(code.into()).ok();
    let known = status.is_some_and(StatusCode::is_known);
    assert_eq!(sip_is_known(code), known);
    assert_eq!(status.is_some(), (100..=699).contains(&code) || known);
    let class = if (100..=699).contains(&code) {
        code / 100
    } else {
        0
    };
    assert_eq!(sip_class(code) as c_int, class);
    let reason = status.map(|s| s.reason(want));
    unsafe { same(sip_reason(code, p), reason) };
    unsafe {
        same(
            sip_description(code, p),
            status.and_then(|s| s.description(want)),
        )
    };
    same(sip_reason_by_id(code, id), reason);
    // An id that names no locale is English.
    for other in [index as c_int, -1, c_int::MAX] {
        let l = usize::try_from(other)
            .ok()
            .and_then(Lang::from_id)
            .unwrap_or(Lang::ENGLISH);
        same(sip_reason_by_id(code, other), status.map(|s| s.reason(l)));
    }
    let ident = status.and_then(StatusCode::entry).map(|e| e.ident);
    assert_eq!(text(sip_code_name(code)), ident);
    if let Some(ident) = ident {
        assert!(ident
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_'));
    }
    for cls in [code, code & 7] {
        let name = Class::from_number(cls.into()).map(|c| c.name(want));
        unsafe { same(sip_class_name(cls, p), name) };
    }

    // The tables, walked by index.
    assert_eq!(sip_known_count(), TABLE.len());
    let at = sip_known_at(index);
    match TABLE.get(index) {
        Some(e) => assert_eq!(at, c_int::from(e.code)),
        None => assert_eq!(at, 0),
    }
    assert_eq!(text(sip_lang_at(index)), available.get(index).copied());
    assert_eq!(text(sip_version()), Some(VERSION));

    load_errors(rest, flags, usize::from(head[9]));
}

/// `sip_load_locale_dir` with arguments that must all be refused: no
/// directory is ever loaded. Checks the `err` buffer: NUL-terminated UTF-8
/// within `err_len`, not one byte written past it.
fn load_errors(bytes: &[u8], flags: u8, err_len: usize) {
    const CANARY: u8 = 0xA5;
    let dir: Option<Vec<u8>> = match (flags >> 4) & 3 {
        0 | 3 => {
            let name = bytes.split(|&b| b == 0).next().unwrap_or_default();
            let mut d = NO_DIR.as_bytes().to_vec();
            d.extend(name.iter().take(MAX_PATH_LEN - NO_DIR.len() - 1));
            d.push(0);
            Some(d)
        }
        1 => None,
        _ => Some(vec![b'/'; MAX_PATH_LEN]), // no NUL where one must be
    };
    let dir = dir.map(Vec::into_boxed_slice);
    let dir_ptr = dir.as_ref().map_or(std::ptr::null(), |d| d.as_ptr().cast());
    let want = match &dir {
        None => "dir is NULL".to_owned(),
        Some(d) if d.len() == MAX_PATH_LEN => "dir is 4096 bytes or longer".to_owned(),
        Some(_) => NO_DIR.to_owned(),
    };
    let mut err = vec![CANARY; err_len + 16].into_boxed_slice();
    let null_err = flags & 0x40 != 0;
    let err_ptr = if null_err {
        std::ptr::null_mut()
    } else {
        err.as_mut_ptr().cast()
    };
    let ok = unsafe { sip_load_locale_dir(dir_ptr, err_ptr, err_len) };
    assert!(!ok, "a directory below {NO_DIR} was loaded");
    if null_err || err_len == 0 {
        assert!(
            err.iter().all(|&b| b == CANARY),
            "err written with err_len {err_len}"
        );
        return;
    }
    let end = err[..err_len]
        .iter()
        .position(|&b| b == 0)
        .expect("err not NUL-terminated");
    assert!(
        err[err_len..].iter().all(|&b| b == CANARY),
        "written past err_len"
    );
    let message = std::str::from_utf8(&err[..end]).expect("err is not UTF-8");
    let n = message.len().min(want.len());
    assert_eq!(&message[..n], &want[..n], "err: {message:?}");
    assert!(
        message.len() == err_len - 1 || message.len() >= want.len(),
        "truncated early: {message:?}"
    );
}

/// Folder names the `ftl` target puts its file in: shipped locales, new
/// ones, and names that are no language tag.
const FTL_TAGS: [&str; 8] = [
    "xx",
    "de",
    "en",
    "pt_BR",
    "de-AT",
    "en_US.UTF-8",
    "C",
    "not a tag",
];

/// `data` as a Fluent file `<dir>/<tag>/sip.ftl` given to the loader. First
/// byte: bits 0-2 pick the folder from `FTL_TAGS`, bit 7 writes the rest as
/// raw bytes (else as lossy UTF-8, so most inputs reach the parser). Never
/// a panic; a refused load changes nothing; a successful one leaves only
/// clean strings, and the locale answers to its folder's name.
pub fn ftl(data: &[u8]) {
    let (&first, rest) = data.split_first().unwrap_or((&0, &[]));
    let tag = FTL_TAGS[usize::from(first & 7)];
    let root = scratch_dir();
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join(tag)).expect("create the scratch folder");
    let contents = match first & 0x80 {
        0 => String::from_utf8_lossy(rest).into_owned().into_bytes(),
        _ => rest.to_vec(),
    };
    std::fs::write(root.join(tag).join("sip.ftl"), contents).expect("write sip.ftl");

    let target = Lang::negotiate(tag);
    let langs_before = Lang::all().len();
    let before = snapshot(target);
    match load_locale_dir(&root) {
        Err(e) => {
            let message = e.to_string();
            assert!(!message.is_empty());
            // The loader's fallback for a parser panic it did not foresee:
            // a finding, not a refusal.
            assert!(!message.contains("Fluent parser failed"), "{message}");
            assert_eq!(
                Lang::all().len(),
                langs_before,
                "a refused load added a locale"
            );
            assert!(
                snapshot(target) == before,
                "a refused load changed {target}"
            );
        }
        Ok(loaded) => {
            assert_eq!(loaded.len(), 1, "{loaded:?}");
            let lang = Lang::negotiate(&loaded[0]);
            assert_eq!(lang.tag(), loaded[0]);
            assert!(Lang::all().len() >= langs_before, "a load removed a locale");
            for l in [lang, Lang::ENGLISH] {
                every_string(l);
            }
        }
    }
}

fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("sipstatus-fuzz-ftl-{}", std::process::id()))
}

/// Removes what `ftl` wrote, once no more inputs come.
pub fn ftl_cleanup() {
    let _ = std::fs::remove_dir_all(scratch_dir());
}

/// Where every message of `lang` is, to see whether a refused load
/// touched it.
fn snapshot(lang: Lang) -> Vec<*const u8> {
    let mut all = Vec::new();
    for code in StatusCode::known() {
        all.push(code.reason(lang).as_ptr());
        all.extend(code.description(lang).map(str::as_ptr));
    }
    all.extend(Class::ALL.map(|c| c.name(lang).as_ptr()));
    all.extend(Cause::all().map(|c| c.name(lang).as_ptr()));
    all.extend(CauseClass::ALL.map(|c| c.name(lang).as_ptr()));
    all
}

/// Every string `lang` gives through the C ABI is clean.
fn every_string(lang: Lang) {
    let tag = format!("{}\0", lang.tag());
    let p = tag.as_ptr().cast::<c_char>();
    assert_eq!(unsafe { text(sip_negotiated_lang(p)) }, Some(lang.tag()));
    for code in 100..=701 {
        let want = StatusCode::new(code.into()).ok();
        unsafe { same(sip_reason(code, p), want.map(|s| s.reason(lang))) };
        unsafe {
            same(
                sip_description(code, p),
                want.and_then(|s| s.description(lang)),
            )
        };
    }
    for cls in 1..=6 {
        unsafe { text(sip_class_name(cls, p)) }.expect("class name");
    }
    for cause in Cause::all() {
        assert_eq!(value_problem(cause.name(lang)), None);
    }
    for class in CauseClass::ALL {
        assert_eq!(value_problem(class.name(lang)), None);
    }
}

/// The most bytes of an Accept-Language or Reason value the library reads.
const MAX_HEADER_LEN: usize = 1024;

/// A header value as a C caller may pass it, in a heap block of exactly its
/// size: `mode` 0: the bytes and a NUL; 1: NULL; 2: `MAX_HEADER_LEN` bytes
/// and no NUL (all the contract promises is readable).
fn header_arg(bytes: &[u8], mode: u8) -> Option<Box<[u8]>> {
    match mode % 3 {
        0 => Some(bytes.iter().copied().chain([0]).collect()),
        1 => None,
        _ => Some(
            bytes
                .iter()
                .map(|&b| if b == 0 { b' ' } else { b })
                .chain(std::iter::repeat(b','))
                .take(MAX_HEADER_LEN)
                .collect(),
        ),
    }
}

/// The text the library reads of a header argument: up to its NUL, if
/// that comes within `MAX_HEADER_LEN` bytes.
fn header_text(arg: &Option<Box<[u8]>>) -> Option<&[u8]> {
    let buf = arg.as_deref()?;
    let window = &buf[..buf.len().min(MAX_HEADER_LEN)];
    window
        .iter()
        .position(|&b| b == 0)
        .map(|end| &window[..end])
}

/// The Accept-Language, Q.850 and Reason header functions with the number,
/// lengths and bytes taken from `data`. Layout: number (i32 LE), flags
/// (bits 0-2 the `lang` mode of `LangArg::new`, bits 3-4 the header mode of
/// `header_arg`), the `sip_format_reason` buffer length, the
/// `sip_parse_reasons` count, then the bytes (used as `lang` and as header).
pub fn wire(data: &[u8]) {
    let mut head = [0u8; 7];
    let n = data.len().min(head.len());
    head[..n].copy_from_slice(&data[..n]);
    let rest = &data[n..];
    let number = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let flags = head[4];
    let lang = LangArg::new(rest, flags & 7);
    let want = lang.expected();
    let p = lang.ptr();
    let header = header_arg(rest, (flags >> 3) & 3);
    let header_ptr = header
        .as_ref()
        .map_or(std::ptr::null(), |h| h.as_ptr().cast::<c_char>());
    let read = header_text(&header);

    // Accept-Language: always an available locale, the safe API's answer.
    let tag = unsafe { text(sip_lang_from_accept_language(header_ptr)) }
        .expect("sip_lang_from_accept_language gave NULL");
    let expected = read.map_or(Lang::ENGLISH, |b| {
        lang_from_accept_language(&String::from_utf8_lossy(b))
    });
    assert_eq!(tag, expected.tag());

    // Q.850 mappings, names and classes.
    let n64 = i64::from(number);
    let to = StatusCode::new(n64)
        .ok()
        .and_then(StatusCode::to_q850)
        .map_or(0, |c| c_int::from(c.value()));
    assert_eq!(sip_to_q850(number), to);
    let from = q850_to_sip(n64).map_or(0, |c| c_int::from(c.as_u16()));
    assert_eq!(sip_from_q850(number), from);
    let cause = Cause::new(n64);
    unsafe { same(sip_q850_name(number, p), cause.map(|c| c.name(want))) };
    let class = CauseClass::of(n64).map_or(0, |c| c_int::from(c.number()));
    assert_eq!(sip_q850_class(number) as c_int, class);
    for cls in [number, number & 15] {
        let name = CauseClass::from_number(cls.into()).map(|c| c.name(want));
        unsafe { same(sip_q850_class_name(cls, p), name) };
    }

    // sip_format_reason: snprintf's contract, never a byte past `len`.
    const CANARY: u8 = 0xA5;
    let full = cause.map_or(String::new(), |c| Reason::q850(c, want).to_string());
    let len = usize::from(head[5]);
    let mut buf = vec![CANARY; len + 16].into_boxed_slice();
    let needed = unsafe { sip_format_reason(number, p, buf.as_mut_ptr().cast(), len) };
    assert_eq!(needed, full.len());
    assert!(buf[len..].iter().all(|&b| b == CANARY), "written past len");
    if len > 0 {
        let end = buf[..len].iter().position(|&b| b == 0).expect("no NUL");
        let written = std::str::from_utf8(&buf[..end]).expect("cut inside a character");
        assert!(
            full.starts_with(written),
            "{written:?} is not a prefix of {full:?}"
        );
        if full.len() < len {
            assert_eq!(end, full.len(), "room for all of it, but cut");
        } else {
            assert!(
                end + 3 >= len - 1,
                "cut more than a character short: {end} of {len}"
            );
        }
    }
    assert_eq!(
        unsafe { sip_format_reason(number, p, std::ptr::null_mut(), 0) },
        needed
    );

    // sip_parse_reason(s): the safe parser's verdict, and every field of
    // every value filled within its bounds; nothing past `n` touched.
    let parsed = read
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|s| parse_reasons(s).ok());
    let count = parsed.as_ref().map_or(0, Vec::len);
    let mut one = std::mem::MaybeUninit::<SipReason>::uninit();
    let ok = unsafe { sip_parse_reason(header_ptr, one.as_mut_ptr()) };
    assert_eq!(ok, parsed.is_some());
    let n = usize::from(head[6] % 8);
    let mut many: Vec<std::mem::MaybeUninit<SipReason>> = (0..n + 2)
        .map(|_| std::mem::MaybeUninit::zeroed())
        .collect();
    let got = unsafe { sip_parse_reasons(header_ptr, many.as_mut_ptr().cast(), n) };
    assert_eq!(got, count);
    for (i, slot) in many.iter().enumerate() {
        let bytes = unsafe {
            std::slice::from_raw_parts(slot.as_ptr().cast::<u8>(), std::mem::size_of::<SipReason>())
        };
        if i >= n {
            assert!(
                bytes.iter().all(|&b| b == 0),
                "value {i} written past n = {n}"
            );
            continue;
        }
        let r = unsafe { slot.assume_init_ref() };
        for field in [&r.text[..], &r.protocol_name[..]] {
            let field: &[u8] = unsafe { &*(field as *const [c_char] as *const [u8]) };
            let end = field
                .iter()
                .position(|&b| b == 0)
                .expect("field not NUL-terminated");
            std::str::from_utf8(&field[..end]).expect("field is not UTF-8");
        }
        if let Some(v) = parsed.as_ref().and_then(|v| v.get(i)) {
            assert_eq!(i64::from(r.cause), v.cause.map_or(-1, i64::from));
        }
    }
}

/// `Some(bytes)` of a C string argument as the library reads it: up to its
/// NUL, if that comes within `max` bytes.
fn c_arg_text(arg: &Option<Box<[u8]>>, max: usize) -> Option<&[u8]> {
    let buf = arg.as_deref()?;
    let window = &buf[..buf.len().min(max)];
    window
        .iter()
        .position(|&b| b == 0)
        .map(|end| &window[..end])
}

/// A char array of a parsed struct: NUL-terminated UTF-8, returned as str.
fn c_field(field: &[c_char]) -> &str {
    // SAFETY: c_char and u8 have the same size and alignment.
    let bytes: &[u8] = unsafe { &*(field as *const [c_char] as *const [u8]) };
    let end = bytes
        .iter()
        .position(|&b| b == 0)
        .expect("field not NUL-terminated");
    std::str::from_utf8(&bytes[..end]).expect("field is not UTF-8")
}

/// Calls an snprintf-style function with `len` bytes and a canary after
/// them; checks snprintf's contract against `full`, the whole value the
/// safe API gives ("" when there is none).
fn snprintf_contract(full: &str, len: usize, call: impl Fn(*mut c_char, usize) -> usize) {
    const CANARY: u8 = 0xA5;
    let mut buf = vec![CANARY; len + 16].into_boxed_slice();
    let needed = call(buf.as_mut_ptr().cast(), len);
    assert_eq!(needed, full.len(), "{full:?}");
    assert!(buf[len..].iter().all(|&b| b == CANARY), "written past len");
    assert_eq!(call(std::ptr::null_mut(), 0), needed, "size query");
    if len == 0 {
        assert!(buf.iter().all(|&b| b == CANARY), "len 0 wrote");
        return;
    }
    let end = buf[..len].iter().position(|&b| b == 0).expect("no NUL");
    let written = std::str::from_utf8(&buf[..end]).expect("cut inside a character");
    assert!(
        full.starts_with(written),
        "{written:?} is not a prefix of {full:?}"
    );
    if full.len() < len {
        assert_eq!(end, full.len(), "room for all of it, but cut");
    } else {
        assert!(
            end + 3 >= len - 1,
            "cut more than a character short: {end} of {len}"
        );
    }
}

/// The Warning header functions and the SIP and STIR Reason values with the
/// number, lengths and bytes taken from `data`. Layout: number (i32 LE),
/// flags (bits 0-2 the `lang` mode of `LangArg::new`, bits 3-4 the header
/// mode of `header_arg`, bits 5-6 the agent mode: bytes and a NUL, NULL, or
/// 256 bytes and no NUL), the formatting buffer length, the parse count,
/// the agent's length, then the bytes: the agent first, the rest used as
/// `lang` and as header.
pub fn warning(data: &[u8]) {
    let mut head = [0u8; 8];
    let n = data.len().min(head.len());
    head[..n].copy_from_slice(&data[..n]);
    let rest = &data[n..];
    let number = i32::from_le_bytes([head[0], head[1], head[2], head[3]]);
    let flags = head[4];
    let len = usize::from(head[5]);
    let count_wanted = usize::from(head[6] % 8);
    let (agent_bytes, rest) = rest.split_at(usize::from(head[7]).min(rest.len()));
    let lang = LangArg::new(rest, flags & 7);
    let want = lang.expected();
    let p = lang.ptr();
    let header = header_arg(rest, (flags >> 3) & 3);
    let header_ptr = header
        .as_ref()
        .map_or(std::ptr::null(), |h| h.as_ptr().cast::<c_char>());
    let read = header_text(&header);
    let agent: Option<Box<[u8]>> = match (flags >> 5) & 3 {
        1 => None,
        2 => Some(
            agent_bytes
                .iter()
                .map(|&b| if b == 0 { b'a' } else { b })
                .chain(std::iter::repeat(b'a'))
                .take(SIP_WARNING_AGENT_SIZE)
                .collect(),
        ),
        _ => Some(agent_bytes.iter().copied().chain([0]).collect()),
    };
    let agent_ptr = agent
        .as_ref()
        .map_or(std::ptr::null(), |a| a.as_ptr().cast::<c_char>());

    // sip_warning_text: the safe API's string itself, or NULL.
    let code = WarnCode::new(number.into());
    unsafe { same(sip_warning_text(number, p), code.map(|c| c.text(want))) };

    // sip_format_warning: snprintf's contract, the safe API's value.
    let agent_text =
        c_arg_text(&agent, SIP_WARNING_AGENT_SIZE).and_then(|a| std::str::from_utf8(a).ok());
    let full = match (code, agent_text) {
        (Some(code), Some(agent)) => Warning::new(code, agent, want)
            .map(|w| w.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    if let (Some(_), Some(a)) = (code, agent_text) {
        assert_eq!(full.is_empty(), !is_valid_warn_agent(a), "{a:?}");
    }
    snprintf_contract(&full, len, |buf, len| unsafe {
        sip_format_warning(number, agent_ptr, p, buf, len)
    });
    if !full.is_empty() {
        // What is written reads back.
        let back = parse_warnings(&full).expect("a formatted value parses");
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].to_string(), full);
    }

    // sip_format_reason_sip: the SIP Reason value of a known code.
    let sip = StatusCode::new(number.into())
        .ok()
        .and_then(|c| Reason::sip(c, want));
    let full = sip.as_ref().map_or(String::new(), Reason::to_string);
    snprintf_contract(&full, len, |buf, len| unsafe {
        sip_format_reason_sip(number, p, buf, len)
    });

    // sip_parse_warning(s): the safe parser's verdict; every field within
    // its bounds; nothing past `n` touched; what is read writes back and
    // reads the same.
    let parsed = read
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|s| parse_warnings(s).ok());
    if let Some(values) = &parsed {
        let joined: Vec<String> = values.iter().map(Warning::to_string).collect();
        let joined = joined.join(", ");
        let again = parse_warnings(&joined).expect("written values parse");
        assert_eq!(&again, values);
        for v in values {
            assert!(v.code <= 999 && is_valid_warn_agent(v.agent));
            assert!(!v.text.contains(['\r', '\n']));
        }
    }
    let count = parsed.as_ref().map_or(0, Vec::len);
    let mut one = std::mem::MaybeUninit::<SipWarning>::uninit();
    assert_eq!(
        unsafe { sip_parse_warning(header_ptr, one.as_mut_ptr()) },
        parsed.is_some()
    );
    let mut many: Vec<std::mem::MaybeUninit<SipWarning>> = (0..count_wanted + 2)
        .map(|_| std::mem::MaybeUninit::zeroed())
        .collect();
    let got = unsafe { sip_parse_warnings(header_ptr, many.as_mut_ptr().cast(), count_wanted) };
    assert_eq!(got, count);
    for (i, slot) in many.iter().enumerate() {
        let r = unsafe { slot.assume_init_ref() };
        let (agent, text) = (c_field(&r.agent), c_field(&r.text));
        match parsed
            .as_ref()
            .and_then(|v| v.get(i))
            .filter(|_| i < count_wanted)
        {
            Some(v) => {
                assert_eq!(i64::from(r.code), i64::from(v.code));
                assert_eq!(r.known, v.known().is_some());
                assert!(v.agent.starts_with(agent) && v.text.starts_with(text));
                assert_eq!(r.agent_truncated, agent.len() < v.agent.len());
                assert_eq!(r.text_truncated, text.len() < v.text.len());
            }
            None => assert!(
                r.code == 0 && agent.is_empty() && text.is_empty() && !r.known,
                "entry {i} written past n = {count_wanted} or not zeroed"
            ),
        }
    }

    // sip_parse_reason_value(s): sip_parse_reasons' verdict, STIR told
    // apart, the cause's protocol checked.
    let reasons = read
        .and_then(|b| std::str::from_utf8(b).ok())
        .and_then(|s| parse_reasons(s).ok());
    let mut values: Vec<std::mem::MaybeUninit<SipReasonValue>> = (0..count_wanted + 2)
        .map(|_| std::mem::MaybeUninit::zeroed())
        .collect();
    let got =
        unsafe { sip_parse_reason_values(header_ptr, values.as_mut_ptr().cast(), count_wanted) };
    assert_eq!(got, reasons.as_ref().map_or(0, Vec::len));
    assert_eq!(
        unsafe { sip_parse_reasons(header_ptr, std::ptr::null_mut(), 0) },
        got
    );
    for (i, slot) in values.iter().enumerate() {
        let v = unsafe { slot.assume_init_ref() };
        c_field(&v.protocol_name);
        c_field(&v.text);
        match reasons
            .as_ref()
            .and_then(|r| r.get(i))
            .filter(|_| i < count_wanted)
        {
            Some(r) => {
                let protocol = match r.protocol {
                    Protocol::Sip => 1,
                    Protocol::Q850 => 2,
                    Protocol::Other(_) => 3,
                    Protocol::Stir => SIP_REASON_PROTOCOL_STIR,
                };
                assert_eq!(v.protocol, protocol);
                assert_eq!(i64::from(v.cause), r.cause.map_or(-1, i64::from));
                assert_eq!(v.cause_known, r.is_known_cause());
                // Cut to 31 bytes (tokens are ASCII).
                let name = r.protocol.as_str();
                let cut = &name[..name.len().min(SIP_REASON_PROTOCOL_SIZE - 1)];
                assert_eq!(c_field(&v.protocol_name), cut);
            }
            None => assert!(v.protocol == 0 && v.cause == 0, "entry {i}"),
        }
    }
}

/// `Reason-Phrase` (RFC 3261 §25.1) written out again, character by
/// character, as the oracle of `is_valid_reason_phrase`.
fn reason_phrase_oracle(bytes: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(bytes) else {
        return false;
    };
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let ok = match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | ' ' | '\t' => true,
            _ if "-_.!~*'();/?:@&=+$,".contains(c) => true,
            '%' => (0..2).all(|_| chars.next().is_some_and(|h| h.is_ascii_hexdigit())),
            c => !c.is_ascii() && !('\u{80}'..='\u{9f}').contains(&c),
        };
        if !ok {
            return false;
        }
    }
    true
}

/// `sip_sanitize_text` and `sip_is_valid_reason_phrase` with the mode and
/// buffer length taken from `data`. Layout: flags (bit 0: a NULL `in`; bits
/// 1-2 the header mode of `header_arg` for the phrase), the buffer length
/// (times 4, so up to 1,020 bytes), then the text.
pub fn sanitize(data: &[u8]) {
    let (flags, rest) = data.split_first().unwrap_or((&0, &[]));
    let (&len, input) = rest.split_first().unwrap_or((&0, &[]));
    let len = usize::from(len) * 4;
    // In a block of exactly its size: ASan sees any read past in_len.
    let block: Box<[u8]> = input.into();
    let (in_ptr, in_len) = if flags & 1 != 0 {
        (std::ptr::null(), input.len())
    } else {
        (block.as_ptr().cast::<c_char>(), block.len())
    };
    let clean = sanitize_text(input);
    // A NULL `in` is "", whatever `in_len` says.
    let from_c = if flags & 1 != 0 { "" } else { clean.as_str() };
    snprintf_contract(from_c, len, |buf, len| unsafe {
        sip_sanitize_text(in_ptr, in_len, buf, len)
    });
    // The result is one clean line: no control, no line separator, no bidi
    // control, no run of spaces, nothing to trim; sanitizing it changes
    // nothing; clean text comes out unchanged.
    assert!(!clean
        .chars()
        .any(|c| is_line_break_or_control(c) || is_bidi_control(c)));
    assert!(!clean.contains("  ") && clean.trim() == clean, "{clean:?}");
    assert_eq!(sanitize_text(clean.as_bytes()), clean);
    if let Ok(s) = std::str::from_utf8(input) {
        let untouched = !s.is_empty() && s.len() <= 1023 && value_problem(s).is_none();
        if untouched && !s.contains("  ") {
            assert_eq!(clean, s);
        }
        // Valid UTF-8 brings no replacement character of its own.
        assert!(
            s.contains('\u{FFFD}') || !clean.contains('\u{FFFD}'),
            "U+FFFD from valid UTF-8: {s:?}"
        );
    }

    // sip_is_valid_reason_phrase: the safe API's and the oracle's verdict
    // on what the library reads (up to a NUL within 1024 bytes).
    let phrase = header_arg(input, (flags >> 1) & 3);
    let phrase_ptr = phrase
        .as_ref()
        .map_or(std::ptr::null(), |h| h.as_ptr().cast::<c_char>());
    let read = c_arg_text(&phrase, SIP_REASON_PHRASE_MAX_LEN);
    let valid = read.is_some_and(is_valid_reason_phrase);
    assert_eq!(unsafe { sip_is_valid_reason_phrase(phrase_ptr) }, valid);
    assert_eq!(valid, read.is_some_and(reason_phrase_oracle), "{read:?}");
    assert_eq!(is_valid_reason_phrase(input), reason_phrase_oracle(input));
    // Every clean text that the grammar's characters make is a phrase.
    if is_valid_reason_phrase(&clean) {
        assert!(!clean.contains(['\r', '\n']));
    }
}
