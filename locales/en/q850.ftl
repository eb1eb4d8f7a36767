# sipstatus: ITU-T Q.850 cause names, English (the reference locale).
#
# q850-N is the name of cause value N as ITU-T Q.850 gives it; every other
# locale must have exactly the messages of this file. q850-class-* names the
# seven cause classes (the top three bits of the cause value).

## Cause classes

q850-class-normal-event = Normal event
q850-class-resource-unavailable = Resource unavailable
q850-class-service-not-available = Service or option not available
q850-class-service-not-implemented = Service or option not implemented
q850-class-invalid-message = Invalid message
q850-class-protocol-error = Protocol error
q850-class-interworking = Interworking

## Causes

q850-1 = Unallocated (unassigned) number
q850-2 = No route to specified transit network (national use)
q850-3 = No route to destination
q850-4 = Send special information tone
q850-5 = Misdialled trunk prefix (national use)
q850-6 = Channel unacceptable
q850-7 = Call awarded and being delivered in an established channel
q850-8 = Preemption
q850-9 = Preemption - circuit reserved for reuse
q850-14 = QoR: ported number
q850-16 = Normal call clearing
q850-17 = User busy
q850-18 = No user responding
q850-19 = No answer from user (user alerted)
q850-20 = Subscriber absent
q850-21 = Call rejected
q850-22 = Number changed
q850-23 = Redirection to new destination
q850-24 = Call rejected due to feature at the destination
q850-25 = Exchange routing error
q850-26 = Non-selected user clearing
q850-27 = Destination out of order
q850-28 = Invalid number format (address incomplete)
q850-29 = Facility rejected
q850-30 = Response to STATUS ENQUIRY
q850-31 = Normal, unspecified
q850-34 = No circuit/channel available
q850-38 = Network out of order
q850-39 = Permanent frame mode connection out of service
q850-40 = Permanent frame mode connection operational
q850-41 = Temporary failure
q850-42 = Switching equipment congestion
q850-43 = Access information discarded
q850-44 = Requested circuit/channel not available
q850-46 = Precedence call blocked
q850-47 = Resource unavailable, unspecified
q850-49 = Quality of service not available
q850-50 = Requested facility not subscribed
q850-53 = Outgoing calls barred within CUG
q850-55 = Incoming calls barred within CUG
q850-57 = Bearer capability not authorized
q850-58 = Bearer capability not presently available
q850-62 = Inconsistency in designated outgoing access information and subscriber class
q850-63 = Service or option not available, unspecified
q850-65 = Bearer capability not implemented
q850-66 = Channel type not implemented
q850-69 = Requested facility not implemented
q850-70 = Only restricted digital information bearer capability is available (national use)
q850-79 = Service or option not implemented, unspecified
q850-81 = Invalid call reference value
q850-82 = Identified channel does not exist
q850-83 = A suspended call exists, but this call identity does not
q850-84 = Call identity in use
q850-85 = No call suspended
q850-86 = Call having the requested call identity has been cleared
q850-87 = User not member of CUG
q850-88 = Incompatible destination
q850-90 = Non-existent CUG
q850-91 = Invalid transit network selection (national use)
q850-95 = Invalid message, unspecified
q850-96 = Mandatory information element is missing
q850-97 = Message type non-existent or not implemented
q850-98 = Message not compatible with call state or message type non-existent or not implemented
q850-99 = Information element / parameter non-existent or not implemented
q850-100 = Invalid information element contents
q850-101 = Message not compatible with call state
q850-102 = Recovery on timer expiry
q850-103 = Parameter non-existent or not implemented - passed on (national use)
q850-110 = Message with unrecognized parameter, discarded
q850-111 = Protocol error, unspecified
q850-127 = Interworking, unspecified
