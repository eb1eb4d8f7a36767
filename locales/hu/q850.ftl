# sipstatus: Q.850 bontási okok (ITU-T, ISDN/ISUP), magyar.
# Elnevezések a hazai ISDN- és alközponti szóhasználat szerint; a „nemzeti
# használat” megjegyzések elmaradnak. CUG = zárt felhasználói csoport, kiírva.

## Okosztályok

q850-class-normal-event = Normál esemény
q850-class-resource-unavailable = Erőforrás nem elérhető
q850-class-service-not-available = Szolgáltatás vagy opció nem elérhető
q850-class-service-not-implemented = Szolgáltatás vagy opció nincs megvalósítva
q850-class-invalid-message = Érvénytelen üzenet
q850-class-protocol-error = Protokollhiba
q850-class-interworking = Hálózati együttműködés

## Okok

q850-1 = Nem létező (ki nem osztott) szám
q850-2 = Nincs útvonal a megadott tranzithálózathoz
q850-3 = Nincs útvonal a célhoz
q850-4 = Különleges információs hang küldése
q850-5 = Hibásan tárcsázott belföldi előtag
q850-6 = Csatorna nem elfogadható
q850-7 = Hívás kézbesítése meglévő csatornán
q850-8 = Elsőbbségi kiszorítás
q850-9 = Elsőbbségi kiszorítás, áramkör újrafelhasználásra fenntartva
q850-14 = QoR: hordozott szám
q850-16 = Normál hívásbontás
q850-17 = Hívott fél foglalt
q850-18 = Hívott végberendezés nem válaszol
q850-19 = Hívott fél nem jelentkezik (kicsengett)
q850-20 = Előfizető nem elérhető
q850-21 = Hívás elutasítva
q850-22 = Megváltozott hívószám
q850-23 = Átirányítás új célra
q850-24 = Hívás elutasítva a cél egyik szolgáltatása miatt
q850-25 = Központi útválasztási hiba
q850-26 = Nem kiválasztott felhasználó bontása
q850-27 = Cél üzemen kívül
q850-28 = Érvénytelen számformátum (hiányos hívószám)
q850-29 = Szolgáltatáskérés elutasítva
q850-30 = Válasz STATUS ENQUIRY üzenetre
q850-31 = Normál, nem meghatározott
q850-34 = Nincs szabad áramkör/csatorna
q850-38 = Hálózat üzemen kívül
q850-39 = Állandó keretmódú kapcsolat üzemen kívül
q850-40 = Állandó keretmódú kapcsolat üzemel
q850-41 = Átmeneti hiba
q850-42 = Torlódás a kapcsolóberendezésben
q850-43 = Hozzáférési információ eldobva
q850-44 = A kért áramkör/csatorna nem elérhető
q850-46 = Elsőbbségi hívás blokkolva
q850-47 = Erőforrás nem elérhető, nem meghatározott
q850-49 = A kért szolgáltatásminőség nem elérhető
q850-50 = A kért szolgáltatásra nincs előfizetés
q850-53 = Kimenő hívások tiltva a zárt felhasználói csoporton belül
q850-55 = Bejövő hívások tiltva a zárt felhasználói csoporton belül
q850-57 = Átviteli képesség nem engedélyezett
q850-58 = Átviteli képesség jelenleg nem elérhető
q850-62 = Ellentmondás a kimenő hozzáférési adatok és az előfizetői osztály között
q850-63 = Szolgáltatás vagy opció nem elérhető, nem meghatározott
q850-65 = Átviteli képesség nincs megvalósítva
q850-66 = Csatornatípus nincs megvalósítva
q850-69 = A kért szolgáltatás nincs megvalósítva
q850-70 = Csak korlátozott digitális átviteli képesség érhető el
q850-79 = Szolgáltatás vagy opció nincs megvalósítva, nem meghatározott
q850-81 = Érvénytelen hívásreferencia-érték
q850-82 = Az azonosított csatorna nem létezik
q850-83 = Van felfüggesztett hívás, de ezzel a hívásazonosítóval nincs
q850-84 = Hívásazonosító már használatban
q850-85 = Nincs felfüggesztett hívás
q850-86 = A kért hívásazonosítójú hívás már bontva
q850-87 = Felhasználó nem tagja a zárt felhasználói csoportnak
q850-88 = Nem kompatibilis cél
q850-90 = Nem létező zárt felhasználói csoport
q850-91 = Érvénytelen tranzithálózat-választás
q850-95 = Érvénytelen üzenet, nem meghatározott
q850-96 = Kötelező információs elem hiányzik
q850-97 = Nem létező vagy nem megvalósított üzenettípus
q850-98 = Az üzenet nem kompatibilis a hívásállapottal, vagy nem létező vagy nem megvalósított üzenettípus
q850-99 = Nem létező vagy nem megvalósított információs elem/paraméter
q850-100 = Érvénytelen információselem-tartalom
q850-101 = Az üzenet nem kompatibilis a hívásállapottal
q850-102 = Helyreállítás időzítő lejárta után
q850-103 = Nem létező vagy nem megvalósított paraméter, továbbítva
q850-110 = Ismeretlen paramétert tartalmazó üzenet, eldobva
q850-111 = Protokollhiba, nem meghatározott
q850-127 = Hálózati együttműködés, nem meghatározott
