//! The negotiation cache: the locale that each `lang` tag gave, keyed by
//! the tag's raw bytes, so that a tag seen before costs a hash and a compare
//! instead of a parse and a negotiation. A data structure only: what fills
//! it, and when, is `locale.rs`'s business.
//!
//! A registry owns one cache (a reload starts a new one). It is a fixed
//! array of write-once slots: readers load a pointer and compare, writers
//! fill an empty slot with a compare-and-swap, and nothing is ever evicted
//! or freed while the cache is in use. The size is bounded: once the slots
//! a tag may take are full, that tag is negotiated on every call (correct,
//! only slower). The locales' own tags are put in first, so they always hit.

use crate::catalog::Catalog;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

/// The most bytes of a `lang` argument that are ever read.
pub const MAX_LANG_LEN: usize = 64;

const WORDS: usize = MAX_LANG_LEN / 8;
/// How many tags one registry remembers.
const SLOTS: usize = 64;
/// How many slots from its hash on a tag may take.
const PROBES: usize = 4;

/// A tag as the caller gave it, before any parsing: its bytes packed
/// little-endian into zero-padded words.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawTag {
    /// 0 to 7 bytes. The top byte is 0, so it never equals the first word of
    /// a long tag, whose eight bytes are all non-zero.
    Short(u64),
    /// 8 to `MAX_LANG_LEN - 1` bytes.
    Long { len: u8, words: [u64; WORDS] },
}

/// Reads the 8 bytes from `at` on into a word, stopping at a 0 byte: the
/// word and, if a 0 byte ended it, how many bytes came before that.
#[inline(always)]
fn read_word(byte_at: &mut impl FnMut(usize) -> u8, at: usize) -> (u64, Option<usize>) {
    let mut w = 0u64;
    for i in 0..8 {
        let b = byte_at(at + i);
        if b == 0 {
            return (w, Some(i));
        }
        w |= u64::from(b) << (8 * i);
    }
    (w, None)
}

/// The words after `first` of a long tag, and its length; `None` when no 0
/// byte comes within `MAX_LANG_LEN` bytes.
#[inline(always)]
fn read_long(first: u64, mut byte_at: impl FnMut(usize) -> u8) -> Option<(u8, [u64; WORDS])> {
    let mut words = [0u64; WORDS];
    words[0] = first;
    for (k, word) in words.iter_mut().enumerate().skip(1) {
        let (w, end) = read_word(&mut byte_at, 8 * k);
        *word = w;
        if let Some(i) = end {
            return Some((u8::try_from(8 * k + i).ok()?, words));
        }
    }
    None
}

/// How many words of a long tag of `len` bytes hold bytes.
#[inline(always)]
fn used(len: u8) -> usize {
    (usize::from(len) / 8 + 1).min(WORDS)
}

impl RawTag {
    /// Reads a tag that ends at its first 0 byte, `byte_at(i)` giving byte
    /// `i`; `None` when no 0 byte comes within `MAX_LANG_LEN` bytes. Never
    /// asks for a byte past the first 0.
    #[inline]
    pub(crate) fn read(mut byte_at: impl FnMut(usize) -> u8) -> Option<RawTag> {
        match read_word(&mut byte_at, 0) {
            (first, Some(_)) => Some(RawTag::Short(first)),
            (first, None) => {
                let (len, words) = read_long(first, byte_at)?;
                Some(RawTag::Long { len, words })
            }
        }
    }

    /// The tag of `bytes`; `None` when they hold a 0 byte or are
    /// `MAX_LANG_LEN` long or longer (no C caller can pass them).
    #[inline]
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<RawTag> {
        if bytes.len() < 8 {
            // The common case, without a search for 0 bytes first.
            let mut w = 0u64;
            for (i, &b) in bytes.iter().enumerate() {
                if b == 0 {
                    return None;
                }
                w |= u64::from(b) << (8 * i);
            }
            return Some(RawTag::Short(w));
        }
        if bytes.contains(&0) {
            return None;
        }
        RawTag::read(|i| bytes.get(i).copied().unwrap_or(0))
    }

    /// The bytes, for negotiation.
    pub(crate) fn bytes(&self) -> ([u8; MAX_LANG_LEN], usize) {
        let mut out = [0; MAX_LANG_LEN];
        let words: &[u64] = match self {
            RawTag::Short(w) => std::slice::from_ref(w),
            RawTag::Long { words, .. } => words,
        };
        for (chunk, w) in out.chunks_exact_mut(8).zip(words) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        let len = out.iter().position(|&b| b == 0).unwrap_or(MAX_LANG_LEN);
        (out, len)
    }

    /// The cached entry of a tag that [`RawTag::read`] would read, for a
    /// short tag (`"de"`, `"pt-BR"`): reads 8 bytes at most and makes no
    /// call, so that it inlines into a function with no stack frame. Never
    /// panics.
    #[inline(always)]
    pub(crate) fn hot(cache: &TagCache, mut byte_at: impl FnMut(usize) -> u8) -> Hot {
        match read_word(&mut byte_at, 0) {
            (w, Some(_)) => match cache.get_short(w) {
                Some(e) => Hot::Found(e),
                None => Hot::Miss,
            },
            (first, None) => Hot::Longer(TagStart(first)),
        }
    }
}

/// What [`RawTag::hot`] found.
pub(crate) enum Hot {
    Found(&'static Cached),
    /// A tag of 8 bytes or more: go on with [`TagStart::hot`].
    Longer(TagStart),
    /// Not cached: take the general path.
    Miss,
}

/// The first 8 bytes of a long tag, as [`RawTag::hot`] read them.
#[repr(transparent)]
#[derive(Clone, Copy)]
pub(crate) struct TagStart(u64);

impl TagStart {
    /// The rest of [`RawTag::hot`] for a long tag: `byte_at` as there;
    /// `None` when not cached.
    #[inline(always)]
    pub(crate) fn hot(
        self,
        cache: &TagCache,
        byte_at: impl FnMut(usize) -> u8,
    ) -> Option<&'static Cached> {
        let (len, words) = read_long(self.0, byte_at)?;
        cache.get_long(len, &words)
    }
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Fibonacci hashing: the top bits of `h * K` pick a slot.
#[inline(always)]
fn slot_of(h: u64) -> usize {
    (h.wrapping_mul(K) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// What one tag gave: the locale's id and its phrases.
pub(crate) struct Cached {
    /// The tag's first word, compared first (the whole key of a short tag).
    first: u64,
    pub(crate) catalog: Catalog,
    pub(crate) lang: usize,
    /// The length of a long tag and all its words; unused for a short one.
    len: u8,
    words: [u64; WORDS],
}

pub(crate) struct TagCache {
    slots: [AtomicPtr<Cached>; SLOTS],
}

impl TagCache {
    pub(crate) const fn new() -> TagCache {
        #[allow(clippy::declare_interior_mutable_const)] // only copied into the array
        const EMPTY: AtomicPtr<Cached> = AtomicPtr::new(ptr::null_mut());
        TagCache {
            slots: [EMPTY; SLOTS],
        }
    }

    #[inline(always)]
    fn load(&self, slot: usize) -> Option<&'static Cached> {
        let p = self.slots[slot % SLOTS].load(Ordering::Acquire);
        // SAFETY: slots hold null or pointers from `Box::into_raw` that are
        // never freed once stored.
        unsafe { p.cast_const().as_ref() }
    }

    /// The entry of `tag`; `None` when it is not cached.
    pub(crate) fn get(&self, tag: &RawTag) -> Option<&'static Cached> {
        match tag {
            RawTag::Short(w) => self.get_short(*w),
            RawTag::Long { len, words } => self.get_long(*len, words),
        }
    }

    /// [`TagCache::get`] for a short tag: no call, and usually one load and
    /// one compare.
    #[inline(always)]
    pub(crate) fn get_short(&self, w: u64) -> Option<&'static Cached> {
        let start = slot_of(w);
        for probe in 0..PROBES {
            let e = self.load(start + probe)?;
            if e.first == w {
                return Some(e);
            }
        }
        None
    }

    #[inline(always)]
    fn get_long(&self, len: u8, words: &[u64; WORDS]) -> Option<&'static Cached> {
        let used = used(len);
        let start = slot_of(
            words[..used]
                .iter()
                .fold(0, |h, &w| (h ^ w).wrapping_mul(K)),
        );
        for probe in 0..PROBES {
            let e = self.load(start + probe)?;
            // Word by word: cheaper than a call to memcmp for a few words.
            let same = e.words.iter().zip(words).take(used).all(|(a, b)| a == b);
            if e.len == len && same {
                return Some(e);
            }
        }
        None
    }

    /// Remembers that `tag` gives locale `lang` and its `catalog`, if one
    /// of its slots is free, and returns what the cache holds for `tag`
    /// afterwards.
    pub(crate) fn insert(
        &self,
        tag: RawTag,
        lang: usize,
        catalog: Catalog,
    ) -> Option<&'static Cached> {
        let (first, len, words, start) = match tag {
            RawTag::Short(w) => (w, 0, [w, 0, 0, 0, 0, 0, 0, 0], slot_of(w)),
            RawTag::Long { len, words } => {
                let used = used(len);
                let h = words[..used]
                    .iter()
                    .fold(0, |h, &w| (h ^ w).wrapping_mul(K));
                (words[0], len, words, slot_of(h))
            }
        };
        let new = Box::into_raw(Box::new(Cached {
            first,
            catalog,
            lang,
            len,
            words,
        }));
        for probe in 0..PROBES {
            let slot = &self.slots[(start + probe) % SLOTS];
            match slot.compare_exchange(ptr::null_mut(), new, Ordering::AcqRel, Ordering::Acquire) {
                // SAFETY: `new` is now in the cache, which never frees it.
                Ok(_) => return Some(unsafe { &*new }),
                Err(_) => {
                    if let Some(other) = self.get(&tag) {
                        // Another thread cached the same tag first.
                        // SAFETY: `new` was never shared.
                        drop(unsafe { Box::from_raw(new) });
                        return Some(other);
                    }
                }
            }
        }
        // SAFETY: `new` was never shared.
        drop(unsafe { Box::from_raw(new) });
        None
    }
}

impl Drop for TagCache {
    /// Frees the entries of a cache that was never shared (a registry that
    /// lost the race to be the first): caches in use are never dropped.
    fn drop(&mut self) {
        for slot in &self.slots {
            let p = slot.swap(ptr::null_mut(), Ordering::AcqRel);
            if !p.is_null() {
                // SAFETY: `p` came from `Box::into_raw` in `insert`, and a
                // cache being dropped has no readers left.
                drop(unsafe { Box::from_raw(p) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_tags_round_trip_and_stop_at_the_limit() {
        for tag in ["", "de", "de-AT.U", "de_AT.UTF-8", &"x".repeat(63)] {
            let raw = RawTag::from_bytes(tag.as_bytes()).expect(tag);
            let (bytes, len) = raw.bytes();
            assert_eq!(&bytes[..len], tag.as_bytes());
            assert_eq!(matches!(raw, RawTag::Short(_)), tag.len() < 8, "{tag}");
        }
        assert!(RawTag::from_bytes("x".repeat(64).as_bytes()).is_none());
        assert!(RawTag::from_bytes(b"de\0").is_none());
    }

    #[test]
    fn read_never_asks_past_the_first_zero() {
        let bytes = b"de_AT.UTF-8\0";
        let mut asked = 0;
        let raw = RawTag::read(|i| {
            asked = asked.max(i + 1);
            bytes[i]
        });
        assert!(raw.is_some());
        assert_eq!(asked, bytes.len());
    }

    #[test]
    fn the_cache_is_bounded_and_keeps_what_it_holds() {
        let cache = TagCache::new();
        let mut kept = 0;
        for n in 0..10 * SLOTS {
            let tag = RawTag::from_bytes(format!("xx-{n}").as_bytes()).unwrap();
            let lang = n % 2;
            let catalog = crate::catalog::SHIPPED[0].catalog;
            if let Some(e) = cache.insert(tag, lang, catalog) {
                kept += 1;
                assert_eq!(e.lang, lang);
                assert!(std::ptr::eq(cache.get(&tag).unwrap(), e));
            } else {
                assert!(cache.get(&tag).is_none());
            }
        }
        assert!(kept <= SLOTS);
        assert!(kept >= SLOTS / 2, "only {kept} of {SLOTS} slots used");
        // A tag already held is found again, not added twice.
        let tag = RawTag::from_bytes(b"xx-0").unwrap();
        if let Some(e) = cache.get(&tag) {
            let catalog = crate::catalog::SHIPPED[0].catalog;
            assert!(std::ptr::eq(cache.insert(tag, 0, catalog).unwrap(), e));
        }
    }
}
