# sipstatus: Q.850-purkusyyt (ITU-T, ISDN/ISUP), suomi.
# Nimitykset suomalaisen ISDN- ja vaihdekäytännön mukaan; "kansallinen
# käyttö" -huomautukset jätetty pois. CUG kirjoitetaan auki: suljettu käyttäjäryhmä.

## Syyluokat

q850-class-normal-event = Normaali tapahtuma
q850-class-resource-unavailable = Resurssi ei käytettävissä
q850-class-service-not-available = Palvelu tai valinta ei käytettävissä
q850-class-service-not-implemented = Palvelua tai valintaa ei ole toteutettu
q850-class-invalid-message = Virheellinen sanoma
q850-class-protocol-error = Protokollavirhe
q850-class-interworking = Verkkojen yhteistoiminta

## Syyt

q850-1 = Numero ei ole käytössä
q850-2 = Ei reittiä määritettyyn kauttakulkuverkkoon
q850-3 = Ei reittiä kohteeseen
q850-4 = Erikoistiedotusäänen lähetys
q850-5 = Väärin valittu kaukotunnus
q850-6 = Kanava ei kelpaa
q850-7 = Puhelu välitetään olemassa olevalla kanavalla
q850-8 = Etuoikeutettu keskeytys
q850-9 = Etuoikeutettu keskeytys, piiri varattu uudelleenkäyttöön
q850-14 = QoR: siirretty numero
q850-16 = Normaali puhelun purku
q850-17 = Tilaaja varattu
q850-18 = Tilaajalaite ei vastaa
q850-19 = Ei vastausta (tilaajaa hälytetty)
q850-20 = Tilaaja ei tavoitettavissa
q850-21 = Puhelu hylätty
q850-22 = Numero muuttunut
q850-23 = Uudelleenohjaus uuteen kohteeseen
q850-24 = Puhelu hylätty kohteen palvelun vuoksi
q850-25 = Keskuksen reititysvirhe
q850-26 = Valitsemattoman käyttäjän purku
q850-27 = Kohde epäkunnossa
q850-28 = Virheellinen numeromuoto (puutteellinen numero)
q850-29 = Palvelupyyntö hylätty
q850-30 = Vastaus STATUS ENQUIRY -sanomaan
q850-31 = Normaali, määrittelemätön
q850-34 = Ei vapaata piiriä/kanavaa
q850-38 = Verkko epäkunnossa
q850-39 = Pysyvä kehysmuotoinen yhteys epäkunnossa
q850-40 = Pysyvä kehysmuotoinen yhteys toiminnassa
q850-41 = Tilapäinen vika
q850-42 = Keskuslaitteiden ruuhka
q850-43 = Liittymätiedot hävitetty
q850-44 = Pyydetty piiri/kanava ei käytettävissä
q850-46 = Etuoikeutettu puhelu estetty
q850-47 = Resurssi ei käytettävissä, määrittelemätön
q850-49 = Pyydetty palvelun laatu ei käytettävissä
q850-50 = Pyydettyä palvelua ei ole tilattu
q850-53 = Lähtevät puhelut estetty suljetun käyttäjäryhmän sisällä
q850-55 = Tulevat puhelut estetty suljetun käyttäjäryhmän sisällä
q850-57 = Siirtokyky ei sallittu
q850-58 = Siirtokyky ei tällä hetkellä käytettävissä
q850-62 = Ristiriita lähtevän liittymän tietojen ja tilaajaluokan välillä
q850-63 = Palvelu tai valinta ei käytettävissä, määrittelemätön
q850-65 = Siirtokykyä ei ole toteutettu
q850-66 = Kanavatyyppiä ei ole toteutettu
q850-69 = Pyydettyä palvelua ei ole toteutettu
q850-70 = Vain rajoitettu digitaalinen siirtokyky käytettävissä
q850-79 = Palvelua tai valintaa ei ole toteutettu, määrittelemätön
q850-81 = Virheellinen puhelun viitearvo
q850-82 = Osoitettua kanavaa ei ole
q850-83 = Keskeytetty puhelu on olemassa, mutta ei tällä puhelun tunnuksella
q850-84 = Puhelun tunnus käytössä
q850-85 = Ei keskeytettyä puhelua
q850-86 = Pyydetyn tunnuksen puhelu on purettu
q850-87 = Käyttäjä ei kuulu suljettuun käyttäjäryhmään
q850-88 = Yhteensopimaton kohde
q850-90 = Suljettua käyttäjäryhmää ei ole olemassa
q850-91 = Virheellinen kauttakulkuverkon valinta
q850-95 = Virheellinen sanoma, määrittelemätön
q850-96 = Pakollinen tietoelementti puuttuu
q850-97 = Sanomatyyppiä ei ole tai sitä ei ole toteutettu
q850-98 = Sanoma ei sovi puhelun tilaan, tai sanomatyyppiä ei ole tai sitä ei ole toteutettu
q850-99 = Tietoelementtiä/parametria ei ole tai sitä ei ole toteutettu
q850-100 = Virheellinen tietoelementin sisältö
q850-101 = Sanoma ei sovi puhelun tilaan
q850-102 = Toipuminen ajastimen lauettua
q850-103 = Parametria ei ole tai sitä ei ole toteutettu, välitetty eteenpäin
q850-110 = Sanoma, jossa tuntematon parametri, hävitetty
q850-111 = Protokollavirhe, määrittelemätön
q850-127 = Verkkojen yhteistoiminta, määrittelemätön
