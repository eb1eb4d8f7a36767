/* Reading the fact files the harness writes into a trial's directory from
 * the library's Rust API (tests/native/fixtures.rs, `Arg::Fixture` in
 * tests/native/support.rs): one row a line, `#` a comment line, the last
 * line `end N`, N the number of rows before it. A missing, empty or cut
 * file, a line too long, or a row after the end fails a check. */
#ifndef SIPSTATUS_TEST_FIXTURE_H
#define SIPSTATUS_TEST_FIXTURE_H

#include "sipstatus.h"
#include "check.h"

#include <stdio.h>
#include <string.h>

struct fixture {
    FILE *f;
    const char *path;
    long rows, end;
};

/* Opens `path` (NULL when the program was given none); 0 and a failed
 * check when it cannot be read. */
static inline int fixture_open(struct fixture *fx, const char *path, const char *usage) {
    fx->f = path ? fopen(path, "r") : NULL;
    fx->path = path ? path : "(none)";
    fx->rows = 0;
    fx->end = -1;
    CHECK(fx->f != NULL, "cannot read the fixture %s (usage: %s)", fx->path, usage);
    return fx->f != NULL;
}

/* The next row, its '\n' cut, in `line`; NULL after the last one (the end
 * line is read, not returned). */
static inline char *fixture_row(struct fixture *fx, char *line, size_t len) {
    while (fx->f && fgets(line, (int)len, fx->f)) {
        size_t n = strcspn(line, "\n");
        if (line[n] != '\n') {
            CHECK(0, "%s: a line longer than %zu bytes, or no newline: %.60s", fx->path, len - 2, line);
            return NULL;
        }
        line[n] = '\0';
        if (line[0] == '#') continue;
        if (fx->end >= 0) {
            CHECK(0, "%s: a row after the end: %s", fx->path, line);
            return NULL;
        }
        if (sscanf(line, "end %ld", &fx->end) == 1) continue;
        fx->rows++;
        return line;
    }
    return NULL;
}

/* Closes the file and checks that its end line came, and counts its rows. */
static inline void fixture_close(struct fixture *fx) {
    if (!fx->f) return;
    fclose(fx->f);
    fx->f = NULL;
    CHECK(fx->end >= 0, "%s has no end line: cut short?", fx->path);
    CHECK(fx->end == fx->rows, "%s: %ld rows, its end line says %ld", fx->path, fx->rows, fx->end);
    CHECK(fx->rows > 0, "%s has no row", fx->path);
}

/* The index of locale `tag` among the library's (sip_lang_at), or -1. */
static inline int fixture_lang(const char *tag) {
    size_t i, n = sip_lang_count();
    for (i = 0; i < n; i++)
        if (strcmp(sip_lang_at(i), tag) == 0) return (int)i;
    return -1;
}

#endif
