# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), slovenčina.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Nekompatibilný sieťový protokol
warning-301 = Nekompatibilný formát sieťovej adresy
warning-302 = Nekompatibilný transportný protokol
warning-303 = Nekompatibilné jednotky šírky pásma
warning-304 = Typ média nedostupný
warning-305 = Nekompatibilný formát média
warning-306 = Nerozpoznaný atribút
warning-307 = Nerozpoznaný parameter SDP
warning-308 = Nekompatibilné parametre jazyka
warning-330 = Multicast nedostupný
warning-331 = Unicast nedostupný
warning-370 = Nedostatočná šírka pásma
warning-380 = SIPS nie je povolený
warning-381 = Vyžaduje sa SIPS
warning-399 = Iné upozornenie
