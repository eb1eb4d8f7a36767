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

/* Whether `s` is valid UTF-8 (and, when `no_controls`, free of C0
 * controls and DEL, as a SIP Reason-Phrase must be). */
static inline int valid_utf8(const char *s, int no_controls) {
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int n = *p < 0x80 ? 0 : (*p >> 5) == 6 ? 1 : (*p >> 4) == 14 ? 2 : (*p >> 3) == 30 ? 3 : -1;
        if (n < 0 || (no_controls && (*p < 0x20 || *p == 0x7f))) return 0;
        for (p++; n > 0; n--, p++)
            if ((*p & 0xc0) != 0x80) return 0;
    }
    return 1;
}

static inline int check_summary(const char *name) {
    printf("%s: %d passed, %d failed\n", name, check_passed, check_failed);
    return check_failed == 0 ? 0 : 1;
}

#endif
