# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), English
# (the reference locale).
#
# warning-NNN is the text of registered warn-code NNN, as the IANA "Warning
# Codes" registry gives it (RFC 3261, RFC 5630 for 380 and 381, RFC 8373 for
# 308): English keeps the registered text. Every other locale must have
# exactly the messages of this file, each one short line in the words that
# country's telecom software uses. 3xx warn-codes name a problem with the
# session description (SDP) of an offer: 300-329 a keyword, 330-339 a basic
# network service, 370-379 quality of service; 399 is any other warning.

warning-300 = Incompatible network protocol
warning-301 = Incompatible network address formats
warning-302 = Incompatible transport protocol
warning-303 = Incompatible bandwidth units
warning-304 = Media type not available
warning-305 = Incompatible media format
warning-306 = Attribute not understood
warning-307 = Session description parameter not understood
warning-308 = Incompatible language specification
warning-330 = Multicast not available
warning-331 = Unicast not available
warning-370 = Insufficient bandwidth
warning-380 = SIPS Not Allowed
warning-381 = SIPS Required
warning-399 = Miscellaneous warning
