# sipstatus: Q.850-Auslösegründe (ITU-T, ISDN/ISUP), Deutsch.
# Benennungen wie bei Telekom und deutschen TK-Anlagen üblich; Hinweise
# "nationale Verwendung" entfallen. GBG = geschlossene Benutzergruppe (CUG).

## Ursachenklassen

q850-class-normal-event = Normales Ereignis
q850-class-resource-unavailable = Ressource nicht verfügbar
q850-class-service-not-available = Dienst oder Option nicht verfügbar
q850-class-service-not-implemented = Dienst oder Option nicht implementiert
q850-class-invalid-message = Ungültige Nachricht
q850-class-protocol-error = Protokollfehler
q850-class-interworking = Netzübergang

## Ursachen

q850-1 = Rufnummer nicht vergeben
q850-2 = Kein Weg zum angegebenen Transitnetz
q850-3 = Kein Weg zum Ziel
q850-4 = Sonderinformationston senden
q850-5 = Verkehrsausscheidungsziffer falsch gewählt
q850-6 = Kanal nicht annehmbar
q850-7 = Ruf wird in bestehendem Kanal zugestellt
q850-8 = Vorrangunterbrechung
q850-9 = Vorrangunterbrechung, Leitung zur Wiederverwendung reserviert
q850-14 = QoR: portierte Rufnummer
q850-16 = Normale Auslösung
q850-17 = Teilnehmer besetzt
q850-18 = Endgerät antwortet nicht
q850-19 = Teilnehmer meldet sich nicht (wird gerufen)
q850-20 = Teilnehmer nicht erreichbar
q850-21 = Anruf abgewiesen
q850-22 = Rufnummer geändert
q850-23 = Umleitung zu neuem Ziel
q850-24 = Anruf wegen Leistungsmerkmal am Ziel abgewiesen
q850-25 = Leitwegfehler in der Vermittlungsstelle
q850-26 = Auslösung, Teilnehmer nicht ausgewählt
q850-27 = Ziel außer Betrieb
q850-28 = Ungültiges Rufnummernformat (Rufnummer unvollständig)
q850-29 = Leistungsmerkmal abgelehnt
q850-30 = Antwort auf STATUS ENQUIRY
q850-31 = Normal, nicht spezifiziert
q850-34 = Keine Leitung/kein Kanal frei
q850-38 = Netz außer Betrieb
q850-39 = Festverbindung im Rahmenmodus außer Betrieb
q850-40 = Festverbindung im Rahmenmodus in Betrieb
q850-41 = Vorübergehende Störung
q850-42 = Vermittlungsstelle überlastet
q850-43 = Zugangsinformation verworfen
q850-44 = Angeforderte Leitung/angeforderter Kanal nicht frei
q850-46 = Vorrangruf gesperrt
q850-47 = Ressource nicht verfügbar, nicht spezifiziert
q850-49 = Dienstgüte nicht verfügbar
q850-50 = Leistungsmerkmal nicht beauftragt
q850-53 = Abgehende Rufe in der GBG gesperrt
q850-55 = Ankommende Rufe in der GBG gesperrt
q850-57 = Übermittlungsfähigkeit nicht zugelassen
q850-58 = Übermittlungsfähigkeit zurzeit nicht verfügbar
q850-62 = Widerspruch zwischen abgehender Zugangsinformation und Teilnehmerklasse
q850-63 = Dienst oder Option nicht verfügbar, nicht spezifiziert
q850-65 = Übermittlungsfähigkeit nicht implementiert
q850-66 = Kanaltyp nicht implementiert
q850-69 = Leistungsmerkmal nicht implementiert
q850-70 = Nur eingeschränkte digitale Übermittlungsfähigkeit verfügbar
q850-79 = Dienst oder Option nicht implementiert, nicht spezifiziert
q850-81 = Ungültige Rufreferenz
q850-82 = Angegebener Kanal existiert nicht
q850-83 = Geparkter Ruf vorhanden, aber nicht mit dieser Parkkennung
q850-84 = Parkkennung bereits belegt
q850-85 = Kein Ruf geparkt
q850-86 = Ruf mit dieser Parkkennung wurde ausgelöst
q850-87 = Teilnehmer nicht Mitglied der GBG
q850-88 = Ziel nicht kompatibel
q850-90 = GBG existiert nicht
q850-91 = Ungültige Transitnetzauswahl
q850-95 = Ungültige Nachricht, nicht spezifiziert
q850-96 = Erforderliches Informationselement fehlt
q850-97 = Nachrichtentyp nicht vorhanden oder nicht implementiert
q850-98 = Nachricht passt nicht zum Rufzustand, oder Nachrichtentyp nicht vorhanden oder nicht implementiert
q850-99 = Informationselement/Parameter nicht vorhanden oder nicht implementiert
q850-100 = Ungültiger Inhalt eines Informationselements
q850-101 = Nachricht passt nicht zum Rufzustand
q850-102 = Wiederherstellung nach Timer-Ablauf
q850-103 = Parameter nicht vorhanden oder nicht implementiert, weitergereicht
q850-110 = Nachricht mit unbekanntem Parameter verworfen
q850-111 = Protokollfehler, nicht spezifiziert
q850-127 = Netzübergang, nicht spezifiziert
