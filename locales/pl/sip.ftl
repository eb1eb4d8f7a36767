# sipstatus: komunikaty odpowiedzi SIP, polski.
# Krótko, jak na wyświetlaczu telefonu biurowego lub centrali abonenckiej.

## Klasy odpowiedzi

class-provisional = Odpowiedź tymczasowa
    .short = Odp. tymczasowa
class-success = Powodzenie
class-redirection = Przekierowanie
class-client-failure = Błąd klienta
class-server-failure = Błąd serwera
class-global-failure = Błąd globalny

## 1xx: odpowiedzi tymczasowe

sip-100 = Trwa łączenie
    .description = Żądanie zostało odebrane i jest przetwarzane, na przykład gdy serwer proxy szuka abonenta wywoływanego.
sip-180 = Dzwoni
    .description = Połączenie dotarło do aparatu abonenta wywoływanego, który dzwoni.
sip-181 = Połączenie przekierowane
    .short = Przekierowane
    .description = Połączenie jest przekierowywane pod inny numer lub adres.
sip-182 = W kolejce
    .description = Abonent wywoływany jest teraz niedostępny, więc połączenie czeka w kolejce, aż będzie wolny.
sip-183 = Zestawianie połączenia
    .short = Zestawianie
    .description = Połączenie jest zestawiane i dostępne są już wczesne informacje, takie jak sygnał zwrotny wywołania lub zapowiedź.
sip-199 = Koniec wczesnego dialogu
    .short = Koniec dialogu
    .description = Wczesny dialog utworzony dla tego połączenia został zakończony, zanim połączenie odebrano.

## 2xx: powodzenie

sip-200 = OK
    .description = Żądanie zakończyło się powodzeniem.
sip-202 = Przyjęto
    .description = Żądanie przyjęto do przetworzenia, ale jeszcze go nie ukończono; przestarzałe od RFC 6665.
sip-204 = Brak powiadomienia
    .short = Bez powiadom.
    .description = Subskrypcję pomyślnie odnowiono, ale nie zostanie dla niej wysłane powiadomienie.

## 3xx: przekierowanie

sip-300 = Wiele możliwości
    .description = Adres prowadzi do kilku miejsc docelowych wymienionych w odpowiedzi, spośród których dzwoniący może wybrać.
sip-301 = Przeniesiony na stałe
    .short = Zmiana adresu
    .description = Abonent nie jest już osiągalny pod tym adresem i na stałe przeniósł się pod adres podany w odpowiedzi.
sip-302 = Przeniesiony czasowo
    .short = Adres tymczasowy
    .description = Abonent jest czasowo osiągalny pod adresem podanym w odpowiedzi.
sip-305 = Użyj serwera proxy
    .short = Użyj proxy
    .description = Z abonentem można się połączyć tylko przez serwer proxy podany w odpowiedzi.
sip-380 = Usługa alternatywna
    .short = Usługa alternat.
    .description = Połączenie nie powiodło się, ale odpowiedź opisuje usługi alternatywne.

## 4xx: błąd klienta

sip-400 = Błędne żądanie
    .description = Nie zrozumiano żądania z powodu błędnej składni.
sip-401 = Brak autoryzacji
    .description = Żądanie wymaga uwierzytelnienia użytkownika przez abonenta wywoływanego lub serwer rejestracji.
sip-402 = Wymagana opłata
    .description = Zarezerwowane do użytku w przyszłości.
sip-403 = Zabronione
    .description = Serwer zrozumiał żądanie, ale odmawia jego wykonania.
sip-404 = Nie znaleziono
    .description = Abonent wywoływany nie istnieje w domenie podanej w żądaniu.
sip-405 = Niedozwolona metoda
    .short = Metoda niedozw.
    .description = Metoda żądania jest znana, ale niedozwolona dla tego adresu.
sip-406 = Nieakceptowalna treść
    .short = Treść nieakcept.
    .description = Abonent może odpowiedzieć tylko treścią w formacie, którego według żądania nadawca nie akceptuje.
sip-407 = Proxy wymaga logowania
    .short = Logowanie proxy
    .description = Żądanie wymaga, aby dzwoniący najpierw uwierzytelnił się na serwerze proxy.
sip-408 = Upłynął limit czasu
    .short = Timeout żądania
    .description = Serwer nie mógł odpowiedzieć na czas, na przykład dlatego, że nie udało się zlokalizować abonenta.
sip-409 = Konflikt
    .description = Żądanie jest sprzeczne z bieżącym stanem, na przykład użytkownik jest już zarejestrowany; tylko w przestarzałym RFC 2543.
sip-410 = Numer nieaktywny
    .description = Abonent kiedyś tu istniał, ale nie jest już osiągalny, a adres przekierowania jest nieznany.
sip-411 = Wymagany Content-Length
    .short = Brak długości
    .description = Serwer odrzuca żądanie bez prawidłowego nagłówka Content-Length; tylko w przestarzałym RFC 2543.
sip-412 = Warunek niespełniony
    .short = Błąd warunku
    .description = Warunek wstępny żądania, taki jak znacznik encji publikacji, nie został spełniony.
sip-413 = Żądanie zbyt duże
    .short = Za duże żądanie
    .description = Treść żądania jest większa, niż serwer chce przetworzyć.
sip-414 = Request-URI zbyt długi
    .short = Za długi URI
    .description = Identyfikator Request-URI jest dłuższy, niż serwer chce zinterpretować.
sip-415 = Nieobsługiwany format
    .short = Format nieobsł.
    .description = Treść żądania ma format, którego serwer nie obsługuje.
sip-416 = Nieznany schemat URI
    .short = Zły schemat URI
    .description = Serwer nie zna schematu identyfikatora Request-URI.
sip-417 = Nieznany priorytet
    .short = Zły priorytet
    .description = Żądanie wymaga priorytetu zasobu, którego serwer nie rozumie.
sip-420 = Nieobsługiwana opcja SIP
    .short = Zła opcja SIP
    .description = Żądanie wymaga rozszerzenia protokołu SIP, którego serwer nie obsługuje.
sip-421 = Wymagana opcja SIP
    .short = Wymag. opcja SIP
    .description = Serwer wymaga rozszerzenia protokołu SIP, którego żądanie nie wymienia jako obsługiwanego.
sip-422 = Za krótki interwał sesji
    .short = Krótki interwał
    .description = Interwał odświeżania sesji podany w żądaniu jest krótszy, niż pozwala serwer.
sip-423 = Za krótki czas ważności
    .short = Za krótki czas
    .description = Żądany czas ważności, na przykład rejestracji, jest za krótki.
sip-424 = Błędna lokalizacja
    .short = Zła lokalizacja
    .description = Informacja o lokalizacji w żądaniu była błędna lub niewystarczająca.
sip-425 = Błędne ostrzeżenie
    .short = Złe ostrzeżenie
    .description = Nieinteraktywne ostrzeżenie alarmowe odrzucono, ponieważ było błędnie sformatowane.
sip-428 = Wymagane Identity
    .short = Brak Identity
    .description = Zasady serwera wymagają nagłówka Identity, a żądanie go nie zawierało.
sip-429 = Brak tokenu Referred-By
    .short = Brak Referred-By
    .description = W żądaniu brakowało prawidłowego tokenu Referred-By.
sip-430 = Błąd ścieżki połączenia
    .short = Błąd ścieżki
    .description = Określona ścieżka połączenia do terminala zawiodła, choć inne mogą nadal działać.
sip-433 = Bez połączeń anonimowych
    .short = Bez anonimowych
    .description = Połączenie odrzucono, ponieważ było anonimowe.
sip-436 = Błędne Identity-Info
    .short = Błędne ID-Info
    .description = Nie można było użyć informacji o tożsamości dzwoniącego (Identity-Info), na przykład dlatego, że nie udało się pobrać certyfikatu.
sip-437 = Certyfikat odrzucony
    .short = Zły certyfikat
    .description = Serwer nie mógł zweryfikować certyfikatu domeny, która podpisała żądanie.
sip-438 = Błędny nagłówek Identity
    .short = Błędne Identity
    .description = Nie udało się zweryfikować podpisu w nagłówku Identity.
sip-439 = 1. węzeł bez Outbound
    .short = Brak Outbound
    .description = Serwer rejestracji obsługuje rozszerzenie Outbound, ale pierwszy serwer proxy na ścieżce już nie.
sip-440 = Przekroczono Max-Breadth
    .short = Limit rozgałęz.
    .description = Serwer proxy nie mógł dalej rozgałęzić żądania, ponieważ wyczerpano jego Max-Breadth.
sip-469 = Błędny pakiet INFO
    .short = Zły pakiet INFO
    .description = Żądanie INFO użyło pakietu info, na który odbiorca się nie zgodził.
sip-470 = Wymagana zgoda
    .description = Nadawca nie uzyskał zgody odbiorcy na to żądanie.
sip-480 = Czasowo niedostępny
    .short = Niedostępny
    .description = Abonent został odnaleziony, ale jest teraz niedostępny, na przykład nie jest zalogowany lub ma włączoną funkcję „Nie przeszkadzać”.
sip-481 = Połączenie nie istnieje
    .short = Nieznane połącz.
    .description = Żądanie nie pasuje do żadnego istniejącego połączenia ani transakcji.
sip-482 = Wykryto pętlę
    .description = Serwer wykrył pętlę w trasowaniu.
sip-483 = Zbyt wiele przeskoków
    .short = Limit przeskoków
    .description = Żądanie przeszło przez więcej przeskoków, niż pozwala Max-Forwards.
sip-484 = Niepełny numer
    .description = Wybrany numer lub adres jest niepełny.
sip-485 = Niejednoznaczny adres
    .short = Niejedn. adres
    .description = Wybrany adres jest niejednoznaczny i pasuje do więcej niż jednego abonenta.
sip-486 = Zajęte
    .description = Abonent został odnaleziony, ale jego linia jest zajęta i nie może przyjąć kolejnego połączenia.
sip-487 = Połączenie anulowane
    .short = Anulowano
    .description = Dzwoniący anulował połączenie, zanim abonent je odebrał.
sip-488 = Niezgodne kodeki
    .description = Brak wspólnego kodeka albo typ mediów oferowanej sesji nie jest obsługiwany przez to urządzenie.
sip-489 = Nieznane zdarzenie
    .short = Nieznane zdarz.
    .description = Serwer nie rozumie pakietu zdarzeń wskazanego w żądaniu.
sip-491 = Żądanie oczekuje
    .description = W tym samym dialogu wciąż oczekuje inne żądanie.
sip-493 = Nie można odszyfrować
    .short = Nie odszyfrowano
    .description = Żądanie zawiera zaszyfrowaną treść, której odbiorca nie może odszyfrować.
sip-494 = Wymagane zabezpieczenia
    .short = Wymagane zabezp.
    .description = Serwer przyjmie żądanie dopiero po wynegocjowaniu mechanizmu zabezpieczeń.

## 5xx: błąd serwera

sip-500 = Wewnętrzny błąd serwera
    .short = Błąd wewnętrzny
    .description = Serwer napotkał nieoczekiwany stan, który uniemożliwił wykonanie żądania.
sip-501 = Nie zaimplementowano
    .short = Nieobsługiwane
    .description = Serwer nie obsługuje funkcji potrzebnej do tego żądania, na przykład jego metody.
sip-502 = Błąd bramy
    .description = Brama lub serwer proxy otrzymały nieprawidłową odpowiedź od następnego serwera.
sip-503 = Usługa niedostępna
    .short = Usługa niedost.
    .description = Serwer jest chwilowo przeciążony lub trwa jego konserwacja.
sip-504 = Limit czasu serwera
    .short = Timeout serwera
    .description = Serwer nie otrzymał na czas odpowiedzi od innego, potrzebnego mu serwera.
sip-505 = Nieobsługiwana wersja
    .short = Zła wersja SIP
    .description = Serwer nie obsługuje wersji SIP użytej w żądaniu.
sip-513 = Wiadomość zbyt duża
    .short = Za duża wiad.
    .description = Wiadomość żądania jest większa, niż serwer może przetworzyć.
sip-555 = Brak usługi push
    .description = Serwer nie obsługuje usługi powiadomień push wskazanej w żądaniu.
sip-580 = Błąd warunków wstępnych
    .short = Warunki niespeł.
    .description = Serwer nie może spełnić warunków wstępnych wymaganych dla sesji.

## 6xx: błąd globalny

sip-600 = Abonent zajęty
    .description = Abonent jest zajęty i żadne inne miejsce docelowe, na przykład poczta głosowa, nie może przyjąć połączenia.
sip-603 = Połączenie odrzucone
    .short = Odrzucono
    .description = Abonent odrzucił połączenie i żadne inne miejsce docelowe nie może go przyjąć.
sip-604 = Nie ma takiego numeru
    .short = Nr nie istnieje
    .description = Wybrany numer lub abonent nie istnieje w żadnej sieci.
sip-606 = Sesja nieakceptowalna
    .short = Sesja nieakcept.
    .description = Abonent został odnaleziony, ale pewien element oferowanej sesji jest nieakceptowalny.
sip-607 = Niechciane połączenie
    .short = Niechciane poł.
    .description = Abonent oznaczył połączenie jako niechciane; kolejne połączenia z tego numeru prawdopodobnie też zostaną odrzucone.
sip-608 = Zablokowane przez sieć
    .short = Blokada w sieci
    .description = Połączenie zablokował nie abonent wywoływany, lecz element pośredniczący, na przykład filtr antyspamowy operatora.

## 7xx: niestandardowe

sip-701 = Rozmówca się rozłączył
    .short = Rozłączył się
    .description = Druga strona się rozłączyła; wewnętrzny kod stosu SIP spoza standardu.
