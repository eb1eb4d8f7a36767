# sipstatus: komunikaty odpowiedzi SIP, polski.
# Krótko, jak na wyświetlaczu telefonu biurowego lub centrali abonenckiej.

## Klasy odpowiedzi

class-provisional = Odpowiedź tymczasowa
class-success = Powodzenie
class-redirection = Przekierowanie
class-client-failure = Błąd klienta
class-server-failure = Błąd serwera
class-global-failure = Błąd globalny

## 1xx: odpowiedzi tymczasowe

sip-100 = Trwa łączenie
    .description = Żądanie zostało odebrane i jest przetwarzane, na przykład gdy serwer proxy szuka abonenta wywoływanego.
sip-180 = Dzwoni
    .description = Urządzenie abonenta wywoływanego odebrało połączenie i sygnalizuje je dzwonkiem.
sip-181 = Trwa przekierowanie
    .description = Połączenie jest przekierowywane do innego miejsca docelowego.
sip-182 = W kolejce
    .description = Abonent wywoływany jest teraz niedostępny, więc połączenie czeka w kolejce, aż będzie wolny.
sip-183 = Zestawianie połączenia
    .description = Połączenie jest zestawiane i dostępne są już wczesne informacje, takie jak sygnał zwrotny wywołania lub zapowiedź.
sip-199 = Wczesny dialog zakończony
    .description = Wczesny dialog utworzony dla tego połączenia został zakończony, zanim połączenie odebrano.

## 2xx: powodzenie

sip-200 = OK
    .description = Żądanie zakończyło się powodzeniem.
sip-202 = Przyjęto
    .description = Żądanie przyjęto do przetworzenia, ale jeszcze go nie ukończono; przestarzałe od RFC 6665.
sip-204 = Brak powiadomienia
    .description = Subskrypcję pomyślnie odnowiono, ale nie zostanie dla niej wysłane powiadomienie.

## 3xx: przekierowanie

sip-300 = Wiele miejsc docelowych
    .description = Adres prowadzi do kilku miejsc docelowych wymienionych w odpowiedzi, spośród których dzwoniący może wybrać.
sip-301 = Przeniesiony na stałe
    .description = Abonent nie jest już osiągalny pod tym adresem i na stałe przeniósł się pod adres podany w odpowiedzi.
sip-302 = Przeniesiony tymczasowo
    .description = Abonent jest tymczasowo osiągalny pod adresem podanym w odpowiedzi.
sip-305 = Użyj serwera proxy
    .description = Z abonentem można się połączyć tylko przez serwer proxy podany w odpowiedzi.
sip-380 = Usługa alternatywna
    .description = Połączenie nie powiodło się, ale odpowiedź opisuje usługi alternatywne.

## 4xx: błąd klienta

sip-400 = Nieprawidłowe żądanie
    .description = Nie zrozumiano żądania z powodu błędnej składni.
sip-401 = Brak autoryzacji
    .description = Żądanie wymaga uwierzytelnienia użytkownika przez abonenta wywoływanego lub serwer rejestracji.
sip-402 = Wymagana płatność
    .description = Zarezerwowane do użytku w przyszłości.
sip-403 = Zabronione
    .description = Serwer zrozumiał żądanie, ale odmawia jego wykonania.
sip-404 = Nie znaleziono
    .description = Wywoływany użytkownik nie istnieje w domenie podanej w żądaniu.
sip-405 = Niedozwolona metoda
    .description = Metoda żądania jest znana, ale niedozwolona dla tego adresu.
sip-406 = Nieakceptowalne
    .description = Abonent może odpowiedzieć tylko treścią, której według żądania nadawca nie akceptuje.
sip-407 = Proxy wymaga logowania
    .description = Żądanie wymaga, aby dzwoniący najpierw uwierzytelnił się na serwerze proxy.
sip-408 = Upłynął limit czasu
    .description = Serwer nie mógł odpowiedzieć na czas, na przykład dlatego, że nie udało się zlokalizować abonenta.
sip-409 = Konflikt
    .description = Żądanie jest sprzeczne z bieżącym stanem, na przykład użytkownik jest już zarejestrowany; tylko w przestarzałym RFC 2543.
sip-410 = Już nie istnieje
    .description = Użytkownik kiedyś tu istniał, ale nie jest już osiągalny, a adres przekierowania jest nieznany.
sip-411 = Wymagana długość
    .description = Serwer odrzuca żądanie bez prawidłowego nagłówka Content-Length; tylko w przestarzałym RFC 2543.
sip-412 = Warunek niespełniony
    .description = Warunek wstępny żądania, taki jak znacznik encji publikacji, nie został spełniony.
sip-413 = Żądanie zbyt duże
    .description = Treść żądania jest większa, niż serwer chce przetworzyć.
sip-414 = Request-URI zbyt długi
    .description = Identyfikator Request-URI jest dłuższy, niż serwer chce zinterpretować.
sip-415 = Nieobsługiwany format
    .description = Treść żądania ma format, którego serwer nie obsługuje.
sip-416 = Nieznany schemat URI
    .description = Serwer nie zna schematu identyfikatora Request-URI.
sip-417 = Nieznany priorytet zasobu
    .description = Żądanie wymaga priorytetu zasobu, którego serwer nie rozumie.
sip-420 = Nieznane rozszerzenie
    .description = Żądanie wymaga rozszerzenia protokołu, którego serwer nie obsługuje.
sip-421 = Wymagane rozszerzenie
    .description = Serwer wymaga rozszerzenia, którego żądanie nie wymienia jako obsługiwanego.
sip-422 = Za krótki interwał sesji
    .description = Interwał odświeżania sesji podany w żądaniu jest krótszy, niż pozwala serwer.
sip-423 = Za krótki interwał
    .description = Żądany czas ważności, na przykład rejestracji, jest za krótki.
sip-424 = Błędna lokalizacja
    .description = Informacja o lokalizacji w żądaniu była błędna lub niewystarczająca.
sip-425 = Błędny komunikat alarmowy
    .description = Nieinteraktywny komunikat alarmowy odrzucono, ponieważ był błędnie sformatowany.
sip-428 = Wymagany nagłówek Identity
    .description = Zasady serwera wymagają nagłówka Identity, a żądanie go nie zawierało.
sip-429 = Brak ID odsyłającego
    .description = W żądaniu brakowało prawidłowego tokenu Referred-By.
sip-430 = Błąd ścieżki połączenia
    .description = Określona ścieżka połączenia do terminala zawiodła, choć inne mogą nadal działać.
sip-433 = Anonimowość niedozwolona
    .description = Żądanie odrzucono, ponieważ było anonimowe.
sip-436 = Błędne dane tożsamości
    .description = Nie można było użyć informacji o tożsamości z żądania, na przykład dlatego, że nie udało się pobrać certyfikatu.
sip-437 = Nieobsługiwany certyfikat
    .description = Serwer nie mógł zweryfikować certyfikatu domeny, która podpisała żądanie.
sip-438 = Błędny nagłówek Identity
    .description = Nie udało się zweryfikować podpisu w nagłówku Identity.
sip-439 = Pierwszy węzeł bez outbound
    .description = Serwer rejestracji obsługuje rozszerzenie outbound, ale pierwszy serwer proxy na ścieżce już nie.
sip-440 = Przekroczono Max-Breadth
    .description = Serwer proxy nie mógł dalej rozgałęzić żądania, ponieważ wyczerpano jego Max-Breadth.
sip-469 = Błędny pakiet INFO
    .description = Żądanie INFO użyło pakietu info, na który odbiorca się nie zgodził.
sip-470 = Wymagana zgoda
    .description = Nadawca nie uzyskał zgody odbiorcy na to żądanie.
sip-480 = Czasowo niedostępny
    .description = Abonent został osiągnięty, ale jest teraz niedostępny, na przykład nie jest zalogowany lub ma włączoną funkcję nie przeszkadzać.
sip-481 = Połączenie nie istnieje
    .description = Żądanie nie pasuje do żadnego istniejącego połączenia ani transakcji.
sip-482 = Wykryto pętlę
    .description = Serwer wykrył pętlę w trasowaniu.
sip-483 = Zbyt wiele przeskoków
    .description = Żądanie przeszło przez więcej przeskoków, niż pozwala Max-Forwards.
sip-484 = Niepełny numer
    .description = Wybrany numer lub adres jest niepełny.
sip-485 = Niejednoznaczny adres
    .description = Wybrany adres jest niejednoznaczny i pasuje do więcej niż jednego użytkownika.
sip-486 = Abonent zajęty
    .description = Abonent został osiągnięty, ale nie może teraz przyjąć kolejnego połączenia.
sip-487 = Żądanie anulowane
    .description = Żądanie anulowano, zanim na nie odpowiedziano.
sip-488 = Nieakceptowalne tutaj
    .description = Część oferowanej sesji, na przykład kodek lub typ mediów, nie jest tutaj akceptowana.
sip-489 = Nieznane zdarzenie
    .description = Serwer nie rozumie pakietu zdarzeń wskazanego w żądaniu.
sip-491 = Żądanie oczekuje
    .description = W tym samym dialogu wciąż oczekuje inne żądanie.
sip-493 = Nie można odszyfrować
    .description = Żądanie zawiera zaszyfrowaną treść, której odbiorca nie może odszyfrować.
sip-494 = Wymagane zabezpieczenia
    .description = Serwer przyjmie żądanie dopiero po wynegocjowaniu mechanizmu zabezpieczeń.

## 5xx: błąd serwera

sip-500 = Wewnętrzny błąd serwera
    .description = Serwer napotkał nieoczekiwany stan, który uniemożliwił wykonanie żądania.
sip-501 = Nie zaimplementowano
    .description = Serwer nie obsługuje funkcji potrzebnej do tego żądania, na przykład jego metody.
sip-502 = Błąd bramy
    .description = Brama lub serwer proxy otrzymały nieprawidłową odpowiedź od następnego serwera.
sip-503 = Usługa niedostępna
    .description = Serwer jest chwilowo przeciążony lub trwa jego konserwacja.
sip-504 = Limit czasu serwera
    .description = Serwer nie otrzymał na czas odpowiedzi od innego, potrzebnego mu serwera.
sip-505 = Nieobsługiwana wersja
    .description = Serwer nie obsługuje wersji SIP użytej w żądaniu.
sip-513 = Wiadomość zbyt duża
    .description = Wiadomość żądania jest większa, niż serwer może przetworzyć.
sip-555 = Nieobsługiwana usługa push
    .description = Serwer nie obsługuje usługi powiadomień push wskazanej w żądaniu.
sip-580 = Błąd warunków wstępnych
    .description = Serwer nie może spełnić warunków wstępnych wymaganych dla sesji.

## 6xx: błąd globalny

sip-600 = Wszędzie zajęte
    .description = Abonent jest zajęty i żadne inne miejsce docelowe, na przykład poczta głosowa, nie może przyjąć połączenia.
sip-603 = Odrzucono
    .description = Abonent odrzucił połączenie i żadne inne miejsce docelowe nie może go przyjąć.
sip-604 = Nigdzie nie istnieje
    .description = Wywoływany użytkownik nigdzie nie istnieje.
sip-606 = Nieakceptowalne
    .description = Abonent został osiągnięty, ale pewien element oferowanej sesji jest nieakceptowalny.
sip-607 = Niechciane połączenie
    .description = Abonent oznaczył połączenie jako niechciane; kolejne połączenia od tego dzwoniącego prawdopodobnie też zostaną odrzucone.
sip-608 = Odrzucone przez sieć
    .description = Połączenie odrzucił element pośredniczący, a nie abonent wywoływany.

## 7xx: niestandardowe

sip-701 = Rozmówca się rozłączył
    .description = Druga strona się rozłączyła; wewnętrzny kod stosu SIP spoza standardu.
