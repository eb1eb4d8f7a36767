# sipstatus: testi delle risposte SIP, italiano.
# Brevi, come sul display di un telefono da scrivania o di un centralino.

## Classi di risposta

class-provisional = Risposta provvisoria
class-success = Successo
class-redirection = Reindirizzamento
class-client-failure = Errore della richiesta
class-server-failure = Errore del server
class-global-failure = Errore globale

## 1xx: provvisorie

sip-100 = Elaborazione in corso
    .description = La richiesta è stata ricevuta ed è in elaborazione, ad esempio mentre un proxy cerca il chiamato.
sip-180 = Sta squillando
    .description = Il dispositivo del chiamato ha ricevuto la chiamata e sta avvisando l'utente.
sip-181 = Inoltro in corso
    .description = La chiamata viene inoltrata a un'altra destinazione.
sip-182 = In coda
    .description = Il chiamato non è disponibile al momento e la chiamata è stata messa in coda finché non lo sarà.
sip-183 = Connessione in corso
    .description = La chiamata è in fase di instaurazione e sono già disponibili informazioni preliminari, come il tono di libero o un annuncio.
sip-199 = Dialogo iniziale terminato
    .description = Un dialogo iniziale creato per questa chiamata è terminato prima che la chiamata ricevesse risposta.

## 2xx: successo

sip-200 = OK
    .description = La richiesta è andata a buon fine.
sip-202 = Accettato
    .description = La richiesta è stata accettata per l'elaborazione ma non è ancora stata completata; deprecato dalla RFC 6665.
sip-204 = Nessuna notifica
    .description = La sottoscrizione è stata rinnovata correttamente, ma non verrà inviata alcuna notifica.

## 3xx: reindirizzamento

sip-300 = Più destinazioni
    .description = L'indirizzo corrisponde a più destinazioni, elencate nella risposta, tra cui il chiamante può scegliere.
sip-301 = Spostato definitivamente
    .description = Il chiamato non è più raggiungibile a questo indirizzo e si è trasferito in modo permanente all'indirizzo indicato nella risposta.
sip-302 = Spostato temporaneamente
    .description = Il chiamato è temporaneamente raggiungibile all'indirizzo indicato nella risposta.
sip-305 = Usare il proxy
    .description = Il chiamato deve essere raggiunto tramite il proxy indicato nella risposta.
sip-380 = Servizio alternativo
    .description = La chiamata non è riuscita, ma la risposta descrive servizi alternativi.

## 4xx: errore della richiesta

sip-400 = Richiesta non valida
    .description = La richiesta non è stata compresa perché la sintassi è errata.
sip-401 = Non autorizzato
    .description = Per la richiesta è necessaria l'autenticazione dell'utente presso il chiamato o il registrar.
sip-402 = Pagamento richiesto
    .description = Riservato per usi futuri.
sip-403 = Vietato
    .description = Il server ha compreso la richiesta ma si rifiuta di eseguirla.
sip-404 = Non trovato
    .description = L'utente chiamato non esiste nel dominio indicato nella richiesta.
sip-405 = Metodo non consentito
    .description = Il metodo della richiesta è noto ma non è consentito per questo indirizzo.
sip-406 = Non accettabile
    .description = Il chiamato può rispondere solo con contenuti che la richiesta dichiara di non accettare.
sip-407 = Autenticazione proxy richiesta
    .description = Il chiamante deve prima autenticarsi presso il proxy.
sip-408 = Tempo scaduto
    .description = Il server non ha potuto rispondere in tempo, ad esempio perché non è riuscito a localizzare il chiamato.
sip-409 = Conflitto
    .description = La richiesta è in conflitto con lo stato attuale, ad esempio un utente già registrato; esiste solo nella RFC 2543, obsoleta.
sip-410 = Non più disponibile
    .description = L'utente esisteva ma non è più raggiungibile qui, e non è noto alcun indirizzo di inoltro.
sip-411 = Lunghezza richiesta
    .description = Il server rifiuta la richiesta senza un Content-Length valido; esiste solo nella RFC 2543, obsoleta.
sip-412 = Condizione non soddisfatta
    .description = Una precondizione della richiesta, come l'entity tag di una pubblicazione, non è stata soddisfatta.
sip-413 = Richiesta troppo grande
    .description = Il corpo della richiesta è più grande di quanto il server sia disposto a elaborare.
sip-414 = Request-URI troppo lunga
    .description = L'URI della richiesta è più lunga di quanto il server sia disposto a interpretare.
sip-415 = Formato non supportato
    .description = Il corpo della richiesta è in un formato che il server non supporta.
sip-416 = Schema URI non supportato
    .description = Il server non conosce lo schema dell'URI della richiesta.
sip-417 = Priorità sconosciuta
    .description = La richiesta indica una priorità di risorsa che il server non comprende.
sip-420 = Estensione sconosciuta
    .description = La richiesta necessita di un'estensione del protocollo che il server non supporta.
sip-421 = Estensione richiesta
    .description = Il server necessita di un'estensione che la richiesta non ha indicato come supportata.
sip-422 = Durata sessione troppo breve
    .description = L'intervallo di aggiornamento della sessione indicato nella richiesta è più breve di quanto consentito dal server.
sip-423 = Intervallo troppo breve
    .description = Il tempo di scadenza richiesto, ad esempio quello di una registrazione, è troppo breve.
sip-424 = Posizione non valida
    .description = Le informazioni sulla posizione contenute nella richiesta erano malformate o insufficienti.
sip-425 = Allerta non valida
    .description = Un'allerta di emergenza non interattiva è stata rifiutata perché malformata.
sip-428 = Header Identity mancante
    .description = La politica del server richiede un header Identity, assente nella richiesta.
sip-429 = Referente non identificato
    .description = Nella richiesta manca un token Referred-By valido.
sip-430 = Errore di flusso
    .description = Un determinato flusso di connessione verso lo user agent non è riuscito, anche se altri potrebbero ancora funzionare.
sip-433 = Anonimato non consentito
    .description = La richiesta è stata rifiutata perché anonima.
sip-436 = Dati identità non validi
    .description = Le informazioni di identità della richiesta non sono utilizzabili, ad esempio perché non è stato possibile recuperarne il certificato.
sip-437 = Certificato non supportato
    .description = Il server non ha potuto convalidare il certificato del dominio che ha firmato la richiesta.
sip-438 = Header Identity non valido
    .description = Non è stato possibile verificare la firma nell'header Identity.
sip-439 = Primo hop senza Outbound
    .description = Il registrar supporta l'estensione Outbound, ma il primo proxy del percorso no.
sip-440 = Max-Breadth superato
    .description = Un proxy non ha potuto diramare ulteriormente la richiesta perché il suo Max-Breadth era esaurito.
sip-469 = Pacchetto INFO non valido
    .description = La richiesta INFO usa un pacchetto info che il destinatario non ha accettato.
sip-470 = Consenso necessario
    .description = Il mittente non ha ottenuto il consenso del destinatario per questa richiesta.
sip-480 = Non disponibile
    .description = Il chiamato è stato raggiunto ma al momento non è disponibile, ad esempio perché non è connesso o ha attivato il Non disturbare.
sip-481 = Chiamata inesistente
    .description = La richiesta non corrisponde ad alcuna chiamata o transazione esistente.
sip-482 = Loop rilevato
    .description = Il server ha rilevato un loop di instradamento.
sip-483 = Troppi hop
    .description = La richiesta ha attraversato più hop di quanti ne consenta Max-Forwards.
sip-484 = Numero incompleto
    .description = Il numero o l'indirizzo composto è incompleto.
sip-485 = Indirizzo ambiguo
    .description = L'indirizzo composto è ambiguo e corrisponde a più utenti.
sip-486 = Occupato
    .description = Il chiamato è stato raggiunto ma al momento non può accettare un'altra chiamata.
sip-487 = Richiesta annullata
    .description = La richiesta è stata annullata prima di ricevere risposta.
sip-488 = Non accettabile qui
    .description = Una parte della sessione offerta, come un codec o un tipo di media, qui non è accettabile.
sip-489 = Evento non valido
    .description = Il server non comprende il pacchetto di eventi indicato nella richiesta.
sip-491 = Richiesta in sospeso
    .description = Un'altra richiesta è ancora in sospeso nello stesso dialogo.
sip-493 = Indecifrabile
    .description = La richiesta contiene un corpo cifrato che il destinatario non riesce a decifrare.
sip-494 = Accordo sicurezza richiesto
    .description = Il server richiede la negoziazione di un meccanismo di sicurezza prima di accettare la richiesta.

## 5xx: errore del server

sip-500 = Errore interno del server
    .description = Il server ha riscontrato una condizione imprevista che gli ha impedito di eseguire la richiesta.
sip-501 = Non implementato
    .description = Il server non supporta la funzione necessaria per questa richiesta, ad esempio il suo metodo.
sip-502 = Errore del gateway
    .description = Un gateway o un proxy ha ricevuto una risposta non valida dal server successivo.
sip-503 = Servizio non disponibile
    .description = Il server è temporaneamente sovraccarico o in manutenzione.
sip-504 = Tempo scaduto sul server
    .description = Il server non ha ricevuto in tempo la risposta di un altro server di cui aveva bisogno.
sip-505 = Versione non supportata
    .description = Il server non supporta la versione SIP della richiesta.
sip-513 = Messaggio troppo grande
    .description = Il messaggio della richiesta è più grande di quanto il server possa elaborare.
sip-555 = Servizio push non supportato
    .description = Il server non supporta il servizio di notifiche push indicato nella richiesta.
sip-580 = Errore di precondizione
    .description = Il server non può soddisfare le precondizioni richieste per la sessione.

## 6xx: errore globale

sip-600 = Occupato ovunque
    .description = Il chiamato è occupato e nessun'altra destinazione, come la segreteria telefonica, può accettare la chiamata.
sip-603 = Chiamata rifiutata
    .description = Il chiamato ha rifiutato la chiamata e nessun'altra destinazione può accettarla.
sip-604 = Inesistente ovunque
    .description = L'utente chiamato non esiste da nessuna parte.
sip-606 = Non accettabile
    .description = Il chiamato è stato raggiunto, ma qualche aspetto della sessione offerta non è accettabile.
sip-607 = Chiamata indesiderata
    .description = Il chiamato ha segnalato la chiamata come indesiderata; è probabile che anche le prossime chiamate di questo chiamante vengano rifiutate.
sip-608 = Respinta
    .description = Un intermediario, e non il chiamato, ha respinto la chiamata.

## 7xx: non standard

sip-701 = Riaggancio remoto
    .description = L'altra parte ha riagganciato; codice interno di uno stack SIP, al di fuori dello standard.
