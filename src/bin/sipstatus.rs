//! `sipstatus`: what a SIP response code means, in a chosen language; every
//! code as a table; languages side by side for translators to review.
//!
//! Built only with the `cli` feature (`cargo run --features cli --bin
//! sipstatus -- 486`), so that building the library for C compiles no
//! argument parser. Exit status: 0 on success, 1 when `--locale-dir` cannot
//! be loaded, 2 for a bad command line (clap's convention).

use clap::error::ErrorKind;
use clap::{ArgGroup, CommandFactory, Parser};
use serde_json::{json, Map, Value};
use sipstatus::{Cause, Class, Form, Lang, Reason, Status, StatusCode, WarnCode, Warning};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

#[derive(Parser)]
#[command(
    name = "sipstatus",
    version,
    about = "What a SIP response code means, in the reader's language.",
    after_help = "Examples:\n  sipstatus 486 --lang de\n  sipstatus --table --lang fr\n  \
                  sipstatus --compare en,fr\n  sipstatus 603 --json\n  sipstatus --q850 17 --lang de\n  \
                  sipstatus --warning 307 --lang de --agent sip.example.com\n  sipstatus --warnings --lang fr"
)]
#[command(group(ArgGroup::new("what").required(true).args(["code", "table", "compare", "langs", "q850", "warning", "warnings"])))]
struct Cli {
    /// A SIP response code, e.g. 486. Codes of 100 to 699 that are not in
    /// the table get their class's name as phrase, as in the library.
    #[arg(value_parser = parse_code, allow_negative_numbers = true)]
    code: Option<StatusCode>,

    /// The language: a tag (de, pt-BR) or a POSIX locale name (de_DE.UTF-8).
    #[arg(short, long, value_name = "LANG", conflicts_with_all = ["compare", "langs"])]
    lang: Option<String>,

    /// Print every known code, with its phrase and description.
    #[arg(short, long, conflicts_with_all = ["code", "compare", "langs"])]
    table: bool,

    /// Print the phrases of two or more languages side by side, for review.
    #[arg(
        short,
        long,
        value_name = "LANG,LANG",
        value_delimiter = ',',
        conflicts_with_all = ["code", "langs"]
    )]
    compare: Option<Vec<String>>,

    /// List the available languages.
    #[arg(long, conflicts_with = "code")]
    langs: bool,

    /// An ITU-T Q.850 cause value (1 to 127): its name, class, the SIP
    /// response RFC 3398 maps it to, and its Reason header value.
    #[arg(long, value_name = "CAUSE", value_parser = parse_cause, conflicts_with_all = ["code", "table", "compare", "langs"])]
    q850: Option<Cause>,

    /// A registered warn-code (RFC 3261 §20.43, e.g. 307): its text, the
    /// registered English text, its RFC, and its Warning header value.
    #[arg(long, value_name = "CODE", value_parser = parse_warn_code, conflicts_with_all = ["code", "table", "compare", "langs", "q850", "warnings"])]
    warning: Option<WarnCode>,

    /// Print every registered warn-code with its text.
    #[arg(long, conflicts_with_all = ["code", "table", "compare", "langs", "q850"])]
    warnings: bool,

    /// The warn-agent of the Warning header value --warning prints: a
    /// host[:port] or a pseudonym (a token). "-" when not given.
    #[arg(long, value_name = "AGENT", value_parser = parse_agent)]
    agent: Option<String>,

    /// Give phrases in their short form (at most 16 columns, for 2x16
    /// displays).
    #[arg(long)]
    short: bool,

    /// Give phrases in printable ASCII only (for displays with an ASCII font).
    #[arg(long)]
    ascii: bool,

    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,

    /// First load extra or replacement locales from DIR/<lang>/*.ftl, as a
    /// program would with sip_load_locale_dir.
    #[arg(long, value_name = "DIR")]
    locale_dir: Vec<PathBuf>,
}

fn parse_code(s: &str) -> Result<StatusCode, String> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!(
            "{s:?} is not a number; give a SIP response code such as 486"
        ));
    }
    // Too large for i64 is as invalid as 1000: say so in the same words.
    let n = s.parse().unwrap_or(i64::MAX);
    StatusCode::new(n).map_err(|e| e.to_string().replacen(&n.to_string(), s, 1))
}

fn parse_cause(s: &str) -> Result<Cause, String> {
    let n: i64 = s
        .parse()
        .map_err(|_| format!("{s:?} is not a number; give a Q.850 cause value such as 17"))?;
    Cause::new(n).ok_or_else(|| format!("{s} is not a cause value that Q.850 assigns"))
}

fn parse_warn_code(s: &str) -> Result<WarnCode, String> {
    let n: i64 = s
        .parse()
        .map_err(|_| format!("{s:?} is not a number; give a warn-code such as 307"))?;
    WarnCode::new(n).ok_or_else(|| {
        let codes: Vec<String> = WarnCode::all().map(|c| c.to_string()).collect();
        format!(
            "{s} is not a registered warn-code; they are {}",
            codes.join(", ")
        )
    })
}

fn parse_agent(s: &str) -> Result<String, String> {
    if sipstatus::is_valid_warn_agent(s) {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "{s:?} is not a warn-agent: give a host[:port] (sip.example.com:5060, [2001:db8::1]) or a token"
        ))
    }
}

/// The warn-agent when --agent is not given: a pseudonym that names no
/// one, as HTTP's Warning examples use.
const NO_AGENT: &str = "-";

fn main() -> ExitCode {
    let cli = Cli::parse();
    for dir in &cli.locale_dir {
        if let Err(e) = sipstatus::load_locale_dir(dir) {
            eprintln!("sipstatus: cannot load {}:\n{e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    if cli.agent.is_some() && cli.warning.is_none() {
        usage_error("--agent is the agent of --warning's header value: give --warning CODE too");
    }
    let form = Form {
        short: cli.short,
        ascii: cli.ascii,
    };
    let out = if let Some(code) = cli.code {
        let lang = lang_arg(cli.lang.as_deref());
        if cli.json {
            json_text(&code_json(code, lang, true))
        } else {
            code_text(code, lang, form)
        }
    } else if cli.table {
        let lang = lang_arg(cli.lang.as_deref());
        if cli.json {
            json_text(&table_json(lang))
        } else {
            table_text(lang, form)
        }
    } else if let Some(tags) = &cli.compare {
        if tags.len() < 2 {
            usage_error("--compare needs two or more languages, e.g. --compare en,fr");
        }
        let langs: Vec<Lang> = tags.iter().map(|t| lang_arg(Some(t))).collect();
        if cli.json {
            json_text(&compare_json(&langs))
        } else {
            compare_text(&langs, form)
        }
    } else if let Some(cause) = cli.q850 {
        let lang = lang_arg(cli.lang.as_deref());
        if cli.json {
            json_text(&cause_json(cause, lang))
        } else {
            cause_text(cause, lang)
        }
    } else if let Some(code) = cli.warning {
        let lang = lang_arg(cli.lang.as_deref());
        let agent = cli.agent.as_deref().unwrap_or(NO_AGENT);
        if cli.json {
            json_text(&warning_json(code, agent, lang))
        } else {
            warning_text(code, agent, lang)
        }
    } else if cli.warnings {
        let lang = lang_arg(cli.lang.as_deref());
        if cli.json {
            let all: Vec<Value> = WarnCode::all()
                .map(|c| warning_json(c, NO_AGENT, lang))
                .collect();
            json_text(&json!({"lang": lang.tag(), "warnings": all}))
        } else {
            warnings_text(lang)
        }
    } else if cli.json {
        json_text(&json!(Lang::all().map(Lang::tag).collect::<Vec<_>>()))
    } else {
        Lang::all().map(|l| format!("{l}\n")).collect()
    };
    // A closed pipe (`sipstatus --table | head`) is not an error.
    match io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("sipstatus: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn usage_error(message: &str) -> ! {
    Cli::command()
        .error(ErrorKind::ValueValidation, message)
        .exit()
}

/// The locale for `--lang`. Unlike the library, which falls back to English
/// for anything, a tool for people says so when no locale matches.
fn lang_arg(tag: Option<&str>) -> Lang {
    let Some(tag) = tag else {
        return Lang::ENGLISH;
    };
    let lang = Lang::negotiate(tag);
    let primary = tag
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if lang == Lang::ENGLISH && !matches!(primary.as_str(), "en" | "c" | "posix") {
        let available: Vec<&str> = Lang::all().map(Lang::tag).collect();
        usage_error(&format!(
            "no locale matches language {tag:?}; available: {}",
            available.join(", ")
        ));
    }
    lang
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Registered => "registered",
        Status::Deprecated => "deprecated",
        Status::Obsolete => "obsolete",
        Status::NonStandard => "non-standard",
    }
}

fn code_text(code: StatusCode, lang: Lang, form: Form) -> String {
    let about = match code.entry() {
        Some(e) if e.rfc == 0 => format!("{}, {}", e.ident, status_name(e.status)),
        Some(e) if e.status == Status::Registered => format!("{}, RFC {}", e.ident, e.rfc),
        Some(e) => format!("{}, RFC {}, {}", e.ident, e.rfc, status_name(e.status)),
        None => "not a known code: the phrase is its class's name".to_owned(),
    };
    let class = match code.class() {
        Some(c) => format!("{}xx {}", c.number(), c.name(lang)),
        None => "none (not 100 to 699)".to_owned(),
    };
    let description = code.description(lang).unwrap_or("-");
    format!(
        "code:        {code} ({about})\nclass:       {class}\nphrase:      {}\n\
         short:       {}\nascii:       {}\n\
         description: {description}\nq850:        {}\nreason:      {}\nlanguage:    {lang}\n",
        code.reason_as(lang, form),
        code.reason_as(
            lang,
            Form::SHORT
                | Form {
                    ascii: form.ascii,
                    short: false
                }
        ),
        code.reason_as(
            lang,
            Form::ASCII
                | Form {
                    short: form.short,
                    ascii: false
                }
        ),
        q850_cell(code, lang),
        reason_cell(code, lang),
    )
}

/// The cause RFC 3398 §8.2.6.1 maps `code` to, with its name, or "-".
fn q850_cell(code: StatusCode, lang: Lang) -> String {
    code.to_q850()
        .map_or_else(|| "-".to_owned(), |c| format!("{c} {}", c.name(lang)))
}

fn cause_text(cause: Cause, lang: Lang) -> String {
    let sip = match cause.to_sip() {
        Some(code) => format!("{code} {} (RFC 3398 §7.2.4.1)", code.reason(lang)),
        None => "none: RFC 3398 maps no response to this cause".to_owned(),
    };
    format!(
        "cause:    {cause}\nname:     {}\nclass:    {}\nsip:      {sip}\nreason:   {}\nlanguage: {lang}\n",
        cause.name(lang),
        cause.class().name(lang),
        Reason::q850(cause, lang),
    )
}

/// The Warning header value of `code` by `agent` (checked by clap).
fn warning_value(code: WarnCode, agent: &str, lang: Lang) -> String {
    Warning::new(code, agent, lang).map_or_else(|e| e.to_string(), |w| w.to_string())
}

fn warning_text(code: WarnCode, agent: &str, lang: Lang) -> String {
    format!(
        "warning:  {code} (RFC {})\ntext:     {}\nenglish:  {}\nheader:   {}\nlanguage: {lang}\n",
        code.rfc(),
        code.text(lang),
        code.registered_text(),
        warning_value(code, agent, lang),
    )
}

fn warning_json(code: WarnCode, agent: &str, lang: Lang) -> Value {
    json!({
        "code": code.value(),
        "rfc": code.rfc(),
        "text": code.text(lang),
        "english": code.registered_text(),
        "agent": agent,
        "header": warning_value(code, agent, lang),
        "lang": lang.tag(),
    })
}

fn warnings_text(lang: Lang) -> String {
    let mut rows = vec![vec!["CODE".to_owned(), "RFC".to_owned(), "TEXT".to_owned()]];
    rows.extend(
        WarnCode::all().map(|c| vec![c.to_string(), c.rfc().to_string(), c.text(lang).to_owned()]),
    );
    columns(&rows)
}

/// The Reason header value of the SIP protocol for a known code, or "-".
fn reason_cell(code: StatusCode, lang: Lang) -> String {
    Reason::sip(code, lang).map_or_else(|| "-".to_owned(), |r| r.to_string())
}

fn cause_json(cause: Cause, lang: Lang) -> Value {
    json!({
        "cause": cause.value(),
        "name": cause.name(lang),
        "class": cause.class().number(),
        "class_name": cause.class().name(lang),
        "sip": cause.to_sip().map(StatusCode::as_u16),
        "reason": Reason::q850(cause, lang).to_string(),
        "lang": lang.tag(),
    })
}

/// One code as JSON; `with_lang` adds the locale (left out inside a table,
/// which gives it once).
fn code_json(code: StatusCode, lang: Lang, with_lang: bool) -> Value {
    let entry = code.entry();
    let mut v = json!({
        "code": code.as_u16(),
        "known": code.is_known(),
        "name": entry.map(|e| e.ident),
        "rfc": entry.map(|e| e.rfc).filter(|&r| r != 0),
        "status": entry.map(|e| status_name(e.status)),
        "class": code.class().map(Class::number),
        "class_name": code.class().map(|c| c.name(lang)),
        "phrase": code.reason(lang),
        "short": code.reason_as(lang, Form::SHORT),
        "ascii": code.reason_as(lang, Form::ASCII),
        "ascii_short": code.reason_as(lang, Form::ASCII_SHORT),
        "description": code.description(lang),
        "q850": code.to_q850().map(Cause::value),
        "reason": Reason::sip(code, lang).map(|r| r.to_string()),
    });
    if with_lang {
        v["lang"] = json!(lang.tag());
    }
    v
}

fn table_json(lang: Lang) -> Value {
    let classes: Vec<Value> = Class::ALL
        .iter()
        .map(|c| json!({"class": c.number(), "name": c.name(lang)}))
        .collect();
    let codes: Vec<Value> = StatusCode::known()
        .map(|c| code_json(c, lang, false))
        .collect();
    json!({"lang": lang.tag(), "classes": classes, "codes": codes})
}

fn compare_json(langs: &[Lang]) -> Value {
    let by_lang = |text: &dyn Fn(Lang) -> &'static str| -> Value {
        let map: Map<String, Value> = langs
            .iter()
            .map(|&l| (l.tag().to_owned(), json!(text(l))))
            .collect();
        Value::Object(map)
    };
    let classes: Vec<Value> = Class::ALL
        .iter()
        .map(|&c| json!({"class": c.number(), "names": by_lang(&|l| c.name(l))}))
        .collect();
    let codes: Vec<Value> = StatusCode::known()
        .map(|c| json!({"code": c.as_u16(), "phrases": by_lang(&|l| c.reason(l))}))
        .collect();
    let tags: Vec<&str> = langs.iter().map(|l| l.tag()).collect();
    json!({"langs": tags, "classes": classes, "codes": codes})
}

fn json_text(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}

/// Rows of cells as columns two spaces apart, padded by display width (a
/// CJK character takes two columns); the last cell is never padded.
fn columns(rows: &[Vec<String>]) -> String {
    let n = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..n)
        .map(|i| {
            let cells = rows.iter().filter_map(|r| r.get(i));
            cells.map(|c| c.width()).max().unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - cell.width() + 2;
                line.extend(std::iter::repeat_n(" ", pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Each class's row, then its codes' rows, as `row` makes them.
fn grouped(
    class_row: impl Fn(Class) -> Vec<String>,
    code_row: impl Fn(StatusCode) -> Vec<String>,
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for class in Class::ALL {
        rows.push(class_row(class));
        let codes = StatusCode::known().filter(|c| c.class() == Some(class));
        rows.extend(codes.map(&code_row));
    }
    // 701 belongs to no class.
    let others = StatusCode::known().filter(|c| c.class().is_none());
    rows.extend(others.map(&code_row));
    rows
}

fn table_text(lang: Lang, form: Form) -> String {
    let header = ["CODE", "PHRASE", "SHORT", "Q.850", "DESCRIPTION"];
    let mut rows = vec![header.map(String::from).to_vec()];
    let short = Form::SHORT | form;
    rows.extend(grouped(
        |class| {
            vec![
                format!("{}xx", class.number()),
                class.name_as(lang, form).into(),
                class.name_as(lang, short).into(),
            ]
        },
        |code| {
            let description = code.description(lang).unwrap_or_default();
            let cause = code.to_q850().map_or_else(|| "-".into(), |c| c.to_string());
            vec![
                code.to_string(),
                code.reason_as(lang, form).into(),
                code.reason_as(lang, short).into(),
                cause,
                description.into(),
            ]
        },
    ));
    columns(&rows)
}

fn compare_text(langs: &[Lang], form: Form) -> String {
    let mut header = vec!["CODE".to_owned()];
    header.extend(langs.iter().map(|l| l.tag().to_uppercase()));
    let mut rows = vec![header];
    rows.extend(grouped(
        |class| {
            let mut row = vec![format!("{}xx", class.number())];
            row.extend(langs.iter().map(|&l| class.name_as(l, form).to_owned()));
            row
        },
        |code| {
            let mut row = vec![code.to_string()];
            row.extend(langs.iter().map(|&l| code.reason_as(l, form).to_owned()));
            row
        },
    ));
    columns(&rows)
}
