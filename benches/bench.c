/* The C benchmark: sipstatus against a static array lookup, side by side in
 * one process. Run through ./scripts/bench, which builds it.
 *
 *   bench [time]       nanoseconds per call, median of several runs, and the
 *                      ratio to the baseline of the same loop shape
 *   bench threads      only the 2-thread part of `time`
 *   bench callgrind    run under `valgrind --tool=callgrind
 *                      --collect-atstart=no`: each case's loop is collected
 *                      alone and dumped under its name; scripts/bench turns
 *                      the dumps into instructions per call
 *   bench check        the loops agree with each other (same phrases from
 *                      every path), no timing: what the test suite runs
 *
 * The baseline is what pjsip's pjsip_get_status_text does: a lazy-init flag,
 * a range check and an index into `static const char *table[700]`. It is
 * compiled into this program, not inlined, so it pays a call like the
 * library does. Its table is filled from the library at start-up (English),
 * so both sides return the same strings. */
#define _GNU_SOURCE
#include "sipstatus.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <valgrind/callgrind.h>

#if defined(__GNUC__) && !defined(__clang__)
#define OPAQUE __attribute__((noinline, noipa))
#else
#define OPAQUE __attribute__((noinline))
#endif

/* ---- the baseline: pjsip's shape ---- */

static const char *table[700];
static int table_ready;

/* pjsip's init_status_text: fills the table once. */
__attribute__((noinline)) static void init_table(void) {
    for (int c = 100; c < 700; c++)
        table[c] = sip_reason(c, NULL);
    table_ready = 1;
}

OPAQUE const char *baseline_reason(int code) {
    if (!table_ready)
        init_table();
    return (code >= 100 && code < 700) ? table[code] : NULL;
}

/* The bare minimum, for reference: the table is known to be ready. */
OPAQUE const char *bare_reason(int code) {
    return (code >= 100 && code < 700) ? table[code] : NULL;
}

/* ---- the cases ---- */

#define FIXED 486
static int codes[128]; /* every known code below 700, repeated to fill */
#define NCODES (sizeof codes / sizeof codes[0])
static int de_id;

typedef uintptr_t (*loop_fn)(long n);

#define FIXED_LOOP(name, expr)                              \
    OPAQUE uintptr_t name(long n) {                         \
        uintptr_t sink = 0;                                 \
        for (long i = 0; i < n; i++)                        \
            sink += (uintptr_t)(expr);                      \
        return sink;                                        \
    }
#define MIX_LOOP(name, expr)                                \
    OPAQUE uintptr_t name(long n) {                         \
        uintptr_t sink = 0;                                 \
        for (long i = 0; i < n; i++) {                      \
            int code = codes[i & (NCODES - 1)];             \
            sink += (uintptr_t)(expr);                      \
        }                                                   \
        return sink;                                        \
    }

FIXED_LOOP(loop_baseline, baseline_reason(FIXED))
FIXED_LOOP(loop_bare, bare_reason(FIXED))
FIXED_LOOP(loop_null, sip_reason(FIXED, NULL))
FIXED_LOOP(loop_en, sip_reason(FIXED, "en"))
FIXED_LOOP(loop_de, sip_reason(FIXED, "de"))
FIXED_LOOP(loop_de_at, sip_reason(FIXED, "de_AT.UTF-8"))
FIXED_LOOP(loop_unknown, sip_reason(FIXED, "xx-unknown"))
FIXED_LOOP(loop_by_id, sip_reason_by_id(FIXED, de_id))
MIX_LOOP(loop_mix_baseline, baseline_reason(code))
MIX_LOOP(loop_mix_bare, bare_reason(code))
MIX_LOOP(loop_mix_null, sip_reason(code, NULL))
MIX_LOOP(loop_mix_de, sip_reason(code, "de"))
MIX_LOOP(loop_mix_de_at, sip_reason(code, "de_AT.UTF-8"))
MIX_LOOP(loop_mix_by_id, sip_reason_by_id(code, de_id))

struct bench_case {
    const char *name; /* as printed and as the callgrind dump is named */
    loop_fn loop;
    int base; /* index of the baseline this case is compared with */
    int bare; /* index of the bare array lookup of the same loop shape */
};

static const struct bench_case cases[] = {
    {"baseline(486)", loop_baseline, 0, 1},
    {"bare_array(486)", loop_bare, 0, 1},
    {"sip_reason(486,NULL)", loop_null, 0, 1},
    {"sip_reason(486,\"en\")", loop_en, 0, 1},
    {"sip_reason(486,\"de\")", loop_de, 0, 1},
    {"sip_reason(486,\"de_AT.UTF-8\")", loop_de_at, 0, 1},
    {"sip_reason(486,\"xx-unknown\")", loop_unknown, 0, 1},
    {"sip_reason_by_id(486,de)", loop_by_id, 0, 1},
    {"baseline(mix)", loop_mix_baseline, 8, 9},
    {"bare_array(mix)", loop_mix_bare, 8, 9},
    {"sip_reason(mix,NULL)", loop_mix_null, 8, 9},
    {"sip_reason(mix,\"de\")", loop_mix_de, 8, 9},
    {"sip_reason(mix,\"de_AT.UTF-8\")", loop_mix_de_at, 8, 9},
    {"sip_reason_by_id(mix,de)", loop_mix_by_id, 8, 9},
};
#define NCASES (sizeof cases / sizeof cases[0])

/* The loops that run on 1 and then 2 threads. */
static const struct bench_case thread_cases[] = {
    {"baseline(mix)", loop_mix_baseline, 0, 0},
    {"sip_reason(mix,\"de_AT.UTF-8\")", loop_mix_de_at, 0, 0},
    {"sip_reason_by_id(mix,de)", loop_mix_by_id, 0, 0},
};
#define NTHREAD_CASES (sizeof thread_cases / sizeof thread_cases[0])

static void setup(void) {
    size_t n = 0, known = sip_known_count();
    for (size_t i = 0; n < NCODES; i = (i + 1) % known) {
        int c = sip_known_at(i);
        if (c < 700)
            codes[n++] = c;
    }
    de_id = sip_lang_id("de");
    init_table();
    /* Warm up: every locale and tag used is built and cached before any
     * measurement (the cold start is measured by benches/cold.c). */
    for (size_t i = 0; i < NCASES; i++)
        cases[i].loop(NCODES);
}

/* ---- timing ---- */

static double now_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static volatile uintptr_t sink;

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

#define RUNS 7
/* Short and many: on a shared machine the best runs are those that found
 * both cores free. */
#define THREAD_RUNS 41
#define RUN_NS 20e6 /* each run lasts about 20 ms */

/* Iterations that make one run of `loop` last about RUN_NS. */
static long calibrate(loop_fn loop) {
    long n = 1000;
    for (;;) {
        double t = now_ns(CLOCK_MONOTONIC);
        sink += loop(n);
        t = now_ns(CLOCK_MONOTONIC) - t;
        if (t > RUN_NS / 10)
            return (long)(n * (RUN_NS / t)) + 1;
        n *= 10;
    }
}

static double median_ns_per_call(loop_fn loop, long n) {
    double runs[RUNS];
    for (int r = 0; r < RUNS; r++) {
        double t = now_ns(CLOCK_MONOTONIC);
        sink += loop(n);
        runs[r] = (now_ns(CLOCK_MONOTONIC) - t) / n;
    }
    qsort(runs, RUNS, sizeof runs[0], cmp_double);
    return runs[RUNS / 2];
}

struct worker {
    loop_fn loop;
    long n;
    double cpu_ns;
    pthread_t thread;
};

/* Whether workers collect their loop for callgrind (collection is per
 * thread in callgrind). */
static int collect_in_workers;

static void *work(void *arg) {
    struct worker *w = arg;
    double t = now_ns(CLOCK_THREAD_CPUTIME_ID);
    if (collect_in_workers)
        CALLGRIND_TOGGLE_COLLECT;
    sink += w->loop(w->n);
    if (collect_in_workers)
        CALLGRIND_TOGGLE_COLLECT;
    w->cpu_ns = now_ns(CLOCK_THREAD_CPUTIME_ID) - t;
    return NULL;
}

/* Runs `loop` n times on each of `threads` threads at once: calls per
 * second of wall-clock time, CPU nanoseconds per call, and how many threads
 * ran on average (CPU time over wall-clock time: 2 when both always had a
 * core, less when other work on the machine took one). */
static void run_threads(loop_fn loop, long n, int threads, double *calls_per_s,
                        double *cpu_ns_per_call, double *running) {
    struct worker w[2];
    double t = now_ns(CLOCK_MONOTONIC), cpu = 0;
    for (int i = 0; i < threads; i++) {
        w[i] = (struct worker){loop, n, 0, 0};
        pthread_create(&w[i].thread, NULL, work, &w[i]);
    }
    for (int i = 0; i < threads; i++) {
        pthread_join(w[i].thread, NULL);
        cpu += w[i].cpu_ns;
    }
    t = now_ns(CLOCK_MONOTONIC) - t;
    *calls_per_s = threads * n / (t / 1e9);
    *cpu_ns_per_call = cpu / (threads * n);
    *running = cpu / t;
}

static void threads_mode(void);

static void time_mode(void) {
    double ns[NCASES];
    printf("| case | ns/call (median of %d) | x baseline | x bare array |\n"
           "|---|---:|---:|---:|\n", RUNS);
    for (size_t i = 0; i < NCASES; i++)
        ns[i] = median_ns_per_call(cases[i].loop, calibrate(cases[i].loop));
    for (size_t i = 0; i < NCASES; i++)
        printf("| `%s` | %.2f | %.2f | %.2f |\n", cases[i].name, ns[i],
               ns[i] / ns[cases[i].base], ns[i] / ns[cases[i].bare]);
    fflush(stdout);
    threads_mode();
}

static void threads_mode(void) {
    printf("\n| 2 threads at once (best of %d runs of 5 ms) | 1 thread, calls/s | 2 threads, calls/s | "
           "scaling | threads running (of 2) | CPU ns/call, 1 -> 2 threads |\n"
           "|---|---:|---:|---:|---:|---:|\n", THREAD_RUNS);
    for (size_t i = 0; i < NTHREAD_CASES; i++) {
        long n = calibrate(thread_cases[i].loop) / 4;
        double best1 = 0, best2 = 0, running2 = 0, cpu1[THREAD_RUNS], cpu2[THREAD_RUNS];
        for (int r = 0; r < THREAD_RUNS; r++) {
            double tput, running;
            run_threads(thread_cases[i].loop, n, 1, &tput, &cpu1[r], &running);
            if (tput > best1)
                best1 = tput;
            run_threads(thread_cases[i].loop, n, 2, &tput, &cpu2[r], &running);
            if (tput > best2) {
                best2 = tput;
                running2 = running;
            }
        }
        qsort(cpu1, THREAD_RUNS, sizeof cpu1[0], cmp_double);
        qsort(cpu2, THREAD_RUNS, sizeof cpu2[0], cmp_double);
        printf("| `%s` | %.3g | %.3g | %.2fx | %.2f | %.2f -> %.2f |\n", thread_cases[i].name,
               best1, best2, best2 / best1, running2, cpu1[THREAD_RUNS / 2],
               cpu2[THREAD_RUNS / 2]);
        fflush(stdout);
    }
}

/* ---- callgrind ---- */

#define CALLGRIND_N 20000

static void callgrind_mode(void) {
    if (!RUNNING_ON_VALGRIND) {
        fprintf(stderr, "bench callgrind: run me under valgrind --tool=callgrind "
                        "--collect-atstart=no (./scripts/bench callgrind does)\n");
        exit(2);
    }
    for (size_t i = 0; i < NCASES; i++) {
        CALLGRIND_ZERO_STATS;
        CALLGRIND_TOGGLE_COLLECT;
        sink += cases[i].loop(CALLGRIND_N);
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT(cases[i].name);
        printf("case\t%s\t%s\t%s\n", cases[i].name, cases[cases[i].base].name,
               cases[cases[i].bare].name);
    }
    /* Two threads, each CALLGRIND_N calls: the same instructions per call
     * as one thread means nothing on the hot path retries or waits. */
    for (size_t i = 1; i < NTHREAD_CASES; i++) {
        double tput, cpu, running;
        char name[128];
        snprintf(name, sizeof name, "2 threads: %s", thread_cases[i].name);
        collect_in_workers = 1;
        CALLGRIND_ZERO_STATS;
        run_threads(thread_cases[i].loop, CALLGRIND_N / 2, 2, &tput, &cpu, &running);
        CALLGRIND_DUMP_STATS_AT(name);
        collect_in_workers = 0;
        printf("case\t%s\t%s\t%s\n", name, thread_cases[0].name, "bare_array(mix)");
    }
}

/* ---- check: the loops agree with each other (a smoke test, no timing) ---- */

static void check_mode(void) {
    const long n = 4 * NCODES;
    int passed = 0, failed = 0;
    const struct {
        loop_fn a, b;
        const char *what;
    } same[] = {
        {loop_null, loop_baseline, "NULL vs the baseline table"},
        {loop_null, loop_en, "NULL vs en"},
        {loop_null, loop_unknown, "NULL vs xx-unknown"},
        {loop_de, loop_de_at, "de vs de_AT.UTF-8"},
        {loop_de, loop_by_id, "de vs by id"},
        {loop_mix_null, loop_mix_baseline, "mix: NULL vs the baseline table"},
        {loop_mix_de, loop_mix_de_at, "mix: de vs de_AT.UTF-8"},
        {loop_mix_de, loop_mix_by_id, "mix: de vs by id"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        if (same[i].a(n) == same[i].b(n)) {
            passed++;
        } else {
            failed++;
            fprintf(stderr, "bench check: %s differ\n", same[i].what);
        }
    }
    if (loop_de(n) == loop_null(n)) {
        failed++;
        fprintf(stderr, "bench check: de gives English\n");
    } else {
        passed++;
    }
    printf("bench check: %d passed, %d failed\n", passed, failed);
    exit(failed != 0);
}

int main(int argc, char **argv) {
    const char *mode = argc > 1 ? argv[1] : "time";
    setup();
    if (strcmp(mode, "time") == 0) {
        time_mode();
    } else if (strcmp(mode, "callgrind") == 0) {
        callgrind_mode();
    } else if (strcmp(mode, "threads") == 0) {
        threads_mode();
    } else if (strcmp(mode, "check") == 0) {
        check_mode();
    } else {
        fprintf(stderr, "usage: bench [time|threads|callgrind|check]\n");
        return 2;
    }
    return 0;
}
