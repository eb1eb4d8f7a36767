//! Language negotiation for the shipped locales: POSIX locale names,
//! regions and scripts reach the locale a reader of that language expects.

use sipstatus::negotiate;

/// Every `(asked, expected tag)` pair, all reported at once on failure.
fn assert_negotiates(cases: &[(&str, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|&(asked, want)| {
            let got = negotiate(asked).tag();
            (got != want).then(|| format!("{asked:?} gave {got}, want {want}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn portuguese_has_a_brazilian_and_a_european_locale() {
    assert_negotiates(&[
        ("pt_BR.UTF-8", "pt-BR"),
        ("pt-BR", "pt-BR"),
        ("pt_br", "pt-BR"),
        ("PT-BR", "pt-BR"),
        ("pt-PT", "pt"),
        ("pt_PT.UTF-8", "pt"),
        ("pt", "pt"),
        ("pt-AO", "pt"),
    ]);
}

#[test]
fn simplified_chinese_matches_by_region_and_script() {
    assert_negotiates(&[
        ("zh-Hans-CN", "zh-CN"),
        ("zh_CN.UTF-8", "zh-CN"),
        ("zh-CN", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-SG", "zh-CN"),
    ]);
}

/// CLDR makes root, not zh, the parent of zh-Hant: readers of Traditional
/// Chinese get English until a zh-TW locale exists, never Simplified.
#[test]
fn traditional_chinese_never_gets_simplified() {
    assert_negotiates(&[
        ("zh-TW", "en"),
        ("zh_TW.UTF-8", "en"),
        ("zh-HK", "en"),
        ("zh-MO", "en"),
        ("zh-Hant", "en"),
        ("zh-Hant-TW", "en"),
        ("zh-Hant-CN", "en"),
    ]);
}

#[test]
fn regional_variants_fall_back_to_the_language() {
    assert_negotiates(&[
        ("es-MX", "es"),
        ("es_AR.UTF-8", "es"),
        ("es-419", "es"),
        ("sv_SE", "sv"),
        ("sv-FI", "sv"),
        ("fr_CA", "fr"),
        ("fr_BE.UTF-8@euro", "fr"),
        ("ja_JP.UTF-8", "ja"),
        ("uk_UA", "uk"),
        ("ru_RU", "ru"),
        ("ru_UA.UTF-8", "ru"),
        ("cs_CZ.UTF-8", "cs"),
        ("nl_BE", "nl"),
        ("it_CH", "it"),
        ("pl_PL", "pl"),
        ("tr_TR.UTF-8", "tr"),
        ("de_CH", "de"),
    ]);
}

#[test]
fn languages_without_a_locale_get_english() {
    assert_negotiates(&[
        ("nb_NO.UTF-8", "en"),
        ("fi", "en"),
        ("ko_KR", "en"),
        ("en_GB", "en"),
    ]);
}

#[test]
fn every_locale_negotiates_to_itself() {
    for lang in sipstatus::Lang::all() {
        assert_eq!(negotiate(lang.tag()), lang);
        assert_eq!(negotiate(&lang.tag().replace('-', "_")), lang);
    }
}
