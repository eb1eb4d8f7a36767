# sipstatus: SIP-svartekster, norsk bokmål.
# Korte, som på displayet på en bordtelefon eller et telefonsentralbord.
# Tekster høyst 24 kolonner; .short (høyst 16 kolonner) for 2x16-skjermer.

## Svarklasser

class-provisional = Foreløpig svar
class-success = Vellykket
class-redirection = Omdirigering
class-client-failure = Klientfeil
class-server-failure = Serverfeil
class-global-failure = Global feil

## 1xx: foreløpige svar

sip-100 = Behandles
    .description = Forespørselen er mottatt og behandles, for eksempel mens en proxy slår opp den oppringte.
sip-180 = Ringer
    .description = Den oppringtes enhet har mottatt anropet og ringer.
sip-181 = Anropet viderekobles
    .short = Viderekobles
    .description = Anropet viderekobles til et annet mål.
sip-182 = I kø
    .ascii = I koe
    .ascii-short = I koe
    .description = Den oppringte er ikke ledig akkurat nå, og anropet står i kø til den oppringte blir ledig.
sip-183 = Kobler til
    .description = Anropet kobles opp, og tidlig informasjon, som ringetone eller en talemelding, er allerede tilgjengelig.
sip-199 = Tidlig dialog avsluttet
    .short = Dialog avsluttet
    .description = En tidlig dialog (early dialog) for anropet ble avsluttet før anropet ble besvart.

## 2xx: vellykket

sip-200 = OK
    .description = Forespørselen var vellykket.
sip-202 = Akseptert
    .description = Forespørselen er mottatt for behandling, men er ikke fullført ennå; foreldet siden RFC 6665.
sip-204 = Ingen varsling
    .description = Abonnementet ble fornyet, men det sendes ikke noe varsel om det.

## 3xx: omdirigering

sip-300 = Flere mål
    .ascii = Flere maal
    .ascii-short = Flere maal
    .description = Adressen førte til flere mål, oppført i svaret, som den som ringer kan velge mellom.
sip-301 = Permanent flyttet
    .short = Flyttet
    .description = Den oppringte kan ikke lenger nås på denne adressen, men har flyttet permanent til adressen i svaret.
sip-302 = Midlertidig flyttet
    .short = Midl. flyttet
    .description = Den oppringte kan midlertidig nås på adressen i svaret.
sip-305 = Bruk proxy
    .description = Den oppringte må nås via proxyen som er oppgitt i svaret.
sip-380 = Alternativ tjeneste
    .short = Annen tjeneste
    .description = Anropet mislyktes, men svaret beskriver alternative tjenester.

## 4xx: klientfeil

sip-400 = Ugyldig forespørsel
    .short = Feil forespørsel
    .description = Forespørselen kunne ikke forstås på grunn av feil syntaks.
sip-401 = Pålogging kreves
    .description = Forespørselen krever at brukeren logger på (autentiseres) hos den oppringte eller registraren.
sip-402 = Betaling kreves
    .description = Reservert for fremtidig bruk.
sip-403 = Ikke tillatt
    .description = Serveren forstod forespørselen, men nekter å utføre den.
sip-404 = Ikke funnet
    .description = Den oppringte brukeren finnes ikke i domenet som er oppgitt i forespørselen.
sip-405 = Metode ikke tillatt
    .short = Metode forbudt
    .description = Metoden i forespørselen er kjent, men ikke tillatt for denne adressen.
sip-406 = Innhold ikke akseptert
    .short = Innhold avslått
    .description = Den oppringte kan bare svare med innhold som forespørselen oppga at den ikke aksepterer.
sip-407 = Proxy-pålogging kreves
    .short = Proxy-pålogging
    .description = Forespørselen krever at den som ringer først logger på (autentiseres) hos proxyen.
sip-408 = Tidsavbrudd
    .description = Serveren kunne ikke svare i tide, for eksempel fordi den oppringte ikke ble funnet.
sip-409 = Konflikt
    .description = Forespørselen er i strid med gjeldende tilstand, for eksempel en bruker som allerede er registrert; bare i den foreldede RFC 2543.
sip-410 = Finnes ikke lenger
    .short = Nedlagt
    .description = Brukeren fantes her en gang, men kan ikke lenger nås her, og ingen viderekoblingsadresse er kjent.
sip-411 = Lengde kreves
    .description = Serveren nekter å ta imot forespørselen uten gyldig Content-Length; bare i den foreldede RFC 2543.
sip-412 = Vilkår ikke oppfylt
    .short = Vilkårsfeil
    .description = Et vilkår i forespørselen, som entity-taggen for en publisering, var ikke oppfylt.
sip-413 = Forespørsel for stor
    .short = Foresp. for stor
    .description = Innholdet i forespørselen er større enn serveren vil behandle.
sip-414 = Request-URI for lang
    .short = URI for lang
    .description = Request-URI-en er lengre enn serveren vil tolke.
sip-415 = Ukjent medietype
    .description = Innholdet i forespørselen har et format som serveren ikke støtter.
sip-416 = Ukjent URI-skjema
    .short = Ukjent skjema
    .description = Serveren kjenner ikke skjemaet i Request-URI-en.
sip-417 = Ukjent prioritet
    .description = Forespørselen ba om en ressursprioritet (Resource-Priority) som serveren ikke forstår.
sip-420 = SIP-utvidelse ukjent
    .short = Ukjent utvidelse
    .description = Forespørselen krever en SIP-protokollutvidelse som serveren ikke støtter.
sip-421 = SIP-utvidelse kreves
    .short = Utvidelse kreves
    .description = Serveren krever en SIP-protokollutvidelse som forespørselen ikke oppga som støttet.
sip-422 = Sesjonstimer for kort
    .short = Timer for kort
    .description = Sesjonens oppdateringsintervall (sesjonstimer) i forespørselen er kortere enn serveren tillater.
sip-423 = Utløpstid for kort
    .short = For kort utløp
    .description = Den ønskede utløpstiden, for eksempel for en registrering, er for kort.
sip-424 = Ugyldig posisjon
    .description = Posisjonsopplysningene i forespørselen var feil eller utilstrekkelige.
sip-425 = Ugyldig alarmmelding
    .short = Ugyldig alarm
    .description = En ikke-interaktiv nødalarm ble avslått fordi den var feil utformet.
sip-428 = Identity-header kreves
    .short = Identity kreves
    .description = Serverens policy krever en Identity-header, og forespørselen hadde ingen.
sip-429 = Henviser-ID mangler
    .short = Henviser mangler
    .description = Forespørselen manglet et gyldig Referred-By-token.
sip-430 = Forbindelsen feilet
    .short = Forbindelsesfeil
    .description = En bestemt forbindelse (flow) til terminalen feilet, men andre kan fortsatt virke.
sip-433 = Anonyme anrop sperret
    .short = Anonym sperret
    .description = Forespørselen ble ikke tatt imot fordi den var anonym.
sip-436 = Ugyldig Identity-Info
    .short = Ugyldig ID-info
    .description = Opplysningene om innringerens identitet (Identity-Info) kunne ikke brukes, for eksempel fordi sertifikatet ikke kunne hentes.
sip-437 = Ukjent sertifikat
    .short = Sertifikatfeil
    .description = Serveren kunne ikke validere sertifikatet til domenet som signerte forespørselen.
sip-438 = Ugyldig Identity-header
    .short = Ugyldig Identity
    .description = Signaturen i Identity-headeren kunne ikke verifiseres.
sip-439 = Outbound mangler
    .description = Registraren støtter outbound-utvidelsen, men den første proxyen på veien gjør det ikke.
sip-440 = Max-Breadth overskredet
    .short = Max-Breadth nådd
    .description = En proxy kunne ikke forgrene forespørselen videre fordi dens Max-Breadth var brukt opp.
sip-469 = Ugyldig infopakke
    .short = Feil i infopakke
    .description = INFO-forespørselen brukte en infopakke som mottakeren ikke har godtatt.
sip-470 = Samtykke kreves
    .description = Avsenderen har ikke fått mottakerens samtykke til denne forespørselen.
sip-480 = Ikke tilgjengelig
    .short = Utilgjengelig
    .description = Den oppringte ble nådd, men er ikke tilgjengelig akkurat nå, for eksempel ikke pålogget eller med ikke forstyrr slått på.
sip-481 = Anropet finnes ikke
    .short = Ukjent anrop
    .description = Forespørselen hører ikke til noe eksisterende anrop eller noen eksisterende transaksjon.
sip-482 = Sløyfe oppdaget
    .description = Serveren oppdaget en sløyfe i rutingen.
sip-483 = For mange hopp
    .description = Forespørselen passerte flere hopp enn Max-Forwards tillater.
sip-484 = Ufullstendig nummer
    .short = Ufullstendig
    .description = Det oppringte nummeret eller den oppringte adressen er ufullstendig.
sip-485 = Tvetydig adresse
    .description = Den oppringte adressen er tvetydig og passer på mer enn én bruker.
sip-486 = Opptatt
    .description = Den oppringte ble nådd, men er opptatt og kan ikke ta imot enda et anrop akkurat nå.
sip-487 = Anrop avbrutt
    .description = Den som ringte avbrøt anropet før det ble besvart.
sip-488 = Medier ikke akseptert
    .short = Medier avslått
    .description = En del av den tilbudte sesjonen, som kodek eller medietype, aksepteres ikke av mottakeren.
sip-489 = Ukjent hendelse
    .description = Serveren forstår ikke hendelsespakken som er oppgitt i forespørselen.
sip-491 = Forespørsel venter
    .short = Foresp. venter
    .description = En annen forespørsel i samme dialog venter fortsatt.
sip-493 = Kan ikke dekrypteres
    .short = Ikke lesbar
    .description = Forespørselen inneholder kryptert innhold som mottakeren ikke kan dekryptere.
sip-494 = Sikkerhetsavtale kreves
    .short = Sikkerhet kreves
    .description = Serveren krever en forhandlet sikkerhetsmekanisme før den tar imot forespørselen.

## 5xx: serverfeil

sip-500 = Intern serverfeil
    .short = Intern feil
    .description = Serveren kom ut for en uventet tilstand som hindret den i å utføre forespørselen.
sip-501 = Funksjon mangler
    .description = Serveren støtter ikke funksjonen som forespørselen trenger, for eksempel metoden.
sip-502 = Gatewayfeil
    .description = En gateway eller proxy fikk et ugyldig svar fra neste server.
sip-503 = Tjeneste utilgjengelig
    .short = Ingen tjeneste
    .description = Serveren er midlertidig overbelastet eller stengt for vedlikehold.
sip-504 = Server svarer ikke
    .short = Ingen serversvar
    .description = Serveren fikk ikke svar i tide fra en annen server den trengte.
sip-505 = Feil SIP-versjon
    .description = Serveren støtter ikke SIP-versjonen i forespørselen.
sip-513 = Melding for stor
    .description = Meldingen i forespørselen er større enn serveren kan behandle.
sip-555 = Ukjent pushtjeneste
    .short = Ukjent push
    .description = Serveren støtter ikke pushvarslingstjenesten som er oppgitt i forespørselen.
sip-580 = Forutsetning feilet
    .short = Forutsetn. feil
    .description = Serveren kan ikke oppfylle forutsetningene som kreves for sesjonen.

## 6xx: global feil

sip-600 = Abonnent opptatt
    .description = Abonnenten er opptatt, og ingen andre mål, som talepostkassen, kan ta imot anropet.
sip-603 = Anrop avvist
    .description = Den oppringte avviste anropet, og ingen andre mål kan ta imot det.
sip-604 = Nummeret er ikke i bruk
    .short = Ikke i bruk
    .description = Det oppringte nummeret er ikke i bruk: den oppringte brukeren finnes ikke noe sted.
sip-606 = Sesjon ikke akseptert
    .short = Sesjon avslått
    .description = Den oppringte ble nådd, men den tilbudte sesjonen (sesjonsbeskrivelsen, SDP) aksepteres ikke.
sip-607 = Uønsket anrop
    .description = Den oppringte har merket anropet som uønsket; flere anrop fra denne innringeren blir sannsynligvis heller ikke tatt imot.
sip-608 = Blokkert av nettet
    .short = Blokkert
    .description = Ikke den oppringte, men nettet eller en mellomliggende part, for eksempel et spamfilter, blokkerte anropet.

## 7xx: ikke standard

sip-701 = Motparten la på
    .description = Motparten la på; en intern kode i en SIP-stakk utenfor SIP-standarden.
