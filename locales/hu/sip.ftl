# sipstatus: SIP-válaszüzenetek, magyar.
# Röviden, ahogy egy asztali telefon vagy alközpont kijelzője mutatja.

## Válaszosztályok

class-provisional = Ideiglenes válasz
    .short = Ideiglenes
class-success = Sikeres
class-redirection = Átirányítás
class-client-failure = Klienshiba
class-server-failure = Szerverhiba
class-global-failure = Globális hiba

## 1xx: ideiglenes válaszok

sip-100 = Feldolgozás alatt
    .short = Feldolgozás
    .description = A kérés megérkezett és feldolgozás alatt áll, például amíg egy proxy a hívott felet keresi.
sip-180 = Kicseng
    .description = A hívott fél készüléke megkapta a hívást, és csörög.
sip-181 = Hívás átirányítva
    .short = Átirányítva
    .description = A hívást egy másik célra irányítják át.
sip-182 = Várakozási sorban
    .short = Sorban áll
    .description = A hívott fél most nem elérhető, ezért a hívás várakozási sorba került, amíg fel nem szabadul.
sip-183 = Kapcsolás folyamatban
    .short = Kapcsolás
    .description = A hívás felépítése folyamatban van, és már korai információ, például kicsengési hang vagy bemondás érhető el.
sip-199 = Korai dialógus vége
    .short = Korai dial. vége
    .description = A hívás egyik korai dialógusa a hívás fogadása előtt véget ért.

## 2xx: sikeres

sip-200 = OK
    .description = A kérés sikeresen teljesült.
sip-202 = Elfogadva
    .description = A kérést feldolgozásra elfogadták, de még nem teljesült; az RFC 6665 óta elavult.
sip-204 = Nincs értesítés
    .description = Az előfizetés (subscription) megújítása sikerült, de értesítést nem küldenek róla.

## 3xx: átirányítás

sip-300 = Több lehetséges cél
    .short = Több cél
    .description = A cím több célra vezet, ezeket a válasz felsorolja, és a hívó választhat közülük.
sip-301 = Véglegesen áthelyezve
    .short = Végleg új címen
    .description = A hívott fél ezen a címen már nem érhető el, hanem véglegesen a válaszban megadott címre költözött.
sip-302 = Ideiglenesen áthelyezve
    .short = Ideigl. új címen
    .description = A hívott fél ideiglenesen a válaszban megadott címen érhető el.
sip-305 = Proxy használata
    .description = A hívott fél csak a válaszban megadott proxyn keresztül érhető el.
sip-380 = Alternatív szolgáltatás
    .short = Más szolgáltatás
    .description = A hívás nem sikerült, de a válasz más igénybe vehető szolgáltatásokat ír le.

## 4xx: klienshiba

sip-400 = Hibás kérés
    .description = A kérés formailag hibás, ezért nem értelmezhető.
sip-401 = Hitelesítés szükséges
    .short = Hitelesítés
    .description = A kéréshez a felhasználónak hitelesítenie kell magát a hívott félnél vagy a regisztrációs szervernél.
sip-402 = Fizetés szükséges
    .short = Fizetés kell
    .description = Jövőbeli használatra fenntartva.
sip-403 = Tiltott
    .description = A szerver megértette a kérést, de megtagadja a teljesítését.
sip-404 = Nem található
    .description = A hívott felhasználó nem található a kérésben megadott tartományban.
sip-405 = Metódus nem megengedett
    .short = Tiltott metódus
    .description = A kérés metódusa ismert, de ehhez a címhez nem engedélyezett.
sip-406 = Tartalom nem elfogadható
    .short = Tartalomhiba
    .description = A hívott fél csak olyan tartalommal tudna válaszolni, amelyet a kérés szerint a hívó nem fogad el.
sip-407 = Proxyhitelesítés kell
    .short = Proxyhitelesítés
    .description = A hívónak előbb hitelesítenie kell magát a proxynál.
sip-408 = Időtúllépés
    .description = A szerver nem tudott időben válaszolni, például mert nem találta a hívott felet.
sip-409 = Ütközés
    .description = A kérés ütközik a jelenlegi állapottal, például egy már regisztrált felhasználóval; csak az elavult RFC 2543-ban.
sip-410 = Már nem létezik
    .description = A felhasználó korábban elérhető volt itt, de már nem, és továbbítási cím sem ismert.
sip-411 = Hossz szükséges
    .description = A szerver érvényes Content-Length nélkül nem fogadja el a kérést; csak az elavult RFC 2543-ban.
sip-412 = Feltétel nem teljesült
    .short = Feltételhiba
    .description = A kérés egyik előfeltétele, például egy közzététel entity tagje, nem teljesült.
sip-413 = Túl nagy kérés
    .description = A kérés törzse nagyobb, mint amit a szerver hajlandó feldolgozni.
sip-414 = Túl hosszú kérés-URI
    .short = Túl hosszú URI
    .description = A kérés URI-ja hosszabb, mint amit a szerver hajlandó értelmezni.
sip-415 = Nem támogatott formátum
    .short = Formátumhiba
    .description = A kérés törzse olyan formátumú (médiatípusú), amelyet a szerver nem támogat.
sip-416 = Nem támogatott URI-séma
    .short = Rossz URI-séma
    .description = A szerver nem ismeri a kérés URI-jának sémáját.
sip-417 = Ismeretlen prioritás
    .short = Rossz prioritás
    .description = A kérés olyan erőforrás-prioritást kért, amelyet a szerver nem ismer.
sip-420 = Ismeretlen SIP-bővítmény
    .short = Rossz bővítmény
    .description = A kéréshez olyan protokollbővítmény kell, amelyet a szerver nem támogat.
sip-421 = SIP-bővítmény szükséges
    .short = Bővítmény kell
    .description = A szervernek olyan protokollbővítmény kell, amelyet a kérés nem jelölt támogatottnak.
sip-422 = Túl rövid munkamenet-idő
    .short = Rövid időzítő
    .description = A kérésben megadott munkamenet-frissítési időköz rövidebb, mint amit a szerver megenged.
sip-423 = Túl rövid lejárati idő
    .short = Rövid lejárat
    .description = A kért lejárati idő, például egy regisztrációé, túl rövid.
sip-424 = Hibás helyadatok
    .description = A kérésben szereplő helyadatok hibásak vagy nem elég pontosak.
sip-425 = Hibás riasztóüzenet
    .short = Hibás riasztás
    .description = Egy nem interaktív vészriasztást elutasítottak, mert hibás volt a formátuma.
sip-428 = Identity-fejléc hiányzik
    .short = Nincs Identity
    .description = A szerver szabályzata Identity-fejlécet ír elő, a kérésben viszont nem volt ilyen.
sip-429 = Átadó azonosítója kell
    .short = Átadó-azonosító
    .description = A kérésből hiányzott az átadó fél érvényes Referred-By-tokenje.
sip-430 = Kapcsolat meghiúsult
    .short = Kapcsolathiba
    .description = A felhasználói ügynök felé vezető egyik kapcsolat (flow) meghiúsult, a többi még működhet.
sip-433 = Névtelen hívás tiltva
    .short = Névtelen tiltva
    .description = A kérést elutasították, mert névtelen (rejtett hívószámú) volt.
sip-436 = Hibás hívóazonosító
    .short = Hibás azonosító
    .description = A kérés hívóazonosítási (Identity-Info) adatai nem használhatók, például mert a tanúsítvány nem tölthető le.
sip-437 = Ismeretlen tanúsítvány
    .short = Tanúsítványhiba
    .description = A szerver nem tudta ellenőrizni a kérést aláíró tartomány tanúsítványát.
sip-438 = Érvénytelen Identity
    .short = Identity-hiba
    .description = Az Identity-fejlécben lévő aláírás nem ellenőrizhető.
sip-439 = Outbound nem támogatott
    .short = Nincs outbound
    .description = A regisztrációs szerver támogatja az outbound mechanizmust, de az útvonal első proxyja nem.
sip-440 = Max-Breadth túllépve
    .short = Max-Breadth hiba
    .description = Egy proxy nem tudta tovább elágaztatni a kérést, mert annak Max-Breadth értéke elfogyott.
sip-469 = Hibás INFO-csomag
    .short = INFO-csomag hiba
    .description = Az INFO-kérés olyan info-csomagot használt, amelybe a fogadó fél nem egyezett bele.
sip-470 = Beleegyezés szükséges
    .short = Beleegyezés kell
    .description = A küldő nem kapta meg a címzett beleegyezését ehhez a kéréshez.
sip-480 = Átmenetileg nem elérhető
    .short = Nem elérhető
    .description = A hívott fél jelenleg nem elérhető, például mert nincs bejelentkezve, vagy a „Ne zavarjanak” funkció be van kapcsolva.
sip-481 = Nem létező hívás
    .description = A kérés egyetlen meglévő híváshoz vagy tranzakcióhoz sem tartozik.
sip-482 = Hurok észlelve
    .description = A szerver útválasztási hurkot észlelt.
sip-483 = Túl sok ugrás
    .description = A kérés több csomóponton haladt át, mint amennyit a Max-Forwards megenged.
sip-484 = Hiányos hívószám
    .description = A tárcsázott hívószám vagy cím hiányos.
sip-485 = Nem egyértelmű
    .description = A tárcsázott cím nem egyértelmű, több felhasználóra is illik.
sip-486 = Foglalt
    .description = A hívott fél készüléke elérhető, de foglalt, és most nem tud újabb hívást fogadni.
sip-487 = Hívó megszakította
    .short = Megszakítva
    .description = A hívó megszakította a hívást, mielőtt a hívott fél fogadta volna.
sip-488 = Média nem elfogadható
    .short = Kodek-eltérés
    .description = A felajánlott munkamenet médiája, például a kodek vagy a médiatípus, itt nem elfogadható.
sip-489 = Hibás esemény
    .description = A szerver nem ismeri a kérésben megnevezett eseménycsomagot.
sip-491 = Függőben lévő kérés
    .short = Függő kérés
    .description = Ugyanabban a dialógusban egy másik kérés még folyamatban van.
sip-493 = Nem visszafejthető
    .short = Titkosítási hiba
    .description = A kérés olyan titkosított törzset tartalmaz, amelyet a címzett nem tud visszafejteni.
sip-494 = Biztonsági egyeztetés
    .short = Bizt. egyeztetés
    .description = A szerver csak egy egyeztetett biztonsági mechanizmus után fogadja el a kérést.

## 5xx: szerverhiba

sip-500 = Belső szerverhiba
    .short = Belső hiba
    .description = Egy váratlan állapot megakadályozta, hogy a szerver teljesítse a kérést.
sip-501 = Nem támogatott funkció
    .short = Nem támogatott
    .description = A szerver nem támogatja a kéréshez szükséges funkciót, például a kérés metódusát.
sip-502 = Hibás átjáró
    .description = Egy átjáró vagy proxy érvénytelen választ kapott a következő szervertől.
sip-503 = Szolgáltatás szünetel
    .short = Szolg. szünetel
    .description = A szerver átmenetileg túlterhelt, vagy karbantartás miatt nem működik.
sip-504 = Szerver-időtúllépés
    .short = Szerver-időtúll.
    .description = A szerver nem kapott időben választ egy másik, általa igénybe vett szervertől.
sip-505 = Nem támogatott verzió
    .short = Rossz SIP-verzió
    .description = A szerver nem támogatja a kérés SIP-verzióját.
sip-513 = Túl nagy üzenet
    .description = A kérés üzenete nagyobb, mint amit a szerver fel tud dolgozni.
sip-555 = Push nem támogatott
    .short = Nincs push
    .description = A szerver nem támogatja a kérésben megnevezett push-értesítési szolgáltatást.
sip-580 = Előfeltétel nem teljesül
    .short = Előfeltétel-hiba
    .description = A szerver nem tudja teljesíteni a munkamenethez előírt előfeltételeket.

## 6xx: globális hiba

sip-600 = Hívott fél foglalt
    .short = Hívott foglalt
    .description = A hívott fél foglalt, és más cél, például hangposta, sem tudja fogadni a hívást.
sip-603 = Hívás elutasítva
    .description = A hívott fél elutasította a hívást, és más cél sem tudja fogadni.
sip-604 = Nem létező szám
    .description = A hívott szám vagy felhasználó sehol nem létezik.
sip-606 = Munkamenet nem megfelelő
    .short = Munkamenet-hiba
    .description = A hívott fél elérhető, de a felajánlott munkamenet valamely jellemzője nem megfelelő.
sip-607 = Nem kívánt hívás
    .description = A hívott fél nem kívánt hívásnak jelölte a hívást; e hívó további hívásait valószínűleg szintén elutasítják.
sip-608 = Hálózat letiltotta
    .short = Hálózati tiltás
    .description = Nem a hívott fél, hanem egy közbenső hálózati elem (például a szolgáltató hívásszűrése) tiltotta le a hívást.

## 7xx: nem szabványos

sip-701 = Másik fél bontott
    .short = Túloldal bontott
    .description = A másik fél bontotta a hívást; egy SIP-stack belső kódja a szabványon kívül.
