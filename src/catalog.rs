//! The phrases of every locale as flat tables of finished strings.
//!
//! A locale is one text holding every message NUL-terminated, and one
//! array of offsets into it in slot order (see [`Message`]): a lookup is an
//! index, and C gets a pointer into the text as it is. `build.rs` compiles
//! the shipped locales into static tables, so they cost no parsing and no
//! allocation; a runtime override is resolved into a table of the same
//! shape (`resolve.rs`).
//!
//! With feature `deflate-cold-text` (default), a shipped locale keeps its
//! cold text apart ([`Message::is_cold`]: descriptions, Q.850 names,
//! warn-code texts, two thirds of its bytes), deflated: the first cold text
//! asked of the locale inflates all of it once into a buffer kept for the
//! life of the process ([`ColdText`]), so its pointers stay valid as the
//! hot ones do. Phrases, their short and ASCII forms and class names stay
//! plain static text: `sip_reason` and `sip_reason_as` never inflate, nor
//! allocate. Without the feature (the firmware profile), all of a locale's
//! text is one static text, as a runtime load's is.

use crate::code::{Class, CODE_LIMIT, TABLE};
use crate::q850::{CauseClass, CAUSES};
use crate::warning::WARN_CODES;
use std::fmt;
use std::sync::OnceLock;

/// Which rendering of a phrase or class name to give: the phrase itself, a
/// short form for narrow displays (at most 16 columns in the shipped
/// locales), an ASCII-only form for displays whose font has only ASCII, or
/// both (`Form::SHORT | Form::ASCII`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Form {
    pub short: bool,
    pub ascii: bool,
}

impl Form {
    /// The phrase as it is: what `sip_reason` gives.
    pub const FULL: Form = Form {
        short: false,
        ascii: false,
    };
    /// At most 16 display columns in every shipped locale.
    pub const SHORT: Form = Form {
        short: true,
        ascii: false,
    };
    /// Printable ASCII only (0x20 to 0x7E).
    pub const ASCII: Form = Form {
        short: false,
        ascii: true,
    };
    pub const ASCII_SHORT: Form = Form {
        short: true,
        ascii: true,
    };
    /// Every form, in the order of [`Form::bits`].
    pub const ALL: [Form; 4] = [Form::FULL, Form::SHORT, Form::ASCII, Form::ASCII_SHORT];

    /// The form of C flags: bit 0 (`SIP_FORM_SHORT`) and bit 1
    /// (`SIP_FORM_ASCII`); other bits are ignored.
    pub const fn from_bits(bits: u32) -> Form {
        Form {
            short: bits & 1 != 0,
            ascii: bits & 2 != 0,
        }
    }

    pub const fn bits(self) -> u32 {
        self.short as u32 | (self.ascii as u32) << 1
    }

    /// The Fluent attribute that gives this form, `None` for the value.
    const fn attribute(self) -> Option<&'static str> {
        match (self.short, self.ascii) {
            (false, false) => None,
            (true, false) => Some("short"),
            (false, true) => Some("ascii"),
            (true, true) => Some("ascii-short"),
        }
    }
}

impl std::ops::BitOr for Form {
    type Output = Form;
    fn bitor(self, other: Form) -> Form {
        Form::from_bits(self.bits() | other.bits())
    }
}

/// One message a locale provides. Its slot is its place in a [`Catalog`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Message {
    /// The reason phrase of `TABLE[row]`, in a form.
    Reason(usize, Form),
    /// The description of `TABLE[row]`.
    Description(usize),
    ClassName(Class, Form),
    /// The name of Q.850 cause `CAUSES[row]`.
    Q850Cause(usize),
    Q850Class(CauseClass),
    /// The text of warn-code `WARN_CODES[row]`.
    Warning(usize),
}

/// Whether `slot` is a cold message's ([`Message::is_cold`]).
const fn slot_is_cold(slot: usize) -> bool {
    (slot >= TABLE.len() && slot < CLASS_BASE)
        || (slot >= Q850_BASE && slot < FORMS_BASE)
        || slot >= WARNING_BASE
}

const CLASS_BASE: usize = 2 * TABLE.len();
const Q850_BASE: usize = CLASS_BASE + Class::ALL.len();
const Q850_CLASS_BASE: usize = Q850_BASE + CAUSES.len();
/// The short and ASCII forms come after every message they derive from.
const FORMS_BASE: usize = Q850_CLASS_BASE + CauseClass::ALL.len();
const CLASS_FORMS_BASE: usize = FORMS_BASE + 3 * TABLE.len();
/// The warn-code texts come last: added after the layout above was set.
const WARNING_BASE: usize = CLASS_FORMS_BASE + 3 * Class::ALL.len();
/// The number of messages in a complete catalog.
pub(crate) const SLOTS: usize = WARNING_BASE + WARN_CODES.len();

impl Message {
    pub(crate) const fn slot(self) -> usize {
        let form = self.form().bits() as usize;
        match self {
            Message::Reason(row, _) if form == 0 => row,
            Message::Reason(row, _) => FORMS_BASE + (form - 1) * TABLE.len() + row,
            Message::Description(row) => TABLE.len() + row,
            Message::ClassName(class, _) if form == 0 => CLASS_BASE + class as usize - 1,
            Message::ClassName(class, _) => {
                CLASS_FORMS_BASE + (form - 1) * Class::ALL.len() + class as usize - 1
            }
            Message::Q850Cause(row) => Q850_BASE + row,
            Message::Q850Class(class) => Q850_CLASS_BASE + class as usize - 1,
            Message::Warning(row) => WARNING_BASE + row,
        }
    }

    /// Whether a shipped locale keeps the message compressed (see the
    /// module's documentation): not what `sip_reason`, `sip_reason_as` and
    /// the class names read. build.rs applies the same rule by key.
    #[inline(always)]
    pub(crate) const fn is_cold(self) -> bool {
        matches!(
            self,
            Message::Description(_)
                | Message::Q850Cause(_)
                | Message::Q850Class(_)
                | Message::Warning(_)
        )
    }

    pub(crate) const fn form(self) -> Form {
        match self {
            Message::Reason(_, form) | Message::ClassName(_, form) => form,
            _ => Form::FULL,
        }
    }

    /// The same message in another form (itself if it has no forms).
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn with_form(self, form: Form) -> Message {
        match self {
            Message::Reason(row, _) => Message::Reason(row, form),
            Message::ClassName(class, _) => Message::ClassName(class, form),
            other => other,
        }
    }

    /// Every message, in slot order.
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn all() -> impl Iterator<Item = Message> {
        let rows = 0..TABLE.len();
        let full = rows
            .clone()
            .map(|row| Message::Reason(row, Form::FULL))
            .chain(rows.clone().map(Message::Description))
            .chain(Class::ALL.map(|c| Message::ClassName(c, Form::FULL)))
            .chain((0..CAUSES.len()).map(Message::Q850Cause))
            .chain(CauseClass::ALL.into_iter().map(Message::Q850Class));
        let forms = Form::ALL[1..].iter().copied();
        let reason_forms = forms
            .clone()
            .flat_map(move |f| rows.clone().map(move |row| Message::Reason(row, f)));
        let class_forms = forms.flat_map(|f| {
            Class::ALL
                .into_iter()
                .map(move |c| Message::ClassName(c, f))
        });
        let warnings = (0..WARN_CODES.len()).map(Message::Warning);
        full.chain(reason_forms).chain(class_forms).chain(warnings)
    }

    /// The Fluent message id and, for descriptions and forms, the attribute.
    pub(crate) fn fluent_id(self) -> (String, Option<&'static str>) {
        match self {
            Message::Reason(row, form) => (format!("sip-{}", TABLE[row].code), form.attribute()),
            Message::Description(row) => (format!("sip-{}", TABLE[row].code), Some("description")),
            Message::ClassName(class, form) => (class.message_id().to_owned(), form.attribute()),
            Message::Q850Cause(row) => (format!("q850-{}", CAUSES[row]), None),
            Message::Q850Class(class) => (class.message_id().to_owned(), None),
            Message::Warning(row) => (format!("warning-{}", WARN_CODES[row].code), None),
        }
    }
}

impl Message {
    /// The file of a locale folder that gives the message: `sip.ftl`,
    /// `q850.ftl` or `warning.ftl`.
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn file(self) -> &'static str {
        match self {
            Message::Reason(..) | Message::Description(_) | Message::ClassName(..) => "sip.ftl",
            Message::Q850Cause(_) | Message::Q850Class(_) => "q850.ftl",
            Message::Warning(_) => "warning.ftl",
        }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.fluent_id() {
            (id, None) => f.write_str(&id),
            (id, Some(attr)) => write!(f, "{id}.{attr}"),
        }
    }
}

/// A finished string that is never freed, with its NUL: the text plus a
/// NUL, so C can take it as is (and the pointer C gets covers the NUL).
/// Copying it copies a pointer and a length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StaticText(&'static str);

impl StaticText {
    /// `s` with a NUL, kept for the life of the process.
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn leak(s: &str) -> StaticText {
        let mut owned = String::with_capacity(s.len() + 1);
        owned.push_str(s);
        owned.push('\0');
        StaticText(Box::leak(owned.into_boxed_str()))
    }

    /// A string that ends with its NUL.
    pub(crate) const fn with_nul(s: &'static str) -> StaticText {
        match s.as_bytes().split_last() {
            Some((0, _)) => StaticText(s),
            _ => panic!("no NUL at the end"),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        // Every constructor ensures the NUL, one byte, is the last.
        self.0.get(..self.0.len() - 1).unwrap_or_default()
    }

    /// The string with its NUL, for C.
    pub(crate) fn as_c_ptr(self) -> *const u8 {
        self.0.as_ptr()
    }
}

/// The most bytes one locale's text may hold, NULs included: offsets are
/// 16 bits (the largest shipped locale, Georgian, needs about 31 KB).
pub const MAX_LOCALE_TEXT: usize = u16::MAX as usize;

/// Every message of one locale: see the module's documentation. Two
/// references, copied by value into the caches of the hot path.
#[derive(Clone, Copy)]
pub(crate) struct Catalog {
    /// Every string (but the cold ones of a shipped locale), each followed
    /// by a NUL.
    text: &'static str,
    /// Where each slot's string starts, and the cold text if it is apart.
    table: &'static Table,
}

/// The offsets of a [`Catalog`] and, for a shipped locale, which
/// [`COLD`] text is its own. Plain data, so that the shipped ones stay
/// read-only static data that every process shares (no relocation).
pub(crate) struct Table {
    /// For each slot, where its string starts: in the cold text for a cold
    /// slot of a shipped locale, else in the catalog's text.
    offsets: [u16; SLOTS],
    /// The index of the locale's cold text in [`COLD`], or [`NO_COLD`].
    cold: u16,
}

/// `Table::cold` of a locale whose text is all in one piece (a runtime
/// load's).
const NO_COLD: u16 = u16::MAX;

impl Table {
    /// A shipped locale's, made by `build.rs`.
    const fn shipped(offsets: [u16; SLOTS], cold: u16) -> Table {
        Table { offsets, cold }
    }
}

/// A shipped locale's cold text (see the module's documentation): a raw
/// deflate stream made by `build.rs`, inflated on first use into a buffer
/// that is never freed.
pub(crate) struct ColdText {
    stream: &'static [u8],
    /// Its bytes once inflated (every string and its NUL).
    len: usize,
    /// `None` when the stream did not inflate to `len` bytes of UTF-8
    /// ending in a NUL (never for build.rs's output): the strings then
    /// come from English, or are empty (see `Catalog::cold_at`).
    text: OnceLock<Option<&'static str>>,
}

impl ColdText {
    #[cfg_attr(not(feature = "deflate-cold-text"), allow(dead_code))]
    pub(crate) const fn shipped(stream: &'static [u8], len: usize) -> ColdText {
        ColdText {
            stream,
            len,
            text: OnceLock::new(),
        }
    }

    /// The text, inflated by the first call of the process.
    fn text(&self) -> Option<&'static str> {
        *self.text.get_or_init(|| {
            inflate(self.stream, self.len).map(|text| &*Box::leak(text.into_boxed_str()))
        })
    }
}

/// `stream` (raw deflate) inflated, when it gives exactly `len` bytes of
/// UTF-8 that end in a NUL; `None` otherwise. Never panics.
#[cfg(feature = "deflate-cold-text")]
fn inflate(stream: &[u8], len: usize) -> Option<String> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut out = vec![0u8; len];
    // About 11 KB of state: on the heap, not on a small thread stack.
    let mut state = Box::<DecompressorOxide>::default();
    // The whole output at once (no wrapping window), no zlib header.
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, _, written) = decompress(&mut state, stream, &mut out, 0, flags);
    if status != TINFLStatus::Done || written != len || out.last() != Some(&0) {
        return None;
    }
    String::from_utf8(out).ok()
}

/// Without feature `deflate-cold-text` there is no cold text apart
/// (`COLD` is empty), so nothing calls this.
#[cfg(not(feature = "deflate-cold-text"))]
fn inflate(_: &[u8], _: usize) -> Option<String> {
    None
}

/// A locale compiled in by `build.rs`.
pub(crate) struct ShippedLocale {
    /// The canonical tag (`"pt-BR"`, with its NUL for C).
    pub(crate) tag: StaticText,
    pub(crate) catalog: Catalog,
}

include!(concat!(env!("OUT_DIR"), "/shipped_locales.rs"));

/// `REASON_SLOT[n]`: the slot of number `n`'s reason phrase, its own or
/// its class's name, or `NO_SLOT` when `n` is no code: what `sip_reason`
/// reads, with the locale's offsets, so a lookup is two loads.
const NO_SLOT: u16 = u16::MAX;
static REASON_SLOT: [u16; CODE_LIMIT] = {
    assert!(SLOTS < NO_SLOT as usize);
    let mut slots = [NO_SLOT; CODE_LIMIT];
    let mut n = 100;
    while n < 700 {
        slots[n] = Message::ClassName(Class::ALL[n / 100 - 1], Form::FULL).slot() as u16;
        n += 1;
    }
    let mut row = 0;
    while row < TABLE.len() {
        slots[TABLE[row].code as usize] = Message::Reason(row, Form::FULL).slot() as u16;
        row += 1;
    }
    slots
};

impl Catalog {
    /// A table made by `build.rs`.
    pub(crate) const fn shipped(text: &'static str, table: &'static Table) -> Catalog {
        Catalog { text, table }
    }

    /// A table of `texts` (one per slot, in slot order), kept for the life
    /// of the process; `None` when they need more than [`MAX_LOCALE_TEXT`]
    /// bytes.
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn leak(texts: &[String]) -> Option<Catalog> {
        assert_eq!(texts.len(), SLOTS, "one text per slot");
        let mut text = String::new();
        let mut table = Box::new(Table {
            offsets: [0u16; SLOTS],
            cold: NO_COLD,
        });
        let mut at: std::collections::HashMap<&str, u16> = std::collections::HashMap::new();
        for (slot, s) in texts.iter().enumerate() {
            // `check` refuses longer values; cut anyway, on a character.
            let mut len = s.len().min(crate::text::MAX_VALUE_LEN);
            while !s.is_char_boundary(len) {
                len -= 1;
            }
            let s = &s[..len];
            let offset = match at.get(s) {
                Some(&offset) => offset,
                None => {
                    let offset = u16::try_from(text.len()).ok()?;
                    text.push_str(s);
                    text.push('\0');
                    at.insert(s, offset);
                    offset
                }
            };
            table.offsets[slot] = offset;
        }
        if text.len() > MAX_LOCALE_TEXT {
            return None;
        }
        Some(Catalog {
            text: Box::leak(text.into_boxed_str()),
            table: Box::leak(table),
        })
    }

    /// The string of `slot`, a cold one's if `cold` (which the caller
    /// knows, from the message, at compile time on the hot paths).
    #[inline(always)]
    fn at(&self, slot: usize, cold: bool) -> StaticText {
        match COLD.get(usize::from(self.table.cold)) {
            Some(text) if cold => self.cold_at(text, slot),
            _ => string_at(self.text, self.table.offsets.get(slot)),
        }
    }

    /// A cold slot's string, from the inflated text; from English's (or
    /// empty, for English itself) if it would not inflate.
    #[inline(never)]
    fn cold_at(&self, cold: &ColdText, slot: usize) -> StaticText {
        match cold.text() {
            Some(text) => string_at(text, self.table.offsets.get(slot)),
            None => {
                let english = SHIPPED[0].catalog;
                if std::ptr::eq(self.table, english.table) {
                    StaticText("\0")
                } else {
                    english.at(slot, true)
                }
            }
        }
    }

    /// The text of `slot`.
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn text_at(&self, slot: usize) -> &'static str {
        self.at(slot, slot_is_cold(slot)).as_str()
    }

    #[inline(always)]
    pub(crate) fn get(&self, message: Message) -> StaticText {
        self.at(message.slot(), message.is_cold())
    }

    /// What `sip_reason` returns for C `code` (taken as unsigned, so that
    /// every negative value is out of range too): the phrase, its own or
    /// its class's name, NUL-terminated; null when `code` is no code. Two
    /// loads and an add; never panics.
    #[inline(always)]
    pub(crate) fn reason_ptr(self, code: u32) -> *const u8 {
        let slot = match REASON_SLOT.get(code as usize) {
            Some(&slot) if slot != NO_SLOT => usize::from(slot),
            _ => return std::ptr::null(),
        };
        match self.table.offsets.get(slot) {
            // The offset is within `text`, whose pointer covers the NUL.
            Some(&offset) => self.text.as_ptr().wrapping_add(usize::from(offset)),
            None => std::ptr::null(),
        }
    }

    /// Whether both are the same table (not only the same texts).
    #[cfg_attr(not(feature = "runtime-load"), allow(dead_code))]
    pub(crate) fn is(self, other: Catalog) -> bool {
        std::ptr::eq(self.text, other.text)
    }

    /// Whether both tables give the same text in every slot.
    #[cfg(test)]
    pub(crate) fn same_texts(&self, other: &Catalog) -> bool {
        (0..SLOTS).all(|slot| self.text_at(slot) == other.text_at(slot))
    }
}

/// The string at `offset` in `text` and the NUL after it (at most
/// `MAX_VALUE_LEN` bytes on). `leak` and build.rs make the offsets from the
/// text, so no `get` gives "" in truth, rather than read anything else. No
/// call to core's searchers: the firmware build links no code that can
/// panic or unwind on this path (see static_negotiation.rs).
#[inline(always)]
fn string_at(text: &'static str, offset: Option<&u16>) -> StaticText {
    let start = offset.map_or(usize::MAX, |&o| usize::from(o));
    let rest = text.get(start..).unwrap_or_default();
    let end = rest.bytes().position(|b| b == 0).map_or(0, |nul| nul + 1);
    StaticText(rest.get(..end).filter(|s| !s.is_empty()).unwrap_or("\0"))
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("bytes", &self.text.len())
            .finish()
    }
}

#[cfg(test)]
#[allow(clippy::undocumented_unsafe_blocks)] // pointers into static tables
mod tests {
    use super::*;

    #[test]
    fn build_rs_lays_out_the_slots_as_message_does() {
        let keys: Vec<String> = Message::all().map(|m| m.to_string()).collect();
        assert_eq!(keys.len(), SLOTS);
        assert_eq!(keys, SLOT_KEYS);
    }

    #[test]
    fn every_slot_of_every_shipped_locale_is_one_clean_line() {
        for locale in &SHIPPED {
            for message in Message::all() {
                let text = locale.catalog.get(message).as_str();
                assert_eq!(
                    crate::text::issue(text),
                    None,
                    "{} {message}: {text:?}",
                    locale.tag.as_str()
                );
                // SAFETY: the pointer is into `locale.catalog.text`, and the
                // NUL after every string is part of it.
                let nul = unsafe { *locale.catalog.get(message).as_c_ptr().add(text.len()) };
                assert_eq!(nul, 0, "{} {message}", locale.tag.as_str());
            }
        }
    }

    #[test]
    fn reason_slots() {
        let en = SHIPPED[0].catalog;
        let text = |code: u32| {
            let p = en.reason_ptr(code);
            // SAFETY: a non-null result points to a NUL-terminated string
            // in a static table.
            (!p.is_null()).then(|| {
                unsafe { std::ffi::CStr::from_ptr(p.cast()) }
                    .to_str()
                    .unwrap()
            })
        };
        assert_eq!(text(486), Some("Busy Here"));
        assert_eq!(text(499), Some("Client Failure"));
        assert_eq!(text(701), Some("Party Hangs Up"));
        for n in [-1i32 as u32, 0, 99, 700, 702, 1000, u32::MAX] {
            assert_eq!(text(n), None, "{n}");
        }
    }

    #[test]
    #[cfg(not(feature = "deflate-cold-text"))]
    fn without_deflate_every_text_is_in_one_piece() {
        assert!(COLD.is_empty());
        for locale in &SHIPPED {
            assert_eq!(locale.catalog.table.cold, NO_COLD);
        }
    }

    #[test]
    fn build_rs_keeps_cold_what_message_calls_cold() {
        for message in Message::all() {
            let slot = message.slot();
            assert_eq!(message.is_cold(), SLOT_IS_COLD[slot], "{message}");
            assert_eq!(message.is_cold(), slot_is_cold(slot), "{message}");
        }
        // Phrases, their forms and class names are hot; the rest is not.
        assert!(!Message::Reason(0, Form::ASCII_SHORT).is_cold());
        assert!(!Message::ClassName(Class::ALL[3], Form::SHORT).is_cold());
        assert!(Message::Description(0).is_cold());
    }

    #[test]
    #[cfg(feature = "deflate-cold-text")]
    fn every_shipped_locale_has_its_own_cold_text() {
        assert_eq!(COLD.len(), SHIPPED.len());
        for (i, locale) in SHIPPED.iter().enumerate() {
            assert_eq!(
                usize::from(locale.catalog.table.cold),
                i,
                "{}",
                locale.tag.as_str()
            );
            let tag = locale.tag.as_str();
            let text = COLD[i].text().unwrap_or_else(|| panic!("{tag}"));
            assert_eq!(text.len(), COLD[i].len);
            // Cold slots point into it, at a string's start.
            for message in Message::all().filter(|m| m.is_cold()) {
                let s = locale.catalog.get(message);
                let at = s.as_c_ptr() as usize - text.as_ptr() as usize;
                assert!(at < text.len(), "{} {message}", locale.tag.as_str());
                assert!(at == 0 || text.as_bytes()[at - 1] == 0);
            }
        }
        // The same pointer every time: C keeps it for the life of the process.
        let en = SHIPPED[0].catalog;
        let first = en.get(Message::Description(0)).as_c_ptr();
        assert_eq!(en.get(Message::Description(0)).as_c_ptr(), first);
    }

    #[test]
    #[cfg(feature = "deflate-cold-text")]
    fn a_cold_text_that_will_not_inflate_gives_english_or_empty() {
        static BAD: ColdText = ColdText::shipped(b"\xffnot deflate", 100);
        let english = SHIPPED[0].catalog;
        let other = SHIPPED[SHIPPED.len() - 1].catalog;
        for message in Message::all().filter(|m| m.is_cold()) {
            let slot = message.slot();
            assert_eq!(other.cold_at(&BAD, slot), english.get(message), "{message}");
            assert_eq!(english.cold_at(&BAD, slot).as_str(), "", "{message}");
        }
        assert_eq!(BAD.text.get(), Some(&None), "tried once, remembered");
    }

    #[test]
    #[cfg(feature = "deflate-cold-text")]
    fn inflate_takes_only_the_whole_stream_to_the_expected_length() {
        let cold = &COLD[0];
        let (stream, len) = (cold.stream, cold.len);
        let text = inflate(stream, len).expect("build.rs's stream");
        assert!(text.ends_with('\0'));
        assert_eq!(inflate(stream, len - 1), None, "longer than said");
        assert_eq!(inflate(stream, len + 1), None, "shorter than said");
        assert_eq!(inflate(&stream[..stream.len() / 2], len), None, "truncated");
        assert_eq!(inflate(&[], len), None);
        assert_eq!(inflate(b"\xff\xff\xff\xff", len), None);
        assert_eq!(inflate(&[], 0), None, "no NUL");
        // A stored block (raw deflate, final, 2 bytes) of invalid UTF-8.
        assert_eq!(inflate(&[1, 2, 0, 0xfd, 0xff, 0xff, 0], 2), None);
        assert_eq!(
            inflate(&[1, 2, 0, 0xfd, 0xff, b'a', 0], 2).as_deref(),
            Some("a\0")
        );
    }

    #[test]
    fn a_leaked_table_reads_back() {
        let texts: Vec<String> = (0..SLOTS).map(|i| format!("t{}", i % 7)).collect();
        let c = Catalog::leak(&texts).unwrap();
        for (slot, t) in texts.iter().enumerate() {
            assert_eq!(c.text_at(slot), t);
        }
        assert!(c.same_texts(&c));
        assert!(!c.same_texts(&SHIPPED[0].catalog));
    }
}
