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

// The firmware build (no feature runtime-load) reads raw tags but keeps no
// cache: it negotiates each call (src/static_negotiation.rs).
#![cfg_attr(not(feature = "runtime-load"), allow(dead_code))]

use crate::catalog::Catalog;
use once_cell::race::OnceBox;

/// The most bytes of a `lang` argument that are ever read.
pub const MAX_LANG_LEN: usize = 64;

/// How many tags one registry remembers.
const SLOTS: usize = 512;
/// How many slots from its hash on a tag may take.
const PROBES: usize = 8;

/// A tag as the caller gave it, before any parsing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawTag {
    /// 0 to 7 bytes, packed little-endian into the top of a word whose low
    /// bytes are 0 (so it never equals the first word of a long tag, whose
    /// eight bytes are all non-zero). Top, not bottom: each byte read then
    /// costs one instruction (a double shift) to put in place.
    Short(u64),
    /// 8 to `MAX_LANG_LEN - 1` bytes, zero-padded.
    Long { len: u8, bytes: [u8; MAX_LANG_LEN] },
}

/// Shifts byte `b` into the top of `w`, which drops its lowest byte.
#[inline(always)]
fn push(w: u64, b: u8) -> u64 {
    (w >> 8) | (u64::from(b) << 56)
}

/// Reads the first 8 bytes into a word, stopping at a 0 byte: the word (as
/// [`RawTag::Short`] holds it, or the first 8 bytes little-endian) and
/// whether a 0 byte ended it.
#[inline(always)]
fn read_word(byte_at: &mut impl FnMut(usize) -> u8) -> (u64, bool) {
    let mut w = 0u64;
    for i in 0..8 {
        let b = byte_at(i);
        if b == 0 {
            return (w, true);
        }
        w = push(w, b);
    }
    (w, false)
}

/// The key of a long tag: its first and its last 8 bytes (overlapping when
/// it is shorter than 16), two loads whatever its length. With the length
/// they are the whole tag up to 16 bytes (`de_AT.UTF-8`, `zh_TW.Big5`);
/// a longer one is compared in full after them. `None` for fewer than 8
/// bytes.
#[inline(always)]
fn ends(bytes: &[u8]) -> Option<(u64, u64)> {
    let word = |b: &[u8]| -> Option<u64> { Some(u64::from_le_bytes(b.try_into().ok()?)) };
    let first = word(bytes.get(..8)?)?;
    let last = word(bytes.get(bytes.len().checked_sub(8)?..)?)?;
    Some((first, last))
}

impl RawTag {
    /// Reads a tag that ends at its first 0 byte, `byte_at(i)` giving byte
    /// `i`; `None` when no 0 byte comes within `MAX_LANG_LEN` bytes. Never
    /// asks for a byte past the first 0.
    #[inline]
    pub(crate) fn read(mut byte_at: impl FnMut(usize) -> u8) -> Option<RawTag> {
        let first = match read_word(&mut byte_at) {
            (w, true) => return Some(RawTag::Short(w)),
            (first, false) => first,
        };
        let mut bytes = [0u8; MAX_LANG_LEN];
        bytes[..8].copy_from_slice(&first.to_le_bytes());
        for (i, b) in bytes.iter_mut().enumerate().skip(8) {
            *b = byte_at(i);
            if *b == 0 {
                return RawTag::from_bytes(bytes.get(..i)?);
            }
        }
        None
    }

    /// The tag of `bytes`; `None` when they hold a 0 byte or are
    /// `MAX_LANG_LEN` long or longer (no C caller can pass them).
    #[inline]
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<RawTag> {
        if bytes.len() < 8 {
            // The common case, without a search for 0 bytes first.
            let mut w = 0u64;
            for &b in bytes {
                if b == 0 {
                    return None;
                }
                w = push(w, b);
            }
            return Some(RawTag::Short(w));
        }
        // `iter().any`, not `contains`: that calls core's memchr, which the
        // optimizer must assume can unwind, and so links std's panic code
        // into the firmware build (see static_negotiation.rs).
        #[allow(clippy::manual_contains)]
        let nul = bytes.iter().any(|&b| b == 0);
        if bytes.len() >= MAX_LANG_LEN || nul {
            return None;
        }
        let mut padded = [0u8; MAX_LANG_LEN];
        padded[..bytes.len()].copy_from_slice(bytes);
        Some(RawTag::Long {
            len: u8::try_from(bytes.len()).ok()?,
            bytes: padded,
        })
    }

    /// The bytes, for negotiation.
    pub(crate) fn bytes(&self) -> ([u8; MAX_LANG_LEN], usize) {
        match *self {
            RawTag::Short(w) => {
                let len = 8 - (w.trailing_zeros() / 8) as usize;
                let mut out = [0; MAX_LANG_LEN];
                out[..len].copy_from_slice(&w.to_le_bytes()[8 - len..]);
                (out, len)
            }
            RawTag::Long { len, bytes } => (bytes, usize::from(len)),
        }
    }

    /// The cached entry of a tag that [`RawTag::read`] would read, for a
    /// short tag (`"de"`, `"pt-BR"`): reads 8 bytes at most and makes no
    /// call, so that it inlines into a function with no stack frame. Never
    /// panics.
    #[inline(always)]
    pub(crate) fn hot(cache: &TagCache, mut byte_at: impl FnMut(usize) -> u8) -> Hot<'_> {
        match read_word(&mut byte_at) {
            (w, true) => match cache.get_short(w) {
                Some(e) => Hot::Found(e),
                None => Hot::Miss,
            },
            (first, false) => Hot::Longer(TagStart(first)),
        }
    }
}

/// The first 8 bytes of a long tag, as [`RawTag::hot`] read them.
#[repr(transparent)]
#[derive(Clone, Copy)]
pub(crate) struct TagStart(u64);

/// A tag of 8 to 16 bytes, whole: its length, first and last 8 bytes.
#[derive(Clone, Copy)]
pub(crate) struct LongKey {
    len: usize,
    first: u64,
    last: u64,
}

/// The longest tag whose key is all of it (see [`ends`]).
const KEYED_LEN: usize = 16;

impl TagStart {
    /// The rest of [`RawTag::hot`] for a tag of 8 to 16 bytes (`de_AT.UTF-8`,
    /// `zh_TW.Big5`, `pt_BR.UTF-8`): reads on from byte 8, `byte_at` as
    /// there, to the first 0 byte, keeping the last 8 bytes in a word as it
    /// goes (no call, no buffer). `None` for a longer tag, which takes the
    /// general path. Never asks past the first 0.
    #[inline(always)]
    pub(crate) fn key(self, mut byte_at: impl FnMut(usize) -> u8) -> Option<LongKey> {
        let mut last = self.0;
        for len in 8..KEYED_LEN + 1 {
            let b = byte_at(len);
            if b == 0 {
                return Some(LongKey {
                    len,
                    first: self.0,
                    last,
                });
            }
            last = push(last, b);
        }
        None
    }
}

/// What [`RawTag::hot`] found.
pub(crate) enum Hot<'a> {
    Found(&'a Cached),
    /// A tag of 8 bytes or more: go on with [`TagStart::key`].
    Longer(TagStart),
    /// Not cached: take the general path.
    Miss,
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Fibonacci hashing: the top bits of `h * K` pick a slot.
#[inline(always)]
fn slot_of(h: u64) -> usize {
    (h.wrapping_mul(K) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The slot a long tag's search starts at.
#[inline(always)]
fn long_slot(len: usize, first: u64, last: u64) -> usize {
    slot_of(first ^ last.rotate_left(29) ^ len as u64)
}

/// What one tag gave: the locale's id and its phrases.
pub(crate) struct Cached {
    /// The tag's first word, compared first (the whole key of a short tag).
    first: u64,
    pub(crate) catalog: Catalog,
    pub(crate) lang: usize,
    /// A long tag's length, last 8 bytes and all its bytes; 0 for a short
    /// one.
    len: u8,
    last: u64,
    bytes: [u8; MAX_LANG_LEN],
}

/// Write-once slots: `OnceBox` is one atomic pointer, read with one
/// acquire load, set with one compare-and-swap that never waits (a thread
/// that loses the race gets its box back).
pub(crate) struct TagCache {
    slots: [OnceBox<Cached>; SLOTS],
}

impl TagCache {
    pub(crate) const fn new() -> TagCache {
        TagCache {
            slots: [const { OnceBox::new() }; SLOTS],
        }
    }

    #[inline(always)]
    fn load(&self, slot: usize) -> Option<&Cached> {
        self.slots[slot % SLOTS].get()
    }

    /// The entry of `tag`; `None` when it is not cached.
    pub(crate) fn get(&self, tag: &RawTag) -> Option<&Cached> {
        match tag {
            RawTag::Short(w) => self.get_short(*w),
            RawTag::Long { len, bytes } => self.get_long(&bytes[..usize::from(*len)]),
        }
    }

    /// [`TagCache::get`] for a short tag: no call, and usually one load and
    /// one compare.
    #[inline(always)]
    pub(crate) fn get_short(&self, w: u64) -> Option<&Cached> {
        let start = slot_of(w);
        for probe in 0..PROBES {
            let e = self.load(start + probe)?;
            if e.first == w {
                return Some(e);
            }
        }
        None
    }

    /// [`TagCache::get`] for the bytes of a long tag (those of a C string
    /// before its NUL); `None` when not cached, or when `tag` is no long
    /// tag (fewer than 8 bytes).
    pub(crate) fn get_long(&self, tag: &[u8]) -> Option<&Cached> {
        let (first, last) = ends(tag)?;
        self.find_long(tag.len(), first, last, |e| {
            tag.len() <= KEYED_LEN || e.bytes.get(..tag.len()) == Some(tag)
        })
    }

    /// [`TagCache::get_long`] for a tag of 8 to 16 bytes whose key
    /// [`TagStart::key`] read: usually one load and three compares, no
    /// call; never panics.
    #[inline(always)]
    pub(crate) fn get_key(&self, key: LongKey) -> Option<&Cached> {
        self.find_long(key.len, key.first, key.last, |_| true)
    }

    #[inline(always)]
    fn find_long(
        &self,
        len: usize,
        first: u64,
        last: u64,
        rest_equal: impl Fn(&Cached) -> bool,
    ) -> Option<&Cached> {
        let start = long_slot(len, first, last);
        for probe in 0..PROBES {
            let e = self.load(start + probe)?;
            if e.first == first && e.last == last && usize::from(e.len) == len && rest_equal(e) {
                return Some(e);
            }
        }
        None
    }

    /// Remembers that `tag` gives locale `lang` and its `catalog`, if one
    /// of its slots is free, and returns what the cache holds for `tag`
    /// afterwards.
    pub(crate) fn insert(&self, tag: RawTag, lang: usize, catalog: Catalog) -> Option<&Cached> {
        let (first, len, last, bytes, start) = match tag {
            RawTag::Short(w) => (w, 0, 0, [0; MAX_LANG_LEN], slot_of(w)),
            RawTag::Long { len, bytes } => {
                let (first, last) = ends(&bytes[..usize::from(len)])?;
                let start = long_slot(usize::from(len), first, last);
                (first, len, last, bytes, start)
            }
        };
        let mut new = Box::new(Cached {
            first,
            catalog,
            lang,
            len,
            last,
            bytes,
        });
        for probe in 0..PROBES {
            let slot = &self.slots[(start + probe) % SLOTS];
            match slot.set(new) {
                Ok(()) => return slot.get(),
                Err(back) => {
                    if let Some(other) = self.get(&tag) {
                        // Another thread cached the same tag first.
                        return Some(other);
                    }
                    new = back;
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_tags_round_trip_and_stop_at_the_limit() {
        for tag in [
            "",
            "de",
            "de-AT.U",
            "de_AT.UT",
            "de_AT.UTF-8",
            "de_DE.ISO8859-15",
            &"x".repeat(63),
        ] {
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
        // The hot path too: the first word, then the key.
        let mut asked = 0;
        let mut byte_at = |i: usize| {
            asked = asked.max(i + 1);
            bytes[i]
        };
        let Hot::Longer(start) = RawTag::hot(&TagCache::new(), &mut byte_at) else {
            panic!("a long tag");
        };
        assert!(start.key(&mut byte_at).is_some());
        assert_eq!(asked, bytes.len());
    }

    #[test]
    fn long_tags_are_found_by_their_key_and_by_their_bytes() {
        let cache = TagCache::new();
        let catalog = crate::catalog::SHIPPED[0].catalog;
        // 8 to 16 bytes: the key is the whole tag; longer: compared in full.
        let tags = [
            "de_AT.UT",
            "de_AT.UTF-8",
            "de_AT.UTF-9",
            "de_AT.ISO8859-1",
            "de_AT.ISO8859-15",
        ];
        for (lang, tag) in tags.iter().enumerate() {
            let raw = RawTag::from_bytes(tag.as_bytes()).unwrap();
            assert_eq!(cache.insert(raw, lang, catalog).unwrap().lang, lang);
        }
        for (lang, tag) in tags.iter().enumerate() {
            assert_eq!(cache.get_long(tag.as_bytes()).unwrap().lang, lang, "{tag}");
            let bytes = tag.as_bytes();
            let start = match RawTag::hot(&cache, |i| bytes.get(i).copied().unwrap_or(0)) {
                Hot::Longer(start) => start,
                _ => panic!("{tag} is long"),
            };
            let read = start.key(|i| bytes.get(i).copied().unwrap_or(0));
            match read {
                Some(key) => assert_eq!(cache.get_key(key).unwrap().lang, lang, "{tag}"),
                None => assert!(tag.len() > KEYED_LEN, "{tag}"),
            }
        }
        assert!(cache.get_long(b"de_AT.UTF-7").is_none());
        assert!(cache.get_long(b"de_AT.ISO8859-16").is_none());
        assert!(cache.get_long(b"de").is_none());
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
