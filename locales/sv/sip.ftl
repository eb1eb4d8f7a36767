# sipstatus: SIP-svarstexter, svenska.
# Korta, som på displayen till en bordstelefon eller telefonväxel.
# Texter högst 24 kolumner; .short (högst 16 kolumner) för 2x16-displayer.

## Svarsklasser

class-provisional = Preliminärt svar
class-success = Lyckat
class-redirection = Omdirigering
class-client-failure = Klientfel
class-server-failure = Serverfel
class-global-failure = Globalt fel

## 1xx: preliminära svar

sip-100 = Behandlas
    .description = Begäran har tagits emot och behandlas, till exempel medan en proxy söker efter den uppringda.
sip-180 = Ringer
    .description = Den uppringdas enhet har tagit emot samtalet och ringer.
sip-181 = Samtalet vidarekopplas
    .short = Vidarekopplas
    .description = Samtalet kopplas vidare till ett annat mål.
sip-182 = I kö
    .description = Den uppringda är inte tillgänglig just nu, så samtalet står i kö tills mottagaren blir ledig.
sip-183 = Kopplar upp
    .description = Samtalet kopplas upp och tidig information, som ringsignal eller ett talmeddelande, finns redan tillgänglig.
sip-199 = Tidig dialog avslutad
    .short = Dialog avslutad
    .description = En tidig dialog (early dialog) för samtalet avslutades innan samtalet besvarades.

## 2xx: lyckat

sip-200 = OK
    .description = Begäran lyckades.
sip-202 = Accepterad
    .description = Begäran har tagits emot för behandling men är ännu inte slutförd; föråldrad sedan RFC 6665.
sip-204 = Ingen avisering
    .description = Prenumerationen förnyades, men ingen avisering kommer att skickas för den.

## 3xx: omdirigering

sip-300 = Flera mål
    .description = Adressen ledde till flera mål, listade i svaret, som den uppringande kan välja mellan.
sip-301 = Permanent flyttad
    .short = Flyttad
    .description = Den uppringda nås inte längre på den här adressen utan har flyttat permanent till adressen i svaret.
sip-302 = Tillfälligt flyttad
    .short = Tillf. flyttad
    .description = Den uppringda nås tillfälligt på adressen i svaret.
sip-305 = Använd proxy
    .description = Den uppringda måste nås via den proxy som anges i svaret.
sip-380 = Alternativ tjänst
    .short = Annan tjänst
    .description = Samtalet misslyckades, men svaret beskriver alternativa tjänster.

## 4xx: klientfel

sip-400 = Felaktig begäran
    .description = Begäran kunde inte tolkas på grund av felaktig syntax.
sip-401 = Inloggning krävs
    .description = Begäran kräver att användaren loggar in (autentiserar sig) hos den uppringda eller registraren.
sip-402 = Betalning krävs
    .description = Reserverad för framtida bruk.
sip-403 = Ej tillåtet
    .description = Servern förstod begäran men vägrar utföra den.
sip-404 = Hittades inte
    .description = Den uppringda användaren finns inte i den domän som anges i begäran.
sip-405 = Metoden ej tillåten
    .short = Metod förbjuden
    .description = Metoden i begäran är känd men inte tillåten för den här adressen.
sip-406 = Innehåll godtas ej
    .short = Innehåll nekat
    .description = Den uppringda kan bara svara med innehåll som begäran angav att den inte godtar.
sip-407 = Proxyinloggning krävs
    .short = Proxyinloggning
    .description = Begäran kräver att den uppringande först loggar in (autentiserar sig) hos proxyn.
sip-408 = Tidsgränsen överskreds
    .short = Tidsgräns nådd
    .description = Servern kunde inte svara i tid, till exempel för att den uppringda inte gick att hitta.
sip-409 = Konflikt
    .description = Begäran strider mot aktuellt tillstånd, till exempel en redan registrerad användare; bara i den föråldrade RFC 2543.
sip-410 = Finns inte längre
    .short = Borttagen
    .description = Användaren fanns här en gång men nås inte längre här, och ingen vidarekopplingsadress är känd.
sip-411 = Längd krävs
    .description = Servern vägrar ta emot begäran utan giltig Content-Length; bara i den föråldrade RFC 2543.
sip-412 = Villkor ej uppfyllt
    .short = Villkorsfel
    .description = Ett villkor i begäran, som entitetstaggen för en publicering, var inte uppfyllt.
sip-413 = Begäran för stor
    .description = Innehållet i begäran är större än servern vill behandla.
sip-414 = Request-URI för lång
    .short = URI för lång
    .description = Request-URI:n är längre än servern vill tolka.
sip-415 = Mediatyp stöds ej
    .short = Fel mediatyp
    .description = Innehållet i begäran har ett format som servern inte stöder.
sip-416 = Okänt URI-schema
    .description = Servern känner inte till schemat i Request-URI:n.
sip-417 = Okänd resursprioritet
    .short = Okänd prioritet
    .description = Begäran angav en resursprioritet (Resource-Priority) som servern inte förstår.
sip-420 = SIP-tillägg stöds ej
    .short = Tillägg stöds ej
    .description = Begäran kräver ett SIP-protokolltillägg som servern inte stöder.
sip-421 = SIP-tillägg krävs
    .short = Tillägg krävs
    .description = Servern kräver ett SIP-protokolltillägg som begäran inte angav som stött.
sip-422 = Sessionstimer för kort
    .short = Timer för kort
    .description = Sessionens uppdateringsintervall (sessionstimer) i begäran är kortare än servern tillåter.
sip-423 = Giltighetstid för kort
    .short = För kort tid
    .description = Den begärda giltighetstiden, till exempel för en registrering, är för kort.
sip-424 = Felaktiga platsuppgifter
    .short = Fel platsuppgift
    .description = Platsuppgifterna i begäran var felaktiga eller otillräckliga.
sip-425 = Felaktigt larmmeddelande
    .short = Felaktigt larm
    .description = Ett icke-interaktivt nödlarm nekades eftersom det var felaktigt utformat.
sip-428 = Identity-huvud krävs
    .short = Identity krävs
    .description = Serverns policy kräver ett Identity-huvud, och begäran saknade det.
sip-429 = Hänvisarens ID saknas
    .short = Hänvisare saknas
    .description = Begäran saknade en giltig Referred-By-token.
sip-430 = Förbindelse misslyckades
    .short = Förbindelsefel
    .description = En viss förbindelse (flow) till terminalen misslyckades, men andra kan fortfarande fungera.
sip-433 = Anonyma samtal spärrade
    .short = Anonym spärrad
    .description = Begäran togs inte emot eftersom den var anonym.
sip-436 = Felaktig ID-information
    .short = Fel ID-info
    .description = Uppgifterna om den uppringandes identitet (Identity-Info) kunde inte användas, till exempel för att certifikatet inte gick att hämta.
sip-437 = Certifikat stöds ej
    .short = Certifikatfel
    .description = Servern kunde inte validera certifikatet för domänen som signerade begäran.
sip-438 = Ogiltigt Identity-huvud
    .short = Ogiltig Identity
    .description = Signaturen i Identity-huvudet kunde inte verifieras.
sip-439 = Outbound saknas
    .description = Registraren stöder outbound-tillägget, men den första proxyn på vägen gör det inte.
sip-440 = Max-Breadth överskridet
    .short = Max-Breadth nådd
    .description = En proxy kunde inte förgrena begäran mer eftersom dess Max-Breadth var förbrukad.
sip-469 = Felaktigt infopaket
    .short = Fel infopaket
    .description = INFO-begäran använde ett infopaket som mottagaren inte har godkänt.
sip-470 = Samtycke krävs
    .description = Avsändaren har inte fått mottagarens samtycke till den här begäran.
sip-480 = Ej anträffbar
    .description = Den uppringda nåddes men är inte anträffbar just nu, till exempel inte inloggad eller med stör ej aktiverat.
sip-481 = Samtalet finns inte
    .short = Okänt samtal
    .description = Begäran hör inte till något befintligt samtal eller någon befintlig transaktion.
sip-482 = Slinga upptäckt
    .description = Servern upptäckte en slinga i vägvalet.
sip-483 = För många hopp
    .description = Begäran passerade fler hopp än Max-Forwards tillåter.
sip-484 = Ofullständigt nummer
    .short = Ofullständigt
    .description = Det slagna numret eller den slagna adressen är ofullständig.
sip-485 = Tvetydig adress
    .description = Den slagna adressen är tvetydig och matchar fler än en användare.
sip-486 = Upptaget
    .description = Den uppringda nåddes men är upptagen och kan inte ta emot ytterligare ett samtal just nu.
sip-487 = Samtal avbrutet
    .description = Den uppringande avbröt samtalet innan det besvarades.
sip-488 = Media godtas ej
    .description = En del av den erbjudna sessionen, som kodek eller mediatyp, godtas inte av mottagaren.
sip-489 = Okänd händelse
    .description = Servern förstår inte det händelsepaket som anges i begäran.
sip-491 = Begäran väntar
    .description = En annan begäran i samma dialog väntar fortfarande.
sip-493 = Kan ej dekrypteras
    .short = Ej dekrypterbar
    .description = Begäran innehåller krypterat innehåll som mottagaren inte kan dekryptera.
sip-494 = Säkerhetsavtal krävs
    .short = Säkerhet krävs
    .description = Servern kräver en förhandlad säkerhetsmekanism innan den tar emot begäran.

## 5xx: serverfel

sip-500 = Internt serverfel
    .short = Internt fel
    .description = Servern stötte på ett oväntat tillstånd som hindrade den från att utföra begäran.
sip-501 = Funktion saknas
    .description = Servern stöder inte den funktion som begäran behöver, till exempel dess metod.
sip-502 = Gatewayfel
    .description = En gateway eller proxy fick ett ogiltigt svar från nästa server.
sip-503 = Tjänsten ej tillgänglig
    .short = Ingen tjänst
    .description = Servern är tillfälligt överbelastad eller under underhåll.
sip-504 = Servern svarar inte
    .short = Server svarar ej
    .description = Servern fick inte svar i tid från en annan server som den behövde.
sip-505 = Versionen stöds ej
    .short = Fel SIP-version
    .description = Servern stöder inte SIP-versionen i begäran.
sip-513 = Meddelandet för stort
    .short = Medd. för stort
    .description = Meddelandet i begäran är större än servern kan behandla.
sip-555 = Pushtjänst stöds ej
    .short = Ingen pushtjänst
    .description = Servern stöder inte den pushaviseringstjänst som anges i begäran.
sip-580 = Förhandsvillkorsfel
    .short = Förvillkorsfel
    .description = Servern kan inte uppfylla de förhandsvillkor som krävs för sessionen.

## 6xx: globalt fel

sip-600 = Abonnent upptagen
    .short = Abonn. upptagen
    .description = Abonnenten är upptagen och inget annat mål, som röstbrevlådan, kan ta emot samtalet.
sip-603 = Samtal avvisat
    .description = Den uppringda avvisade samtalet och inget annat mål kan ta emot det.
sip-604 = Numret finns inte
    .short = Numret finns ej
    .description = Det slagna numret eller den uppringda användaren finns inte någonstans.
sip-606 = Session godtas ej
    .short = Session nekad
    .description = Den uppringda nåddes, men den erbjudna sessionen (sessionsbeskrivningen, SDP) godtas inte.
sip-607 = Oönskat samtal
    .description = Den uppringda markerade samtalet som oönskat; fler samtal från den uppringande kommer troligen inte heller att tas emot.
sip-608 = Blockerat av nätet
    .short = Blockerat
    .description = Inte den uppringda utan nätet eller en mellanliggande part, till exempel ett spamfilter, blockerade samtalet.

## 7xx: ej standard

sip-701 = Motparten lade på
    .short = Lade på
    .description = Motparten lade på; en intern kod i en SIP-stack utanför SIP-standarden.
