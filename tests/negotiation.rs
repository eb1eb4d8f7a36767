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
/// Chinese get the Taiwanese locale, never Simplified.
#[test]
fn traditional_chinese_gets_taiwanese_never_simplified() {
    assert_negotiates(&[
        ("zh-TW", "zh-TW"),
        ("zh_TW.UTF-8", "zh-TW"),
        ("zh_TW.Big5", "zh-TW"),
        ("zh-HK", "zh-TW"),
        ("zh_HK.UTF-8", "zh-TW"),
        ("zh-MO", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("zh-Hant-TW", "zh-TW"),
        ("zh-Hant-HK", "zh-TW"),
        ("zh-Hant-CN", "zh-TW"),
        ("zh-hant", "zh-TW"),
    ]);
}

/// Norwegian: Bokmål answers for the macrolanguage `no` and for Nynorsk,
/// whose readers read Bokmål better than English.
#[test]
fn norwegian_gets_bokmal() {
    assert_negotiates(&[
        ("nb", "nb"),
        ("nb_NO.UTF-8", "nb"),
        ("no", "nb"),
        ("no_NO.UTF-8", "nb"),
        ("nn", "nb"),
        ("nn_NO.UTF-8", "nb"),
        ("nn-NO", "nb"),
    ]);
}

/// Legacy ISO 639 codes still sent by old systems (Java's `Locale` among
/// them): `iw` is Hebrew, `in` Indonesian.
#[test]
fn legacy_codes_reach_hebrew_and_indonesian() {
    assert_negotiates(&[
        ("he", "he"),
        ("he_IL.UTF-8", "he"),
        ("iw", "he"),
        ("iw_IL.UTF-8", "he"),
        ("id", "id"),
        ("id_ID.UTF-8", "id"),
        ("in", "id"),
        ("in_ID", "id"),
    ]);
}

#[test]
fn arabic_answers_for_every_region() {
    let regions = [
        "SA", "AE", "EG", "MA", "DZ", "TN", "LY", "JO", "LB", "SY", "IQ", "KW", "QA", "BH", "OM",
        "YE", "SD", "PS", "MR", "001",
    ];
    let asked: Vec<String> = regions
        .iter()
        .flat_map(|r| [format!("ar-{r}"), format!("ar_{r}.UTF-8")])
        .chain(["ar".to_owned(), "AR".to_owned()])
        .collect();
    let cases: Vec<(&str, &str)> = asked.iter().map(|a| (a.as_str(), "ar")).collect();
    assert_negotiates(&cases);
}

#[test]
fn the_other_new_languages_match_by_language() {
    assert_negotiates(&[
        ("ko", "ko"),
        ("ko_KR.UTF-8", "ko"),
        ("ka_GE.UTF-8", "ka"),
        ("el_GR.UTF-8", "el"),
        ("el-CY", "el"),
        ("vi_VN", "vi"),
        ("ro_RO.UTF-8", "ro"),
        ("ro-MD", "ro"),
        ("hu_HU.UTF-8", "hu"),
        ("fi_FI.UTF-8", "fi"),
        ("da_DK.UTF-8", "da"),
        ("sk_SK.UTF-8", "sk"),
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
        ("qaa", "en"),
        ("qaa_QM.UTF-8", "en"),
        ("tlh", "en"),
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
