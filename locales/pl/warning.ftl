# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), polski.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Niezgodny protokół sieciowy
warning-301 = Niezgodny format adresu sieciowego
warning-302 = Niezgodny protokół transportowy
warning-303 = Niezgodne jednostki pasma
warning-304 = Typ mediów niedostępny
warning-305 = Niezgodny format mediów
warning-306 = Nierozpoznany atrybut
warning-307 = Nierozpoznany parametr SDP
warning-308 = Niezgodne parametry języka
warning-330 = Multicast niedostępny
warning-331 = Unicast niedostępny
warning-370 = Niewystarczające pasmo
warning-380 = SIPS niedozwolony
warning-381 = Wymagany SIPS
warning-399 = Inne ostrzeżenie
