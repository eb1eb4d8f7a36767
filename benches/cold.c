/* Cold start, in a fresh process: dlopen the library, look up the first
 * phrase, then the first phrase of every further locale; resident memory
 * along the way. Run through ./scripts/bench, which builds it and runs it
 * several times.
 *
 *   cold LIB.so          one line of tab-separated figures (see below)
 *   cold LIB.so callgrind  under `valgrind --tool=callgrind
 *                        --collect-atstart=no`: dumps the instructions of
 *                        "dlopen to first phrase" and of each locale's
 *                        first call */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <valgrind/callgrind.h>

typedef const char *(*reason_fn)(int, const char *);
typedef size_t (*count_fn)(void);
typedef const char *(*at_fn)(size_t);

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

/* VmRSS of this process, in KiB. */
static long rss_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kib = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kib;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void *must(void *p, const char *what) {
    if (!p) {
        fprintf(stderr, "cold: %s: %s\n", what, dlerror());
        exit(1);
    }
    return p;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: cold LIB.so [callgrind]\n");
        return 2;
    }
    int cg = argc > 2 && strcmp(argv[2], "callgrind") == 0;
    long rss0 = rss_kib();

    if (cg) {
        CALLGRIND_ZERO_STATS;
        CALLGRIND_TOGGLE_COLLECT;
    }
    double t0 = now_us();
    void *lib = must(dlopen(argv[1], RTLD_NOW | RTLD_LOCAL), "dlopen");
    double t_open = now_us();
    reason_fn reason = (reason_fn)(uintptr_t)must(dlsym(lib, "sip_reason"), "sip_reason");
    const char *first = reason(486, NULL);
    double t_first = now_us();
    if (cg) {
        CALLGRIND_TOGGLE_COLLECT;
        CALLGRIND_DUMP_STATS_AT("dlopen to first phrase");
    }
    long rss1 = rss_kib();
    if (!first || strcmp(first, "Busy Here") != 0) {
        fprintf(stderr, "cold: unexpected first phrase %s\n", first ? first : "(null)");
        return 1;
    }

    count_fn count = (count_fn)(uintptr_t)must(dlsym(lib, "sip_lang_count"), "sip_lang_count");
    at_fn at = (at_fn)(uintptr_t)must(dlsym(lib, "sip_lang_at"), "sip_lang_at");
    size_t n = count();
    double first_calls[256];
    size_t further = 0;
    for (size_t i = 1; i < n && further < 256; i++) {
        char tag[64];
        snprintf(tag, sizeof tag, "%s", at(i));
        if (cg) {
            CALLGRIND_ZERO_STATS;
            CALLGRIND_TOGGLE_COLLECT;
        }
        double t = now_us();
        const char *p = reason(486, tag);
        t = now_us() - t;
        if (cg) {
            char name[96];
            CALLGRIND_TOGGLE_COLLECT;
            snprintf(name, sizeof name, "first call in %s", tag);
            CALLGRIND_DUMP_STATS_AT(name);
        }
        if (!p)
            return 1;
        first_calls[further++] = t;
    }
    qsort(first_calls, further, sizeof first_calls[0], cmp_double);
    long rss2 = rss_kib();
    /* dlopen us, dlopen-to-first-phrase us, median and max first call of a
     * further locale us, locales, VmRSS KiB before, after the first phrase,
     * after every locale */
    printf("%.1f\t%.1f\t%.1f\t%.1f\t%zu\t%ld\t%ld\t%ld\n", t_open - t0, t_first - t0,
           further ? first_calls[further / 2] : 0, further ? first_calls[further - 1] : 0, n,
           rss0, rss1, rss2);
    return 0;
}
