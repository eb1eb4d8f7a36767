sip-486 = Stress Bad
not-a-sipstatus-message = refused
