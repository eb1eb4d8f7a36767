/* responder: a tiny SIP user agent server over UDP on 127.0.0.1 that answers
 * every INVITE and OPTIONS with one final response, its reason phrase in the
 * language the request's Accept-Language asks for (RFC 3261 §20.3):
 *
 *     lang   = sip_lang_from_accept_language(accept_language_value);
 *     phrase = sip_reason(code, lang);
 *
 *   responder PORT CODE COUNT SECONDS
 *
 * PORT 0 picks a free port; "listening on 127.0.0.1:PORT" is printed first.
 * CODE is a failure code, 400 to 699 (a 2xx or 3xx would need a Contact and
 * more). It exits 0 once it has answered COUNT requests, 1 when SECONDS pass
 * first. Via (all), From, To (with a tag added when it has none), Call-ID and
 * CSeq are copied as RFC 3261 §8.2.6 says, compact forms (v, f, t, i)
 * included; the response goes back to the datagram's source address. ACK
 * and other methods are ignored; datagrams over 4096 bytes, with a NUL
 * byte, or not a request with those headers are refused. An example of the
 * library in use, not a SIP stack: no transactions, no dialogs.
 *
 * Build: cc -std=c99 examples/responder.c -Iinclude -Ltarget/release -lsipstatus
 */
#define _POSIX_C_SOURCE 200809L
#include <sipstatus.h>

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>

#define MAX_DATAGRAM 4096

/* A message being built; `full` once something did not fit. */
struct out {
    char buf[MAX_DATAGRAM + 512];
    size_t len;
    int full;
};

static void put(struct out *o, const char *s, size_t n) {
    if (o->full || n > sizeof o->buf - o->len) {
        o->full = 1;
        return;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void put_str(struct out *o, const char *s) {
    put(o, s, strlen(s));
}

/* The header fields the responder reads or copies, by full and compact name. */
enum field { OTHER, ACCEPT_LANGUAGE, VIA, FROM, TO, CALL_ID, CSEQ, FIELDS };
static const struct {
    const char *name;
    char compact;
} field_names[FIELDS] = {
    {"", 0}, {"Accept-Language", 0}, {"Via", 'v'}, {"From", 'f'}, {"To", 't'}, {"Call-ID", 'i'}, {"CSeq", 0},
};

static enum field field_of(const char *name, size_t n) {
    int f;
    for (f = ACCEPT_LANGUAGE; f < FIELDS; f++) {
        if (n == 1 && field_names[f].compact && (name[0] | 0x20) == field_names[f].compact)
            return (enum field)f;
        if (n == strlen(field_names[f].name) && strncasecmp(name, field_names[f].name, n) == 0)
            return (enum field)f;
    }
    return OTHER;
}

/* Whether a To value has a tag: a ";tag=" after its URI, which ends at the
 * last '>' when the value has one. */
static int has_tag(const char *v, size_t n) {
    size_t i, from = 0;
    for (i = 0; i < n; i++)
        if (v[i] == '>') from = i;
    for (i = from; i + 5 <= n; i++)
        if (strncasecmp(v + i, ";tag=", 5) == 0) return 1;
    return 0;
}

/* FNV-1a: the To tag is made from the Call-ID, so a retransmitted request
 * gets the same tag from this stateless responder. */
static unsigned long hash(const char *s, size_t n) {
    unsigned long h = 2166136261u;
    while (n--) h = ((h ^ (unsigned char)*s++) * 16777619u) & 0xffffffffu;
    return h;
}

/* Builds the response to `req` (NUL-terminated) in `o`. Returns NULL when
 * there is one to send, else why there is none. */
static const char *answer(const char *req, int code, struct out *o) {
    const char *end = strstr(req, "\r\n\r\n"), *eol = strstr(req, "\r\n"), *sp, *p, *q;
    const char *method, *phrase, *lang, *to = NULL, *call_id = NULL;
    struct out hdrs = {{0}, 0, 0};
    char al[1025] = "", text[64];
    size_t al_len = 0, to_len = 0, call_id_len = 0;
    int al_long = 0, seen[FIELDS] = {0};

    if (!end) return "refused: no end of headers";
    /* Request-Line = Method SP Request-URI SP SIP-Version */
    sp = memchr(req, ' ', (size_t)(eol - req));
    if (!sp || eol - sp < 10 || memcmp(eol - 8, " SIP/2.0", 8) != 0)
        return "refused: not a SIP request";
    if (sp - req == 6 && memcmp(req, "INVITE", 6) == 0)
        method = "INVITE";
    else if (sp - req == 7 && memcmp(req, "OPTIONS", 7) == 0)
        method = "OPTIONS";
    else
        return "ignored: not INVITE or OPTIONS";

    /* Each header line p..q, with its continuation lines (that start with SP
     * or HT). Via, From, Call-ID and CSeq are copied as they are; To last. */
    for (p = eol + 2; p < end + 2; p = q + 2) {
        const char *colon, *name_end, *value;
        enum field field;
        size_t len;
        for (q = strstr(p, "\r\n"); q < end && (q[2] == ' ' || q[2] == '\t');)
            q = strstr(q + 2, "\r\n");
        colon = memchr(p, ':', (size_t)(q - p));
        if (!colon) return "refused: a header line without ':'";
        for (name_end = colon; name_end > p && (name_end[-1] == ' ' || name_end[-1] == '\t');)
            name_end--;
        for (value = colon + 1; value < q && strchr(" \t\r\n", *value);) value++;
        len = (size_t)(q - value);
        field = field_of(p, (size_t)(name_end - p));
        seen[field]++;
        if (field == ACCEPT_LANGUAGE) {
            /* Several Accept-Language lines make one comma-separated list. */
            if (al_len + 2 + len >= sizeof al) al_long = 1;
            if (al_long) continue;
            if (al_len) {
                memcpy(al + al_len, ", ", 2);
                al_len += 2;
            }
            memcpy(al + al_len, value, len);
            al_len += len;
            al[al_len] = '\0';
        } else if (field == TO) {
            to = p;
            to_len = (size_t)(q - p);
        } else if (field != OTHER) {
            if (field == CALL_ID) {
                call_id = value;
                call_id_len = len;
            }
            put(&hdrs, p, (size_t)(q - p));
            put(&hdrs, "\r\n", 2);
        }
    }
    if (!seen[VIA] || seen[FROM] != 1 || seen[TO] != 1 || seen[CALL_ID] != 1 || seen[CSEQ] != 1)
        return "refused: Via, From, To, Call-ID or CSeq missing or repeated";
    put(&hdrs, to, to_len);
    if (!has_tag(to, to_len)) {
        sprintf(text, ";tag=%08lx", hash(call_id, call_id_len));
        put_str(&hdrs, text);
    }
    put(&hdrs, "\r\n", 2);

    /* The two calls: the language the request asks for, then the phrase. A
     * value longer than the library reads gives English, as it would. */
    lang = sip_lang_from_accept_language(al_long ? NULL : al);
    phrase = sip_reason(code, lang);
    if (!phrase) return "refused: no phrase";
    sprintf(text, "SIP/2.0 %d ", code);
    put_str(o, text);
    put_str(o, phrase);
    put(o, "\r\n", 2);
    put(o, hdrs.buf, hdrs.len);
    put_str(o, "Content-Length: 0\r\n\r\n");
    if (o->full || hdrs.full) return "refused: response too large";
    printf("%s -> %d %s [%s]\n", method, code, phrase, lang);
    return NULL;
}

/* argv[i] as a number of min to max, or -1. */
static long number(const char *s, long min, long max) {
    char *end;
    long v;
    errno = 0;
    v = strtol(s, &end, 10);
    return (errno || end == s || *end || v < min || v > max) ? -1 : v;
}

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

int main(int argc, char **argv) {
    long port = argc == 5 ? number(argv[1], 0, 65535) : -1;
    long code = argc == 5 ? number(argv[2], 400, 699) : -1;
    long count = argc == 5 ? number(argv[3], 1, 1000000) : -1;
    long seconds = argc == 5 ? number(argv[4], 1, 3600) : -1;
    struct sockaddr_in addr;
    socklen_t addr_len = sizeof addr;
    long answered = 0, deadline;
    int fd;

    if (port < 0 || code < 0 || count < 0 || seconds < 0) {
        fprintf(stderr, "usage: %s PORT CODE(400-699) COUNT SECONDS(1-3600)\n", argv[0]);
        return 2;
    }
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 ||
        getsockname(fd, (struct sockaddr *)&addr, &addr_len) != 0) {
        perror("responder: socket");
        return 1;
    }
    printf("listening on 127.0.0.1:%u\n", ntohs(addr.sin_port));
    fflush(stdout);

    deadline = now_ms() + seconds * 1000;
    while (answered < count) {
        char req[MAX_DATAGRAM + 2];
        struct out res = {{0}, 0, 0};
        struct sockaddr_in peer;
        socklen_t peer_len = sizeof peer;
        struct pollfd pfd;
        const char *why;
        long left = deadline - now_ms();
        ssize_t n;

        if (left <= 0) {
            fprintf(stderr, "responder: %ld s passed, %ld of %ld answered\n", seconds, answered, count);
            return 1;
        }
        pfd.fd = fd;
        pfd.events = POLLIN;
        if (poll(&pfd, 1, left > INT_MAX ? INT_MAX : (int)left) <= 0) continue;
        n = recvfrom(fd, req, sizeof req - 1, 0, (struct sockaddr *)&peer, &peer_len);
        if (n < 0) continue;
        req[n] = '\0';
        if (n > MAX_DATAGRAM)
            why = "refused: over 4096 bytes";
        else if (strlen(req) != (size_t)n)
            why = "refused: a NUL byte";
        else
            why = answer(req, (int)code, &res);
        if (why) {
            fprintf(stderr, "responder: %s\n", why);
            continue;
        }
        if (sendto(fd, res.buf, res.len, 0, (struct sockaddr *)&peer, peer_len) < 0)
            perror("responder: sendto");
        answered++;
    }
    fflush(stdout);
    return 0;
}
