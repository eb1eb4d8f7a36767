/* Hostile locale folders (issue 20), from C: whatever a third party puts in
 * the folder given to sip_load_locale_dir, the load is refused with file
 * and line (nothing changes) or accepted with clean one-line values; the
 * host never crashes or blocks, and reloads keep memory flat. Also: the
 * race-free way to call sip_format_reason across reloads, invalid UTF-8 in
 * Accept-Language, the tag cache under junk, and fork() during reloads.
 *
 * Cases that could kill or hang the process (a stack overflow, a FIFO) run
 * in a forked child with a time limit: a crash is a failed check, not a
 * dead test.
 *
 * Usage: test_hostile [N] [forks]: N reloads, then 10 N, for the memory
 * check (default 1000; fewer under valgrind, where the memory figures are
 * printed and not checked), and forks for the fork check (default 100).
 * Builds its folders under $TMPDIR (or /tmp) and removes them. */
#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include "sipstatus.h"
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* AddressSanitizer keeps freed memory in quarantine (256 MB by default),
 * so resident memory grows with every allocation: only the ratio of the
 * growths is checked under it, not their size. */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* The documented limits (sip_load_locale_dir). */
#define MAX_FILE_LEN (1u << 20)
#define MAX_NESTING 8
#define MAX_PROBLEMS 100
#define MAX_VALUE_LEN 1023
#define SMALL_STACK (256 * 1024)

static char root[256];
static int seq;
static char err[1 << 16];
/* Slower under valgrind: every time limit is multiplied by this. */
static int slow = 1;

/* Files and folders. */

/* A new empty folder under root, its path in `out`. */
static void new_dir(char *out, size_t len) {
    snprintf(out, len, "%s/d%d-%ld", root, seq++, (long)getpid());
    if (mkdir(out, 0700) != 0) {
        perror(out);
        exit(2);
    }
}

/* `dir`/`rel`, its parent folders made. */
static void path_of(char *out, size_t len, const char *dir, const char *rel) {
    char *slash;
    snprintf(out, len, "%s/%s", dir, rel);
    for (slash = strchr(out + strlen(dir) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = '\0';
        mkdir(out, 0700);
        *slash = '/';
    }
}

static void put_bytes(const char *dir, const char *rel, const char *text, size_t n) {
    char path[1024];
    FILE *f;
    path_of(path, sizeof path, dir, rel);
    f = fopen(path, "wb");
    if (!f || fwrite(text, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(2);
    }
}

static void put(const char *dir, const char *rel, const char *text) {
    put_bytes(dir, rel, text, strlen(text));
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* Memory and processes. */

static long vm_kb(const char *field) {
    char line[256];
    long kb = -1;
    size_t n = strlen(field);
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, field, n) == 0) kb = atol(line + n);
    fclose(f);
    return kb;
}

static void sleep_ms(long ms) {
    struct timespec t;
    t.tv_sec = ms / 1000;
    t.tv_nsec = (ms % 1000) * 1000000L;
    nanosleep(&t, NULL);
}

/* Waits for `pid` at most `seconds` (times `slow`), then kills it. The
 * status, or -1 when it had to be killed. */
static int wait_for(pid_t pid, int seconds) {
    long waited = 0, limit = 1000L * seconds * slow;
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) return status;
        if (r < 0 && errno != EINTR) return -2;
        if (waited >= limit) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        sleep_ms(5);
        waited += 5;
    }
}

/* A child reports through a pipe rather than its exit status: under
 * valgrind, a child forked from a multi-threaded process finds the other
 * threads' allocations in flight unreachable and exits with valgrind's
 * error code at its leak check, which says nothing of the library. */
static int report_fd = -1;

static void report(char c) {
    if (report_fd >= 0 && write(report_fd, &c, 1) != 1) _exit(5);
}

/* What a child reported, up to `len` - 1 bytes, NUL-terminated. */
static void reported(int fd, char *out, size_t len) {
    ssize_t n;
    size_t got = 0;
    while (got + 1 < len && (n = read(fd, out + got, len - 1 - got)) > 0) got += (size_t)n;
    out[got] = '\0';
    close(fd);
}

/* Runs `fn(arg)` in a forked child, which fails if any check fails there,
 * and checks that it ended within `seconds` and reported success. */
static void isolated(const char *what, void (*fn)(void *), void *arg, int seconds) {
    pid_t pid;
    int status, fds[2];
    char got[8];
    fflush(stdout);
    fflush(stderr);
    if (pipe(fds) != 0) {
        CHECK(0, "pipe: %s", strerror(errno));
        return;
    }
    pid = fork();
    if (pid == 0) {
        close(fds[0]);
        report_fd = fds[1];
        check_failed = 0;
        fn(arg);
        fflush(stdout);
        fflush(stderr);
        report(check_failed == 0 ? 'P' : 'F');
        _exit(0);
    }
    close(fds[1]);
    CHECK(pid > 0, "fork: %s", strerror(errno));
    if (pid <= 0) {
        close(fds[0]);
        return;
    }
    status = wait_for(pid, seconds);
    reported(fds[0], got, sizeof got);
    CHECK(status != -1, "%s: still running after %d s (blocked)", what, seconds * slow);
    CHECK(status == -1 || !WIFSIGNALED(status), "%s: killed by signal %d (a crash)", what,
          WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    CHECK(status == -1 || WIFSIGNALED(status) || strcmp(got, "P") == 0,
          "%s: checks failed in the child (it reported \"%s\")", what, got);
}

struct on_stack {
    void (*fn)(void *);
    void *arg;
};

static void *run_on_stack(void *p) {
    struct on_stack *s = p;
    s->fn(s->arg);
    return NULL;
}

/* Runs `fn(arg)` on a new thread with a stack of `size` bytes. */
static void with_stack(size_t size, void (*fn)(void *), void *arg) {
    pthread_attr_t attr;
    pthread_t t;
    struct on_stack s;
    s.fn = fn;
    s.arg = arg;
    pthread_attr_init(&attr);
    CHECK(pthread_attr_setstacksize(&attr, size) == 0, "stack size %zu", size);
    CHECK(pthread_create(&t, &attr, run_on_stack, &s) == 0, "pthread_create");
    pthread_join(t, NULL);
    pthread_attr_destroy(&attr);
}

/* What a report may hold: UTF-8 with no control character but the '\n'
 * between problems, no U+2028/U+2029, no bidi mark. */
static int clean_report(const char *s) {
    const unsigned char *p = (const unsigned char *)s;
    for (; *p; p++) {
        if ((*p < 0x20 && *p != '\n') || *p == 0x7f) return 0;
        if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) return 0;         /* C1 */
        if (p[0] == 0xd8 && p[1] == 0x9c) return 0;                         /* U+061C */
        if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x8e || p[2] == 0x8f)) return 0; /* LRM RLM */
        if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xa8 && p[2] <= 0xae) return 0; /* 2028-202E */
        if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9) return 0; /* 2066-2069 */
    }
    return valid_utf8(s, 0);
}

static int count_lines(const char *s) {
    int n = *s ? 1 : 0;
    for (; *s; s++)
        if (*s == '\n' && s[1]) n++;
    return n;
}

/* The probes a refused load must leave alone, pointers included. */
static const struct {
    int code;
    const char *lang;
} probes[] = {{486, "de"}, {486, "de_DE.UTF-8"}, {404, "fr"}, {603, "ja"},
              {480, "qaa"}, {486, "qab"}, {499, NULL}};
#define NPROBES (sizeof probes / sizeof probes[0])

struct snapshot {
    size_t langs;
    const char *reason[NPROBES], *description[NPROBES];
};

static void take(struct snapshot *s) {
    size_t i;
    s->langs = sip_lang_count();
    for (i = 0; i < NPROBES; i++) {
        s->reason[i] = sip_reason(probes[i].code, probes[i].lang);
        s->description[i] = sip_description(probes[i].code, probes[i].lang);
    }
}

static int same_snapshot(const struct snapshot *a, const struct snapshot *b) {
    return memcmp(a, b, sizeof *a) == 0;
}

/* Loads `dir`, expects it refused with nothing changed and the report
 * clean, naming `dir`/`file`; returns the line number given for that file
 * (-1 when it is not named). */
static int refused(const char *what, const char *dir, const char *file) {
    struct snapshot before, after;
    char name[1024];
    const char *at;
    int line = -1;
    take(&before);
    memset(err, 'x', sizeof err);
    CHECK(!sip_load_locale_dir(dir, err, sizeof err), "%s: loaded", what);
    take(&after);
    CHECK(same_snapshot(&before, &after), "%s: a refused load changed something", what);
    CHECK(clean_report(err), "%s: a control, separator or bidi mark in: %s", what, err);
    CHECK(strstr(err, "internal error") == NULL, "%s: %s", what, err);
    if (file) {
        snprintf(name, sizeof name, "%s/%s:", dir, file);
        at = strstr(err, name);
        CHECK(at != NULL, "%s: %s is not named in: %.500s", what, name, err);
        if (at) line = atoi(at + strlen(name));
    }
    return line;
}

static int loads(const char *dir) {
    int ok = sip_load_locale_dir(dir, err, sizeof err);
    CHECK(ok, "%s: %s", dir, err);
    CHECK_STR(err, "");
    return ok;
}

/* Item 1: nesting, checked before the Fluent parser, so no depth crashes. */

static char *repeat(const char *s, size_t n) {
    size_t len = strlen(s);
    char *out = malloc(len * n + 1);
    size_t i;
    for (i = 0; i < n; i++) memcpy(out + i * len, s, len);
    out[len * n] = '\0';
    return out;
}

struct deep {
    const char *what;
    char *text;
    int line; /* the first line the error may name */
};

static char *nested_placeables(const char *before, size_t depth) {
    char *open = repeat("{ ", depth), *close = repeat(" }", depth);
    size_t len = strlen(before) + 2 * strlen(open) + 64;
    char *text = malloc(len);
    snprintf(text, len, "%ssip-486 = %s\"x\"%s\n", before, open, close);
    free(open);
    free(close);
    return text;
}

/* `depth` selects, each in the default variant of the one before; `quote`
 * starts each variant's text. */
static char *nested_selects(size_t depth, const char *quote) {
    size_t cap = depth * 64 + 64, i;
    char *text = malloc(cap), *p = text;
    p += sprintf(p, "# nested selects\nsip-486 = ");
    for (i = 0; i < depth; i++) p += sprintf(p, "{ $v%zu ->\n    *[a] %s", i, quote);
    p += sprintf(p, "x\n");
    for (i = 0; i < depth; i++) p += sprintf(p, "}\n");
    return text;
}

static char *after_a_quote(size_t depth) {
    char *open = repeat("{ ", depth), *close = repeat(" }", depth);
    size_t len = 2 * strlen(open) + 128;
    char *text = malloc(len);
    snprintf(text, len, "sip-486 = { $x ->\n    *[a] \" %s\"x\"%s\n}\n", open, close);
    free(open);
    free(close);
    return text;
}

static char *nested_calls(size_t depth) {
    char *open = repeat("F(", depth), *close = repeat(")", depth);
    size_t len = strlen(open) + strlen(close) + 64;
    char *text = malloc(len);
    snprintf(text, len, "sip-486 = { %s1%s }\n", open, close);
    free(open);
    free(close);
    return text;
}

/* sip-486 = { m0 }, m0 = { m1 }, ..., m<n-1> = end */
static char *reference_chain(size_t n) {
    size_t cap = n * 32 + 64, i;
    char *text = malloc(cap), *p = text;
    p += sprintf(p, "sip-486 = { m0 }\n");
    for (i = 0; i + 1 < n; i++) p += sprintf(p, "m%zu = { m%zu }\n", i, i + 1);
    sprintf(p, "m%zu = end\n", n - 1);
    return text;
}

static char *select_of_placeables(size_t n, int through_term) {
    char *many = repeat("{ \"a\" }", n);
    size_t len = strlen(many) + 128;
    char *text = malloc(len);
    if (through_term)
        snprintf(text, len, "sip-486 = { 1 ->\n   *[a] { -t }\n}\n-t = %s\n", many);
    else
        snprintf(text, len, "sip-486 = { 1 ->\n   *[a] %s\n}\n", many);
    free(many);
    return text;
}

static void refuse_deep(void *arg) {
    const struct deep *d = arg;
    char dir[512];
    int line;
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", d->text);
    line = refused(d->what, dir, "de/sip.ftl");
    CHECK(line >= d->line && line <= d->line + MAX_NESTING, "%s: line %d, want %d: %.300s",
          d->what, line, d->line, err);
    CHECK(count_lines(err) <= MAX_PROBLEMS + 1, "%s: %d lines", d->what, count_lines(err));
}

static void refuse_deep_small_stack(void *arg) {
    with_stack(SMALL_STACK, refuse_deep, arg);
}

static void deep_nesting(void) {
    struct deep cases[11];
    size_t i;
    cases[0].what = "10,000 nested placeables";
    cases[0].text = nested_placeables("# deep\n\n", 10000);
    cases[0].line = 3;
    cases[1].what = "9 nested placeables";
    cases[1].text = nested_placeables("", MAX_NESTING + 1);
    cases[1].line = 1;
    cases[2].what = "101 nested selects";
    cases[2].text = nested_selects(101, "");
    cases[2].line = 2;
    cases[3].what = "1,000 nested selects";
    cases[3].text = nested_selects(1000, "");
    cases[3].line = 2;
    /* A '"' in a variant's text is text, not a string literal: the
     * placeables after it nest all the same. */
    cases[4].what = "10,000 placeables after a quote in a select variant";
    cases[4].text = after_a_quote(10000);
    cases[4].line = 2;
    cases[5].what = "101 nested selects, each after a quote";
    cases[5].text = nested_selects(101, "\" ");
    cases[5].line = 2;
    /* The parser also recurses once per call: no brace needed. */
    cases[6].what = "10,000 nested calls";
    cases[6].text = nested_calls(10000);
    cases[6].line = 1;
    /* The resolver recurses once per reference, up to fluent-bundle's limit
     * of 100 placeables. */
    cases[7].what = "a chain of 150 message references";
    cases[7].text = reference_chain(150);
    cases[7].line = 1;
    /* Not deep: fluent-bundle's unreachable!() when the placeables inside
     * a select cross its limit of 100. */
    cases[8].what = "a select whose variant has 100 placeables";
    cases[8].text = select_of_placeables(100, 0);
    cases[8].line = 1;
    cases[9].what = "a select whose variant uses a term of 100 placeables";
    cases[9].text = select_of_placeables(100, 1);
    cases[9].line = 1;
    cases[10].what = "1,000 nested selects on a number";
    cases[10].text = nested_selects(1000, "");
    cases[10].line = 2;
    {
        /* on a number, not a variable: fluent-bundle resolves the selects */
        char *p = cases[10].text;
        while ((p = strstr(p, "$v")) != NULL) {
            p[0] = '1';
            p[1] = ' ';
            for (p += 2; *p >= '0' && *p <= '9'; p++) *p = ' ';
        }
    }
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char what[256];
        snprintf(what, sizeof what, "%s, main thread", cases[i].what);
        isolated(what, refuse_deep, &cases[i], 60);
        snprintf(what, sizeof what, "%s, 256 KB stack", cases[i].what);
        isolated(what, refuse_deep_small_stack, &cases[i], 60);
        free(cases[i].text);
    }
    {
        /* At the limit: loads, on a small stack too. */
        struct deep ok = {"8 nested placeables", NULL, 0};
        char dir[512];
        ok.text = nested_placeables("", MAX_NESTING);
        new_dir(dir, sizeof dir);
        put(dir, "qab/sip.ftl", ok.text);
        loads(dir);
        CHECK_STR(sip_reason(486, "qab"), "x");
        free(ok.text);
    }
}

/* Item 3: junk, refused with a capped report. */

static void junk(void) {
    const char *line = "junk is not { Fluent } at all ]] \"\n";
    size_t n = (MAX_FILE_LEN - 100) / strlen(line);
    char *text = repeat(line, n);
    char dir[512];
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", text);
    refused("1 MB of junk", dir, "de/sip.ftl");
    printf("test_hostile: 1 MB of junk: %d lines, the last: %s\n", count_lines(err),
           strrchr(err, '\n') ? strrchr(err, '\n') + 1 : err);
    CHECK(count_lines(err) <= MAX_PROBLEMS + 1, "%d lines", count_lines(err));
    CHECK(strstr(err, "more problems") != NULL, "no count of the rest");
    free(text);
}

/* Sizes. */

static void sparse_file(const char *dir, const char *rel, off_t len) {
    char path[1024];
    int fd;
    path_of(path, sizeof path, dir, rel);
    fd = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0600);
    CHECK(fd >= 0 && ftruncate(fd, len) == 0, "%s: %s", path, strerror(errno));
    if (fd >= 0) close(fd);
}

static void sizes(void) {
    char dir[512], want[64];
    char *long_value, *text;
    /* Over the limit, and 100 MB: sparse, so nothing is written, and the
     * loader refuses them by their size, without reading. */
    new_dir(dir, sizeof dir);
    sparse_file(dir, "de/sip.ftl", (off_t)MAX_FILE_LEN + 1);
    refused("MAX_FILE_LEN + 1 bytes", dir, "de/sip.ftl");
    snprintf(want, sizeof want, "%u", MAX_FILE_LEN + 1);
    CHECK(strstr(err, want) != NULL, "%s", err);
    new_dir(dir, sizeof dir);
    sparse_file(dir, "de/sip.ftl", (off_t)100 << 20);
    refused("100 MB", dir, "de/sip.ftl");
    CHECK(strstr(err, "104857600") != NULL, "%s", err);
    printf("test_hostile: a 100 MB file: %s\n", err);
    /* A value of 1024 bytes is refused, 1023 loads. */
    long_value = repeat("x", MAX_VALUE_LEN + 1);
    text = malloc(MAX_VALUE_LEN + 64);
    snprintf(text, MAX_VALUE_LEN + 64, "\nsip-486 = %s\n", long_value);
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", text);
    CHECK(refused("1024-byte value", dir, "de/sip.ftl") == 2, "%s", err);
    long_value[MAX_VALUE_LEN] = '\0';
    snprintf(text, MAX_VALUE_LEN + 64, "sip-486 = %s\n", long_value);
    new_dir(dir, sizeof dir);
    put(dir, "qab/sip.ftl", text);
    loads(dir);
    CHECK_STR(sip_reason(486, "qab"), long_value);
    free(long_value);
    free(text);
}

/* Item 4: line breaks, controls and bidi marks. */

static void bad_values(void) {
    static const struct {
        const char *what, *value;
    } cases[] = {
        {"U+2028", "Besetzt\xe2\x80\xa8Via: SIP/2.0/UDP evil"},
        {"U+2029", "Besetzt\xe2\x80\xa9x"},
        {"NEL", "Besetzt\xc2\x85x"},
        {"C1 CSI", "Besetzt\302\23331m"},
        {"escaped CR", "Besetzt{ \"\\u000D\" }x"},
        {"escaped LF", "Besetzt{ \"\\u000A\" }x"},
        {"escaped CR LF", "Besetzt{ \"\\u000D\\u000A\" }Via: x"},
        {"escaped U+2028", "Besetzt{ \"\\u2028\" }x"},
        {"raw CR", "Besetzt\rVia: x"},
        {"tab", "Besetzt\tx"},
        {"RLO", "Besetzt\xe2\x80\xaex"},
        {"RLI", "\342\201\247Besetzt"},
        {"RLM", "Besetzt\xe2\x80\x8f"},
        {"ALM", "Besetzt\xd8\x9cx"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char dir[512], text[256];
        new_dir(dir, sizeof dir);
        snprintf(text, sizeof text, "# %s\nsip-486 = %s\n", cases[i].what, cases[i].value);
        put(dir, "de/sip.ftl", text);
        CHECK(refused(cases[i].what, dir, "de/sip.ftl") == 2, "%s: %s", cases[i].what, err);
        new_dir(dir, sizeof dir);
        snprintf(text, sizeof text, "sip-486 = Ok\n    .description = %s\n", cases[i].value);
        put(dir, "qac/sip.ftl", text);
        CHECK(refused(cases[i].what, dir, "qac/sip.ftl") == 2, "%s: %s", cases[i].what, err);
        CHECK_STR(sip_negotiated_lang("qac"), "en");
    }
}

static void bad_names(void) {
    static const char *names[] = {
        "de\r\nVia: SIP 2.0 UDP evil", "de\nX-Injected: 1", "x\xe2\x80\xa8y",
        "\342\200\256ed",           "de\xc2\x85x",       "\x1b[31mde",
    };
    size_t i;
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        char dir[512], rel[256];
        new_dir(dir, sizeof dir);
        snprintf(rel, sizeof rel, "%s/sip.ftl", names[i]);
        put(dir, rel, "sip-486 = x\n");
        refused("a hostile folder name", dir, NULL);
        CHECK(count_lines(err) == 1, "one problem, one line: %s", err);
        CHECK(strchr(err, '\r') == NULL && strchr(err, '\n') == NULL, "%s", err);
        /* A hostile file name in a good folder. */
        new_dir(dir, sizeof dir);
        snprintf(rel, sizeof rel, "de/%s.ftl", names[i]);
        put(dir, rel, "sip-486 = {\n");
        refused("a hostile file name", dir, NULL);
        CHECK(strchr(err, '\r') == NULL && count_lines(err) == 1, "%s", err);
    }
}

/* Item 2: reloads keep memory flat. */

static void reload(const char *dir, int n) {
    int i, ok = 1;
    for (i = 0; i < n && ok; i++) ok = sip_load_locale_dir(dir, err, sizeof err);
    CHECK(ok, "reload %d of %s: %s", i, dir, err);
}

static void memory(int n) {
    char dir[512], a[512], b[512];
    long start, after_n, after_11n, g1, g10;
    int i;
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", "sip-486 = Besetzt R\n");
    reload(dir, n / 20 + 1);
    start = vm_kb("VmRSS:");
    reload(dir, n);
    after_n = vm_kb("VmRSS:");
    reload(dir, 10 * n);
    after_11n = vm_kb("VmRSS:");
    g1 = after_n - start;
    g10 = after_11n - after_n;
    printf("test_hostile: VmRSS %ld KB; +%ld KB after %d reloads of one file, +%ld KB after %d more\n",
           start, g1, n, g10, 10 * n);
    /* Under valgrind, resident memory is valgrind's: it holds 20 MB of
     * freed blocks before reusing any (--freelist-vol), and shadows every
     * allocation; the figures are printed, not checked. */
    CHECK(slow > 1 || g10 <= 2 * (g1 > 0 ? g1 : 0) + 1024, "growth(10N) %ld KB, growth(N) %ld KB",
          g10, g1);
    CHECK(slow > 1 || UNDER_ASAN || g1 < 4096, "%ld KB for %d reloads", g1, n);
    CHECK_STR(sip_reason(486, "de"), "Besetzt R");

    new_dir(a, sizeof a);
    put(a, "de/sip.ftl", "sip-486 = Besetzt A\n");
    put(a, "qad/sip.ftl", "sip-486 = Qad A\n");
    new_dir(b, sizeof b);
    put(b, "de/sip.ftl", "sip-486 = Besetzt B\n");
    put(b, "qad/sip.ftl", "sip-486 = Qad B\n");
    for (i = 0; i < 10; i++) {
        reload(a, 1);
        reload(b, 1);
    }
    start = vm_kb("VmRSS:");
    for (i = 0; i < n / 2; i++) {
        reload(a, 1);
        reload(b, 1);
    }
    after_n = vm_kb("VmRSS:");
    for (i = 0; i < 5 * n; i++) {
        reload(a, 1);
        reload(b, 1);
    }
    after_11n = vm_kb("VmRSS:");
    g1 = after_n - start;
    g10 = after_11n - after_n;
    printf("test_hostile: alternating two folders: +%ld KB after %d loads, +%ld KB after %d more\n",
           g1, n, g10, 10 * n);
    CHECK(slow > 1 || g10 <= 2 * (g1 > 0 ? g1 : 0) + 1024, "growth(10N) %ld KB, growth(N) %ld KB",
          g10, g1);
    CHECK_STR(sip_reason(486, "qad"), "Qad B");
}

static void restore_german(void) {
    char dir[512];
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", "sip-486 = Besetzt\n");
    loads(dir);
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
}

/* Item 6, the smaller ones. */

static void override_486(void) {
    char dir[512], description[1024];
    const char *decline = sip_reason(603, "de");
    snprintf(description, sizeof description, "%s", sip_description(486, "de"));
    CHECK(strcmp(description, sip_description(486, NULL)) != 0, "German: %s", description);
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", "sip-486 = Leitung belegt\n");
    loads(dir);
    CHECK_STR(sip_reason(486, "de_AT.UTF-8"), "Leitung belegt");
    CHECK_STR(sip_description(486, "de"), description);
    CHECK_STR(sip_reason_as(486, "de", SIP_FORM_SHORT), "Leitung belegt");
    CHECK_STR(sip_reason_as(486, "de", SIP_FORM_ASCII), "Leitung belegt");
    CHECK_STR(sip_reason_as(486, "de", SIP_FORM_SHORT | SIP_FORM_ASCII), "Leitung belegt");
    CHECK_STR(sip_reason(603, "de"), decline);
    /* Not ASCII: the library has no transliteration table, so the ASCII
     * form is English's. */
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", "sip-486 = Ger\xc3\xa4t belegt\n");
    loads(dir);
    CHECK_STR(sip_reason_as(486, "de", SIP_FORM_SHORT), "Ger\xc3\xa4t belegt");
    CHECK_STR(sip_reason_as(486, "de", SIP_FORM_ASCII), "Busy Here");
    CHECK_STR(sip_description(486, "de"), description);
    restore_german();
    CHECK_STR(sip_description(486, "de"), description);
}

static void und_and_long_tags(void) {
    static const char *unds[] = {"und", "UND", "und-DE", "und_DE.UTF-8"};
    /* 63, 64 and 65 bytes: qaa-Latn-QM, five variants of 8, one of 6 to 8. */
    const char *base = "qaa-Latn-QM-vara1xxx-varb2xxx-varc3xxx-vard4xxx-vare5xxx-";
    char dir[512], rel[256], tag[80];
    size_t i;
    for (i = 0; i < sizeof unds / sizeof unds[0]; i++) {
        new_dir(dir, sizeof dir);
        snprintf(rel, sizeof rel, "%s/sip.ftl", unds[i]);
        put(dir, rel, "sip-486 = Busy und\n");
        refused(unds[i], dir, rel);
        CHECK(strstr(err, "is not a language") != NULL, "%s: %s", unds[i], err);
        CHECK_STR(sip_reason(486, "xx"), "Busy Here");
    }
    for (i = 7; i <= 8; i++) {
        snprintf(tag, sizeof tag, "%s%.*s", base, (int)i, "zzzzzzzz");
        CHECK(strlen(tag) == 57 + i, "%zu", strlen(tag));
        new_dir(dir, sizeof dir);
        snprintf(rel, sizeof rel, "%s/sip.ftl", tag);
        put(dir, rel, "sip-486 = Lang\n");
        refused("a 64-byte tag", dir, rel);
        CHECK(strstr(err, "64 bytes or longer") != NULL, "%s", err);
    }
    snprintf(tag, sizeof tag, "%szzzzzz", base);
    CHECK(strlen(tag) == 63, "%zu", strlen(tag));
    new_dir(dir, sizeof dir);
    snprintf(rel, sizeof rel, "%s/sip.ftl", tag);
    put(dir, rel, "sip-486 = Dreiundsechzig\n");
    loads(dir);
    CHECK_STR(sip_reason(486, tag), "Dreiundsechzig");
    CHECK_STR(sip_negotiated_lang(tag), tag);
}

static void refuse_in_child(void *dir) {
    refused("a FIFO", dir, "de/sip.ftl");
    printf("test_hostile: FIFO: %s\n", err);
}

static void not_regular_files(void) {
    char dir[512], path[1024], other[1024];
    struct sockaddr_un addr;
    int fd;
    /* Each next to a good file, which must not be loaded either. */
#define CASE(what, make)                                     \
    do {                                                     \
        new_dir(dir, sizeof dir);                            \
        put(dir, "de/a.ftl", "sip-486 = Besetzt N\n");       \
        path_of(path, sizeof path, dir, "de/sip.ftl");       \
        make;                                                \
        refused(what, dir, "de/sip.ftl");                    \
        printf("test_hostile: %s: %s\n", what, err);         \
        CHECK_STR(sip_reason(486, "de"), "Besetzt");         \
    } while (0)
    CASE("dangling symlink", CHECK(symlink("/nonexistent/sip.ftl", path) == 0, "symlink"));
    CASE("self loop", CHECK(symlink(path, path) == 0, "symlink"));
    CASE("symlink loop", {
        path_of(other, sizeof other, dir, "de/b.ftl");
        CHECK(symlink(other, path) == 0 && symlink(path, other) == 0, "symlink");
    });
    CASE("/dev/zero", CHECK(symlink("/dev/zero", path) == 0, "symlink"));
    CASE("directory", CHECK(mkdir(path, 0700) == 0, "mkdir"));
    CASE("socket", {
        fd = socket(AF_UNIX, SOCK_STREAM, 0);
        memset(&addr, 0, sizeof addr);
        addr.sun_family = AF_UNIX;
        CHECK(strlen(path) < sizeof addr.sun_path, "socket path too long: %s", path);
        memcpy(addr.sun_path, path, strlen(path) < sizeof addr.sun_path ? strlen(path) : 0);
        CHECK(fd >= 0 && bind(fd, (struct sockaddr *)&addr, sizeof addr) == 0, "bind %s", path);
        close(fd);
    });
#undef CASE
    /* A FIFO: opening it would block until a writer comes. In a child, so
     * a blocked load is a failed check, not a hung test. */
    new_dir(dir, sizeof dir);
    put(dir, "de/a.ftl", "sip-486 = Besetzt N\n");
    path_of(path, sizeof path, dir, "de/sip.ftl");
    CHECK(mkfifo(path, 0600) == 0, "mkfifo");
    isolated("a FIFO", refuse_in_child, dir, 20);
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
}

static void bom(void) {
    char dir[512];
    new_dir(dir, sizeof dir);
    put(dir, "qab/sip.ftl", "\xef\xbb\xbfsip-486 = Mit BOM\n    .description = Beschreibung.\n");
    loads(dir);
    CHECK_STR(sip_reason(486, "qab"), "Mit BOM");
    CHECK_STR(sip_description(486, "qab"), "Beschreibung.");
    /* A problem on line 1 of a file with a BOM is on line 1. */
    new_dir(dir, sizeof dir);
    put(dir, "de/sip.ftl", "\xef\xbb\xbfsip-486 = { \"\" }\n");
    CHECK(refused("BOM, empty value", dir, "de/sip.ftl") == 1, "%s", err);
}

static void accept_language(void) {
    static const char *bad[] = {
        "de\xff", "d\377e", "de;q=0.\xff", "de;q=\xff", "de;\xff=1", "de;x=\xff",
        "de;x=\"\xff\"", "de;x=a\xc3", "de;level=1\xed\xa0\x80", "de;\xff",
    };
    char value[128];
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(value, sizeof value, "%s, fr;q=0.1", bad[i]);
        CHECK_STR(sip_lang_from_accept_language(value), "fr");
        CHECK_STR(sip_lang_from_accept_language(bad[i]), "en");
    }
    CHECK_STR(sip_lang_from_accept_language("fr;q=0.1, de;x=\xff, ja;q=0.5"), "ja");
    CHECK_STR(sip_lang_from_accept_language("de;x=\"\xc3\xbc\", fr;q=0.1"), "de");
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static double per_call(const char *tag) {
    int i, n = 20000;
    double start = now();
    const char *volatile sink = NULL;
    for (i = 0; i < n; i++) sink = sip_reason(486, tag);
    (void)sink;
    return (now() - start) / n * 1e9;
}

static void tag_cache(void) {
    char dir[512], tag[64];
    double before, after, fresh;
    int i;
    new_dir(dir, sizeof dir);
    put(dir, "qae/sip.ftl", "sip-486 = Qae\n");
    loads(dir); /* a new registry: an empty cache */
    before = per_call("De_dE.utf-8");
    for (i = 0; i < 10000; i++) {
        snprintf(tag, sizeof tag, "x%d-junk-%d", i, i * 7919);
        if (strcmp(sip_reason(486, tag), "Busy Here") != 0) {
            CHECK(0, "junk tag %s", tag);
            break;
        }
    }
    CHECK_STR(sip_reason(486, "De_dE.utf-8"), "Besetzt");
    CHECK_STR(sip_reason(486, "de"), "Besetzt");
    CHECK_STR(sip_reason(404, "FR_be.ISO-8859-1"), sip_reason(404, "fr"));
    CHECK_STR(sip_reason(486, "qae_QM"), "Qae");
    CHECK_STR(sip_negotiated_lang("it_CH"), "it");
    after = per_call("De_dE.utf-8");
    fresh = per_call("it_CH");
    printf("test_hostile: tag cache: De_dE.utf-8 %.0f ns/call before 10,000 junk tags, %.0f after; "
           "it_CH first seen after them %.0f ns/call, de %.0f\n",
           before, after, fresh, per_call("de"));
}

/* Item 5: formatting into a buffer while another thread reloads. */

static atomic_int stop;
static char dir_a[512], dir_b[512];
static atomic_long reloads;

static void *reload_loop(void *arg) {
    char e[256];
    (void)arg;
    while (!atomic_load(&stop)) {
        if (!sip_load_locale_dir(dir_a, e, sizeof e) || !sip_load_locale_dir(dir_b, e, sizeof e)) {
            fprintf(stderr, "reload failed: %s\n", e);
            atomic_store(&stop, 2);
        }
        atomic_fetch_add(&reloads, 2);
    }
    return NULL;
}

#define SHORT_TEXT "kurz"
#define LONG_TEXT "ein viel l\xc3\xa4ngerer Text, der nicht in den Puffer passt"

/* The race-free pattern for C (include/sipstatus.h, sip_format_reason):
 * format into the buffer, and if the length returned does not fit, grow
 * it and format again. Each call formats one snapshot of the locales, so
 * what it writes whole is never cut. */
static size_t format_whole(int cause, const char *lang, char **buf, size_t *cap, long *retries) {
    for (;;) {
        size_t n = sip_format_reason(cause, lang, *buf, *cap);
        if (n < *cap) return n;
        *cap = n + 1;
        *buf = realloc(*buf, *cap);
        ++*retries;
    }
}

static void formatting(int rounds) {
    pthread_t t;
    char *buf = malloc(8), naive[256];
    size_t cap = 8;
    long retries = 0, torn = 0, bad = 0;
    int i;
    new_dir(dir_a, sizeof dir_a);
    put(dir_a, "qaf/q850.ftl", "q850-17 = " SHORT_TEXT "\n");
    new_dir(dir_b, sizeof dir_b);
    put(dir_b, "qaf/q850.ftl", "q850-17 = " LONG_TEXT "\n");
    loads(dir_a);
    atomic_store(&stop, 0);
    CHECK(pthread_create(&t, NULL, reload_loop, NULL) == 0, "pthread_create");
    for (i = 0; i < rounds; i++) {
        size_t n = format_whole(17, "qaf", &buf, &cap, &retries), sized;
        if (strlen(buf) != n || (strcmp(buf, "Q.850;cause=17;text=\"" SHORT_TEXT "\"") != 0 &&
                                 strcmp(buf, "Q.850;cause=17;text=\"" LONG_TEXT "\"") != 0)) {
            if (bad++ < 5) fprintf(stderr, "format_whole gave \"%s\" (%zu)\n", buf, n);
        }
        /* The two-call pattern, sized by one call and written by another:
         * the count of cut values it gives is printed, not checked. */
        sized = sip_format_reason(17, "qaf", NULL, 0);
        if (sip_format_reason(17, "qaf", naive, sized + 1) > sized) torn++;
    }
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    CHECK(bad == 0, "%ld of %d formatted values were not whole", bad, rounds);
    printf("test_hostile: %d values formatted whole during %ld reloads (%ld retries); the "
           "two-call pattern would have cut %ld\n",
           rounds, atomic_load(&reloads), retries, torn);
    free(buf);
}

/* fork() while another thread reloads. */

static int lookups_in_child(void) {
    const char *r = sip_reason(486, "de");
    int ok = r && (strcmp(r, "Besetzt A") == 0 || strcmp(r, "Besetzt B") == 0);
    ok = ok && strcmp(sip_negotiated_lang("qad_QM.UTF-8"), "qad") == 0;
    ok = ok && strcmp(sip_negotiated_lang("it_CH.UTF-8"), "it") == 0; /* may be a new tag */
    ok = ok && strcmp(sip_reason(486, NULL), "Busy Here") == 0;
    ok = ok && strcmp(sip_lang_from_accept_language("xx, qad;q=0.5"), "qad") == 0;
    return ok;
}

static void forks(int n) {
    pthread_t t;
    int i, hung = 0, failed = 0, load_blocked = 0, load_done = 0;
    new_dir(dir_a, sizeof dir_a);
    put(dir_a, "de/sip.ftl", "sip-486 = Besetzt A\n");
    put(dir_a, "qad/sip.ftl", "sip-486 = Qad A\n");
    new_dir(dir_b, sizeof dir_b);
    put(dir_b, "de/sip.ftl", "sip-486 = Besetzt B\n");
    put(dir_b, "qad/sip.ftl", "sip-486 = Qad B\n");
    loads(dir_a);
    atomic_store(&stop, 0);
    CHECK(pthread_create(&t, NULL, reload_loop, NULL) == 0, "pthread_create");
    for (i = 0; i < n; i++) {
        int with_load = i % 4 == 3, status, fds[2];
        char got[8];
        pid_t pid;
        sleep_ms(i % 3);
        fflush(stdout);
        fflush(stderr);
        if (pipe(fds) != 0) {
            CHECK(0, "pipe");
            break;
        }
        pid = fork();
        if (pid == 0) {
            close(fds[0]);
            report_fd = fds[1];
            /* 'k': the lookups answered as they should. */
            report(lookups_in_child() ? 'k' : 'x');
            if (with_load) {
                char e[256];
                /* May block forever (documented): the parent's reloading
                 * thread may have held the loader's lock at the fork. 'l':
                 * loaded, and the lookups still answer. */
                if (sip_load_locale_dir(dir_a, e, sizeof e) && lookups_in_child()) report('l');
            }
            _exit(0);
        }
        close(fds[1]);
        CHECK(pid > 0, "fork");
        if (pid <= 0) {
            close(fds[0]);
            break;
        }
        status = wait_for(pid, with_load ? 1 : 20);
        reported(fds[0], got, sizeof got);
        if (got[0] != 'k') {
            /* No answer from the lookups in time: blocked or failed. */
            if (status == -1) hung++;
            else failed++;
            fprintf(stderr, "child %d: status %d, reported \"%s\"\n", i, status, got);
        } else if (with_load && got[1] == 'l') {
            load_done++;
        } else if (with_load && status == -1) {
            load_blocked++;
        } else if (with_load || WIFSIGNALED(status)) {
            failed++;
            fprintf(stderr, "child %d: status %d, reported \"%s\"\n", i, status, got);
        }
    }
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    CHECK(hung == 0, "%d children blocked in lookups", hung);
    CHECK(failed == 0, "%d children failed", failed);
    printf("test_hostile: %d forks during reloads: lookups never blocked; of %d children that "
           "then loaded, %d blocked (the fork landed inside a load) and %d loaded\n",
           n, n / 4, load_blocked, load_done);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    int nforks = argc > 2 ? atoi(argv[2]) : 100;
    const char *tmp = getenv("TMPDIR");
    const char *vg = getenv("LD_PRELOAD");
    /* valgrind preloads its vgpreload_*.so */
    if (getenv("SIPSTATUS_TEST_SLOW") || (vg && strstr(vg, "vgpreload"))) slow = 20;
    signal(SIGPIPE, SIG_IGN);
    snprintf(root, sizeof root, "%s/sipstatus-hostile-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) {
        perror(root);
        return 2;
    }
    CHECK_STR(sip_reason(486, "de"), "Besetzt");

    deep_nesting();
    junk();
    sizes();
    bad_values();
    bad_names();
    override_486();
    und_and_long_tags();
    not_regular_files();
    bom();
    accept_language();
    tag_cache();
    memory(n);
    restore_german();
    formatting(n * 20);
    forks(nforks);
    restore_german();

    nftw(root, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    return check_summary("test_hostile");
}
