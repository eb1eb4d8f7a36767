//! Generated from `sipstatus::TABLE` (src/code.rs) by tests/header.rs; do not edit.
//! Regenerate with `SIPSTATUS_BLESS=1 cargo test --test header`.

/// Every known SIP response code as a named constant: `SIP_` and the
/// code's name (`sip_code_name`), e.g. `SIP_BUSY_HERE` for 486. The functions
/// take a code as an `int`, so any value of 100 to 699 can be passed too;
/// these name the ones in the table (`sip_is_known`), in ascending order.
#[repr(C)]
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SipCode {
    /// Trying (RFC 3261)
    SIP_TRYING = 100,
    /// Ringing (RFC 3261)
    SIP_RINGING = 180,
    /// Call Is Being Forwarded (RFC 3261)
    SIP_CALL_IS_BEING_FORWARDED = 181,
    /// Queued (RFC 3261)
    SIP_QUEUED = 182,
    /// Session Progress (RFC 3261)
    SIP_SESSION_PROGRESS = 183,
    /// Early Dialog Terminated (RFC 6228)
    SIP_EARLY_DIALOG_TERMINATED = 199,
    /// OK (RFC 3261)
    SIP_OK = 200,
    /// Accepted (RFC 6665, deprecated)
    SIP_ACCEPTED = 202,
    /// No Notification (RFC 5839)
    SIP_NO_NOTIFICATION = 204,
    /// Multiple Choices (RFC 3261)
    SIP_MULTIPLE_CHOICES = 300,
    /// Moved Permanently (RFC 3261)
    SIP_MOVED_PERMANENTLY = 301,
    /// Moved Temporarily (RFC 3261)
    SIP_MOVED_TEMPORARILY = 302,
    /// Use Proxy (RFC 3261)
    SIP_USE_PROXY = 305,
    /// Alternative Service (RFC 3261)
    SIP_ALTERNATIVE_SERVICE = 380,
    /// Bad Request (RFC 3261)
    SIP_BAD_REQUEST = 400,
    /// Unauthorized (RFC 3261)
    SIP_UNAUTHORIZED = 401,
    /// Payment Required (RFC 3261)
    SIP_PAYMENT_REQUIRED = 402,
    /// Forbidden (RFC 3261)
    SIP_FORBIDDEN = 403,
    /// Not Found (RFC 3261)
    SIP_NOT_FOUND = 404,
    /// Method Not Allowed (RFC 3261)
    SIP_METHOD_NOT_ALLOWED = 405,
    /// Not Acceptable (RFC 3261)
    SIP_NOT_ACCEPTABLE = 406,
    /// Proxy Authentication Required (RFC 3261)
    SIP_PROXY_AUTHENTICATION_REQUIRED = 407,
    /// Request Timeout (RFC 3261)
    SIP_REQUEST_TIMEOUT = 408,
    /// Conflict (RFC 2543, obsolete: never registered)
    SIP_CONFLICT = 409,
    /// Gone (RFC 3261)
    SIP_GONE = 410,
    /// Length Required (RFC 2543, obsolete: never registered)
    SIP_LENGTH_REQUIRED = 411,
    /// Conditional Request Failed (RFC 3903)
    SIP_CONDITIONAL_REQUEST_FAILED = 412,
    /// Request Entity Too Large (RFC 3261)
    SIP_REQUEST_ENTITY_TOO_LARGE = 413,
    /// Request-URI Too Long (RFC 3261)
    SIP_REQUEST_URI_TOO_LONG = 414,
    /// Unsupported Media Type (RFC 3261)
    SIP_UNSUPPORTED_MEDIA_TYPE = 415,
    /// Unsupported URI Scheme (RFC 3261)
    SIP_UNSUPPORTED_URI_SCHEME = 416,
    /// Unknown Resource-Priority (RFC 4412)
    SIP_UNKNOWN_RESOURCE_PRIORITY = 417,
    /// Bad Extension (RFC 3261)
    SIP_BAD_EXTENSION = 420,
    /// Extension Required (RFC 3261)
    SIP_EXTENSION_REQUIRED = 421,
    /// Session Interval Too Small (RFC 4028)
    SIP_SESSION_INTERVAL_TOO_SMALL = 422,
    /// Interval Too Brief (RFC 3261)
    SIP_INTERVAL_TOO_BRIEF = 423,
    /// Bad Location Information (RFC 6442)
    SIP_BAD_LOCATION_INFORMATION = 424,
    /// Bad Alert Message (RFC 8876)
    SIP_BAD_ALERT_MESSAGE = 425,
    /// Use Identity Header (RFC 8224)
    SIP_USE_IDENTITY_HEADER = 428,
    /// Provide Referrer Identity (RFC 3892)
    SIP_PROVIDE_REFERRER_IDENTITY = 429,
    /// Flow Failed (RFC 5626)
    SIP_FLOW_FAILED = 430,
    /// Anonymity Disallowed (RFC 5079)
    SIP_ANONYMITY_DISALLOWED = 433,
    /// Bad Identity Info (RFC 8224)
    SIP_BAD_IDENTITY_INFO = 436,
    /// Unsupported Credential (RFC 8224)
    SIP_UNSUPPORTED_CREDENTIAL = 437,
    /// Invalid Identity Header (RFC 8224)
    SIP_INVALID_IDENTITY_HEADER = 438,
    /// First Hop Lacks Outbound Support (RFC 5626)
    SIP_FIRST_HOP_LACKS_OUTBOUND_SUPPORT = 439,
    /// Max-Breadth Exceeded (RFC 5393)
    SIP_MAX_BREADTH_EXCEEDED = 440,
    /// Bad Info Package (RFC 6086)
    SIP_BAD_INFO_PACKAGE = 469,
    /// Consent Needed (RFC 5360)
    SIP_CONSENT_NEEDED = 470,
    /// Temporarily Unavailable (RFC 3261)
    SIP_TEMPORARILY_UNAVAILABLE = 480,
    /// Call/Transaction Does Not Exist (RFC 3261)
    SIP_CALL_TRANSACTION_DOES_NOT_EXIST = 481,
    /// Loop Detected (RFC 3261)
    SIP_LOOP_DETECTED = 482,
    /// Too Many Hops (RFC 3261)
    SIP_TOO_MANY_HOPS = 483,
    /// Address Incomplete (RFC 3261)
    SIP_ADDRESS_INCOMPLETE = 484,
    /// Ambiguous (RFC 3261)
    SIP_AMBIGUOUS = 485,
    /// Busy Here (RFC 3261)
    SIP_BUSY_HERE = 486,
    /// Request Terminated (RFC 3261)
    SIP_REQUEST_TERMINATED = 487,
    /// Not Acceptable Here (RFC 3261)
    SIP_NOT_ACCEPTABLE_HERE = 488,
    /// Bad Event (RFC 6665)
    SIP_BAD_EVENT = 489,
    /// Request Pending (RFC 3261)
    SIP_REQUEST_PENDING = 491,
    /// Undecipherable (RFC 3261)
    SIP_UNDECIPHERABLE = 493,
    /// Security Agreement Required (RFC 3329)
    SIP_SECURITY_AGREEMENT_REQUIRED = 494,
    /// Server Internal Error (RFC 3261)
    SIP_SERVER_INTERNAL_ERROR = 500,
    /// Not Implemented (RFC 3261)
    SIP_NOT_IMPLEMENTED = 501,
    /// Bad Gateway (RFC 3261)
    SIP_BAD_GATEWAY = 502,
    /// Service Unavailable (RFC 3261)
    SIP_SERVICE_UNAVAILABLE = 503,
    /// Server Time-out (RFC 3261)
    SIP_SERVER_TIME_OUT = 504,
    /// Version Not Supported (RFC 3261)
    SIP_VERSION_NOT_SUPPORTED = 505,
    /// Message Too Large (RFC 3261)
    SIP_MESSAGE_TOO_LARGE = 513,
    /// Push Notification Service Not Supported (RFC 8599)
    SIP_PUSH_NOTIFICATION_SERVICE_NOT_SUPPORTED = 555,
    /// Precondition Failure (RFC 3312)
    SIP_PRECONDITION_FAILURE = 580,
    /// Busy Everywhere (RFC 3261)
    SIP_BUSY_EVERYWHERE = 600,
    /// Decline (RFC 3261)
    SIP_DECLINE = 603,
    /// Does Not Exist Anywhere (RFC 3261)
    SIP_DOES_NOT_EXIST_ANYWHERE = 604,
    /// Not Acceptable (RFC 3261)
    SIP_NOT_ACCEPTABLE_GLOBAL = 606,
    /// Unwanted (RFC 8197)
    SIP_UNWANTED = 607,
    /// Rejected (RFC 8688)
    SIP_REJECTED = 608,
    /// Party Hangs Up (non-standard: defined by no RFC)
    SIP_PARTY_HANGS_UP = 701,
}
