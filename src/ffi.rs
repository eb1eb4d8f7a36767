//! The C ABI: a thin layer over the safe API that knows the C rules and
//! nothing else. Every function here is guarded by [`boundary`], reads at
//! most [`MAX_LANG_LEN`] bytes of a `lang` argument, and returns strings
//! owned by the library. cbindgen turns this file into `include/sipstatus.h`;
//! the doc comments below are the header's documentation.

use crate::code::{Class, StatusCode, TABLE};
use crate::locale::{Lang, MAX_LANG_LEN};
use libc::{c_char, c_int, size_t};
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

/// The locale for a C `lang` argument. NULL, a string with no NUL in its
/// first `MAX_LANG_LEN` bytes, and invalid UTF-8 all give English.
///
/// # Safety
/// `lang` is NULL or points to at least `MAX_LANG_LEN` readable bytes or to
/// a NUL-terminated string, whichever is shorter.
unsafe fn lang_arg(lang: *const c_char) -> Lang {
    if lang.is_null() {
        return Lang::ENGLISH;
    }
    bounded_c_str(lang, MAX_LANG_LEN)
        .and_then(|bytes| std::str::from_utf8(bytes).ok())
        .map_or(Lang::ENGLISH, Lang::negotiate)
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
    let len = (0..max).find(|&i| *p.add(i) == 0)?;
    Some(std::slice::from_raw_parts(p, len))
}

fn code_arg(code: c_int) -> Option<StatusCode> {
    StatusCode::new(code.into()).ok()
}

fn c_str(text: &'static crate::catalog::Text) -> *const c_char {
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
/// Thread-safe; lock-free once a language has been used once. NULL is also
/// the result of a contained internal error.
///
/// # Safety
/// `lang` is NULL or a pointer to readable memory up to its first NUL or its
/// 64th byte, whichever comes first.
#[no_mangle]
pub unsafe extern "C" fn sip_reason(code: c_int, lang: *const c_char) -> *const c_char {
    boundary(ptr::null(), || match code_arg(code) {
        Some(code) => c_str(code.reason_text(lang_arg(lang))),
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
        let text = code_arg(code).and_then(|c| c.description_text(lang_arg(lang)));
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
        Some(class) => c_str(class.name_text(lang_arg(lang))),
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
    boundary(ENGLISH_TAG.as_ptr(), || c_str(lang_arg(lang).tag_text()))
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
    VERSION_C.as_ptr()
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
    boundary(0, || c_int::try_from(lang_arg(lang).id()).unwrap_or(0))
}

/// `sip_reason` for a locale id from `sip_lang_id`; an id that names no
/// locale (negative, too large) is taken as English. Same results and string
/// rules as `sip_reason`.
#[no_mangle]
pub extern "C" fn sip_reason_by_id(code: c_int, lang_id: c_int) -> *const c_char {
    boundary(ptr::null(), || {
        let lang = usize::try_from(lang_id)
            .ok()
            .and_then(Lang::from_id)
            .unwrap_or(Lang::ENGLISH);
        code_arg(code).map_or(ptr::null(), |code| c_str(code.reason_text(lang)))
    })
}

/// The most bytes of a `dir` argument that are read.
const MAX_PATH_LEN: usize = 4096;

/// Loads `<dir>/<lang>/*.ftl` (e.g. `<dir>/de/sip.ftl`) at run time: a new
/// language is added, a shipped one has the loaded messages replace its own;
/// messages a file leaves out keep their current text. Returns true on
/// success. All or nothing: if any file cannot be read or has an error (Fluent
/// syntax, an unknown message, an empty value, a control character, ...),
/// nothing changes, false is returned, and a message naming file and line is
/// written to `err`.
///
/// `err`: NULL, or a buffer of `err_len` bytes that receives a NUL-terminated
/// UTF-8 message, truncated to fit between characters ("" on success); nothing is written when
/// `err_len` is 0. `dir`: a NUL-terminated path of fewer than 4096 bytes;
/// NULL, a longer string, or a path that is not a readable directory is an
/// error.
///
/// Calls may come from any thread; reloads are serialized, and lookups in
/// other threads neither wait nor see a half-loaded state. Strings returned
/// before a reload stay valid for the life of the process: each successful
/// load keeps the memory of the files it loaded (about twice their size).
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
        let bytes = bounded_c_str(dir, MAX_PATH_LEN).ok_or("dir is 4096 bytes or longer")?;
        let path = path_arg(bytes).ok_or("dir is not valid UTF-8")?;
        crate::locale::load_locale_dir(path)
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
        ptr::copy_nonoverlapping(message.as_ptr(), err.cast::<u8>(), n);
        *err.add(n) = 0;
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

/// The C functions called as C calls them, with the arguments a careless or
/// hostile caller passes. Buffers are heap blocks of exactly their size, so
/// Miri reports any read past them. `args` builds no locale's strings, which
/// takes minutes under Miri: scripts/check.d/50-reliability.sh runs those
/// tests under Miri, and all of them natively.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::value_problem;

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
    }
}
