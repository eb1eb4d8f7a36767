# sipstatus: årsagskoder efter ITU-T Q.850 (ISDN/ISUP), dansk.
# Betegnelser som i dansk ISDN- og omstillingsdokumentation; angivelsen
# "national brug" udelades. CUG = lukket brugergruppe.

## Årsagsklasser

q850-class-normal-event = Normal hændelse
q850-class-resource-unavailable = Ressource ikke tilgængelig
q850-class-service-not-available = Tjeneste eller tilvalg ikke tilgængelig
q850-class-service-not-implemented = Tjeneste eller tilvalg ikke implementeret
q850-class-invalid-message = Ugyldig meddelelse
q850-class-protocol-error = Protokolfejl
q850-class-interworking = Samvirke

## Årsager

q850-1 = Nummer ikke i brug (ikke tildelt)
q850-2 = Ingen rute til angivet transitnet
q850-3 = Ingen rute til destinationen
q850-4 = Send særlig informationstone
q850-5 = Forkert indtastet trunkpræfiks
q850-6 = Kanal ikke acceptabel
q850-7 = Opkald tildelt og leveret i eksisterende kanal
q850-8 = Afbrudt af prioritet
q850-9 = Afbrudt af prioritet, kredsløb reserveret til genbrug
q850-14 = QoR: porteret nummer
q850-16 = Normal afslutning af opkald
q850-17 = Abonnent optaget
q850-18 = Abonnent reagerer ikke
q850-19 = Intet svar (abonnenten kaldes op)
q850-20 = Abonnent ikke tilgængelig
q850-21 = Opkald afvist
q850-22 = Nummer ændret
q850-23 = Omdirigering til ny destination
q850-24 = Opkald afvist af facilitet hos modtageren
q850-25 = Rutningsfejl i central
q850-26 = Opkald afsluttet hos ikke-valgt bruger (besvaret andetsteds)
q850-27 = Destination ude af drift
q850-28 = Ugyldigt nummerformat (ufuldstændigt nummer)
q850-29 = Facilitet afvist
q850-30 = Svar på STATUS ENQUIRY
q850-31 = Normal, uspecificeret
q850-34 = Intet ledigt kredsløb/ingen ledig kanal
q850-38 = Nettet ude af drift
q850-39 = Permanent rammeforbindelse ude af drift
q850-40 = Permanent rammeforbindelse i drift
q850-41 = Midlertidig fejl
q850-42 = Overbelastning i central
q850-43 = Adgangsinformation kasseret
q850-44 = Ønsket kredsløb/kanal ikke ledig
q850-46 = Prioritetsopkald spærret
q850-47 = Ressource ikke tilgængelig, uspecificeret
q850-49 = Tjenestekvalitet ikke tilgængelig
q850-50 = Intet abonnement på ønsket facilitet
q850-53 = Udgående opkald spærret i CUG
q850-55 = Indgående opkald spærret i CUG
q850-57 = Bærerkapacitet ikke tilladt
q850-58 = Bærerkapacitet ikke tilgængelig i øjeblikket
q850-62 = Udgående adgangsinformation i strid med abonnentklasse
q850-63 = Tjeneste eller tilvalg ikke tilgængelig, uspecificeret
q850-65 = Bærerkapacitet ikke implementeret
q850-66 = Kanaltype ikke implementeret
q850-69 = Ønsket facilitet ikke implementeret
q850-70 = Kun begrænset digital bærerkapacitet tilgængelig
q850-79 = Tjeneste eller tilvalg ikke implementeret, uspecificeret
q850-81 = Ugyldig opkaldsreference
q850-82 = Angivet kanal findes ikke
q850-83 = Der findes et parkeret opkald, men ikke med dette opkalds-ID
q850-84 = Opkalds-ID i brug
q850-85 = Intet parkeret opkald
q850-86 = Opkaldet med det ønskede opkalds-ID er afsluttet
q850-87 = Bruger ikke medlem af CUG
q850-88 = Inkompatibel destination
q850-90 = CUG findes ikke
q850-91 = Ugyldigt valg af transitnet
q850-95 = Ugyldig meddelelse, uspecificeret
q850-96 = Obligatorisk informationselement mangler
q850-97 = Meddelelsestype findes ikke eller er ikke implementeret
q850-98 = Meddelelse passer ikke til opkaldstilstand, eller meddelelsestype findes ikke eller er ikke implementeret
q850-99 = Informationselement/parameter findes ikke eller er ikke implementeret
q850-100 = Ugyldigt indhold i informationselement
q850-101 = Meddelelse passer ikke til opkaldstilstand
q850-102 = Gendannelse efter udløbet timer
q850-103 = Parameter findes ikke eller er ikke implementeret, videresendt
q850-110 = Meddelelse med ukendt parameter kasseret
q850-111 = Protokolfejl, uspecificeret
q850-127 = Samvirke, uspecificeret
