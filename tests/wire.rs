//! On the wire (docs/wire.md): examples/responder.c, under valgrind,
//! answers SIPp's requests on 127.0.0.1 while tshark captures them. One
//! request per case: the Accept-Language "de-CH, fr;q=0.5", one naming each
//! locale the library ships, none, and an OPTIONS in compact forms. SIPp
//! checks each status line with an ereg; then tshark decodes the capture and
//! every response is checked (status line, copied headers, no malformed
//! packet, no expert info). Bad datagrams sent first must be refused
//! without harm. Also tests/c/test_accept.c (sip_lang_from_accept_language
//! from C) with gcc, clang and valgrind.
//!
//! Needs gcc, clang, valgrind, sip-tester and tshark (scripts/setup) and the
//! debug library (`cargo build`): `cargo test --test wire -- --include-ignored`
//! (scripts/check.d/80-wire.sh).

mod support;

use sipstatus::{Lang, StatusCode};
use std::fs;
use std::net::UdpSocket;
use std::path::Path;
use std::process::Command;
use support::{check_frame, check_response, Checks, Frame, Running};

const CODE: u16 = 486;
const STRICT: &[&str] = &["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"];
const VALGRIND: &[&str] = &[
    "--quiet",
    "--error-exitcode=99",
    "--leak-check=full",
    "--errors-for-leak-kinds=definite",
];

struct Case {
    name: String,
    status_line: String,
}

/// `cc` builds `source` against target/debug/libsipstatus.so.
fn build_c(cc: &str, source: &str, out: &Path) {
    let lib = support::root().join("target/debug");
    assert!(
        lib.join("libsipstatus.so").exists(),
        "{}/libsipstatus.so is missing: run `cargo build` first",
        lib.display()
    );
    support::run(
        Command::new(cc)
            .current_dir(support::root())
            .args(STRICT)
            .args(["-Iinclude", "-Itests/c", source, "-o"])
            .arg(out)
            .arg(format!("-L{}", lib.display()))
            .arg("-lsipstatus")
            .arg(format!("-Wl,-rpath,{}", lib.display())),
    );
}

/// One datagram for each way of being refused, then one to be ignored.
fn send_garbage(port: u16) {
    let ok = b"OPTIONS sip:r@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKx\r\n\
               From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:r@127.0.0.1>\r\nCSeq: 1 OPTIONS\r\n";
    let with = |tail: &[u8]| [ok.as_slice(), tail].concat();
    let big = [
        b"Call-ID: big\r\nSubject: ".as_slice(),
        &[b'x'; 5000],
        b"\r\n\r\n",
    ]
    .concat();
    let datagrams: Vec<Vec<u8>> = vec![
        with(&big),                                      // over 4096 bytes
        with(b"Call-ID: nul\0\r\n\r\n"),                 // a NUL byte
        with(b"Call-ID: cut\r\n"),                       // no end of headers
        with(b"\r\n"),                                   // no Call-ID
        b"hello\r\n\r\n".to_vec(),                       // not a request
        b"BYE sip:r@127.0.0.1 SIP/2.0\r\n\r\n".to_vec(), // ignored
    ];
    let socket = UdpSocket::bind("127.0.0.1:0").expect("a UDP socket");
    for d in datagrams {
        socket
            .send_to(&d, ("127.0.0.1", port))
            .expect("send a datagram");
    }
}

/// Every frame decoded as SIP; every response the one expected, in order.
fn check_capture(checks: &mut Checks, frames: &[Frame], port: u16, cases: &[Case]) {
    let port = port.to_string();
    let mut requests: std::collections::HashMap<String, &Frame> = Default::default();
    let mut responses = Vec::new();
    for fr in frames {
        check_frame(checks, fr);
        if fr["udp.srcport"] == port {
            checks.check(!fr["sip.Status-Code"].is_empty(), || {
                format!(
                    "frame {} from the responder is not a SIP response",
                    fr["frame.number"]
                )
            });
            responses.push(fr);
        } else if !["", "ACK"].contains(&fr["sip.Method"].as_str()) {
            requests.insert(fr["sip.Call-ID"].clone(), fr);
        }
    }
    checks.check(responses.len() == cases.len(), || {
        format!(
            "{} responses captured, {} expected",
            responses.len(),
            cases.len()
        )
    });
    for (fr, case) in responses.iter().zip(cases) {
        let what = format!("frame {} ({})", fr["frame.number"], case.name);
        let req = requests.get(&fr["sip.Call-ID"]);
        checks.check(req.is_some(), || {
            format!("{what}: no request with Call-ID {:?}", fr["sip.Call-ID"])
        });
        if let Some(req) = req {
            let code = CODE.to_string();
            check_response(checks, &what, fr, req, &code, &case.status_line);
        }
    }
}

#[test]
#[ignore = "runs gcc, clang, valgrind, SIPp and tshark; scripts/check.d/80-wire.sh"]
fn responder_on_the_wire() {
    let root = support::root();
    let missing = support::missing_tools(&["gcc", "clang", "valgrind", "sipp", "tshark"]);
    assert!(missing.is_empty(), "missing {missing:?}: run scripts/setup");
    let out = support::out_dir("wire");

    // responder and test_accept with gcc and clang, then test_accept run
    // by each and under valgrind memcheck.
    for cc in ["gcc", "clang"] {
        build_c(
            cc,
            "examples/responder.c",
            &out.join(format!("responder-{cc}")),
        );
        build_c(
            cc,
            "tests/c/test_accept.c",
            &out.join(format!("test_accept-{cc}")),
        );
    }
    for program in ["test_accept-gcc", "test_accept-clang"] {
        println!("{}", support::run(&mut Command::new(out.join(program))));
    }
    println!(
        "valgrind test_accept-gcc: {}",
        support::run(
            Command::new("valgrind")
                .args(VALGRIND)
                .arg(out.join("test_accept-gcc"))
        )
    );

    // The cases: what the library says for the code in each locale.
    let code = StatusCode::new(CODE.into()).expect("a code");
    let phrase = |tag: &str| code.reason(tag).to_string();
    let shipped = fs::read_dir(root.join("locales"))
        .expect("locales/")
        .filter(|e| e.as_ref().is_ok_and(|e| e.path().is_dir()))
        .count();
    assert_eq!(
        Lang::all().len(),
        shipped,
        "the library's locales and locales/ differ"
    );
    let mut cases = Vec::new();
    let mut packets = 0;
    let mut add = |template: &str, want: &str, headers: &[String]| {
        let status_line = format!("SIP/2.0 {CODE} {}", phrase(want));
        let n = cases.len();
        let xml = support::scenario(
            &root.join(format!("tests/wire/{template}.xml")),
            headers,
            &[
                ("@CODE@", CODE.to_string()),
                (
                    "@STATUS_LINE@",
                    support::xml_escape(&support::status_line_ereg(&status_line)),
                ),
            ],
        );
        fs::write(out.join(format!("case-{n}.xml")), xml).expect("write a scenario");
        let said = if headers.is_empty() {
            "no Accept-Language".to_string()
        } else {
            headers.join(" ")
        };
        cases.push(Case {
            name: format!("{template}, {said} -> {want}"),
            status_line,
        });
        // request and response, and the ACK of an INVITE
        packets += if template == "invite" { 3 } else { 2 };
    };
    let al = |v: &str| format!("Accept-Language: {v}");
    add("invite", "de", &[al("de-CH, fr;q=0.5")]);
    for lang in Lang::all() {
        let tag = lang.tag();
        if tag == "en" {
            add("invite", "en", &[al("en")]);
        } else {
            // English first but weighted lower: the weight has to count.
            add(
                "invite",
                tag,
                &[al(&format!("en;q=0.5, {}", tag.to_lowercase()))],
            );
        }
    }
    add("invite", "en", &[]);
    add("options", "it", &[al("fr;q=0"), al("it;q=0.3, *;q=0.2")]);
    for case in &cases {
        println!("{}", case.name);
    }

    // The responder, under valgrind, on a free port of 127.0.0.1.
    let stdout = out.join("responder.out");
    let stderr = out.join("responder.err");
    let mut responder = Running::start(
        "responder",
        Command::new("valgrind")
            .args(VALGRIND)
            .arg(out.join("responder-gcc"))
            .args(["0", &CODE.to_string(), &cases.len().to_string(), "600"])
            .stdout(fs::File::create(&stdout).expect("responder.out"))
            .stderr(fs::File::create(&stderr).expect("responder.err")),
    );
    assert!(
        support::wait_for(&stdout, "listening on", &mut responder),
        "the responder did not start:\n{}",
        fs::read_to_string(&stderr).unwrap_or_default()
    );
    let port: u16 = fs::read_to_string(&stdout)
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("listening on 127.0.0.1:"))
        .and_then(|p| p.trim().parse().ok())
        .expect("the responder's port");
    println!("port {port}");
    send_garbage(port);

    let pcap = out.join("wire.pcap");
    let mut tshark = support::capture(port, packets, &pcap);

    // SIPp: one call per case, its status line checked by an ereg.
    let mut checks = Checks::default();
    for (n, case) in cases.iter().enumerate() {
        match support::sipp(&out, n, port, &[]) {
            Ok(log) => {
                checks.passed += 1;
                println!("ok   {}: {log}", case.name);
            }
            Err(e) => checks.check(false, || format!("sipp, {}: {e}", case.name)),
        }
    }
    println!("{}", checks.summary("sipp"));

    // The responder: exit status, answers, refusals.
    if !checks.failed.is_empty() {
        responder.signal("TERM");
    }
    let status = responder.wait_exit();
    let out_text = fs::read_to_string(&stdout).unwrap_or_default();
    let err_text = fs::read_to_string(&stderr).unwrap_or_default();
    let answered = out_text.lines().filter(|l| l.contains(" -> ")).count();
    let refused = err_text
        .lines()
        .filter(|l| l.starts_with("responder: refused"))
        .count();
    let ignored = err_text
        .lines()
        .filter(|l| l.starts_with("responder: ignored"))
        .count();
    for line in err_text
        .lines()
        .filter(|l| !l.starts_with("responder: ignored"))
    {
        println!("{line}");
    }
    println!("ignored (ACK, BYE): {ignored}");
    checks.check(status.success(), || {
        format!("responder: exit status {status}")
    });
    checks.check(answered == cases.len(), || {
        format!("responder: {answered} answered, {} sent", cases.len())
    });
    checks.check(refused == 5, || {
        format!("responder: {refused} of 5 bad datagrams refused")
    });

    // tshark -r: every response decoded as a SIP status line with the phrase.
    tshark.wait_exit();
    let frames = support::decode(&pcap, port, support::FIELDS);
    check_capture(&mut checks, &frames, port, &cases);
    println!("{} ({} frames)", checks.summary("wire"), frames.len());
    assert!(checks.failed.is_empty(), "failed: {:#?}", checks.failed);
}
