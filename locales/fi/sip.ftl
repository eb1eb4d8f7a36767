# sipstatus: SIP-vastausten tekstit, suomi.
# Lyhyesti, kuten pöytäpuhelimen tai vaihteen näytöllä.

## Vastausluokat

class-provisional = Alustava vastaus
class-success = Onnistui
class-redirection = Uudelleenohjaus
class-client-failure = Asiakasvirhe
class-server-failure = Palvelinvirhe
class-global-failure = Globaali virhe

## 1xx: alustavat vastaukset

sip-100 = Yhdistetään
    .description = Pyyntö on vastaanotettu ja sitä käsitellään, esimerkiksi kun välityspalvelin etsii vastaanottajaa.
sip-180 = Hälyttää
    .description = Vastaanottajan laite on saanut puhelun ja hälyttää.
sip-181 = Puhelu siirretään
    .short = Siirretään
    .description = Puhelu siirretään toiseen kohteeseen.
sip-182 = Jonossa
    .description = Vastaanottaja ei ole juuri nyt tavoitettavissa, joten puhelu odottaa jonossa, kunnes hän vapautuu.
sip-183 = Yhteys muodostuu
    .description = Puhelua muodostetaan, ja varhaista tietoa, kuten hälytysääni tai tiedote, on jo saatavilla.
sip-199 = Varhainen dialogi loppui
    .short = Dialogi päättyi
    .description = Puhelun varhainen dialogi päättyi ennen kuin puheluun vastattiin.

## 2xx: onnistuneet

sip-200 = OK
    .description = Pyyntö onnistui.
sip-202 = Hyväksytty
    .description = Pyyntö hyväksyttiin käsiteltäväksi, mutta sitä ei ole vielä suoritettu; vanhentunut RFC 6665:n myötä.
sip-204 = Ei ilmoitusta
    .description = Tilaus uusittiin onnistuneesti, mutta siitä ei lähetetä ilmoitusta.

## 3xx: uudelleenohjaus

sip-300 = Useita kohteita
    .description = Osoite johtaa useaan vastauksessa lueteltuun kohteeseen, joista soittaja voi valita.
sip-301 = Siirretty pysyvästi
    .short = Pysyvä siirto
    .description = Vastaanottajaa ei enää tavoiteta tästä osoitteesta, vaan hän on siirtynyt pysyvästi vastauksessa annettuun osoitteeseen.
sip-302 = Siirretty tilapäisesti
    .short = Tilap. siirto
    .description = Vastaanottaja on tilapäisesti tavoitettavissa vastauksessa annetusta osoitteesta.
sip-305 = Käytä välityspalvelinta
    .short = Käytä proxya
    .description = Vastaanottaja tavoitetaan vain vastauksessa annetun välityspalvelimen kautta.
sip-380 = Vaihtoehtoinen palvelu
    .short = Muu palvelu
    .description = Puhelu epäonnistui, mutta vastauksessa kuvataan vaihtoehtoisia palveluja.

## 4xx: asiakasvirheet

sip-400 = Virheellinen pyyntö
    .short = Pyyntövirhe
    .description = Pyyntöä ei voitu tulkita, koska sen rakenne on virheellinen.
sip-401 = Todennus vaaditaan
    .short = Todennus puuttuu
    .description = Pyyntö edellyttää, että käyttäjä todentaa itsensä vastaanottajalle tai rekisteröintipalvelimelle.
sip-402 = Maksu vaaditaan
    .description = Varattu tulevaa käyttöä varten.
sip-403 = Kielletty
    .description = Palvelin ymmärsi pyynnön mutta kieltäytyy suorittamasta sitä.
sip-404 = Ei löytynyt
    .description = Soitettua käyttäjää ei ole pyynnössä annetussa verkkotunnuksessa.
sip-405 = Metodi ei sallittu
    .short = Kielletty metodi
    .description = Pyynnön metodi tunnetaan, mutta sitä ei sallita tälle osoitteelle.
sip-406 = Sisältö ei kelpaa
    .short = Sisältö ei käy
    .description = Vastaanottaja voisi vastata vain sisällöllä, jota pyynnön mukaan ei hyväksytä.
sip-407 = Proxy-todennus vaaditaan
    .short = Proxy-todennus
    .description = Soittajan on ensin todennettava itsensä välityspalvelimelle.
sip-408 = Aikakatkaisu
    .description = Palvelin ei voinut vastata ajoissa, esimerkiksi koska vastaanottajaa ei löydetty.
sip-409 = Ristiriita
    .description = Pyyntö on ristiriidassa nykyisen tilan kanssa, esimerkiksi jo rekisteröidyn käyttäjän vuoksi; vain vanhentuneessa RFC 2543:ssa.
sip-410 = Ei enää käytössä
    .description = Käyttäjä oli aiemmin tavoitettavissa täällä, mutta ei enää, eikä uutta osoitetta tiedetä.
sip-411 = Pituus vaaditaan
    .description = Palvelin ei hyväksy pyyntöä ilman kelvollista Content-Length-otsaketta; vain vanhentuneessa RFC 2543:ssa.
sip-412 = Ehto ei täyttynyt
    .short = Ehtovirhe
    .description = Jokin pyynnön ennakkoehto, kuten julkaisun entity tag, ei täyttynyt.
sip-413 = Liian suuri pyyntö
    .short = Liian iso pyyntö
    .description = Pyynnön runko on suurempi kuin palvelin suostuu käsittelemään.
sip-414 = Request-URI liian pitkä
    .short = URI liian pitkä
    .description = Pyynnön URI on pidempi kuin palvelin suostuu tulkitsemaan.
sip-415 = Mediatyyppiä ei tueta
    .short = Mediatyyppivirhe
    .description = Pyynnön runko on muodossa, jota palvelin ei tue.
sip-416 = URI-skeemaa ei tueta
    .short = URI-skeemavirhe
    .description = Palvelin ei tunne pyynnön URI:n skeemaa.
sip-417 = Tuntematon prioriteetti
    .short = Tuntematon prio
    .description = Pyyntö vaati resurssiprioriteettia, jota palvelin ei ymmärrä.
sip-420 = Tuntematon SIP-laajennus
    .short = Laajennusvirhe
    .description = Pyyntö edellyttää protokollalaajennusta, jota palvelin ei tue.
sip-421 = SIP-laajennus vaaditaan
    .short = Ei laajennusta
    .description = Palvelin tarvitsee protokollalaajennuksen, jota pyynnössä ei ilmoitettu tuetuksi.
sip-422 = Istuntoväli liian lyhyt
    .short = Lyhyt ajastin
    .description = Pyynnön istunnon päivitysväli on lyhyempi kuin palvelin sallii.
sip-423 = Voimassaolo liian lyhyt
    .short = Liian lyhyt aika
    .description = Pyydetty voimassaoloaika, esimerkiksi rekisteröinnin, on liian lyhyt.
sip-424 = Virheellinen sijainti
    .short = Sijaintivirhe
    .description = Pyynnön sijaintitieto oli virheellinen tai riittämätön.
sip-425 = Virheellinen hälytys
    .short = Hälytysvirhe
    .description = Ei-interaktiivinen hätähälytys hylättiin, koska se oli virheellinen.
sip-428 = Identity vaaditaan
    .short = Identity puuttuu
    .description = Palvelimen käytäntö edellyttää Identity-otsaketta, eikä pyynnössä ollut sitä.
sip-429 = Siirtäjän ID puuttuu
    .short = Ei siirtäjän ID
    .description = Pyynnöstä puuttui kelvollinen Referred-By-tunniste.
sip-430 = Yhteys epäonnistui
    .short = Yhteysvirhe
    .description = Yksi yhteyspolku (flow) käyttäjäagenttiin epäonnistui, vaikka muut voivat yhä toimia.
sip-433 = Anonyymi puhelu estetty
    .short = Anonyymi estetty
    .description = Pyyntö hylättiin, koska se oli anonyymi.
sip-436 = Virheellinen ID-tieto
    .short = ID-tietovirhe
    .description = Pyynnön soittajan identiteettitietoa (Identity-Info) ei voitu käyttää, esimerkiksi koska varmennetta ei saatu haettua.
sip-437 = Varmennetta ei tueta
    .short = Varmennevirhe
    .description = Palvelin ei voinut vahvistaa pyynnön allekirjoittaneen verkkotunnuksen varmennetta.
sip-438 = Virheellinen Identity
    .short = Identity-virhe
    .description = Identity-otsakkeen allekirjoitusta ei voitu vahvistaa.
sip-439 = Ei outbound-tukea
    .short = Ei outboundia
    .description = Rekisteröintipalvelin tukee outbound-mekanismia, mutta reitin ensimmäinen välityspalvelin ei.
sip-440 = Max-Breadth ylitetty
    .short = Max-Breadth yli
    .description = Välityspalvelin ei voinut haarauttaa pyyntöä enempää, koska sen Max-Breadth oli käytetty loppuun.
sip-469 = Tuntematon INFO-paketti
    .short = INFO-virhe
    .description = INFO-pyyntö käytti info-pakettia, josta vastaanottaja ei ole sopinut.
sip-470 = Suostumus vaaditaan
    .short = Ei suostumusta
    .description = Lähettäjä ei ole saanut vastaanottajan suostumusta tähän pyyntöön.
sip-480 = Ei tavoitettavissa
    .short = Ei tavoiteta
    .description = Vastaanottaja ei ole tällä hetkellä tavoitettavissa, esimerkiksi koska hän ei ole kirjautunut tai Älä häiritse -tila on päällä.
sip-481 = Puhelua ei ole
    .description = Pyyntö ei vastaa mitään olemassa olevaa puhelua tai transaktiota.
sip-482 = Reitityssilmukka
    .description = Palvelin havaitsi reitityssilmukan.
sip-483 = Liian monta hyppyä
    .short = Liikaa hyppyjä
    .description = Pyyntö kulki useamman hypyn kautta kuin Max-Forwards sallii.
sip-484 = Puutteellinen numero
    .short = Numero vajaa
    .description = Valittu numero tai osoite on puutteellinen.
sip-485 = Moniselitteinen
    .description = Valittu osoite on moniselitteinen ja vastaa useampaa käyttäjää.
sip-486 = Varattu
    .description = Vastaanottaja tavoitettiin, mutta hänen laitteensa on varattu eikä voi juuri nyt ottaa vastaan uutta puhelua.
sip-487 = Puhelu peruttu
    .description = Soittaja perui puhelun ennen kuin siihen vastattiin.
sip-488 = Media ei kelpaa
    .description = Tarjotun istunnon media, kuten koodekki tai mediatyyppi, ei kelpaa tässä.
sip-489 = Tuntematon tapahtuma
    .short = Tapahtumavirhe
    .description = Palvelin ei tunne pyynnössä nimettyä tapahtumapakettia.
sip-491 = Pyyntö odottaa
    .description = Samassa dialogissa on vielä toinen pyyntö kesken.
sip-493 = Salausta ei voi purkaa
    .short = Salausvirhe
    .description = Pyyntö sisältää salatun rungon, jonka salausta vastaanottaja ei voi purkaa.
sip-494 = Turvasopimus vaaditaan
    .short = Turvasopimus
    .description = Palvelin hyväksyy pyynnön vasta, kun turvamekanismista on neuvoteltu.

## 5xx: palvelinvirheet

sip-500 = Sisäinen palvelinvirhe
    .short = Sisäinen virhe
    .description = Palvelin kohtasi odottamattoman tilan, joka esti pyynnön suorittamisen.
sip-501 = Ei toteutettu
    .description = Palvelin ei tue pyynnön vaatimaa toimintoa, kuten sen metodia.
sip-502 = Yhdyskäytävävirhe
    .short = Yhdyskäyt. virhe
    .description = Yhdyskäytävä tai välityspalvelin sai seuraavalta palvelimelta virheellisen vastauksen.
sip-503 = Palvelu ei käytettävissä
    .short = Palvelu ei toimi
    .description = Palvelin on tilapäisesti ylikuormittunut tai huoltokatkolla.
sip-504 = Palvelimen aikakatkaisu
    .short = Palvelinviive
    .description = Palvelin ei saanut ajoissa vastausta toiselta tarvitsemaltaan palvelimelta.
sip-505 = Versiota ei tueta
    .short = SIP-versiovirhe
    .description = Palvelin ei tue pyynnön SIP-versiota.
sip-513 = Viesti liian suuri
    .short = Liian iso viesti
    .description = Pyyntöviesti on suurempi kuin palvelin pystyy käsittelemään.
sip-555 = Push-palvelua ei tueta
    .short = Ei push-palvelua
    .description = Palvelin ei tue pyynnössä nimettyä push-ilmoituspalvelua.
sip-580 = Ennakkoehto ei täyty
    .short = Ennakkoehtovirhe
    .description = Palvelin ei pysty täyttämään istunnolle vaadittuja ennakkoehtoja.

## 6xx: globaalit virheet

sip-600 = Tilaaja varattu
    .description = Vastaanottaja on varattu, eikä mikään muu kohde, kuten vastaaja, voi ottaa puhelua vastaan.
sip-603 = Puhelu hylätty
    .description = Vastaanottaja hylkäsi puhelun, eikä mikään muu kohde voi ottaa sitä vastaan.
sip-604 = Numero ei ole käytössä
    .short = Ei käytössä
    .description = Soitettu numero tai käyttäjä ei ole käytössä missään.
sip-606 = Istunto ei kelpaa
    .short = Istunto ei käy
    .description = Vastaanottaja tavoitettiin, mutta jokin tarjotun istunnon ominaisuus ei kelpaa.
sip-607 = Ei-toivottu puhelu
    .short = Ei-toivottu
    .description = Vastaanottaja merkitsi puhelun ei-toivotuksi; tämän soittajan muutkin puhelut todennäköisesti hylätään.
sip-608 = Verkko esti puhelun
    .short = Verkko esti
    .description = Puhelun esti välittävä osapuoli, kuten operaattorin puhelusuodatus, eikä vastaanottaja.

## 7xx: ei standardia

sip-701 = Vastapuoli sulki puhelun
    .short = Vastapuoli sulki
    .description = Vastapuoli sulki puhelun; SIP-pinon sisäinen koodi SIP-standardin ulkopuolelta.
