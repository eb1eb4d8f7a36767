//! ITU-T Q.850 cause values (ISDN/ISUP), the other table of the core: which
//! causes are assigned and to which class each belongs. Names come from the
//! locales (`q850-N` in `locales/<lang>/q850.ftl`).

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
}
