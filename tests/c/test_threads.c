/* 8 threads calling every function at once, each comparing what it gets
 * with what the main thread got alone: same pointers, no crash, no race. */
#include "sipstatus.h"
#include "check.h"

#include <pthread.h>
#include <stdlib.h>

#define THREADS 8
static int rounds = 200;

static const char *langs[] = {NULL, "de", "en", "de_AT.UTF-8", "DE", "xx", "", "C"};
#define NLANGS (sizeof langs / sizeof langs[0])
static const char *expected[NLANGS][1001];
static const char *expected_desc[NLANGS][1001];

static void *worker(void *arg) {
    long t = (long)arg, bad = 0;
    int round, code;
    size_t l;
    for (round = 0; round < rounds; round++) {
        for (l = 0; l < NLANGS; l++) {
            size_t li = (l + (size_t)t) % NLANGS;
            for (code = 0; code <= 1000; code++) {
                bad += sip_reason(code, langs[li]) != expected[li][code];
                bad += sip_description(code, langs[li]) != expected_desc[li][code];
                bad += sip_class(code) != (code >= 100 && code <= 699 ? (SipClass)(code / 100) : SIP_CLASS_INVALID);
            }
            bad += sip_class_name(4, langs[li]) != expected[li][499];
            bad += sip_reason_by_id(486, sip_lang_id(langs[li])) != expected[li][486];
            bad += strcmp(sip_negotiated_lang(langs[li]), (li == 1 || li == 3 || li == 4) ? "de" : "en") != 0;
        }
    }
    return (void *)bad;
}

/* Usage: test_threads [rounds] (fewer under valgrind). */
int main(int argc, char **argv) {
    pthread_t threads[THREADS];
    long t;
    size_t l;
    int code;
    if (argc > 1) rounds = atoi(argv[1]);
    for (l = 0; l < NLANGS; l++)
        for (code = 0; code <= 1000; code++) {
            expected[l][code] = sip_reason(code, langs[l]);
            expected_desc[l][code] = sip_description(code, langs[l]);
        }
    for (t = 0; t < THREADS; t++)
        CHECK(pthread_create(&threads[t], NULL, worker, (void *)t) == 0, "thread %ld", t);
    for (t = 0; t < THREADS; t++) {
        void *bad = NULL;
        CHECK(pthread_join(threads[t], &bad) == 0, "join %ld", t);
        CHECK(bad == NULL, "thread %ld saw %ld differing answers", t, (long)bad);
    }
    return check_summary("test_threads");
}
