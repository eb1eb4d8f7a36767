# sipstatus: ITU-T Q.850-oorzaken (ISDN/ISUP), Nederlands.
# Kort, zoals op het display van een bureautoestel of telefooncentrale.

## Oorzaakklassen

q850-class-normal-event = Normale gebeurtenis
q850-class-resource-unavailable = Middelen niet beschikbaar
q850-class-service-not-available = Dienst/optie niet beschikbaar
q850-class-service-not-implemented = Dienst/optie niet geïmplementeerd
q850-class-invalid-message = Ongeldig bericht
q850-class-protocol-error = Protocolfout
q850-class-interworking = Netwerkovergang

## Oorzaken

q850-1 = Nummer niet in gebruik
q850-2 = Geen route naar transitnet
q850-3 = Geen route naar bestemming
q850-4 = Speciale informatietoon
q850-5 = Verkeerd voorvoegsel
q850-6 = Kanaal niet acceptabel
q850-7 = Oproep in bestaand kanaal
q850-8 = Verdrongen door voorrang
q850-9 = Verdrongen, lijn gereserveerd
q850-14 = QoR: geporteerd nummer
q850-16 = Normale beëindiging
q850-17 = Abonnee in gesprek
q850-18 = Abonnee reageert niet
q850-19 = Geen gehoor
q850-20 = Abonnee afwezig
q850-21 = Oproep geweigerd
q850-22 = Nummer gewijzigd
q850-23 = Omleiding naar nieuw doel
q850-24 = Geweigerd door dienst
q850-25 = Routeringsfout centrale
q850-26 = Elders aangenomen
q850-27 = Bestemming buiten dienst
q850-28 = Ongeldig nummerformaat
q850-29 = Faciliteit geweigerd
q850-30 = Antwoord op STATUS ENQUIRY
q850-31 = Normaal, onbepaald
q850-34 = Geen lijn/kanaal vrij
q850-38 = Netwerk buiten dienst
q850-39 = Vaste frameverbinding gestoord
q850-40 = Vaste frameverbinding actief
q850-41 = Tijdelijke storing
q850-42 = Centrale overbelast
q850-43 = Toegangsinformatie verworpen
q850-44 = Gevraagd kanaal niet vrij
q850-46 = Voorrangsoproep geblokkeerd
q850-47 = Geen middelen, onbepaald
q850-49 = Dienstkwaliteit niet beschikbaar
q850-50 = Geen abonnement op dienst
q850-53 = Uitgaand geblokkeerd in CUG
q850-55 = Inkomend geblokkeerd in CUG
q850-57 = Draagdienst niet toegestaan
q850-58 = Draagdienst nu niet beschikbaar
q850-62 = Strijdig met abonneeklasse
q850-63 = Niet beschikbaar, onbepaald
q850-65 = Draagdienst niet geïmplementeerd
q850-66 = Kanaaltype niet geïmplementeerd
q850-69 = Faciliteit niet geïmplementeerd
q850-70 = Alleen beperkte digitale info
q850-79 = Niet geïmplementeerd, onbepaald
q850-81 = Ongeldige oproepreferentie
q850-82 = Kanaal bestaat niet
q850-83 = Geparkeerd, maar ID onbekend
q850-84 = Oproep-ID in gebruik
q850-85 = Geen oproep geparkeerd
q850-86 = Geparkeerde oproep verbroken
q850-87 = Geen lid van CUG
q850-88 = Incompatibele bestemming
q850-90 = CUG bestaat niet
q850-91 = Ongeldige transitnetkeuze
q850-95 = Ongeldig bericht, onbepaald
q850-96 = Verplicht element ontbreekt
q850-97 = Onbekend berichttype
q850-98 = Bericht onverwacht of onbekend
q850-99 = Element/parameter onbekend
q850-100 = Ongeldige elementinhoud
q850-101 = Bericht past niet bij status
q850-102 = Herstel na verlopen timer
q850-103 = Parameter onbekend, doorgegeven
q850-110 = Onbekende parameter, verworpen
q850-111 = Protocolfout, onbepaald
q850-127 = Netwerkovergang, onbepaald
