# sipstatus: SIP-Antworttexte, Deutsch.
# Kurz, wie auf dem Display eines Tischtelefons oder einer TK-Anlage.

## Antwortklassen

class-provisional = Vorläufige Antwort
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
sip-181 = Anruf wird weitergeleitet
    .description = Der Anruf wird an ein anderes Ziel weitergeleitet.
sip-182 = In Warteschlange
    .description = Der Angerufene ist gerade nicht frei; der Anruf wartet in einer Warteschlange.
sip-183 = Verbindungsaufbau
    .description = Der Anruf wird aufgebaut; Freizeichen oder Ansagen können schon übertragen werden.
sip-199 = Früher Dialog beendet
    .description = Ein früher Dialog dieses Anrufs wurde beendet, bevor der Anruf angenommen wurde.

## 2xx: Erfolg

sip-200 = OK
    .description = Die Anfrage war erfolgreich.
sip-202 = Angenommen
    .description = Die Anfrage wurde zur Bearbeitung angenommen, ist aber noch nicht erledigt; seit RFC 6665 veraltet.
sip-204 = Keine Benachrichtigung
    .description = Das Abonnement wurde erneuert, eine Benachrichtigung dazu wird aber nicht gesendet.

## 3xx: Umleitung

sip-300 = Mehrere Ziele
    .description = Die Adresse führt zu mehreren Zielen, die in der Antwort genannt sind und unter denen der Anrufer wählen kann.
sip-301 = Dauerhaft umgezogen
    .description = Der Angerufene ist unter dieser Adresse nicht mehr erreichbar, sondern dauerhaft unter der in der Antwort genannten.
sip-302 = Vorübergehend umgeleitet
    .description = Der Angerufene ist vorübergehend unter der in der Antwort genannten Adresse erreichbar.
sip-305 = Proxy verwenden
    .description = Der Angerufene ist nur über den in der Antwort genannten Proxy erreichbar.
sip-380 = Alternativer Dienst
    .description = Der Anruf ist fehlgeschlagen, die Antwort nennt aber andere Dienste, die ihn übernehmen können.

## 4xx: Anfragefehler

sip-400 = Ungültige Anfrage
    .description = Die Anfrage ist fehlerhaft aufgebaut und konnte nicht verstanden werden.
sip-401 = Nicht autorisiert
    .description = Für die Anfrage muss sich der Benutzer beim Angerufenen oder beim Registrar anmelden.
sip-402 = Zahlung erforderlich
    .description = Für künftige Verwendung reserviert.
sip-403 = Verboten
    .description = Der Server hat die Anfrage verstanden, verweigert aber ihre Ausführung.
sip-404 = Nicht gefunden
    .description = Den angerufenen Teilnehmer gibt es in der angegebenen Domäne nicht.
sip-405 = Methode nicht erlaubt
    .description = Die Methode der Anfrage ist bekannt, für diese Adresse aber nicht zugelassen.
sip-406 = Nicht annehmbar
    .description = Der Angerufene kann nur mit Inhalten antworten, die laut Anfrage nicht akzeptiert werden.
sip-407 = Proxy-Anmeldung erforderlich
    .description = Der Anrufer muss sich zuerst beim Proxy anmelden.
sip-408 = Zeitüberschreitung
    .description = Der Server konnte nicht rechtzeitig antworten, etwa weil der Angerufene nicht zu finden war.
sip-409 = Konflikt
    .description = Die Anfrage steht im Widerspruch zum aktuellen Zustand, etwa bei einem bereits registrierten Benutzer; nur im veralteten RFC 2543.
sip-410 = Nicht mehr vorhanden
    .description = Den Teilnehmer gab es hier einmal, er ist aber nicht mehr erreichbar und keine neue Adresse bekannt.
sip-411 = Länge erforderlich
    .description = Der Server lehnt die Anfrage ohne gültige Content-Length ab; nur im veralteten RFC 2543.
sip-412 = Bedingung nicht erfüllt
    .description = Eine Vorbedingung der Anfrage, etwa das Entity-Tag einer Veröffentlichung, traf nicht zu.
sip-413 = Anfrage zu groß
    .description = Der Inhalt der Anfrage ist größer, als der Server verarbeiten will.
sip-414 = Request-URI zu lang
    .description = Die Request-URI ist länger, als der Server auswerten will.
sip-415 = Medientyp nicht unterstützt
    .description = Der Inhalt der Anfrage liegt in einem Format vor, das der Server nicht unterstützt.
sip-416 = URI-Schema nicht unterstützt
    .description = Der Server kennt das Schema der Request-URI nicht.
sip-417 = Unbekannte Ressourcenpriorität
    .description = Die Anfrage verlangt eine Ressourcenpriorität, die der Server nicht versteht.
sip-420 = Erweiterung unbekannt
    .description = Die Anfrage benötigt eine Protokollerweiterung, die der Server nicht unterstützt.
sip-421 = Erweiterung erforderlich
    .description = Der Server benötigt eine Erweiterung, die in der Anfrage nicht als unterstützt angegeben ist.
sip-422 = Sitzungsintervall zu kurz
    .description = Das Auffrischungsintervall der Sitzung ist kürzer, als der Server erlaubt.
sip-423 = Intervall zu kurz
    .description = Die gewünschte Gültigkeitsdauer, etwa einer Registrierung, ist zu kurz.
sip-424 = Ungültige Standortangabe
    .description = Die Standortangabe in der Anfrage war fehlerhaft oder unzureichend.
sip-425 = Ungültige Alarmmeldung
    .description = Eine nicht interaktive Notfallmeldung wurde abgelehnt, weil sie fehlerhaft war.
sip-428 = Identity-Header fehlt
    .description = Der Server verlangt einen Identity-Header, den die Anfrage nicht enthält.
sip-429 = Vermittler-Identität fehlt
    .description = Der Anfrage fehlt ein gültiges Referred-By-Token.
sip-430 = Verbindung fehlgeschlagen
    .description = Ein bestimmter Verbindungsweg zum Endgerät ist ausgefallen, andere funktionieren möglicherweise noch.
sip-433 = Anonyme Anrufe abgelehnt
    .description = Die Anfrage wurde abgelehnt, weil sie anonym war.
sip-436 = Ungültige Identitätsangabe
    .description = Die Identitätsangaben der Anfrage sind unbrauchbar, etwa weil das Zertifikat nicht abrufbar war.
sip-437 = Zertifikat nicht unterstützt
    .description = Der Server konnte das Zertifikat der Domäne, die die Anfrage signiert hat, nicht prüfen.
sip-438 = Ungültiger Identity-Header
    .description = Die Signatur im Identity-Header ließ sich nicht bestätigen.
sip-439 = Erster Hop ohne Outbound
    .description = Der Registrar unterstützt die Outbound-Erweiterung, der erste Proxy auf dem Weg aber nicht.
sip-440 = Max-Breadth überschritten
    .description = Ein Proxy konnte die Anfrage nicht weiter verzweigen, weil ihr Max-Breadth aufgebraucht war.
sip-469 = Ungültiges Info-Paket
    .description = Die INFO-Anfrage nutzt ein Info-Paket, dem der Empfänger nicht zugestimmt hat.
sip-470 = Zustimmung erforderlich
    .description = Der Absender hat für diese Anfrage keine Zustimmung des Empfängers.
sip-480 = Nicht erreichbar
    .description = Der Angerufene ist zurzeit nicht erreichbar, etwa weil er nicht angemeldet ist oder nicht gestört werden will.
sip-481 = Anruf existiert nicht
    .description = Die Anfrage gehört zu keinem bestehenden Anruf und keiner laufenden Transaktion.
sip-482 = Schleife erkannt
    .description = Der Server hat eine Weiterleitungsschleife erkannt.
sip-483 = Zu viele Hops
    .description = Die Anfrage hat mehr Stationen durchlaufen, als Max-Forwards erlaubt.
sip-484 = Rufnummer unvollständig
    .description = Die gewählte Rufnummer oder Adresse ist unvollständig.
sip-485 = Mehrdeutig
    .description = Die gewählte Adresse ist nicht eindeutig und passt auf mehrere Teilnehmer.
sip-486 = Besetzt
    .description = Der Angerufene wurde erreicht, kann aber gerade keinen weiteren Anruf annehmen.
sip-487 = Anfrage abgebrochen
    .description = Die Anfrage wurde abgebrochen, bevor sie beantwortet wurde.
sip-488 = Hier nicht annehmbar
    .description = Ein Teil der angebotenen Sitzung, etwa ein Codec oder Medientyp, wird hier nicht akzeptiert.
sip-489 = Ungültiges Ereignis
    .description = Der Server kennt das in der Anfrage genannte Ereignispaket nicht.
sip-491 = Anfrage ausstehend
    .description = Im selben Dialog ist noch eine andere Anfrage offen.
sip-493 = Nicht entschlüsselbar
    .description = Die Anfrage enthält einen verschlüsselten Inhalt, den der Empfänger nicht entschlüsseln kann.
sip-494 = Sicherheitsabsprache nötig
    .description = Der Server nimmt die Anfrage erst nach Aushandlung eines Sicherheitsverfahrens an.

## 5xx: Serverfehler

sip-500 = Interner Serverfehler
    .description = Ein unerwarteter Zustand hat den Server daran gehindert, die Anfrage auszuführen.
sip-501 = Nicht implementiert
    .description = Der Server unterstützt eine für die Anfrage nötige Funktion nicht, etwa ihre Methode.
sip-502 = Fehlerhaftes Gateway
    .description = Ein Gateway oder Proxy hat vom nächsten Server eine ungültige Antwort erhalten.
sip-503 = Dienst nicht verfügbar
    .description = Der Server ist vorübergehend überlastet oder wird gewartet.
sip-504 = Server-Zeitüberschreitung
    .description = Ein benötigter anderer Server hat nicht rechtzeitig geantwortet.
sip-505 = Version nicht unterstützt
    .description = Der Server unterstützt die SIP-Version der Anfrage nicht.
sip-513 = Nachricht zu groß
    .description = Die Anfrage ist größer, als der Server verarbeiten kann.
sip-555 = Push-Dienst nicht unterstützt
    .description = Der Server unterstützt den in der Anfrage genannten Push-Benachrichtigungsdienst nicht.
sip-580 = Vorbedingung nicht erfüllt
    .description = Der Server kann die für die Sitzung verlangten Vorbedingungen nicht erfüllen.

## 6xx: globaler Fehler

sip-600 = Überall besetzt
    .description = Der Angerufene ist besetzt, und kein anderes Ziel wie eine Mailbox kann den Anruf annehmen.
sip-603 = Abgelehnt
    .description = Der Angerufene hat den Anruf abgelehnt, und kein anderes Ziel kann ihn annehmen.
sip-604 = Existiert nirgends
    .description = Den angerufenen Teilnehmer gibt es nirgends.
sip-606 = Nicht annehmbar
    .description = Der Angerufene wurde erreicht, ein Teil der angebotenen Sitzung wird aber nicht akzeptiert.
sip-607 = Unerwünscht
    .description = Der Angerufene hat den Anruf als unerwünscht markiert; weitere Anrufe dieses Anrufers werden wohl ebenfalls abgewiesen.
sip-608 = Zurückgewiesen
    .description = Nicht der Angerufene, sondern eine Zwischenstelle hat den Anruf zurückgewiesen.

## 7xx: nicht standardisiert

sip-701 = Teilnehmer hat aufgelegt
    .description = Die Gegenseite hat aufgelegt; ein interner Code eines SIP-Stacks außerhalb des Standards.
