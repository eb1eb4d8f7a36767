# sipstatus: orsakskoder enligt ITU-T Q.850 (ISDN/ISUP), svenska.
# Benämningar som i svensk ISDN- och växeldokumentation; angivelsen
# "nationell användning" utelämnas. CUG = sluten användargrupp.

## Orsaksklasser

q850-class-normal-event = Normal händelse
q850-class-resource-unavailable = Resurs ej tillgänglig
q850-class-service-not-available = Tjänst eller tillval ej tillgängligt
q850-class-service-not-implemented = Tjänst eller tillval ej implementerat
q850-class-invalid-message = Ogiltigt meddelande
q850-class-protocol-error = Protokollfel
q850-class-interworking = Samverkan

## Orsaker

q850-1 = Numret finns inte (ej tilldelat)
q850-2 = Ingen väg till angivet transitnät
q850-3 = Ingen väg till målet
q850-4 = Skicka särskild informationston
q850-5 = Felslaget riktnummerprefix
q850-6 = Kanal ej godtagbar
q850-7 = Samtal tilldelat och levererat i befintlig kanal
q850-8 = Prioritetsavbrott
q850-9 = Prioritetsavbrott, krets reserverad för återanvändning
q850-14 = QoR: porterat nummer
q850-16 = Normal nedkoppling
q850-17 = Abonnent upptagen
q850-18 = Abonnenten reagerar inte
q850-19 = Inget svar (abonnenten påringd)
q850-20 = Abonnent ej anträffbar
q850-21 = Samtal avvisat
q850-22 = Numret ändrat
q850-23 = Omdirigering till nytt mål
q850-24 = Samtal avvisat av tilläggstjänst hos mottagaren
q850-25 = Dirigeringsfel i växel
q850-26 = Nedkoppling av ej vald abonnent (besvarat annanstans)
q850-27 = Mottagaren ur funktion
q850-28 = Ogiltigt nummerformat (ofullständigt nummer)
q850-29 = Tilläggstjänst avvisad
q850-30 = Svar på STATUS ENQUIRY
q850-31 = Normal, ospecificerad
q850-34 = Ingen ledig krets/kanal
q850-38 = Nätet ur funktion
q850-39 = Permanent ramförbindelse ur drift
q850-40 = Permanent ramförbindelse i drift
q850-41 = Tillfälligt fel
q850-42 = Överbelastning i växel
q850-43 = Åtkomstinformation kasserad
q850-44 = Begärd krets/kanal ej ledig
q850-46 = Prioritetssamtal spärrat
q850-47 = Resurs ej tillgänglig, ospecificerad
q850-49 = Tjänstekvalitet ej tillgänglig
q850-50 = Begärd tilläggstjänst ej abonnerad
q850-53 = Utgående samtal spärrade inom CUG
q850-55 = Inkommande samtal spärrade inom CUG
q850-57 = Bärarkapacitet ej tillåten
q850-58 = Bärarkapacitet ej tillgänglig för närvarande
q850-62 = Utgående åtkomstinformation strider mot abonnentklass
q850-63 = Tjänst eller tillval ej tillgängligt, ospecificerat
q850-65 = Bärarkapacitet ej implementerad
q850-66 = Kanaltyp ej implementerad
q850-69 = Begärd tilläggstjänst ej implementerad
q850-70 = Endast begränsad digital bärarkapacitet tillgänglig
q850-79 = Tjänst eller tillval ej implementerat, ospecificerat
q850-81 = Ogiltig samtalsreferens
q850-82 = Angiven kanal finns inte
q850-83 = Det finns ett parkerat samtal, men inte med detta samtals-ID
q850-84 = Samtals-ID används redan
q850-85 = Inget parkerat samtal
q850-86 = Samtalet med begärt samtals-ID har kopplats ned
q850-87 = Användaren ej medlem i CUG
q850-88 = Inkompatibel mottagare
q850-90 = CUG finns inte
q850-91 = Ogiltigt val av transitnät
q850-95 = Ogiltigt meddelande, ospecificerat
q850-96 = Obligatoriskt informationselement saknas
q850-97 = Meddelandetypen finns inte eller är ej implementerad
q850-98 = Meddelandet passar inte samtalsläget, eller meddelandetypen finns inte eller är ej implementerad
q850-99 = Informationselement/parameter finns inte eller är ej implementerad
q850-100 = Ogiltigt innehåll i informationselement
q850-101 = Meddelandet passar inte samtalsläget
q850-102 = Återställning efter att timer löpt ut
q850-103 = Parameter finns inte eller är ej implementerad, vidarebefordrad
q850-110 = Meddelande med okänd parameter kasserat
q850-111 = Protokollfel, ospecificerat
q850-127 = Samverkan, ospecificerad
