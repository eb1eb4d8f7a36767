# sipstatus: SIP warn-codes (the Warning header, RFC 3261 §20.43), Bahasa Indonesia.
# English (locales/en/warning.ftl) is the reference.

warning-300 = Protokol jaringan tidak kompatibel
warning-301 = Format alamat jaringan tidak kompatibel
warning-302 = Protokol transpor tidak kompatibel
warning-303 = Satuan bandwidth tidak kompatibel
warning-304 = Tipe media tidak tersedia
warning-305 = Format media tidak kompatibel
warning-306 = Atribut tidak dikenali
warning-307 = Parameter SDP tidak dikenali
warning-308 = Parameter bahasa tidak kompatibel
warning-330 = Multicast tidak tersedia
warning-331 = Unicast tidak tersedia
warning-370 = Bandwidth tidak mencukupi
warning-380 = SIPS tidak diizinkan
warning-381 = SIPS diperlukan
warning-399 = Peringatan lainnya
