# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Nederlands.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Incompatibel netwerkprotocol
warning-301 = Incompatibele netwerkadresformaten
warning-302 = Incompatibel transportprotocol
warning-303 = Incompatibele bandbreedte-eenheden
warning-304 = Mediatype niet beschikbaar
warning-305 = Incompatibel mediaformaat
warning-306 = Attribuut onbekend
warning-307 = SDP-parameter onbekend
warning-308 = Incompatibele taalaanduiding
warning-330 = Multicast niet beschikbaar
warning-331 = Unicast niet beschikbaar
warning-370 = Onvoldoende bandbreedte
warning-380 = SIPS niet toegestaan
warning-381 = SIPS vereist
warning-399 = Overige waarschuwing
