# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), magyar.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Nem kompatibilis hálózati protokoll
warning-301 = Nem kompatibilis hálózati címformátum
warning-302 = Nem kompatibilis szállítási protokoll
warning-303 = Nem kompatibilis sávszélesség-egység
warning-304 = Médiatípus nem elérhető
warning-305 = Nem kompatibilis médiaformátum
warning-306 = Ismeretlen attribútum
warning-307 = Ismeretlen SDP-paraméter
warning-308 = Nem kompatibilis nyelvi paraméterek
warning-330 = Multicast nem elérhető
warning-331 = Unicast nem elérhető
warning-370 = Nem elegendő sávszélesség
warning-380 = SIPS nem engedélyezett
warning-381 = SIPS szükséges
warning-399 = Egyéb figyelmeztetés
