# sipstatus: SIP-antwoordteksten, Nederlands.
# Kort, zoals op het display van een bureautoestel of telefooncentrale.
# Teksten hoogstens 24 kolommen; .short (hoogstens 16 kolommen) voor 2x16-displays.

## Antwoordklassen

class-provisional = Voorlopig antwoord
    .short = Voorlopig
class-success = Geslaagd
class-redirection = Omleiding
class-client-failure = Fout in verzoek
class-server-failure = Serverfout
class-global-failure = Globale fout

## 1xx: voorlopig

sip-100 = Wordt verwerkt
    .description = Het verzoek is ontvangen en wordt verwerkt, bijvoorbeeld terwijl een proxy de gebelde partij opzoekt.
sip-180 = Gaat over
    .description = Het toestel van de gebelde partij heeft de oproep ontvangen en gaat over.
sip-181 = Wordt doorgeschakeld
    .short = Doorgeschakeld
    .description = De oproep wordt doorgeschakeld naar een andere bestemming.
sip-182 = In wachtrij
    .description = De gebelde partij is nu niet beschikbaar; de oproep staat in de wachtrij totdat die weer beschikbaar is.
sip-183 = Oproep wordt opgebouwd
    .short = Verbinden
    .description = De oproep wordt opgebouwd en er is al vroege informatie beschikbaar, zoals de vrijtoon of een gesproken mededeling.
sip-199 = Early dialog beëindigd
    .short = Dialoog gesloten
    .description = Een early dialog van deze oproep is beëindigd voordat de oproep werd beantwoord.

## 2xx: geslaagd

sip-200 = OK
    .description = Het verzoek is geslaagd.
sip-202 = Geaccepteerd
    .description = Het verzoek is in behandeling genomen maar nog niet afgerond; verouderd sinds RFC 6665.
sip-204 = Geen melding
    .description = Het abonnement is vernieuwd, maar er wordt geen melding over verstuurd.

## 3xx: omleiding

sip-300 = Meerdere bestemmingen
    .short = Meerdere keuzes
    .description = Het adres verwijst naar meerdere bestemmingen, vermeld in het antwoord, waaruit de beller kan kiezen.
sip-301 = Permanent verhuisd
    .short = Verhuisd
    .description = De gebelde partij is op dit adres niet meer bereikbaar en is permanent verhuisd naar het adres in het antwoord.
sip-302 = Tijdelijk omgeleid
    .short = Omgeleid
    .description = De gebelde partij is tijdelijk bereikbaar op het adres in het antwoord.
sip-305 = Proxy gebruiken
    .description = De gebelde partij is alleen bereikbaar via de proxy die in het antwoord staat.
sip-380 = Alternatieve dienst
    .short = Andere dienst
    .description = De oproep is mislukt, maar het antwoord beschrijft alternatieve diensten.

## 4xx: fout in verzoek

sip-400 = Ongeldig verzoek
    .description = Het verzoek is niet begrepen omdat de syntaxis onjuist is.
sip-401 = Aanmelding vereist
    .short = Aanmelden nodig
    .description = Voor het verzoek moet de gebruiker zich aanmelden bij de gebelde partij of de registrar.
sip-402 = Betaling vereist
    .description = Gereserveerd voor toekomstig gebruik.
sip-403 = Niet toegestaan
    .description = De server begrijpt het verzoek, maar voert het niet uit.
sip-404 = Niet gevonden
    .description = De gebelde gebruiker bestaat niet in het domein dat in het verzoek staat.
sip-405 = Methode niet toegestaan
    .short = Methode verboden
    .description = De methode van het verzoek is bekend, maar niet toegestaan voor dit adres.
sip-406 = Inhoud niet aanvaardbaar
    .short = Inhoud afgewezen
    .description = De gebelde partij kan alleen antwoorden met inhoud die volgens het verzoek niet aanvaardbaar is.
sip-407 = Proxy-aanmelding vereist
    .short = Proxy-aanmelding
    .description = De beller moet zich eerst bij de proxy aanmelden.
sip-408 = Tijdslimiet verstreken
    .short = Time-out
    .description = De server kon niet op tijd antwoorden, bijvoorbeeld omdat de gebelde partij niet te vinden was.
sip-409 = Strijdig verzoek
    .description = Het verzoek is in strijd met de huidige toestand, bijvoorbeeld een gebruiker die al geregistreerd is; alleen in het verouderde RFC 2543.
sip-410 = Bestaat niet meer
    .short = Opgeheven
    .description = De gebruiker bestond hier ooit, maar is niet meer bereikbaar en er is geen doorschakeladres bekend.
sip-411 = Lengte vereist
    .description = De server neemt het verzoek zonder geldige Content-Length niet aan; alleen in het verouderde RFC 2543.
sip-412 = Voorwaarde niet vervuld
    .short = Voorwaardefout
    .description = Een voorwaarde van het verzoek, zoals de entity-tag van een publicatie, klopte niet.
sip-413 = Verzoek te groot
    .description = De inhoud van het verzoek is groter dan de server wil verwerken.
sip-414 = Request-URI te lang
    .short = URI te lang
    .description = De Request-URI is langer dan de server wil interpreteren.
sip-415 = Onbekend mediatype
    .short = Mediatype fout
    .description = De inhoud van het verzoek heeft een formaat dat de server niet ondersteunt.
sip-416 = Onbekend URI-schema
    .short = URI-schema fout
    .description = De server kent het schema van de Request-URI niet.
sip-417 = Onbekende prioriteit
    .short = Prioriteit fout
    .description = Het verzoek vraagt om een bronprioriteit (Resource-Priority) die de server niet begrijpt.
sip-420 = SIP-optie onbekend
    .short = Optie onbekend
    .description = Het verzoek vereist een SIP-protocoluitbreiding (optie) die de server niet ondersteunt.
sip-421 = SIP-optie vereist
    .short = Optie vereist
    .description = De server vereist een SIP-protocoluitbreiding (optie) die het verzoek niet als ondersteund vermeldt.
sip-422 = Sessietimer te kort
    .short = Timer te kort
    .description = Het verversingsinterval van de sessie (sessietimer) in het verzoek is korter dan de server toestaat.
sip-423 = Interval te kort
    .description = De gevraagde geldigheidsduur, bijvoorbeeld van een registratie, is te kort.
sip-424 = Ongeldige locatie
    .short = Locatie ongeldig
    .description = De locatiegegevens in het verzoek waren onjuist opgebouwd of onvoldoende.
sip-425 = Ongeldig alarmbericht
    .short = Alarm ongeldig
    .description = Een niet-interactief noodalarm is afgewezen omdat het onjuist was opgebouwd.
sip-428 = Identity-header vereist
    .short = Identity vereist
    .description = Het beleid van de server vereist een Identity-header en het verzoek bevatte er geen.
sip-429 = Referred-By ontbreekt
    .short = Geen Referred-By
    .description = Het verzoek bevatte geen geldig Referred-By-token.
sip-430 = Verbindingspad gestoord
    .short = Pad gestoord
    .description = Een bepaald verbindingspad (flow) naar het toestel is uitgevallen, al kunnen andere nog werken.
sip-433 = Anoniem niet toegestaan
    .short = Anoniem verboden
    .description = Het verzoek is niet aangenomen omdat het anoniem was.
sip-436 = Ongeldige Identity-Info
    .short = ID-info ongeldig
    .description = De identiteitsgegevens van de beller (Identity-Info) zijn onbruikbaar, bijvoorbeeld omdat het certificaat niet kon worden opgehaald.
sip-437 = Certificaat onbruikbaar
    .short = Certificaatfout
    .description = De server kon het certificaat van het domein dat het verzoek heeft ondertekend niet valideren.
sip-438 = Identity-header ongeldig
    .short = Identity fout
    .description = De handtekening in de Identity-header kon niet worden geverifieerd.
sip-439 = 1e hop zonder outbound
    .short = Geen outbound
    .description = De registrar ondersteunt de outbound-uitbreiding, maar de eerste proxy op het pad niet.
sip-440 = Max-Breadth overschreden
    .short = Limiet bereikt
    .description = Een proxy kon het verzoek niet verder vertakken omdat de Max-Breadth op was.
sip-469 = Ongeldig info-pakket
    .short = Info-pakket fout
    .description = Het INFO-verzoek gebruikte een info-pakket waarmee de ontvanger niet heeft ingestemd.
sip-470 = Toestemming vereist
    .short = Geen toestemming
    .description = De afzender heeft voor dit verzoek geen toestemming van de ontvanger gekregen.
sip-480 = Niet bereikbaar
    .description = De gebelde partij is gevonden, maar is nu niet bereikbaar, bijvoorbeeld omdat die niet is aangemeld of niet storen heeft ingeschakeld.
sip-481 = Oproep bestaat niet
    .short = Onbekende oproep
    .description = Het verzoek hoort bij geen enkele bestaande oproep of transactie.
sip-482 = Lus gedetecteerd
    .description = De server heeft een routeringslus gedetecteerd.
sip-483 = Te veel tussenstappen
    .short = Te veel hops
    .description = Het verzoek is via meer tussenstappen gegaan dan Max-Forwards toestaat.
sip-484 = Nummer onvolledig
    .short = Onvolledig
    .description = Het gekozen nummer of adres is onvolledig.
sip-485 = Niet eenduidig
    .description = Het gekozen adres is niet eenduidig en past bij meer dan één gebruiker.
sip-486 = In gesprek
    .description = De gebelde partij is bereikt, maar is in gesprek en kan nu geen extra oproep aannemen.
sip-487 = Oproep geannuleerd
    .short = Geannuleerd
    .description = De beller heeft de oproep geannuleerd voordat die werd beantwoord.
sip-488 = Media niet aanvaardbaar
    .short = Media afgewezen
    .description = Een deel van de aangeboden sessie, zoals de codec of het mediatype, is voor de andere kant niet aanvaardbaar.
sip-489 = Onbekende gebeurtenis
    .short = Gebeurtenis fout
    .description = De server kent het gebeurtenispakket uit het verzoek niet.
sip-491 = Verzoek in behandeling
    .short = Verzoek loopt al
    .description = In dezelfde dialoog is nog een ander verzoek in behandeling.
sip-493 = Niet te ontsleutelen
    .short = Onleesbaar
    .description = Het verzoek bevat versleutelde inhoud die de ontvanger niet kan ontsleutelen.
sip-494 = Beveiliging vereist
    .short = Eerst beveiligen
    .description = De server accepteert het verzoek pas nadat een beveiligingsmechanisme is afgesproken.

## 5xx: serverfout

sip-500 = Interne serverfout
    .short = Interne fout
    .description = De server stuitte op een onverwachte situatie waardoor het verzoek niet kon worden uitgevoerd.
sip-501 = Niet ondersteund
    .description = De server ondersteunt een functie die voor dit verzoek nodig is niet, zoals de methode.
sip-502 = Gatewayfout
    .description = Een gateway of proxy kreeg een ongeldig antwoord van de volgende server.
sip-503 = Dienst niet beschikbaar
    .short = Geen dienst
    .description = De server is tijdelijk overbelast of in onderhoud.
sip-504 = Server reageert niet
    .short = Server time-out
    .description = De server kreeg niet op tijd antwoord van een andere server die hij nodig had.
sip-505 = Versie niet ondersteund
    .short = SIP-versie fout
    .description = De server ondersteunt de SIP-versie van het verzoek niet.
sip-513 = Bericht te groot
    .description = Het verzoekbericht is groter dan de server kan verwerken.
sip-555 = Pushdienst ontbreekt
    .short = Geen pushdienst
    .description = De server ondersteunt de pushmeldingsdienst uit het verzoek niet.
sip-580 = Voorwaarden onhaalbaar
    .short = Eisen onhaalbaar
    .description = De server kan niet voldoen aan de voorwaarden (eisen) die voor de sessie vereist zijn.

## 6xx: globale fout

sip-600 = Abonnee in gesprek
    .short = Abon. in gesprek
    .description = De abonnee is in gesprek en geen andere bestemming, zoals voicemail, kan de oproep aannemen.
sip-603 = Oproep geweigerd
    .description = De gebelde partij heeft de oproep geweigerd en geen andere bestemming kan hem aannemen.
sip-604 = Nummer niet in gebruik
    .short = Niet in gebruik
    .description = Het gekozen nummer is niet in gebruik: de gebelde gebruiker bestaat nergens.
sip-606 = Sessie niet aanvaardbaar
    .short = Sessie afgewezen
    .description = De gebelde partij is bereikt, maar de aangeboden sessie (sessiebeschrijving, SDP) is niet aanvaardbaar.
sip-607 = Ongewenste oproep
    .short = Ongewenst
    .description = De gebelde partij heeft de oproep als ongewenst gemarkeerd; volgende oproepen van deze beller worden waarschijnlijk ook niet aangenomen.
sip-608 = Door netwerk geblokkeerd
    .short = Geblokkeerd
    .description = Niet de gebelde partij, maar het netwerk of een tussenliggende partij, zoals een spamfilter, heeft de oproep geblokkeerd.

## 7xx: niet standaard

sip-701 = Tegenpartij hing op
    .short = Opgehangen
    .description = De andere partij heeft opgehangen; een interne code van een SIP-stack buiten de SIP-standaard.
