# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Deutsch.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Inkompatibles Netzprotokoll
warning-301 = Inkompatible Netzadressformate
warning-302 = Inkompatibles Transportprotokoll
warning-303 = Inkompatible Bandbreiteneinheiten
warning-304 = Medientyp nicht verfügbar
warning-305 = Inkompatibles Medienformat
warning-306 = Attribut unbekannt
warning-307 = SDP-Parameter unbekannt
warning-308 = Inkompatible Sprachangabe
warning-330 = Multicast nicht verfügbar
warning-331 = Unicast nicht verfügbar
warning-370 = Unzureichende Bandbreite
warning-380 = SIPS nicht erlaubt
warning-381 = SIPS erforderlich
warning-399 = Sonstige Warnung
