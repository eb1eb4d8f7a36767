//! sipstatus as a native Lua module for C Lua 5.1 (Kamailio's `app_lua` on
//! Debian 12) and 5.4: `local sipstatus = require "sipstatus"`.
//!
//! A thin layer over the Rust API of the `sipstatus` crate, in the shape of
//! [`ffi`](sipstatus::ffi) for C: every function reads its arguments itself
//! and answers `nil, message` for bad input (it never raises a Lua error
//! for it), and does its work under `catch_unwind`, so that not even a bug
//! in the library unwinds into the host: the caller gets `nil, message`
//! again. `lua/README.md` states every function and every rule.
//!
//! The module keeps no state of its own: the table `luaopen_sipstatus`
//! returns holds only functions, and the library behind them answers from
//! tables that are read-only once built (no function here loads locales).

// catch_unwind is what keeps a panic from taking the host down: with
// panic = "abort" it could not. The workspace's profiles unwind.
#[cfg(panic = "abort")]
compile_error!("sipstatus-lua must be built with panic = \"unwind\"");

use mlua::{IntoLua, Lua, MultiValue, Table, Value};
use sipstatus::{
    lang_from_accept_language, q850_to_sip, Cause, Form, InvalidCode, Lang, Reason, StatusCode,
    MAX_ACCEPT_LANGUAGE_LEN, MAX_LANG_LEN, VERSION,
};
use std::fmt::Display;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The module's table, as `require "sipstatus"` returns it. The entry point
/// is `luaopen_sipstatus`.
#[mlua::lua_module(name = "sipstatus")]
fn sipstatus(lua: &Lua) -> mlua::Result<Table> {
    let module = lua.create_table()?;
    let functions: [(&'static str, Body); 11] = [
        ("reason", reason),
        ("description", description),
        ("class", class),
        ("negotiate", negotiate),
        ("lang_from_accept_language", accept_language),
        ("languages", languages),
        ("to_q850", to_q850),
        ("from_q850", from_q850),
        ("q850_name", q850_name),
        ("format_reason", format_reason),
        ("version", version),
    ];
    for (name, body) in functions {
        module.set(name, export(lua, name, body)?)?;
    }
    Ok(module)
}

/// A function's work: its answer, or the message of `nil, message`.
type Body = fn(&Call) -> Result<Answer, String>;

/// What a function gives back, before it becomes Lua values.
enum Answer {
    Text(&'static str),
    Owned(String),
    Number(u16),
    /// `class`: the number and the name.
    NumberAndText(u8, &'static str),
    List(Vec<&'static str>),
}

impl Answer {
    fn into_lua(self, lua: &Lua) -> mlua::Result<MultiValue> {
        let values = match self {
            Answer::Text(text) => vec![text.into_lua(lua)?],
            Answer::Owned(text) => vec![text.into_lua(lua)?],
            Answer::Number(n) => vec![n.into_lua(lua)?],
            Answer::NumberAndText(n, text) => vec![n.into_lua(lua)?, text.into_lua(lua)?],
            Answer::List(items) => vec![Value::Table(lua.create_sequence_from(items)?)],
        };
        Ok(MultiValue::from_vec(values))
    }
}

/// `body` as a Lua function. Its answer, or `nil, message`; a panic inside
/// is caught here and answered as `nil, message` too. Only turning the
/// answer into Lua values (memory for a string or a table) can raise a Lua
/// error, as any allocation in Lua can.
fn export(lua: &Lua, name: &'static str, body: Body) -> mlua::Result<mlua::Function> {
    lua.create_function(move |lua, args: MultiValue| {
        let call = Call { name, args: &args };
        let outcome = catch_unwind(AssertUnwindSafe(|| body(&call))).unwrap_or_else(|_| {
            Err(call.fail("internal error (a bug in sipstatus: please report it)"))
        });
        match outcome {
            Ok(answer) => answer.into_lua(lua),
            Err(message) => Ok(MultiValue::from_vec(vec![
                Value::Nil,
                message.into_lua(lua)?,
            ])),
        }
    })
}

/// One call: the function's name and its arguments.
struct Call<'a> {
    name: &'static str,
    args: &'a MultiValue,
}

/// The longest string read as a number: a code or a cause in decimal,
/// with room for whitespace around it. Longer strings are not numbers.
const MAX_NUMBER_STRING: usize = 64;
/// How much of a bad string argument a message quotes.
const QUOTED: usize = 24;

impl Call<'_> {
    fn arg(&self, i: usize) -> Option<&Value> {
        self.args.get(i)
    }

    /// `nil, message` for argument `i` (0-based), as `luaL_argerror` words it.
    fn bad(&self, i: usize, why: impl Display) -> String {
        format!("sipstatus.{}: bad argument #{} ({why})", self.name, i + 1)
    }

    /// `nil, message` for a valid argument that has no answer.
    fn fail(&self, why: impl Display) -> String {
        format!("sipstatus.{}: {why}", self.name)
    }

    /// Argument `i` as an integer: a Lua number with an integral value, or
    /// a string of decimal digits with an optional sign and whitespace
    /// around (`"486"`, `" 486 "`). Nothing else: not `"486.0"`, `"0x1e6"`.
    fn integer(&self, i: usize) -> Result<i64, String> {
        match self.arg(i) {
            #[allow(clippy::useless_conversion)] // mlua::Integer is i32 on 32-bit targets
            Some(Value::Integer(n)) => Ok(i64::from(*n)),
            Some(Value::Number(x)) => {
                // -2^63 is an i64; 2^63 is the first float past i64::MAX.
                const LIMIT: f64 = 9_223_372_036_854_775_808.0;
                if x.fract() != 0.0 || !x.is_finite() {
                    Err(self.bad(i, format_args!("{} is not an integer", number_text(*x))))
                } else if (-LIMIT..LIMIT).contains(x) {
                    Ok(*x as i64)
                } else {
                    Err(self.bad(i, format_args!("{} is out of range", number_text(*x))))
                }
            }
            Some(Value::String(s)) => {
                let bytes = s.as_bytes();
                let parsed = (bytes.len() <= MAX_NUMBER_STRING)
                    .then(|| std::str::from_utf8(&bytes).ok())
                    .flatten()
                    .map(|t| t.trim_matches(|c: char| c.is_ascii_whitespace()))
                    .filter(|t| {
                        let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
                        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
                    })
                    .and_then(|t| t.parse::<i64>().ok());
                parsed.ok_or_else(|| {
                    self.bad(
                        i,
                        format_args!("{} is not a decimal integer", quoted(&bytes)),
                    )
                })
            }
            other => Err(self.bad(i, format_args!("number expected, got {}", type_name(other)))),
        }
    }

    /// Argument `i` as a SIP response code: 100 to 699, or a known code
    /// outside them (701), as [`StatusCode::new`] admits.
    fn code(&self, i: usize) -> Result<StatusCode, String> {
        let n = self.integer(i)?;
        StatusCode::new(n).map_err(|InvalidCode(n)| self.bad(i, InvalidCode(n)))
    }

    /// Argument `i` as a Q.850 cause value, 1 to 127, assigned or not.
    fn cause_value(&self, i: usize) -> Result<i64, String> {
        let n = self.integer(i)?;
        if (1..=127).contains(&n) {
            Ok(n)
        } else {
            Err(self.bad(i, format_args!("{n} is not a Q.850 cause value (1 to 127)")))
        }
    }

    /// Argument `i` as an assigned Q.850 cause.
    fn cause(&self, i: usize) -> Result<Cause, String> {
        let n = self.cause_value(i)?;
        Cause::new(n).ok_or_else(|| self.fail(format_args!("cause {n} is not assigned by Q.850")))
    }

    /// Argument `i` as a language: nil or absent gives English; a string
    /// is negotiated as `lang` is in C (BCP 47 or POSIX, any case, `-` or
    /// `_`); a string of `MAX_LANG_LEN` bytes or more (C reads no further),
    /// one that is not UTF-8, and one that holds a NUL byte (C would stop
    /// there; Lua strings do not) match nothing: English.
    fn lang(&self, i: usize) -> Result<Lang, String> {
        match self.arg(i) {
            None | Some(Value::Nil) => Ok(Lang::ENGLISH),
            Some(Value::String(s)) => {
                let bytes = s.as_bytes();
                if bytes.len() >= MAX_LANG_LEN || bytes.contains(&0) {
                    return Ok(Lang::ENGLISH);
                }
                Ok(std::str::from_utf8(&bytes).map_or(Lang::ENGLISH, Lang::negotiate))
            }
            other => Err(self.bad(i, format_args!("string expected, got {}", type_name(other)))),
        }
    }

    /// Argument `i` as a form: nil, absent or `"full"`; `"short"`,
    /// `"ascii"`, `"ascii-short"` (the names of the Fluent attributes).
    fn form(&self, i: usize) -> Result<Form, String> {
        let forms = [
            ("full", Form::FULL),
            ("short", Form::SHORT),
            ("ascii", Form::ASCII),
            ("ascii-short", Form::ASCII_SHORT),
        ];
        match self.arg(i) {
            None | Some(Value::Nil) => Ok(Form::FULL),
            Some(Value::String(s)) => {
                let bytes = s.as_bytes();
                forms
                    .iter()
                    .find(|(name, _)| name.as_bytes() == &bytes[..])
                    .map(|&(_, form)| form)
                    .ok_or_else(|| {
                        let why =
                            "is not a form: \"full\", \"short\", \"ascii\" or \"ascii-short\"";
                        self.bad(i, format_args!("{} {why}", quoted(&bytes)))
                    })
            }
            other => Err(self.bad(i, format_args!("string expected, got {}", type_name(other)))),
        }
    }

    /// Argument `i` as an Accept-Language value: nil or absent (no header)
    /// gives `None`; a string of `MAX_ACCEPT_LANGUAGE_LEN` bytes or more
    /// too (C reads no further); invalid UTF-8 is read lossily, as in C.
    fn header(&self, i: usize) -> Result<Option<String>, String> {
        match self.arg(i) {
            None | Some(Value::Nil) => Ok(None),
            Some(Value::String(s)) => {
                let bytes = s.as_bytes();
                if bytes.len() >= MAX_ACCEPT_LANGUAGE_LEN {
                    return Ok(None);
                }
                Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
            }
            other => Err(self.bad(i, format_args!("string expected, got {}", type_name(other)))),
        }
    }
}

/// A value's type as Lua's `type()` names it; "no value" for a missing
/// argument, as `luaL_typerror` says.
fn type_name(value: Option<&Value>) -> &'static str {
    match value {
        None => "no value",
        Some(Value::Integer(_) | Value::Number(_)) => "number",
        Some(Value::LightUserData(_) | Value::UserData(_)) => "userdata",
        Some(v) => v.type_name(),
    }
}

/// A number for a message: `486.5`, `1e+300`, `inf`, `nan`.
fn number_text(x: f64) -> String {
    if x.is_nan() {
        "nan".to_owned()
    } else if x.is_finite() && x.abs() < 1e15 {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

/// A string argument for a message: quoted, at most `QUOTED` characters,
/// control characters escaped.
fn quoted(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut shown: String = text.chars().take(QUOTED).collect();
    if shown.len() < text.len() {
        shown.push_str("...");
    }
    format!("{shown:?}")
}

// The functions, in the order of lua/README.md.

/// `reason(code [, lang [, form]])`: the reason phrase.
fn reason(call: &Call) -> Result<Answer, String> {
    let code = call.code(0)?;
    let lang = call.lang(1)?;
    let form = call.form(2)?;
    Ok(Answer::Text(code.reason_as(lang, form)))
}

/// `description(code [, lang])`: when the code is sent, in one sentence.
fn description(call: &Call) -> Result<Answer, String> {
    let code = call.code(0)?;
    let lang = call.lang(1)?;
    code.description(lang).map(Answer::Text).ok_or_else(|| {
        call.fail(format_args!(
            "{code} has no description (not a code sipstatus knows)"
        ))
    })
}

/// `class(code [, lang])`: the class's number (1 to 6) and name.
fn class(call: &Call) -> Result<Answer, String> {
    let code = call.code(0)?;
    let lang = call.lang(1)?;
    code.class()
        .map(|class| Answer::NumberAndText(class.number(), class.name(lang)))
        .ok_or_else(|| call.fail(format_args!("{code} has no class (not 100 to 699)")))
}

/// `negotiate(lang)`: the tag of the locale that answers for `lang`.
fn negotiate(call: &Call) -> Result<Answer, String> {
    Ok(Answer::Text(call.lang(0)?.tag()))
}

/// `lang_from_accept_language(header)`: the tag of the locale an
/// Accept-Language value asks for.
fn accept_language(call: &Call) -> Result<Answer, String> {
    let lang = match call.header(0)? {
        Some(value) => lang_from_accept_language(&value),
        None => Lang::ENGLISH,
    };
    Ok(Answer::Text(lang.tag()))
}

/// `languages()`: every locale's tag, English first.
fn languages(_: &Call) -> Result<Answer, String> {
    Ok(Answer::List(Lang::all().map(Lang::tag).collect()))
}

/// `to_q850(code)`: RFC 3398 §8.2.6.1's cause for a SIP failure response.
fn to_q850(call: &Call) -> Result<Answer, String> {
    let code = call.code(0)?;
    code.to_q850()
        .map(|cause| Answer::Number(cause.value().into()))
        .ok_or_else(|| {
            call.fail(format_args!(
                "{code} maps to no Q.850 cause (RFC 3398 §8.2.6.1)"
            ))
        })
}

/// `from_q850(cause)`: RFC 3398 §7.2.4.1's SIP response for a cause value.
fn from_q850(call: &Call) -> Result<Answer, String> {
    let cause = call.cause_value(0)?;
    q850_to_sip(cause)
        .map(|code| Answer::Number(code.as_u16()))
        .ok_or_else(|| {
            call.fail(format_args!(
                "cause {cause} maps to no SIP response (RFC 3398 §7.2.4.1)"
            ))
        })
}

/// `q850_name(cause [, lang])`: the cause's name.
fn q850_name(call: &Call) -> Result<Answer, String> {
    let cause = call.cause(0)?;
    Ok(Answer::Text(cause.name(call.lang(1)?)))
}

/// `format_reason(cause [, lang])`: the value of a Reason header,
/// `Q.850;cause=17;text="User busy"`.
fn format_reason(call: &Call) -> Result<Answer, String> {
    let cause = call.cause(0)?;
    let lang = call.lang(1)?;
    Ok(Answer::Owned(Reason::q850(cause, lang).to_string()))
}

/// `version()`: the library's version, e.g. `0.1.0`.
fn version(_: &Call) -> Result<Answer, String> {
    Ok(Answer::Text(VERSION))
}
