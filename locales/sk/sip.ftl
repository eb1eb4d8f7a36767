# sipstatus: texty odpovedí SIP, slovenčina.
# Stručne, ako na displeji stolového telefónu alebo pobočkovej ústredne.

## Triedy odpovedí

class-provisional = Predbežná odpoveď
    .short = Predb. odpoveď
class-success = Úspech
class-redirection = Presmerovanie
class-client-failure = Chyba klienta
class-server-failure = Chyba servera
class-global-failure = Globálna chyba

## 1xx: predbežné odpovede

sip-100 = Prebieha spájanie
    .short = Spájanie
    .description = Požiadavka bola prijatá a spracúva sa, napríklad kým proxy vyhľadáva volaného.
sip-180 = Zvonenie
    .description = Hovor dorazil na telefón volaného, ktorý zvoní.
sip-181 = Hovor sa presmerúva
    .short = Presmerúva sa
    .description = Hovor sa presmerúva na iné číslo alebo adresu.
sip-182 = V poradí
    .description = Volaný teraz nie je dostupný, preto bol hovor zaradený do poradia, kým dostupný nebude.
sip-183 = Zostavovanie hovoru
    .short = Zostavovanie
    .description = Hovor sa zostavuje a už sú k dispozícii prvé informácie, napríklad vyzváňací tón alebo hlásenie.
sip-199 = Skorý dialóg ukončený
    .short = Dialóg ukončený
    .description = Skorý dialóg vytvorený pre tento hovor bol ukončený skôr, ako bol hovor prijatý.

## 2xx: úspech

sip-200 = OK
    .description = Požiadavka bola úspešná.
sip-202 = Prijaté
    .description = Požiadavka bola prijatá na spracovanie, ale ešte nebola dokončená; od RFC 6665 zastarané.
sip-204 = Bez oznámenia
    .description = Odber bol úspešne obnovený, ale žiadne oznámenie k nemu nebude odoslané.

## 3xx: presmerovanie

sip-300 = Viac cieľov
    .description = Adresa vedie na niekoľko cieľov uvedených v odpovedi, z ktorých si volajúci môže vybrať.
sip-301 = Trvalo presunuté
    .description = Volaný už na tejto adrese nie je dostupný a natrvalo sa presunul na adresu uvedenú v odpovedi.
sip-302 = Dočasne presunuté
    .short = Dočasná adresa
    .description = Volaný je dočasne dostupný na adrese uvedenej v odpovedi.
sip-305 = Použite proxy
    .description = Volaného možno zastihnúť len cez proxy uvedenú v odpovedi.
sip-380 = Alternatívna služba
    .short = Alternat. služba
    .description = Hovor sa nepodaril, ale odpoveď opisuje alternatívne služby.

## 4xx: chyba klienta

sip-400 = Chybná požiadavka
    .short = Zlá požiadavka
    .description = Požiadavke nebolo možné porozumieť pre chybnú syntax.
sip-401 = Neautorizované
    .description = Požiadavka vyžaduje overenie používateľa u volaného alebo registrátora.
sip-402 = Vyžaduje sa platba
    .short = Nutná platba
    .description = Vyhradené na budúce použitie.
sip-403 = Zakázané
    .description = Server požiadavke porozumel, ale odmieta ju vykonať.
sip-404 = Nenájdené
    .description = Volaný účastník v doméne uvedenej v požiadavke neexistuje.
sip-405 = Metóda nie je povolená
    .short = Zakázaná metóda
    .description = Metóda požiadavky je známa, ale pre túto adresu nie je povolená.
sip-406 = Neprijateľný obsah
    .short = Neprij. obsah
    .description = Volaný môže odpovedať len obsahom vo formáte, ktorý podľa požiadavky odosielateľ neprijíma.
sip-407 = Nutné overenie na proxy
    .short = Overenie proxy
    .description = Požiadavka vyžaduje, aby sa volajúci najprv overil na proxy.
sip-408 = Vypršal časový limit
    .short = Časový limit
    .description = Server nemohol odpovedať včas, napríklad preto, že volaného sa nepodarilo nájsť.
sip-409 = Konflikt
    .description = Požiadavka je v rozpore s aktuálnym stavom, napríklad používateľ je už registrovaný; len v zastaranom RFC 2543.
sip-410 = Číslo zrušené
    .description = Účastník tu kedysi bol, ale už tu nie je dostupný a žiadna adresa na presmerovanie nie je známa.
sip-411 = Chýba Content-Length
    .short = Chýba dĺžka
    .description = Server odmieta požiadavku bez platnej hlavičky Content-Length; len v zastaranom RFC 2543.
sip-412 = Podmienka nesplnená
    .short = Podm. nesplnená
    .description = Podmienka požiadavky, napríklad značka entity pri publikácii, nebola splnená.
sip-413 = Príliš veľká požiadavka
    .short = Veľká požiadavka
    .description = Telo požiadavky je väčšie, ako je server ochotný spracovať.
sip-414 = Príliš dlhé URI
    .description = Request-URI je dlhšie, ako je server ochotný interpretovať.
sip-415 = Nepodporovaný formát
    .short = Nepodp. formát
    .description = Telo požiadavky má formát, ktorý server nepodporuje.
sip-416 = Neznáma schéma URI
    .short = Nezn. schéma URI
    .description = Server nepozná schému v Request-URI.
sip-417 = Neznáma priorita
    .description = Požiadavka žiada prioritu zdroja, ktorej server nerozumie.
sip-420 = Neznáme rozšírenie SIP
    .short = Nezn. rozšírenie
    .description = Požiadavka potrebuje rozšírenie protokolu SIP, ktoré server nepodporuje.
sip-421 = Nutné rozšírenie SIP
    .short = Nutné rozšírenie
    .description = Server potrebuje rozšírenie protokolu SIP, ktoré požiadavka neuviedla ako podporované.
sip-422 = Krátky interval relácie
    .short = Krátky interval
    .description = Interval obnovy relácie v požiadavke je kratší, ako server dovoľuje.
sip-423 = Príliš krátka platnosť
    .short = Krátka platnosť
    .description = Požadovaná doba platnosti, napríklad registrácie, je príliš krátka.
sip-424 = Chybné údaje o polohe
    .short = Chybná poloha
    .description = Údaje o polohe v požiadavke boli chybné alebo nedostatočné.
sip-425 = Chybná výstraha
    .description = Neinteraktívna tiesňová výstraha bola odmietnutá, pretože bola chybne zostavená.
sip-428 = Chýba hlavička Identity
    .short = Chýba Identity
    .description = Pravidlá servera vyžadujú hlavičku Identity a požiadavka ju neobsahovala.
sip-429 = Chýba token Referred-By
    .short = Bez Referred-By
    .description = V požiadavke chýbal platný token Referred-By.
sip-430 = Zlyhala cesta spojenia
    .short = Zlyhanie cesty
    .description = Určitá cesta spojenia ku koncovému zariadeniu zlyhala, hoci iné môžu stále fungovať.
sip-433 = Anonymné hovory zakázané
    .short = Zákaz anonymných
    .description = Hovor bol odmietnutý, pretože bol anonymný.
sip-436 = Chybné Identity-Info
    .short = Chybné ID-Info
    .description = Údaje o identite volajúceho (Identity-Info) nebolo možné použiť, napríklad preto, že sa nepodarilo stiahnuť certifikát.
sip-437 = Nepodporovaný certifikát
    .short = Nepodp. certif.
    .description = Server nemohol overiť certifikát domény, ktorá požiadavku podpísala.
sip-438 = Neplatné Identity
    .short = Neplatný podpis
    .description = Podpis v hlavičke Identity nebolo možné overiť.
sip-439 = Prvý uzol bez Outbound
    .short = Bez Outbound
    .description = Registrátor podporuje rozšírenie Outbound, ale prvá proxy na ceste nie.
sip-440 = Prekročené Max-Breadth
    .short = Limit vetvenia
    .description = Proxy nemohla požiadavku ďalej vetviť, pretože jej Max-Breadth bol vyčerpaný.
sip-469 = Chybný balík INFO
    .short = Chybné INFO
    .description = Požiadavka INFO použila informačný balík, s ktorým príjemca nesúhlasil.
sip-470 = Vyžaduje sa súhlas
    .short = Nutný súhlas
    .description = Odosielateľ nezískal na túto požiadavku súhlas príjemcu.
sip-480 = Dočasne nedostupný
    .short = Nedostupný
    .description = Volaný bol nájdený, ale teraz nie je dostupný, napríklad nie je prihlásený alebo má zapnuté Nerušiť.
sip-481 = Hovor neexistuje
    .description = Požiadavka nezodpovedá žiadnemu existujúcemu hovoru ani transakcii.
sip-482 = Zistená slučka
    .description = Server zistil slučku v smerovaní.
sip-483 = Príliš veľa skokov
    .short = Limit skokov
    .description = Požiadavka prešla viac skokmi, ako dovoľuje Max-Forwards.
sip-484 = Neúplné číslo
    .description = Volené číslo alebo adresa sú neúplné.
sip-485 = Nejednoznačná adresa
    .short = Nejasná adresa
    .description = Volená adresa je nejednoznačná a zodpovedá viac ako jednému účastníkovi.
sip-486 = Obsadené
    .description = Volaný bol nájdený, ale jeho linka je obsadená a ďalší hovor teraz prijať nemôže.
sip-487 = Hovor zrušený
    .description = Volajúci zrušil hovor skôr, ako ho volaný prijal.
sip-488 = Nekompatibilné kodeky
    .short = Nekompat. kodeky
    .description = Chýba spoločný kodek alebo typ média ponúkanej relácie toto zariadenie nepodporuje.
sip-489 = Neznáma udalosť
    .description = Server nerozumie balíku udalostí uvedenému v požiadavke.
sip-491 = Požiadavka čaká
    .description = V tom istom dialógu ešte čaká iná požiadavka.
sip-493 = Nedá sa dešifrovať
    .short = Nedešifrované
    .description = Požiadavka obsahuje šifrované telo, ktoré príjemca nedokáže dešifrovať.
sip-494 = Vyžaduje sa zabezpečenie
    .short = Nutné zabezpeč.
    .description = Server prijme požiadavku až po dohodnutí bezpečnostného mechanizmu.

## 5xx: chyba servera

sip-500 = Interná chyba servera
    .short = Interná chyba
    .description = Server narazil na neočakávaný stav, ktorý mu zabránil požiadavku vybaviť.
sip-501 = Neimplementované
    .description = Server nepodporuje funkciu potrebnú pre túto požiadavku, napríklad jej metódu.
sip-502 = Chybná brána
    .description = Brána alebo proxy dostala od ďalšieho servera neplatnú odpoveď.
sip-503 = Služba nedostupná
    .short = Služba nedost.
    .description = Server je dočasne preťažený alebo prebieha jeho údržba.
sip-504 = Server neodpovedal včas
    .short = Timeout servera
    .description = Server nedostal včas odpoveď od iného servera, ktorý potreboval.
sip-505 = Nepodporovaná verzia
    .short = Zlá verzia SIP
    .description = Server nepodporuje verziu SIP použitú v požiadavke.
sip-513 = Príliš veľká správa
    .short = Veľká správa
    .description = Správa požiadavky je väčšia, ako server dokáže spracovať.
sip-555 = Push nie je podporovaný
    .short = Bez služby push
    .description = Server nepodporuje službu push notifikácií uvedenú v požiadavke.
sip-580 = Predpoklady nesplnené
    .short = Predpokl. nespl.
    .description = Server nemôže splniť predpoklady požadované pre reláciu.

## 6xx: globálna chyba

sip-600 = Účastník obsadený
    .short = Účast. obsadený
    .description = Volaný účastník je obsadený a žiadny iný cieľ, napríklad hlasová schránka, nemôže hovor prijať.
sip-603 = Hovor odmietnutý
    .description = Volaný hovor odmietol a žiadny iný cieľ ho nemôže prijať.
sip-604 = Číslo neexistuje
    .description = Volané číslo alebo účastník neexistuje v žiadnej sieti.
sip-606 = Neprijateľná relácia
    .short = Neprij. relácia
    .description = Volaný bol nájdený, ale niektorá časť ponúkanej relácie nie je prijateľná.
sip-607 = Nevyžiadaný hovor
    .short = Nevyžiad. hovor
    .description = Volaný označil hovor ako nevyžiadaný; ďalšie hovory z tohto čísla budú pravdepodobne tiež odmietnuté.
sip-608 = Zablokované sieťou
    .short = Zablok. sieťou
    .description = Hovor nezablokoval volaný, ale sprostredkujúci prvok siete, napríklad antispamový filter operátora.

## 7xx: neštandardné

sip-701 = Protistrana zavesila
    .short = Zavesené
    .description = Protistrana zavesila; interný kód zásobníka SIP mimo štandardu SIP.
