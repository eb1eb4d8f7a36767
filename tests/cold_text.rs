//! The shipped locales keep their cold text (descriptions, Q.850 names,
//! warn-code texts) deflated, and inflate it once, on its first use
//! (src/catalog.rs). What this process sees of that through the public
//! API: the phrases, their forms and the class names of every locale never
//! allocate (nothing is inflated for them), the first cold text of a locale
//! allocates once, and the texts it gives stay where they are.
//!
//! Without feature `deflate-cold-text`, no text allocates.
//!
//! One test in its own process: the allocations it counts are its thread's.

use sipstatus::{Cause, CauseClass, Class, Form, Lang, StatusCode, WarnCode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: every call goes to `System` as it came; counting touches no
// memory of the allocation.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        // SAFETY: this function's contract, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: this function's contract, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// Every phrase, in every form, and every class name of `lang`.
fn hot_texts(lang: Lang) -> usize {
    let mut bytes = 0;
    for code in StatusCode::known() {
        for form in Form::ALL {
            bytes += code.reason_as(lang, form).len();
        }
        bytes += code.reason(lang).len();
    }
    for class in Class::ALL {
        for form in Form::ALL {
            bytes += class.name_as(lang, form).len();
        }
    }
    bytes
}

#[test]
fn phrases_never_inflate_and_cold_text_inflates_once_per_locale() {
    let langs: Vec<Lang> = Lang::all().collect();
    assert!(langs.len() >= 2, "at least en and one more locale");
    let before = allocations();
    for &lang in &langs {
        assert!(hot_texts(lang) > 0);
    }
    assert_eq!(allocations(), before, "a phrase or class name allocated");

    // Eight threads ask for the first cold text of the last locale at once:
    // one inflates, all get the same string.
    let busy = StatusCode::new(486).unwrap();
    let last = *langs.last().unwrap();
    let start = std::sync::Barrier::new(8);
    let got: Vec<usize> = std::thread::scope(|s| {
        let threads: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    start.wait();
                    busy.description(last).unwrap().as_ptr() as usize
                })
            })
            .collect();
        threads.into_iter().map(|t| t.join().unwrap()).collect()
    });
    assert!(got.iter().all(|&p| p == got[0]), "{got:?}");

    for &lang in &langs {
        let before = allocations();
        let description = busy.description(lang).expect("486 has one");
        // Without feature deflate-cold-text, cold text is static too.
        let inflates = cfg!(feature = "deflate-cold-text") && lang != last;
        assert_eq!(
            allocations() > before,
            inflates,
            "{}: the first cold text inflates (or not)",
            lang.tag()
        );

        // Then every cold text of the locale is there, without allocating.
        let before = allocations();
        let mut bytes = 0;
        for code in StatusCode::known() {
            bytes += code.description(lang).map_or(0, str::len);
        }
        for cause in Cause::all() {
            bytes += cause.name(lang).len();
        }
        for class in CauseClass::ALL {
            bytes += class.name(lang).len();
        }
        for code in WarnCode::all() {
            bytes += code.text(lang).len();
        }
        assert!(bytes > 0);
        assert_eq!(allocations(), before, "{}: inflated twice", lang.tag());
        // The same string, at the same place: pointers given to C stay valid.
        let again = busy.description(lang).unwrap();
        assert_eq!(again.as_ptr(), description.as_ptr(), "{}", lang.tag());
        assert!(!description.is_empty(), "{}", lang.tag());
    }
}
