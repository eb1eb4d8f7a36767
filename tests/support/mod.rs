//! What the tests that go on the wire share (tests/wire.rs,
//! tests/kamailio.rs): the processes they start (stopped when dropped,
//! however the test ends), SIPp scenarios, the tshark capture and the one
//! reader of tshark's decoding of it.
#![allow(dead_code)] // each test uses its part

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::sleep;
use std::time::Duration;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory `target/NAME` for a test's files.
pub fn out_dir(name: &str) -> PathBuf {
    let dir = root().join("target").join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("mkdir {}: {e}", dir.display()));
    dir
}

/// Runs a command; panics with its stdout and stderr when it cannot start
/// or fails. What every test here runs its tools with.
pub fn output(command: &mut Command) -> std::process::Output {
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e} (scripts/setup installs it)"));
    assert!(
        out.status.success(),
        "{command:?}: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// [`output`]'s stdout and stderr, together.
pub fn run(command: &mut Command) -> String {
    let out = output(command);
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// [`output`]'s stdout.
pub fn stdout(command: &mut Command) -> String {
    String::from_utf8_lossy(&output(command).stdout).into_owned()
}

/// The firmware profile's build (docs/performance.md, "Firmware"): only en
/// and de, no runtime loading, release, into `target_dir`; its libraries
/// land in `target_dir/release`.
pub fn firmware_build(target_dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO"));
    c.current_dir(root())
        .env("SIPSTATUS_LOCALES", "en,de")
        .args([
            "build",
            "--quiet",
            "--release",
            "--no-default-features",
            "--lib",
        ])
        .arg("--target-dir")
        .arg(target_dir);
    c
}

/// Counts checks and says which failed, as they happen.
#[derive(Default)]
pub struct Checks {
    pub passed: usize,
    pub failed: Vec<String>,
}

impl Checks {
    pub fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if ok {
            self.passed += 1;
        } else {
            let what = what();
            eprintln!("FAILED: {what}");
            self.failed.push(what);
        }
    }

    pub fn summary(&self, name: &str) -> String {
        format!(
            "{name}: {} passed, {} failed",
            self.passed,
            self.failed.len()
        )
    }
}

/// A child process killed (and reaped) when dropped.
pub struct Running {
    pub child: Child,
    pub name: String,
}

impl Running {
    pub fn start(name: &str, command: &mut Command) -> Running {
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name} ({command:?}): {e}"));
        Running {
            child,
            name: name.to_string(),
        }
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Its exit status, after at most a minute (a bound, not a timing
    /// check); then it gets SIGINT and is waited for.
    pub fn wait_exit(&mut self) -> ExitStatus {
        for _ in 0..600 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status;
            }
            sleep(Duration::from_millis(100));
        }
        self.signal("INT");
        self.child.wait().expect("wait")
    }

    pub fn signal(&self, signal: &str) {
        let _ = Command::new("kill")
            .args([format!("-{signal}"), self.child.id().to_string()])
            .status();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.alive() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// A process started in a process group of its own, with everything it
/// forks (a server and its workers): stopped when dropped.
pub struct Group {
    pub running: Running,
    stopped: bool,
}

impl Group {
    pub fn start(name: &str, command: &mut Command) -> Group {
        Group {
            running: Running::start(name, command.process_group(0)),
            stopped: false,
        }
    }

    pub fn pid(&self) -> u32 {
        self.running.child.id()
    }

    /// SIGTERM to the group's leader, which stops its children; SIGKILL to
    /// what is left of the group after half a minute (a bound, not a timing
    /// check). Err lists the processes of the group still running then.
    pub fn stop(&mut self) -> Result<(), String> {
        if self.stopped {
            return Ok(());
        }
        self.stopped = true;
        let pgid = self.pid();
        self.running.signal("TERM");
        for _ in 0..300 {
            // The leader, once ended, is reaped so that it counts as gone.
            let _ = self.running.child.try_wait();
            if group_members(pgid).is_empty() {
                break;
            }
            sleep(Duration::from_millis(100));
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{pgid}")])
            .stderr(Stdio::null())
            .status();
        let _ = self.running.child.wait();
        let left = group_members(pgid);
        if left.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{}: processes of group {pgid} still running:\n{}",
                self.running.name,
                left.join("\n")
            ))
        }
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        if let Err(e) = self.stop() {
            eprintln!("{e}");
        }
    }
}

/// The processes of process group `pgid` other than zombies, each as
/// "pid state (name)", from /proc.
pub fn group_members(pgid: u32) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir("/proc").expect("/proc").flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
        let Ok(stat) = fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        let Some((head, rest)) = stat.rsplit_once(") ") else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.len() > 2 && fields[2] == pgid.to_string() && fields[0] != "Z" {
            let comm = head.split_once(" (").map_or("", |(_, c)| c);
            found.push(format!("{pid} {} ({comm})", fields[0]));
        }
    }
    found
}

/// Waits until `file` holds a line starting with `prefix`: false if `child`
/// ends or a minute passes first (a bound, not a timing check).
pub fn wait_for(file: &Path, prefix: &str, child: &mut Running) -> bool {
    for _ in 0..600 {
        let text = fs::read_to_string(file).unwrap_or_default();
        if text.lines().any(|l| l.starts_with(prefix)) {
            return true;
        }
        if !child.alive() {
            return false;
        }
        sleep(Duration::from_millis(100));
    }
    false
}

/// A POSIX extended regular expression matching exactly `text`.
pub fn ere_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if ".[]()*+?{}|^$\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A SIPp scenario from a template: `@ACCEPT_LANGUAGE@` becomes the
/// `headers` lines (at its indent), and each `(placeholder, value)` is
/// replaced.
pub fn scenario(template: &Path, headers: &[String], replace: &[(&str, String)]) -> String {
    let text =
        fs::read_to_string(template).unwrap_or_else(|e| panic!("read {}: {e}", template.display()));
    let mut out = String::new();
    for line in text.lines() {
        if line.contains("@ACCEPT_LANGUAGE@") {
            let indent = &line[..line.len() - line.trim_start().len()];
            for h in headers {
                writeln!(out, "{indent}{h}").unwrap();
            }
            continue;
        }
        let mut line = line.to_string();
        for (from, to) in replace {
            line = line.replace(from, to);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// SIPp's ereg for a status line: it must be followed by a control
/// character (the CR of CRLF): SIPp's regcomp has no REG_NEWLINE, so `$`
/// would only match at the end of the whole message.
pub fn status_line_ereg(status_line: &str) -> String {
    format!("^{}[[:cntrl:]]", ere_escape(status_line))
}

/// One SIPp call of scenario `dir/case-N.xml` to 127.0.0.1:port; its log
/// (the status line it matched) or, on failure, its errors.
pub fn sipp(dir: &Path, n: usize, port: u16, extra: &[String]) -> Result<String, String> {
    let out = Command::new("timeout")
        .current_dir(dir)
        .args(["--foreground", "120", "sipp", "-sf"])
        .arg(format!("case-{n}.xml"))
        .arg(format!("127.0.0.1:{port}"))
        .args([
            "-i",
            "127.0.0.1",
            "-m",
            "1",
            "-nr",
            "-timeout",
            "60s",
            "-timeout_error",
        ])
        .args(["-nostdin", "-trace_err", "-error_file"])
        .arg(format!("case-{n}.errors"))
        .args(["-trace_logs", "-log_file"])
        .arg(format!("case-{n}.log"))
        .args(extra)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run sipp: {e} (Debian package sip-tester)"));
    let read = |name: &str| fs::read_to_string(dir.join(name)).unwrap_or_default();
    if out.status.success() {
        Ok(read(&format!("case-{n}.log"))
            .replace('\r', "")
            .trim()
            .to_string())
    } else {
        let tail = |t: String| t.lines().rev().take(15).collect::<Vec<_>>().join("\n");
        Err(format!(
            "sipp {}:\n{}\n{}",
            out.status,
            tail(read(&format!("case-{n}.errors"))),
            tail(String::from_utf8_lossy(&out.stdout).into_owned())
        ))
    }
}

/// tshark capturing `packets` UDP packets of `port` on lo into `pcap`;
/// ready when this returns.
pub fn capture(port: u16, packets: usize, pcap: &Path) -> Running {
    let err = pcap.with_extension("tshark.err");
    // Capturing needs root (or sudo).
    let root = stdout(Command::new("id").arg("-u")).trim() == "0";
    let mut command = if root {
        Command::new("tshark")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("tshark");
        sudo
    };
    let mut tshark = Running::start(
        "tshark",
        command
            .args(["-i", "lo", "-f"])
            .arg(format!("udp port {port}"))
            .args(["-c", &packets.to_string(), "-a", "duration:900", "-q", "-w"])
            .arg(pcap)
            .stdout(Stdio::null())
            .stderr(fs::File::create(&err).expect("tshark's stderr file")),
    );
    assert!(
        wait_for(&err, "Capturing on", &mut tshark),
        "tshark did not start capturing:\n{}",
        fs::read_to_string(&err).unwrap_or_default()
    );
    tshark
}

/// A frame as tshark decodes it: field name -> value (all occurrences,
/// comma-separated; empty when absent).
pub type Frame = HashMap<String, String>;

/// The fields of every frame of `pcap`, UDP port `port` decoded as SIP.
pub fn decode(pcap: &Path, port: u16, fields: &[&str]) -> Vec<Frame> {
    let mut command = Command::new("tshark");
    command
        .arg("-r")
        .arg(pcap)
        .args(["-d", &format!("udp.port=={port},sip"), "-T", "fields"])
        .args(["-E", "separator=/t", "-E", "occurrence=a"]);
    for f in fields {
        command.args(["-e", f]);
    }
    stdout(&mut command)
        .lines()
        .map(|line| {
            fields
                .iter()
                .map(|f| f.to_string())
                .zip(
                    line.split('\t')
                        .map(str::to_string)
                        .chain(std::iter::repeat(String::new())),
                )
                .collect()
        })
        .collect()
}

/// The fields both captures check: every frame, its status line and the
/// headers a response copies from its request.
pub const FIELDS: &[&str] = &[
    "frame.number",
    "udp.srcport",
    "sip.Method",
    "sip.Status-Code",
    "sip.Status-Line",
    "sip.Call-ID",
    "sip.CSeq",
    "sip.Via",
    "sip.from.tag",
    "sip.to.tag",
    "sip.Content-Length",
    "_ws.malformed",
    "_ws.expert.message",
];

/// What holds for every frame: neither malformed nor with expert info.
pub fn check_frame(checks: &mut Checks, fr: &Frame) {
    checks.check(
        fr["_ws.malformed"].is_empty() && fr["_ws.expert.message"].is_empty(),
        || {
            format!(
                "frame {}: malformed or expert info: {:?}",
                fr["frame.number"], fr["_ws.expert.message"]
            )
        },
    );
}

/// What holds for every response to `req`: `code`, `status_line`, a To
/// tag, no body, and Via, CSeq and the From tag copied from the request.
pub fn check_response(
    checks: &mut Checks,
    what: &str,
    fr: &Frame,
    req: &Frame,
    code: &str,
    status_line: &str,
) {
    checks.check(fr["sip.Status-Code"] == code, || {
        format!("{what}: code {}", fr["sip.Status-Code"])
    });
    checks.check(fr["sip.Status-Line"] == status_line, || {
        format!(
            "{what}: status line {:?}, want {status_line:?}",
            fr["sip.Status-Line"]
        )
    });
    checks.check(!fr["sip.to.tag"].is_empty(), || {
        format!("{what}: no To tag")
    });
    checks.check(fr["sip.Content-Length"] == "0", || {
        format!("{what}: Content-Length {:?}", fr["sip.Content-Length"])
    });
    for field in ["sip.Via", "sip.CSeq", "sip.from.tag"] {
        checks.check(fr[field] == req[field], || {
            format!(
                "{what}: {field} {:?}, request has {:?}",
                fr[field], req[field]
            )
        });
    }
}

/// Whether every tool is on PATH; else the names of those missing.
pub fn missing_tools(tools: &[&str]) -> Vec<String> {
    tools
        .iter()
        .filter(|t| {
            !Command::new("sh")
                .args(["-c", &format!("command -v {t} >/dev/null")])
                .status()
                .is_ok_and(|s| s.success())
        })
        .map(|t| t.to_string())
        .collect()
}
