# sipstatus: SIP-svartekster, dansk.
# Korte, som på displayet på en bordtelefon eller et telefonanlæg.
# Tekster højst 24 kolonner; .short (højst 16 kolonner) til 2x16-displays.

## Svarklasser

class-provisional = Foreløbigt svar
class-success = Gennemført
class-redirection = Omdirigering
class-client-failure = Klientfejl
class-server-failure = Serverfejl
class-global-failure = Global fejl

## 1xx: foreløbige svar

sip-100 = Behandles
    .description = Anmodningen er modtaget og behandles, for eksempel mens en proxy slår den kaldte op.
sip-180 = Ringer
    .description = Den kaldtes enhed har modtaget opkaldet og ringer.
sip-181 = Opkaldet viderestilles
    .short = Viderestilles
    .description = Opkaldet viderestilles til en anden destination.
sip-182 = I kø
    .ascii = I koe
    .ascii-short = I koe
    .description = Den kaldte er ikke ledig lige nu, og opkaldet står i kø, indtil der er ledigt.
sip-183 = Opkald etableres
    .description = Opkaldet etableres, og tidlig information, som ringetone eller en talemeddelelse, er allerede tilgængelig.
sip-199 = Tidlig dialog afsluttet
    .short = Dialog afsluttet
    .description = En tidlig dialog (early dialog) for opkaldet blev afsluttet, før opkaldet blev besvaret.

## 2xx: gennemført

sip-200 = OK
    .description = Anmodningen er gennemført.
sip-202 = Accepteret
    .description = Anmodningen er modtaget til behandling, men endnu ikke gennemført; forældet siden RFC 6665.
sip-204 = Ingen notifikation
    .short = Ingen besked
    .description = Abonnementet blev fornyet, men der sendes ingen notifikation om det.

## 3xx: omdirigering

sip-300 = Flere mål
    .ascii = Flere maal
    .ascii-short = Flere maal
    .description = Adressen førte til flere destinationer, angivet i svaret, som den kaldende kan vælge imellem.
sip-301 = Permanent flyttet
    .short = Flyttet
    .description = Den kaldte kan ikke længere træffes på denne adresse, men er flyttet permanent til adressen i svaret.
sip-302 = Midlertidigt flyttet
    .short = Midl. flyttet
    .description = Den kaldte kan midlertidigt træffes på adressen i svaret.
sip-305 = Brug proxy
    .description = Den kaldte skal kontaktes via den proxy, der er angivet i svaret.
sip-380 = Alternativ tjeneste
    .short = Anden tjeneste
    .description = Opkaldet mislykkedes, men svaret beskriver alternative tjenester.

## 4xx: klientfejl

sip-400 = Ugyldig anmodning
    .short = Fejl i anmodning
    .description = Anmodningen kunne ikke forstås på grund af forkert syntaks.
sip-401 = Godkendelse kræves
    .short = Login kræves
    .description = Anmodningen kræver, at brugeren logger ind (godkendes) hos den kaldte eller registraren.
sip-402 = Betaling kræves
    .description = Reserveret til fremtidig brug.
sip-403 = Ikke tilladt
    .description = Serveren forstod anmodningen, men nægter at udføre den.
sip-404 = Ikke fundet
    .description = Den kaldte bruger findes ikke i det domæne, der er angivet i anmodningen.
sip-405 = Metode ikke tilladt
    .short = Metode forbudt
    .description = Anmodningens metode er kendt, men ikke tilladt for denne adresse.
sip-406 = Indhold ikke accepteret
    .short = Indhold afslået
    .description = Den kaldte kan kun svare med indhold, som anmodningen angav ikke at acceptere.
sip-407 = Proxygodkendelse kræves
    .short = Proxy-login
    .description = Anmodningen kræver, at den kaldende først logger ind (godkendes) hos proxyen.
sip-408 = Tidsgrænse overskredet
    .short = Timeout
    .description = Serveren kunne ikke svare i tide, for eksempel fordi den kaldte ikke kunne findes.
sip-409 = Konflikt
    .description = Anmodningen er i strid med den aktuelle tilstand, for eksempel en bruger, der allerede er registreret; kun i den forældede RFC 2543.
sip-410 = Findes ikke længere
    .short = Nedlagt
    .description = Brugeren fandtes engang her, men kan ikke længere træffes her, og ingen viderestillingsadresse er kendt.
sip-411 = Længde kræves
    .description = Serveren nægter at modtage anmodningen uden en gyldig Content-Length; kun i den forældede RFC 2543.
sip-412 = Betingelse ikke opfyldt
    .short = Betingelsesfejl
    .description = En betingelse i anmodningen, som entity-tagget for en publicering, var ikke opfyldt.
sip-413 = Anmodning for stor
    .short = Anmodn. for stor
    .description = Indholdet af anmodningen er større, end serveren vil behandle.
sip-414 = Request-URI for lang
    .short = URI for lang
    .description = Request-URI'en er længere, end serveren vil fortolke.
sip-415 = Ukendt medietype
    .description = Indholdet af anmodningen har et format, som serveren ikke understøtter.
sip-416 = Ukendt URI-skema
    .description = Serveren kender ikke skemaet i Request-URI'en.
sip-417 = Ukendt prioritet
    .description = Anmodningen bad om en ressourceprioritet (Resource-Priority), som serveren ikke forstår.
sip-420 = SIP-udvidelse ukendt
    .short = Ukendt udvidelse
    .description = Anmodningen kræver en SIP-protokoludvidelse, som serveren ikke understøtter.
sip-421 = SIP-udvidelse kræves
    .short = Udvidelse kræves
    .ascii-short = Udvid. kraeves
    .description = Serveren kræver en SIP-protokoludvidelse, som anmodningen ikke angav som understøttet.
sip-422 = Sessionstimer for kort
    .short = Timer for kort
    .description = Sessionens opdateringsinterval (sessionstimer) i anmodningen er kortere, end serveren tillader.
sip-423 = Udløbstid for kort
    .short = For kort udløb
    .description = Den ønskede udløbstid, for eksempel for en registrering, er for kort.
sip-424 = Ugyldige placeringsdata
    .short = Fejl i placering
    .description = Placeringsoplysningerne i anmodningen var forkerte eller utilstrækkelige.
sip-425 = Ugyldig alarmbesked
    .short = Ugyldig alarm
    .description = En ikke-interaktiv nødalarm blev afslået, fordi den var forkert opbygget.
sip-428 = Identity-header kræves
    .short = Identity kræves
    .description = Serverens politik kræver en Identity-header, og anmodningen havde ingen.
sip-429 = Henviser-ID mangler
    .short = Henviser mangler
    .description = Anmodningen manglede et gyldigt Referred-By-token.
sip-430 = Forbindelsen mislykkedes
    .short = Forbindelsesfejl
    .description = En bestemt forbindelse (flow) til terminalen mislykkedes, men andre virker muligvis stadig.
sip-433 = Anonyme opkald spærret
    .short = Anonym spærret
    .description = Anmodningen blev ikke modtaget, fordi den var anonym.
sip-436 = Ugyldig Identity-Info
    .short = Ugyldig ID-info
    .description = Oplysningerne om den kaldendes identitet (Identity-Info) kunne ikke bruges, for eksempel fordi certifikatet ikke kunne hentes.
sip-437 = Ukendt certifikat
    .short = Certifikatfejl
    .description = Serveren kunne ikke validere certifikatet for det domæne, der signerede anmodningen.
sip-438 = Ugyldig Identity-header
    .short = Ugyldig Identity
    .description = Signaturen i Identity-headeren kunne ikke verificeres.
sip-439 = Outbound mangler
    .description = Registraren understøtter outbound-udvidelsen, men den første proxy på vejen gør det ikke.
sip-440 = Max-Breadth overskredet
    .short = Max-Breadth nået
    .description = En proxy kunne ikke forgrene anmodningen yderligere, fordi dens Max-Breadth var brugt op.
sip-469 = Ugyldig infopakke
    .short = Fejl i infopakke
    .description = INFO-anmodningen brugte en infopakke, som modtageren ikke har godkendt.
sip-470 = Samtykke kræves
    .description = Afsenderen har ikke fået modtagerens samtykke til denne anmodning.
sip-480 = Ikke tilgængelig
    .ascii-short = Ej tilgaengelig
    .description = Den kaldte blev nået, men er ikke tilgængelig lige nu, for eksempel ikke logget ind eller med forstyr ikke slået til.
sip-481 = Opkaldet findes ikke
    .short = Ukendt opkald
    .description = Anmodningen hører ikke til noget eksisterende opkald eller nogen eksisterende transaktion.
sip-482 = Sløjfe opdaget
    .description = Serveren opdagede en sløjfe i rutningen.
sip-483 = For mange hop
    .description = Anmodningen passerede flere hop, end Max-Forwards tillader.
sip-484 = Ufuldstændigt nummer
    .short = Ufuldstændigt
    .description = Det kaldte nummer eller den kaldte adresse er ufuldstændig.
sip-485 = Tvetydig adresse
    .description = Den kaldte adresse er tvetydig og passer på mere end én bruger.
sip-486 = Optaget
    .description = Den kaldte blev nået, men er optaget og kan ikke tage imod endnu et opkald lige nu.
sip-487 = Opkald annulleret
    .short = Annulleret
    .description = Den kaldende annullerede opkaldet, før det blev besvaret.
sip-488 = Medier ikke accepteret
    .short = Medier afslået
    .description = En del af den tilbudte session, som codec eller medietype, accepteres ikke af modtageren.
sip-489 = Ukendt hændelse
    .description = Serveren forstår ikke den hændelsespakke, der er angivet i anmodningen.
sip-491 = Anmodning afventer
    .short = Anmodn. afventer
    .description = En anden anmodning i samme dialog afventer stadig.
sip-493 = Kan ikke dekrypteres
    .short = Ikke læsbar
    .description = Anmodningen indeholder krypteret indhold, som modtageren ikke kan dekryptere.
sip-494 = Sikkerhedsaftale kræves
    .short = Kræver sikring
    .description = Serveren kræver en forhandlet sikkerhedsmekanisme, før den modtager anmodningen.

## 5xx: serverfejl

sip-500 = Intern serverfejl
    .short = Intern fejl
    .description = Serveren kom ud for en uventet tilstand, der forhindrede den i at udføre anmodningen.
sip-501 = Funktion mangler
    .description = Serveren understøtter ikke den funktion, anmodningen kræver, for eksempel dens metode.
sip-502 = Gatewayfejl
    .description = En gateway eller proxy fik et ugyldigt svar fra den næste server.
sip-503 = Tjeneste utilgængelig
    .short = Ingen tjeneste
    .description = Serveren er midlertidigt overbelastet eller lukket for vedligeholdelse.
sip-504 = Server svarer ikke
    .short = Server-timeout
    .description = Serveren fik ikke svar i tide fra en anden server, som den havde brug for.
sip-505 = Forkert SIP-version
    .short = Forkert version
    .description = Serveren understøtter ikke SIP-versionen i anmodningen.
sip-513 = Besked for stor
    .description = Beskeden i anmodningen er større, end serveren kan behandle.
sip-555 = Pushtjeneste ukendt
    .short = Ukendt push
    .description = Serveren understøtter ikke den pushnotifikationstjeneste, der er angivet i anmodningen.
sip-580 = Forudsætning fejlede
    .short = Forudsætn. fejl
    .description = Serveren kan ikke opfylde de forudsætninger, der kræves for sessionen.

## 6xx: global fejl

sip-600 = Abonnent optaget
    .description = Abonnenten er optaget, og ingen anden destination, som telefonsvareren, kan tage imod opkaldet.
sip-603 = Opkald afvist
    .description = Den kaldte afviste opkaldet, og ingen anden destination kan tage imod det.
sip-604 = Nummer ikke i brug
    .short = Ikke i brug
    .description = Det kaldte nummer er ikke i brug: den kaldte bruger findes ingen steder.
sip-606 = Session ikke accepteret
    .short = Session afslået
    .description = Den kaldte blev nået, men den tilbudte session (sessionsbeskrivelsen, SDP) accepteres ikke.
sip-607 = Uønsket opkald
    .description = Den kaldte har markeret opkaldet som uønsket; flere opkald fra denne kaldende bliver sandsynligvis heller ikke modtaget.
sip-608 = Blokeret af nettet
    .short = Blokeret
    .description = Ikke den kaldte, men nettet eller en mellemliggende part, for eksempel et spamfilter, blokerede opkaldet.

## 7xx: ikke standard

sip-701 = Modparten lagde på
    .short = Lagt på
    .description = Modparten lagde på; en intern kode i en SIP-stak uden for SIP-standarden.
