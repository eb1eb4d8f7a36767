# sipstatus: cauzele de eliberare ITU-T Q.850 (ISDN/ISUP), română.
# Termenii uzuali ai rețelelor ISDN; mențiunile „uz național” sunt omise.

## Clase de cauze

q850-class-normal-event = Eveniment normal
q850-class-resource-unavailable = Resursă indisponibilă
q850-class-service-not-available = Serviciu sau opțiune indisponibilă
q850-class-service-not-implemented = Serviciu sau opțiune neimplementată
q850-class-invalid-message = Mesaj invalid
q850-class-protocol-error = Eroare de protocol
q850-class-interworking = Interfuncționare

## Cauze

q850-1 = Număr nealocat (inexistent)
q850-2 = Nicio rută către rețeaua de tranzit specificată
q850-3 = Nicio rută către destinație
q850-4 = Trimitere ton de informare specială
q850-5 = Prefix interurban format greșit
q850-6 = Canal inacceptabil
q850-7 = Apel atribuit și livrat pe un canal deja stabilit
q850-8 = Preempțiune
q850-9 = Preempțiune, circuit rezervat pentru reutilizare
q850-14 = QoR: număr portat
q850-16 = Eliberare normală a apelului
q850-17 = Abonat ocupat
q850-18 = Abonatul nu răspunde
q850-19 = Niciun răspuns (abonat alertat)
q850-20 = Abonat absent
q850-21 = Apel respins
q850-22 = Număr schimbat
q850-23 = Redirecționare către o nouă destinație
q850-24 = Apel respins din cauza unei facilități la destinație
q850-25 = Eroare de rutare în centrală
q850-26 = Eliberarea abonatului neselectat
q850-27 = Destinație nefuncțională
q850-28 = Format de număr invalid (număr incomplet)
q850-29 = Facilitate respinsă
q850-30 = Răspuns la STATUS ENQUIRY
q850-31 = Normal, nespecificat
q850-34 = Niciun circuit/canal disponibil
q850-38 = Rețea nefuncțională
q850-39 = Conexiune permanentă în mod cadru scoasă din funcțiune
q850-40 = Conexiune permanentă în mod cadru funcțională
q850-41 = Defecțiune temporară
q850-42 = Congestie a echipamentului de comutație
q850-43 = Informații de acces eliminate
q850-44 = Circuitul/canalul cerut nu este disponibil
q850-46 = Apel cu precedență blocat
q850-47 = Resursă indisponibilă, nespecificată
q850-49 = Calitatea serviciului indisponibilă
q850-50 = Facilitate cerută neabonată
q850-53 = Apeluri de ieșire interzise în CUG
q850-55 = Apeluri de intrare interzise în CUG
q850-57 = Capacitate purtătoare neautorizată
q850-58 = Capacitate purtătoare momentan indisponibilă
q850-62 = Inconsecvență între accesul de ieșire desemnat și clasa abonatului
q850-63 = Serviciu sau opțiune indisponibilă, nespecificat
q850-65 = Capacitate purtătoare neimplementată
q850-66 = Tip de canal neimplementat
q850-69 = Facilitate cerută neimplementată
q850-70 = Disponibilă doar capacitatea purtătoare digitală restricționată
q850-79 = Serviciu sau opțiune neimplementată, nespecificat
q850-81 = Valoare invalidă a referinței de apel
q850-82 = Canalul identificat nu există
q850-83 = Există un apel suspendat, dar nu cu această identitate
q850-84 = Identitate de apel în uz
q850-85 = Niciun apel suspendat
q850-86 = Apelul cu identitatea cerută a fost eliberat
q850-87 = Abonatul nu este membru al CUG
q850-88 = Destinație incompatibilă
q850-90 = CUG inexistent
q850-91 = Selecție invalidă a rețelei de tranzit
q850-95 = Mesaj invalid, nespecificat
q850-96 = Lipsește un element de informație obligatoriu
q850-97 = Tip de mesaj inexistent sau neimplementat
q850-98 = Mesaj incompatibil cu starea apelului sau tip de mesaj inexistent sau neimplementat
q850-99 = Element de informație/parametru inexistent sau neimplementat
q850-100 = Conținut invalid al elementului de informație
q850-101 = Mesaj incompatibil cu starea apelului
q850-102 = Recuperare la expirarea temporizatorului
q850-103 = Parametru inexistent sau neimplementat, transmis mai departe
q850-110 = Mesaj cu parametru nerecunoscut, eliminat
q850-111 = Eroare de protocol, nespecificată
q850-127 = Interfuncționare, nespecificată
