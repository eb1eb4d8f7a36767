# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Türkçe.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Uyumsuz ağ protokolü
warning-301 = Uyumsuz ağ adresi biçimi
warning-302 = Uyumsuz taşıma protokolü
warning-303 = Uyumsuz bant genişliği birimi
warning-304 = Medya türü kullanılamıyor
warning-305 = Uyumsuz medya biçimi
warning-306 = Tanınmayan öznitelik
warning-307 = Tanınmayan SDP parametresi
warning-308 = Uyumsuz dil parametreleri
warning-330 = Multicast kullanılamıyor
warning-331 = Unicast kullanılamıyor
warning-370 = Yetersiz bant genişliği
warning-380 = SIPS'e izin verilmiyor
warning-381 = SIPS gerekli
warning-399 = Diğer uyarı
