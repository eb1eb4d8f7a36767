# sipstatus: årsakskoder etter ITU-T Q.850 (ISDN/ISUP), norsk bokmål.
# Betegnelser som i norsk ISDN- og sentralborddokumentasjon; angivelsen
# "nasjonal bruk" er utelatt. CUG = lukket brukergruppe.

## Årsaksklasser

q850-class-normal-event = Normal hendelse
q850-class-resource-unavailable = Ressurs ikke tilgjengelig
q850-class-service-not-available = Tjeneste eller tilleggsvalg ikke tilgjengelig
q850-class-service-not-implemented = Tjeneste eller tilleggsvalg ikke implementert
q850-class-invalid-message = Ugyldig melding
q850-class-protocol-error = Protokollfeil
q850-class-interworking = Samvirke

## Årsaker

q850-1 = Nummeret er ikke i bruk (ikke tildelt)
q850-2 = Ingen rute til angitt transittnett
q850-3 = Ingen rute til målet
q850-4 = Send spesiell informasjonstone
q850-5 = Feilslått trunkprefiks
q850-6 = Kanal ikke akseptert
q850-7 = Anrop tildelt og levert i eksisterende kanal
q850-8 = Avbrutt av prioritet
q850-9 = Avbrutt av prioritet, krets reservert for gjenbruk
q850-14 = QoR: portert nummer
q850-16 = Normal nedkobling
q850-17 = Abonnent opptatt
q850-18 = Abonnent svarer ikke
q850-19 = Ikke svar (abonnenten varsles)
q850-20 = Abonnent ikke tilgjengelig
q850-21 = Anrop avvist
q850-22 = Nummeret er endret
q850-23 = Omdirigering til nytt mål
q850-24 = Anrop avvist av tilleggstjeneste hos mottakeren
q850-25 = Rutingfeil i sentral
q850-26 = Nedkobling av ikke valgt bruker (besvart annet sted)
q850-27 = Målet ute av drift
q850-28 = Ugyldig nummerformat (ufullstendig nummer)
q850-29 = Tilleggstjeneste avvist
q850-30 = Svar på STATUS ENQUIRY
q850-31 = Normal, uspesifisert
q850-34 = Ingen ledig krets/kanal
q850-38 = Nettet ute av drift
q850-39 = Permanent rammeforbindelse ute av drift
q850-40 = Permanent rammeforbindelse i drift
q850-41 = Midlertidig feil
q850-42 = Overbelastning i sentral
q850-43 = Tilgangsinformasjon forkastet
q850-44 = Ønsket krets/kanal ikke ledig
q850-46 = Prioritetsanrop sperret
q850-47 = Ressurs ikke tilgjengelig, uspesifisert
q850-49 = Tjenestekvalitet ikke tilgjengelig
q850-50 = Ikke abonnement på ønsket tilleggstjeneste
q850-53 = Utgående anrop sperret i CUG
q850-55 = Innkommende anrop sperret i CUG
q850-57 = Bærerkapasitet ikke tillatt
q850-58 = Bærerkapasitet ikke tilgjengelig nå
q850-62 = Utgående tilgangsinformasjon i strid med abonnentklasse
q850-63 = Tjeneste eller tilleggsvalg ikke tilgjengelig, uspesifisert
q850-65 = Bærerkapasitet ikke implementert
q850-66 = Kanaltype ikke implementert
q850-69 = Ønsket tilleggstjeneste ikke implementert
q850-70 = Bare begrenset digital bærerkapasitet tilgjengelig
q850-79 = Tjeneste eller tilleggsvalg ikke implementert, uspesifisert
q850-81 = Ugyldig anropsreferanse
q850-82 = Angitt kanal finnes ikke
q850-83 = Det finnes et parkert anrop, men ikke med denne anrops-ID-en
q850-84 = Anrops-ID i bruk
q850-85 = Ingen parkerte anrop
q850-86 = Anropet med ønsket anrops-ID er koblet ned
q850-87 = Bruker ikke medlem av CUG
q850-88 = Inkompatibelt mål
q850-90 = CUG finnes ikke
q850-91 = Ugyldig valg av transittnett
q850-95 = Ugyldig melding, uspesifisert
q850-96 = Obligatorisk informasjonselement mangler
q850-97 = Meldingstypen finnes ikke eller er ikke implementert
q850-98 = Meldingen passer ikke til anropstilstanden, eller meldingstypen finnes ikke eller er ikke implementert
q850-99 = Informasjonselement/parameter finnes ikke eller er ikke implementert
q850-100 = Ugyldig innhold i informasjonselement
q850-101 = Meldingen passer ikke til anropstilstanden
q850-102 = Gjenoppretting etter utløpt timer
q850-103 = Parameter finnes ikke eller er ikke implementert, videresendt
q850-110 = Melding med ukjent parameter forkastet
q850-111 = Protokollfeil, uspesifisert
q850-127 = Samvirke, uspesifisert
