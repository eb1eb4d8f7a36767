//! The one reading of a Fluent file: parsed once, its definitions listed
//! in file order with their lines. The runtime loader and resolver
//! (`resolve.rs`), the translators' linter (`lint.rs`) and `build.rs`
//! (which includes this file, as it does `text.rs`) all read Fluent files
//! through it, so they agree on what a file defines and where.
//!
//! Depends on nothing of the crate: `build.rs` compiles it on its own.
//!
//! [`FtlFile::parse`] runs the Fluent parser, which recurses without bound
//! and panics on some escapes (fluent-rs issue 389): files from third
//! parties go through `resolve::check`, which refuses those first.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use fluent_syntax::parser::ParserError;
use std::path::{Path, PathBuf};
use std::{fs, io};

/// The `.ftl` files of a folder, sorted by name: the files of a locale.
/// Entries that are not regular files (or symlinks to one) are left out.
pub fn ftl_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "ftl") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Line numbers of byte offsets in one text, each found in logarithmic
/// time, so that reporting every error of a large file stays linear.
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Lines { starts }
    }

    /// The 1-based line of byte `at`.
    pub fn of(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).max(1)
    }
}

/// One message or term as a file defines it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The message id (`sip-486`), or the term's with its dash (`-brand`).
    pub id: String,
    /// The 1-based line of the id.
    pub line: usize,
    /// Whether it has a value (a message may give attributes only).
    pub has_value: bool,
    /// Its attributes (`short`, `description`, ...) in file order, each
    /// with its line.
    pub attributes: Vec<(String, usize)>,
}

impl Definition {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }

    /// The line of attribute `attr` (its first, as Fluent reads it).
    pub fn attribute_line(&self, attr: &str) -> Option<usize> {
        self.attributes
            .iter()
            .find(|(name, _)| name == attr)
            .map(|&(_, line)| line)
    }
}

/// A Fluent file, parsed: the resource Fluent formats from, its syntax
/// errors, and every definition with its line.
pub struct FtlFile {
    resource: FluentResource,
    errors: Vec<ParserError>,
    lines: Lines,
    definitions: Vec<Definition>,
}

impl FtlFile {
    /// Parses `text`. A byte order mark is no part of it: not for the
    /// parser, not for line numbers. Syntax errors leave the entries that
    /// parse (see [`FtlFile::errors`]).
    pub fn parse(text: &str) -> FtlFile {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let (resource, errors) = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        let lines = Lines::new(resource.source());
        let base = resource.source().as_ptr() as usize;
        // The AST borrows the source: an id's address is its offset.
        let line = |name: &str| lines.of((name.as_ptr() as usize).saturating_sub(base));
        let attributes = |attrs: &[ast::Attribute<&str>]| {
            attrs
                .iter()
                .map(|a| (a.id.name.to_owned(), line(a.id.name)))
                .collect()
        };
        let definitions = resource
            .entries()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some(Definition {
                    id: m.id.name.to_owned(),
                    line: line(m.id.name),
                    has_value: m.value.is_some(),
                    attributes: attributes(&m.attributes),
                }),
                ast::Entry::Term(t) => Some(Definition {
                    id: format!("-{}", t.id.name),
                    line: line(t.id.name),
                    has_value: true,
                    attributes: attributes(&t.attributes),
                }),
                _ => None,
            })
            .collect();
        FtlFile {
            resource,
            errors,
            lines,
            definitions,
        }
    }

    /// The text parsed (without its byte order mark).
    pub fn source(&self) -> &str {
        self.resource.source()
    }

    /// The resource, for a `FluentBundle`.
    pub fn resource(&self) -> &FluentResource {
        &self.resource
    }

    /// The parser's errors, in file order.
    #[allow(dead_code)] // build.rs counts them; the library reports `syntax_errors`
    pub fn errors(&self) -> &[ParserError] {
        &self.errors
    }

    /// The 1-based line of byte `at` of [`FtlFile::source`].
    pub fn line_at(&self, at: usize) -> usize {
        self.lines.of(at)
    }

    /// The byte offset in [`FtlFile::source`] of `part`, a slice of it
    /// (as the resource's AST holds).
    pub fn offset_of(&self, part: &str) -> usize {
        (part.as_ptr() as usize).saturating_sub(self.source().as_ptr() as usize)
    }

    /// Every message and term, in file order, each definition of an id
    /// given twice.
    pub fn definitions(&self) -> &[Definition] {
        &self.definitions
    }

    /// The messages (not terms), in file order.
    pub fn messages(&self) -> impl Iterator<Item = &Definition> {
        self.definitions.iter().filter(|d| !d.is_term())
    }

    /// The definition of message `id` that Fluent uses: the last.
    pub fn message(&self, id: &str) -> Option<&Definition> {
        self.definitions
            .iter()
            .rev()
            .find(|d| !d.is_term() && d.id == id)
    }

    /// Every message value and attribute defined, as `id` or `id.attr`,
    /// with its line, in file order (a key given twice, twice). Terms are
    /// the translator's own, not keys.
    pub fn keys(&self) -> impl Iterator<Item = (String, usize)> + '_ {
        self.messages().flat_map(|d| {
            let value = d.has_value.then(|| (d.id.clone(), d.line));
            let attributes = d
                .attributes
                .iter()
                .map(move |(a, line)| (format!("{}.{a}", d.id), *line));
            value.into_iter().chain(attributes)
        })
    }

    /// The line of attribute `.attr` of message `id` (of the message
    /// itself when `attr` is `None` or not given), or 0 when the file does
    /// not define `id`.
    pub fn line_of_key(&self, id: &str, attr: Option<&str>) -> usize {
        self.message(id).map_or(0, |d| {
            attr.and_then(|a| d.attribute_line(a)).unwrap_or(d.line)
        })
    }

    /// Messages and terms defined more than once, each with the line of
    /// the repeated definition.
    pub fn duplicates(&self) -> Vec<(&str, usize)> {
        let mut seen = std::collections::HashSet::new();
        self.definitions()
            .iter()
            .filter(|d| !seen.insert(d.id.as_str()))
            .map(|d| (d.id.as_str(), d.line))
            .collect()
    }

    /// Each syntax error for a translator: its line, and the line of the
    /// broken entry when that starts earlier (an unclosed `{` is often
    /// noticed only on a later line).
    pub fn syntax_errors(&self) -> impl Iterator<Item = (usize, String)> + '_ {
        let text = self.source();
        self.errors.iter().map(move |e| {
            // An error at the end of the file is on its last line, not after it.
            let line = self
                .lines
                .of(e.pos.start.min(text.trim_end().len().saturating_sub(1)));
            let entry = e.slice.as_ref().map_or(line, |s| self.lines.of(s.start));
            let message = if entry < line {
                format!(
                    "Fluent syntax error: {} (in the entry from line {entry})",
                    e.kind
                )
            } else {
                format!("Fluent syntax error: {}", e.kind)
            };
            (line, message)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\u{FEFF}# comment\n\
        sip-486 = Besetzt\n    .short = Bes.\n    .description = Die Leitung\n\n\
        -brand = X\n\
        only-attrs =\n    .a = 1\n\
        sip-486 = Wieder\n    .short = W\n    .short = W2\n";

    #[test]
    fn definitions_have_their_lines_without_the_byte_order_mark() {
        let f = FtlFile::parse(TEXT);
        assert!(f.errors().is_empty(), "{:?}", f.errors());
        assert!(!f.source().starts_with('\u{FEFF}'));
        let ids: Vec<(&str, usize)> = f
            .definitions()
            .iter()
            .map(|d| (d.id.as_str(), d.line))
            .collect();
        assert_eq!(
            ids,
            [
                ("sip-486", 2),
                ("-brand", 6),
                ("only-attrs", 7),
                ("sip-486", 9)
            ]
        );
        let keys: Vec<(String, usize)> = f.keys().collect();
        let want = [
            ("sip-486", 2),
            ("sip-486.short", 3),
            ("sip-486.description", 4),
            ("only-attrs.a", 8),
            ("sip-486", 9),
            ("sip-486.short", 10),
            ("sip-486.short", 11),
        ];
        assert_eq!(keys, want.map(|(k, l)| (k.to_owned(), l)));
        // Fluent reads the last definition, and its first attribute.
        assert_eq!(f.line_of_key("sip-486", None), 9);
        assert_eq!(f.line_of_key("sip-486", Some("short")), 10);
        assert_eq!(f.line_of_key("sip-486", Some("description")), 9);
        assert_eq!(f.line_of_key("sip-999", None), 0);
        assert_eq!(f.duplicates(), [("sip-486", 9)]);
    }

    #[test]
    fn syntax_errors_name_their_line_and_entry() {
        let f = FtlFile::parse("sip-100 = ok\nsip-404 = {\n");
        let errors: Vec<(usize, String)> = f.syntax_errors().collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, 2, "{errors:?}");
        assert!(
            errors[0].1.starts_with("Fluent syntax error: "),
            "{errors:?}"
        );
        let ids: Vec<&str> = f.messages().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["sip-100"]);
    }
}
