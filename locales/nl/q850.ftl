# sipstatus: ITU-T Q.850-oorzaken (ISDN/ISUP), Nederlands.
# Benamingen zoals in Nederlandse ISDN- en centrale-documentatie; de
# aanduiding "nationaal gebruik" vervalt. CUG = besloten gebruikersgroep.

## Oorzaakklassen

q850-class-normal-event = Normale gebeurtenis
q850-class-resource-unavailable = Middelen niet beschikbaar
q850-class-service-not-available = Dienst of optie niet beschikbaar
q850-class-service-not-implemented = Dienst of optie niet geïmplementeerd
q850-class-invalid-message = Ongeldig bericht
q850-class-protocol-error = Protocolfout
q850-class-interworking = Netwerkovergang

## Oorzaken

q850-1 = Nummer niet in gebruik
q850-2 = Geen route naar opgegeven transitnetwerk
q850-3 = Geen route naar bestemming
q850-4 = Speciale informatietoon zenden
q850-5 = Verkeerd gekozen trunkprefix
q850-6 = Kanaal niet aanvaardbaar
q850-7 = Oproep toegewezen en afgeleverd in bestaand kanaal
q850-8 = Verdrongen door voorrang
q850-9 = Verdrongen door voorrang, circuit gereserveerd voor hergebruik
q850-14 = QoR: geporteerd nummer
q850-16 = Normale beëindiging
q850-17 = Abonnee in gesprek
q850-18 = Abonnee reageert niet
q850-19 = Geen gehoor (toestel gaat over)
q850-20 = Abonnee niet bereikbaar
q850-21 = Oproep geweigerd
q850-22 = Nummer gewijzigd
q850-23 = Omleiding naar nieuwe bestemming
q850-24 = Oproep geweigerd door dienst op bestemming
q850-25 = Routeringsfout in centrale
q850-26 = Niet-geselecteerde gebruiker vrijgegeven (elders aangenomen)
q850-27 = Bestemming buiten dienst
q850-28 = Ongeldig nummerformaat (nummer onvolledig)
q850-29 = Faciliteit geweigerd
q850-30 = Antwoord op STATUS ENQUIRY
q850-31 = Normaal, niet gespecificeerd
q850-34 = Geen circuit/kanaal beschikbaar
q850-38 = Netwerk buiten dienst
q850-39 = Permanente frame-modeverbinding buiten dienst
q850-40 = Permanente frame-modeverbinding in bedrijf
q850-41 = Tijdelijke storing
q850-42 = Centrale overbelast
q850-43 = Toegangsinformatie verworpen
q850-44 = Gevraagd circuit/kanaal niet beschikbaar
q850-46 = Voorrangsoproep geblokkeerd
q850-47 = Middelen niet beschikbaar, niet gespecificeerd
q850-49 = Dienstkwaliteit niet beschikbaar
q850-50 = Geen abonnement op gevraagde faciliteit
q850-53 = Uitgaande oproepen geblokkeerd binnen CUG
q850-55 = Inkomende oproepen geblokkeerd binnen CUG
q850-57 = Draagdienst niet toegestaan
q850-58 = Draagdienst momenteel niet beschikbaar
q850-62 = Uitgaande toegangsinformatie strijdig met abonneeklasse
q850-63 = Dienst of optie niet beschikbaar, niet gespecificeerd
q850-65 = Draagdienst niet geïmplementeerd
q850-66 = Kanaaltype niet geïmplementeerd
q850-69 = Gevraagde faciliteit niet geïmplementeerd
q850-70 = Alleen beperkte digitale draagdienst beschikbaar
q850-79 = Dienst of optie niet geïmplementeerd, niet gespecificeerd
q850-81 = Ongeldige oproepreferentie
q850-82 = Aangeduid kanaal bestaat niet
q850-83 = Er is een geparkeerde oproep, maar niet met deze identiteit
q850-84 = Oproepidentiteit in gebruik
q850-85 = Geen oproep geparkeerd
q850-86 = Oproep met gevraagde identiteit is beëindigd
q850-87 = Gebruiker geen lid van CUG
q850-88 = Incompatibele bestemming
q850-90 = CUG bestaat niet
q850-91 = Ongeldige keuze van transitnetwerk
q850-95 = Ongeldig bericht, niet gespecificeerd
q850-96 = Verplicht informatie-element ontbreekt
q850-97 = Berichttype bestaat niet of niet geïmplementeerd
q850-98 = Bericht past niet bij oproepstatus, of berichttype bestaat niet of niet geïmplementeerd
q850-99 = Informatie-element/parameter bestaat niet of niet geïmplementeerd
q850-100 = Ongeldige inhoud van informatie-element
q850-101 = Bericht past niet bij oproepstatus
q850-102 = Herstel na verlopen timer
q850-103 = Parameter bestaat niet of niet geïmplementeerd, doorgegeven
q850-110 = Bericht met onbekende parameter verworpen
q850-111 = Protocolfout, niet gespecificeerd
q850-127 = Netwerkovergang, niet gespecificeerd
