/* lookup: print what a SIP response code means.
 *
 *   lookup 486 de      ->  486 Besetzt (Anfragefehler)
 *   lookup 486         ->  uses $LANG when set (a desk phone's locale just
 *                          works), else English
 *
 * Build: cc examples/lookup.c -Iinclude -Ltarget/release -lsipstatus
 */
#include <sipstatus.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    const char *lang = argc > 2 ? argv[2] : getenv("LANG");
    const char *phrase, *class_name;
    char *end;
    long code;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s CODE [LANG]\n", argv[0]);
        return 2;
    }
    errno = 0;
    code = strtol(argv[1], &end, 10);
    if (errno || *end || end == argv[1] || code < INT_MIN || code > INT_MAX) {
        fprintf(stderr, "%s: not a number: %s\n", argv[0], argv[1]);
        return 2;
    }
    phrase = sip_reason((int)code, lang);
    if (phrase == NULL) {
        fprintf(stderr, "%s: %ld is not a SIP response code\n", argv[0], code);
        return 1;
    }
    class_name = sip_class_name((int)sip_class((int)code), lang);
    if (class_name)
        printf("%ld %s (%s)\n", code, phrase, class_name);
    else
        printf("%ld %s\n", code, phrase);
    return 0;
}
