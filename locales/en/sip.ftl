# sipstatus: SIP response reason phrases, English (the reference locale).
#
# Every other locale must have exactly the messages of this file.
# sip-NNN is the reason phrase of response code NNN, exactly as registered
# with IANA; its .description attribute says in one sentence when it is sent.
# class-* names the six response classes, used for codes the table lacks.

## Response classes

class-provisional = Provisional
class-success = Success
class-redirection = Redirection
class-client-failure = Client Failure
class-server-failure = Server Failure
class-global-failure = Global Failure

## 1xx: provisional

sip-100 = Trying
    .description = The request was received and is being worked on, for example while a proxy looks up the callee.
sip-180 = Ringing
    .description = The callee's device has received the call and is alerting the user.
sip-181 = Call Is Being Forwarded
    .short = Call Forwarded
    .description = The call is being forwarded to another destination.
sip-182 = Queued
    .description = The callee is not available right now and the call has been queued until it is.
sip-183 = Session Progress
    .description = The call is being set up and early information, such as ringback tone or an announcement, is available.
sip-199 = Early Dialog Terminated
    .short = Early Dialog End
    .description = An early dialog created for this call has been terminated before the call was answered.

## 2xx: success

sip-200 = OK
    .description = The request has succeeded.
sip-202 = Accepted
    .description = The request was accepted for processing but has not been completed yet; deprecated since RFC 6665.
sip-204 = No Notification
    .description = The subscription was refreshed successfully, but no notification will be sent for it.

## 3xx: redirection

sip-300 = Multiple Choices
    .description = The address resolved to several destinations, listed in the response, from which the caller may choose.
sip-301 = Moved Permanently
    .short = Moved Permanent
    .description = The callee can no longer be reached at this address and has moved permanently to the address given in the response.
sip-302 = Moved Temporarily
    .short = Moved Temporary
    .description = The callee is temporarily reachable at the address given in the response.
sip-305 = Use Proxy
    .description = The callee must be reached through the proxy given in the response.
sip-380 = Alternative Service
    .short = Alt. Service
    .description = The call failed, but alternative services are described in the response.

## 4xx: client failure

sip-400 = Bad Request
    .description = The request could not be understood because of malformed syntax.
sip-401 = Unauthorized
    .description = The request requires user authentication by the callee or registrar.
sip-402 = Payment Required
    .description = Reserved for future use.
sip-403 = Forbidden
    .description = The server understood the request but refuses to fulfil it.
sip-404 = Not Found
    .description = The called user does not exist at the domain given in the request.
sip-405 = Method Not Allowed
    .short = Method Forbidden
    .description = The request method is understood but not allowed for this address.
sip-406 = Not Acceptable
    .description = The callee can only answer with content that the request said it does not accept.
sip-407 = Proxy Authentication Required
    .short = Proxy Auth Req.
    .description = The request requires the caller to authenticate with the proxy first.
sip-408 = Request Timeout
    .description = The server could not answer in time, for example because the callee could not be located.
sip-409 = Conflict
    .description = The request conflicts with the current state, such as a user already registered; only in the obsolete RFC 2543.
sip-410 = Gone
    .description = The user existed once but is no longer reachable here, and no forwarding address is known.
sip-411 = Length Required
    .description = The server refuses the request without a valid Content-Length; only in the obsolete RFC 2543.
sip-412 = Conditional Request Failed
    .short = Condition Failed
    .description = A precondition of the request, such as the entity tag of a publication, did not hold.
sip-413 = Request Entity Too Large
    .short = Request Too Big
    .description = The request body is larger than the server is willing to process.
sip-414 = Request-URI Too Long
    .short = URI Too Long
    .description = The request URI is longer than the server is willing to interpret.
sip-415 = Unsupported Media Type
    .short = Bad Media Type
    .description = The request body is in a format the server does not support.
sip-416 = Unsupported URI Scheme
    .short = Bad URI Scheme
    .description = The server does not know the scheme of the request URI.
sip-417 = Unknown Resource-Priority
    .short = Unknown Priority
    .description = The request asked for a resource priority the server does not understand.
sip-420 = Bad Extension
    .description = The request needs a protocol extension that the server does not support.
sip-421 = Extension Required
    .short = Extension Needed
    .description = The server needs an extension that the request did not list as supported.
sip-422 = Session Interval Too Small
    .short = Timer Too Small
    .description = The session refresh interval in the request is shorter than the server allows.
sip-423 = Interval Too Brief
    .short = Expiry Too Brief
    .description = The expiration time asked for, for example of a registration, is too short.
sip-424 = Bad Location Information
    .short = Bad Location
    .description = The location information in the request was malformed or not good enough.
sip-425 = Bad Alert Message
    .short = Bad Alert
    .description = A non-interactive emergency alert was refused because it was malformed.
sip-428 = Use Identity Header
    .short = Use Identity
    .description = The server's policy requires an Identity header, and the request had none.
sip-429 = Provide Referrer Identity
    .short = Need Referrer ID
    .description = The request lacked a valid Referred-By token.
sip-430 = Flow Failed
    .description = A particular connection flow to the user agent failed, though others may still work.
sip-433 = Anonymity Disallowed
    .short = No Anonymity
    .description = The request was refused because it was anonymous.
sip-436 = Bad Identity Info
    .short = Bad Identity
    .description = The identity information in the request could not be used, for example because its certificate could not be fetched.
sip-437 = Unsupported Credential
    .short = Bad Credential
    .description = The server could not validate the certificate of the domain that signed the request.
sip-438 = Invalid Identity Header
    .short = Invalid Identity
    .description = The signature in the Identity header could not be verified.
sip-439 = First Hop Lacks Outbound Support
    .short = No Outbound
    .description = The registrar supports the outbound extension, but the first proxy on the path does not.
sip-440 = Max-Breadth Exceeded
    .short = Max-Breadth
    .description = A proxy could not fork the request further because its Max-Breadth was used up.
sip-469 = Bad Info Package
    .description = The INFO request used an info package the receiver has not agreed to.
sip-470 = Consent Needed
    .description = The sender has not obtained the recipient's consent for this request.
sip-480 = Temporarily Unavailable
    .short = Unavailable
    .description = The callee was reached but is currently unavailable, for example not logged in or in do-not-disturb mode.
sip-481 = Call/Transaction Does Not Exist
    .short = No Such Call
    .description = The request matches no existing call or transaction.
sip-482 = Loop Detected
    .description = The server detected a routing loop.
sip-483 = Too Many Hops
    .description = The request passed through more hops than Max-Forwards allows.
sip-484 = Address Incomplete
    .short = Addr. Incomplete
    .description = The dialled number or address is incomplete.
sip-485 = Ambiguous
    .description = The dialled address is ambiguous and matches more than one user.
sip-486 = Busy Here
    .description = The callee was reached but cannot take another call right now.
sip-487 = Request Terminated
    .short = Call Cancelled
    .description = The request was cancelled before it was answered.
sip-488 = Not Acceptable Here
    .short = No Common Media
    .description = Some part of the offered session, such as a codec or media type, is not acceptable here.
sip-489 = Bad Event
    .description = The server does not understand the event package named in the request.
sip-491 = Request Pending
    .description = Another request is still pending in the same dialog.
sip-493 = Undecipherable
    .description = The request contains an encrypted body that the recipient cannot decrypt.
sip-494 = Security Agreement Required
    .short = Sec. Agreement
    .description = The server requires a negotiated security mechanism before it accepts the request.

## 5xx: server failure

sip-500 = Server Internal Error
    .short = Server Error
    .description = The server hit an unexpected condition that kept it from fulfilling the request.
sip-501 = Not Implemented
    .description = The server does not support the function needed for this request, such as its method.
sip-502 = Bad Gateway
    .description = A gateway or proxy received an invalid response from the next server.
sip-503 = Service Unavailable
    .short = Service Unavail.
    .description = The server is temporarily overloaded or down for maintenance.
sip-504 = Server Time-out
    .description = The server did not get a timely answer from another server it needed.
sip-505 = Version Not Supported
    .short = Bad SIP Version
    .description = The server does not support the SIP version of the request.
sip-513 = Message Too Large
    .short = Message Too Big
    .description = The request message is larger than the server can process.
sip-555 = Push Notification Service Not Supported
    .short = No Push Service
    .description = The server does not support the push notification service named in the request.
sip-580 = Precondition Failure
    .short = Precond. Failure
    .description = The server cannot meet the preconditions required for the session.

## 6xx: global failure

sip-600 = Busy Everywhere
    .description = The callee is busy and no other destination, such as voicemail, can take the call.
sip-603 = Decline
    .description = The callee declined the call and no other destination can take it.
sip-604 = Does Not Exist Anywhere
    .short = Does Not Exist
    .description = The called user does not exist anywhere.
sip-606 = Not Acceptable
    .short = Session Refused
    .description = The callee was reached, but some aspect of the offered session is not acceptable.
sip-607 = Unwanted
    .description = The callee marked the call as unwanted; further calls from this caller are likely to be rejected too.
sip-608 = Rejected
    .description = An intermediary, not the callee, rejected the call.

## 7xx: not standard

sip-701 = Party Hangs Up
    .description = The other party hung up; a stack-internal code outside the SIP standard.
