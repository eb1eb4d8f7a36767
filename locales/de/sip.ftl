# sipstatus: SIP-Antworttexte, Deutsch.
# Kurz, wie auf dem Display eines Tischtelefons oder einer TK-Anlage.
# Phrasen höchstens 24 Spalten; .short (höchstens 16 Spalten) für 2x16-Displays.

## Antwortklassen

class-provisional = Vorläufige Antwort
    .short = Vorläufig
class-success = Erfolg
class-redirection = Umleitung
class-client-failure = Anfragefehler
class-server-failure = Serverfehler
class-global-failure = Globaler Fehler

## 1xx: vorläufig

sip-100 = Wird bearbeitet
    .description = Die Anfrage ist angekommen und wird bearbeitet, etwa während ein Proxy den Angerufenen sucht.
sip-180 = Es klingelt
    .description = Das Endgerät des Angerufenen hat den Anruf erhalten und klingelt.
sip-181 = Wird weitergeleitet
    .short = Weiterleitung
    .description = Der Anruf wird an ein anderes Ziel weitergeleitet.
sip-182 = In der Warteschleife
    .short = Warteschleife
    .description = Der Angerufene ist gerade nicht frei; der Anruf wartet in der Warteschleife, bis der Angerufene frei wird.
sip-183 = Verbindungsaufbau
    .short = Rufaufbau
    .description = Die Verbindung wird aufgebaut; Freizeichen oder Ansagen können schon übertragen werden.
sip-199 = Early Dialog beendet
    .short = Dialog beendet
    .description = Ein Early Dialog dieses Anrufs wurde beendet, bevor der Anruf angenommen wurde.

## 2xx: Erfolg

sip-200 = OK
    .description = Die Anfrage war erfolgreich.
sip-202 = Angenommen
    .description = Die Anfrage wurde zur Bearbeitung angenommen, ist aber noch nicht erledigt; seit RFC 6665 veraltet.
sip-204 = Keine Benachrichtigung
    .short = Keine Meldung
    .description = Das Abonnement wurde erneuert, eine Benachrichtigung dazu wird aber nicht gesendet.

## 3xx: Umleitung

sip-300 = Mehrere Ziele
    .description = Die Adresse führt zu mehreren Zielen, die in der Antwort genannt sind und unter denen der Anrufer wählen kann.
sip-301 = Dauerhaft umgezogen
    .short = Umgezogen
    .description = Der Angerufene ist unter dieser Adresse nicht mehr erreichbar, sondern dauerhaft unter der in der Antwort genannten.
sip-302 = Vorübergehend umgeleitet
    .short = Umgeleitet
    .description = Der Angerufene ist vorübergehend unter der in der Antwort genannten Adresse erreichbar.
sip-305 = Proxy verwenden
    .description = Der Angerufene ist nur über den in der Antwort genannten Proxy erreichbar.
sip-380 = Alternativer Dienst
    .short = Anderer Dienst
    .description = Der Anruf ist fehlgeschlagen, die Antwort nennt aber andere Dienste, die ihn übernehmen können.

## 4xx: Anfragefehler

sip-400 = Ungültige Anfrage
    .short = Anfrage ungültig
    .description = Die Anfrage ist fehlerhaft aufgebaut und konnte nicht verstanden werden.
sip-401 = Anmeldung erforderlich
    .short = Anmeldung nötig
    .description = Für die Anfrage muss sich der Benutzer beim Angerufenen oder beim Registrar anmelden.
sip-402 = Zahlung erforderlich
    .short = Zahlung nötig
    .description = Für künftige Verwendung reserviert.
sip-403 = Nicht zulässig
    .description = Der Server hat die Anfrage verstanden, verweigert aber ihre Ausführung.
sip-404 = Rufnummer unbekannt
    .short = Nr. unbekannt
    .description = Die gewählte Rufnummer oder Adresse ist in der angegebenen Domäne unbekannt.
sip-405 = Methode nicht erlaubt
    .short = Unzul. Methode
    .description = Die Methode der Anfrage ist bekannt, für diese Adresse aber nicht zugelassen.
sip-406 = Inhalt nicht annehmbar
    .short = Inhalt abgelehnt
    .description = Der Angerufene kann nur mit Inhalten antworten, die laut Anfrage nicht annehmbar sind.
sip-407 = Proxy-Anmeldung nötig
    .short = Proxy-Anmeldung
    .description = Der Anrufer muss sich zuerst beim Proxy anmelden.
sip-408 = Zeitüberschreitung
    .short = Zeitablauf
    .description = Der Server konnte nicht rechtzeitig antworten, etwa weil der Angerufene nicht zu finden war.
sip-409 = Konflikt
    .description = Die Anfrage steht im Widerspruch zum aktuellen Zustand, etwa bei einem bereits registrierten Benutzer; nur im veralteten RFC 2543.
sip-410 = Nicht mehr vorhanden
    .short = Nicht mehr aktiv
    .description = Den Teilnehmer gab es hier einmal, er ist aber nicht mehr erreichbar, und eine neue Adresse ist nicht bekannt.
sip-411 = Länge erforderlich
    .short = Länge fehlt
    .ascii = Laenge erforderlich
    .ascii-short = Laenge fehlt
    .description = Der Server lehnt die Anfrage ohne gültige Content-Length ab; nur im veralteten RFC 2543.
sip-412 = Bedingung nicht erfüllt
    .short = Bedingungsfehler
    .description = Eine Vorbedingung der Anfrage, etwa das Entity-Tag einer Veröffentlichung, traf nicht zu.
sip-413 = Anfrage zu groß
    .description = Der Inhalt der Anfrage ist größer, als der Server verarbeiten will.
sip-414 = Request-URI zu lang
    .short = URI zu lang
    .description = Die Request-URI ist länger, als der Server auswerten will.
sip-415 = Falscher Medientyp
    .short = Medientyp falsch
    .description = Der Inhalt der Anfrage liegt in einem Format vor, das der Server nicht unterstützt.
sip-416 = Falsches URI-Schema
    .short = Falsches Schema
    .description = Der Server kennt das Schema der Request-URI nicht.
sip-417 = Unbekannte Priorität
    .short = Unbek. Priorität
    .description = Die Anfrage verlangt eine Ressourcenpriorität (Resource-Priority), die der Server nicht versteht.
sip-420 = SIP-Option unbekannt
    .short = Option unbekannt
    .description = Die Anfrage verlangt eine SIP-Protokollerweiterung (Option), die der Server nicht unterstützt.
sip-421 = SIP-Option erforderlich
    .short = Option nötig
    .description = Der Server verlangt eine SIP-Protokollerweiterung (Option), die in der Anfrage nicht als unterstützt angegeben ist.
sip-422 = Session-Timer zu kurz
    .short = Timer zu kurz
    .description = Das Auffrischungsintervall der Sitzung (Session-Timer) in der Anfrage ist kürzer, als der Server erlaubt.
sip-423 = Ablaufzeit zu kurz
    .short = Ablauf zu kurz
    .description = Die gewünschte Ablaufzeit, etwa einer Registrierung, ist zu kurz.
sip-424 = Ungültige Standortangabe
    .short = Standort falsch
    .description = Die Standortangabe in der Anfrage war fehlerhaft oder unzureichend.
sip-425 = Ungültige Alarmmeldung
    .short = Alarm ungültig
    .description = Eine nicht interaktive Notfallmeldung wurde abgelehnt, weil sie fehlerhaft war.
sip-428 = Identity-Header fehlt
    .short = Identity fehlt
    .description = Der Server verlangt einen Identity-Header, den die Anfrage nicht enthält.
sip-429 = Referred-By fehlt
    .short = Referrer fehlt
    .description = Der Anfrage fehlt ein gültiges Referred-By-Token.
sip-430 = Verbindungsweg gestört
    .short = Weg gestört
    .description = Ein bestimmter Verbindungsweg (Flow) zum Endgerät ist ausgefallen, andere funktionieren möglicherweise noch.
sip-433 = Anonyme Anrufe gesperrt
    .short = Anonym gesperrt
    .description = Die Anfrage wurde nicht angenommen, weil sie anonym war.
sip-436 = Identity-Info ungültig
    .short = ID-Info ungültig
    .description = Die Identitätsangaben zum Anrufer (Identity-Info) sind unbrauchbar, etwa weil das Zertifikat nicht abrufbar war.
sip-437 = Zertifikat nicht prüfbar
    .short = Zertifikatfehler
    .description = Der Server konnte das Zertifikat der Domäne, die die Anfrage signiert hat, nicht prüfen.
sip-438 = Identity-Header ungültig
    .short = Identity falsch
    .description = Die Signatur im Identity-Header ließ sich nicht bestätigen.
sip-439 = Erster Hop ohne Outbound
    .short = Kein Outbound
    .description = Der Registrar unterstützt die Outbound-Erweiterung, der erste Proxy auf dem Weg aber nicht.
sip-440 = Max-Breadth erreicht
    .short = Limit erreicht
    .description = Ein Proxy konnte die Anfrage nicht weiter verzweigen, weil ihr Max-Breadth aufgebraucht war.
sip-469 = Ungültiges Info-Paket
    .short = INFO abgelehnt
    .description = Die INFO-Anfrage nutzt ein Info-Paket, dem der Empfänger nicht zugestimmt hat.
sip-470 = Zustimmung erforderlich
    .short = Zustimmung nötig
    .description = Der Absender hat für diese Anfrage keine Zustimmung des Empfängers.
sip-480 = Nicht erreichbar
    .description = Der Angerufene ist zurzeit nicht erreichbar, etwa weil er nicht angemeldet ist oder nicht gestört werden will.
sip-481 = Anruf existiert nicht
    .short = Anruf unbekannt
    .description = Die Anfrage gehört zu keinem bestehenden Anruf und keiner laufenden Transaktion.
sip-482 = Schleife erkannt
    .description = Der Server hat eine Weiterleitungsschleife erkannt.
sip-483 = Zu viele Hops
    .description = Die Anfrage hat mehr Stationen durchlaufen, als Max-Forwards erlaubt.
sip-484 = Rufnummer unvollständig
    .short = Unvollständig
    .description = Die gewählte Rufnummer oder Adresse ist unvollständig.
sip-485 = Rufnummer mehrdeutig
    .short = Mehrdeutig
    .description = Die gewählte Rufnummer oder Adresse ist nicht eindeutig und passt auf mehrere Teilnehmer.
sip-486 = Besetzt
    .description = Der Angerufene wurde erreicht, ist aber gerade besetzt und kann keinen weiteren Anruf annehmen.
sip-487 = Anruf abgebrochen
    .short = Abgebrochen
    .description = Der Anrufer hat den Anruf abgebrochen, bevor er angenommen wurde.
sip-488 = Medien nicht annehmbar
    .short = Medien abgelehnt
    .description = Ein Teil der angebotenen Sitzung, etwa der Codec oder der Medientyp, ist für die Gegenseite nicht annehmbar.
sip-489 = Unbekanntes Ereignis
    .short = Ereignis unbek.
    .description = Der Server kennt das in der Anfrage genannte Ereignispaket nicht.
sip-491 = Anfrage ausstehend
    .short = Anfrage offen
    .description = Im selben Dialog ist noch eine andere Anfrage offen.
sip-493 = Nicht entschlüsselbar
    .short = Nicht lesbar
    .description = Die Anfrage enthält einen verschlüsselten Inhalt, den der Empfänger nicht entschlüsseln kann.
sip-494 = Sicherheitsmodus nötig
    .short = Sicherheit nötig
    .description = Der Server nimmt die Anfrage erst nach Aushandlung eines Sicherheitsverfahrens an.

## 5xx: Serverfehler

sip-500 = Interner Serverfehler
    .short = Interner Fehler
    .description = Ein unerwarteter Zustand hat den Server daran gehindert, die Anfrage auszuführen.
sip-501 = Funktion nicht vorhanden
    .short = Funktion fehlt
    .description = Der Server unterstützt eine für die Anfrage nötige Funktion nicht, etwa ihre Methode.
sip-502 = Fehlerhaftes Gateway
    .short = Gateway-Fehler
    .description = Ein Gateway oder Proxy hat vom nächsten Server eine ungültige Antwort erhalten.
sip-503 = Dienst nicht verfügbar
    .short = Kein Dienst
    .description = Der Server ist vorübergehend überlastet oder wird gewartet.
sip-504 = Server antwortet nicht
    .short = Server-Timeout
    .description = Ein benötigter anderer Server hat nicht rechtzeitig geantwortet.
sip-505 = Falsche SIP-Version
    .short = Falsche Version
    .description = Der Server unterstützt die SIP-Version der Anfrage nicht.
sip-513 = Nachricht zu groß
    .short = Nachr. zu groß
    .description = Die Anfrage ist größer, als der Server verarbeiten kann.
sip-555 = Push-Dienst unbekannt
    .short = Kein Push-Dienst
    .description = Der Server unterstützt den in der Anfrage genannten Push-Benachrichtigungsdienst nicht.
sip-580 = Vorbedingung unerfüllt
    .short = Vorbed.-Fehler
    .description = Der Server kann die für die Sitzung verlangten Vorbedingungen nicht erfüllen.

## 6xx: globaler Fehler

sip-600 = Teilnehmer besetzt
    .short = Tln. besetzt
    .description = Der Teilnehmer ist besetzt, und kein anderes Ziel, etwa eine Mailbox, kann den Anruf annehmen.
sip-603 = Anruf abgewiesen
    .description = Der Angerufene hat den Anruf abgewiesen, und kein anderes Ziel kann ihn annehmen.
sip-604 = Rufnummer nicht vergeben
    .short = Nicht vergeben
    .description = Die gewählte Rufnummer oder Adresse ist nirgends vergeben.
sip-606 = Sitzung nicht annehmbar
    .short = SDP abgelehnt
    .description = Der Angerufene wurde erreicht, aber die angebotene Sitzung (Sitzungsbeschreibung, SDP) ist nicht annehmbar.
sip-607 = Unerwünschter Anruf
    .short = Unerwünscht
    .description = Der Angerufene hat den Anruf als unerwünscht markiert; weitere Anrufe dieses Anrufers werden voraussichtlich ebenfalls nicht angenommen.
sip-608 = Vom Netz blockiert
    .short = Blockiert (Netz)
    .description = Nicht der Angerufene, sondern das Netz oder eine Zwischenstelle, etwa eine Spam-Erkennung, hat den Anruf blockiert.

## 7xx: nicht standardisiert

sip-701 = Teilnehmer hat aufgelegt
    .short = Aufgelegt
    .description = Die Gegenseite hat aufgelegt; ein interner Code eines SIP-Stacks außerhalb des Standards.
