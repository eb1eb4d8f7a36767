# sipstatus: przyczyny rozłączenia wg ITU-T Q.850 (ISDN/ISUP), polski.
# Terminologia ISDN/SS7; CUG: zamknięta grupa użytkowników.

## Klasy przyczyn

q850-class-normal-event = Zdarzenie normalne
q850-class-resource-unavailable = Zasoby niedostępne
q850-class-service-not-available = Usługa lub opcja niedostępna
q850-class-service-not-implemented = Usługa lub opcja nieobsługiwana
q850-class-invalid-message = Nieprawidłowy komunikat
q850-class-protocol-error = Błąd protokołu
q850-class-interworking = Współpraca sieci

## Przyczyny

q850-1 = Nieprzydzielony numer
q850-2 = Brak trasy do wskazanej sieci tranzytowej (krajowe)
q850-3 = Brak trasy do miejsca docelowego
q850-4 = Wysłanie specjalnego sygnału informacyjnego
q850-5 = Błędnie wybrany prefiks międzystrefowy (krajowe)
q850-6 = Niedopuszczalny kanał
q850-7 = Połączenie przydzielone w zestawionym kanale
q850-8 = Wywłaszczenie
q850-9 = Wywłaszczenie, łącze zarezerwowane do ponownego użycia
q850-14 = QoR: numer przeniesiony
q850-16 = Normalne rozłączenie
q850-17 = Abonent zajęty
q850-18 = Abonent nie odpowiada
q850-19 = Abonent nie zgłasza się (sygnał wywołania podany)
q850-20 = Abonent nieobecny
q850-21 = Połączenie odrzucone
q850-22 = Numer zmieniony
q850-23 = Przekierowanie do nowego miejsca docelowego
q850-24 = Połączenie odrzucone przez usługę u abonenta
q850-25 = Błąd kierowania w centrali
q850-26 = Rozłączenie niewybranego abonenta
q850-27 = Miejsce docelowe niesprawne
q850-28 = Błędny format numeru (niepełny numer)
q850-29 = Usługa odrzucona
q850-30 = Odpowiedź na STATUS ENQUIRY
q850-31 = Zdarzenie normalne, nieokreślone
q850-34 = Brak wolnego łącza/kanału
q850-38 = Sieć niesprawna
q850-39 = Stałe połączenie w trybie ramkowym niesprawne
q850-40 = Stałe połączenie w trybie ramkowym sprawne
q850-41 = Chwilowa awaria
q850-42 = Przeciążenie urządzeń komutacyjnych
q850-43 = Odrzucono informacje dostępu
q850-44 = Żądane łącze/kanał niedostępne
q850-46 = Zablokowano połączenie priorytetowe
q850-47 = Zasoby niedostępne, nieokreślone
q850-49 = Jakość usługi niedostępna
q850-50 = Żądana usługa niezamówiona
q850-53 = Połączenia wychodzące zablokowane w CUG
q850-55 = Połączenia przychodzące zablokowane w CUG
q850-57 = Usługa przenoszenia niedozwolona
q850-58 = Usługa przenoszenia chwilowo niedostępna
q850-62 = Niezgodność informacji o dostępie wychodzącym z klasą abonenta
q850-63 = Usługa lub opcja niedostępna, nieokreślona
q850-65 = Usługa przenoszenia nieobsługiwana
q850-66 = Typ kanału nieobsługiwany
q850-69 = Żądana usługa nieobsługiwana
q850-70 = Dostępna tylko ograniczona cyfrowa usługa przenoszenia (krajowe)
q850-79 = Usługa lub opcja nieobsługiwana, nieokreślona
q850-81 = Błędna wartość odnośnika połączenia
q850-82 = Wskazany kanał nie istnieje
q850-83 = Istnieje zawieszone połączenie, ale nie o tym identyfikatorze
q850-84 = Identyfikator połączenia w użyciu
q850-85 = Brak zawieszonego połączenia
q850-86 = Połączenie o żądanym identyfikatorze zostało rozłączone
q850-87 = Abonent spoza CUG
q850-88 = Niezgodne miejsce docelowe
q850-90 = Nieistniejąca CUG
q850-91 = Błędny wybór sieci tranzytowej (krajowe)
q850-95 = Nieprawidłowy komunikat, nieokreślony
q850-96 = Brak obowiązkowego elementu informacyjnego
q850-97 = Typ komunikatu nie istnieje lub jest nieobsługiwany
q850-98 = Komunikat niezgodny ze stanem połączenia albo typ komunikatu nie istnieje lub jest nieobsługiwany
q850-99 = Element informacyjny lub parametr nie istnieje lub jest nieobsługiwany
q850-100 = Błędna zawartość elementu informacyjnego
q850-101 = Komunikat niezgodny ze stanem połączenia
q850-102 = Przywracanie po upływie czasu zegara
q850-103 = Parametr nie istnieje lub jest nieobsługiwany, przekazano dalej (krajowe)
q850-110 = Komunikat z nierozpoznanym parametrem odrzucony
q850-111 = Błąd protokołu, nieokreślony
q850-127 = Współpraca sieci, nieokreślona
