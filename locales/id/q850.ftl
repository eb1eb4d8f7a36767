# sipstatus: Penyebab pemutusan Q.850 (ITU-T, ISDN/ISUP), bahasa Indonesia.
# Istilah mengikuti kebiasaan jaringan telepon dan PABX di Indonesia; catatan
# "penggunaan nasional" dihilangkan. CUG = grup pengguna tertutup (Closed User Group).

## Kelas penyebab

q850-class-normal-event = Kejadian normal
q850-class-resource-unavailable = Sumber daya tidak tersedia
q850-class-service-not-available = Layanan atau opsi tidak tersedia
q850-class-service-not-implemented = Layanan atau opsi tidak diimplementasikan
q850-class-invalid-message = Pesan tidak valid
q850-class-protocol-error = Kesalahan protokol
q850-class-interworking = Kerja sama antarjaringan

## Penyebab

q850-1 = Nomor tidak terdaftar
q850-2 = Tidak ada rute ke jaringan transit yang ditentukan
q850-3 = Tidak ada rute ke tujuan
q850-4 = Kirim nada informasi khusus
q850-5 = Salah menekan prefiks trunk
q850-6 = Kanal tidak dapat diterima
q850-7 = Panggilan diberikan dan dikirim melalui kanal yang sudah ada
q850-8 = Preempsi
q850-9 = Preempsi, sirkuit dicadangkan untuk dipakai ulang
q850-14 = QoR: nomor hasil porting
q850-16 = Pemutusan panggilan normal
q850-17 = Pelanggan sibuk
q850-18 = Pelanggan tidak merespons
q850-19 = Tidak ada jawaban (sudah berdering)
q850-20 = Pelanggan tidak dapat dihubungi
q850-21 = Panggilan ditolak
q850-22 = Nomor telah berubah
q850-23 = Dialihkan ke tujuan baru
q850-24 = Panggilan ditolak karena fitur di tujuan
q850-25 = Kesalahan perutean sentral
q850-26 = Pemutusan pengguna yang tidak dipilih
q850-27 = Tujuan tidak berfungsi
q850-28 = Format nomor tidak valid (nomor tidak lengkap)
q850-29 = Fasilitas ditolak
q850-30 = Respons terhadap STATUS ENQUIRY
q850-31 = Normal, tidak ditentukan
q850-34 = Tidak ada sirkuit/kanal yang tersedia
q850-38 = Jaringan tidak berfungsi
q850-39 = Koneksi mode frame permanen tidak beroperasi
q850-40 = Koneksi mode frame permanen beroperasi
q850-41 = Kegagalan sementara
q850-42 = Kongesti perangkat sentral
q850-43 = Informasi akses dibuang
q850-44 = Sirkuit/kanal yang diminta tidak tersedia
q850-46 = Panggilan prioritas diblokir
q850-47 = Sumber daya tidak tersedia, tidak ditentukan
q850-49 = Kualitas layanan tidak tersedia
q850-50 = Fasilitas yang diminta tidak dilanggan
q850-53 = Panggilan keluar dibatasi dalam CUG
q850-55 = Panggilan masuk dibatasi dalam CUG
q850-57 = Kapabilitas pembawa tidak diotorisasi
q850-58 = Kapabilitas pembawa saat ini tidak tersedia
q850-62 = Ketidaksesuaian antara informasi akses keluar dan kelas pelanggan
q850-63 = Layanan atau opsi tidak tersedia, tidak ditentukan
q850-65 = Kapabilitas pembawa tidak diimplementasikan
q850-66 = Tipe kanal tidak diimplementasikan
q850-69 = Fasilitas yang diminta tidak diimplementasikan
q850-70 = Hanya tersedia kapabilitas pembawa informasi digital terbatas
q850-79 = Layanan atau opsi tidak diimplementasikan, tidak ditentukan
q850-81 = Nilai referensi panggilan tidak valid
q850-82 = Kanal yang ditunjuk tidak ada
q850-83 = Ada panggilan yang ditangguhkan, tetapi bukan dengan identitas panggilan ini
q850-84 = Identitas panggilan sedang digunakan
q850-85 = Tidak ada panggilan yang ditangguhkan
q850-86 = Panggilan dengan identitas yang diminta telah diputus
q850-87 = Pengguna bukan anggota CUG
q850-88 = Tujuan tidak kompatibel
q850-90 = CUG tidak ada
q850-91 = Pemilihan jaringan transit tidak valid
q850-95 = Pesan tidak valid, tidak ditentukan
q850-96 = Elemen informasi wajib tidak ada
q850-97 = Tipe pesan tidak ada atau tidak diimplementasikan
q850-98 = Pesan tidak sesuai dengan status panggilan, atau tipe pesan tidak ada atau tidak diimplementasikan
q850-99 = Elemen informasi/parameter tidak ada atau tidak diimplementasikan
q850-100 = Isi elemen informasi tidak valid
q850-101 = Pesan tidak sesuai dengan status panggilan
q850-102 = Pemulihan setelah timer habis
q850-103 = Parameter tidak ada atau tidak diimplementasikan, diteruskan
q850-110 = Pesan dengan parameter tak dikenal, dibuang
q850-111 = Kesalahan protokol, tidak ditentukan
q850-127 = Kerja sama antarjaringan, tidak ditentukan
