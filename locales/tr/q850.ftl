# sipstatus: ITU-T Q.850 neden değerleri, Türkçe.
# ISDN ve ISUP terimleri; CUG, kapalı kullanıcı grubu demektir.

## Neden sınıfları

q850-class-normal-event = Normal olay
q850-class-resource-unavailable = Kaynak kullanılamıyor
q850-class-service-not-available = Hizmet veya seçenek kullanılamıyor
q850-class-service-not-implemented = Hizmet veya seçenek uygulanmamış
q850-class-invalid-message = Geçersiz mesaj
q850-class-protocol-error = Protokol hatası
q850-class-interworking = Ağlar arası çalışma

## Nedenler

q850-1 = Atanmamış (mevcut olmayan) numara
q850-2 = Belirtilen transit ağa yol yok (ulusal)
q850-3 = Hedefe yol yok
q850-4 = Özel bilgi tonu gönder
q850-5 = Hatalı çevrilmiş şehirlerarası ön ek (ulusal)
q850-6 = Kanal kabul edilemez
q850-7 = Çağrı kurulu kanalda teslim ediliyor
q850-8 = Öncelikli kesme
q850-9 = Öncelikli kesme, devre yeniden kullanım için ayrıldı
q850-14 = QoR: taşınmış numara
q850-16 = Normal çağrı sonlandırma
q850-17 = Kullanıcı meşgul
q850-18 = Kullanıcı yanıt vermiyor
q850-19 = Cevap yok (kullanıcı çaldırıldı)
q850-20 = Abone erişim dışı
q850-21 = Çağrı reddedildi
q850-22 = Numara değişti
q850-23 = Yeni hedefe yönlendirme
q850-24 = Hedefteki bir özellik nedeniyle çağrı reddedildi
q850-25 = Santral yönlendirme hatası
q850-26 = Seçilmeyen kullanıcı için sonlandırma
q850-27 = Hedef arızalı
q850-28 = Geçersiz numara biçimi (eksik adres)
q850-29 = Hizmet isteği reddedildi
q850-30 = Durum sorgusuna (STATUS ENQUIRY) yanıt
q850-31 = Normal, belirtilmemiş
q850-34 = Boş devre/kanal yok
q850-38 = Ağ arızalı
q850-39 = Kalıcı çerçeve modu bağlantısı hizmet dışı
q850-40 = Kalıcı çerçeve modu bağlantısı çalışıyor
q850-41 = Geçici arıza
q850-42 = Santral ekipmanında tıkanıklık
q850-43 = Erişim bilgisi atıldı
q850-44 = İstenen devre/kanal kullanılamıyor
q850-46 = Öncelikli çağrı engellendi
q850-47 = Kaynak kullanılamıyor, belirtilmemiş
q850-49 = Hizmet kalitesi sağlanamıyor
q850-50 = İstenen hizmete abonelik yok
q850-53 = CUG içinde giden çağrılar engelli
q850-55 = CUG içinde gelen çağrılar engelli
q850-57 = Taşıyıcı yeteneğine yetki yok
q850-58 = Taşıyıcı yeteneği şu anda kullanılamıyor
q850-62 = Giden erişim bilgisi ile abone sınıfı tutarsız
q850-63 = Hizmet veya seçenek kullanılamıyor, belirtilmemiş
q850-65 = Taşıyıcı yeteneği uygulanmamış
q850-66 = Kanal türü uygulanmamış
q850-69 = İstenen hizmet uygulanmamış
q850-70 = Yalnızca kısıtlı sayısal taşıyıcı yeteneği var (ulusal)
q850-79 = Hizmet veya seçenek uygulanmamış, belirtilmemiş
q850-81 = Geçersiz çağrı referans değeri
q850-82 = Belirtilen kanal mevcut değil
q850-83 = Askıdaki çağrı var ancak bu çağrı kimliği yok
q850-84 = Çağrı kimliği kullanımda
q850-85 = Askıya alınmış çağrı yok
q850-86 = İstenen çağrı kimliğine sahip çağrı sonlandırıldı
q850-87 = Kullanıcı CUG üyesi değil
q850-88 = Uyumsuz hedef
q850-90 = Mevcut olmayan CUG
q850-91 = Geçersiz transit ağ seçimi (ulusal)
q850-95 = Geçersiz mesaj, belirtilmemiş
q850-96 = Zorunlu bilgi öğesi eksik
q850-97 = Mesaj türü mevcut değil veya uygulanmamış
q850-98 = Mesaj çağrı durumuyla uyumsuz ya da mesaj türü mevcut değil veya uygulanmamış
q850-99 = Bilgi öğesi/parametre mevcut değil veya uygulanmamış
q850-100 = Geçersiz bilgi öğesi içeriği
q850-101 = Mesaj çağrı durumuyla uyumsuz
q850-102 = Zamanlayıcı süresi dolunca kurtarma
q850-103 = Parametre mevcut değil veya uygulanmamış, iletildi (ulusal)
q850-110 = Tanınmayan parametreli mesaj atıldı
q850-111 = Protokol hatası, belirtilmemiş
q850-127 = Ağlar arası çalışma, belirtilmemiş
