/* 16 threads call every function (the Warning and text ones too) with
 * random codes and languages while a 17th reloads locales in a loop:
 * tests/c/stress/a and b (valid: they change sip-486 in de and add the
 * locale xx) and bad (refused: all or nothing).
 * Every answer is checked against what the main thread got alone before the
 * threads started: the same pointer in the locales no reload touches, the
 * same text in de and xx, and for sip-486 there one of the values a reload
 * can give. Nothing lost (a locale, once seen, stays), nothing torn.
 *
 * Usage: stress SECONDS DIR   (DIR holds a/, b/, bad/). The threads run for
 * SECONDS and at least until one full reload cycle is done. */
#include "sipstatus.h"
#include "check.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define THREADS 16
#define MIN_CODE (-10)
#define MAX_CODE 1010
#define NCODES (MAX_CODE - MIN_CODE + 1)
#define MAX_LANGS 64

/* "de" and 97 more bytes: no NUL in the 64 bytes read, so English. */
static char long_lang[100];
static const char *langs[] = {NULL, "en", "de", "de_AT.UTF-8", "DE", "xx", "xx_YY.UTF-8",
                              "fr", "pt_BR", "zh-CN", "", "C", "d\xff", long_lang};
#define NLANGS (sizeof langs / sizeof langs[0])

/* How a language's answers may change while reloads run. */
enum kind {
    STABLE, /* no reload loads it: the same pointers */
    DE,     /* reloaded: new pointers, same text; sip-486 from a/ or b/ */
    XX      /* English until xx is loaded, xx after; sip-486 from a/ or b/ */
};
static enum kind kind_of[NLANGS];

static const char *reason0[NLANGS][NCODES], *desc0[NLANGS][NCODES], *class0[NLANGS][8];
static const char *warn0[NLANGS][NCODES];
static const char *code_name0[NCODES], *tag0[NLANGS], *lang_at0[MAX_LANGS], *version0;
static int lang_id0[NLANGS], known_at0[300];
static SipClass class_of0[NCODES];
static bool known0[NCODES];
static size_t lang_count0, known_count0;

static atomic_int stop, cycles;
static const char *dir;

static int one_of(const char *got, const char *a, const char *b, const char *c) {
    return same_str(got, a) || same_str(got, b) || same_str(got, c);
}

static int reason_ok(size_t l, int code, const char *got) {
    const char *want = reason0[l][code - MIN_CODE];
    switch (kind_of[l]) {
    case STABLE: return got == want;
    case DE: return code == 486 ? one_of(got, want, "Stress A", "Stress B") : same_str(got, want);
    default: return code == 486 ? one_of(got, want, "Stress xx A", "Stress xx B") : same_str(got, want);
    }
}

static int desc_ok(size_t l, int code, const char *got) {
    const char *want = desc0[l][code - MIN_CODE];
    if (kind_of[l] == STABLE) return got == want;
    if (kind_of[l] == DE && code == 486)
        return one_of(got, want, "Stress test override A.", "Stress test override B.");
    return same_str(got, want);
}

static uint64_t next(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

struct result {
    int index;
    long calls, bad;
};

static void *worker(void *arg) {
    struct result *r = arg;
    uint64_t seed = 0x9E3779B97F4A7C15ull * (uint64_t)(r->index + 1) | 1;
    int saw_xx = 0;
    size_t count_seen = lang_count0;
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        for (int batch = 0; batch < 256; batch++) {
            uint64_t x = next(&seed);
            size_t l = (size_t)(x % NLANGS);
            int code = MIN_CODE + (int)((x >> 8) % NCODES);
            const char *lang = langs[l];
            int ok = 1;
            switch ((x >> 32) % 14) {
            case 0: ok = reason_ok(l, code, sip_reason(code, lang)); break;
            case 1: ok = desc_ok(l, code, sip_description(code, lang)); break;
            case 2: ok = sip_class(code) == class_of0[code - MIN_CODE]; break;
            case 3: {
                int cls = (int)((x >> 40) % 8);
                const char *got = sip_class_name(cls, lang);
                ok = kind_of[l] == STABLE ? got == class0[l][cls] : same_str(got, class0[l][cls]);
                break;
            }
            case 4:
                ok = sip_is_known(code) == known0[code - MIN_CODE] &&
                     sip_code_name(code) == code_name0[code - MIN_CODE];
                break;
            case 5: {
                const char *got = sip_negotiated_lang(lang);
                if (kind_of[l] != XX) {
                    ok = got == tag0[l];
                } else if (got != NULL && strcmp(got, "xx") == 0) {
                    saw_xx = 1;
                } else {
                    ok = !saw_xx && got == tag0[l]; /* once there, xx stays */
                }
                break;
            }
            case 6: {
                size_t n = sip_lang_count();
                ok = n >= count_seen && n <= lang_count0 + 1; /* never shrinks */
                count_seen = n;
                break;
            }
            case 7: {
                size_t i = (size_t)((x >> 40) % (lang_count0 + 2));
                const char *got = sip_lang_at(i);
                ok = i < lang_count0 ? got == lang_at0[i]
                                     : (got == NULL || (i == lang_count0 && strcmp(got, "xx") == 0));
                break;
            }
            case 8: {
                size_t i = (size_t)((x >> 40) % 300);
                ok = sip_known_count() == known_count0 && sip_known_at(i) == known_at0[i];
                break;
            }
            case 9: {
                int id = sip_lang_id(lang);
                if (kind_of[l] == XX)
                    ok = id == lang_id0[l] || id == (int)lang_count0;
                else
                    ok = id == lang_id0[l];
                ok = ok && reason_ok(l, code, sip_reason_by_id(code, id));
                break;
            }
            case 10: ok = sip_version() == version0; break;
            case 11: {
                /* Reloads load no warning.ftl: the text stays (in de and
                 * xx maybe at a new address). */
                const char *got = sip_warning_text(code, lang);
                const char *want = warn0[l][code - MIN_CODE];
                ok = kind_of[l] == STABLE ? got == want : same_str(got, want);
                break;
            }
            case 12: {
                /* A Warning value formatted, parsed back and cleaned. */
                const char *want = warn0[l][code - MIN_CODE];
                char buf[1024], clean[512];
                SipWarning w;
                size_t n = sip_format_warning(code, "gw1", lang, buf, sizeof buf);
                if (want == NULL) {
                    ok = n == 0 && buf[0] == '\0';
                    break;
                }
                ok = n > 0 && n < sizeof buf && sip_parse_warning(buf, &w) && w.code == code && w.known &&
                     same_str(w.agent, "gw1") && same_str(w.text, want) &&
                     sip_sanitize_text(w.text, strlen(w.text), clean, sizeof clean) == strlen(want) &&
                     same_str(clean, want) && sip_is_valid_reason_phrase(w.text);
                break;
            }
            default: {
                /* Any int at all. */
                int any = (int)(uint32_t)(x >> 16);
                ok = (sip_reason(any, lang) == NULL) == (any < 100 || (any > 699 && any != 701));
                break;
            }
            }
            r->calls++;
            if (!ok && r->bad++ < 5)
                fprintf(stderr, "stress: unexpected answer: call %d, code %d, lang #%zu\n",
                        (int)((x >> 32) % 14), code, l);
        }
    }
    return NULL;
}

struct reloads {
    long ok, refused, bad;
};

static void *reloader(void *arg) {
    struct reloads *r = arg;
    static const char *steps[] = {"a", "bad", "b", "bad"};
    static const char *after[] = {"Stress A", "Stress A", "Stress B", "Stress B"};
    char path[4096], err[512];
    for (int step = 0; !atomic_load(&stop); step = (step + 1) % 4) {
        snprintf(path, sizeof path, "%s/%s", dir, steps[step]);
        int want_ok = strcmp(steps[step], "bad") != 0;
        bool ok = sip_load_locale_dir(path, err, sizeof err);
        if (ok) r->ok++; else r->refused++;
        /* The loader's own view: what it loaded is there, a refused load
         * changed nothing. */
        if (ok != want_ok || (!ok && err[0] == '\0') || !same_str(sip_reason(486, "de"), after[step])) {
            if (r->bad++ < 5)
                fprintf(stderr, "stress: load %s gave %d (%s), de 486 is %s\n", path, ok, err,
                        or_null(sip_reason(486, "de")));
        }
        if (step == 3) atomic_fetch_add(&cycles, 1);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: stress SECONDS DIR\n");
        return 2;
    }
    double seconds = atof(argv[1]);
    dir = argv[2];
    memset(long_lang, 'x', sizeof long_lang - 1);
    memcpy(long_lang, "de", 2);

    /* The single-threaded answers, before any reload. */
    lang_count0 = sip_lang_count();
    known_count0 = sip_known_count();
    CHECK(lang_count0 < MAX_LANGS && known_count0 < 300, "table sizes");
    for (size_t i = 0; i < lang_count0; i++) lang_at0[i] = sip_lang_at(i);
    for (size_t i = 0; i < 300; i++) known_at0[i] = sip_known_at(i);
    version0 = sip_version();
    for (size_t l = 0; l < NLANGS; l++) {
        tag0[l] = sip_negotiated_lang(langs[l]);
        lang_id0[l] = sip_lang_id(langs[l]);
        kind_of[l] = (l == 5 || l == 6) ? XX : strcmp(tag0[l], "de") == 0 ? DE : STABLE;
        for (int c = MIN_CODE; c <= MAX_CODE; c++) {
            reason0[l][c - MIN_CODE] = sip_reason(c, langs[l]);
            desc0[l][c - MIN_CODE] = sip_description(c, langs[l]);
            warn0[l][c - MIN_CODE] = sip_warning_text(c, langs[l]);
        }
        for (int cls = 0; cls < 8; cls++) class0[l][cls] = sip_class_name(cls, langs[l]);
    }
    CHECK(strcmp(tag0[5], "en") == 0, "xx is not a shipped locale");
    CHECK(kind_of[2] == DE && kind_of[3] == DE && kind_of[13] == STABLE, "languages");
    for (int c = MIN_CODE; c <= MAX_CODE; c++) {
        code_name0[c - MIN_CODE] = sip_code_name(c);
        known0[c - MIN_CODE] = sip_is_known(c);
        class_of0[c - MIN_CODE] = sip_class(c);
    }

    pthread_t threads[THREADS], reload_thread;
    struct result results[THREADS] = {{0}};
    struct reloads reloads = {0};
    for (int t = 0; t < THREADS; t++) {
        results[t].index = t;
        CHECK(pthread_create(&threads[t], NULL, worker, &results[t]) == 0, "thread %d", t);
    }
    CHECK(pthread_create(&reload_thread, NULL, reloader, &reloads) == 0, "reload thread");
    struct timespec ts = {(time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9)};
    nanosleep(&ts, NULL);
    /* However slow the machine: at least one full reload cycle. */
    struct timespec ms = {0, 1000000};
    while (atomic_load(&cycles) == 0) nanosleep(&ms, NULL);
    atomic_store(&stop, 1);
    long calls = 0;
    for (int t = 0; t < THREADS; t++) {
        CHECK(pthread_join(threads[t], NULL) == 0, "join %d", t);
        CHECK(results[t].bad == 0, "thread %d: %ld unexpected answers", t, results[t].bad);
        CHECK(results[t].calls > 0, "thread %d made no call", t);
        calls += results[t].calls;
    }
    CHECK(pthread_join(reload_thread, NULL) == 0, "join reloader");
    CHECK(reloads.bad == 0, "%ld reloads went wrong", reloads.bad);
    CHECK(reloads.ok >= 2 && reloads.refused >= 2, "a full reload cycle");
    /* Nothing lost: xx, once loaded, is there for everyone. */
    CHECK_STR(sip_negotiated_lang("xx"), "xx");
    CHECK(sip_lang_count() == lang_count0 + 1, "one locale added");
    printf("stress: %ld calls in %d threads, %ld loads and %ld refused loads in %.1f s\n", calls,
           THREADS, reloads.ok, reloads.refused, seconds);
    return check_summary("stress");
}
