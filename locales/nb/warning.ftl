# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), norsk bokmål.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Inkompatibel nettverksprotokoll
warning-301 = Inkompatible nettverksadresseformater
warning-302 = Inkompatibel transportprotokoll
warning-303 = Inkompatible båndbreddeenheter
warning-304 = Medietype ikke tilgjengelig
warning-305 = Inkompatibelt medieformat
warning-306 = Ukjent attributt
warning-307 = Ukjent SDP-parameter
warning-308 = Inkompatibel språkangivelse
warning-330 = Multicast ikke tilgjengelig
warning-331 = Unicast ikke tilgjengelig
warning-370 = Utilstrekkelig båndbredde
warning-380 = SIPS ikke tillatt
warning-381 = SIPS påkrevd
warning-399 = Generell advarsel
