# sipstatus: SIP yanıt metinleri, Türkçe.
# Masaüstü telefon veya santral ekranına sığacak kadar kısa; terimler Türk Telekom ve santral kullanımına göre.

## Yanıt sınıfları

class-provisional = Geçici yanıt
class-success = Başarılı
class-redirection = Yönlendirme
class-client-failure = İstemci hatası
class-server-failure = Sunucu hatası
class-global-failure = Genel hata

## 1xx: geçici yanıtlar

sip-100 = İşleniyor
    .description = İstek alındı ve işleniyor; örneğin proxy sunucusu aranan kişinin yerini belirlerken gönderilir.
sip-180 = Çalıyor
    .description = Aranan kişinin cihazı çağrıyı aldı ve çalıyor.
sip-181 = Çağrı yönlendiriliyor
    .short = Yönlendiriliyor
    .description = Çağrı başka bir hedefe yönlendiriliyor.
sip-182 = Sırada bekliyor
    .description = Aranan kişi şu anda müsait değil; çağrı, müsait olana kadar sıraya alındı.
sip-183 = Bağlantı kuruluyor
    .short = Bağlanıyor
    .description = Çağrı kuruluyor; çalma sesi ya da anons gibi erken bilgiler şimdiden iletilebiliyor.
sip-199 = Erken diyalog sonlandı
    .short = Diyalog sonlandı
    .description = Bu çağrı için oluşturulan erken diyalog, çağrı yanıtlanmadan sonlandırıldı.

## 2xx: başarılı yanıtlar

sip-200 = OK
    .description = İstek başarıyla tamamlandı.
sip-202 = Kabul edildi
    .description = İstek işlenmek üzere kabul edildi ancak henüz tamamlanmadı; RFC 6665 ile kullanımdan kalktı.
sip-204 = Bildirim yok
    .description = Abonelik başarıyla yenilendi ancak bunun için bildirim gönderilmeyecek.

## 3xx: yönlendirme

sip-300 = Birden çok hedef
    .description = Adres, yanıtta listelenen ve arayanın aralarından seçim yapabileceği birden çok hedefe karşılık geliyor.
sip-301 = Kalıcı olarak taşındı
    .short = Kalıcı taşınma
    .description = Aranan kişiye artık bu adresten ulaşılamıyor; kalıcı olarak yanıtta belirtilen adrese taşındı.
sip-302 = Geçici olarak taşındı
    .short = Geçici taşınma
    .description = Aranan kişiye geçici olarak yanıtta belirtilen adresten ulaşılabiliyor.
sip-305 = Proxy sunucu kullanın
    .short = Proxy kullanın
    .description = Aranan kişiye yalnızca yanıtta belirtilen proxy sunucusu üzerinden ulaşılabilir.
sip-380 = Alternatif hizmet
    .short = Başka hizmet
    .description = Çağrı başarısız oldu ancak yanıtta alternatif hizmetler belirtiliyor.

## 4xx: istemci hataları

sip-400 = Hatalı istek
    .description = İstek, söz dizimi hatalı olduğu için anlaşılamadı.
sip-401 = Kimlik doğrulama gerekli
    .short = Kimlik doğrulama
    .description = Bu istek için kullanıcının aranan tarafta veya kayıt sunucusunda kimliğini doğrulaması gerekiyor.
sip-402 = Ödeme gerekli
    .description = İleride kullanılmak üzere ayrılmıştır.
sip-403 = İzin verilmedi
    .description = Sunucu isteği anladı ancak yerine getirmeyi reddediyor.
sip-404 = Bulunamadı
    .description = Aranan kullanıcı, istekte belirtilen etki alanında bulunamadı.
sip-405 = Yönteme izin verilmiyor
    .short = Yönteme izin yok
    .description = İstek yöntemi biliniyor ancak bu adres için izin verilmiyor.
sip-406 = İçerik kabul edilemez
    .short = Uygun içerik yok
    .description = Aranan taraf yalnızca, isteğin kabul etmediğini belirttiği içerik veya biçimle yanıt verebilir.
sip-407 = Proxy kimlik doğrulaması
    .short = Proxy doğrulama
    .description = Arayanın önce proxy sunucusunda kimliğini doğrulaması gerekiyor.
sip-408 = İstek zaman aşımı
    .short = Zaman aşımı
    .description = Sunucu zamanında yanıt veremedi; örneğin aranan kişinin yeri belirlenemedi.
sip-409 = Çakışma
    .description = İstek mevcut durumla çelişiyor, örneğin kullanıcı zaten kayıtlı; yalnızca eski RFC 2543'te vardır.
sip-410 = Artık mevcut değil
    .short = Artık yok
    .description = Kullanıcı bir zamanlar buradaydı ancak artık ulaşılamıyor ve bilinen bir yönlendirme adresi yok.
sip-411 = Uzunluk gerekli
    .description = Sunucu, geçerli bir Content-Length içermeyen isteği reddediyor; yalnızca eski RFC 2543'te vardır.
sip-412 = Koşul sağlanmadı
    .description = İsteğin bir ön koşulu, örneğin bir yayının varlık etiketi, sağlanmadı.
sip-413 = İstek çok büyük
    .description = İstek gövdesi, sunucunun işlemeyi kabul ettiğinden büyük.
sip-414 = Request-URI çok uzun
    .short = URI çok uzun
    .description = Request-URI, sunucunun yorumlamayı kabul ettiğinden uzun.
sip-415 = Desteklenmeyen biçim
    .short = Uyumsuz biçim
    .description = İstek gövdesi, sunucunun desteklemediği bir biçimde.
sip-416 = Bilinmeyen URI şeması
    .short = Bilinmeyen URI
    .description = Sunucu, Request-URI'nin şemasını tanımıyor.
sip-417 = Bilinmeyen öncelik
    .short = Öncelik hatalı
    .description = İstek, sunucunun anlamadığı bir kaynak önceliği istedi.
sip-420 = Desteklenmeyen uzantı
    .short = SIP uzantısı yok
    .description = İstek, sunucunun desteklemediği bir SIP protokol uzantısı gerektiriyor.
sip-421 = SIP uzantısı gerekli
    .short = Uzantı gerekli
    .description = Sunucu, istekte desteklendiği belirtilmeyen bir SIP protokol uzantısına ihtiyaç duyuyor.
sip-422 = Oturum aralığı çok kısa
    .short = Zamanlayıcı kısa
    .description = İstekteki oturum yenileme aralığı, sunucunun izin verdiğinden kısa.
sip-423 = Geçerlilik süresi kısa
    .short = Süre çok kısa
    .description = İstenen geçerlilik süresi, örneğin bir kaydınki, çok kısa.
sip-424 = Hatalı konum bilgisi
    .short = Hatalı konum
    .description = İstekteki konum bilgisi bozuk ya da yetersizdi.
sip-425 = Hatalı uyarı mesajı
    .short = Hatalı uyarı
    .description = Etkileşimsiz bir acil durum uyarısı, bozuk olduğu için reddedildi.
sip-428 = Identity başlığı gerekli
    .short = Identity gerekli
    .description = Sunucunun politikası Identity başlığı gerektiriyor ve istekte bu başlık yoktu.
sip-429 = Yönlendiren kimliği yok
    .short = Referred-By yok
    .description = İstekte geçerli bir Referred-By belirteci yoktu.
sip-430 = Akış başarısız
    .description = Kullanıcı aracısına giden belirli bir bağlantı akışı başarısız oldu, ancak diğerleri hâlâ çalışıyor olabilir.
sip-433 = Gizli numara reddedildi
    .short = Gizli no. yasak
    .description = İstek, gizli numaradan (anonim) geldiği için reddedildi.
sip-436 = Arayan kimliği hatalı
    .short = Kimlik hatalı
    .description = İstekteki arayan kimliği bilgisi (Identity-Info) kullanılamadı; örneğin imzalayanın sertifikası alınamadı.
sip-437 = Desteklenmeyen sertifika
    .short = Sertifika hatalı
    .description = Sunucu, isteği imzalayan etki alanının sertifikasını doğrulayamadı.
sip-438 = Identity imzası geçersiz
    .short = İmza geçersiz
    .description = Identity başlığındaki imza doğrulanamadı.
sip-439 = Outbound desteği yok
    .short = Outbound yok
    .description = Kayıt sunucusu Outbound uzantısını destekliyor ancak yol üzerindeki ilk proxy sunucusu desteklemiyor.
sip-440 = Max-Breadth aşıldı
    .short = Max-Breadth
    .description = Bir proxy sunucusu, Max-Breadth değeri tükendiği için isteği daha fazla çatallayamadı.
sip-469 = Hatalı INFO paketi
    .short = Hatalı INFO
    .description = INFO isteği, alıcının kabul etmediği bir bilgi paketi kullandı.
sip-470 = Onay gerekli
    .description = Gönderen, bu istek için alıcının onayını almamış.
sip-480 = Şu anda ulaşılamıyor
    .short = Ulaşılamıyor
    .description = Aranan kişiye ulaşıldı ancak şu anda müsait değil; örneğin oturum açmamış ya da rahatsız etmeyin modunda.
sip-481 = Çağrı/işlem bulunamadı
    .short = Çağrı bulunamadı
    .description = İstek, mevcut hiçbir çağrı veya işlemle eşleşmiyor.
sip-482 = Döngü algılandı
    .description = Sunucu bir yönlendirme döngüsü algıladı.
sip-483 = Çok fazla atlama
    .description = İstek, Max-Forwards değerinin izin verdiğinden fazla atlamadan geçti.
sip-484 = Eksik numara
    .description = Çevrilen numara veya adres eksik.
sip-485 = Belirsiz adres
    .description = Çevrilen adres belirsiz ve birden fazla kullanıcıyla eşleşiyor.
sip-486 = Hat meşgul
    .description = Aranan kişiye ulaşıldı ancak hattı meşgul; şu anda başka bir çağrı kabul edemiyor.
sip-487 = Çağrı iptal edildi
    .short = İptal edildi
    .description = Arayan, çağrıyı yanıtlanmadan önce iptal etti.
sip-488 = Medya kabul edilemez
    .short = Ortak kodek yok
    .description = Önerilen oturumun bir kısmı, örneğin kodek veya medya türü, kabul edilemiyor; ortak kodek yok.
sip-489 = Bilinmeyen olay
    .description = Sunucu, istekte adı geçen olay paketini tanımıyor.
sip-491 = İstek beklemede
    .description = Aynı diyalogda henüz tamamlanmamış başka bir istek var.
sip-493 = Şifre çözülemedi
    .description = İstek, alıcının çözemediği şifreli bir gövde içeriyor.
sip-494 = Güvenlik anlaşması şart
    .short = Güvenlik gerekli
    .description = Sunucu, isteği kabul etmeden önce üzerinde anlaşılmış bir güvenlik mekanizması istiyor.

## 5xx: sunucu hataları

sip-500 = Sunucu iç hatası
    .description = Sunucu, isteği yerine getirmesini engelleyen beklenmedik bir durumla karşılaştı.
sip-501 = Desteklenmiyor
    .description = Sunucu, bu istek için gereken işlevi, örneğin yöntemini, desteklemiyor.
sip-502 = Hatalı ağ geçidi
    .description = Bir ağ geçidi veya proxy sunucusu, sonraki sunucudan geçersiz bir yanıt aldı.
sip-503 = Hizmet kullanılamıyor
    .short = Hizmet dışı
    .description = Sunucu geçici olarak aşırı yüklü ya da bakımda.
sip-504 = Sunucu zaman aşımı
    .short = Sunucu yanıtsız
    .description = Sunucu, ihtiyaç duyduğu başka bir sunucudan zamanında yanıt alamadı.
sip-505 = Sürüm desteklenmiyor
    .short = Sürüm uyumsuz
    .description = Sunucu, isteğin SIP sürümünü desteklemiyor.
sip-513 = Mesaj çok büyük
    .description = İstek mesajı, sunucunun işleyebileceğinden büyük.
sip-555 = Anlık bildirim yok
    .short = Anlık bild. yok
    .description = Sunucu, istekte adı geçen anlık bildirim (push) hizmetini desteklemiyor.
sip-580 = Ön koşul sağlanamadı
    .short = Ön koşul hatası
    .description = Sunucu, oturum için gereken ön koşulları karşılayamıyor.

## 6xx: genel hatalar

sip-600 = Kullanıcı meşgul
    .description = Aranan kullanıcı meşgul ve sesli mesaj gibi başka hiçbir hedef çağrıyı alamıyor.
sip-603 = Çağrı reddedildi
    .description = Aranan kişi çağrıyı reddetti ve başka hiçbir hedef çağrıyı alamıyor.
sip-604 = Numara mevcut değil
    .short = Numara yok
    .description = Aranan numara veya kullanıcı hiçbir yerde mevcut değil.
sip-606 = Oturum kabul edilemez
    .short = Oturum uyumsuz
    .description = Aranan kişiye ulaşıldı ancak önerilen oturum (oturum tanımı) hiçbir yerde kabul edilemiyor.
sip-607 = İstenmeyen arama
    .description = Aranan kişi bu aramayı istenmeyen arama olarak işaretledi; bu arayanın sonraki aramaları da büyük olasılıkla reddedilecek.
sip-608 = Ağ tarafından engellendi
    .short = Ağ engelledi
    .description = Çağrıyı aranan kişi değil, ağ veya operatör (örneğin bir arama analiz sistemi) engelledi.

## 7xx: standart dışı

sip-701 = Karşı taraf kapattı
    .short = Görüşme sonlandı
    .description = Karşı taraf telefonu kapattı; SIP standardı dışında, yığına özgü bir koddur.
