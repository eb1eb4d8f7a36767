# sipstatus: przyczyny rozłączenia wg ITU-T Q.850 (ISDN/ISUP), polski.
# Krótko, jak na wyświetlaczu telefonu biurowego lub centrali abonenckiej.

## Klasy przyczyn

q850-class-normal-event = Zdarzenie normalne
q850-class-resource-unavailable = Zasoby niedostępne
q850-class-service-not-available = Usługa/opcja niedostępna
q850-class-service-not-implemented = Usługa/opcja niezaimplementowana
q850-class-invalid-message = Nieprawidłowy komunikat
q850-class-protocol-error = Błąd protokołu
q850-class-interworking = Współpraca sieci

## Przyczyny

q850-1 = Nieprzydzielony numer
q850-2 = Brak trasy do sieci tranzytowej
q850-3 = Brak trasy do celu
q850-4 = Specjalny sygnał informacyjny
q850-5 = Błędny prefiks międzystrefowy
q850-6 = Niedopuszczalny kanał
q850-7 = Połączenie w istniejącym kanale
q850-8 = Wywłaszczenie
q850-9 = Wywłaszczenie z rezerwacją łącza
q850-14 = QoR: numer przeniesiony
q850-16 = Normalne rozłączenie
q850-17 = Abonent zajęty
q850-18 = Abonent nie odpowiada
q850-19 = Abonent nie zgłasza się
q850-20 = Abonent nieobecny
q850-21 = Połączenie odrzucone
q850-22 = Numer zmieniony
q850-23 = Przekierowanie do nowego celu
q850-24 = Odrzucone przez usługę celu
q850-25 = Błąd kierowania w centrali
q850-26 = Odebrano na innym aparacie
q850-27 = Miejsce docelowe niesprawne
q850-28 = Błędny format numeru
q850-29 = Usługa odrzucona
q850-30 = Odpowiedź na STATUS ENQUIRY
q850-31 = Normalne, nieokreślone
q850-34 = Brak wolnego łącza/kanału
q850-38 = Sieć niesprawna
q850-39 = Stałe łącze ramkowe niesprawne
q850-40 = Stałe łącze ramkowe sprawne
q850-41 = Chwilowa awaria
q850-42 = Przeciążenie centrali
q850-43 = Odrzucono informacje dostępu
q850-44 = Żądany kanał niedostępny
q850-46 = Blokada połączenia z priorytetem
q850-47 = Nieokreślony brak zasobów
q850-49 = Jakość usługi niedostępna
q850-50 = Usługa niezamówiona
q850-53 = Wychodzące zablokowane w CUG
q850-55 = Przychodzące zablokowane w CUG
q850-57 = Usługa przenoszenia niedozwolona
q850-58 = Chwilowy brak usługi przenoszenia
q850-62 = Niezgodność z klasą abonenta
q850-63 = Nieokreślony brak usługi
q850-65 = Usługa przenoszenia nieobsługiwana
q850-66 = Typ kanału nieobsługiwany
q850-69 = Żądana usługa nieobsługiwana
q850-70 = Tylko ograniczone dane cyfrowe
q850-79 = Nieokreślony brak implementacji
q850-81 = Błędna referencja połączenia
q850-82 = Wskazany kanał nie istnieje
q850-83 = Zawieszone połączenie o innym ID
q850-84 = ID połączenia w użyciu
q850-85 = Brak zawieszonego połączenia
q850-86 = Zawieszone połączenie rozłączone
q850-87 = Użytkownik spoza CUG
q850-88 = Niekompatybilny cel
q850-90 = Nieistniejąca CUG
q850-91 = Błędny wybór sieci tranzytowej
q850-95 = Nieokreślony błędny komunikat
q850-96 = Brak obowiązkowego elementu
q850-97 = Nieznany typ komunikatu
q850-98 = Komunikat niezgodny lub nieznany
q850-99 = Nieznany element/parametr
q850-100 = Błędna zawartość elementu
q850-101 = Komunikat niezgodny ze stanem
q850-102 = Przywracanie po upływie czasu
q850-103 = Nieznany parametr, przekazano
q850-110 = Nieznany parametr, odrzucono
q850-111 = Nieokreślony błąd protokołu
q850-127 = Nieokreślony błąd współpracy
