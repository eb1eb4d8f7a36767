# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), svenska.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Inkompatibelt nätverksprotokoll
warning-301 = Inkompatibla nätverksadressformat
warning-302 = Inkompatibelt transportprotokoll
warning-303 = Inkompatibla bandbreddsenheter
warning-304 = Mediatyp ej tillgänglig
warning-305 = Inkompatibelt medieformat
warning-306 = Okänt attribut
warning-307 = Okänd SDP-parameter
warning-308 = Inkompatibel språkangivelse
warning-330 = Multicast ej tillgänglig
warning-331 = Unicast ej tillgänglig
warning-370 = Otillräcklig bandbredd
warning-380 = SIPS ej tillåtet
warning-381 = SIPS krävs
warning-399 = Övrig varning
