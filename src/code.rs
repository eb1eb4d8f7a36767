//! The table of SIP response codes: the one place a code, its defining RFC
//! and its registry status are written. Everything else (classes, counts,
//! lookup indexes, the list of known codes) is derived from [`TABLE`].

use std::fmt;

/// Where a code stands in the IANA "SIP Response Codes" registry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Registered and current.
    Registered,
    /// Registered, but its defining RFC deprecates it (202, RFC 6665).
    Deprecated,
    /// Defined only by RFC 2543 and never registered (409, 411).
    Obsolete,
    /// Used by some stacks but defined by no RFC (701).
    NonStandard,
}

/// The class of a response, from its first digit (RFC 3261 §7.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Provisional = 1,
    Success = 2,
    Redirection = 3,
    ClientFailure = 4,
    ServerFailure = 5,
    GlobalFailure = 6,
}

impl Class {
    /// Every class, in numeric order.
    pub const ALL: [Class; 6] = [
        Class::Provisional,
        Class::Success,
        Class::Redirection,
        Class::ClientFailure,
        Class::ServerFailure,
        Class::GlobalFailure,
    ];

    /// The class numbered `n` (1 to 6), as C passes it.
    pub const fn from_number(n: i64) -> Option<Class> {
        match n {
            1..=6 => Some(Class::ALL[(n - 1) as usize]),
            _ => None,
        }
    }

    /// The class's number, 1 to 6: the first digit of its codes.
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// The Fluent message id of the class's name, e.g. `class-client-failure`.
    pub const fn message_id(self) -> &'static str {
        match self {
            Class::Provisional => "class-provisional",
            Class::Success => "class-success",
            Class::Redirection => "class-redirection",
            Class::ClientFailure => "class-client-failure",
            Class::ServerFailure => "class-server-failure",
            Class::GlobalFailure => "class-global-failure",
        }
    }
}

/// One row of the code table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub code: u16,
    /// The constant's name, derived from the registered English phrase.
    pub ident: &'static str,
    /// The RFC that defines the code; 0 for a code no RFC defines (701).
    pub rfc: u16,
    pub status: Status,
    /// `ident` with a NUL, for C.
    pub(crate) ident_c: &'static std::ffi::CStr,
}

macro_rules! sip_codes {
    ($( $code:literal $ident:ident $rfc:literal $status:ident; )*) => {
        /// Every code sipstatus knows, in ascending order.
        pub const TABLE: &[Entry] = &[
            $( Entry {
                code: $code,
                ident: stringify!($ident),
                rfc: $rfc,
                status: Status::$status,
                ident_c: match std::ffi::CStr::from_bytes_with_nul(concat!(stringify!($ident), "\0").as_bytes()) {
                    Ok(c) => c,
                    Err(_) => panic!("identifier holds a NUL"),
                },
            }, )*
        ];
        impl StatusCode {
            $( pub const $ident: StatusCode = StatusCode($code); )*
        }
    };
}

sip_codes! {
    100 TRYING 3261 Registered;
    180 RINGING 3261 Registered;
    181 CALL_IS_BEING_FORWARDED 3261 Registered;
    182 QUEUED 3261 Registered;
    183 SESSION_PROGRESS 3261 Registered;
    199 EARLY_DIALOG_TERMINATED 6228 Registered;
    200 OK 3261 Registered;
    202 ACCEPTED 6665 Deprecated;
    204 NO_NOTIFICATION 5839 Registered;
    300 MULTIPLE_CHOICES 3261 Registered;
    301 MOVED_PERMANENTLY 3261 Registered;
    302 MOVED_TEMPORARILY 3261 Registered;
    305 USE_PROXY 3261 Registered;
    380 ALTERNATIVE_SERVICE 3261 Registered;
    400 BAD_REQUEST 3261 Registered;
    401 UNAUTHORIZED 3261 Registered;
    402 PAYMENT_REQUIRED 3261 Registered;
    403 FORBIDDEN 3261 Registered;
    404 NOT_FOUND 3261 Registered;
    405 METHOD_NOT_ALLOWED 3261 Registered;
    406 NOT_ACCEPTABLE 3261 Registered;
    407 PROXY_AUTHENTICATION_REQUIRED 3261 Registered;
    408 REQUEST_TIMEOUT 3261 Registered;
    409 CONFLICT 2543 Obsolete;
    410 GONE 3261 Registered;
    411 LENGTH_REQUIRED 2543 Obsolete;
    412 CONDITIONAL_REQUEST_FAILED 3903 Registered;
    413 REQUEST_ENTITY_TOO_LARGE 3261 Registered;
    414 REQUEST_URI_TOO_LONG 3261 Registered;
    415 UNSUPPORTED_MEDIA_TYPE 3261 Registered;
    416 UNSUPPORTED_URI_SCHEME 3261 Registered;
    417 UNKNOWN_RESOURCE_PRIORITY 4412 Registered;
    420 BAD_EXTENSION 3261 Registered;
    421 EXTENSION_REQUIRED 3261 Registered;
    422 SESSION_INTERVAL_TOO_SMALL 4028 Registered;
    423 INTERVAL_TOO_BRIEF 3261 Registered;
    424 BAD_LOCATION_INFORMATION 6442 Registered;
    425 BAD_ALERT_MESSAGE 8876 Registered;
    428 USE_IDENTITY_HEADER 8224 Registered;
    429 PROVIDE_REFERRER_IDENTITY 3892 Registered;
    430 FLOW_FAILED 5626 Registered;
    433 ANONYMITY_DISALLOWED 5079 Registered;
    436 BAD_IDENTITY_INFO 8224 Registered;
    437 UNSUPPORTED_CREDENTIAL 8224 Registered;
    438 INVALID_IDENTITY_HEADER 8224 Registered;
    439 FIRST_HOP_LACKS_OUTBOUND_SUPPORT 5626 Registered;
    440 MAX_BREADTH_EXCEEDED 5393 Registered;
    469 BAD_INFO_PACKAGE 6086 Registered;
    470 CONSENT_NEEDED 5360 Registered;
    480 TEMPORARILY_UNAVAILABLE 3261 Registered;
    481 CALL_TRANSACTION_DOES_NOT_EXIST 3261 Registered;
    482 LOOP_DETECTED 3261 Registered;
    483 TOO_MANY_HOPS 3261 Registered;
    484 ADDRESS_INCOMPLETE 3261 Registered;
    485 AMBIGUOUS 3261 Registered;
    486 BUSY_HERE 3261 Registered;
    487 REQUEST_TERMINATED 3261 Registered;
    488 NOT_ACCEPTABLE_HERE 3261 Registered;
    489 BAD_EVENT 6665 Registered;
    491 REQUEST_PENDING 3261 Registered;
    493 UNDECIPHERABLE 3261 Registered;
    494 SECURITY_AGREEMENT_REQUIRED 3329 Registered;
    500 SERVER_INTERNAL_ERROR 3261 Registered;
    501 NOT_IMPLEMENTED 3261 Registered;
    502 BAD_GATEWAY 3261 Registered;
    503 SERVICE_UNAVAILABLE 3261 Registered;
    504 SERVER_TIME_OUT 3261 Registered;
    505 VERSION_NOT_SUPPORTED 3261 Registered;
    513 MESSAGE_TOO_LARGE 3261 Registered;
    555 PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED 8599 Registered;
    580 PRECONDITION_FAILURE 3312 Registered;
    600 BUSY_EVERYWHERE 3261 Registered;
    603 DECLINE 3261 Registered;
    604 DOES_NOT_EXIST_ANYWHERE 3261 Registered;
    606 NOT_ACCEPTABLE_GLOBAL 3261 Registered;
    607 UNWANTED 8197 Registered;
    608 REJECTED 8688 Registered;
    701 PARTY_HANGS_UP 0 NonStandard;
}

/// One past the largest code any table lookup indexes.
pub(crate) const CODE_LIMIT: usize = 702;

/// `INDEX[code]` is the code's row in [`TABLE`], or [`NO_ROW`].
const NO_ROW: u8 = u8::MAX;
static INDEX: [u8; CODE_LIMIT] = {
    assert!(TABLE.len() < NO_ROW as usize);
    let mut index = [NO_ROW; CODE_LIMIT];
    let mut row = 0;
    while row < TABLE.len() {
        let code = TABLE[row].code as usize;
        assert!(code < CODE_LIMIT, "raise CODE_LIMIT");
        assert!(
            row == 0 || TABLE[row - 1].code < TABLE[row].code,
            "TABLE must be sorted"
        );
        index[code] = row as u8;
        row += 1;
    }
    index
};

/// A SIP response code: any value of 100 to 699, or a known code outside
/// that range (701). Like `http::StatusCode`, it need not be in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatusCode(u16);

/// A number that is not a SIP response code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidCode(pub i64);

impl fmt::Display for InvalidCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a SIP response code (100 to 699)", self.0)
    }
}

impl std::error::Error for InvalidCode {}

impl StatusCode {
    /// The code for `n`: any value of 100 to 699, or a known code such as 701.
    pub fn new(n: i64) -> Result<StatusCode, InvalidCode> {
        match u16::try_from(n) {
            Ok(c @ 100..=699) => Ok(StatusCode(c)),
            Ok(c) if row_of(c).is_some() => Ok(StatusCode(c)),
            _ => Err(InvalidCode(n)),
        }
    }

    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The class of the first digit; `None` for codes outside 100 to 699.
    pub const fn class(self) -> Option<Class> {
        match self.0 {
            100..=699 => Class::from_number((self.0 / 100) as i64),
            _ => None,
        }
    }

    /// The code's row of the table, if the code is known.
    pub fn entry(self) -> Option<&'static Entry> {
        row_of(self.0).and_then(|row| TABLE.get(row))
    }

    pub fn is_known(self) -> bool {
        row_of(self.0).is_some()
    }

    /// Every known code, in ascending order.
    pub fn known() -> impl ExactSizeIterator<Item = StatusCode> {
        TABLE.iter().map(|e| StatusCode(e.code))
    }
}

impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl From<StatusCode> for u16 {
    fn from(code: StatusCode) -> u16 {
        code.0
    }
}

/// The table row of `code`, if it is known.
pub(crate) fn row_of(code: u16) -> Option<usize> {
    match INDEX.get(code as usize) {
        Some(&row) if row != NO_ROW => Some(row as usize),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_indexed() {
        for (row, e) in TABLE.iter().enumerate() {
            assert_eq!(row_of(e.code), Some(row));
        }
        let known = (0..CODE_LIMIT as u16)
            .filter(|&c| row_of(c).is_some())
            .count();
        assert_eq!(known, TABLE.len());
    }

    #[test]
    fn statuses_are_the_documented_ones() {
        let with = |s| {
            TABLE
                .iter()
                .filter(|e| e.status == s)
                .map(|e| e.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(with(Status::Deprecated), [202]);
        assert_eq!(with(Status::Obsolete), [409, 411]);
        assert_eq!(with(Status::NonStandard), [701]);
        assert_eq!(with(Status::Registered).len(), TABLE.len() - 4);
    }

    #[test]
    fn classes_follow_the_first_digit() {
        assert_eq!(
            StatusCode::new(100).unwrap().class(),
            Some(Class::Provisional)
        );
        assert_eq!(
            StatusCode::new(486).unwrap().class(),
            Some(Class::ClientFailure)
        );
        assert_eq!(
            StatusCode::new(699).unwrap().class(),
            Some(Class::GlobalFailure)
        );
        assert_eq!(StatusCode::PARTY_HANGS_UP.class(), None);
    }

    #[test]
    fn new_accepts_the_range_and_known_codes_only() {
        for n in [i64::MIN, -1, 0, 99, 700, 702, 1000, i64::MAX] {
            assert_eq!(StatusCode::new(n), Err(InvalidCode(n)));
        }
        assert_eq!(StatusCode::new(701), Ok(StatusCode::PARTY_HANGS_UP));
        assert!(StatusCode::new(499).is_ok_and(|c| !c.is_known()));
        assert_eq!(StatusCode::BUSY_HERE.as_u16(), 486);
    }
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    /// The constant names follow the registered English phrases, so that
    /// bindings deriving names from either agree.
    #[test]
    fn identifiers_follow_the_english_phrases() {
        for e in TABLE {
            let phrase = StatusCode(e.code).reason(None);
            let derived: String = phrase
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_uppercase)
                .collect::<Vec<_>>()
                .join("_");
            assert!(
                e.ident.starts_with(&derived),
                "{}: {} vs {phrase}",
                e.code,
                e.ident
            );
        }
    }
}
