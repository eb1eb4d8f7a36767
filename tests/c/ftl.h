/* Reading the shipped Fluent files from C, for tests that check the
 * library's answers against the files themselves. */
#ifndef SIPSTATUS_TEST_FTL_H
#define SIPSTATUS_TEST_FTL_H

#include <stdio.h>
#include <string.h>

/* Reads the value of message `id` (e.g. "sip-486") from a .ftl file, or of
 * its attribute when `attr` is not NULL. Good enough for the shipped files,
 * which keep each value on one line. */
static inline int ftl_value(const char *path, const char *id, const char *attr, char *out, size_t len) {
    FILE *f = fopen(path, "r");
    char line[1024];
    int in_message = 0, found = 0;
    size_t idlen = strlen(id);
    if (!f) return 0;
    while (!found && fgets(line, sizeof line, f)) {
        char *value = NULL;
        line[strcspn(line, "\n")] = '\0';
        if (line[0] != ' ' && line[0] != '#') {
            in_message = strncmp(line, id, idlen) == 0 && strncmp(line + idlen, " = ", 3) == 0;
            if (in_message && !attr) value = line + idlen + 3;
        } else if (in_message && attr && strncmp(line, "    .", 5) == 0 &&
                   strncmp(line + 5, attr, strlen(attr)) == 0 &&
                   strncmp(line + 5 + strlen(attr), " = ", 3) == 0) {
            value = line + 5 + strlen(attr) + 3;
        }
        if (value) {
            snprintf(out, len, "%s", value);
            found = 1;
        }
    }
    fclose(f);
    return found;
}

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

#endif
