# sipstatus: textele răspunsurilor SIP, română.
# Scurte, ca pe afișajul unui telefon de birou sau al unei centrale telefonice (PBX):
# cel mult 24 de coloane, plus o formă .short de 16 coloane pentru afișajele 2x16.

## Clase de răspuns

class-provisional = Răspuns provizoriu
    .short = Provizoriu
class-success = Succes
class-redirection = Redirecționare
class-client-failure = Eroare de cerere
class-server-failure = Eroare de server
class-global-failure = Eroare globală

## 1xx: provizorii

sip-100 = Se procesează
    .description = Cererea a fost primită și este în curs de procesare, de exemplu în timp ce un proxy caută apelatul.
sip-180 = Sună
    .description = Telefonul apelatului a primit apelul și sună.
sip-181 = Apel redirecționat
    .short = Redirecționat
    .description = Apelul este redirecționat către o altă destinație.
sip-182 = În coada de așteptare
    .short = În coadă
    .description = Apelatul nu este disponibil momentan, iar apelul a fost pus în coada de așteptare până când va fi.
sip-183 = Se stabilește apelul
    .short = Se stabilește
    .description = Apelul este în curs de stabilire și sunt deja disponibile informații preliminare, cum ar fi tonul de apel sau un anunț.
sip-199 = Dialog timpuriu încheiat
    .short = Dialog încheiat
    .description = Un dialog timpuriu creat pentru acest apel s-a încheiat înainte ca apelul să fie preluat.

## 2xx: succes

sip-200 = OK
    .description = Cererea a reușit.
sip-202 = Acceptat
    .description = Cererea a fost acceptată pentru procesare, dar nu a fost încă finalizată; învechit începând cu RFC 6665.
sip-204 = Nicio notificare
    .description = Abonarea a fost reînnoită cu succes, dar nu se va trimite nicio notificare pentru ea.

## 3xx: redirecționare

sip-300 = Opțiuni multiple
    .description = Adresa corespunde mai multor destinații, enumerate în răspuns, dintre care apelantul poate alege.
sip-301 = Mutat permanent
    .description = Apelatul nu mai poate fi contactat la această adresă și s-a mutat definitiv la adresa indicată în răspuns.
sip-302 = Mutat temporar
    .description = Apelatul poate fi contactat temporar la adresa indicată în răspuns.
sip-305 = Utilizați proxy
    .description = Apelatul trebuie contactat prin proxy-ul indicat în răspuns.
sip-380 = Serviciu alternativ
    .short = Alt serviciu
    .description = Apelul a eșuat, dar răspunsul descrie servicii alternative.

## 4xx: eroare de cerere

sip-400 = Cerere invalidă
    .description = Cererea nu a putut fi înțeleasă din cauza unei sintaxe greșite.
sip-401 = Autentificare necesară
    .short = Autentificare
    .description = Cererea necesită autentificarea utilizatorului la apelat sau la serverul de înregistrare.
sip-402 = Plată necesară
    .description = Rezervat pentru utilizare viitoare.
sip-403 = Interzis
    .description = Serverul a înțeles cererea, dar refuză să o execute.
sip-404 = Nu a fost găsit
    .description = Utilizatorul apelat nu a fost găsit în domeniul indicat în cerere.
sip-405 = Metodă nepermisă
    .description = Metoda cererii este cunoscută, dar nu este permisă pentru această adresă.
sip-406 = Conținut neacceptat
    .short = Conținut refuzat
    .description = Apelatul poate răspunde doar cu un conținut pe care cererea declară că nu îl acceptă.
sip-407 = Autentificare proxy
    .short = Autentif. proxy
    .description = Cererea necesită ca apelantul să se autentifice mai întâi la proxy.
sip-408 = Timp expirat
    .description = Serverul nu a putut răspunde la timp, de exemplu pentru că apelatul nu a putut fi localizat.
sip-409 = Conflict
    .description = Cererea intră în conflict cu starea curentă, de exemplu un utilizator deja înregistrat; există doar în RFC 2543, învechit.
sip-410 = Nu mai există
    .description = Utilizatorul a existat, dar nu mai poate fi contactat aici și nu se cunoaște nicio adresă de redirecționare.
sip-411 = Lungime necesară
    .description = Serverul refuză cererea fără un Content-Length valid; există doar în RFC 2543, învechit.
sip-412 = Condiție neîndeplinită
    .short = Condiție eșuată
    .description = O precondiție a cererii, cum ar fi eticheta de entitate a unei publicări, nu a fost îndeplinită.
sip-413 = Cerere prea mare
    .description = Corpul cererii este mai mare decât acceptă serverul să proceseze.
sip-414 = Request-URI prea lung
    .short = URI prea lung
    .description = URI-ul cererii este mai lung decât acceptă serverul să interpreteze.
sip-415 = Format nesuportat
    .short = Format invalid
    .description = Corpul cererii are un format pe care serverul nu îl suportă.
sip-416 = Schemă URI nesuportată
    .short = Schemă invalidă
    .description = Serverul nu cunoaște schema URI-ului din cerere.
sip-417 = Prioritate necunoscută
    .short = Prior. invalidă
    .description = Cererea a solicitat o prioritate de resursă pe care serverul nu o înțelege.
sip-420 = Opțiune SIP nesuportată
    .short = Opțiune invalidă
    .description = Cererea necesită o opțiune a protocolului SIP pe care serverul nu o suportă.
sip-421 = Opțiune SIP necesară
    .short = Cere opțiune SIP
    .description = Serverul necesită o opțiune a protocolului SIP pe care cererea nu a declarat-o ca suportată.
sip-422 = Interval prea scurt
    .short = Interval scurt
    .description = Intervalul de reîmprospătare a sesiunii (Session-Expires) din cerere este mai scurt decât permite serverul.
sip-423 = Expirare prea scurtă
    .short = Expirare scurtă
    .description = Durata de expirare cerută, de exemplu a unei înregistrări, este prea scurtă.
sip-424 = Localizare invalidă
    .short = Locație invalidă
    .description = Informațiile de localizare din cerere erau incorect formate sau insuficiente.
sip-425 = Alertă invalidă
    .description = O alertă de urgență neinteractivă a fost refuzată pentru că era incorect formată.
sip-428 = Antet Identity necesar
    .short = Lipsă Identity
    .description = Politica serverului cere un antet Identity, iar cererea nu avea unul.
sip-429 = Referred-By lipsă
    .short = Fără Referred-By
    .description = Cererii îi lipsea un token Referred-By valid.
sip-430 = Flux eșuat
    .description = Un anumit flux de conexiune către agentul utilizator a eșuat, deși altele pot funcționa în continuare.
sip-433 = Anonimat nepermis
    .short = Anonim interzis
    .description = Cererea a fost refuzată pentru că era anonimă.
sip-436 = Info identitate invalidă
    .short = Info ID invalidă
    .description = Informațiile de identitate ale apelantului (Identity-Info) nu au putut fi folosite, de exemplu pentru că certificatul lor nu a putut fi obținut.
sip-437 = Certificat nesuportat
    .short = Certif. invalid
    .description = Serverul nu a putut valida certificatul domeniului care a semnat cererea.
sip-438 = Antet Identity invalid
    .short = Identity invalid
    .description = Semnătura din antetul Identity nu a putut fi verificată.
sip-439 = Primul hop fără Outbound
    .short = Fără Outbound
    .description = Serverul de înregistrare suportă mecanismul Outbound, dar primul proxy de pe traseu nu.
sip-440 = Max-Breadth depășit
    .short = Max-Breadth
    .description = Un proxy nu a mai putut ramifica cererea, deoarece limita Max-Breadth a fost epuizată.
sip-469 = Pachet INFO invalid
    .short = INFO invalid
    .description = Cererea INFO a folosit un pachet de informații pe care destinatarul nu l-a acceptat.
sip-470 = Consimțământ necesar
    .short = Necesită acord
    .description = Expeditorul nu a obținut consimțământul destinatarului pentru această cerere.
sip-480 = Indisponibil
    .description = Apelatul a fost găsit, dar momentan este indisponibil, de exemplu nu este conectat sau are activat modul Nu deranjați.
sip-481 = Apel inexistent
    .description = Cererea nu corespunde niciunui apel și niciunei tranzacții existente.
sip-482 = Buclă detectată
    .description = Serverul a detectat o buclă de rutare.
sip-483 = Prea multe hop-uri
    .short = Hop-uri depășite
    .description = Cererea a trecut prin mai multe hop-uri decât permite Max-Forwards.
sip-484 = Număr incomplet
    .description = Numărul sau adresa formată este incompletă.
sip-485 = Adresă ambiguă
    .description = Adresa formată este ambiguă și corespunde mai multor utilizatori.
sip-486 = Ocupat
    .description = Apelatul a fost găsit, dar linia este ocupată și momentan nu poate prelua alt apel.
sip-487 = Apel anulat
    .description = Apelantul a anulat apelul înainte ca acesta să fie preluat.
sip-488 = Media incompatibilă
    .short = Media incompat.
    .description = O parte a sesiunii oferite, cum ar fi codecul sau tipul de media, este incompatibilă cu telefonul apelat.
sip-489 = Eveniment invalid
    .short = Ev. invalid
    .description = Serverul nu înțelege pachetul de evenimente indicat în cerere.
sip-491 = Cerere în așteptare
    .short = În așteptare
    .description = O altă cerere este încă în așteptare în același dialog.
sip-493 = Indescifrabil
    .description = Cererea conține un corp criptat pe care destinatarul nu îl poate decripta.
sip-494 = Fără acord de securitate
    .short = Acord securitate
    .description = Serverul cere negocierea unui mecanism de securitate înainte de a accepta cererea.

## 5xx: eroare de server

sip-500 = Eroare internă server
    .short = Eroare internă
    .description = Serverul a întâlnit o situație neprevăzută care l-a împiedicat să execute cererea.
sip-501 = Neimplementat
    .description = Serverul nu suportă funcția necesară pentru această cerere, de exemplu metoda ei.
sip-502 = Eroare de gateway
    .short = Eroare gateway
    .description = Un gateway sau un proxy a primit un răspuns invalid de la serverul următor.
sip-503 = Serviciu indisponibil
    .short = Serviciu indisp.
    .description = Serverul este temporar supraîncărcat sau în mentenanță.
sip-504 = Server: timp expirat
    .short = Timeout server
    .description = Serverul nu a primit la timp răspunsul unui alt server de care avea nevoie.
sip-505 = Versiune nesuportată
    .short = Versiune greșită
    .description = Serverul nu suportă versiunea SIP a cererii.
sip-513 = Mesaj prea mare
    .description = Mesajul cererii este mai mare decât poate procesa serverul.
sip-555 = Serviciu push nesuportat
    .short = Push nesuportat
    .description = Serverul nu suportă serviciul de notificări push indicat în cerere.
sip-580 = Precondiție eșuată
    .short = Precond. eșuată
    .description = Serverul nu poate îndeplini precondițiile necesare pentru sesiune.

## 6xx: eroare globală

sip-600 = Abonat ocupat
    .description = Abonatul apelat este ocupat și nicio altă destinație, cum ar fi mesageria vocală, nu poate prelua apelul.
sip-603 = Apel respins
    .description = Apelatul a respins apelul și nicio altă destinație nu îl poate prelua.
sip-604 = Număr inexistent
    .description = Numărul sau utilizatorul apelat nu există nicăieri.
sip-606 = Sesiune neacceptată
    .short = Sesiune refuzată
    .description = Apelatul a fost găsit, dar un aspect al sesiunii oferite nu este acceptat nicăieri.
sip-607 = Apel nedorit
    .description = Apelatul l-a marcat pe acest apelant ca nedorit; este probabil ca și următoarele sale apeluri să fie respinse.
sip-608 = Blocat de rețea
    .description = Un intermediar (rețeaua sau operatorul, de exemplu un filtru antispam), nu apelatul, a blocat apelul.

## 7xx: nestandard

sip-701 = Interlocutorul a închis
    .short = A închis
    .description = Interlocutorul a închis; cod intern al unei stive SIP, în afara standardului.
