# sipstatus: testi delle risposte SIP, italiano.
# Brevi, come sul display di un telefono da scrivania o di un centralino:
# al massimo 24 colonne, più una forma .short di 16 colonne per i display 2x16.

## Classi di risposta

class-provisional = Risposta provvisoria
    .short = Provvisoria
class-success = Successo
class-redirection = Reindirizzamento
class-client-failure = Errore della richiesta
    .short = Errore richiesta
class-server-failure = Errore del server
    .short = Errore server
class-global-failure = Errore globale

## 1xx: provvisorie

sip-100 = Elaborazione in corso
    .short = Elaborazione
    .description = La richiesta è stata ricevuta ed è in elaborazione, ad esempio mentre un proxy cerca il chiamato.
sip-180 = Sta squillando
    .description = Il dispositivo del chiamato ha ricevuto la chiamata e sta squillando.
sip-181 = Inoltro in corso
    .description = La chiamata viene inoltrata a un'altra destinazione.
sip-182 = In coda
    .description = Il chiamato non è disponibile al momento e la chiamata è stata messa in coda finché non lo sarà.
sip-183 = Connessione in corso
    .short = In connessione
    .description = La chiamata è in fase di instaurazione e sono già disponibili informazioni preliminari, come il tono di libero o un annuncio.
sip-199 = Dialogo iniziale chiuso
    .short = Dialogo chiuso
    .description = Un dialogo iniziale creato per questa chiamata è stato chiuso prima che la chiamata ricevesse risposta.

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
    .short = Spostato def.
    .description = Il chiamato non è più raggiungibile a questo indirizzo e si è trasferito in modo permanente all'indirizzo indicato nella risposta.
sip-302 = Spostato temporaneamente
    .short = Spostato temp.
    .description = Il chiamato è temporaneamente raggiungibile all'indirizzo indicato nella risposta.
sip-305 = Usare il proxy
    .description = Il chiamato deve essere raggiunto tramite il proxy indicato nella risposta.
sip-380 = Servizio alternativo
    .short = Altro servizio
    .description = La chiamata non è riuscita, ma la risposta descrive servizi alternativi.

## 4xx: errore della richiesta

sip-400 = Richiesta non valida
    .short = Richiesta errata
    .description = La richiesta non è stata compresa perché la sintassi è errata.
sip-401 = Autenticazione richiesta
    .short = Autenticazione
    .description = Per la richiesta è necessaria l'autenticazione dell'utente presso il chiamato o il registrar.
sip-402 = Pagamento richiesto
    .short = Pagamento
    .description = Riservato per usi futuri.
sip-403 = Vietato
    .description = Il server ha compreso la richiesta ma si rifiuta di eseguirla.
sip-404 = Non trovato
    .description = L'utente chiamato non è stato trovato nel dominio indicato nella richiesta.
sip-405 = Metodo non consentito
    .short = Metodo vietato
    .description = Il metodo della richiesta è noto ma non è consentito per questo indirizzo.
sip-406 = Contenuto non accettato
    .short = Contenuto negato
    .description = Il chiamato può rispondere solo con contenuti che la richiesta dichiara di non accettare.
sip-407 = Autenticazione proxy
    .short = Autentic. proxy
    .description = Il chiamante deve prima autenticarsi presso il proxy.
sip-408 = Tempo scaduto
    .description = Il server non ha potuto rispondere in tempo, ad esempio perché non è riuscito a localizzare il chiamato.
sip-409 = Conflitto
    .description = La richiesta è in conflitto con lo stato attuale, ad esempio un utente già registrato; esiste solo nella RFC 2543, obsoleta.
sip-410 = Non esiste più
    .description = L'utente esisteva ma non è più raggiungibile qui, e non è noto alcun indirizzo di inoltro.
sip-411 = Lunghezza richiesta
    .short = Manca lunghezza
    .description = Il server rifiuta la richiesta senza un Content-Length valido; esiste solo nella RFC 2543, obsoleta.
sip-412 = Condizione fallita
    .short = Cond. fallita
    .description = Una precondizione della richiesta, come l'entity tag di una pubblicazione, non è stata soddisfatta.
sip-413 = Richiesta troppo grande
    .short = Troppo grande
    .description = Il corpo della richiesta è più grande di quanto il server sia disposto a elaborare.
sip-414 = Request-URI troppo lungo
    .short = URI troppo lungo
    .description = L'URI della richiesta è più lungo di quanto il server sia disposto a interpretare.
sip-415 = Formato non supportato
    .short = Formato ignoto
    .description = Il corpo della richiesta è in un formato che il server non supporta.
sip-416 = Schema URI sconosciuto
    .short = Schema ignoto
    .description = Il server non conosce lo schema dell'URI della richiesta.
sip-417 = Priorità sconosciuta
    .short = Priorità ignota
    .description = La richiesta indica una priorità di risorsa che il server non comprende.
sip-420 = Estensione SIP ignota
    .short = Est. SIP ignota
    .description = La richiesta necessita di un'estensione del protocollo SIP che il server non supporta.
sip-421 = Estensione SIP richiesta
    .short = Manca est. SIP
    .description = Il server necessita di un'estensione del protocollo SIP che la richiesta non ha indicato come supportata.
sip-422 = Intervallo troppo breve
    .short = Intervallo breve
    .description = L'intervallo di aggiornamento della sessione (Session-Expires) indicato nella richiesta è più breve di quanto consentito dal server.
sip-423 = Scadenza troppo breve
    .short = Scadenza breve
    .description = Il tempo di scadenza richiesto, ad esempio quello di una registrazione, è troppo breve.
sip-424 = Posizione non valida
    .short = Posizione errata
    .description = Le informazioni sulla posizione contenute nella richiesta erano malformate o insufficienti.
sip-425 = Allerta non valida
    .short = Allerta errata
    .description = Un'allerta di emergenza non interattiva è stata rifiutata perché malformata.
sip-428 = Header Identity mancante
    .short = Manca Identity
    .description = La politica del server richiede un header Identity, assente nella richiesta.
sip-429 = Referente sconosciuto
    .short = Referente ignoto
    .description = Nella richiesta manca un token Referred-By valido.
sip-430 = Errore di flusso
    .description = Un determinato flusso di connessione verso lo user agent non è riuscito, anche se altri potrebbero ancora funzionare.
sip-433 = Anonimato non consentito
    .short = Anonimo vietato
    .description = La richiesta è stata rifiutata perché anonima.
sip-436 = Dati identità non validi
    .short = Identità errata
    .description = Le informazioni di identità del chiamante (Identity-Info) non sono utilizzabili, ad esempio perché non è stato possibile recuperarne il certificato.
sip-437 = Certificato non valido
    .short = Certif. errato
    .description = Il server non ha potuto convalidare il certificato del dominio che ha firmato la richiesta.
sip-438 = Header Identity errato
    .short = Identity errato
    .description = Non è stato possibile verificare la firma nell'header Identity.
sip-439 = Primo hop senza Outbound
    .short = Manca Outbound
    .description = Il registrar supporta l'estensione Outbound, ma il primo proxy del percorso no.
sip-440 = Max-Breadth superato
    .short = Max-Breadth
    .description = Un proxy non ha potuto diramare ulteriormente la richiesta perché il suo Max-Breadth era esaurito.
sip-469 = Pacchetto INFO errato
    .short = INFO errato
    .description = La richiesta INFO usa un pacchetto info che il destinatario non ha accettato.
sip-470 = Consenso necessario
    .short = Manca consenso
    .description = Il mittente non ha ottenuto il consenso del destinatario per questa richiesta.
sip-480 = Non disponibile
    .description = Il chiamato è stato raggiunto ma al momento non è disponibile, ad esempio perché non è connesso o ha attivato il Non disturbare.
sip-481 = Chiamata inesistente
    .short = Chiamata ignota
    .description = La richiesta non corrisponde ad alcuna chiamata o transazione esistente.
sip-482 = Loop rilevato
    .description = Il server ha rilevato un loop di instradamento.
sip-483 = Troppi hop
    .description = La richiesta ha attraversato più hop di quanti ne consenta Max-Forwards.
sip-484 = Numero incompleto
    .short = Num. incompleto
    .description = Il numero o l'indirizzo composto è incompleto.
sip-485 = Indirizzo ambiguo
    .short = Indir. ambiguo
    .description = L'indirizzo composto è ambiguo e corrisponde a più utenti.
sip-486 = Occupato
    .description = Il chiamato è stato raggiunto, ma il suo telefono è occupato e al momento non può accettare un'altra chiamata.
sip-487 = Chiamata annullata
    .short = Annullata
    .description = Il chiamante ha annullato la chiamata prima che ricevesse risposta.
sip-488 = Media incompatibili
    .short = Media incompat.
    .description = Una parte della sessione offerta, come il codec o il tipo di media, è incompatibile con il dispositivo chiamato.
sip-489 = Evento sconosciuto
    .short = Evento ignoto
    .description = Il server non comprende il pacchetto di eventi indicato nella richiesta.
sip-491 = Richiesta in sospeso
    .short = In sospeso
    .description = Un'altra richiesta è ancora in sospeso nello stesso dialogo.
sip-493 = Indecifrabile
    .description = La richiesta contiene un corpo cifrato che il destinatario non riesce a decifrare.
sip-494 = Manca accordo sicurezza
    .short = Accordo sicur.
    .description = Il server richiede la negoziazione di un meccanismo di sicurezza prima di accettare la richiesta.

## 5xx: errore del server

sip-500 = Errore interno server
    .short = Errore interno
    .description = Il server ha riscontrato una condizione imprevista che gli ha impedito di eseguire la richiesta.
sip-501 = Non implementato
    .description = Il server non supporta la funzione necessaria per questa richiesta, ad esempio il suo metodo.
sip-502 = Errore del gateway
    .short = Errore gateway
    .description = Un gateway o un proxy ha ricevuto una risposta non valida dal server successivo.
sip-503 = Servizio non disponibile
    .short = Serv. non disp.
    .description = Il server è temporaneamente sovraccarico o in manutenzione.
sip-504 = Tempo scaduto sul server
    .short = Timeout server
    .description = Il server non ha ricevuto in tempo la risposta di un altro server di cui aveva bisogno.
sip-505 = Versione non supportata
    .short = Versione errata
    .description = Il server non supporta la versione SIP della richiesta.
sip-513 = Messaggio troppo grande
    .short = Msg troppo lungo
    .description = Il messaggio della richiesta è più grande di quanto il server possa elaborare.
sip-555 = Push non supportato
    .short = Push non gestito
    .description = Il server non supporta il servizio di notifiche push indicato nella richiesta.
sip-580 = Errore di precondizione
    .short = Precond. fallita
    .description = Il server non può soddisfare le precondizioni richieste per la sessione.

## 6xx: errore globale

sip-600 = Utente occupato
    .description = L'utente chiamato è occupato e nessun'altra destinazione, come la segreteria telefonica, può accettare la chiamata.
sip-603 = Chiamata rifiutata
    .short = Rifiutata
    .description = Il chiamato ha rifiutato la chiamata e nessun'altra destinazione può accettarla.
sip-604 = Numero inesistente
    .short = Inesistente
    .description = Il numero o l'utente chiamato non esiste da nessuna parte.
sip-606 = Sessione non accettata
    .short = Sessione negata
    .description = Il chiamato è stato raggiunto, ma qualche aspetto della sessione offerta non è accettato da nessuna parte.
sip-607 = Chiamata indesiderata
    .short = Indesiderata
    .description = Il chiamato ha segnalato questo chiamante come indesiderato; è probabile che anche le sue prossime chiamate vengano rifiutate.
sip-608 = Bloccata dalla rete
    .short = Bloccata (rete)
    .description = Un intermediario (la rete o l'operatore, ad esempio un filtro anti-spam), e non il chiamato, ha bloccato la chiamata.

## 7xx: non standard

sip-701 = Riaggancio remoto
    .short = Riagganciato
    .description = L'altra parte ha riagganciato; codice interno di uno stack SIP, al di fuori dello standard.
