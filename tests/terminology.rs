//! The terminology table of `locales/README.md` is the locales' own
//! words: every cell is the phrase that locale gives for the code in the
//! column's heading, so the table cannot drift from the files.

use sipstatus::{Lang, StatusCode};

#[test]
fn the_terminology_table_matches_the_locales() {
    let readme = include_str!("../locales/README.md");
    let section = readme
        .split("## Terminology")
        .nth(1)
        .expect("locales/README.md has a Terminology section");
    let rows: Vec<Vec<&str>> = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    let header = &rows[0];
    let codes: Vec<StatusCode> = header[1..]
        .iter()
        .map(|h| {
            let n = h.rsplit('(').next().unwrap().trim_end_matches(')');
            StatusCode::new(n.parse().expect(h)).unwrap()
        })
        .collect();
    let mut seen = Vec::new();
    for row in &rows[2..] {
        let tag = row[0].trim_matches('`');
        let lang = Lang::negotiate(tag);
        assert_eq!(
            lang.tag(),
            tag,
            "the table names a locale that is not shipped"
        );
        for (code, cell) in codes.iter().zip(&row[1..]) {
            assert_eq!(code.reason(lang), *cell, "{tag} {code}");
        }
        seen.push(tag);
    }
    let missing: Vec<&str> = Lang::all()
        .map(Lang::tag)
        .filter(|t| *t != "en" && !seen.contains(t))
        .collect();
    assert!(missing.is_empty(), "locales not in the table: {missing:?}");
}

/// README's list of languages is the shipped locales, no more, no fewer.
#[test]
fn the_readme_lists_every_shipped_language() {
    let readme = include_str!("../README.md");
    let section = readme
        .split("## Languages")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("README.md has a Languages section");
    let mut listed: Vec<&str> = section
        .split("(`")
        .skip(1)
        .filter_map(|s| s.split("`)").next())
        .collect();
    listed.sort_unstable();
    let mut shipped: Vec<&str> = Lang::all().map(Lang::tag).collect();
    shipped.sort_unstable();
    assert_eq!(listed, shipped);
}
