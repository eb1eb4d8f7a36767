# sipstatus: SIP yanıt metinleri, Türkçe.
# Masaüstü telefon veya santral ekranına sığacak kadar kısa.

## Yanıt sınıfları

class-provisional = Geçici yanıt
class-success = Başarılı
class-redirection = Yönlendirme
class-client-failure = İstemci hatası
class-server-failure = Sunucu hatası
class-global-failure = Genel hata

## 1xx: geçici yanıtlar

sip-100 = İşleniyor
    .description = İstek alındı ve işleniyor; örneğin vekil sunucu aranan kişiyi ararken gönderilir.
sip-180 = Çalıyor
    .description = Aranan kişinin cihazı çağrıyı aldı ve kullanıcıyı uyarıyor.
sip-181 = Çağrı yönlendiriliyor
    .description = Çağrı başka bir hedefe yönlendiriliyor.
sip-182 = Sırada bekliyor
    .description = Aranan kişi şu anda müsait değil ve çağrı, müsait olana kadar sıraya alındı.
sip-183 = Bağlantı kuruluyor
    .description = Çağrı kuruluyor ve çalma sesi ya da anons gibi erken bilgiler şimdiden iletilebiliyor.
sip-199 = Erken diyalog sonlandı
    .description = Bu çağrı için oluşturulan erken diyalog, çağrı yanıtlanmadan sonlandırıldı.

## 2xx: başarılı yanıtlar

sip-200 = OK
    .description = İstek başarıyla tamamlandı.
sip-202 = Kabul edildi
    .description = İstek işlenmek üzere kabul edildi ancak henüz tamamlanmadı; RFC 6665 ile kullanımdan kalktı.
sip-204 = Bildirim yok
    .description = Abonelik başarıyla yenilendi ancak bunun için bildirim gönderilmeyecek.

## 3xx: yönlendirme

sip-300 = Birden çok seçenek
    .description = Adres, yanıtta listelenen ve arayanın aralarından seçim yapabileceği birden çok hedefe karşılık geliyor.
sip-301 = Kalıcı olarak taşındı
    .description = Aranan kişiye artık bu adresten ulaşılamıyor; kalıcı olarak yanıtta belirtilen adrese taşındı.
sip-302 = Geçici olarak taşındı
    .description = Aranan kişiye geçici olarak yanıtta belirtilen adresten ulaşılabiliyor.
sip-305 = Vekil sunucu kullanın
    .description = Aranan kişiye yalnızca yanıtta belirtilen vekil sunucu üzerinden ulaşılabilir.
sip-380 = Alternatif hizmet
    .description = Çağrı başarısız oldu ancak yanıtta alternatif hizmetler açıklanıyor.

## 4xx: istemci hataları

sip-400 = Hatalı istek
    .description = İstek, söz dizimi hatalı olduğu için anlaşılamadı.
sip-401 = Yetkisiz
    .description = İstek için aranan taraf veya kayıt sunucusu nezdinde kullanıcı kimlik doğrulaması gerekiyor.
sip-402 = Ödeme gerekli
    .description = İleride kullanılmak üzere ayrılmıştır.
sip-403 = Yasak
    .description = Sunucu isteği anladı ancak yerine getirmeyi reddediyor.
sip-404 = Bulunamadı
    .description = Aranan kullanıcı, istekte belirtilen etki alanında mevcut değil.
sip-405 = Yönteme izin verilmiyor
    .description = İstek yöntemi biliniyor ancak bu adres için izin verilmiyor.
sip-406 = Kabul edilemez
    .description = Aranan taraf yalnızca, isteğin kabul etmediğini belirttiği içerikle yanıt verebilir.
sip-407 = Vekil doğrulama gerekli
    .description = Arayanın önce vekil sunucuda kimlik doğrulaması yapması gerekiyor.
sip-408 = İstek zaman aşımı
    .description = Sunucu zamanında yanıt veremedi; örneğin aranan kişinin yeri belirlenemedi.
sip-409 = Çakışma
    .description = İstek mevcut durumla çelişiyor, örneğin kullanıcı zaten kayıtlı; yalnızca eski RFC 2543'te vardır.
sip-410 = Artık mevcut değil
    .description = Kullanıcı bir zamanlar buradaydı ancak artık ulaşılamıyor ve bilinen bir yönlendirme adresi yok.
sip-411 = Uzunluk gerekli
    .description = Sunucu, geçerli bir Content-Length içermeyen isteği reddediyor; yalnızca eski RFC 2543'te vardır.
sip-412 = Koşul sağlanmadı
    .description = İsteğin bir ön koşulu, örneğin bir yayının varlık etiketi, tutmadı.
sip-413 = İstek çok büyük
    .description = İstek gövdesi, sunucunun işlemeye razı olduğundan büyük.
sip-414 = Request-URI çok uzun
    .description = Request-URI, sunucunun yorumlamaya razı olduğundan uzun.
sip-415 = Biçim desteklenmiyor
    .description = İstek gövdesi, sunucunun desteklemediği bir biçimde.
sip-416 = Bilinmeyen URI şeması
    .description = Sunucu, Request-URI'nin şemasını tanımıyor.
sip-417 = Bilinmeyen öncelik
    .description = İstek, sunucunun anlamadığı bir kaynak önceliği istedi.
sip-420 = Desteklenmeyen uzantı
    .description = İstek, sunucunun desteklemediği bir protokol uzantısı gerektiriyor.
sip-421 = Uzantı gerekli
    .description = Sunucu, istekte desteklendiği belirtilmeyen bir uzantıya ihtiyaç duyuyor.
sip-422 = Oturum aralığı çok kısa
    .description = İstekteki oturum yenileme aralığı, sunucunun izin verdiğinden kısa.
sip-423 = Aralık çok kısa
    .description = İstenen geçerlilik süresi, örneğin bir kaydınki, çok kısa.
sip-424 = Hatalı konum bilgisi
    .description = İstekteki konum bilgisi bozuk ya da yetersizdi.
sip-425 = Hatalı uyarı mesajı
    .description = Etkileşimsiz bir acil durum uyarısı, bozuk olduğu için reddedildi.
sip-428 = Identity başlığı gerekli
    .description = Sunucunun politikası Identity başlığı gerektiriyor ve istekte bu başlık yoktu.
sip-429 = Yönlendiren kimliği yok
    .description = İstekte geçerli bir Referred-By belirteci yoktu.
sip-430 = Akış başarısız
    .description = Kullanıcı aracısına giden belirli bir bağlantı akışı başarısız oldu, ancak diğerleri hâlâ çalışıyor olabilir.
sip-433 = Gizli numara reddedildi
    .description = İstek, anonim olduğu için reddedildi.
sip-436 = Hatalı kimlik bilgisi
    .description = İstekteki kimlik bilgisi kullanılamadı; örneğin sertifikası alınamadı.
sip-437 = Desteklenmeyen sertifika
    .description = Sunucu, isteği imzalayan etki alanının sertifikasını doğrulayamadı.
sip-438 = Geçersiz Identity
    .description = Identity başlığındaki imza doğrulanamadı.
sip-439 = İlk vekilde Outbound yok
    .description = Kayıt sunucusu Outbound uzantısını destekliyor ancak yol üzerindeki ilk vekil sunucu desteklemiyor.
sip-440 = Max-Breadth aşıldı
    .description = Bir vekil sunucu, Max-Breadth değeri tükendiği için isteği daha fazla çatallayamadı.
sip-469 = Hatalı INFO paketi
    .description = INFO isteği, alıcının kabul etmediği bir bilgi paketi kullandı.
sip-470 = Onay gerekli
    .description = Gönderen, bu istek için alıcının onayını almamış.
sip-480 = Şu anda ulaşılamıyor
    .description = Aranan kişiye ulaşıldı ancak şu anda müsait değil; örneğin oturum açmamış ya da rahatsız etmeyin modunda.
sip-481 = Çağrı/işlem bulunamadı
    .description = İstek, mevcut hiçbir çağrı veya işlemle eşleşmiyor.
sip-482 = Döngü algılandı
    .description = Sunucu bir yönlendirme döngüsü algıladı.
sip-483 = Çok fazla atlama
    .description = İstek, Max-Forwards değerinin izin verdiğinden fazla atlamadan geçti.
sip-484 = Eksik numara
    .description = Çevrilen numara veya adres eksik.
sip-485 = Belirsiz adres
    .description = Çevrilen adres belirsiz ve birden fazla kullanıcıyla eşleşiyor.
sip-486 = Meşgul
    .description = Aranan kişiye ulaşıldı ancak şu anda başka bir çağrı kabul edemiyor.
sip-487 = İstek iptal edildi
    .description = İstek, yanıtlanmadan önce iptal edildi.
sip-488 = Burada kabul edilemez
    .description = Önerilen oturumun bir kısmı, örneğin bir kodek veya medya türü, burada kabul edilemiyor.
sip-489 = Geçersiz olay
    .description = Sunucu, istekte adı geçen olay paketini tanımıyor.
sip-491 = İstek beklemede
    .description = Aynı diyalogda henüz tamamlanmamış başka bir istek var.
sip-493 = Şifre çözülemedi
    .description = İstek, alıcının çözemediği şifreli bir gövde içeriyor.
sip-494 = Güvenlik anlaşması şart
    .description = Sunucu, isteği kabul etmeden önce üzerinde anlaşılmış bir güvenlik mekanizması istiyor.

## 5xx: sunucu hataları

sip-500 = Sunucu iç hatası
    .description = Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı.
sip-501 = Uygulanmadı
    .description = Sunucu, bu istek için gereken işlevi, örneğin yöntemini, desteklemiyor.
sip-502 = Hatalı ağ geçidi
    .description = Bir ağ geçidi veya vekil sunucu, sonraki sunucudan geçersiz bir yanıt aldı.
sip-503 = Hizmet kullanılamıyor
    .description = Sunucu geçici olarak aşırı yüklü ya da bakımda.
sip-504 = Sunucu zaman aşımı
    .description = Sunucu, ihtiyaç duyduğu başka bir sunucudan zamanında yanıt alamadı.
sip-505 = Sürüm desteklenmiyor
    .description = Sunucu, isteğin SIP sürümünü desteklemiyor.
sip-513 = Mesaj çok büyük
    .description = İstek mesajı, sunucunun işleyebileceğinden büyük.
sip-555 = Anlık bildirim desteği yok
    .description = Sunucu, istekte adı geçen anlık bildirim hizmetini desteklemiyor.
sip-580 = Ön koşul sağlanamadı
    .description = Sunucu, oturum için gereken ön koşulları karşılayamıyor.

## 6xx: genel hatalar

sip-600 = Tüm hedefler meşgul
    .description = Aranan kişi meşgul ve sesli mesaj gibi başka hiçbir hedef çağrıyı alamıyor.
sip-603 = Arama reddedildi
    .description = Aranan kişi çağrıyı reddetti ve başka hiçbir hedef çağrıyı alamıyor.
sip-604 = Kullanıcı mevcut değil
    .description = Aranan kullanıcı hiçbir yerde mevcut değil.
sip-606 = Kabul edilemez
    .description = Aranan kişiye ulaşıldı ancak önerilen oturumun bir yönü kabul edilemiyor.
sip-607 = İstenmeyen arama
    .description = Aranan kişi çağrıyı istenmeyen olarak işaretledi; bu arayanın sonraki çağrıları da büyük olasılıkla reddedilecek.
sip-608 = Ağ tarafından reddedildi
    .description = Çağrıyı aranan kişi değil, aradaki bir sistem reddetti.

## 7xx: standart dışı

sip-701 = Karşı taraf kapattı
    .description = Karşı taraf telefonu kapattı; SIP standardı dışında, yığına özgü bir koddur.
