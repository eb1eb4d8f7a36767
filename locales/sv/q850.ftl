# sipstatus: orsakskoder enligt ITU-T Q.850 (ISDN/ISUP), svenska.
# Korta, som på displayen till en bordstelefon eller telefonväxel.

## Orsaksklasser

q850-class-normal-event = Normal händelse
q850-class-resource-unavailable = Resurs ej tillgänglig
q850-class-service-not-available = Tjänst/tillval ej tillgänglig
q850-class-service-not-implemented = Tjänst/tillval ej implementerad
q850-class-invalid-message = Ogiltigt meddelande
q850-class-protocol-error = Protokollfel
q850-class-interworking = Samverkan

## Orsaker

q850-1 = Ej tilldelat nummer
q850-2 = Ingen väg till transitnät
q850-3 = Ingen väg till målet
q850-4 = Särskild informationston
q850-5 = Fel riktnummerprefix
q850-6 = Kanal ej godtagbar
q850-7 = Samtal i befintlig kanal
q850-8 = Prioritetsavbrott
q850-9 = Prioritetsavbrott, krets bokad
q850-14 = QoR: porterat nummer
q850-16 = Normal nedkoppling
q850-17 = Abonnent upptagen
q850-18 = Abonnent reagerar inte
q850-19 = Inget svar
q850-20 = Abonnent frånvarande
q850-21 = Samtal avvisat
q850-22 = Numret ändrat
q850-23 = Omdirigerat till nytt mål
q850-24 = Avvisat av tjänst hos målet
q850-25 = Dirigeringsfel i växel
q850-26 = Besvarat annanstans
q850-27 = Mottagare ur funktion
q850-28 = Ogiltigt nummerformat
q850-29 = Tilläggstjänst avvisad
q850-30 = Svar på STATUS ENQUIRY
q850-31 = Normal, ospecificerad
q850-34 = Ingen ledig krets/kanal
q850-38 = Nätet ur funktion
q850-39 = Fast ramförbindelse ur drift
q850-40 = Fast ramförbindelse i drift
q850-41 = Tillfälligt fel
q850-42 = Överbelastning i växel
q850-43 = Åtkomstinformation kasserad
q850-44 = Begärd kanal ej ledig
q850-46 = Prioritetssamtal blockerat
q850-47 = Resursbrist, ospecificerad
q850-49 = Tjänstekvalitet ej tillgänglig
q850-50 = Ej abonnerad tjänst
q850-53 = Utgående spärrade inom CUG
q850-55 = Inkommande spärrade inom CUG
q850-57 = Bärarkapacitet ej tillåten
q850-58 = Bärarkapacitet ej tillgänglig nu
q850-62 = Strider mot abonnentklass
q850-63 = Tjänst saknas, ospecificerad
q850-65 = Bärarkapacitet ej implementerad
q850-66 = Kanaltyp ej implementerad
q850-69 = Tilläggstjänst ej implementerad
q850-70 = Endast begränsad digital info
q850-79 = Ej implementerad, ospecificerad
q850-81 = Ogiltig samtalsreferens
q850-82 = Kanalen finns inte
q850-83 = Parkerat samtal, okänt ID
q850-84 = Samtals-ID upptaget
q850-85 = Inget parkerat samtal
q850-86 = Parkerat samtal nedkopplat
q850-87 = Ej medlem i CUG
q850-88 = Inkompatibel mottagare
q850-90 = CUG finns inte
q850-91 = Ogiltigt val av transitnät
q850-95 = Meddelandefel, ospecificerat
q850-96 = Obligatoriskt element saknas
q850-97 = Okänd meddelandetyp
q850-98 = Meddelande oväntat eller okänt
q850-99 = Okänt element/parameter
q850-100 = Ogiltigt elementinnehåll
q850-101 = Fel meddelande för samtalsläget
q850-102 = Återställning efter tidsgräns
q850-103 = Okänd parameter, vidarebefordrad
q850-110 = Okänd parameter, kasserad
q850-111 = Protokollfel, ospecificerat
q850-127 = Samverkan, ospecificerad
