//! `sipstatus`: what a SIP response code means, in a chosen language; codes
//! looked up by name; every code as a table; languages side by side for
//! translators to review; Q.850 causes and Warning codes; the man page and
//! shell completions.
//!
//! Its own crate (cli/, package `sipstatus-cli`) so that the library pulls
//! in no argument parser: `cargo run -p sipstatus-cli -- 486`, `cargo
//! install --path cli`. Exit status: 0 on success; 1 when `--locale-dir`
//! cannot be loaded, a name matches no code, or a line of standard input is
//! not a code; 2 for a bad command line (clap's convention).

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use serde_json::{json, Map, Value};
use sipstatus::{Cause, Class, Form, Lang, Reason, Status, StatusCode, WarnCode, Warning};
use std::ffi::OsStr;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

#[derive(Parser)]
#[command(
    name = "sipstatus",
    // The library's version: the tool is its front end, and says which
    // tables it carries.
    version = sipstatus::VERSION,
    about = "What a SIP response code means, in the reader's language.",
    long_about = "What a SIP response code means, in the reader's language.\n\n\
                  Give codes (486), names to look up (busy: every code whose phrase, in the \
                  chosen language or English, or whose constant name, e.g. BUSY_HERE, \
                  contains it, in any letter case), or pipe them on standard input, one per \
                  line. The language is --lang, else the first of LC_ALL, LC_MESSAGES and \
                  LANG that is set and not empty (C and POSIX mean English; a locale that \
                  is not available gives English).",
    after_help = format!("Examples:\n  {}", EXAMPLES.join("\n  ")),
    args_conflicts_with_subcommands = true,
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// SIP response codes (e.g. 486), names to look up (e.g. busy), or - to
    /// read them from standard input, one per line (also what no argument
    /// does when standard input is not a terminal). Codes of 100 to 699
    /// that are not in the table get their class's name as phrase, as in
    /// the library.
    #[arg(
        value_name = "CODE|NAME",
        value_parser = parse_item,
        allow_negative_numbers = true,
        conflicts_with_all = ["table", "compare", "langs", "q850", "warning", "warnings"]
    )]
    items: Vec<Item>,

    /// The language: a tag (de, pt-BR) or a POSIX locale name (de_DE.UTF-8).
    /// Without it: LC_ALL, LC_MESSAGES, LANG.
    #[arg(short, long, value_name = "LANG", conflicts_with_all = ["compare", "langs"])]
    lang: Option<String>,

    /// Print every known code, with its phrase and description.
    #[arg(short, long, conflicts_with_all = ["compare", "langs"])]
    table: bool,

    /// Print the phrases of two or more languages side by side, for review.
    #[arg(
        short,
        long,
        value_name = "LANG,LANG",
        value_delimiter = ',',
        conflicts_with_all = ["langs"]
    )]
    compare: Option<Vec<String>>,

    /// List the available languages.
    #[arg(long)]
    langs: bool,

    /// An ITU-T Q.850 cause value (1 to 127): its name, class, the SIP
    /// response RFC 3398 maps it to, and its Reason header value.
    #[arg(long, value_name = "CAUSE", value_parser = parse_cause, conflicts_with_all = ["table", "compare", "langs"])]
    q850: Option<Cause>,

    /// A registered warn-code (RFC 3261 §20.43, e.g. 307): its text, the
    /// registered English text, its RFC, and its Warning header value.
    #[arg(long, value_name = "CODE", value_parser = parse_warn_code, conflicts_with_all = ["table", "compare", "langs", "q850", "warnings"])]
    warning: Option<WarnCode>,

    /// Print every registered warn-code with its text.
    #[arg(long, conflicts_with_all = ["table", "compare", "langs", "q850"])]
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

    /// Print JSON instead of text: an object for one code given as an
    /// argument, else an array of them.
    #[arg(long)]
    json: bool,

    /// First load extra or replacement locales from DIR/<lang>/*.ftl, as a
    /// program would with sip_load_locale_dir.
    #[arg(long, value_name = "DIR")]
    locale_dir: Vec<PathBuf>,
}

/// The examples of `--help` and of the man page.
const EXAMPLES: [&str; 10] = [
    "sipstatus 486 --lang de",
    "sipstatus 486 603 487",
    "sipstatus busy",
    "cut -d' ' -f2 calls.log | sipstatus --json",
    "sipstatus --table --lang fr",
    "sipstatus --compare en,fr",
    "sipstatus --q850 17 --lang de",
    "sipstatus --warning 307 --lang de --agent sip.example.com",
    "sipstatus --warnings --lang fr",
    "sipstatus generate man > sipstatus.1",
];

#[derive(Subcommand)]
enum Command {
    /// Print the man page or a shell's completion script to standard output
    /// (scripts/install-cli installs them).
    Generate {
        #[arg(value_enum)]
        what: Generated,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Generated {
    /// The man page, sipstatus(1), in roff.
    Man,
    /// Completions for bash.
    Bash,
    /// Completions for zsh.
    Zsh,
    /// Completions for fish.
    Fish,
}

/// One thing to look up: a code, a name, or "read standard input".
#[derive(Clone, Debug)]
enum Item {
    Code(StatusCode),
    Name(String),
    Stdin,
}

/// An argument or a line of standard input: a number is a code (and must be
/// one), `-` is standard input, anything else a name to look up.
fn parse_item(s: &str) -> Result<Item, String> {
    let s = s.trim();
    if s == "-" {
        return Ok(Item::Stdin);
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // Too large for i64 is as invalid as 1000: say so in the same words.
        let n = s.parse().unwrap_or(i64::MAX);
        return StatusCode::new(n)
            .map(Item::Code)
            .map_err(|e| e.to_string().replacen(&n.to_string(), s, 1));
    }
    if s.is_empty() {
        return Err("an empty argument is no code and no name".to_owned());
    }
    Ok(Item::Name(s.to_owned()))
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
    if let Some(Command::Generate { what }) = cli.command {
        return write_out(&generate(what));
    }
    if cli.agent.is_some() && cli.warning.is_none() {
        usage_error("--agent is the agent of --warning's header value: give --warning CODE too");
    }
    for dir in &cli.locale_dir {
        if let Err(e) = sipstatus::load_locale_dir(dir) {
            eprintln!("sipstatus: cannot load {}:\n{e}", dir.display());
            return ExitCode::FAILURE;
        }
    }
    let form = Form {
        short: cli.short,
        ascii: cli.ascii,
    };
    let out = if cli.table {
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
        let langs: Vec<Lang> = tags.iter().map(|t| lang_tag(t)).collect();
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
    } else if cli.langs {
        if cli.json {
            json_text(&json!(Lang::all().map(Lang::tag).collect::<Vec<_>>()))
        } else {
            Lang::all().map(|l| format!("{l}\n")).collect()
        }
    } else {
        let mut items = cli.items;
        if items.is_empty() {
            if io::stdin().is_terminal() {
                usage_error(NOTHING_TO_DO);
            }
            items.push(Item::Stdin);
        }
        let lang = lang_arg(cli.lang.as_deref());
        return lookup(&items, lang, form, cli.json);
    };
    write_out(&out)
}

const NOTHING_TO_DO: &str = "give a code (e.g. 486), a name to look up (e.g. busy), \
                             or one of --table, --compare, --langs, --q850, \
                             --warning, --warnings; \
                             or pipe codes to standard input, one per line";

/// Writes `out` to standard output; a closed pipe (`sipstatus --table |
/// head`) is not an error.
fn write_out(out: &str) -> ExitCode {
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

/// The man page or a completion script, from the same definition as the
/// tool's own parser.
fn generate(what: Generated) -> String {
    let shell = match what {
        Generated::Man => return man_page(),
        Generated::Bash => clap_complete::Shell::Bash,
        Generated::Zsh => clap_complete::Shell::Zsh,
        Generated::Fish => clap_complete::Shell::Fish,
    };
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "sipstatus", &mut buf);
    String::from_utf8(buf).expect("completions are UTF-8")
}

/// sipstatus(1): clap_mangen's sections, with `generate` described in a
/// COMMANDS section of its own (clap_mangen would point to a page
/// sipstatus-generate(1) that is not installed), then ENVIRONMENT, EXIT
/// STATUS and EXAMPLES.
fn man_page() -> String {
    type Section = fn(&clap_mangen::Man, &mut dyn Write) -> io::Result<()>;
    let cmd = Cli::command().mut_subcommand("generate", |s| s.hide(true));
    let man = clap_mangen::Man::new(cmd);
    // Each part comes with the same two-line preamble; the page keeps one.
    let preamble = roff::Roff::new().render();
    let mut page = preamble.clone();
    let mut add = |text: String| page.push_str(text.strip_prefix(&preamble).unwrap_or(&text));
    let sections: [Section; 5] = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
        clap_mangen::Man::render_options_section,
    ];
    let render = |section: Section| {
        let mut buf = Vec::new();
        section(&man, &mut buf).expect("writing to a Vec cannot fail");
        String::from_utf8(buf).expect("the man page is UTF-8")
    };
    for section in sections {
        add(render(section));
    }
    let mut extra = roff::Roff::new();
    extra
        .control("SH", ["COMMANDS"])
        .control("TP", [])
        .text([
            roff::bold("sipstatus generate"),
            roff::roman(" "),
            roff::italic("man|bash|zsh|fish"),
        ])
        .text([roff::roman(
            "Print this page (roff) or the completion script of bash, zsh or fish to \
             standard output. scripts/install-cli in the source tree installs them.",
        )])
        .control("SH", ["ENVIRONMENT"])
        .text([roff::roman(
            "Without --lang, the language is that of the first of these that is set and \
             not empty, in the order POSIX gives for messages. C and POSIX, a locale \
             sipstatus does not have, and none at all mean English.",
        )]);
    let environment = [
        ("LC_ALL", "Overrides the other two."),
        ("LC_MESSAGES", "The language of messages."),
        ("LANG", "The default for every category."),
    ];
    let exit_status = [
        ("0", "Success."),
        (
            "1",
            "A name matched no code or a line of standard input was no code (the \
             others are still answered), or --locale-dir could not be loaded.",
        ),
        (
            "2",
            "A bad command line; nothing is printed to standard output.",
        ),
    ];
    for (heading, items) in [("", environment), ("EXIT STATUS", exit_status)] {
        if !heading.is_empty() {
            extra.control("SH", [heading]);
        }
        for (term, meaning) in items {
            extra
                .control("TP", [])
                .text([roff::bold(term)])
                .text([roff::roman(meaning)]);
        }
    }
    extra.control("SH", ["EXAMPLES"]).control("nf", []);
    for example in EXAMPLES {
        extra.text([roff::roman(example)]);
    }
    extra.control("fi", []);
    add(extra.render());
    add(render(clap_mangen::Man::render_version_section));
    page
}

/// The locale for `--lang`, else the environment's.
fn lang_arg(tag: Option<&str>) -> Lang {
    match tag {
        Some(tag) => lang_tag(tag),
        None => lang_from_env(|name| std::env::var_os(name)),
    }
}

/// The locale of the environment, as POSIX orders it for messages: the
/// first of LC_ALL, LC_MESSAGES and LANG that is set and not empty decides
/// (C, POSIX, and a locale sipstatus does not have give English; a value
/// that is not UTF-8 too). English when none is set.
fn lang_from_env(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| var(name))
        .find(|value| !value.is_empty())
        .and_then(|value| OsStr::to_str(&value).map(Lang::negotiate))
        .unwrap_or(Lang::ENGLISH)
}

/// The locale for a language the user typed. Unlike the library, which
/// falls back to English for anything, a tool for people says so when no
/// locale matches.
fn lang_tag(tag: &str) -> Lang {
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

/// The known codes `query` names: those whose phrase (in any form, in
/// `lang` or English) or constant name (BUSY_HERE, or busy here) contains
/// it, in any letter case.
fn find(query: &str, lang: Lang) -> Vec<StatusCode> {
    let query = query.to_lowercase();
    let forms = [Form::FULL, Form::SHORT, Form::ASCII, Form::ASCII_SHORT];
    StatusCode::known()
        .filter(|code| {
            let ident = code.entry().map_or("", |e| e.ident).to_lowercase();
            let mut phrases = [lang, Lang::ENGLISH]
                .into_iter()
                .flat_map(|l| forms.map(|f| code.reason_as(l, f)));
            ident.contains(&query)
                || ident.replace('_', " ").contains(&query)
                || phrases.any(|p| p.to_lowercase().contains(&query))
        })
        .collect()
}

/// What the tool prints for the codes and names of `items` (and, for
/// `Item::Stdin`, those of standard input's lines, as they come): each code
/// as a block of text, each name as the list of codes it matches; blocks
/// apart by an empty line. With `json`, one object for a single code
/// argument, else an array of every code found, printed at the end.
fn lookup(items: &[Item], lang: Lang, form: Form, json: bool) -> ExitCode {
    let mut out = Lookup {
        lang,
        form,
        json,
        stdout: io::stdout().lock(),
        found: Vec::new(),
        seen: 0,
        printed: 0,
        failed: false,
    };
    match out.all(items) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sipstatus: {e}");
            return ExitCode::FAILURE;
        }
        Ok(()) => {}
    }
    if out.seen == 0 {
        // Nothing on standard input either.
        usage_error(NOTHING_TO_DO);
    }
    if json {
        let single = matches!(items, [Item::Code(_)]);
        let value = match out.found.len() {
            1 if single => out.found.remove(0),
            _ => Value::Array(out.found),
        };
        drop(out.stdout);
        if write_out(&json_text(&value)) != ExitCode::SUCCESS {
            return ExitCode::FAILURE;
        }
    }
    if out.failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

struct Lookup<'a> {
    lang: Lang,
    form: Form,
    json: bool,
    stdout: io::StdoutLock<'a>,
    /// With `json`: every code found so far.
    found: Vec<Value>,
    /// Items looked up so far, found or not.
    seen: usize,
    /// Blocks printed so far.
    printed: usize,
    /// Whether a name matched nothing or a line was no code.
    failed: bool,
}

impl Lookup<'_> {
    fn all(&mut self, items: &[Item]) -> io::Result<()> {
        for item in items {
            if !matches!(item, Item::Stdin) {
                self.one(item, "")?;
                continue;
            }
            for (n, line) in io::stdin().lock().lines().enumerate() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                let from = format!("standard input, line {}: ", n + 1);
                match parse_item(&line) {
                    Ok(Item::Stdin) => self.fail(&from, "\"-\" is no code and no name"),
                    Ok(item) => self.one(&item, &from)?,
                    Err(e) => self.fail(&from, &e),
                }
            }
        }
        Ok(())
    }

    fn fail(&mut self, from: &str, message: &str) {
        eprintln!("sipstatus: {from}{message}");
        self.seen += 1;
        self.failed = true;
    }

    /// Prints one code's block or one name's matches; `from` says where the
    /// item came from, for an error message.
    fn one(&mut self, item: &Item, from: &str) -> io::Result<()> {
        let (lang, form) = (self.lang, self.form);
        let (text, codes) = match item {
            Item::Code(code) => (code_text(*code, lang, form), vec![*code]),
            Item::Name(name) => {
                let codes = find(name, lang);
                if codes.is_empty() {
                    let message = format!("no known code's phrase or name matches {name:?}");
                    self.fail(from, &message);
                    return Ok(());
                }
                (matches_text(&codes, lang, form), codes)
            }
            Item::Stdin => unreachable!("standard input is read by `all`"),
        };
        self.seen += 1;
        if self.json {
            let values = codes.into_iter().map(|c| code_json(c, lang, true));
            self.found.extend(values);
            return Ok(());
        }
        if self.printed > 0 {
            self.stdout.write_all(b"\n")?;
        }
        self.printed += 1;
        self.stdout.write_all(text.as_bytes())?;
        // From a pipe, each line's answer as the line comes.
        self.stdout.flush()
    }
}

/// The codes a name matched: code, phrase and constant name, in columns.
fn matches_text(codes: &[StatusCode], lang: Lang, form: Form) -> String {
    let rows: Vec<Vec<String>> = codes
        .iter()
        .map(|c| {
            vec![
                c.to_string(),
                c.reason_as(lang, form).to_owned(),
                c.entry().map_or("", |e| e.ident).to_owned(),
            ]
        })
        .collect();
    columns(&rows)
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    /// The locale `vars` (name, value) give.
    fn env_lang(vars: &[(&str, &str)]) -> &'static str {
        let var = |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        };
        lang_from_env(var).tag()
    }

    #[test]
    fn environment_follows_posix_precedence() {
        assert_eq!(env_lang(&[]), "en");
        assert_eq!(env_lang(&[("LANG", "de_DE.UTF-8")]), "de");
        let fr_over_de = [("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")];
        assert_eq!(env_lang(&fr_over_de), "fr");
        let all = [
            ("LC_ALL", "sv_SE.UTF-8"),
            ("LC_MESSAGES", "fr_FR.UTF-8"),
            ("LANG", "de_DE.UTF-8"),
        ];
        assert_eq!(env_lang(&all), "sv");
        // Set but empty is unset.
        let empty = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "de_DE.UTF-8")];
        assert_eq!(env_lang(&empty), "de");
        // The first one set decides, even when it names no locale we have.
        for first in ["C", "POSIX", "C.UTF-8", "qaa_QM.UTF-8"] {
            assert_eq!(
                env_lang(&[("LC_ALL", first), ("LANG", "de_DE.UTF-8")]),
                "en"
            );
        }
        assert_eq!(env_lang(&[("LC_MESSAGES", "pt_BR.UTF-8")]), "pt-BR");
    }

    #[test]
    fn items_are_codes_names_or_stdin() {
        assert!(matches!(parse_item("486"), Ok(Item::Code(c)) if c == StatusCode::BUSY_HERE));
        assert!(matches!(parse_item(" 486 "), Ok(Item::Code(_))));
        assert!(matches!(parse_item("-"), Ok(Item::Stdin)));
        assert!(matches!(parse_item("busy"), Ok(Item::Name(n)) if n == "busy"));
        assert!(matches!(parse_item("48x"), Ok(Item::Name(_))));
        for bad in ["1000", "-5", "99", "99999999999999999999"] {
            let e = parse_item(bad).unwrap_err();
            assert!(
                e.starts_with(&format!("{bad} is not a SIP response code")),
                "{e}"
            );
        }
        assert!(parse_item("  ").is_err());
    }

    #[test]
    fn the_parser_is_consistent() {
        Cli::command().debug_assert();
    }
}
