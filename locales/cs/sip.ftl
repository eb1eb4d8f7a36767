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
    .short = Spojování
    .description = Požadavek byl přijat a zpracovává se, například zatímco proxy vyhledává volaného.
sip-180 = Vyzvání
    .description = Hovor dorazil na telefon volaného, který vyzvání.
sip-181 = Hovor se přesměrovává
    .short = Přesměrovává se
    .description = Hovor je přesměrováván na jiné číslo nebo adresu.
sip-182 = Ve frontě
    .description = Volaný teď není dostupný, proto byl hovor zařazen do fronty, dokud dostupný nebude.
sip-183 = Sestavování hovoru
    .short = Sestavování
    .description = Hovor se sestavuje a už jsou k dispozici první informace, například vyzváněcí tón nebo hlášení.
sip-199 = Raný dialog ukončen
    .short = Dialog ukončen
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
    .short = Dočasná adresa
    .description = Volaný je dočasně dostupný na adrese uvedené v odpovědi.
sip-305 = Použijte proxy
    .description = Volaného lze zastihnout jen přes proxy uvedenou v odpovědi.
sip-380 = Alternativní služba
    .short = Alternat. služba
    .description = Hovor se nezdařil, ale odpověď popisuje alternativní služby.

## 4xx: chyba klienta

sip-400 = Chybný požadavek
    .description = Požadavku nebylo možné porozumět kvůli chybné syntaxi.
sip-401 = Neautorizováno
    .description = Požadavek vyžaduje ověření uživatele u volaného nebo registrátora.
sip-402 = Vyžadována platba
    .short = Nutná platba
    .description = Vyhrazeno pro budoucí použití.
sip-403 = Zakázáno
    .description = Server požadavku porozuměl, ale odmítá ho vykonat.
sip-404 = Nenalezeno
    .description = Volaný účastník v doméně uvedené v požadavku neexistuje.
sip-405 = Metoda není povolena
    .short = Zakázaná metoda
    .description = Metoda požadavku je známá, ale pro tuto adresu není povolena.
sip-406 = Nepřijatelný obsah
    .short = Nepřij. obsah
    .description = Volaný může odpovědět jen obsahem ve formátu, který podle požadavku odesílatel nepřijímá.
sip-407 = Nutné ověření u proxy
    .short = Ověření u proxy
    .description = Požadavek vyžaduje, aby se volající nejprve ověřil u proxy.
sip-408 = Vypršel časový limit
    .short = Časový limit
    .description = Server nemohl odpovědět včas, například protože volaného nešlo najít.
sip-409 = Konflikt
    .description = Požadavek je v rozporu s aktuálním stavem, například uživatel už je registrován; jen v zastaralém RFC 2543.
sip-410 = Číslo zrušeno
    .description = Účastník zde kdysi byl, ale už zde není dostupný a žádná adresa pro přesměrování není známa.
sip-411 = Chybí Content-Length
    .short = Chybí délka
    .description = Server odmítá požadavek bez platné hlavičky Content-Length; jen v zastaralém RFC 2543.
sip-412 = Podmínka nesplněna
    .short = Podm. nesplněna
    .description = Podmínka požadavku, například značka entity u publikace, nebyla splněna.
sip-413 = Příliš velký požadavek
    .short = Velký požadavek
    .description = Tělo požadavku je větší, než je server ochoten zpracovat.
sip-414 = Příliš dlouhé URI
    .short = Dlouhé URI
    .description = Request-URI je delší, než je server ochoten interpretovat.
sip-415 = Nepodporovaný formát
    .short = Nepodp. formát
    .description = Tělo požadavku má formát, který server nepodporuje.
sip-416 = Neznámé schéma URI
    .short = Nezn. schéma URI
    .description = Server nezná schéma v Request-URI.
sip-417 = Neznámá priorita
    .description = Požadavek žádá prioritu zdroje, které server nerozumí.
sip-420 = Neznámé rozšíření SIP
    .short = Nezn. rozšíření
    .description = Požadavek potřebuje rozšíření protokolu SIP, které server nepodporuje.
sip-421 = Vyžadováno rozšíření SIP
    .short = Nutné rozšíření
    .description = Server potřebuje rozšíření protokolu SIP, které požadavek neuvedl jako podporované.
sip-422 = Krátký interval relace
    .short = Krátký interval
    .description = Interval obnovy relace v požadavku je kratší, než server dovoluje.
sip-423 = Příliš krátká platnost
    .short = Krátká platnost
    .description = Požadovaná doba platnosti, například registrace, je příliš krátká.
sip-424 = Chybné údaje o poloze
    .short = Chybná poloha
    .description = Údaje o poloze v požadavku byly chybné nebo nedostatečné.
sip-425 = Chybná výstraha
    .description = Neinteraktivní tísňová výstraha byla odmítnuta, protože byla chybně sestavena.
sip-428 = Chybí hlavička Identity
    .short = Chybí Identity
    .description = Zásady serveru vyžadují hlavičku Identity a požadavek ji neobsahoval.
sip-429 = Chybí token Referred-By
    .short = Bez Referred-By
    .description = V požadavku chyběl platný token Referred-By.
sip-430 = Selhala cesta spojení
    .short = Selhání cesty
    .description = Určitá cesta spojení ke koncovému zařízení selhala, i když jiné mohou stále fungovat.
sip-433 = Anonymní hovory zakázány
    .short = Zákaz anonymních
    .description = Hovor byl odmítnut, protože byl anonymní.
sip-436 = Chybné Identity-Info
    .short = Chybné ID-Info
    .description = Údaje o identitě volajícího (Identity-Info) nebylo možné použít, například protože nešlo stáhnout certifikát.
sip-437 = Nepodporovaný certifikát
    .short = Nepodp. certif.
    .description = Server nemohl ověřit certifikát domény, která požadavek podepsala.
sip-438 = Neplatné Identity
    .short = Neplatný podpis
    .description = Podpis v hlavičce Identity nebylo možné ověřit.
sip-439 = První uzel bez Outbound
    .short = Bez Outbound
    .description = Registrátor podporuje rozšíření Outbound, ale první proxy na cestě ne.
sip-440 = Překročeno Max-Breadth
    .short = Limit větvení
    .description = Proxy nemohla požadavek dále větvit, protože jeho Max-Breadth byl vyčerpán.
sip-469 = Chybný balíček INFO
    .short = Chybné INFO
    .description = Požadavek INFO použil informační balíček, se kterým příjemce nesouhlasil.
sip-470 = Vyžadován souhlas
    .short = Nutný souhlas
    .description = Odesílatel k tomuto požadavku nezískal souhlas příjemce.
sip-480 = Dočasně nedostupný
    .short = Nedostupný
    .description = Volaný byl nalezen, ale teď není dostupný, například není přihlášen nebo má zapnuto Nerušit.
sip-481 = Hovor neexistuje
    .description = Požadavek neodpovídá žádnému existujícímu hovoru ani transakci.
sip-482 = Zjištěna smyčka
    .description = Server zjistil smyčku ve směrování.
sip-483 = Příliš mnoho skoků
    .short = Limit skoků
    .description = Požadavek prošel více skoky, než dovoluje Max-Forwards.
sip-484 = Neúplné číslo
    .description = Volené číslo nebo adresa jsou neúplné.
sip-485 = Nejednoznačná adresa
    .short = Nejasná adresa
    .description = Volená adresa je nejednoznačná a odpovídá více než jednomu účastníkovi.
sip-486 = Obsazeno
    .description = Volaný byl nalezen, ale jeho linka je obsazená a další hovor teď přijmout nemůže.
sip-487 = Hovor zrušen
    .description = Volající zrušil hovor dříve, než ho volaný přijal.
sip-488 = Nekompatibilní kodeky
    .short = Nekompat. kodeky
    .description = Chybí společný kodek nebo typ média nabízené relace toto zařízení nepodporuje.
sip-489 = Neznámá událost
    .description = Server nerozumí balíčku událostí uvedenému v požadavku.
sip-491 = Požadavek čeká
    .description = Ve stejném dialogu ještě čeká jiný požadavek.
sip-493 = Nelze dešifrovat
    .description = Požadavek obsahuje šifrované tělo, které příjemce nedokáže dešifrovat.
sip-494 = Vyžadováno zabezpečení
    .short = Nutné zabezpeč.
    .description = Server přijme požadavek až po dohodnutí bezpečnostního mechanismu.

## 5xx: chyba serveru

sip-500 = Interní chyba serveru
    .short = Interní chyba
    .description = Server narazil na neočekávaný stav, který mu zabránil požadavek vyřídit.
sip-501 = Neimplementováno
    .description = Server nepodporuje funkci potřebnou pro tento požadavek, například jeho metodu.
sip-502 = Chybná brána
    .description = Brána nebo proxy obdržela od dalšího serveru neplatnou odpověď.
sip-503 = Služba nedostupná
    .short = Služba nedost.
    .description = Server je dočasně přetížen nebo probíhá jeho údržba.
sip-504 = Server neodpověděl včas
    .short = Timeout serveru
    .description = Server nedostal včas odpověď od jiného serveru, který potřeboval.
sip-505 = Nepodporovaná verze
    .short = Chybná verze SIP
    .description = Server nepodporuje verzi SIP použitou v požadavku.
sip-513 = Příliš velká zpráva
    .short = Velká zpráva
    .description = Zpráva požadavku je větší, než server dokáže zpracovat.
sip-555 = Push není podporován
    .short = Bez služby push
    .description = Server nepodporuje službu push notifikací uvedenou v požadavku.
sip-580 = Předpoklady nesplněny
    .short = Předpokl. nespl.
    .description = Server nemůže splnit předpoklady požadované pro relaci.

## 6xx: globální chyba

sip-600 = Účastník obsazen
    .description = Volaný účastník je obsazen a žádný jiný cíl, například hlasová schránka, nemůže hovor přijmout.
sip-603 = Hovor odmítnut
    .description = Volaný hovor odmítl a žádný jiný cíl ho nemůže přijmout.
sip-604 = Číslo neexistuje
    .description = Volané číslo nebo účastník neexistuje v žádné síti.
sip-606 = Nepřijatelná relace
    .short = Nepřij. relace
    .description = Volaný byl nalezen, ale některá část nabízené relace není přijatelná.
sip-607 = Nevyžádaný hovor
    .description = Volaný označil hovor jako nevyžádaný; další hovory z tohoto čísla budou pravděpodobně také odmítnuty.
sip-608 = Zablokováno sítí
    .description = Hovor nezablokoval volaný, ale zprostředkující prvek sítě, například antispamový filtr operátora.

## 7xx: nestandardní

sip-701 = Protistrana zavěsila
    .short = Zavěšeno
    .description = Protistrana zavěsila; interní kód zásobníku SIP mimo standard SIP.
