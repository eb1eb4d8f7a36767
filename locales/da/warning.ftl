# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), dansk.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Inkompatibel netværksprotokol
warning-301 = Inkompatible netværksadresseformater
warning-302 = Inkompatibel transportprotokol
warning-303 = Inkompatible båndbreddeenheder
warning-304 = Medietype ikke tilgængelig
warning-305 = Inkompatibelt medieformat
warning-306 = Ukendt attribut
warning-307 = Ukendt SDP-parameter
warning-308 = Inkompatibel sprogangivelse
warning-330 = Multicast ikke tilgængelig
warning-331 = Unicast ikke tilgængelig
warning-370 = Utilstrækkelig båndbredde
warning-380 = SIPS ikke tilladt
warning-381 = SIPS påkrævet
warning-399 = Generel advarsel
