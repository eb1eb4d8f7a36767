"""Threads calling at once: ctypes lets go of the GIL during each C call, so
the library really is entered from several threads together."""

from __future__ import annotations

import threading

import sipstatus
from sipstatus import SipStatus

THREADS = 8
ROUNDS = 3
LANGS = [None, "de", "en", "de_AT.UTF-8", "DE", "xx", "", "ja"]


def _answer(code: int, lang: str | None) -> tuple[str | None, str | None, int, bool]:
    try:
        phrase = sipstatus.reason(code, lang)
    except ValueError:
        phrase = None
    try:
        text = sipstatus.description(code, lang)
    except ValueError:
        text = None
    return phrase, text, sipstatus.status_class(code), sipstatus.is_known(code)


def test_threads_get_what_one_thread_gets():
    codes = range(0, 1001)
    expected = {(c, lang): _answer(c, lang) for lang in LANGS for c in codes}
    negotiated = {lang: sipstatus.negotiated_lang(lang) for lang in LANGS}
    start = threading.Barrier(THREADS)
    failures: list[str] = []
    calls = [0] * THREADS

    def worker(t: int) -> None:
        start.wait()
        try:
            for _ in range(ROUNDS):
                for i in range(len(LANGS)):
                    lang = LANGS[(i + t) % len(LANGS)]
                    for code in codes:
                        if _answer(code, lang) != expected[(code, lang)]:
                            failures.append(f"thread {t}: {code} {lang!r}")
                        calls[t] += 4
                    if sipstatus.negotiated_lang(lang) != negotiated[lang]:
                        failures.append(f"thread {t}: negotiated_lang({lang!r})")
                    if SipStatus.BUSY_HERE.reason(lang) != expected[(486, lang)][0]:
                        failures.append(f"thread {t}: SipStatus.BUSY_HERE.reason({lang!r})")
                    if sipstatus.languages()[0] != "en":
                        failures.append(f"thread {t}: languages()")
        except Exception as e:  # a crash in a thread must fail the test
            failures.append(f"thread {t}: {e!r}")

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert calls == [ROUNDS * len(LANGS) * len(codes) * 4] * THREADS
