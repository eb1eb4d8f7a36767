# sipstatus: príčiny podľa ITU-T Q.850 (ISDN/ISUP), slovenčina.
# Terminológia ISDN a ISUP; CUG: uzavretá skupina používateľov.

## Triedy príčin

q850-class-normal-event = Normálna udalosť
q850-class-resource-unavailable = Prostriedky nedostupné
q850-class-service-not-available = Služba alebo voľba nedostupná
q850-class-service-not-implemented = Služba alebo voľba neimplementovaná
q850-class-invalid-message = Neplatná správa
q850-class-protocol-error = Chyba protokolu
q850-class-interworking = Spolupráca sietí

## Príčiny

q850-1 = Nepridelené číslo
q850-2 = Žiadna cesta do určenej tranzitnej siete (národné)
q850-3 = Žiadna cesta k cieľu
q850-4 = Vyslanie špeciálneho informačného tónu
q850-5 = Chybne volená medzimestská predvoľba (národné)
q850-6 = Neprijateľný kanál
q850-7 = Hovor pridelený a doručovaný v zostavenom kanáli
q850-8 = Prerušené prednostným hovorom
q850-9 = Prerušené, okruh rezervovaný na opätovné použitie
q850-14 = QoR: prenesené číslo
q850-16 = Normálne ukončenie hovoru
q850-17 = Účastník obsadený
q850-18 = Účastník nereaguje
q850-19 = Účastník neodpovedá (vyzváňalo sa)
q850-20 = Účastník neprítomný
q850-21 = Hovor odmietnutý
q850-22 = Číslo zmenené
q850-23 = Presmerovanie na nový cieľ
q850-24 = Hovor odmietnutý službou u volaného
q850-25 = Chyba smerovania v ústredni
q850-26 = Uvoľnenie nevybraného účastníka
q850-27 = Cieľ mimo prevádzky
q850-28 = Neplatný formát čísla (neúplné číslo)
q850-29 = Doplnková služba odmietnutá
q850-30 = Odpoveď na STATUS ENQUIRY
q850-31 = Normálna udalosť, neurčená
q850-34 = Žiadny voľný okruh/kanál
q850-38 = Sieť mimo prevádzky
q850-39 = Trvalé spojenie v rámcovom režime mimo prevádzky
q850-40 = Trvalé spojenie v rámcovom režime v prevádzke
q850-41 = Dočasná porucha
q850-42 = Preťaženie ústredne
q850-43 = Prístupové informácie zahodené
q850-44 = Požadovaný okruh/kanál nedostupný
q850-46 = Prednostný hovor zablokovaný
q850-47 = Prostriedky nedostupné, neurčené
q850-49 = Kvalita služby nedostupná
q850-50 = Požadovaná služba nezriadená
q850-53 = Odchádzajúce hovory v CUG zakázané
q850-55 = Prichádzajúce hovory v CUG zakázané
q850-57 = Nosná služba nepovolená
q850-58 = Nosná služba teraz nedostupná
q850-62 = Nesúlad informácií o odchádzajúcom prístupe a triedy účastníka
q850-63 = Služba alebo voľba nedostupná, neurčená
q850-65 = Nosná služba neimplementovaná
q850-66 = Typ kanála neimplementovaný
q850-69 = Požadovaná doplnková služba neimplementovaná
q850-70 = K dispozícii len obmedzená digitálna nosná služba (národné)
q850-79 = Služba alebo voľba neimplementovaná, neurčená
q850-81 = Neplatná hodnota referencie hovoru
q850-82 = Určený kanál neexistuje
q850-83 = Existuje parkovaný hovor, ale nie s týmto ID
q850-84 = ID hovoru sa už používa
q850-85 = Žiadny parkovaný hovor
q850-86 = Hovor s požadovaným ID bol ukončený
q850-87 = Účastník nie je členom CUG
q850-88 = Nekompatibilný cieľ
q850-90 = Neexistujúca CUG
q850-91 = Neplatná voľba tranzitnej siete (národné)
q850-95 = Neplatná správa, neurčená
q850-96 = Chýba povinný informačný prvok
q850-97 = Typ správy neexistuje alebo nie je implementovaný
q850-98 = Správa nezodpovedá stavu hovoru alebo typ správy neexistuje či nie je implementovaný
q850-99 = Informačný prvok alebo parameter neexistuje či nie je implementovaný
q850-100 = Neplatný obsah informačného prvku
q850-101 = Správa nezodpovedá stavu hovoru
q850-102 = Obnova po uplynutí časovača
q850-103 = Parameter neexistuje alebo nie je implementovaný, odovzdaný ďalej (národné)
q850-110 = Správa s nerozpoznaným parametrom zahodená
q850-111 = Chyba protokolu, neurčená
q850-127 = Spolupráca sietí, neurčená
