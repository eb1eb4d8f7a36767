//! Whole locale folders given to the runtime loader (issue 20): several
//! language folders and files, arbitrary bytes, deep nesting, junk, and
//! entries that are not regular files, loaded on a thread with a small
//! stack (256 KB), as a phone or a PBX may run it.
//!
//! The contract, for every input: no panic escapes and the process
//! neither overflows its stack nor blocks; a refused load changes nothing
//! and says why in at most `MAX_PROBLEMS` + 1 clean lines, each naming a
//! file; an accepted load gives every loaded locale only clean one-line
//! values, and loading the same folder again keeps the very same strings.
//!
//! Input: records, each starting at the beginning of a line with `@@ `:
//!
//! ```text
//! @@ de/sip.ftl
//! sip-486 = Besetzt
//! @@ qaa/a.ftl !fifo
//! ```
//!
//! The rest of the `@@` line is `<folder>/<file>` and an optional kind:
//! `!fifo`, `!dir`, `!dangling`, `!loop`, `!zero` (a symlink to /dev/zero),
//! `!bom` (the content with a UTF-8 byte order mark first), `!raw` (the
//! content as bytes; otherwise it is made UTF-8, lossily, so that most
//! inputs reach the Fluent parser). The lines up to the next record are the
//! file. Bytes before the first record go to `de/sip.ftl`.
//!
//! Built as a cargo-fuzz target (`cargo +nightly fuzz run locale_dir`);
//! `tests/fuzz_replay.rs` includes this file as a module and replays
//! `fuzz/corpus/locale_dir/` through [`check`] on stable.
#![cfg_attr(not(test), no_main)]
#![allow(dead_code)]

use sipstatus::ffi::{
    sip_description, sip_lang_count, sip_load_locale_dir, sip_reason, sip_reason_as,
};
use sipstatus::{
    is_bidi_control, is_line_break_or_control, is_printable_ascii, value_problem, Class, Lang,
    StatusCode, MAX_PROBLEMS, MAX_VALUE_LEN,
};
use std::ffi::{c_char, CStr, CString};
use std::path::{Path, PathBuf};

#[cfg(not(test))]
libfuzzer_sys::fuzz_target!(|data: &[u8]| check(data));

/// The stack of the thread that loads.
const SMALL_STACK: usize = 256 * 1024;
/// At most this many records of an input are used.
const MAX_RECORDS: usize = 16;

/// One entry of the folder an input describes.
struct Record {
    folder: String,
    file: String,
    kind: Kind,
    content: Vec<u8>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    File,
    Bom,
    Raw,
    Fifo,
    Dir,
    Dangling,
    Loop,
    Zero,
}

/// A folder or file name from an input: no `/`, no NUL, not `.` or `..`,
/// at most 100 bytes (on a character boundary).
fn name(s: &str, default: &str) -> String {
    let mut n: String = s
        .chars()
        .map(|c| if c == '/' || c == '\0' { '_' } else { c })
        .collect();
    let mut len = n.len().min(100);
    while !n.is_char_boundary(len) {
        len -= 1;
    }
    n.truncate(len);
    if n.is_empty() || n == "." || n == ".." {
        default.to_owned()
    } else {
        n
    }
}

fn records(data: &[u8]) -> Vec<Record> {
    // Split at every "@@ " that starts a line.
    let mut starts = Vec::new();
    for i in 0..data.len() {
        if data[i..].starts_with(b"@@ ") && (i == 0 || data[i - 1] == b'\n') {
            starts.push(i);
        }
    }
    let mut out = Vec::new();
    let first = starts.first().copied().unwrap_or(data.len());
    if first > 0 {
        out.push(Record {
            folder: "de".into(),
            file: "sip.ftl".into(),
            kind: Kind::File,
            content: data[..first].to_vec(),
        });
    }
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(data.len());
        let chunk = &data[start + 3..end];
        let (head, content) = match chunk.iter().position(|&b| b == b'\n') {
            Some(nl) => (&chunk[..nl], &chunk[nl + 1..]),
            None => (chunk, &[][..]),
        };
        let head = String::from_utf8_lossy(head);
        let (path, kind) = match head.rsplit_once(" !") {
            Some((path, kind)) => (path, kind),
            None => (&*head, ""),
        };
        let kind = match kind.trim_end() {
            "fifo" => Kind::Fifo,
            "dir" => Kind::Dir,
            "dangling" => Kind::Dangling,
            "loop" => Kind::Loop,
            "zero" => Kind::Zero,
            "bom" => Kind::Bom,
            "raw" => Kind::Raw,
            _ => Kind::File,
        };
        let (folder, file) = path.split_once('/').unwrap_or(("de", path));
        out.push(Record {
            folder: name(folder, "de"),
            file: name(file, "sip.ftl"),
            kind,
            content: content.to_vec(),
        });
    }
    out.truncate(MAX_RECORDS);
    out
}

fn scratch_dir() -> PathBuf {
    std::env::temp_dir().join(format!("sipstatus-fuzz-locale-dir-{}", std::process::id()))
}

/// Removes what `check` wrote, once no more inputs come.
pub fn cleanup() {
    let _ = std::fs::remove_dir_all(scratch_dir());
}

/// Writes the records under a fresh `root`; what cannot be made (a name
/// the file system refuses) is left out.
fn build(root: &Path, records: &[Record]) {
    use std::os::unix::fs::symlink;
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root).expect("create the scratch folder");
    for r in records {
        let folder = root.join(&r.folder);
        if std::fs::create_dir_all(&folder).is_err() {
            continue;
        }
        let path = folder.join(&r.file);
        let _ = match r.kind {
            Kind::File | Kind::Bom | Kind::Raw => {
                let mut bytes = match r.kind {
                    Kind::Raw => r.content.clone(),
                    _ => String::from_utf8_lossy(&r.content)
                        .into_owned()
                        .into_bytes(),
                };
                if r.kind == Kind::Bom {
                    bytes.splice(0..0, "\u{FEFF}".bytes());
                }
                std::fs::write(&path, bytes)
            }
            Kind::Dir => std::fs::create_dir_all(&path),
            Kind::Dangling => symlink(root.join("nonexistent.ftl"), &path),
            Kind::Loop => symlink(&path, &path),
            Kind::Zero => symlink("/dev/zero", &path),
            Kind::Fifo => {
                let c = CString::new(path.as_os_str().as_encoded_bytes()).expect("no NUL");
                // SAFETY: a NUL-terminated path.
                match unsafe { libc_mkfifo(c.as_ptr(), 0o600) } {
                    0 => Ok(()),
                    _ => Err(std::io::Error::last_os_error()),
                }
            }
        };
    }
}

extern "C" {
    #[link_name = "mkfifo"]
    fn libc_mkfifo(path: *const c_char, mode: u32) -> i32;
}

fn c_text(p: *const c_char) -> Option<&'static str> {
    if p.is_null() {
        return None;
    }
    // SAFETY: the library returns NULL or a NUL-terminated string that lives
    // as long as the process.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    Some(std::str::from_utf8(bytes).expect("a string from the library is UTF-8"))
}

/// Every string the C ABI gives for `lang` (a tag), by address and text:
/// what a refused load must leave alone.
fn strings(lang: &str) -> Vec<(usize, &'static str)> {
    let tag = CString::new(lang).expect("a tag has no NUL");
    let mut all = Vec::new();
    for code in StatusCode::known()
        .map(|c| i32::from(c.as_u16()))
        .chain([499, 699])
    {
        // SAFETY: a NUL-terminated tag.
        let r = unsafe { sip_reason(code, tag.as_ptr()) };
        let d = unsafe { sip_description(code, tag.as_ptr()) };
        for p in [r, d] {
            if let Some(s) = c_text(p) {
                all.push((p as usize, s));
            }
        }
        for form in 1..4 {
            let p = unsafe { sip_reason_as(code, tag.as_ptr(), form) };
            let s = c_text(p).expect("a code has a phrase in every form");
            all.push((p as usize, s));
        }
    }
    all
}

/// A value the library hands out: one clean line of at most
/// `MAX_VALUE_LEN` bytes.
fn assert_clean(s: &str) {
    assert_eq!(value_problem(s), None, "{s:?}");
    assert!(s.len() <= MAX_VALUE_LEN, "{} bytes", s.len());
}

/// Loads `root` on a thread with a small stack: the C ABI's answer and
/// `err`. A panic in the thread (none may escape the library) fails.
fn load(root: &Path) -> (bool, String) {
    let path = CString::new(root.as_os_str().as_encoded_bytes()).expect("no NUL");
    std::thread::Builder::new()
        .stack_size(SMALL_STACK)
        .spawn(move || {
            let mut err = vec![0u8; 1 << 16];
            // SAFETY: a NUL-terminated path and a buffer of the length given.
            let ok =
                unsafe { sip_load_locale_dir(path.as_ptr(), err.as_mut_ptr().cast(), err.len()) };
            let end = err
                .iter()
                .position(|&b| b == 0)
                .expect("err is NUL-terminated");
            let message = String::from_utf8(err[..end].to_vec()).expect("err is UTF-8");
            (ok, message)
        })
        .expect("spawn the loading thread")
        .join()
        .expect("a panic escaped sip_load_locale_dir")
}

/// The contract for one input (see the module's documentation).
pub fn check(data: &[u8]) {
    let records = records(data);
    let root = scratch_dir();
    build(&root, &records);

    // What must not change if the load is refused: a few shipped and new
    // locales, and every locale a folder may name.
    let mut probes: Vec<String> = ["en", "de", "fr", "ja", "qaa", "pt-BR"]
        .map(String::from)
        .to_vec();
    for r in &records {
        if !r.folder.contains('\0') && !probes.contains(&r.folder) {
            probes.push(r.folder.clone());
        }
    }
    let langs_before = sip_lang_count();
    let tags_before: Vec<&str> = Lang::all().map(Lang::tag).collect();
    let before: Vec<_> = probes.iter().map(|p| strings(p)).collect();

    let (ok, err) = load(&root);
    if !ok {
        assert!(!err.is_empty(), "refused without a reason");
        assert!(!err.contains("internal error"), "{err}");
        assert!(!err.contains("Fluent parser failed"), "{err}");
        let lines: Vec<&str> = err.split('\n').collect();
        assert!(
            lines.len() <= MAX_PROBLEMS + 1,
            "{} lines: the report is capped at MAX_PROBLEMS + 1",
            lines.len()
        );
        let prefix = root.display().to_string();
        for line in &lines {
            assert!(
                !line
                    .chars()
                    .any(|c| is_line_break_or_control(c) || is_bidi_control(c)),
                "{line:?}"
            );
            // `<file>:<line>: <why>`, the file under the folder given.
            assert!(line.starts_with(&prefix), "no file named: {line:?}");
        }
        assert_eq!(
            sip_lang_count(),
            langs_before,
            "a refused load added a locale"
        );
        let after: Vec<_> = probes.iter().map(|p| strings(p)).collect();
        assert!(after == before, "a refused load changed a string: {err}");
        return;
    }

    assert_eq!(err, "");
    assert!(sip_lang_count() >= langs_before, "a load removed a locale");
    let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
    assert_eq!(
        &tags[..tags_before.len()],
        &tags_before[..],
        "ids were renumbered"
    );
    // Every locale a folder named, and every locale at all, gives clean
    // strings; ASCII forms are printable ASCII.
    for lang in Lang::all() {
        let tag = lang.tag();
        for code in StatusCode::known() {
            assert_clean(code.reason(lang));
            assert_clean(
                code.description(lang)
                    .expect("a known code has a description"),
            );
            for form in [
                sipstatus::Form::SHORT,
                sipstatus::Form::ASCII,
                sipstatus::Form::ASCII_SHORT,
            ] {
                let s = code.reason_as(lang, form);
                assert_clean(s);
                if form.ascii {
                    assert!(is_printable_ascii(s), "{tag} {code} {s:?}");
                }
            }
        }
        for class in Class::ALL {
            assert_clean(class.name(lang));
        }
        for cause in sipstatus::Cause::all() {
            assert_clean(cause.name(lang));
        }
        // A loaded locale answers to its own tag.
        assert_eq!(Lang::negotiate(tag), lang, "{tag}");
    }
    // Loading the same files again keeps the very strings (and so no new
    // memory).
    let again: Vec<_> = probes.iter().map(|p| strings(p)).collect();
    let (ok, err) = load(&root);
    assert!(ok, "the same folder was refused the second time: {err}");
    let after: Vec<_> = probes.iter().map(|p| strings(p)).collect();
    assert!(
        after == again,
        "a reload of the same files made new strings"
    );
}
