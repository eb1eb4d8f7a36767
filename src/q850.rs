//! ITU-T Q.850 cause values (ISDN/ISUP), the other table of the core: which
//! causes are assigned, to which class each belongs, and how RFC 3398 maps
//! them to SIP responses and back. Names come from the locales (`q850-N` in
//! `locales/<lang>/q850.ftl`).

use crate::code::{Class, StatusCode};
use std::fmt;

/// Every cause value Q.850 assigns, ascending. Unlisted values in 1..=127
/// are unassigned (45, 52 and 54 are pre-Q.850 Q.931 values).
pub const CAUSES: &[u8] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    34, 38, 39, 40, 41, 42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70, 79, 81,
    82, 83, 84, 85, 86, 87, 88, 90, 91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127,
];

/// The seven classes of Q.850: the top three bits of the 7-bit cause value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CauseClass {
    /// 0 to 31
    NormalEvent = 1,
    /// 32 to 47
    ResourceUnavailable = 2,
    /// 48 to 63
    ServiceNotAvailable = 3,
    /// 64 to 79
    ServiceNotImplemented = 4,
    /// 80 to 95
    InvalidMessage = 5,
    /// 96 to 111
    ProtocolError = 6,
    /// 112 to 127
    Interworking = 7,
}

impl CauseClass {
    pub const ALL: [CauseClass; 7] = [
        CauseClass::NormalEvent,
        CauseClass::ResourceUnavailable,
        CauseClass::ServiceNotAvailable,
        CauseClass::ServiceNotImplemented,
        CauseClass::InvalidMessage,
        CauseClass::ProtocolError,
        CauseClass::Interworking,
    ];

    /// The class of any value of 1 to 127, assigned or not.
    pub const fn of(cause: i64) -> Option<CauseClass> {
        match cause {
            1..=31 => Some(CauseClass::NormalEvent),
            32..=127 => Some(CauseClass::ALL[(cause >> 4) as usize - 1]),
            _ => None,
        }
    }

    /// The class numbered `n` (1 to 7), as C passes it.
    pub const fn from_number(n: i64) -> Option<CauseClass> {
        match n {
            1..=7 => Some(CauseClass::ALL[(n - 1) as usize]),
            _ => None,
        }
    }

    /// The class's number, 1 to 7.
    pub const fn number(self) -> u8 {
        self as u8
    }

    pub const fn message_id(self) -> &'static str {
        match self {
            CauseClass::NormalEvent => "q850-class-normal-event",
            CauseClass::ResourceUnavailable => "q850-class-resource-unavailable",
            CauseClass::ServiceNotAvailable => "q850-class-service-not-available",
            CauseClass::ServiceNotImplemented => "q850-class-service-not-implemented",
            CauseClass::InvalidMessage => "q850-class-invalid-message",
            CauseClass::ProtocolError => "q850-class-protocol-error",
            CauseClass::Interworking => "q850-class-interworking",
        }
    }
}

/// An assigned Q.850 cause value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Cause(u8);

impl Cause {
    /// The cause `n`, if Q.850 assigns it.
    pub fn new(n: i64) -> Option<Cause> {
        let n = u8::try_from(n).ok()?;
        CAUSES.binary_search(&n).is_ok().then_some(Cause(n))
    }

    pub const fn value(self) -> u8 {
        self.0
    }

    pub const fn class(self) -> CauseClass {
        match CauseClass::of(self.0 as i64) {
            Some(c) => c,
            None => unreachable!(),
        }
    }

    /// The cause's row in [`CAUSES`].
    pub(crate) fn row(self) -> usize {
        CAUSES.binary_search(&self.0).unwrap_or_default()
    }

    /// Every assigned cause, ascending.
    pub fn all() -> impl ExactSizeIterator<Item = Cause> {
        CAUSES.iter().map(|&c| Cause(c))
    }
}

const fn is_assigned(n: u8) -> bool {
    let mut i = 0;
    while i < CAUSES.len() {
        if CAUSES[i] == n {
            return true;
        }
        i += 1;
    }
    false
}

/// A cause in a const table; the build fails if Q.850 does not assign it.
const fn c(n: u8) -> Cause {
    assert!(is_assigned(n), "not an assigned Q.850 cause");
    Cause(n)
}

/// RFC 3398 §7.2.4.1, "ISDN Cause Code to Status Code Mapping": the SIP
/// response a gateway sends when the ISUP side releases the call (REL) with
/// this cause before a final response; sorted by cause. `None` means no
/// response at all: 16 (normal call clearing) "will usually result in a BYE
/// or CANCEL", and 44 is untranslatable (the originating switch retries the
/// call on another circuit). Every cause not listed, assigned or not, maps to
/// [`Q850_TO_SIP_DEFAULT`].
///
/// The rows are the RFC's defaults; it allows three refinements a caller
/// with more context may apply: 22 with a new number in the diagnostic gives
/// 301 Moved Permanently with a Contact (instead of 410), 21 with the cause
/// location "user" may give 603 (instead of 403), and a Retry-After may be
/// added for the "resource unavailable" class.
pub const Q850_TO_SIP: &[(Cause, Option<StatusCode>)] = &[
    (c(1), Some(StatusCode::NOT_FOUND)),
    (c(2), Some(StatusCode::NOT_FOUND)),
    (c(3), Some(StatusCode::NOT_FOUND)),
    (c(16), None),
    (c(17), Some(StatusCode::BUSY_HERE)),
    (c(18), Some(StatusCode::REQUEST_TIMEOUT)),
    (c(19), Some(StatusCode::TEMPORARILY_UNAVAILABLE)),
    (c(20), Some(StatusCode::TEMPORARILY_UNAVAILABLE)),
    (c(21), Some(StatusCode::FORBIDDEN)),
    (c(22), Some(StatusCode::GONE)),
    (c(23), Some(StatusCode::GONE)),
    (c(26), Some(StatusCode::NOT_FOUND)),
    (c(27), Some(StatusCode::BAD_GATEWAY)),
    (c(28), Some(StatusCode::ADDRESS_INCOMPLETE)),
    (c(29), Some(StatusCode::NOT_IMPLEMENTED)),
    (c(31), Some(StatusCode::TEMPORARILY_UNAVAILABLE)),
    (c(34), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(38), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(41), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(42), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(44), None),
    (c(47), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(55), Some(StatusCode::FORBIDDEN)),
    (c(57), Some(StatusCode::FORBIDDEN)),
    (c(58), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(65), Some(StatusCode::NOT_ACCEPTABLE_HERE)),
    (c(70), Some(StatusCode::NOT_ACCEPTABLE_HERE)),
    (c(79), Some(StatusCode::NOT_IMPLEMENTED)),
    (c(87), Some(StatusCode::FORBIDDEN)),
    (c(88), Some(StatusCode::SERVICE_UNAVAILABLE)),
    (c(102), Some(StatusCode::SERVER_TIME_OUT)),
    (c(111), Some(StatusCode::SERVER_INTERNAL_ERROR)),
    (c(127), Some(StatusCode::SERVER_INTERNAL_ERROR)),
];

/// RFC 3398 §7.2.4.1: "any cause not listed" gives 500 Server Internal Error.
pub const Q850_TO_SIP_DEFAULT: StatusCode = StatusCode::SERVER_INTERNAL_ERROR;

/// RFC 3398 §8.2.6.1, "SIP Status Code to ISDN Cause Code Mapping": the cause
/// a gateway puts in the ISUP REL when it receives this SIP final response;
/// sorted by code. `None`: the RFC gives no mapping (487 Request Terminated,
/// the answer to a CANCEL). Every other
/// 4xx-6xx code maps to [`SIP_TO_Q850_DEFAULT`]; 1xx-3xx are not failures
/// and have no cause.
///
/// The RFC maps 488 and 606 "by Warning header": the rows hold 31, its
/// default; a caller that sees a Warning about an unavailable bearer
/// capability may send 65 instead. The RFC's table prints the 505 row as a
/// second "504"; this is the 505 row (504 keeps 102).
pub const SIP_TO_Q850: &[(StatusCode, Option<Cause>)] = &[
    (StatusCode::BAD_REQUEST, Some(c(41))),
    (StatusCode::UNAUTHORIZED, Some(c(21))),
    (StatusCode::PAYMENT_REQUIRED, Some(c(21))),
    (StatusCode::FORBIDDEN, Some(c(21))),
    (StatusCode::NOT_FOUND, Some(c(1))),
    (StatusCode::METHOD_NOT_ALLOWED, Some(c(63))),
    (StatusCode::NOT_ACCEPTABLE, Some(c(79))),
    (StatusCode::PROXY_AUTHENTICATION_REQUIRED, Some(c(21))),
    (StatusCode::REQUEST_TIMEOUT, Some(c(102))),
    (StatusCode::GONE, Some(c(22))),
    (StatusCode::REQUEST_ENTITY_TOO_LARGE, Some(c(127))),
    (StatusCode::REQUEST_URI_TOO_LONG, Some(c(127))),
    (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some(c(79))),
    (StatusCode::UNSUPPORTED_URI_SCHEME, Some(c(127))),
    (StatusCode::BAD_EXTENSION, Some(c(127))),
    (StatusCode::EXTENSION_REQUIRED, Some(c(127))),
    (StatusCode::INTERVAL_TOO_BRIEF, Some(c(127))),
    (StatusCode::TEMPORARILY_UNAVAILABLE, Some(c(18))),
    (StatusCode::CALL_TRANSACTION_DOES_NOT_EXIST, Some(c(41))),
    (StatusCode::LOOP_DETECTED, Some(c(25))),
    (StatusCode::TOO_MANY_HOPS, Some(c(25))),
    (StatusCode::ADDRESS_INCOMPLETE, Some(c(28))),
    (StatusCode::AMBIGUOUS, Some(c(1))),
    (StatusCode::BUSY_HERE, Some(c(17))),
    (StatusCode::REQUEST_TERMINATED, None),
    (StatusCode::NOT_ACCEPTABLE_HERE, Some(c(31))),
    (StatusCode::SERVER_INTERNAL_ERROR, Some(c(41))),
    (StatusCode::NOT_IMPLEMENTED, Some(c(79))),
    (StatusCode::BAD_GATEWAY, Some(c(38))),
    (StatusCode::SERVICE_UNAVAILABLE, Some(c(41))),
    (StatusCode::SERVER_TIME_OUT, Some(c(102))),
    (StatusCode::VERSION_NOT_SUPPORTED, Some(c(127))),
    (StatusCode::MESSAGE_TOO_LARGE, Some(c(127))),
    (StatusCode::BUSY_EVERYWHERE, Some(c(17))),
    (StatusCode::DECLINE, Some(c(21))),
    (StatusCode::DOES_NOT_EXIST_ANYWHERE, Some(c(1))),
    (StatusCode::NOT_ACCEPTABLE_GLOBAL, Some(c(31))),
];

/// RFC 3398 §8.2.6.1: any 4xx-6xx response not listed gives 31 "Normal,
/// unspecified".
pub const SIP_TO_Q850_DEFAULT: Cause = c(31);

// Both tables are sorted with unique keys, checked at build time.
const _: () = {
    let mut i = 1;
    while i < Q850_TO_SIP.len() {
        assert!(Q850_TO_SIP[i - 1].0 .0 < Q850_TO_SIP[i].0 .0);
        i += 1;
    }
    let mut i = 1;
    while i < SIP_TO_Q850.len() {
        assert!(SIP_TO_Q850[i - 1].0.as_u16() < SIP_TO_Q850[i].0.as_u16());
        i += 1;
    }
};

/// RFC 3398 §7.2.4.1: the SIP response for a cause value as it arrives in an
/// ISUP REL, whether Q.850 assigns it or not. `None` for 16 and 44 (no
/// response is sent) and for values outside 1 to 127 (not a cause).
pub fn q850_to_sip(cause: i64) -> Option<StatusCode> {
    if !(1..=127).contains(&cause) {
        return None;
    }
    match Q850_TO_SIP.iter().find(|(c, _)| i64::from(c.0) == cause) {
        Some(&(_, sip)) => sip,
        None => Some(Q850_TO_SIP_DEFAULT),
    }
}

impl Cause {
    /// RFC 3398 §7.2.4.1: the SIP response for this cause (see
    /// [`Q850_TO_SIP`]); `None` for 16 and 44.
    pub fn to_sip(self) -> Option<StatusCode> {
        q850_to_sip(self.0.into())
    }
}

impl StatusCode {
    /// RFC 3398 §8.2.6.1: the Q.850 cause for this response (see
    /// [`SIP_TO_Q850`]). `None` for 487, for 1xx-3xx (not failures) and for
    /// 701 (outside the 4xx-6xx classes).
    pub fn to_q850(self) -> Option<Cause> {
        match self.class() {
            Some(Class::ClientFailure | Class::ServerFailure | Class::GlobalFailure) => {
                match SIP_TO_Q850.iter().find(|(code, _)| *code == self) {
                    Some(&(_, cause)) => cause,
                    None => Some(SIP_TO_Q850_DEFAULT),
                }
            }
            _ => None,
        }
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_the_top_three_bits() {
        assert_eq!(CauseClass::of(1), Some(CauseClass::NormalEvent));
        assert_eq!(CauseClass::of(31), Some(CauseClass::NormalEvent));
        assert_eq!(CauseClass::of(34), Some(CauseClass::ResourceUnavailable));
        assert_eq!(CauseClass::of(63), Some(CauseClass::ServiceNotAvailable));
        assert_eq!(CauseClass::of(65), Some(CauseClass::ServiceNotImplemented));
        assert_eq!(CauseClass::of(95), Some(CauseClass::InvalidMessage));
        assert_eq!(CauseClass::of(102), Some(CauseClass::ProtocolError));
        assert_eq!(CauseClass::of(127), Some(CauseClass::Interworking));
        for n in [0, 128, -1, 1000] {
            assert_eq!(CauseClass::of(n), None);
        }
    }

    #[test]
    fn assigned_causes() {
        assert!(CAUSES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Cause::new(17).map(Cause::value), Some(17));
        for n in [0, 10, 45, 52, 54, 128, -5] {
            assert_eq!(Cause::new(n), None, "{n}");
        }
    }

    #[test]
    fn class_numbers() {
        for class in CauseClass::ALL {
            assert_eq!(CauseClass::from_number(class.number().into()), Some(class));
        }
        for n in [0, 8, -1, i64::MAX] {
            assert_eq!(CauseClass::from_number(n), None);
        }
    }

    fn sip(n: u16) -> Option<StatusCode> {
        Some(StatusCode::new(n.into()).unwrap())
    }

    /// RFC 3398 §7.2.4.1, transcribed row by row from the RFC's table
    /// (cause, SIP response; 0 = "---", no response).
    #[rustfmt::skip]
    const RFC3398_7_2_4_1: &[(i64, u16)] = &[
        // Normal event
        (1, 404), (2, 404), (3, 404), (16, 0), (17, 486), (18, 408), (19, 480), (20, 480),
        (21, 403), (22, 410), (23, 410), (26, 404), (27, 502), (28, 484), (29, 501), (31, 480),
        // Resource unavailable
        (34, 503), (38, 503), (41, 503), (42, 503), (47, 503),
        // Service or option not available
        (55, 403), (57, 403), (58, 503),
        // Service or option not implemented (printed "not available")
        (65, 488), (70, 488), (79, 501),
        // Invalid message
        (87, 403), (88, 503),
        // Protocol error
        (102, 504), (111, 500),
        // Interworking
        (127, 500),
    ];

    #[test]
    fn cause_to_sip_walks_rfc_3398_7_2_4_1() {
        for &(cause, want) in RFC3398_7_2_4_1 {
            let want = if want == 0 { None } else { sip(want) };
            assert_eq!(q850_to_sip(cause), want, "cause {cause}");
            assert_eq!(Cause::new(cause).unwrap().to_sip(), want, "cause {cause}");
        }
        // "untranslatable": the switch retries on another circuit.
        assert_eq!(q850_to_sip(44), None);
        // The misprint some vendor copies carry: 29 is 501, not 510.
        assert_eq!(q850_to_sip(29), sip(501));
        // Every other value of 1..=127, assigned or not, takes the default.
        for cause in 1..=127 {
            if cause != 44 && !RFC3398_7_2_4_1.iter().any(|r| r.0 == cause) {
                assert_eq!(q850_to_sip(cause), sip(500), "cause {cause}");
            }
        }
        for cause in [i64::MIN, -1, 0, 128, 255, 256, i64::MAX] {
            assert_eq!(q850_to_sip(cause), None, "cause {cause}");
        }
        // The table has exactly the RFC's rows and 44.
        assert_eq!(Q850_TO_SIP.len(), RFC3398_7_2_4_1.len() + 1);
    }

    /// RFC 3398 §8.2.6.1, transcribed row by row from the RFC's table
    /// (SIP response, cause; 0 = "---"). 488 and 606 ("by Warning header")
    /// are 31, the RFC's default for them. The RFC prints the 505 row as a
    /// second 504: it is 505 here, and 504 keeps 102.
    #[rustfmt::skip]
    const RFC3398_8_2_6_1: &[(u16, i64)] = &[
        (400, 41), (401, 21), (402, 21), (403, 21), (404, 1), (405, 63), (406, 79), (407, 21),
        (408, 102), (410, 22), (413, 127), (414, 127), (415, 79), (416, 127), (420, 127),
        (421, 127), (423, 127), (480, 18), (481, 41), (482, 25), (483, 25), (484, 28), (485, 1),
        (486, 17), (487, 0), (488, 31), (500, 41), (501, 79), (502, 38), (503, 41), (504, 102),
        (505, 127), (513, 127), (600, 17), (603, 21), (604, 1), (606, 31),
    ];

    #[test]
    fn sip_to_cause_walks_rfc_3398_8_2_6_1() {
        for &(code, want) in RFC3398_8_2_6_1 {
            let want = Cause::new(want);
            assert_eq!(sip(code).unwrap().to_q850(), want, "{code}");
        }
        assert_eq!(SIP_TO_Q850.len(), RFC3398_8_2_6_1.len());
        // Every other code of 400..=699, known or not, takes the default 31.
        for code in 400..=699 {
            if !RFC3398_8_2_6_1.iter().any(|r| r.0 == code) {
                assert_eq!(sip(code).unwrap().to_q850(), Cause::new(31), "{code}");
            }
        }
        // 1xx-3xx are not failures; 701 is outside the classes.
        for code in (100..=399).chain([701]) {
            assert_eq!(sip(code).unwrap().to_q850(), None, "{code}");
        }
    }

    /// The round trip through both tables, as the spec lists it ("d" marks
    /// the §7.2.4.1 default; 0 = no mapping on the way there).
    #[test]
    fn round_trip_through_both_tables() {
        #[rustfmt::skip]
        let trips: &[(u16, i64, u16)] = &[
            (400, 41, 503), (401, 21, 403), (402, 21, 403), (403, 21, 403), (404, 1, 404),
            (405, 63, 500), (406, 79, 501), (407, 21, 403), (408, 102, 504), (410, 22, 410),
            (413, 127, 500), (414, 127, 500), (415, 79, 501), (416, 127, 500), (420, 127, 500),
            (421, 127, 500), (423, 127, 500), (480, 18, 408), (481, 41, 503), (482, 25, 500),
            (483, 25, 500), (484, 28, 484), (485, 1, 404), (486, 17, 486), (500, 41, 503),
            (501, 79, 501), (502, 38, 503), (503, 41, 503), (504, 102, 504), (505, 127, 500),
            (513, 127, 500), (600, 17, 486), (603, 21, 403), (604, 1, 404),
        ];
        for &(code, cause, back) in trips {
            let there = sip(code).unwrap().to_q850().unwrap();
            assert_eq!(i64::from(there.value()), cause, "{code}");
            assert_eq!(there.to_sip(), sip(back), "{code} -> {cause}");
        }
        // 405 and 482/483 come back through the default: 63 and 25 are not listed.
        assert!(Q850_TO_SIP
            .iter()
            .all(|(c, _)| ![63, 25].contains(&c.value())));
        assert_eq!(sip(487).unwrap().to_q850(), None);
        // 488/606 ("W"): 31 by default, which §7.2.4.1 turns into 480.
        for code in [488, 606] {
            let cause = sip(code).unwrap().to_q850().unwrap();
            assert_eq!((cause.value(), cause.to_sip()), (31, sip(480)));
        }
    }
}
