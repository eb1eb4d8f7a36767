# sipstatus: texty odpovědí SIP, čeština.
# Krátce, jako na displeji stolního telefonu nebo pobočkové ústředny.

## Třídy odpovědí

class-provisional = Průběžná odpověď
class-success = Úspěch
class-redirection = Přesměrování
class-client-failure = Chyba klienta
class-server-failure = Chyba serveru
class-global-failure = Globální chyba

## 1xx: průběžné odpovědi

sip-100 = Probíhá spojování
    .description = Požadavek byl přijat a zpracovává se, například zatímco proxy vyhledává volaného.
sip-180 = Vyzvání
    .description = Zařízení volaného přijalo hovor a vyzvání.
sip-181 = Hovor se přesměrovává
    .description = Hovor je přesměrováván na jiný cíl.
sip-182 = Ve frontě
    .description = Volaný teď není dostupný, proto byl hovor zařazen do fronty, dokud dostupný nebude.
sip-183 = Sestavování hovoru
    .description = Hovor se sestavuje a už jsou k dispozici první informace, například vyzváněcí tón nebo hlášení.
sip-199 = Raný dialog ukončen
    .description = Raný dialog vytvořený pro tento hovor byl ukončen dříve, než byl hovor přijat.

## 2xx: úspěch

sip-200 = OK
    .description = Požadavek byl úspěšný.
sip-202 = Přijato
    .description = Požadavek byl přijat ke zpracování, ale ještě nebyl dokončen; od RFC 6665 zastaralé.
sip-204 = Bez oznámení
    .description = Odběr byl úspěšně obnoven, ale žádné oznámení k němu nebude odesláno.

## 3xx: přesměrování

sip-300 = Více cílů
    .description = Adresa vede na několik cílů uvedených v odpovědi, ze kterých si volající může vybrat.
sip-301 = Trvale přesunuto
    .description = Volaný už na této adrese není dostupný a trvale se přesunul na adresu uvedenou v odpovědi.
sip-302 = Dočasně přesunuto
    .description = Volaný je dočasně dostupný na adrese uvedené v odpovědi.
sip-305 = Použijte proxy
    .description = Volaného lze zastihnout jen přes proxy uvedenou v odpovědi.
sip-380 = Alternativní služba
    .description = Hovor se nezdařil, ale odpověď popisuje alternativní služby.

## 4xx: chyba klienta

sip-400 = Chybný požadavek
    .description = Požadavku nebylo možné porozumět kvůli chybné syntaxi.
sip-401 = Neautorizováno
    .description = Požadavek vyžaduje ověření uživatele u volaného nebo registrátora.
sip-402 = Vyžadována platba
    .description = Vyhrazeno pro budoucí použití.
sip-403 = Zakázáno
    .description = Server požadavku porozuměl, ale odmítá ho vykonat.
sip-404 = Nenalezeno
    .description = Volaný uživatel v doméně uvedené v požadavku neexistuje.
sip-405 = Metoda není povolena
    .description = Metoda požadavku je známá, ale pro tuto adresu není povolena.
sip-406 = Nepřijatelné
    .description = Volaný může odpovědět jen obsahem, který podle požadavku odesílatel nepřijímá.
sip-407 = Nutné ověření u proxy
    .description = Požadavek vyžaduje, aby se volající nejprve ověřil u proxy.
sip-408 = Časový limit vypršel
    .description = Server nemohl odpovědět včas, například protože volaného nešlo najít.
sip-409 = Konflikt
    .description = Požadavek je v rozporu s aktuálním stavem, například uživatel už je registrován; jen v zastaralém RFC 2543.
sip-410 = Již neexistuje
    .description = Uživatel zde kdysi existoval, ale už zde není dostupný a žádná adresa pro přesměrování není známa.
sip-411 = Vyžadována délka
    .description = Server odmítá požadavek bez platné hlavičky Content-Length; jen v zastaralém RFC 2543.
sip-412 = Podmínka nesplněna
    .description = Podmínka požadavku, například značka entity u publikace, nebyla splněna.
sip-413 = Příliš velký požadavek
    .description = Tělo požadavku je větší, než je server ochoten zpracovat.
sip-414 = Příliš dlouhé Request-URI
    .description = Request-URI je delší, než je server ochoten interpretovat.
sip-415 = Nepodporovaný typ média
    .description = Tělo požadavku má formát, který server nepodporuje.
sip-416 = Neznámé schéma URI
    .description = Server nezná schéma v Request-URI.
sip-417 = Neznámá priorita zdroje
    .description = Požadavek žádá prioritu zdroje, které server nerozumí.
sip-420 = Neznámé rozšíření
    .description = Požadavek potřebuje rozšíření protokolu, které server nepodporuje.
sip-421 = Vyžadováno rozšíření
    .description = Server potřebuje rozšíření, které požadavek neuvedl jako podporované.
sip-422 = Příliš krátký interval relace
    .description = Interval obnovy relace v požadavku je kratší, než server dovoluje.
sip-423 = Příliš krátký interval
    .description = Požadovaná doba platnosti, například registrace, je příliš krátká.
sip-424 = Chybné údaje o poloze
    .description = Údaje o poloze v požadavku byly chybné nebo nedostatečné.
sip-425 = Chybná výstražná zpráva
    .description = Neinteraktivní tísňová výstraha byla odmítnuta, protože byla chybně sestavena.
sip-428 = Chybí hlavička Identity
    .description = Zásady serveru vyžadují hlavičku Identity a požadavek ji neobsahoval.
sip-429 = Chybí ID odkazujícího
    .description = V požadavku chyběl platný token Referred-By.
sip-430 = Selhala cesta spojení
    .description = Určitá cesta spojení ke koncovému zařízení selhala, i když jiné mohou stále fungovat.
sip-433 = Anonymita nepovolena
    .description = Požadavek byl odmítnut, protože byl anonymní.
sip-436 = Chybné údaje identity
    .description = Údaje o identitě v požadavku nebylo možné použít, například protože nešlo stáhnout certifikát.
sip-437 = Nepodporovaný certifikát
    .description = Server nemohl ověřit certifikát domény, která požadavek podepsala.
sip-438 = Neplatná hlavička Identity
    .description = Podpis v hlavičce Identity nebylo možné ověřit.
sip-439 = První uzel bez outbound
    .description = Registrátor podporuje rozšíření outbound, ale první proxy na cestě ne.
sip-440 = Překročeno Max-Breadth
    .description = Proxy nemohla požadavek dále větvit, protože jeho Max-Breadth byl vyčerpán.
sip-469 = Chybný balíček INFO
    .description = Požadavek INFO použil informační balíček, se kterým příjemce nesouhlasil.
sip-470 = Vyžadován souhlas
    .description = Odesílatel k tomuto požadavku nezískal souhlas příjemce.
sip-480 = Dočasně nedostupný
    .description = Volaný byl zastižen, ale teď není dostupný, například není přihlášen nebo má zapnuto Nerušit.
sip-481 = Hovor neexistuje
    .description = Požadavek neodpovídá žádnému existujícímu hovoru ani transakci.
sip-482 = Zjištěna smyčka
    .description = Server zjistil smyčku ve směrování.
sip-483 = Příliš mnoho skoků
    .description = Požadavek prošel více skoky, než dovoluje Max-Forwards.
sip-484 = Neúplné číslo
    .description = Volené číslo nebo adresa jsou neúplné.
sip-485 = Nejednoznačná adresa
    .description = Volená adresa je nejednoznačná a odpovídá více než jednomu uživateli.
sip-486 = Obsazeno
    .description = Volaný byl zastižen, ale právě nemůže přijmout další hovor.
sip-487 = Požadavek zrušen
    .description = Požadavek byl zrušen dříve, než na něj přišla odpověď.
sip-488 = Zde nepřijatelné
    .description = Některá část nabízené relace, například kodek nebo typ média, zde není přijatelná.
sip-489 = Neznámá událost
    .description = Server nerozumí balíčku událostí uvedenému v požadavku.
sip-491 = Požadavek čeká
    .description = Ve stejném dialogu ještě čeká jiný požadavek.
sip-493 = Nelze dešifrovat
    .description = Požadavek obsahuje šifrované tělo, které příjemce nedokáže dešifrovat.
sip-494 = Nutná dohoda o zabezpečení
    .description = Server přijme požadavek až po dohodnutí bezpečnostního mechanismu.

## 5xx: chyba serveru

sip-500 = Interní chyba serveru
    .description = Server narazil na neočekávaný stav, který mu zabránil požadavek vyřídit.
sip-501 = Neimplementováno
    .description = Server nepodporuje funkci potřebnou pro tento požadavek, například jeho metodu.
sip-502 = Chybná brána
    .description = Brána nebo proxy obdržela od dalšího serveru neplatnou odpověď.
sip-503 = Služba nedostupná
    .description = Server je dočasně přetížen nebo probíhá jeho údržba.
sip-504 = Server neodpověděl včas
    .description = Server nedostal včas odpověď od jiného serveru, který potřeboval.
sip-505 = Verze nepodporována
    .description = Server nepodporuje verzi SIP použitou v požadavku.
sip-513 = Příliš velká zpráva
    .description = Zpráva požadavku je větší, než server dokáže zpracovat.
sip-555 = Služba push nepodporována
    .description = Server nepodporuje službu push notifikací uvedenou v požadavku.
sip-580 = Předpoklady nesplněny
    .description = Server nemůže splnit předpoklady požadované pro relaci.

## 6xx: globální chyba

sip-600 = Všude obsazeno
    .description = Volaný je obsazen a žádný jiný cíl, například hlasová schránka, nemůže hovor přijmout.
sip-603 = Odmítnuto
    .description = Volaný hovor odmítl a žádný jiný cíl ho nemůže přijmout.
sip-604 = Nikde neexistuje
    .description = Volaný uživatel nikde neexistuje.
sip-606 = Nepřijatelné
    .description = Volaný byl zastižen, ale některá část nabízené relace není přijatelná.
sip-607 = Nevyžádaný hovor
    .description = Volaný označil hovor jako nevyžádaný; další hovory od tohoto volajícího budou pravděpodobně také odmítnuty.
sip-608 = Odmítnuto sítí
    .description = Hovor neodmítl volaný, ale zprostředkující prvek sítě.

## 7xx: nestandardní

sip-701 = Protistrana zavěsila
    .description = Protistrana zavěsila; interní kód zásobníku SIP mimo standard SIP.
