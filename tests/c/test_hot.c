/* The fast paths of sip_reason and sip_reason_by_id (the negotiation cache
 * keyed by raw tag bytes, the per-locale tables) give exactly what the
 * general path gives: first call (a miss) and later calls (hits) return the
 * same pointer, for tags of every length, at the edge of a page, past the
 * cache's capacity, from several threads at once, and after a reload. */
#define _GNU_SOURCE
#include "sipstatus.h"
#include "check.h"

#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* `tag` twice (a miss, then a hit) against English or German. */
static void same_twice(const char *tag, int german, const char *what) {
    const char *first = sip_reason(486, tag), *again = sip_reason(486, tag);
    CHECK(first == again, "%s: miss and hit differ", what);
    CHECK_STR(again, german ? "Besetzt" : "Busy Here");
    CHECK(sip_reason(486, tag) == sip_reason_by_id(486, sip_lang_id(tag)), "%s: by id", what);
}

/* "de", "de@", "de@@", ...: German up to 63 bytes, English from 64 on (no
 * NUL within the 64 bytes read). Crosses the 8-byte word edges. */
static void tags_of_every_length(void) {
    char tag[80], what[32];
    for (size_t len = 2; len < sizeof tag; len++) {
        memset(tag, '@', len);
        memcpy(tag, "de", 2);
        tag[len] = '\0';
        snprintf(what, sizeof what, "length %zu", len);
        same_twice(tag, len < 64, what);
    }
}

/* Tags that share their first words but not their answer: "de@@...@"
 * (German) and the same with an invalid UTF-8 byte after it (English),
 * asked in turns, for every length of the shared part. */
static void tags_that_share_a_prefix(void) {
    char a[64], b[64], what[32];
    for (size_t len = 2; len < 63; len++) {
        memset(a, '@', len);
        memcpy(a, "de", 2);
        a[len] = '\0';
        memcpy(b, a, len);
        b[len] = '\xff';
        b[len + 1] = '\0';
        for (int round = 0; round < 2; round++) {
            snprintf(what, sizeof what, "prefix %zu, round %d", len, round);
            same_twice(a, 1, what);
            same_twice(b, 0, what);
        }
    }
}

/* A tag whose NUL is the last byte of a page followed by an unreadable
 * page: reading one byte past the NUL would crash. Then 64 bytes with no NUL
 * at all, ending at the page: English, and nothing past them read. */
static void tags_at_the_edge_of_a_page(void) {
    long page = sysconf(_SC_PAGESIZE);
    char *mem = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char what[32];
    CHECK(mem != MAP_FAILED, "mmap");
    if (mem == MAP_FAILED)
        return;
    CHECK(mprotect(mem + page, page, PROT_NONE) == 0, "mprotect");
    char *end = mem + page;
    for (size_t len = 2; len < 64; len++) {
        char *tag = end - len - 1;
        memset(tag, '@', len);
        memcpy(tag, "de", 2);
        tag[len] = '\0';
        snprintf(what, sizeof what, "page edge, length %zu", len);
        same_twice(tag, 1, what);
    }
    memset(end - 64, 'd', 64);
    same_twice(end - 64, 0, "64 bytes, no NUL, at the page edge");
    munmap(mem, 2 * page);
}

/* Every code and locale: sip_reason by tag (twice) and by id agree. */
static void every_code_every_locale(void) {
    size_t n = sip_lang_count();
    for (size_t i = 0; i < n; i++) {
        const char *tag = sip_lang_at(i);
        int id = sip_lang_id(tag);
        CHECK(id == (int)i, "%s has id %d", tag, id);
        for (int code = -5; code <= 1005; code++) {
            const char *by_id = sip_reason_by_id(code, id);
            CHECK(sip_reason(code, tag) == by_id, "%d %s", code, tag);
            CHECK(sip_reason(code, tag) == by_id, "%d %s again", code, tag);
        }
    }
    const int bad_ids[] = {-1, INT_MIN, INT_MAX, (int)n, 63, 64, 65, 1000};
    for (size_t i = 0; i < sizeof bad_ids / sizeof bad_ids[0]; i++) {
        int id = bad_ids[i];
        if (id >= 0 && id < (int)n)
            continue;
        for (int code = 99; code <= 701; code++)
            CHECK(sip_reason_by_id(code, id) == sip_reason(code, NULL), "id %d code %d", id, code);
    }
}

/* Far more distinct tags than the cache holds: each still gives German, and
 * the locales' own tags and English keep their answers. */
static void more_tags_than_the_cache_holds(void) {
    char tag[32], what[48];
    for (int i = 0; i < 1500; i++) {
        snprintf(tag, sizeof tag, "de_DE.cs%d", i);
        snprintf(what, sizeof what, "tag %s", tag);
        same_twice(tag, 1, what);
        snprintf(tag, sizeof tag, "q%d", i);
        snprintf(what, sizeof what, "tag %s", tag);
        same_twice(tag, 0, what);
    }
    for (size_t i = 0; i < sip_lang_count(); i++)
        CHECK(sip_reason(486, sip_lang_at(i)) == sip_reason_by_id(486, (int)i), "%s", sip_lang_at(i));
    same_twice("de", 1, "de after the flood");
    same_twice(NULL, 0, "NULL after the flood");
}

/* Threads caching the same new tags at once, in different orders. */
#define THREADS 4
#define RACE_TAGS 150
static const char *race_german;

static void *race(void *arg) {
    long t = (long)arg, bad = 0;
    char tag[32];
    for (int k = 0; k < RACE_TAGS; k++) {
        int i = (int)((k * 7 + t * 37) % RACE_TAGS);
        snprintf(tag, sizeof tag, "de_CH.race%d", i);
        bad += sip_reason(486, tag) != race_german;
        bad += sip_reason(486, tag) != race_german;
        snprintf(tag, sizeof tag, "race%d", i);
        bad += sip_reason(486, tag) != sip_reason(486, NULL);
    }
    return (void *)bad;
}

static void threads_fill_the_cache_at_once(void) {
    pthread_t th[THREADS];
    race_german = sip_reason(486, "de");
    for (long t = 0; t < THREADS; t++)
        CHECK(pthread_create(&th[t], NULL, race, (void *)t) == 0, "thread %ld", t);
    for (long t = 0; t < THREADS; t++) {
        void *bad;
        pthread_join(th[t], &bad);
        CHECK(bad == NULL, "thread %ld: %ld wrong answers", t, (long)bad);
    }
}

static int write_ftl(const char *tmp, const char *lang, const char *text) {
    char path[600];
    snprintf(path, sizeof path, "%s/%s", tmp, lang);
    mkdir(tmp, 0700);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/%s/sip.ftl", tmp, lang);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL, "%s", path);
    if (!f)
        return 0;
    fputs(text, f);
    fclose(f);
    return 1;
}

static void remove_ftl(const char *tmp, const char *lang) {
    char path[600];
    snprintf(path, sizeof path, "%s/%s/sip.ftl", tmp, lang);
    remove(path);
    snprintf(path, sizeof path, "%s/%s", tmp, lang);
    rmdir(path);
}

/* A reload starts a new cache: "zz", cached as English before, names the
 * loaded locale after; "de", cached with its phrases, gets the overriding
 * ones; pointers handed out before stay valid. */
static void a_reload_resets_the_cache(const char *tmp) {
    char err[256];
    if (!write_ftl(tmp, "zz", "sip-486 = Zz busy\n") ||
        !write_ftl(tmp, "de", "sip-486 = Neu besetzt\n"))
        return;

    same_twice("zz", 0, "zz before the reload");
    same_twice("zz_ZZ.UTF-8", 0, "zz_ZZ.UTF-8 before the reload");
    same_twice("de_DE.UTF-8", 1, "de_DE.UTF-8 before the reload");
    const char *german = sip_reason(486, "de"), *trying = sip_reason(100, "de");
    int de = sip_lang_id("de");
    CHECK(sip_load_locale_dir(tmp, err, sizeof err), "reload: %s", err);
    CHECK_STR(sip_reason(486, "zz"), "Zz busy");
    CHECK_STR(sip_reason(486, "zz"), "Zz busy");
    CHECK_STR(sip_reason(486, "zz_ZZ.UTF-8"), "Zz busy");
    CHECK_STR(sip_reason(100, "zz"), "Trying");
    int id = sip_lang_id("zz");
    CHECK(id == (int)sip_lang_count() - 1, "new id %d", id);
    CHECK(sip_reason_by_id(486, id) == sip_reason(486, "zz"), "by id after reload");
    for (int round = 0; round < 2; round++) {
        CHECK_STR(sip_reason(486, "de"), "Neu besetzt");
        CHECK_STR(sip_reason(486, "de_DE.UTF-8"), "Neu besetzt");
        CHECK_STR(sip_reason_by_id(486, de), "Neu besetzt");
        CHECK_STR(sip_reason(100, "de"), trying); /* left out by the override */
    }
    CHECK_STR(german, "Besetzt");
    remove_ftl(tmp, "zz");
    remove_ftl(tmp, "de");
    rmdir(tmp);
}

/* Usage: test_hot [scratch dir for the reload test] */
int main(int argc, char **argv) {
    char tmp[256];
    snprintf(tmp, sizeof tmp, "%s", argc > 1 ? argv[1] : "target/test_hot.tmp");
    tags_of_every_length();
    tags_that_share_a_prefix();
    tags_at_the_edge_of_a_page();
    every_code_every_locale();
    more_tags_than_the_cache_holds();
    threads_fill_the_cache_at_once();
    a_reload_resets_the_cache(tmp);
    return check_summary("test_hot");
}
