//! The C ABI: a thin layer over the safe API that knows the C rules and
//! nothing else. Every function here is guarded by [`boundary`], reads at
//! most [`MAX_LANG_LEN`](crate::MAX_LANG_LEN) bytes of a `lang` argument,
//! and returns strings owned by the library. cbindgen turns this file into `include/sipstatus.h`;
//! the doc comments below are the header's documentation.

use crate::accept::MAX_ACCEPT_LANGUAGE_LEN;
use crate::catalog::{Catalog, Form, StaticText};
use crate::code::{Class, StatusCode, TABLE};
use crate::locale::{self, HotCatalog, Lang};
use crate::q850::{Cause, CauseClass};
use crate::reason::{parse_reasons, Protocol, Reason};
use crate::sanitize::{is_valid_reason_phrase, sanitize_text};
use crate::tag_cache::{RawTag, TagStart};
use crate::warning::{parse_warnings, WarnCode, Warning};
use libc::{c_char, c_int, c_uint, size_t};
use std::ffi::CStr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::ptr;

/// The class of a SIP response code: its first digit (RFC 3261 §7.2).
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SipClass {
    /// Not a code of 100 to 699; also the value of a contained internal error.
    SIP_CLASS_INVALID = 0,
    /// 1xx
    SIP_CLASS_PROVISIONAL = 1,
    /// 2xx
    SIP_CLASS_SUCCESS = 2,
    /// 3xx
    SIP_CLASS_REDIRECTION = 3,
    /// 4xx
    SIP_CLASS_CLIENT_FAILURE = 4,
    /// 5xx
    SIP_CLASS_SERVER_FAILURE = 5,
    /// 6xx
    SIP_CLASS_GLOBAL_FAILURE = 6,
}

// The named constants of the known codes (`SIP_BUSY_HERE`, ...), generated
// from `TABLE` by tests/header.rs: cbindgen cannot see the constants that
// src/code.rs's `sip_codes!` makes. The path is spelled out so that rustc
// and cbindgen (which reads this file as a crate root) find the same file.
#[path = "ffi/codes.rs"]
mod codes;
pub use codes::SipCode;

impl From<Option<Class>> for SipClass {
    fn from(class: Option<Class>) -> SipClass {
        match class {
            None => SipClass::SIP_CLASS_INVALID,
            Some(Class::Provisional) => SipClass::SIP_CLASS_PROVISIONAL,
            Some(Class::Success) => SipClass::SIP_CLASS_SUCCESS,
            Some(Class::Redirection) => SipClass::SIP_CLASS_REDIRECTION,
            Some(Class::ClientFailure) => SipClass::SIP_CLASS_CLIENT_FAILURE,
            Some(Class::ServerFailure) => SipClass::SIP_CLASS_SERVER_FAILURE,
            Some(Class::GlobalFailure) => SipClass::SIP_CLASS_GLOBAL_FAILURE,
        }
    }
}

/// Runs `body`, or returns `on_panic` if it panics: no unwinding ever
/// crosses into C, and the host process keeps running.
fn boundary<T>(on_panic: T, body: impl FnOnce() -> T) -> T {
    let body = || {
        crate::fault::point("boundary");
        body()
    };
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(on_panic)
}

/// The most bytes of a `lang` argument that are read, NUL included: a tag of
/// 64 bytes or more (no NUL in its first 64) gives English.
pub const SIP_LANG_MAX_LEN: usize = 64;
const _: () = assert!(SIP_LANG_MAX_LEN == crate::MAX_LANG_LEN);

/// The locale for a C `lang` argument. NULL, a string with no NUL in its
/// first `MAX_LANG_LEN` bytes, and invalid UTF-8 all give English.
///
/// # Safety
/// `lang` is NULL or points to at least `MAX_LANG_LEN` readable bytes or to
/// a NUL-terminated string, whichever is shorter.
unsafe fn lang_arg(lang: *const c_char) -> Lang {
    // SAFETY: `lang` is as `tag_arg` requires (this function's contract).
    unsafe { tag_arg(lang) }.map_or(Lang::ENGLISH, |tag| Lang::of_raw(&tag))
}

/// The bytes of a C `lang` argument, the key of the negotiation cache;
/// `None` (English) for NULL and for a string with no NUL in its first
/// `MAX_LANG_LEN` bytes. Invalid UTF-8 is left to negotiation (English).
///
/// # Safety
/// As [`lang_arg`].
#[inline(always)]
unsafe fn tag_arg(lang: *const c_char) -> Option<RawTag> {
    if lang.is_null() {
        return None;
    }
    // Byte by byte: nothing past the first NUL or the MAX_LANG_LEN-th byte
    // is read.
    // SAFETY: `read` asks for no byte past the first NUL nor past
    // MAX_LANG_LEN, which the caller guarantees readable.
    RawTag::read(|i| unsafe { *lang.add(i).cast::<u8>() })
}

/// The table for a C `lang` argument.
///
/// # Safety
/// As [`lang_arg`].
unsafe fn catalog_arg(lang: *const c_char) -> Catalog {
    // SAFETY: `lang` is as `tag_arg` requires (this function's contract).
    match unsafe { tag_arg(lang) } {
        Some(tag) => locale::catalog_of_raw(&tag),
        None => locale::catalog_by_id(Lang::ENGLISH.id()),
    }
}

/// [`catalog_arg`] for NULL and for a short tag that is cached. Never
/// panics.
///
/// # Safety
/// As [`lang_arg`].
#[inline(always)]
unsafe fn hot_catalog_arg(lang: *const c_char) -> HotCatalog {
    if lang.is_null() {
        return locale::hot_english().map_or(HotCatalog::Miss, HotCatalog::Found);
    }
    // As in `tag_arg`: nothing past the first NUL is read.
    // SAFETY: as in `tag_arg`: nothing past the first NUL is read.
    locale::hot_catalog(|i| unsafe { *lang.add(i).cast::<u8>() })
}

/// The phrase of C `code` in `catalog`, NULL when `code` is no code.
#[inline(always)]
fn reason_ptr(catalog: Catalog, code: c_int) -> *const c_char {
    // A negative code, cast, is as far out of range as 1000.
    catalog.reason_ptr(code as u32).cast()
}

/// The bytes of the C string at `p`, reading at most `max` bytes and none
/// past its NUL; `None` when there is no NUL in the first `max`. A plain
/// loop rather than libc's strnlen, so that Miri checks it too.
///
/// # Safety
/// `p` points to `max` readable bytes or to a NUL-terminated string,
/// whichever is shorter.
unsafe fn bounded_c_str<'a>(p: *const c_char, max: usize) -> Option<&'a [u8]> {
    let p = p.cast::<u8>();
    // SAFETY: byte `i` is read only while no NUL came before it, and
    // `i < max`: within what the caller guarantees readable.
    let len = (0..max).find(|&i| unsafe { *p.add(i) } == 0)?;
    // SAFETY: the `len` bytes before the NUL were just read.
    Some(unsafe { std::slice::from_raw_parts(p, len) })
}

fn code_arg(code: c_int) -> Option<StatusCode> {
    StatusCode::new(code.into()).ok()
}

fn c_str(text: StaticText) -> *const c_char {
    text.as_c_ptr().cast()
}

/// The class of `code`: `SIP_CLASS_PROVISIONAL` to `SIP_CLASS_GLOBAL_FAILURE`
/// for 100 to 699 (by the first digit, whether or not the code is known), and
/// `SIP_CLASS_INVALID` for every other value, 701 included.
#[no_mangle]
pub extern "C" fn sip_class(code: c_int) -> SipClass {
    boundary(SipClass::SIP_CLASS_INVALID, || {
        code_arg(code).and_then(StatusCode::class).into()
    })
}

/// The reason phrase of `code` in the language `lang` matches, as
/// NUL-terminated UTF-8 with no control characters (fit for a SIP status
/// line and a display).
///
/// - A known code (see `sip_is_known`) gives its own phrase, e.g. 486 with
///   "de" gives "Besetzt". 701 (non-standard) is known.
/// - Any other code of 100 to 699 gives the name of its class, so the result
///   is never NULL there (e.g. 499 gives "Client Failure").
/// - Any other value (negative, 0, 99, 700, 1000, ...) gives NULL.
///
/// `lang`, in this and every function: NULL, "", "C", "POSIX", or anything
/// that matches no locale gives English. BCP 47 tags in any letter case with
/// `-` or `_` ("de", "DE", "de-AT", "de_at") and POSIX locale names
/// ("de_DE.UTF-8", "de_CH@euro") are matched with fluent-langneg ("de-AT"
/// falls back to "de"). Only the first 64 bytes are ever read: a string with
/// no NUL in its first 64 bytes (a tag of 64 bytes or more), or with invalid
/// UTF-8, gives English.
///
/// The returned string is owned by the library and valid until the library
/// is unloaded, even across `sip_load_locale_dir`; never free it. The same
/// arguments give the same pointer, until a reload loads files for that
/// language: then every string of it gets a new pointer (same text where the
/// files leave a message out).
/// Each distinct `lang` string is negotiated once and remembered in a cache
/// of 512 tags that never evicts (the locales' own tags always have a
/// place): a tag that finds no free place, after many distinct junk tags, is
/// negotiated on every call, with the same answer, about 50 to 100 times
/// slower. Pass canonical tags (`sip_negotiated_lang`) or use
/// `sip_lang_id` where the tags come from outside. A build without runtime
/// loading (the firmware profile) keeps no cache: it negotiates on every
/// call, among the few locales it was built with, allocating nothing.
/// Thread-safe; lock-free once a language has been used once. NULL is also
/// the result of a contained internal error.
///
/// # Safety
/// `lang` is NULL or a pointer to readable memory up to its first NUL or its
/// 64th byte, whichever comes first.
#[no_mangle]
pub unsafe extern "C" fn sip_reason(code: c_int, lang: *const c_char) -> *const c_char {
    // Guarded in parts: the hot path, which cannot panic (so its guard costs
    // nothing), and the slower paths, each guarded itself and reached by a
    // tail call, so that the hot path needs no stack frame.
    // SAFETY: `lang` is as `sip_reason` requires, which is what
    // `hot_catalog_arg` requires.
    match boundary(HotCatalog::Miss, || unsafe { hot_catalog_arg(lang) }) {
        HotCatalog::Found(catalog) => reason_ptr(catalog, code),
        // SAFETY: as above, for `reason_long`.
        HotCatalog::Longer(start) => unsafe { reason_long(code, lang, start) },
        // SAFETY: as above, for `reason_cold`.
        HotCatalog::Miss => unsafe { reason_cold(code, lang) },
    }
}

/// `sip_reason` for a tag of 8 bytes or more: of up to 16 and cached here,
/// any other on to `reason_cold`.
///
/// # Safety
/// As `sip_reason`.
#[inline(never)]
unsafe extern "C" fn reason_long(
    code: c_int,
    lang: *const c_char,
    start: TagStart,
) -> *const c_char {
    boundary(ptr::null(), || {
        // SAFETY: as in `tag_arg`: nothing past the first NUL is read.
        let key = start.key(|i| unsafe { *lang.add(i).cast::<u8>() });
        match key.and_then(locale::hot_catalog_long) {
            Some(&catalog) => reason_ptr(catalog, code),
            // SAFETY: `lang` is as `reason_cold` requires (this function's
            // contract). An extern "C" function, which cannot unwind.
            None => unsafe { reason_cold(code, lang) },
        }
    })
}

/// `sip_reason` on a miss: negotiates and fills the cache.
///
/// # Safety
/// As `sip_reason`.
#[cold]
#[inline(never)]
unsafe extern "C" fn reason_cold(code: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || {
        // SAFETY: `lang` is as `catalog_arg` requires (this function's contract).
        let catalog = unsafe { catalog_arg(lang) };
        reason_ptr(catalog, code)
    })
}

/// `sip_reason_as` flag: the short form, at most 16 display columns in every
/// shipped locale (for 2x16 character displays).
pub const SIP_FORM_SHORT: c_uint = 1;
/// `sip_reason_as` flag: printable ASCII only (0x20 to 0x7E), for displays
/// whose font has nothing else.
pub const SIP_FORM_ASCII: c_uint = 2;

/// The reason phrase of `code` in the language `lang` matches, in the form
/// `form` asks for: 0 gives exactly what `sip_reason` gives;
/// `SIP_FORM_SHORT` a short form (at most 16 display columns in every
/// shipped locale, where East Asian wide characters count 2; the phrase
/// itself when it is short enough); `SIP_FORM_ASCII` printable ASCII only
/// (Latin, Greek and Cyrillic transliterated, e.g. "Zaniato"; other scripts
/// give English's form); `SIP_FORM_SHORT | SIP_FORM_ASCII` both (at most 16
/// columns). Bits other than these two are ignored.
///
/// Same rules as `sip_reason` for every other argument: a known code gives
/// its own phrase, any other code of 100 to 699 its class name in that
/// form, any other value NULL. Within a shipped locale no two codes share a
/// short form. A locale loaded with `sip_load_locale_dir` gives its
/// `.short`, `.ascii` and `.ascii-short` attributes; where it has none, the
/// short form is its phrase and the ASCII form its text when that is
/// printable ASCII, else English's.
///
/// The returned string is owned by the library, valid until it is unloaded
/// (as `sip_reason`'s); thread-safe, and lock-free once the language has
/// been used once. NULL is also the result of a contained internal error.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_reason_as(
    code: c_int,
    lang: *const c_char,
    form: c_uint,
) -> *const c_char {
    let form = Form::from_bits(form);
    if form == Form::FULL {
        // SAFETY: the caller passes what `sip_reason` requires.
        return unsafe { sip_reason(code, lang) };
    }
    boundary(ptr::null(), || match code_arg(code) {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        Some(code) => c_str(unsafe { lang_arg(lang) }.text(code.reason_message(form))),
        None => ptr::null(),
    })
}

/// One sentence, in the language `lang` matches, saying when `code` is sent;
/// NULL for any code that is not known (see `sip_is_known`). Same string
/// rules as `sip_reason`: NUL-terminated UTF-8, owned by the library, valid
/// until it is unloaded, thread-safe.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_description(code: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        let text = code_arg(code).and_then(|c| c.description_text(unsafe { lang_arg(lang) }));
        text.map_or(ptr::null(), c_str)
    })
}

/// The name of class `cls` (a `SipClass` value, 1 to 6) in the language
/// `lang` matches, e.g. "Client Failure"; NULL for 0 (`SIP_CLASS_INVALID`)
/// and any value outside 1 to 6. The class is an `int` because C can pass
/// any value. Same string rules as `sip_reason`.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_class_name(cls: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || match Class::from_number(cls.into()) {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        Some(class) => c_str(class.name_text(unsafe { lang_arg(lang) })),
        None => ptr::null(),
    })
}

/// Whether `code` is in sipstatus's table: every code of the IANA registry,
/// the obsolete 409 and 411 of RFC 2543, and the non-standard 701. False for
/// every other value.
#[no_mangle]
pub extern "C" fn sip_is_known(code: c_int) -> bool {
    boundary(false, || code_arg(code).is_some_and(StatusCode::is_known))
}

/// The tag of the locale that the other functions use for `lang`, e.g. "de"
/// for "de_AT.UTF-8" and "en" for NULL or "xx". Never NULL: English is the
/// answer for every `lang` that matches nothing, and for a contained internal
/// error. Owned by the library, valid until it is unloaded; thread-safe.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_negotiated_lang(lang: *const c_char) -> *const c_char {
    boundary(ENGLISH_TAG.as_ptr(), || {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        let lang = unsafe { lang_arg(lang) };
        c_str(lang.tag_text())
    })
}

const ENGLISH_TAG: &CStr = c"en";

/// The number of available locales (English included). It only grows: a
/// successful `sip_load_locale_dir` can add locales, never remove one.
#[no_mangle]
pub extern "C" fn sip_lang_count() -> size_t {
    boundary(0, || Lang::all().len())
}

/// The tag of locale `i` (0 is always "en"), NULL when `i` is not less than
/// `sip_lang_count()`. Owned by the library, valid until it is unloaded.
#[no_mangle]
pub extern "C" fn sip_lang_at(i: size_t) -> *const c_char {
    boundary(ptr::null(), || {
        Lang::from_id(i).map_or(ptr::null(), |l| c_str(l.tag_text()))
    })
}

/// The number of known codes (see `sip_is_known`).
#[no_mangle]
pub extern "C" fn sip_known_count() -> size_t {
    boundary(0, || TABLE.len())
}

/// Known code number `i`, in ascending order from 0; 0 when `i` is not less
/// than `sip_known_count()`. With `sip_known_count` this walks the table.
#[no_mangle]
pub extern "C" fn sip_known_at(i: size_t) -> c_int {
    boundary(0, || TABLE.get(i).map_or(0, |e| c_int::from(e.code)))
}

/// The identifier of a known code, as used for constants: "BUSY_HERE" for
/// 486, "NOT_ACCEPTABLE_GLOBAL" for 606. NULL for a code that is not known.
/// A static string; never free it.
#[no_mangle]
pub extern "C" fn sip_code_name(code: c_int) -> *const c_char {
    boundary(ptr::null(), || {
        let entry = code_arg(code).and_then(StatusCode::entry);
        entry.map_or(ptr::null(), |e| e.ident_c.as_ptr())
    })
}

/// The library's version, e.g. "0.1.0". A static string; never free it.
#[no_mangle]
pub extern "C" fn sip_version() -> *const c_char {
    // A constant, but guarded like every other function.
    boundary(VERSION_C.as_ptr(), || VERSION_C.as_ptr())
}

const VERSION_C: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => panic!("version holds a NUL"),
    };

/// A small integer naming the locale that `lang` matches (0 is English), for
/// hot loops: negotiate once with `sip_lang_id`, then call
/// `sip_reason_by_id`. Ids are stable for the life of the process (a reload
/// can add locales, never renumber them). Never negative; 0 for a contained
/// internal error. `lang` as in `sip_reason`.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_lang_id(lang: *const c_char) -> c_int {
    boundary(0, || {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        let lang = unsafe { lang_arg(lang) };
        c_int::try_from(lang.id()).unwrap_or(0)
    })
}

/// `sip_reason` for a locale id from `sip_lang_id`; an id that names no
/// locale (negative, too large) is taken as English. Same results and string
/// rules as `sip_reason`.
#[no_mangle]
pub extern "C" fn sip_reason_by_id(code: c_int, lang_id: c_int) -> *const c_char {
    // As in `sip_reason`: a guarded hot path that cannot panic, then the
    // rest. A negative id, cast, is as good as any other that names no
    // locale.
    match boundary(None, || locale::hot_catalog_by_id(lang_id as u32 as usize)) {
        Some(catalog) => reason_ptr(catalog, code),
        None => reason_by_id_cold(code, lang_id),
    }
}

#[cold]
#[inline(never)]
extern "C" fn reason_by_id_cold(code: c_int, lang_id: c_int) -> *const c_char {
    boundary(ptr::null(), || {
        let id = usize::try_from(lang_id).unwrap_or(usize::MAX);
        reason_ptr(locale::catalog_by_id(id), code)
    })
}

/// The most bytes of a `dir` argument that are read.
const MAX_PATH_LEN: usize = 4096;

/// Loads `<dir>/<lang>/*.ftl` (e.g. `<dir>/de/sip.ftl`) at run time: a new
/// language is added, a shipped one has the loaded messages replace its own;
/// messages a file leaves out keep their current text (an override of only
/// `sip-486` keeps the locale's description of 486; its short and ASCII
/// forms follow the new phrase unless the file gives them). Returns true on
/// success. All or nothing: if anything is refused, nothing changes, false is
/// returned, and a message naming file and line is written to `err`.
///
/// Refused: a `.ftl` entry that is not a readable regular file (a dangling
/// symlink, a FIFO, a device, a directory: none is opened); a file over
/// 1 MiB, or not UTF-8; `{ }` placeables nested deeper than 8; Fluent syntax
/// errors; an unknown message; a value that is empty, longer than 1023 bytes,
/// has leading or trailing spaces, or holds a control character (CR, LF,
/// tab, ...), a line or paragraph separator (U+2028, U+2029) or a bidi mark;
/// an `.ascii` or `.ascii-short` that is not printable ASCII; a folder name
/// that is not a language tag, is `und`, or whose tag is 64 bytes or longer
/// (no `lang` argument could select it). A UTF-8 byte order mark at the
/// start of a file is ignored. The display rules of the shipped locales
/// (widths, distinct phrases) are not enforced: run `sipstatus-lint`. At most
/// 100 problems are listed; the cost of a load is linear in the size of the
/// files and its stack use bounded, whatever they hold.
///
/// `err`: NULL, or a buffer of `err_len` bytes that receives a NUL-terminated
/// UTF-8 message, truncated to fit between characters ("" on success);
/// control characters and bidi marks from file or folder names are replaced
/// by `?`; nothing is written when `err_len` is 0. `dir`: a NUL-terminated
/// path of fewer than 4096 bytes; NULL, a longer string, or a path that is
/// not a readable directory is an error. A library built without the cargo
/// feature `runtime-load` (firmware) always returns false with
/// "loading locales at run time is not built in (cargo feature runtime-load)".
///
/// Calls may come from any thread; loads are serialized, and lookups in
/// other threads neither wait nor see a half-loaded state. Strings returned
/// before a load stay valid for the life of the process, so memory is kept:
/// a load that gives a locale a text it never had before keeps that
/// locale's resolved text (about 10 to 30 KB) and, when the set of tables in
/// force is new, a small index (about 10 KB); a load that gives a locale a
/// text it had before (reloading the same files) keeps nothing new. A
/// refused load keeps nothing.
///
/// After `fork()` in a multi-threaded process, the child may call every
/// function; only this one may block forever, if another thread of the
/// parent was inside it at the moment of the fork.
///
/// # Safety
/// `dir` is NULL or readable up to its NUL or 4096 bytes; `err` is NULL or
/// writable for `err_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sip_load_locale_dir(
    dir: *const c_char,
    err: *mut c_char,
    err_len: size_t,
) -> bool {
    let result = boundary(Err("internal error".to_owned()), || {
        if dir.is_null() {
            return Err("dir is NULL".to_owned());
        }
        // SAFETY: `dir` is readable up to its NUL or MAX_PATH_LEN bytes
        // (this function's contract).
        let bytes =
            unsafe { bounded_c_str(dir, MAX_PATH_LEN) }.ok_or("dir is 4096 bytes or longer")?;
        let path = path_arg(bytes).ok_or("dir is not valid UTF-8")?;
        crate::loader::load_locale_dir(path)
            .map(drop)
            .map_err(|e| e.to_string())
    });
    if !err.is_null() && err_len > 0 {
        let message = result.as_ref().err().map_or("", String::as_str);
        // Cut at a character boundary: C gets valid UTF-8 even when truncated.
        let mut n = message.len().min(err_len - 1);
        while !message.is_char_boundary(n) {
            n -= 1;
        }
        // SAFETY: `err` is writable for `err_len` bytes (this function's
        // contract) and `n < err_len`; `message` is a separate string.
        unsafe {
            ptr::copy_nonoverlapping(message.as_ptr(), err.cast::<u8>(), n);
            *err.add(n) = 0;
        }
    }
    result.is_ok()
}

#[cfg(unix)]
fn path_arg(bytes: &[u8]) -> Option<&std::path::Path> {
    use std::os::unix::ffi::OsStrExt;
    Some(std::path::Path::new(std::ffi::OsStr::from_bytes(bytes)))
}

#[cfg(not(unix))]
fn path_arg(bytes: &[u8]) -> Option<&std::path::Path> {
    std::str::from_utf8(bytes).ok().map(std::path::Path::new)
}

/// The tag of the available locale that best matches `header_value`, the
/// value of a request's Accept-Language header field, e.g.
/// "da, en-gb;q=0.8, en;q=0.7": RFC 3261 §20.3 makes it choose the language
/// of the response's reason phrase. Pass the result as `lang` to
/// `sip_reason`. It is the same pointer `sip_negotiated_lang` gives for that
/// tag; never NULL.
///
/// - Language ranges are tried by their weight `q`, highest first (1 when
///   absent); at equal weight in written order, a named language before `*`.
///   A range matches a locale as `lang` does ("de-CH" gives "de").
/// - `*` means any language: English, or when "en;q=0" refuses it the first
///   locale in `sip_lang_at` order that no "q=0" refuses.
/// - `q=0` means "not this one": no locale the range covers ("de;q=0"
///   covers "de" and "de-AT") is chosen, not even by fallback from "de-CH".
/// - A malformed part (not a language range, a weight that is not 0 to 1
///   with at most 3 decimals, two weights, invalid UTF-8) is skipped; the
///   other parts still count. Whitespace around ",", ";" and "=", and other
///   parameters (`generic-param`) are allowed; "Q" is the same as "q".
/// - "en" when nothing acceptable matches, and for NULL, "", a value that
///   is entirely malformed, and a contained internal error.
///
/// Only the first 1024 bytes are ever read: a value with no NUL in its
/// first 1024 bytes (1024 bytes or longer) gives "en". The returned string
/// is owned by the library, valid until it is unloaded. Thread-safe.
///
/// # Safety
/// `header_value` is NULL or readable up to its first NUL or its 1024th
/// byte, whichever comes first.
#[no_mangle]
pub unsafe extern "C" fn sip_lang_from_accept_language(
    header_value: *const c_char,
) -> *const c_char {
    boundary(ENGLISH_TAG.as_ptr(), || {
        if header_value.is_null() {
            return c_str(Lang::ENGLISH.tag_text());
        }
        // SAFETY: `header_value` is readable up to its NUL or the limit
        // (this function's contract).
        let Some(bytes) = (unsafe { bounded_c_str(header_value, MAX_ACCEPT_LANGUAGE_LEN) }) else {
            return c_str(Lang::ENGLISH.tag_text());
        };
        let value = String::from_utf8_lossy(bytes);
        c_str(crate::accept::lang_from_accept_language(&value).tag_text())
    })
}

// Q.850 cause values and the Reason header (RFC 3398, RFC 3326, RFC 8606).

/// The class of a Q.850 cause value: its top three bits (ITU-T Q.850).
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SipQ850Class {
    /// Not a cause value of 1 to 127; also the value of a contained internal error.
    SIP_Q850_CLASS_INVALID = 0,
    /// 1 to 31
    SIP_Q850_CLASS_NORMAL_EVENT = 1,
    /// 32 to 47
    SIP_Q850_CLASS_RESOURCE_UNAVAILABLE = 2,
    /// 48 to 63
    SIP_Q850_CLASS_SERVICE_NOT_AVAILABLE = 3,
    /// 64 to 79
    SIP_Q850_CLASS_SERVICE_NOT_IMPLEMENTED = 4,
    /// 80 to 95
    SIP_Q850_CLASS_INVALID_MESSAGE = 5,
    /// 96 to 111
    SIP_Q850_CLASS_PROTOCOL_ERROR = 6,
    /// 112 to 127
    SIP_Q850_CLASS_INTERWORKING = 7,
}

impl From<Option<CauseClass>> for SipQ850Class {
    fn from(class: Option<CauseClass>) -> SipQ850Class {
        match class {
            None => SipQ850Class::SIP_Q850_CLASS_INVALID,
            Some(CauseClass::NormalEvent) => SipQ850Class::SIP_Q850_CLASS_NORMAL_EVENT,
            Some(CauseClass::ResourceUnavailable) => {
                SipQ850Class::SIP_Q850_CLASS_RESOURCE_UNAVAILABLE
            }
            Some(CauseClass::ServiceNotAvailable) => {
                SipQ850Class::SIP_Q850_CLASS_SERVICE_NOT_AVAILABLE
            }
            Some(CauseClass::ServiceNotImplemented) => {
                SipQ850Class::SIP_Q850_CLASS_SERVICE_NOT_IMPLEMENTED
            }
            Some(CauseClass::InvalidMessage) => SipQ850Class::SIP_Q850_CLASS_INVALID_MESSAGE,
            Some(CauseClass::ProtocolError) => SipQ850Class::SIP_Q850_CLASS_PROTOCOL_ERROR,
            Some(CauseClass::Interworking) => SipQ850Class::SIP_Q850_CLASS_INTERWORKING,
        }
    }
}

/// The Q.850 cause a gateway puts in the ISUP REL when it receives the SIP
/// final response `sip_code`, per RFC 3398 §8.2.6.1; 0 where there is none.
///
/// - The codes of the RFC's table give its cause, e.g. 486 gives 17 (user
///   busy), 404 gives 1, 504 gives 102, 505 gives 127 (the RFC prints the 505
///   row as a second "504"; 504 keeps 102).
/// - 488 and 606 are mapped "by Warning header": this gives 31, the RFC's
///   default; send 65 instead if the Warning speaks of an unavailable bearer
///   capability.
/// - 487 gives 0: the RFC has no mapping for it.
/// - Every other code of 400 to 699, registered or not, gives 31 (Normal,
///   unspecified): "any status not listed".
/// - 100 to 399 (not failures) and every other value (negative, 0, 700, 701,
///   ...) give 0, as does a contained internal error.
///
/// Per RFC 3398, a cause in an encapsulated REL (SIP-T) or a Q.850 Reason
/// header (see `sip_parse_reason`) wins over this table, and a BYE or CANCEL
/// without one is released with 16.
#[no_mangle]
pub extern "C" fn sip_to_q850(sip_code: c_int) -> c_int {
    boundary(0, || {
        let cause = code_arg(sip_code).and_then(StatusCode::to_q850);
        cause.map_or(0, |c| c_int::from(c.value()))
    })
}

/// The SIP response a gateway sends when the ISUP side releases the call
/// with cause value `cause` before a final response, per RFC 3398 §7.2.4.1;
/// 0 where there is none.
///
/// - The causes of the RFC's table give its response, e.g. 17 gives 486, 1
///   gives 404, 29 gives 501 (not 510, as some copies print), 102 gives 504.
/// - 22 (number changed) gives 410; with a new number in the diagnostic the
///   RFC says 301 with a Contact, which only the caller can build.
/// - 21 (call rejected) gives 403; the RFC allows 603 if the cause location
///   is "user".
/// - 16 (normal call clearing: the call ends with BYE or CANCEL) and 44
///   (untranslatable: the switch retries on another circuit) give 0.
/// - Every other value of 1 to 127 gives 500, whether Q.850 assigns it or
///   not (e.g. 10 or 45): "any cause not listed" maps to 500.
/// - Values outside 1 to 127 give 0, as does a contained internal error.
#[no_mangle]
pub extern "C" fn sip_from_q850(cause: c_int) -> c_int {
    boundary(0, || {
        crate::q850::q850_to_sip(cause.into()).map_or(0, |c| c_int::from(c.as_u16()))
    })
}

/// The name of Q.850 cause `cause` in the language `lang` matches, e.g. 17
/// with "de" gives "Teilnehmer besetzt"; NULL for values Q.850 does not
/// assign (0, 10, 45, 128, negative, ...). Same `lang` and string rules as
/// `sip_reason`.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_q850_name(cause: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || match Cause::new(cause.into()) {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        Some(cause) => c_str(cause.name_text(unsafe { lang_arg(lang) })),
        None => ptr::null(),
    })
}

/// The class of cause value `cause`: by its top three bits for every value
/// of 1 to 127, assigned or not (a receiver treats a cause it does not know
/// as the "unspecified" cause of its class); `SIP_Q850_CLASS_INVALID` for
/// every other value.
#[no_mangle]
pub extern "C" fn sip_q850_class(cause: c_int) -> SipQ850Class {
    boundary(SipQ850Class::SIP_Q850_CLASS_INVALID, || {
        CauseClass::of(cause.into()).into()
    })
}

/// The name of Q.850 class `cls` (a `SipQ850Class` value, 1 to 7) in the
/// language `lang` matches, e.g. "Resource unavailable"; NULL for 0 and any
/// value outside 1 to 7. Same `lang` and string rules as `sip_reason`.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_q850_class_name(cls: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || match CauseClass::from_number(cls.into()) {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        Some(class) => c_str(class.name_text(unsafe { lang_arg(lang) })),
        None => ptr::null(),
    })
}

/// Copies `s` and a NUL into `buf` (`len` > 0 bytes), cut at a UTF-8
/// character boundary to fit. Returns whether it was cut.
///
/// # Safety
/// `buf` is writable for `len` bytes.
unsafe fn write_c_str(s: &str, buf: *mut c_char, len: usize) -> bool {
    let mut n = s.len().min(len - 1);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    // SAFETY: `buf` is writable for `len` bytes (this function's contract)
    // and `n < len`; `s` is a separate string.
    unsafe {
        ptr::copy_nonoverlapping(s.as_ptr(), buf.cast::<u8>(), n);
        *buf.add(n) = 0;
    }
    n < s.len()
}

/// Writes the Reason header value for Q.850 cause `cause` (RFC 3326 §2,
/// RFC 6432), with the cause's name in `lang` as its text, e.g.
/// `Q.850;cause=17;text="User busy"`, snprintf-style:
///
/// - Returns the length of the whole value in bytes, without its NUL; the
///   value was written whole when that is less than `len`.
/// - When `len` > 0, always writes a NUL-terminated string to `buf`: the
///   value, or as much of it as fits in `len` - 1 bytes, cut at a UTF-8
///   character boundary (so up to 3 bytes shorter than `len` - 1).
/// - When `len` is 0, or `buf` is NULL, nothing is written (the length is
///   still returned; see below for sizing a buffer across reloads).
/// - The text is a quoted-string (RFC 3261 §25.1): `"` and `\` are escaped
///   with `\`; non-ASCII names are UTF-8, which quoted-string allows.
/// - For a value Q.850 does not assign (see `sip_q850_name`), and for a
///   contained internal error, returns 0 and writes "" (when `len` > 0).
///
/// `lang` as in `sip_reason`. Add `;location=...` (RFC 8606) yourself when
/// the cause location is known.
///
/// A `sip_load_locale_dir` in another thread may change the text between two
/// calls, so size-then-write is not enough on its own: format into a buffer
/// you have (e.g. 128 bytes, `SIP_REASON_TEXT_SIZE`), and while the returned
/// length is not less than `len`, grow the buffer to that length + 1 and
/// call again. Each call writes one consistent value, whole or cut, always
/// NUL-terminated; the loop ends with a whole one.
///
/// # Safety
/// `lang` as in `sip_reason`; `buf` is NULL or writable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sip_format_reason(
    cause: c_int,
    lang: *const c_char,
    buf: *mut c_char,
    len: size_t,
) -> size_t {
    // SAFETY: `buf` and `len` are as `format_into` requires (this
    // function's contract), `lang` as `lang_arg` requires.
    unsafe {
        format_into(buf, len, || {
            let cause = Cause::new(cause.into())?;
            Some(Reason::q850(cause, lang_arg(lang)).to_string())
        })
    }
}

/// The snprintf-style writing of every `sip_format_*` function: `""` first
/// (when `len` > 0), then the value `make` gives, cut at a UTF-8 character
/// boundary to fit; returns its whole length, 0 when `make` gives `None` or
/// panics. Nothing is written when `buf` is NULL or `len` is 0.
///
/// # Safety
/// `buf` is NULL or writable for `len` bytes.
unsafe fn format_into(
    buf: *mut c_char,
    len: size_t,
    make: impl FnOnce() -> Option<String>,
) -> size_t {
    let writable = !buf.is_null() && len > 0;
    if writable {
        // SAFETY: `buf` is writable for `len` > 0 bytes (this function's
        // contract).
        unsafe { *buf = 0 };
    }
    boundary(0, || {
        let Some(value) = make() else {
            return 0;
        };
        if writable {
            // SAFETY: `buf` is writable for `len` > 0 bytes (the contract).
            unsafe { write_c_str(&value, buf, len) };
        }
        value.len()
    })
}

/// The protocol of a Reason header value.
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SipReasonProtocol {
    /// No value: what a rejected parse leaves.
    SIP_REASON_PROTOCOL_NONE = 0,
    /// `SIP`: `cause` is a SIP status code.
    SIP_REASON_PROTOCOL_SIP = 1,
    /// `Q.850`: `cause` is a Q.850 cause value.
    SIP_REASON_PROTOCOL_Q850 = 2,
    /// Any other protocol token; see `protocol_name`.
    SIP_REASON_PROTOCOL_OTHER = 3,
}

/// The size of `SipReason.text`, NUL included.
pub const SIP_REASON_TEXT_SIZE: usize = 128;
/// The size of `SipReason.protocol_name`, NUL included.
pub const SIP_REASON_PROTOCOL_SIZE: usize = 32;
/// The most bytes of a Reason header value that are read, NUL included:
/// longer values are rejected.
pub const SIP_REASON_MAX_LEN: usize = 1024;

/// One value of a Reason header, e.g.
/// `Q.850;cause=16;text="Normal call clearing";location=LN`, read by
/// `sip_parse_reason`. A plain struct with no pointers: it stays valid when
/// the header it was read from is freed. A rejected parse leaves every byte
/// zero.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SipReason {
    /// SIP, Q.850, or another protocol (matched in any letter case). STIR
    /// (RFC 9410) is `SIP_REASON_PROTOCOL_OTHER` here, with
    /// `protocol_name` "STIR": `sip_parse_reason_value` tells it apart.
    pub protocol: SipReasonProtocol,
    /// The `cause` parameter: a Q.850 cause value for Q.850, a SIP status
    /// code for SIP, as written (decimal, not range-checked, 0 to INT_MAX);
    /// -1 when absent.
    pub cause: c_int,
    /// The RFC 8606 `location` of a Q.850 value: 0 (`U`) to 15 (`LOC-15`),
    /// the Q.850 location value its token names; -1 when absent, for other
    /// protocols (the RFC says to ignore it there), and for a value that is
    /// not one of the sixteen tokens.
    pub location: c_int,
    /// Whether the value has a `text` parameter (`text` is "" otherwise).
    pub has_text: bool,
    /// Whether `text` was cut to fit.
    pub text_truncated: bool,
    /// The protocol token, NUL-terminated: "SIP", "Q.850" and "STIR" as
    /// registered, any other as written, cut to 31 bytes.
    pub protocol_name: [c_char; SIP_REASON_PROTOCOL_SIZE],
    /// The `text` parameter, unescaped (`\"` reads as `"`, a folded line as
    /// one space), NUL-terminated UTF-8, cut at a character boundary to fit
    /// in 127 bytes. Never holds NUL, CR or LF; may hold other control
    /// characters (escaped ones, and raw U+0080 to U+009F) and bidi marks
    /// as the sender wrote them: clean it before showing it on a display.
    pub text: [c_char; SIP_REASON_TEXT_SIZE],
}

impl SipReason {
    const EMPTY: SipReason = SipReason {
        protocol: SipReasonProtocol::SIP_REASON_PROTOCOL_NONE,
        cause: 0,
        location: 0,
        has_text: false,
        text_truncated: false,
        protocol_name: [0; SIP_REASON_PROTOCOL_SIZE],
        text: [0; SIP_REASON_TEXT_SIZE],
    };

    fn from_reason(r: &Reason<'_>) -> SipReason {
        let mut out = SipReason::EMPTY;
        out.protocol = match r.protocol {
            Protocol::Sip => SipReasonProtocol::SIP_REASON_PROTOCOL_SIP,
            Protocol::Q850 => SipReasonProtocol::SIP_REASON_PROTOCOL_Q850,
            // This struct's enum is part of the ABI: STIR, added later,
            // is "another protocol" here (see `SipReasonValue`).
            Protocol::Stir | Protocol::Other(_) => SipReasonProtocol::SIP_REASON_PROTOCOL_OTHER,
        };
        out.cause = r.cause.map_or(-1, |c| c_int::try_from(c).unwrap_or(-1));
        out.location = r.location.map_or(-1, |l| c_int::from(l.value()));
        let name = &mut out.protocol_name;
        // SAFETY: the arrays are writable for their length, which is > 0.
        unsafe { write_c_str(r.protocol.as_str(), name.as_mut_ptr(), name.len()) };
        if let Some(text) = &r.text {
            out.has_text = true;
            let buf = &mut out.text;
            // SAFETY: the array is writable for its length, which is > 0.
            out.text_truncated = unsafe { write_c_str(text, buf.as_mut_ptr(), buf.len()) };
        }
        out
    }
}

/// Reads the Reason header value `value` (what follows `Reason:`) and fills
/// `out` with its first value; returns whether `value` is well-formed. Use
/// `sip_parse_reasons` to see every value (e.g. the Q.850 one after a SIP
/// one).
///
/// Grammar (RFC 3326 §2, RFC 8606 §3, RFC 3261 §25.1): one or more
/// comma-separated values `protocol *(;param)`; the protocol is a token
/// (`SIP`, `Q.850` or any other); `cause=DIGITS` (leading zeros allowed, at
/// most 2147483647), `text="quoted string"` (with `\` escapes and UTF-8) and
/// `location=TOKEN` are read; any other well-formed parameter
/// (`name[=token|"quoted"|[IPv6]]`) is skipped. Protocol tokens and
/// parameter names match in any letter case; whitespace and folded lines are
/// allowed around `;`, `=`, `,` and the whole value.
///
/// Rejected, returning false with every byte of `out` zero: NULL; a value
/// with no NUL in its first 1024 bytes (only those are ever read); invalid
/// UTF-8; an empty value or list element; `cause`, `text` or `location` twice
/// in one value; an unquoted text; an unterminated quoted string; a bare CR
/// or LF; a control character outside an escape; anything else the grammar
/// does not allow; a contained internal error.
///
/// `out` may be NULL: the result then only says whether `value` is
/// well-formed.
///
/// # Safety
/// `value` is NULL or readable up to its NUL or 1024 bytes, whichever comes
/// first; `out` is NULL or points to a writable `SipReason`.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_reason(value: *const c_char, out: *mut SipReason) -> bool {
    // SAFETY: `value` and `out` are as `sip_parse_reasons` requires, with
    // room for one value (this function's contract).
    unsafe { sip_parse_reasons(value, out, usize::from(!out.is_null())) > 0 }
}

/// Reads the Reason header value `value` like `sip_parse_reason` and fills
/// `out[0]` to `out[n - 1]` with its first `n` values, in order. Returns the
/// number of values in `value` (which may be more than `n`: only `n` are
/// written, entries past the count are left alone), or 0 when `value` is
/// rejected, in which case all `n` entries are zeroed. `out` may be NULL
/// when `n` is 0 (count only); a NULL `out` is taken as `n` = 0.
///
/// # Safety
/// `value` as in `sip_parse_reason`; `out` is NULL or writable for `n`
/// `SipReason`s.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_reasons(
    value: *const c_char,
    out: *mut SipReason,
    n: size_t,
) -> size_t {
    // SAFETY: `value` and `out` are as `parse_into` requires (this
    // function's contract).
    unsafe {
        parse_into(value, SIP_REASON_MAX_LEN, out, n, |v, n| {
            let values = parse_reasons(v).ok()?;
            let first = values.iter().take(n).map(SipReason::from_reason);
            Some((values.len(), first.collect()))
        })
    }
}

/// A `#[repr(C)]` struct the `sip_parse_*` functions fill.
///
/// # Safety
/// All-zero bytes are a valid value of the type: its `EMPTY`, what a
/// rejected parse leaves (checked by a test).
unsafe trait ParsedStruct: Copy {}

// SAFETY: every field is an integer, a bool, a char array or
// `SipReasonProtocol`, whose 0 is `SIP_REASON_PROTOCOL_NONE`.
unsafe impl ParsedStruct for SipReason {}

/// What every `sip_parse_*s` function does with its arguments: reads the C
/// string `value` (at most `max` bytes, its NUL included; NULL, no NUL in
/// them, or invalid UTF-8 is a rejection), gives it to `parse` with the
/// number of entries wanted, and writes the entries `parse` makes to
/// `out[0..]`; returns the count `parse` gives. A rejection (`parse` gives
/// `None`, or panics) sets every byte of all `n` entries to zero, padding
/// included, and returns 0. A NULL `out` is taken as `n` = 0.
///
/// # Safety
/// `value` is NULL or readable up to its NUL or `max` bytes, whichever
/// comes first; `out` is NULL or writable for `n` entries.
unsafe fn parse_into<T: ParsedStruct>(
    value: *const c_char,
    max: usize,
    out: *mut T,
    n: size_t,
    parse: impl FnOnce(&str, usize) -> Option<(usize, Vec<T>)>,
) -> size_t {
    let n = if out.is_null() { 0 } else { n };
    let parsed = boundary(None, || {
        if value.is_null() {
            return None;
        }
        // SAFETY: `value` is readable up to its NUL or `max` bytes.
        let bytes = unsafe { bounded_c_str(value, max) }?;
        parse(std::str::from_utf8(bytes).ok()?, n)
    });
    match parsed {
        Some((count, first)) => {
            for (i, entry) in first.into_iter().take(n).enumerate() {
                // SAFETY: `out` is writable for `n` entries and `i` < `n`.
                unsafe { out.add(i).write(entry) };
            }
            count
        }
        None => {
            // SAFETY: `out` is writable for `n` entries; all-zero bytes are
            // `T::EMPTY` (`ParsedStruct`'s contract).
            unsafe { out.write_bytes(0, n) };
            0
        }
    }
}

// The Warning header (RFC 3261 §20.43), the SIP and STIR Reason protocols
// (RFC 3326, RFC 9410), and text received from the network.

/// The text of registered warn-code `code` (RFC 3261 §20.43, the IANA
/// "Warning Codes" registry: 300 to 308, 330, 331, 370, 380, 381, 399) in
/// the language `lang` matches, e.g. 370 with "de" gives "Unzureichende
/// Bandbreite"; English gives the registered text ("Insufficient
/// bandwidth"). NULL for every other value (an unregistered code such as
/// 390, 0, negative, ...). Same `lang` and string rules as `sip_reason`:
/// NUL-terminated UTF-8 with no control character, owned by the library,
/// valid until it is unloaded, thread-safe. NULL is also the result of a
/// contained internal error.
///
/// # Safety
/// As `sip_reason`.
#[no_mangle]
pub unsafe extern "C" fn sip_warning_text(code: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || match WarnCode::new(code.into()) {
        // SAFETY: `lang` is as `lang_arg` requires (this function's contract).
        Some(code) => c_str(code.text_in(unsafe { lang_arg(lang) })),
        None => ptr::null(),
    })
}

/// The size of `SipWarning.agent`, NUL included; also the most bytes of a
/// `sip_format_warning` `agent` argument that are read.
pub const SIP_WARNING_AGENT_SIZE: usize = 256;
/// The size of `SipWarning.text`, NUL included.
pub const SIP_WARNING_TEXT_SIZE: usize = 256;
/// The most bytes of a Warning header value that are read, NUL included:
/// longer values are rejected.
pub const SIP_WARNING_MAX_LEN: usize = 1024;

/// Writes the Warning header value (RFC 3261 §20.43) for registered
/// warn-code `code` added by `agent`, with the code's text in `lang` as its
/// warn-text, e.g. `307 sip.example.com "Session description parameter not
/// understood"`, snprintf-style, exactly as `sip_format_reason`:
///
/// - Returns the length of the whole value in bytes, without its NUL; the
///   value was written whole when that is less than `len`.
/// - When `len` > 0, always writes a NUL-terminated string to `buf`: the
///   value, or as much of it as fits in `len` - 1 bytes, cut at a UTF-8
///   character boundary (so up to 3 bytes shorter than `len` - 1).
/// - When `len` is 0, or `buf` is NULL, nothing is written: call once with
///   NULL and 0 to learn the size.
/// - The code is written as three digits; the text is a quoted-string (RFC
///   3261 §25.1): `"` and `\` are escaped with `\`; non-ASCII text is UTF-8,
///   which quoted-string allows.
/// - `agent` is the warn-agent, written as given: a hostport (a host name,
///   an IPv4 address or an IPv6 reference in brackets, each with an
///   optional `:port`, e.g. "sip.example.com", "192.0.2.1:5060",
///   "[2001:db8::1]:5061") or a pseudonym (an RFC 3261 token, e.g. "gw1" or
///   "-"). Only its first 256 bytes are read.
/// - Returns 0 and writes "" (when `len` > 0) for a code that is not
///   registered (see `sip_warning_text`); for an `agent` that is NULL, has
///   no NUL in its first 256 bytes, or is neither a hostport nor a token
///   (empty, a space, `@`, a bad port, invalid UTF-8, ...); and for a
///   contained internal error.
///
/// `lang` as in `sip_reason`. As with `sip_format_reason`, a
/// `sip_load_locale_dir` in another thread may change the text between
/// two calls: format into a buffer you have and grow it while the returned
/// length is not less than `len`.
///
/// # Safety
/// `lang` as in `sip_reason`; `agent` is NULL or readable up to its NUL or
/// 256 bytes, whichever comes first; `buf` is NULL or writable for `len`
/// bytes.
#[no_mangle]
pub unsafe extern "C" fn sip_format_warning(
    code: c_int,
    agent: *const c_char,
    lang: *const c_char,
    buf: *mut c_char,
    len: size_t,
) -> size_t {
    // SAFETY: `buf` and `len` are as `format_into` requires, `lang` as
    // `lang_arg` requires, `agent` as `bounded_c_str` requires (this
    // function's contract).
    unsafe {
        format_into(buf, len, || {
            let code = WarnCode::new(code.into())?;
            if agent.is_null() {
                return None;
            }
            let agent = bounded_c_str(agent, SIP_WARNING_AGENT_SIZE)?;
            let agent = std::str::from_utf8(agent).ok()?;
            let warning = Warning::new(code, agent, lang_arg(lang)).ok()?;
            Some(warning.to_string())
        })
    }
}

/// One value of a Warning header, e.g. `307 isi.edu "Session parameter
/// 'foo' not understood"`, read by `sip_parse_warning`. A plain struct with
/// no pointers: it stays valid when the header it was read from is freed. A
/// rejected parse leaves every byte zero.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SipWarning {
    /// The warn-code, 0 to 999 (three digits as written, so "099" is 99),
    /// registered or not.
    pub code: c_int,
    /// Whether `code` is a registered warn-code (see `sip_warning_text`,
    /// which gives its text in the reader's language).
    pub known: bool,
    /// Whether `agent` was cut to fit.
    pub agent_truncated: bool,
    /// Whether `text` was cut to fit.
    pub text_truncated: bool,
    /// The warn-agent as written, NUL-terminated: a hostport
    /// ("sip.example.com:5060", "[2001:db8::1]") or a token; printable
    /// ASCII only; cut to 255 bytes.
    pub agent: [c_char; SIP_WARNING_AGENT_SIZE],
    /// The warn-text, unescaped (`\"` reads as `"`, a folded line as one
    /// space), NUL-terminated UTF-8, cut at a character boundary to fit in
    /// 255 bytes. Never holds NUL, CR or LF; may hold other control
    /// characters (escaped ones, and raw U+0080 to U+009F) and bidi marks as
    /// the sender wrote them: clean it with `sip_sanitize_text` before
    /// showing it.
    pub text: [c_char; SIP_WARNING_TEXT_SIZE],
}

impl SipWarning {
    const EMPTY: SipWarning = SipWarning {
        code: 0,
        known: false,
        agent_truncated: false,
        text_truncated: false,
        agent: [0; SIP_WARNING_AGENT_SIZE],
        text: [0; SIP_WARNING_TEXT_SIZE],
    };

    fn from_warning(w: &Warning<'_>) -> SipWarning {
        let mut out = SipWarning::EMPTY;
        out.code = c_int::from(w.code);
        out.known = w.known().is_some();
        let (agent, text) = (&mut out.agent, &mut out.text);
        // SAFETY: the arrays are writable for their length, which is > 0.
        out.agent_truncated = unsafe { write_c_str(w.agent, agent.as_mut_ptr(), agent.len()) };
        // SAFETY: as above.
        out.text_truncated = unsafe { write_c_str(&w.text, text.as_mut_ptr(), text.len()) };
        out
    }
}

// SAFETY: every field is an integer, a bool or a char array.
unsafe impl ParsedStruct for SipWarning {}

/// Reads the Warning header value `value` (what follows `Warning:`) and
/// fills `out` with its first value; returns whether `value` is
/// well-formed. Use `sip_parse_warnings` to see every value.
///
/// Grammar (RFC 3261 §20.43, §25.1): one or more comma-separated values
/// `warn-code SP warn-agent SP warn-text`: the code is exactly three digits
/// (registered or not); the agent is a hostport or a token (as
/// `sip_format_warning` takes it); the text is a quoted string (with `\`
/// escapes and UTF-8). Where the grammar has one space, any whitespace and
/// folded lines are accepted; whitespace and folded lines are allowed
/// around `,` and the whole value.
///
/// Rejected, returning false with every byte of `out` zero: NULL; a value
/// with no NUL in its first 1024 bytes (only those are ever read); invalid
/// UTF-8; an empty value or list element; a code of fewer or more than
/// three digits; a missing or malformed agent or text; an unquoted or
/// unterminated text; anything after the text but `,`; a bare CR or LF; a
/// control character outside an escape; a contained internal error.
///
/// `out` may be NULL: the result then only says whether `value` is
/// well-formed.
///
/// # Safety
/// `value` is NULL or readable up to its NUL or 1024 bytes, whichever comes
/// first; `out` is NULL or points to a writable `SipWarning`.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_warning(value: *const c_char, out: *mut SipWarning) -> bool {
    // SAFETY: the caller passes what `sip_parse_warnings` requires, for one
    // entry.
    unsafe { sip_parse_warnings(value, out, usize::from(!out.is_null())) > 0 }
}

/// Reads the Warning header value `value` like `sip_parse_warning` and
/// fills `out[0]` to `out[n - 1]` with its first `n` values, in order.
/// Returns the number of values in `value` (which may be more than `n`:
/// only `n` are written, entries past the count are left alone), or 0 when
/// `value` is rejected, in which case all `n` entries are zeroed. `out` may
/// be NULL when `n` is 0 (count only); a NULL `out` is taken as `n` = 0.
///
/// # Safety
/// `value` as in `sip_parse_warning`; `out` is NULL or writable for `n`
/// `SipWarning`s.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_warnings(
    value: *const c_char,
    out: *mut SipWarning,
    n: size_t,
) -> size_t {
    // SAFETY: `value` and `out` are as `parse_into` requires (this
    // function's contract).
    unsafe {
        parse_into(value, SIP_WARNING_MAX_LEN, out, n, |v, n| {
            let values = parse_warnings(v).ok()?;
            let first = values.iter().take(n).map(SipWarning::from_warning);
            Some((values.len(), first.collect()))
        })
    }
}

/// Writes the Reason header value of the SIP protocol (RFC 3326 §2) for
/// known code `code`, with its reason phrase in `lang` as the text, e.g.
/// `SIP;cause=600;text="Busy Everywhere"` (what a proxy puts in a CANCEL
/// after a 600, or a UAS in a BYE), snprintf-style, exactly as
/// `sip_format_reason`: returns the length of the whole value; writes it,
/// or as much as fits in `len` - 1 bytes cut at a UTF-8 character boundary,
/// NUL-terminated, when `len` > 0 and `buf` is not NULL; nothing otherwise.
/// The text is a quoted-string (`"` and `\` escaped, UTF-8).
///
/// Any known code (see `sip_is_known`), in any locale, 701 included;
/// returns 0 and writes "" (when `len` > 0) for every other value (a code
/// of 100 to 699 outside the table has no phrase of its own: 499, ...; 0,
/// negative, 1000, ...), and for a contained internal error. `lang` as in
/// `sip_reason`; the same advice on a concurrent `sip_load_locale_dir` as
/// `sip_format_reason`'s.
///
/// # Safety
/// `lang` as in `sip_reason`; `buf` is NULL or writable for `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn sip_format_reason_sip(
    code: c_int,
    lang: *const c_char,
    buf: *mut c_char,
    len: size_t,
) -> size_t {
    // SAFETY: `buf` and `len` are as `format_into` requires, `lang` as
    // `lang_arg` requires (this function's contract).
    unsafe {
        format_into(buf, len, || {
            let reason = Reason::sip(code_arg(code)?, lang_arg(lang))?;
            Some(reason.to_string())
        })
    }
}

/// `SipReasonValue.protocol`: the `STIR` protocol (RFC 9410), whose cause
/// is the SIP status code of a STIR/SHAKEN verification failure (436, 437,
/// 438 or 608). The other values are those of `SipReasonProtocol`.
pub const SIP_REASON_PROTOCOL_STIR: c_int = 4;

/// One value of a Reason header, read by `sip_parse_reason_value`: what
/// `SipReason` holds, with the STIR protocol told apart and whether the
/// cause is one the protocol defines. A plain struct with no pointers: it
/// stays valid when the header it was read from is freed. A rejected parse
/// leaves every byte zero.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SipReasonValue {
    /// `SIP_REASON_PROTOCOL_SIP` (1), `SIP_REASON_PROTOCOL_Q850` (2),
    /// `SIP_REASON_PROTOCOL_OTHER` (3) or `SIP_REASON_PROTOCOL_STIR` (4),
    /// matched in any letter case; `SIP_REASON_PROTOCOL_NONE` (0) after a
    /// rejected parse. An int rather than the enum so that a later version
    /// can name more protocols without changing a type: take any value you
    /// do not know as `SIP_REASON_PROTOCOL_OTHER`.
    pub protocol: c_int,
    /// The `cause` parameter, as in `SipReason`: a SIP status code for SIP
    /// and STIR, a Q.850 cause value for Q.850, as written (decimal, not
    /// range-checked, 0 to INT_MAX); -1 when absent.
    pub cause: c_int,
    /// The RFC 8606 `location` of a Q.850 value, as in `SipReason`: 0 to
    /// 15, -1 when absent, for other protocols and for an unknown token.
    pub location: c_int,
    /// Whether `cause` is one its protocol defines: a code `sip_is_known`
    /// knows for SIP (its phrase is `sip_reason(cause, lang)`), an assigned
    /// cause for Q.850 (`sip_q850_name`), 436, 437, 438 or 608 for STIR
    /// (`sip_reason` again); false without a cause and for any other
    /// protocol.
    pub cause_known: bool,
    /// Whether the value has a `text` parameter (`text` is "" otherwise).
    pub has_text: bool,
    /// Whether `text` was cut to fit.
    pub text_truncated: bool,
    /// The protocol token, NUL-terminated: "SIP", "Q.850" and "STIR" as
    /// registered, any other as written, cut to 31 bytes.
    pub protocol_name: [c_char; SIP_REASON_PROTOCOL_SIZE],
    /// The `text` parameter, as in `SipReason`: unescaped, NUL-terminated
    /// UTF-8 cut at a character boundary to fit in 127 bytes; never NUL, CR
    /// or LF, but possibly other control characters and bidi marks: clean
    /// it with `sip_sanitize_text` before showing it.
    pub text: [c_char; SIP_REASON_TEXT_SIZE],
}

impl SipReasonValue {
    #[cfg(test)]
    const EMPTY: SipReasonValue = SipReasonValue {
        protocol: SipReasonProtocol::SIP_REASON_PROTOCOL_NONE as c_int,
        cause: 0,
        location: 0,
        cause_known: false,
        has_text: false,
        text_truncated: false,
        protocol_name: [0; SIP_REASON_PROTOCOL_SIZE],
        text: [0; SIP_REASON_TEXT_SIZE],
    };

    fn from_reason(r: &Reason<'_>) -> SipReasonValue {
        let old = SipReason::from_reason(r);
        let protocol = match r.protocol {
            Protocol::Stir => SIP_REASON_PROTOCOL_STIR,
            _ => old.protocol as c_int,
        };
        SipReasonValue {
            protocol,
            cause: old.cause,
            location: old.location,
            cause_known: r.is_known_cause(),
            has_text: old.has_text,
            text_truncated: old.text_truncated,
            protocol_name: old.protocol_name,
            text: old.text,
        }
    }
}

// SAFETY: every field is an integer, a bool or a char array.
unsafe impl ParsedStruct for SipReasonValue {}

/// Reads the Reason header value `value` exactly as `sip_parse_reason`
/// does (same grammar, same limits, same rejections, leaving every byte of
/// `out` zero) and fills `out` with its first value, telling the STIR
/// protocol of RFC 9410 apart (`SIP_REASON_PROTOCOL_STIR`, where
/// `SipReason` says `SIP_REASON_PROTOCOL_OTHER`) and whether the cause is
/// one its protocol defines (`cause_known`). Returns whether `value` is
/// well-formed; `out` may be NULL.
///
/// # Safety
/// As `sip_parse_reason`, with `out` NULL or pointing to a writable
/// `SipReasonValue`.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_reason_value(
    value: *const c_char,
    out: *mut SipReasonValue,
) -> bool {
    // SAFETY: the caller passes what `sip_parse_reason_values` requires,
    // for one entry.
    unsafe { sip_parse_reason_values(value, out, usize::from(!out.is_null())) > 0 }
}

/// `sip_parse_reasons` with `SipReasonValue`s: fills `out[0]` to
/// `out[n - 1]` with the first `n` values, returns the number of values (0
/// when `value` is rejected, all `n` entries then zeroed); entries past the
/// count are left alone; a NULL `out` is taken as `n` = 0.
///
/// # Safety
/// `value` as in `sip_parse_reason`; `out` is NULL or writable for `n`
/// `SipReasonValue`s.
#[no_mangle]
pub unsafe extern "C" fn sip_parse_reason_values(
    value: *const c_char,
    out: *mut SipReasonValue,
    n: size_t,
) -> size_t {
    // SAFETY: `value` and `out` are as `parse_into` requires (this
    // function's contract).
    unsafe {
        parse_into(value, SIP_REASON_MAX_LEN, out, n, |v, n| {
            let values = parse_reasons(v).ok()?;
            let first = values.iter().take(n).map(SipReasonValue::from_reason);
            Some((values.len(), first.collect()))
        })
    }
}

/// Makes the `in_len` bytes at `in` (a reason phrase, warn-text or Reason
/// text received from the network, any bytes at all) into one clean line
/// of valid UTF-8, fit for a display or a log, and writes it to `buf`
/// snprintf-style:
///
/// - Invalid UTF-8 becomes U+FFFD (one per maximal invalid sequence).
/// - C0 and C1 control characters (NUL, CR, LF, TAB, ESC, DEL, U+0080 to
///   U+009F) and U+2028 and U+2029 (line and paragraph separators) become
///   a space.
/// - Bidi controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
///   U+2069: marks, embeddings, overrides and isolates) are removed.
/// - Runs of spaces become one space; whitespace (Unicode White_Space, e.g.
///   U+00A0, U+3000) at either end is removed. Every other character is
///   kept.
///
/// Returns the length of the whole result in bytes, without its NUL (0
/// when nothing is left). When `len` > 0 and `buf` is not NULL, writes the
/// result, or as much of it as fits in `len` - 1 bytes cut at a UTF-8
/// character boundary, and a NUL (a cut result is a prefix of the whole
/// one, so it may end in a space); nothing when `len` is 0 or `buf` is
/// NULL (call with NULL and 0 to learn the size). The result may be up to
/// three times `in_len` (each invalid byte can become U+FFFD, 3 bytes).
/// Exactly `in_len` bytes are read, NUL bytes included (each a control);
/// a NULL `in` gives "" and 0 whatever `in_len` is. A contained internal
/// error gives "" and 0. Thread-safe; the same input always gives the
/// same output.
///
/// # Safety
/// `in` is NULL or readable for `in_len` bytes; `buf` is NULL or writable
/// for `len` bytes; the two do not overlap.
#[no_mangle]
pub unsafe extern "C" fn sip_sanitize_text(
    r#in: *const c_char,
    in_len: size_t,
    buf: *mut c_char,
    len: size_t,
) -> size_t {
    let input: &[u8] = if r#in.is_null() {
        &[]
    } else {
        // SAFETY: `in` is non-null and readable for `in_len` bytes (this
        // function's contract); u8 needs no alignment.
        unsafe { std::slice::from_raw_parts(r#in.cast::<u8>(), in_len) }
    };
    // SAFETY: `buf` and `len` are as `format_into` requires (the contract).
    unsafe { format_into(buf, len, || Some(sanitize_text(input))) }
}

/// The most bytes of a `sip_is_valid_reason_phrase` argument that are
/// read, NUL included.
pub const SIP_REASON_PHRASE_MAX_LEN: usize = 1024;

/// Whether `s` may be the Reason-Phrase of a SIP status line (RFC 3261
/// §25.1: `*(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT /
/// SP / HTAB)`): letters, digits, `-_.!~*'()`, `;/?:@&=+$,`, `%` followed
/// by two hex digits, space, tab, and non-ASCII characters in valid UTF-8
/// (no overlong form, surrogate, stray continuation byte or code point
/// past U+10FFFF). True for "" (the grammar allows an empty phrase).
///
/// False for NULL; for a string with no NUL in its first 1024 bytes (only
/// those are ever read); for CR, LF or any other ASCII control character
/// but tab; for the C1 controls U+0080 to U+009F (RFC 3261 allows no
/// control character but tab); for `"`, `#`, `<`, `>`, `[`, `\`, `]`, `^`,
/// `` ` ``, `{`, `|`, `}`; for a `%` not followed by two hex digits; for
/// invalid UTF-8; and for a contained internal error. Every phrase
/// `sip_reason` gives passes. Thread-safe.
///
/// # Safety
/// `s` is NULL or readable up to its NUL or 1024 bytes, whichever comes
/// first.
#[no_mangle]
pub unsafe extern "C" fn sip_is_valid_reason_phrase(s: *const c_char) -> bool {
    boundary(false, || {
        if s.is_null() {
            return false;
        }
        // SAFETY: `s` is readable up to its NUL or 1024 bytes (the contract).
        let bytes = unsafe { bounded_c_str(s, SIP_REASON_PHRASE_MAX_LEN) };
        bytes.is_some_and(is_valid_reason_phrase)
    })
}

/// The C functions called as C calls them, with the arguments a careless or
/// hostile caller passes. Buffers are heap blocks of exactly their size, so
/// Miri reports any read past them. `args` builds no locale's strings, which
/// takes minutes under Miri: scripts/check.d/50-reliability.sh runs those
/// tests under Miri, and all of them natively.
#[cfg(test)]
// The tests call the C functions with arguments they made themselves.
#[allow(clippy::undocumented_unsafe_blocks)]
mod tests {
    use super::*;
    use crate::locale::MAX_LANG_LEN;
    use crate::problem::value_problem;

    /// A returned string: NULL, or NUL-terminated UTF-8 fit for a status line.
    fn text(p: *const c_char) -> Option<&'static str> {
        if p.is_null() {
            return None;
        }
        let s = unsafe { CStr::from_ptr(p) }.to_str().expect("UTF-8");
        assert_eq!(value_problem(s), None, "{s:?}");
        Some(s)
    }

    /// `bytes` in a heap block of exactly their length.
    fn exact(bytes: &[u8]) -> Box<[u8]> {
        bytes.into()
    }

    #[test]
    fn null_lang_is_english() {
        let null = ptr::null();
        unsafe {
            assert_eq!(text(sip_reason(486, null)), Some("Busy Here"));
            assert_eq!(text(sip_class_name(4, null)), Some("Client Failure"));
            assert_eq!(
                sip_description(486, null),
                sip_description(486, c"en".as_ptr())
            );
        }
    }

    #[test]
    fn bad_lang_bytes_give_english_phrases() {
        for bad in [&b"d\xffe\0"[..], b"de\xc3\0", &[b'd'; MAX_LANG_LEN]] {
            let buf = exact(bad);
            let reason = unsafe { sip_reason(486, buf.as_ptr().cast()) };
            assert_eq!(text(reason), Some("Busy Here"), "{bad:?}");
        }
    }

    #[test]
    fn lang_ids_that_name_no_locale_are_english() {
        let english = sip_reason_by_id(486, 0);
        assert_eq!(text(english), Some("Busy Here"));
        for id in [c_int::MIN, -1, c_int::MAX] {
            assert_eq!(sip_reason_by_id(486, id), english, "{id}");
        }
    }

    #[test]
    fn every_answer_is_clean() {
        let langs = [ptr::null(), c"de".as_ptr(), c"xx".as_ptr(), c"C".as_ptr()];
        for lang in langs {
            for code in -1..=1000 {
                unsafe {
                    text(sip_reason(code, lang));
                    text(sip_description(code, lang));
                }
                text(sip_code_name(code));
            }
            for cls in 0..=7 {
                unsafe { text(sip_class_name(cls, lang)) };
            }
        }
    }

    /// Argument handling alone: no locale's strings are built.
    mod args {
        use super::*;

        fn negotiated(lang: &[u8]) -> &'static str {
            let buf = exact(lang);
            unsafe { text(sip_negotiated_lang(buf.as_ptr().cast())) }.expect("never NULL")
        }

        #[test]
        fn null_lang_is_english() {
            unsafe {
                assert_eq!(text(sip_negotiated_lang(ptr::null())), Some("en"));
                assert_eq!(sip_lang_id(ptr::null()), 0);
            }
        }

        #[test]
        fn lang_is_read_to_its_nul_or_64_bytes_and_no_further() {
            assert_eq!(negotiated(b"de\0"), "de");
            assert_eq!(negotiated(b"de_AT.UTF-8\0"), "de");
            // "de" and no NUL in the 64 bytes the contract lets us read.
            let mut no_nul = [b' '; MAX_LANG_LEN];
            no_nul[..2].copy_from_slice(b"de");
            assert_eq!(negotiated(&no_nul), "en");
            // 63 bytes and a NUL are read whole; 64 and a NUL are too long.
            let mut edge = vec![b'@'; MAX_LANG_LEN + 1];
            edge[..2].copy_from_slice(b"de");
            edge[MAX_LANG_LEN - 1] = 0;
            assert_eq!(negotiated(&edge[..MAX_LANG_LEN]), "de");
            edge[MAX_LANG_LEN - 1] = b'@';
            edge[MAX_LANG_LEN] = 0;
            assert_eq!(negotiated(&edge), "en");
            // A NUL ends the tag, whatever follows.
            assert_eq!(negotiated(b"de\0\xff\xfe garbage"), "de");
            assert_eq!(negotiated(b"\0de"), "en");
        }

        #[test]
        fn invalid_utf8_lang_is_english() {
            for bad in [&b"d\xffe\0"[..], b"de\xc3\0", b"\xed\xa0\x80\0", b"\xff\0"] {
                assert_eq!(negotiated(bad), "en", "{bad:?}");
                let buf = exact(bad);
                assert_eq!(unsafe { sip_lang_id(buf.as_ptr().cast()) }, 0);
            }
        }

        #[test]
        fn out_of_range_numbers_give_the_documented_values() {
            let de = c"de".as_ptr();
            for code in [c_int::MIN, -486, -1, 0, 99, 700, 702, 1000, c_int::MAX] {
                unsafe {
                    assert!(sip_reason(code, de).is_null(), "{code}");
                    assert!(sip_description(code, de).is_null(), "{code}");
                }
                assert!(sip_reason_by_id(code, 1).is_null(), "{code}");
                assert_eq!(sip_class(code), SipClass::SIP_CLASS_INVALID, "{code}");
                assert!(!sip_is_known(code), "{code}");
                assert!(sip_code_name(code).is_null(), "{code}");
            }
            assert_eq!(text(sip_code_name(486)), Some("BUSY_HERE"));
            for cls in [c_int::MIN, -1, 0, 7, c_int::MAX] {
                assert!(unsafe { sip_class_name(cls, de) }.is_null(), "{cls}");
            }
            assert_eq!(text(sip_lang_at(0)), Some("en"));
            for i in [sip_lang_count(), usize::MAX] {
                assert!(sip_lang_at(i).is_null());
            }
            assert_eq!(sip_known_at(0), 100);
            for i in [sip_known_count(), usize::MAX] {
                assert_eq!(sip_known_at(i), 0);
            }
            assert_eq!(text(sip_version()), Some(crate::VERSION));
        }

        /// Calls `sip_load_locale_dir` with an `err` buffer of `err_len`
        /// bytes followed by guard bytes; returns the message.
        fn load(dir: *const c_char, err_len: usize) -> (bool, String) {
            let mut err = vec![0xA5u8; err_len + 8].into_boxed_slice();
            let ok = unsafe { sip_load_locale_dir(dir, err.as_mut_ptr().cast(), err_len) };
            assert!(
                err[err_len..].iter().all(|&b| b == 0xA5),
                "written past err_len"
            );
            if err_len == 0 {
                return (ok, String::new());
            }
            let message = CStr::from_bytes_until_nul(&err[..err_len]).expect("NUL-terminated");
            (ok, message.to_str().expect("UTF-8").to_owned())
        }

        #[test]
        fn load_refuses_bad_arguments_and_fits_its_message() {
            assert!(!unsafe { sip_load_locale_dir(ptr::null(), ptr::null_mut(), 0) });
            assert!(!unsafe { sip_load_locale_dir(ptr::null(), ptr::null_mut(), 100) });
            assert_eq!(load(ptr::null(), 64), (false, "dir is NULL".to_owned()));
            assert_eq!(load(ptr::null(), 5), (false, "dir ".to_owned()));
            assert_eq!(load(ptr::null(), 1), (false, String::new()));
            assert_eq!(load(ptr::null(), 0), (false, String::new()));
            // No NUL in the 4096 bytes that may be read.
            let long = exact(&[b'/'; MAX_PATH_LEN]);
            let (ok, message) = load(long.as_ptr().cast(), 64);
            assert!(!ok);
            assert_eq!(message, "dir is 4096 bytes or longer");
        }

        #[test]
        fn a_truncated_message_ends_between_characters() {
            let dir = exact("/nonexistent-sipstatus/é\0".as_bytes());
            let (ok, full) = load(dir.as_ptr().cast(), 256);
            assert!(!ok);
            assert!(full.starts_with("/nonexistent-sipstatus/é: "), "{full}");
            // 24 bytes fit before the NUL: "é" would be cut after its first byte.
            let (_, cut) = load(dir.as_ptr().cast(), 25);
            assert_eq!(cut, "/nonexistent-sipstatus/");
        }

        /// Calls a snprintf-style function with a buffer of `len` bytes
        /// and guard bytes after it; returns (length told, text written).
        pub(super) fn snprintf(
            len: usize,
            call: impl Fn(*mut c_char, usize) -> usize,
        ) -> (usize, String) {
            let mut buf = vec![0xA5u8; len + 8].into_boxed_slice();
            let told = call(buf.as_mut_ptr().cast(), len);
            assert!(buf[len..].iter().all(|&b| b == 0xA5), "written past len");
            assert_eq!(call(ptr::null_mut(), 0), told, "NULL, 0 tells the same");
            assert_eq!(call(ptr::null_mut(), 100), told, "NULL buf tells the same");
            if len == 0 {
                return (told, String::new());
            }
            let s = CStr::from_bytes_until_nul(&buf[..len]).expect("NUL-terminated");
            (told, s.to_str().expect("cut between characters").to_owned())
        }

        fn sanitized(input: Option<&[u8]>, len: usize) -> (usize, String) {
            let block = input.map(exact);
            let (p, n) = block
                .as_ref()
                .map_or((ptr::null(), 0), |b| (b.as_ptr(), b.len()));
            snprintf(len, |buf, len| unsafe {
                sip_sanitize_text(p.cast(), n, buf, len)
            })
        }

        #[test]
        fn sanitize_fits_any_buffer_and_reads_exactly_in_len() {
            assert_eq!(sanitized(None, 16), (0, String::new()));
            assert_eq!(sanitized(Some(b""), 16), (0, String::new()));
            // NULL with a length is "" too, and nothing is read.
            let told = unsafe { sip_sanitize_text(ptr::null(), 99, ptr::null_mut(), 0) };
            assert_eq!(told, 0);
            // NUL bytes inside are controls like any: the length rules.
            let input: &[u8] = b"\0 Busy\r\n\0Here \xe5\xbf\x99\xff\0";
            let whole = "Busy Here 忙\u{FFFD}";
            for len in 0..=whole.len() + 2 {
                let (told, got) = sanitized(Some(input), len);
                assert_eq!(told, whole.len());
                assert!(whole.starts_with(&got), "{len}: {got:?}");
                let room = len.saturating_sub(1);
                assert!(
                    got.len() <= room && got.len() + 3 >= room.min(whole.len()),
                    "{len}: {got:?}"
                );
            }
            assert_eq!(sanitized(Some(input), 64).1, whole);
            assert_eq!(sanitized(Some("\u{202E}x\u{2066}".as_bytes()), 8).1, "x");
        }

        fn phrase_ok(bytes: &[u8]) -> bool {
            let block = exact(bytes);
            unsafe { sip_is_valid_reason_phrase(block.as_ptr().cast()) }
        }

        #[test]
        fn reason_phrases_are_read_to_1024_bytes_and_no_further() {
            assert!(!unsafe { sip_is_valid_reason_phrase(ptr::null()) });
            assert!(phrase_ok(b"\0"));
            assert!(phrase_ok(b"Busy Here\0"));
            assert!(!phrase_ok(b"Busy\r\nHere\0"));
            assert!(!phrase_ok(b"\xff\0"));
            let mut long = vec![b'a'; SIP_REASON_PHRASE_MAX_LEN];
            assert!(!phrase_ok(&long), "no NUL in 1024 bytes");
            long[SIP_REASON_PHRASE_MAX_LEN - 1] = 0;
            assert!(phrase_ok(&long), "1023 bytes and the NUL");
        }

        use std::mem::MaybeUninit;

        /// `n` entries with every byte `fill`, as C may hand them over.
        fn filled<T>(n: usize, fill: u8) -> Vec<MaybeUninit<T>> {
            let mut v: Vec<MaybeUninit<T>> = (0..n).map(|_| MaybeUninit::uninit()).collect();
            // SAFETY: the vector holds `n` entries.
            unsafe { v.as_mut_ptr().write_bytes(fill, n) };
            v
        }

        /// Whether every byte of `slot` is `byte` (only for slots whose
        /// bytes were all written: filled, or zeroed by a rejection).
        fn all_bytes<T>(slot: &MaybeUninit<T>, byte: u8) -> bool {
            // SAFETY: the slot's bytes were all initialized (see above).
            let bytes = unsafe {
                std::slice::from_raw_parts(slot.as_ptr().cast::<u8>(), std::mem::size_of::<T>())
            };
            bytes.iter().all(|&b| b == byte)
        }

        /// An entry the library wrote.
        fn entry<T>(slot: &MaybeUninit<T>) -> &T {
            // SAFETY: only called on entries a parse filled.
            unsafe { slot.assume_init_ref() }
        }

        fn out<T>(v: &mut [MaybeUninit<T>]) -> *mut T {
            v.as_mut_ptr().cast()
        }

        fn field(chars: &[c_char]) -> &str {
            // SAFETY: c_char and u8 have the same size and alignment.
            let bytes: &[u8] = unsafe { &*(chars as *const [c_char] as *const [u8]) };
            CStr::from_bytes_until_nul(bytes)
                .expect("NUL-terminated")
                .to_str()
                .expect("UTF-8")
        }

        #[test]
        fn all_zero_bytes_are_each_parsed_structs_empty_value() {
            // What `ParsedStruct` promises, and what a rejection writes.
            // SAFETY: the types are plain C structs (this checks the rest).
            let (r, w, v) = unsafe {
                (
                    std::mem::zeroed::<SipReason>(),
                    std::mem::zeroed::<SipWarning>(),
                    std::mem::zeroed::<SipReasonValue>(),
                )
            };
            assert_eq!(format!("{r:?}"), format!("{:?}", SipReason::EMPTY));
            assert_eq!(format!("{w:?}"), format!("{:?}", SipWarning::EMPTY));
            assert_eq!(format!("{v:?}"), format!("{:?}", SipReasonValue::EMPTY));
        }

        #[test]
        fn warnings_are_read_into_plain_structs() {
            let value =
                exact(b"307 sip.example.com:5060 \"SDP \\\"x\\\"\", 399 [::1] \"\xe5\xbf\x99\"\0");
            let mut slots = filled::<SipWarning>(3, 0xAA);
            let n = unsafe { sip_parse_warnings(value.as_ptr().cast(), out(&mut slots), 3) };
            assert_eq!(n, 2);
            let (a, b) = (entry(&slots[0]), entry(&slots[1]));
            assert_eq!((a.code, a.known), (307, true));
            assert_eq!(field(&a.agent), "sip.example.com:5060");
            assert_eq!(field(&a.text), "SDP \"x\"");
            assert_eq!(
                (b.code, field(&b.agent), field(&b.text)),
                (399, "[::1]", "忙")
            );
            assert!(
                all_bytes(&slots[2], 0xAA),
                "entries past the count are left alone"
            );
            let mut one = filled::<SipWarning>(1, 0xAA);
            assert!(unsafe { sip_parse_warning(value.as_ptr().cast(), out(&mut one)) });
            assert_eq!(entry(&one[0]).code, 307);
            assert!(unsafe { sip_parse_warning(value.as_ptr().cast(), ptr::null_mut()) });
            // An unregistered code is read, and says so.
            let value = exact(b"390 x \"y\"\0");
            assert!(unsafe { sip_parse_warning(value.as_ptr().cast(), out(&mut one)) });
            assert_eq!((entry(&one[0]).code, entry(&one[0]).known), (390, false));
        }

        #[test]
        fn rejected_warnings_zero_every_byte_of_every_entry() {
            let bad: [&[u8]; 5] = [
                b"\0",
                b"30 x \"y\"\0",
                b"307 x y\0",
                b"307 x \"\xff\"\0",
                b"307 a@b \"c\"\0",
            ];
            for bad in bad {
                let value = exact(bad);
                let mut slots = filled::<SipWarning>(2, 0xAA);
                let n = unsafe { sip_parse_warnings(value.as_ptr().cast(), out(&mut slots), 2) };
                assert_eq!(n, 0, "{bad:?}");
                assert!(slots.iter().all(|s| all_bytes(s, 0)), "{bad:?}");
            }
            let mut one = filled::<SipWarning>(1, 0xAA);
            assert!(!unsafe { sip_parse_warning(ptr::null(), out(&mut one)) });
            assert!(all_bytes(&one[0], 0));
            // 1024 bytes and no NUL: rejected, nothing past them read.
            let mut long = vec![b' '; SIP_WARNING_MAX_LEN];
            long[..9].copy_from_slice(b"399 x \"y\"");
            let block = exact(&long);
            let mut one = filled::<SipWarning>(1, 0xAA);
            assert!(!unsafe { sip_parse_warning(block.as_ptr().cast(), out(&mut one)) });
            long[SIP_WARNING_MAX_LEN - 1] = 0;
            let block = exact(&long);
            assert!(unsafe { sip_parse_warning(block.as_ptr().cast(), out(&mut one)) });
            // A long agent and text are cut to fit, and say so.
            let agent = "a".repeat(300);
            let text = "\u{5fd9}".repeat(100);
            let value = exact(format!("399 {agent} \"{text}\"\0").as_bytes());
            assert!(unsafe { sip_parse_warning(value.as_ptr().cast(), out(&mut one)) });
            let w = entry(&one[0]);
            assert!(w.agent_truncated && w.text_truncated);
            assert_eq!(field(&w.agent).len(), SIP_WARNING_AGENT_SIZE - 1);
            assert_eq!(field(&w.text).len(), 255);
        }

        #[test]
        fn reason_values_tell_stir_apart_and_reason_does_not_change() {
            let value = exact(
                b"STIR;cause=436;text=\"Bad Identity Info\", sip;cause=499, Q.850;cause=16;location=LN\0",
            );
            let mut slots = filled::<SipReasonValue>(3, 0xAA);
            let n = unsafe { sip_parse_reason_values(value.as_ptr().cast(), out(&mut slots), 3) };
            assert_eq!(n, 3);
            let (a, b, c) = (entry(&slots[0]), entry(&slots[1]), entry(&slots[2]));
            assert_eq!(
                (a.protocol, a.cause, a.cause_known),
                (SIP_REASON_PROTOCOL_STIR, 436, true)
            );
            assert_eq!(field(&a.protocol_name), "STIR");
            assert_eq!(field(&a.text), "Bad Identity Info");
            let sip = SipReasonProtocol::SIP_REASON_PROTOCOL_SIP as c_int;
            assert_eq!((b.protocol, b.cause, b.cause_known), (sip, 499, false));
            assert_eq!((c.cause, c.location, c.cause_known), (16, 2, true));
            // The old struct keeps its enum: STIR is "other" there.
            let mut old = filled::<SipReason>(1, 0xAA);
            assert!(unsafe { sip_parse_reason(value.as_ptr().cast(), out(&mut old)) });
            let old = entry(&old[0]);
            assert_eq!(old.protocol, SipReasonProtocol::SIP_REASON_PROTOCOL_OTHER);
            assert_eq!((old.cause, field(&old.protocol_name)), (436, "STIR"));
            // Rejections zero every byte, as sip_parse_reasons now does too.
            let bad = exact(b"STIR;cause=x\0");
            let mut slots = filled::<SipReasonValue>(2, 0xAA);
            let n = unsafe { sip_parse_reason_values(bad.as_ptr().cast(), out(&mut slots), 2) };
            assert_eq!(n, 0);
            assert!(slots.iter().all(|s| all_bytes(s, 0)));
            let mut slots = filled::<SipReason>(2, 0xAA);
            assert_eq!(
                unsafe { sip_parse_reasons(bad.as_ptr().cast(), out(&mut slots), 2) },
                0
            );
            assert!(slots.iter().all(|s| all_bytes(s, 0)), "padding too");
            let mut one = filled::<SipReasonValue>(1, 0xAA);
            assert!(!unsafe { sip_parse_reason_value(ptr::null(), out(&mut one)) });
            assert!(all_bytes(&one[0], 0));
        }

        #[test]
        fn formats_refuse_what_they_cannot_write() {
            let agent = c"gw1".as_ptr();
            for code in [c_int::MIN, -1, 0, 299, 390, 400, c_int::MAX] {
                let (told, got) = snprintf(16, |buf, len| unsafe {
                    sip_format_warning(code, agent, ptr::null(), buf, len)
                });
                assert_eq!((told, got.as_str()), (0, ""), "{code}");
                assert!(
                    unsafe { sip_warning_text(code, ptr::null()) }.is_null(),
                    "{code}"
                );
            }
            for code in [c_int::MIN, -1, 0, 99, 499, 700, 702, c_int::MAX] {
                let (told, got) = snprintf(16, |buf, len| unsafe {
                    sip_format_reason_sip(code, ptr::null(), buf, len)
                });
                assert_eq!((told, got.as_str()), (0, ""), "{code}");
            }
            let bad_agents: [&[u8]; 5] = [
                b"\0",
                b"a b\0",
                b"a@b\0",
                b"\xff\0",
                &[b'a'; SIP_WARNING_AGENT_SIZE],
            ];
            for bad in bad_agents {
                let block = exact(bad);
                let (told, _) = snprintf(16, |buf, len| unsafe {
                    sip_format_warning(399, block.as_ptr().cast(), ptr::null(), buf, len)
                });
                assert_eq!(told, 0, "{bad:?}");
            }
            let (told, _) = snprintf(16, |buf, len| unsafe {
                sip_format_warning(399, ptr::null(), ptr::null(), buf, len)
            });
            assert_eq!(told, 0, "NULL agent");
        }
    }

    #[test]
    fn warning_and_sip_reason_values_fit_any_buffer() {
        let de = c"de".as_ptr();
        let agent = c"[2001:db8::1]:5061".as_ptr();
        let de_text = text(unsafe { sip_warning_text(370, de) }).expect("registered");
        let whole = format!("370 [2001:db8::1]:5061 \"{de_text}\"");
        for len in 0..=whole.len() + 2 {
            let (told, got) = args::snprintf(len, |buf, len| unsafe {
                sip_format_warning(370, agent, de, buf, len)
            });
            assert_eq!(told, whole.len());
            assert!(
                whole.starts_with(&got) && (len == 0 || got.len() + 4 >= len.min(whole.len() + 1))
            );
        }
        let whole = r#"SIP;cause=600;text="Busy Everywhere""#;
        for len in 0..=whole.len() + 2 {
            let (told, got) = args::snprintf(len, |buf, len| unsafe {
                sip_format_reason_sip(600, ptr::null(), buf, len)
            });
            assert_eq!(told, whole.len());
            assert_eq!(got, whole[..len.saturating_sub(1).min(whole.len())]);
        }
        // Every registered code in every locale: the safe API's text.
        for lang in Lang::all() {
            let tag = format!("{}\0", lang.tag());
            for code in WarnCode::all() {
                let p = unsafe { sip_warning_text(code.value().into(), tag.as_ptr().cast()) };
                assert_eq!(text(p), Some(code.text(lang)));
            }
        }
    }
}
