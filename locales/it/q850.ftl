# sipstatus: cause ITU-T Q.850 (ISDN/ISUP), italiano.
# Termini consueti della telefonia ISDN; le indicazioni "uso nazionale" sono omesse.

## Classi di cause

q850-class-normal-event = Evento normale
q850-class-resource-unavailable = Risorsa non disponibile
q850-class-service-not-available = Servizio o opzione non disponibile
q850-class-service-not-implemented = Servizio o opzione non implementato
q850-class-invalid-message = Messaggio non valido
q850-class-protocol-error = Errore di protocollo
q850-class-interworking = Interlavoro

## Cause

q850-1 = Numero inesistente (non assegnato)
q850-2 = Nessun instradamento verso la rete di transito specificata
q850-3 = Nessun instradamento verso la destinazione
q850-4 = Invio tono di informazione speciale
q850-5 = Prefisso interurbano errato
q850-6 = Canale non accettabile
q850-7 = Chiamata assegnata e consegnata su un canale già stabilito
q850-8 = Prelazione
q850-9 = Prelazione, circuito riservato per il riutilizzo
q850-14 = QoR: numero portato
q850-16 = Rilascio normale della chiamata
q850-17 = Utente occupato
q850-18 = L'utente non risponde
q850-19 = Nessuna risposta (utente avvisato)
q850-20 = Abbonato assente
q850-21 = Chiamata rifiutata
q850-22 = Numero cambiato
q850-23 = Reindirizzamento a nuova destinazione
q850-24 = Chiamata rifiutata per una prestazione alla destinazione
q850-25 = Errore di instradamento della centrale
q850-26 = Rilascio di utente non selezionato
q850-27 = Destinazione fuori servizio
q850-28 = Formato del numero non valido (numero incompleto)
q850-29 = Prestazione rifiutata
q850-30 = Risposta a STATUS ENQUIRY
q850-31 = Normale, non specificato
q850-34 = Nessun circuito/canale disponibile
q850-38 = Rete fuori servizio
q850-39 = Connessione permanente in modo trama fuori servizio
q850-40 = Connessione permanente in modo trama operativa
q850-41 = Guasto temporaneo
q850-42 = Congestione della centrale
q850-43 = Informazioni di accesso scartate
q850-44 = Circuito/canale richiesto non disponibile
q850-46 = Chiamata prioritaria bloccata
q850-47 = Risorsa non disponibile, non specificata
q850-49 = Qualità del servizio non disponibile
q850-50 = Prestazione richiesta non sottoscritta
q850-53 = Chiamate uscenti interdette nel GCU
q850-55 = Chiamate entranti interdette nel GCU
q850-57 = Capacità portante non autorizzata
q850-58 = Capacità portante al momento non disponibile
q850-62 = Incoerenza tra accesso uscente indicato e classe dell'abbonato
q850-63 = Servizio o opzione non disponibile, non specificato
q850-65 = Capacità portante non implementata
q850-66 = Tipo di canale non implementato
q850-69 = Prestazione richiesta non implementata
q850-70 = Disponibile solo capacità portante digitale limitata
q850-79 = Servizio o opzione non implementato, non specificato
q850-81 = Valore di riferimento di chiamata non valido
q850-82 = Il canale identificato non esiste
q850-83 = Esiste una chiamata sospesa, ma non con questa identità
q850-84 = Identità di chiamata in uso
q850-85 = Nessuna chiamata sospesa
q850-86 = La chiamata con l'identità richiesta è stata rilasciata
q850-87 = Utente non membro del GCU
q850-88 = Destinazione incompatibile
q850-90 = GCU inesistente
q850-91 = Selezione della rete di transito non valida
q850-95 = Messaggio non valido, non specificato
q850-96 = Elemento informativo obbligatorio mancante
q850-97 = Tipo di messaggio inesistente o non implementato
q850-98 = Messaggio incompatibile con lo stato della chiamata, o tipo di messaggio inesistente o non implementato
q850-99 = Elemento informativo/parametro inesistente o non implementato
q850-100 = Contenuto dell'elemento informativo non valido
q850-101 = Messaggio incompatibile con lo stato della chiamata
q850-102 = Ripristino alla scadenza del temporizzatore
q850-103 = Parametro inesistente o non implementato, inoltrato
q850-110 = Messaggio con parametro non riconosciuto, scartato
q850-111 = Errore di protocollo, non specificato
q850-127 = Interlavoro, non specificato
