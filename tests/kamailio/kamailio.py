"""Helpers for tests/kamailio/run.sh: the cases and what the library says for
each (through its C ABI, not through the Lua module under test), a free
port, a probe that waits for Kamailio, and the check of tshark's decoding
of the capture.

  kamailio.py cases LIB OUTDIR         OUTDIR/case-N.xml and OUTDIR/expected.tsv; one line per case
  kamailio.py free-port                a free UDP port of 127.0.0.1
  kamailio.py probe PORT PID           OPTIONS until a 200 comes (fails if PID ends first)
  kamailio.py check-pcap PCAP PORT EXPECTED
"""

import ctypes
import os
import socket
import subprocess
import sys
import time


def ere_escape(text):
    """A POSIX extended regular expression matching exactly `text`."""
    return "".join("\\" + c if c in ".[]()*+?{}|^$\\" else c for c in text)


def xml_escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "invite.xml")
# examples/kamailio/sipstatus.lua: alice is busy, anyone else is unknown.
BUSY, UNKNOWN = ("alice", 486), ("nobody", 404)
COLUMNS = ["case", "user", "code", "lang", "status_line", "reason", "cause", "cause_text", "headers"]


def library(lib):
    so = ctypes.CDLL(lib)
    text = ctypes.c_char_p
    for name, res, args in [
        ("sip_reason", text, [ctypes.c_int, text]),
        ("sip_lang_count", ctypes.c_size_t, []),
        ("sip_lang_at", text, [ctypes.c_size_t]),
        ("sip_lang_from_accept_language", text, [text]),
        ("sip_to_q850", ctypes.c_int, [ctypes.c_int]),
        ("sip_q850_name", text, [ctypes.c_int, text]),
        ("sip_format_reason", ctypes.c_size_t, [ctypes.c_int, text, ctypes.c_char_p, ctypes.c_size_t]),
    ]:
        f = getattr(so, name)
        f.restype, f.argtypes = res, args
    return so


def cases(lib, outdir):
    so = library(lib)
    tags = [so.sip_lang_at(i).decode() for i in range(so.sip_lang_count())]
    plan = [(BUSY, "de", ["de-CH, fr;q=0.5"])]
    for tag in tags:
        # English first but weighted lower: the weight has to count.
        plan.append((BUSY, tag, ["en"] if tag == "en" else [f"en;q=0.5, {tag.lower()}"]))
        plan.append((UNKNOWN, tag, [tag]))
    plan += [(BUSY, "en", []), (UNKNOWN, "en", []),
             # Two header fields: the script must read both.
             (BUSY, "it", ["fr;q=0", "it;q=0.3, *;q=0.2"])]

    with open(os.path.join(outdir, "expected.tsv"), "w", encoding="utf-8") as table:
        table.write("\t".join(COLUMNS) + "\n")
        for n, ((user, code), tag, values) in enumerate(plan):
            # The case is what the library's own negotiation says.
            joined = ", ".join(values).encode()
            got = so.sip_lang_from_accept_language(joined if values else None).decode()
            if got != tag:
                raise SystemExit(f"case {n}: {values!r} gives {got}, not {tag}")
            lang = tag.encode()
            phrase = so.sip_reason(code, lang).decode()
            cause = so.sip_to_q850(code)
            buf = ctypes.create_string_buffer(1024)
            size = so.sip_format_reason(cause, lang, buf, len(buf))
            if not cause or not 0 < size < len(buf):
                raise SystemExit(f"case {n}: no Reason value for {code} ({cause})")
            reason = buf.value.decode()
            cause_text = so.sip_q850_name(cause, lang).decode()
            status_line = f"SIP/2.0 {code} {phrase}"
            for v in [phrase, reason, cause_text]:
                if "\t" in v or "\n" in v:
                    raise SystemExit(f"case {n}: a tab or line break in {v!r}")
            headers = [f"Accept-Language: {v}" for v in values]
            table.write("\t".join([str(n), user, str(code), tag, status_line, reason, str(cause),
                                   cause_text, " | ".join(headers)]) + "\n")
            with open(os.path.join(outdir, f"case-{n}.xml"), "w", encoding="utf-8") as xml:
                xml.write(scenario(user, code, status_line, reason, headers))
            print(f"{n}: INVITE {user}, {' | '.join(headers) or 'no Accept-Language'} -> {code} [{tag}]")


def scenario(user, code, status_line, reason, headers):
    """The template with its placeholders filled in. The status line must be
    followed by a control character (the CR of CRLF): SIPp's regcomp has no
    REG_NEWLINE, so `$` would only match at the end of the whole message.
    The Reason regexp is matched against what follows "Reason:" in that
    header alone, whitespace included."""
    status = f"^{ere_escape(status_line)}[[:cntrl:]]"
    value = f"^[[:space:]]*{ere_escape(reason)}$"
    lines = []
    with open(TEMPLATE, encoding="utf-8") as f:
        for line in f:
            if "@ACCEPT_LANGUAGE@" in line:
                indent = line[: len(line) - len(line.lstrip())]
                lines += [indent + h + "\n" for h in headers]
                continue
            lines.append(line.replace("@USER@", user)
                         .replace("@CODE@", str(code))
                         .replace("@STATUS_LINE@", xml_escape(status))
                         .replace("@REASON@", xml_escape(value)))
    return "".join(lines)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def probe(port, pid):
    """An OPTIONS every 0.2 s until Kamailio answers 200; fails if process
    PID ends first, or after a minute (a bound, not a timing check)."""
    port, pid = int(port), int(pid)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        s.settimeout(0.2)
        me = s.getsockname()[1]
        for i in range(300):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                print(f"probe: process {pid} ended", file=sys.stderr)
                return 1
            msg = (f"OPTIONS sip:probe@127.0.0.1:{port} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP 127.0.0.1:{me};branch=z9hG4bKprobe{i}\r\n"
                   f"From: <sip:probe@127.0.0.1:{me}>;tag=probe\r\n"
                   f"To: <sip:probe@127.0.0.1:{port}>\r\n"
                   f"Call-ID: probe-{i}\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
                   "Content-Length: 0\r\n\r\n")
            s.sendto(msg.encode(), ("127.0.0.1", port))
            try:
                while True:
                    reply = s.recv(65535).decode("utf-8", "replace")
                    if reply.startswith("SIP/2.0 200 "):
                        print("probe: " + reply.split("\r\n", 1)[0])
                        return 0
            except socket.timeout:
                continue
            except ConnectionRefusedError:
                time.sleep(0.2)
    print("probe: no answer in a minute", file=sys.stderr)
    return 1


FIELDS = ["frame.number", "udp.srcport", "sip.Method", "sip.Status-Code", "sip.Status-Line",
          "sip.Call-ID", "sip.CSeq", "sip.Via", "sip.from.tag", "sip.to.tag",
          "sip.Content-Length", "sip.Reason", "sip.reason_cause_q850", "sip.reason_text",
          "_ws.malformed", "_ws.expert.message"]


def check_pcap(pcap, port, expected_file):
    with open(expected_file, encoding="utf-8") as f:
        rows = [dict(zip(COLUMNS, line.rstrip("\n").split("\t"))) for line in f][1:]
    cmd = ["tshark", "-r", pcap, "-d", f"udp.port=={port},sip", "-T", "fields",
           "-E", "separator=/t", "-E", "occurrence=a"]
    for field in FIELDS:
        cmd += ["-e", field]
    run = subprocess.run(cmd, capture_output=True, check=True)
    frames = [dict(zip(FIELDS, line.split("\t")))
              for line in run.stdout.decode("utf-8").splitlines()]
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"tshark: FAILED: {what}", file=sys.stderr)

    def case_of(fr):
        parts = fr["sip.Call-ID"].split("-")
        return int(parts[1]) if len(parts) > 2 and parts[0] == "case" and parts[1].isdigit() else None

    requests, acks, responses = {}, {}, {}
    for fr in frames:
        n = fr["frame.number"]
        check(not fr["_ws.malformed"] and not fr["_ws.expert.message"],
              f"frame {n}: malformed or expert info: {fr['_ws.expert.message']!r}")
        case = case_of(fr)
        check(case is not None and case < len(rows), f"frame {n}: Call-ID {fr['sip.Call-ID']!r}")
        if fr["udp.srcport"] == port:
            check(fr["sip.Status-Code"] != "", f"frame {n} from Kamailio is not a SIP response")
            responses.setdefault(case, []).append(fr)
        elif fr["sip.Method"] == "INVITE":
            requests.setdefault(case, []).append(fr)
        elif fr["sip.Method"] == "ACK":
            acks.setdefault(case, []).append(fr)
        else:
            check(False, f"frame {n}: unexpected {fr['sip.Method']!r}")
    for i, want in enumerate(rows):
        what = f"case {i} ({want['user']}, {want['headers'] or 'no Accept-Language'})"
        check(len(requests.get(i, [])) == 1 and len(acks.get(i, [])) == 1,
              f"{what}: {len(requests.get(i, []))} INVITE, {len(acks.get(i, []))} ACK captured")
        got = responses.get(i, [])
        check(len(got) == 1, f"{what}: {len(got)} responses captured")
        if not got or not requests.get(i):
            continue
        fr, req = got[0], requests[i][0]
        check(fr["sip.Status-Code"] == want["code"], f"{what}: code {fr['sip.Status-Code']}")
        check(fr["sip.Status-Line"] == want["status_line"],
              f"{what}: status line {fr['sip.Status-Line']!r}, want {want['status_line']!r}")
        check(fr["sip.Reason"] == want["reason"],
              f"{what}: Reason {fr['sip.Reason']!r}, want {want['reason']!r}")
        check(fr["sip.reason_cause_q850"] == want["cause"],
              f"{what}: Reason cause {fr['sip.reason_cause_q850']!r}, want {want['cause']}")
        check(fr["sip.reason_text"].strip('"') == want["cause_text"],
              f"{what}: Reason text {fr['sip.reason_text']!r}, want {want['cause_text']!r}")
        check(fr["sip.to.tag"] != "", f"{what}: no To tag")
        check(fr["sip.Content-Length"] == "0", f"{what}: Content-Length {fr['sip.Content-Length']!r}")
        for field in ("sip.Via", "sip.CSeq", "sip.from.tag"):
            check(fr[field] == req[field], f"{what}: {field} {fr[field]!r}, request has {req[field]!r}")
    print(f"tshark ({len(frames)} frames, {sum(map(len, responses.values()))} responses, "
          f"{len(rows)} cases): {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "cases":
        cases(*args)
    elif cmd == "free-port":
        free_port()
    elif cmd == "probe":
        return probe(*args)
    elif cmd == "check-pcap":
        return check_pcap(*args)
    else:
        raise SystemExit(f"unknown command {cmd}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
