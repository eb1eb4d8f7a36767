"""Helpers for tests/wire/run.sh: what the library says, the SIPp scenarios,
bad datagrams, and the check of tshark's decoding of the capture.

  wire.py phrases LIB CODE                       tag<TAB>phrase for every locale
  wire.py scenario TEMPLATE CODE PHRASE [HEADER...]   a scenario, on stdout
  wire.py garbage PORT                           sends datagrams to be refused
  wire.py check-pcap PCAP PORT CODE EXPECTED     decodes PCAP, checks every response
"""

import ctypes
import socket
import subprocess
import sys


def phrases(lib, code):
    so = ctypes.CDLL(lib)
    so.sip_lang_count.restype = ctypes.c_size_t
    so.sip_lang_at.restype = ctypes.c_char_p
    so.sip_lang_at.argtypes = [ctypes.c_size_t]
    so.sip_reason.restype = ctypes.c_char_p
    so.sip_reason.argtypes = [ctypes.c_int, ctypes.c_char_p]
    for i in range(so.sip_lang_count()):
        tag = so.sip_lang_at(i)
        print(f"{tag.decode()}\t{so.sip_reason(int(code), tag).decode()}")


def ere_escape(text):
    """A POSIX extended regular expression matching exactly `text`."""
    return "".join("\\" + c if c in ".[]()*+?{}|^$\\" else c for c in text)


def xml_escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def scenario(template, code, phrase, *headers):
    """The template with its placeholders filled in. The status line must be
    followed by a control character (the CR of CRLF): SIPp's regcomp has no
    REG_NEWLINE, so `$` would only match at the end of the whole message."""
    status = f"^SIP/2\\.0 {code} {ere_escape(phrase)}[[:cntrl:]]"
    lines = []
    with open(template, encoding="utf-8") as f:
        for line in f:
            if "@ACCEPT_LANGUAGE@" in line:
                indent = line[: len(line) - len(line.lstrip())]
                lines += [indent + h + "\n" for h in headers]
                continue
            lines.append(line.replace("@CODE@", code)
                         .replace("@STATUS_LINE@", xml_escape(status)))
    sys.stdout.write("".join(lines))


def garbage(port):
    """One datagram for each way of being refused, then one to be ignored."""
    ok = (b"OPTIONS sip:r@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKx\r\n"
          b"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:r@127.0.0.1>\r\nCSeq: 1 OPTIONS\r\n")
    datagrams = [
        ok + b"Call-ID: big\r\nSubject: " + b"x" * 5000 + b"\r\n\r\n",  # over 4096 bytes
        ok + b"Call-ID: nul\0\r\n\r\n",                                # a NUL byte
        ok + b"Call-ID: cut\r\n",                                      # no end of headers
        ok + b"\r\n",                                                  # no Call-ID
        b"hello\r\n\r\n",                                              # not a request
        b"BYE sip:r@127.0.0.1 SIP/2.0\r\n\r\n",                        # ignored
    ]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        for d in datagrams:
            s.sendto(d, ("127.0.0.1", int(port)))


FIELDS = ["frame.number", "udp.srcport", "sip.Method", "sip.Status-Code", "sip.Status-Line",
          "sip.Call-ID", "sip.CSeq", "sip.Via", "sip.from.tag", "sip.to.tag",
          "sip.Content-Length", "_ws.malformed", "_ws.expert.message"]


def check_pcap(pcap, port, code, expected_file):
    with open(expected_file, encoding="utf-8") as f:
        expected = [line.rstrip("\n") for line in f]
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

    requests = {}
    responses = []
    for fr in frames:
        n = fr["frame.number"]
        check(not fr["_ws.malformed"] and not fr["_ws.expert.message"],
              f"frame {n}: malformed or expert info: {fr['_ws.expert.message']!r}")
        if fr["udp.srcport"] == port:
            check(fr["sip.Status-Code"] != "", f"frame {n} from the responder is not a SIP response")
            responses.append(fr)
        elif fr["sip.Method"] not in ("", "ACK"):
            requests[fr["sip.Call-ID"]] = fr
    check(len(responses) == len(expected),
          f"{len(responses)} responses captured, {len(expected)} expected")
    for fr, want in zip(responses, expected):
        n = fr["frame.number"]
        check(fr["sip.Status-Code"] == code, f"frame {n}: code {fr['sip.Status-Code']}")
        check(fr["sip.Status-Line"] == want,
              f"frame {n}: status line {fr['sip.Status-Line']!r}, want {want!r}")
        check(fr["sip.to.tag"] != "", f"frame {n}: no To tag")
        check(fr["sip.Content-Length"] == "0", f"frame {n}: Content-Length {fr['sip.Content-Length']!r}")
        req = requests.get(fr["sip.Call-ID"])
        check(req is not None, f"frame {n}: no request with Call-ID {fr['sip.Call-ID']!r}")
        if req:
            for field in ("sip.Via", "sip.CSeq", "sip.from.tag"):
                check(fr[field] == req[field],
                      f"frame {n}: {field} {fr[field]!r}, request has {req[field]!r}")
    print(f"tshark ({len(frames)} frames, {len(responses)} responses): "
          f"{passed} passed, {failed} failed")
    return failed == 0


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "phrases":
        phrases(*args)
    elif cmd == "scenario":
        scenario(*args)
    elif cmd == "garbage":
        garbage(*args)
    elif cmd == "check-pcap":
        return 0 if check_pcap(*args) else 1
    else:
        raise SystemExit(f"unknown command {cmd}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
