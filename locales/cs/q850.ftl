# sipstatus: příčiny podle ITU-T Q.850 (ISDN/ISUP), čeština.
# Terminologie ISDN a ISUP; CUG: uzavřená uživatelská skupina.

## Třídy příčin

q850-class-normal-event = Normální událost
q850-class-resource-unavailable = Prostředky nedostupné
q850-class-service-not-available = Služba nebo volba nedostupná
q850-class-service-not-implemented = Služba nebo volba neimplementována
q850-class-invalid-message = Neplatná zpráva
q850-class-protocol-error = Chyba protokolu
q850-class-interworking = Spolupráce sítí

## Příčiny

q850-1 = Nepřidělené číslo
q850-2 = Není cesta do určené tranzitní sítě (národní)
q850-3 = Není cesta k cíli
q850-4 = Vyslání zvláštního informačního tónu
q850-5 = Chybně volená meziměstská předvolba (národní)
q850-6 = Nepřijatelný kanál
q850-7 = Hovor přidělen a doručován ve zřízeném kanálu
q850-8 = Přerušeno přednostním hovorem
q850-9 = Přerušeno, okruh rezervován k opětovnému použití
q850-14 = QoR: přenesené číslo
q850-16 = Normální ukončení hovoru
q850-17 = Účastník obsazen
q850-18 = Účastník nereaguje
q850-19 = Účastník neodpovídá (vyzváněno)
q850-20 = Účastník nepřítomen
q850-21 = Hovor odmítnut
q850-22 = Číslo změněno
q850-23 = Přesměrování na nový cíl
q850-24 = Hovor odmítnut službou u volaného
q850-25 = Chyba směrování v ústředně
q850-26 = Uvolnění nevybraného účastníka
q850-27 = Cíl mimo provoz
q850-28 = Neplatný formát čísla (neúplné číslo)
q850-29 = Doplňková služba odmítnuta
q850-30 = Odpověď na STATUS ENQUIRY
q850-31 = Normální, neurčeno
q850-34 = Žádný volný okruh/kanál
q850-38 = Síť mimo provoz
q850-39 = Trvalé spojení v rámcovém režimu mimo provoz
q850-40 = Trvalé spojení v rámcovém režimu v provozu
q850-41 = Dočasná porucha
q850-42 = Přetížení ústředny
q850-43 = Přístupové informace zahozeny
q850-44 = Požadovaný okruh/kanál nedostupný
q850-46 = Přednostní hovor blokován
q850-47 = Prostředky nedostupné, neurčeno
q850-49 = Kvalita služby nedostupná
q850-50 = Požadovaná služba nezřízena
q850-53 = Odchozí hovory v CUG zakázány
q850-55 = Příchozí hovory v CUG zakázány
q850-57 = Nosná služba nepovolena
q850-58 = Nosná služba nyní nedostupná
q850-62 = Nesoulad informací o odchozím přístupu a třídy účastníka
q850-63 = Služba nebo volba nedostupná, neurčeno
q850-65 = Nosná služba neimplementována
q850-66 = Typ kanálu neimplementován
q850-69 = Požadovaná doplňková služba neimplementována
q850-70 = K dispozici jen omezená digitální nosná služba (národní)
q850-79 = Služba nebo volba neimplementována, neurčeno
q850-81 = Neplatná hodnota reference hovoru
q850-82 = Určený kanál neexistuje
q850-83 = Existuje parkovaný hovor, ale ne s tímto ID
q850-84 = ID hovoru již použito
q850-85 = Žádný parkovaný hovor
q850-86 = Hovor s požadovaným ID byl ukončen
q850-87 = Účastník není členem CUG
q850-88 = Nekompatibilní cíl
q850-90 = Neexistující CUG
q850-91 = Neplatná volba tranzitní sítě (národní)
q850-95 = Neplatná zpráva, neurčeno
q850-96 = Chybí povinný informační prvek
q850-97 = Typ zprávy neexistuje nebo není implementován
q850-98 = Zpráva neodpovídá stavu hovoru nebo typ zprávy neexistuje či není implementován
q850-99 = Informační prvek nebo parametr neexistuje či není implementován
q850-100 = Neplatný obsah informačního prvku
q850-101 = Zpráva neodpovídá stavu hovoru
q850-102 = Obnova po vypršení časovače
q850-103 = Parametr neexistuje nebo není implementován, předán dál (národní)
q850-110 = Zpráva s nerozpoznaným parametrem zahozena
q850-111 = Chyba protokolu, neurčeno
q850-127 = Spolupráce sítí, neurčeno
