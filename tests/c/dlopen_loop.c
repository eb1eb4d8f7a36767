/* dlopen + lookups + dlclose, many times in one process, as a host that
 * loads plug-ins on demand does. Checks every answer, that dlclose
 * succeeds, and that memory does not grow with the number of rounds: the
 * heap in use and the resident size after the last round may exceed those
 * after round 10 by at most MAX_GROWTH_KB (see README.md, "Reliability").
 *
 * Usage: dlopen_loop LIBRARY ROUNDS [--valgrind]
 * --valgrind skips the memory bounds: under valgrind, mallinfo2 reads 0 and
 * RSS includes valgrind's own memory; compare valgrind's "in use at exit"
 * of two runs instead (scripts/check.d/50-reliability.sh does). */
#define _GNU_SOURCE /* mallinfo2 */
#include "check.h"

#include <dlfcn.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#define MAX_GROWTH_KB 256

typedef const char *(*reason_fn)(int, const char *);

static long rss_kb(void) {
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        fclose(f);
    }
    return resident * sysconf(_SC_PAGESIZE) / 1024;
}

static long heap_kb(void) {
    return (long)(mallinfo2().uordblks / 1024);
}

/* Whether the library is still mapped after its dlclose. */
static bool mapped(const char *name) {
    char line[4096];
    bool found = false;
    FILE *f = fopen("/proc/self/maps", "r");
    while (f && fgets(line, sizeof line, f))
        found = found || strstr(line, name) != NULL;
    if (f) fclose(f);
    return found;
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: dlopen_loop LIBRARY ROUNDS [--valgrind]\n");
        return 2;
    }
    const char *lib = argv[1];
    int rounds = atoi(argv[2]);
    long rss10 = 0, heap10 = 0;
    int stayed = 0;
    for (int i = 1; i <= rounds; i++) {
        void *h = dlopen(lib, RTLD_NOW | RTLD_LOCAL);
        CHECK(h != NULL, "dlopen: %s", dlerror());
        if (!h) break;
        reason_fn reason = (reason_fn)(uintptr_t)dlsym(h, "sip_reason");
        reason_fn description = (reason_fn)(uintptr_t)dlsym(h, "sip_description");
        CHECK(reason && description, "dlsym");
        if (reason && description) {
            CHECK_STR(reason(486, NULL), "Busy Here");
            CHECK_STR(reason(486, "de_DE.UTF-8"), "Besetzt");
            CHECK_STR(reason(499, "de"), "Anfragefehler");
            CHECK(description(486, "de") != NULL, "description");
            CHECK(reason(1000, "de") == NULL, "1000");
        }
        CHECK(dlclose(h) == 0, "dlclose: %s", dlerror());
        stayed += mapped("libsipstatus");
        if (i == 10) {
            rss10 = rss_kb();
            heap10 = heap_kb();
        }
    }
    long rss = rss_kb(), heap = heap_kb();
    printf("dlopen_loop: after 10 rounds: RSS %ld KiB, heap in use %ld KiB; after %d: RSS %ld KiB, "
           "heap in use %ld KiB; still mapped after dlclose in %d of %d rounds\n",
           rss10, heap10, rounds, rss, heap, stayed, rounds);
    if (rounds >= 10 && argc == 3) {
        CHECK(heap - heap10 <= MAX_GROWTH_KB, "heap grew by %ld KiB", heap - heap10);
        CHECK(rss - rss10 <= MAX_GROWTH_KB, "RSS grew by %ld KiB", rss - rss10);
    }
    return check_summary("dlopen_loop");
}
