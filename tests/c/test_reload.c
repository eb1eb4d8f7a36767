/* sip_load_locale_dir while other threads call sip_reason: every string a
 * reader gets is whole and one of the values that were ever in force (never
 * torn, never freed, never from a refused folder); strings handed out
 * before a reload still read the same after all of them; a folder with an
 * error changes nothing and names its file and line in err.
 *
 * Usage: test_reload [rounds] (fewer under valgrind). Builds its locale
 * folders under $TMPDIR (or /tmp) and removes them. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */
#include "sipstatus.h"
#include "check.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define THREADS 6
#define MAX_ALLOWED 4
#define SAMPLES 64

/* One lookup the readers repeat, and every value it may give. */
struct probe {
    int code;
    const char *lang;
    const char *allowed[MAX_ALLOWED];
};

static struct probe probes[] = {
    {486, "de", {"Besetzt", "Besetzt A", "Besetzt B", NULL}},
    {603, "de_DE.UTF-8", {NULL, "Abgelehnt A", "Abgelehnt B", NULL}}, /* [0]: the shipped one */
    /* qaa (ISO 639 private use) is never shipped: English until folder A adds it. */
    {486, "qaa", {"Busy Here", "Varattu A", "Varattu B", NULL}},
    {486, "qaa_QM.UTF-8", {"Busy Here", "Varattu A", "Varattu B", NULL}},
    {480, "qaa", {"Temporarily Unavailable", NULL}},
    {486, NULL, {"Busy Here", NULL}},
    {404, "de", {NULL}}, /* filled in by main: no folder touches it */
    {499, "de", {NULL}},
};
#define NPROBES (sizeof probes / sizeof probes[0])

static atomic_int stop, started;

/* A string a reader got, with a copy of its bytes at the time. */
struct sample {
    const char *ptr;
    char copy[64];
};

struct reader {
    long iterations, bad;
    struct sample samples[SAMPLES];
    int nsamples;
};

static int allowed(const struct probe *p, const char *got) {
    int i;
    if (got == NULL) return 0;
    for (i = 0; i < MAX_ALLOWED && p->allowed[i]; i++)
        if (strcmp(got, p->allowed[i]) == 0) return 1;
    return 0;
}

static void *read_loop(void *arg) {
    struct reader *r = arg;
    size_t i;
    int first = 1;
    while (!atomic_load(&stop)) {
        for (i = 0; i < NPROBES; i++) {
            const struct probe *p = &probes[i];
            const char *got = sip_reason(p->code, p->lang);
            if (!allowed(p, got)) {
                if (r->bad++ < 5)
                    fprintf(stderr, "reader got \"%s\" for %d/%s\n", got ? got : "(null)",
                            p->code, p->lang ? p->lang : "NULL");
            } else if (r->nsamples < SAMPLES && r->iterations % 7 == 0) {
                struct sample *s = &r->samples[r->nsamples++];
                s->ptr = got;
                snprintf(s->copy, sizeof s->copy, "%s", got);
            }
            got = sip_reason_by_id(p->code, sip_lang_id(p->lang));
            if (!allowed(p, got)) r->bad++;
        }
        {
            const char *tag = sip_negotiated_lang("qaa");
            if (strcmp(tag, "en") != 0 && strcmp(tag, "qaa") != 0) r->bad++;
        }
        r->iterations++;
        sched_yield(); /* leave the reloading thread its share (valgrind runs one thread at a time) */
        if (first) {
            atomic_fetch_add(&started, 1);
            first = 0;
        }
    }
    return NULL;
}

static char root[256];

static void write_file(const char *dir, const char *lang, const char *text) {
    char path[512];
    FILE *f;
    snprintf(path, sizeof path, "%s/%s", root, dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/%s", root, dir, lang);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/%s/sip.ftl", root, dir, lang);
    f = fopen(path, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
        perror(path);
        exit(2);
    }
}

static void remove_file(const char *dir, const char *lang) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s/%s/sip.ftl", root, dir, lang);
    unlink(path);
    snprintf(path, sizeof path, "%s/%s/%s", root, dir, lang);
    rmdir(path);
    snprintf(path, sizeof path, "%s/%s", root, dir);
    rmdir(path);
}

static int load(const char *dir, char *err, size_t len) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", root, dir);
    return sip_load_locale_dir(path, err, len);
}

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 100;
    const char *tmp = getenv("TMPDIR");
    struct reader readers[THREADS];
    pthread_t threads[THREADS];
    const char *before_486, *before_qaa;
    char err[512];
    long iterations = 0, bad = 0;
    int i, t, samples = 0;

    snprintf(root, sizeof root, "%s/sipstatus-reload-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) {
        perror(root);
        return 2;
    }
    write_file("a", "de", "sip-486 = Besetzt A\nsip-603 = Abgelehnt A\n");
    write_file("a", "qaa", "sip-486 = Varattu A\n");
    write_file("b", "de", "sip-486 = Besetzt B\nsip-603 = Abgelehnt B\n");
    write_file("b", "qaa", "sip-486 = Varattu B\n");
    /* Broken on line 2: must be refused whole, "Kaputt" never seen. */
    write_file("broken", "de", "sip-486 = Kaputt\nsip-603 = {\n");

    probes[1].allowed[0] = sip_reason(603, "de");
    probes[6].allowed[0] = sip_reason(404, "de");
    probes[7].allowed[0] = sip_reason(499, "de");
    before_486 = sip_reason(486, "de");
    before_qaa = sip_reason(486, "qaa");
    CHECK_STR(before_486, "Besetzt");
    CHECK_STR(before_qaa, "Busy Here");

    memset(readers, 0, sizeof readers);
    for (t = 0; t < THREADS; t++)
        CHECK(pthread_create(&threads[t], NULL, read_loop, &readers[t]) == 0, "thread %d", t);
    /* Reload only once every reader is looking things up. */
    while (atomic_load(&started) < THREADS) sched_yield();

    for (i = 0; i < rounds; i++) {
        CHECK(load("a", err, sizeof err), "round %d: a: %s", i, err);
        CHECK_STR(err, "");
        CHECK_STR(sip_reason(486, "de"), "Besetzt A");
        CHECK_STR(sip_reason(486, "qaa"), "Varattu A");

        CHECK(!load("broken", err, sizeof err), "round %d: broken folder loaded", i);
        CHECK(strstr(err, "/broken/de/sip.ftl:2: ") != NULL, "err: %s", err);
        CHECK_STR(sip_reason(486, "de"), "Besetzt A");
        CHECK_STR(sip_reason(603, "de"), "Abgelehnt A");

        CHECK(load("b", NULL, 0), "round %d: b", i);
        CHECK_STR(sip_reason(486, "de"), "Besetzt B");
        CHECK_STR(sip_reason(486, "qaa_QM"), "Varattu B");
    }
    atomic_store(&stop, 1);
    for (t = 0; t < THREADS; t++) {
        pthread_join(threads[t], NULL);
        iterations += readers[t].iterations;
        bad += readers[t].bad;
        for (i = 0; i < readers[t].nsamples; i++) {
            const struct sample *s = &readers[t].samples[i];
            CHECK(strcmp(s->ptr, s->copy) == 0, "sample changed: %s", s->copy);
            samples++;
        }
    }
    CHECK(bad == 0, "%ld lookups gave a value never in force", bad);
    CHECK(iterations >= THREADS, "readers ran (%ld rounds)", iterations);
    /* Strings from before every reload read as they did. */
    CHECK_STR(before_486, "Besetzt");
    CHECK_STR(before_qaa, "Busy Here");
    CHECK_STR(sip_negotiated_lang("qaa_QM.UTF-8"), "qaa");
    printf("test_reload: %d reloads (%d refused) during %ld reader rounds in %d threads, "
           "%d old strings rechecked\n",
           2 * rounds + rounds, rounds, iterations, THREADS, samples);

    remove_file("a", "de");
    remove_file("a", "qaa");
    remove_file("b", "de");
    remove_file("b", "qaa");
    remove_file("broken", "de");
    rmdir(root);
    return check_summary("test_reload");
}
