/* A tiny assertion harness for the C tests: counts checks and prints the
 * summary line "N passed, N failed" that CI reads. */
#ifndef SIPSTATUS_TEST_CHECK_H
#define SIPSTATUS_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond, ...)                                                  \
    do {                                                                  \
        if (cond) {                                                       \
            check_passed++;                                               \
        } else {                                                          \
            check_failed++;                                               \
            fprintf(stderr, "%s:%d: FAILED: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                 \
            fputc('\n', stderr);                                          \
        }                                                                 \
    } while (0)

/* Both NULL, or both strings with the same bytes. */
static inline int same_str(const char *a, const char *b) {
    return (a == NULL || b == NULL) ? a == b : strcmp(a, b) == 0;
}

static inline const char *or_null(const char *s) {
    return s ? s : "(null)";
}

#define CHECK_STR(got, want) \
    CHECK(same_str((got), (want)), "got \"%s\", want \"%s\"", or_null(got), or_null(want))

static inline int check_summary(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed == 0 ? 0 : 1;
}

#endif
