# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), čeština.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Nekompatibilní síťový protokol
warning-301 = Nekompatibilní formát síťové adresy
warning-302 = Nekompatibilní transportní protokol
warning-303 = Nekompatibilní jednotky šířky pásma
warning-304 = Typ média nedostupný
warning-305 = Nekompatibilní formát média
warning-306 = Nerozpoznaný atribut
warning-307 = Nerozpoznaný parametr SDP
warning-308 = Nekompatibilní parametry jazyka
warning-330 = Multicast nedostupný
warning-331 = Unicast nedostupný
warning-370 = Nedostatečná šířka pásma
warning-380 = SIPS není povolen
warning-381 = Vyžadován SIPS
warning-399 = Jiné varování
