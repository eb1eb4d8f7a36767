# sipstatus: Teks respons SIP, bahasa Indonesia.
# Singkat, seperti di layar telepon meja atau PABX.

## Kelas respons

class-provisional = Respons sementara
    .short = Sementara
class-success = Berhasil
class-redirection = Pengalihan
class-client-failure = Kesalahan klien
class-server-failure = Kesalahan server
class-global-failure = Kesalahan global

## 1xx: respons sementara

sip-100 = Sedang diproses
    .description = Permintaan telah diterima dan sedang diproses, misalnya saat proksi mencari penerima panggilan.
sip-180 = Berdering
    .description = Perangkat penerima telah menerima panggilan dan sedang berdering.
sip-181 = Panggilan dialihkan
    .short = Dialihkan
    .description = Panggilan sedang dialihkan ke tujuan lain.
sip-182 = Dalam antrean
    .description = Penerima belum dapat menerima panggilan, sehingga panggilan dimasukkan ke antrean sampai penerima siap.
sip-183 = Menghubungkan
    .description = Panggilan sedang dibangun dan informasi awal, seperti nada sambung atau pengumuman, sudah tersedia.
sip-199 = Dialog awal berakhir
    .short = Dialog awal usai
    .description = Dialog awal untuk panggilan ini telah diakhiri sebelum panggilan dijawab.

## 2xx: berhasil

sip-200 = OK
    .description = Permintaan berhasil.
sip-202 = Diterima
    .description = Permintaan telah diterima untuk diproses tetapi belum selesai; usang sejak RFC 6665.
sip-204 = Tanpa notifikasi
    .description = Langganan berhasil diperbarui, tetapi tidak akan ada notifikasi untuknya.

## 3xx: pengalihan

sip-300 = Beberapa tujuan
    .description = Alamat mengarah ke beberapa tujuan yang tercantum dalam respons, dan penelepon dapat memilih salah satunya.
sip-301 = Pindah permanen
    .description = Penerima tidak lagi dapat dihubungi di alamat ini dan telah pindah secara permanen ke alamat dalam respons.
sip-302 = Pindah sementara
    .description = Penerima untuk sementara dapat dihubungi di alamat dalam respons.
sip-305 = Gunakan proksi
    .description = Penerima harus dihubungi melalui proksi yang disebutkan dalam respons.
sip-380 = Layanan alternatif
    .short = Layanan lain
    .description = Panggilan gagal, tetapi respons menjelaskan layanan alternatif yang tersedia.

## 4xx: kesalahan klien

sip-400 = Permintaan salah
    .description = Permintaan tidak dapat dipahami karena sintaksnya salah.
sip-401 = Perlu autentikasi
    .short = Perlu login
    .description = Permintaan mengharuskan pengguna melakukan autentikasi ke penerima atau ke server registrasi.
sip-402 = Perlu pembayaran
    .description = Dicadangkan untuk penggunaan di masa mendatang.
sip-403 = Dilarang
    .description = Server memahami permintaan tetapi menolak untuk menjalankannya.
sip-404 = Tidak ditemukan
    .description = Pengguna yang dipanggil tidak ditemukan di domain yang disebutkan dalam permintaan.
sip-405 = Metode tidak diizinkan
    .short = Metode dilarang
    .description = Metode permintaan dikenali, tetapi tidak diizinkan untuk alamat ini.
sip-406 = Konten tidak cocok
    .short = Konten tak cocok
    .description = Penerima hanya dapat menjawab dengan konten yang menurut permintaan tidak dapat diterima oleh penelepon.
sip-407 = Perlu autentikasi proksi
    .short = Login proksi
    .description = Penelepon harus melakukan autentikasi ke proksi terlebih dahulu.
sip-408 = Waktu habis
    .description = Server tidak dapat menjawab tepat waktu, misalnya karena penerima tidak dapat ditemukan.
sip-409 = Konflik
    .description = Permintaan bertentangan dengan keadaan saat ini, misalnya pengguna yang sudah terdaftar; hanya dalam RFC 2543 yang sudah usang.
sip-410 = Sudah tidak ada
    .description = Pengguna pernah ada di sini tetapi tidak lagi dapat dihubungi, dan alamat pengalihannya tidak diketahui.
sip-411 = Perlu panjang konten
    .short = Perlu panjang
    .description = Server menolak permintaan tanpa Content-Length yang valid; hanya dalam RFC 2543 yang sudah usang.
sip-412 = Syarat tidak terpenuhi
    .short = Syarat gagal
    .description = Salah satu syarat permintaan, misalnya entity tag sebuah publikasi, tidak terpenuhi.
sip-413 = Permintaan terlalu besar
    .short = Ukuran berlebih
    .description = Isi permintaan lebih besar daripada yang bersedia diproses server.
sip-414 = URI terlalu panjang
    .short = URI lewat batas
    .description = URI permintaan lebih panjang daripada yang bersedia ditafsirkan server.
sip-415 = Tipe media tak didukung
    .short = Tipe media salah
    .description = Isi permintaan menggunakan format yang tidak didukung server.
sip-416 = Skema URI tak didukung
    .short = Skema URI salah
    .description = Server tidak mengenal skema URI permintaan.
sip-417 = Prioritas tak dikenal
    .short = Prioritas salah
    .description = Permintaan meminta prioritas sumber daya yang tidak dipahami server.
sip-420 = Opsi SIP tidak didukung
    .short = Opsi tak dikenal
    .description = Permintaan memerlukan opsi protokol SIP yang tidak didukung server.
sip-421 = Opsi SIP diperlukan
    .short = Perlu opsi SIP
    .description = Server memerlukan opsi protokol SIP yang tidak dinyatakan didukung dalam permintaan.
sip-422 = Interval sesi kurang
    .short = Timer sesi kecil
    .description = Interval penyegaran sesi dalam permintaan lebih pendek daripada yang diizinkan server.
sip-423 = Interval terlalu singkat
    .short = Durasi kurang
    .description = Masa berlaku yang diminta, misalnya untuk registrasi, terlalu singkat.
sip-424 = Informasi lokasi salah
    .short = Lokasi salah
    .description = Informasi lokasi dalam permintaan rusak atau tidak memadai.
sip-425 = Pesan peringatan salah
    .short = Peringatan salah
    .description = Peringatan darurat non-interaktif ditolak karena formatnya salah.
sip-428 = Perlu header Identity
    .short = Perlu Identity
    .description = Kebijakan server mewajibkan header Identity, tetapi permintaan tidak memilikinya.
sip-429 = Perlu identitas perujuk
    .short = Perlu ID perujuk
    .description = Permintaan tidak memuat token Referred-By yang valid.
sip-430 = Alur koneksi gagal
    .short = Koneksi gagal
    .description = Salah satu alur koneksi ke perangkat pengguna gagal, meskipun alur lain mungkin masih berfungsi.
sip-433 = Anonim tidak diizinkan
    .short = Anonim dilarang
    .description = Permintaan ditolak karena bersifat anonim.
sip-436 = Info identitas salah
    .short = Info ID salah
    .description = Informasi identitas penelepon (Identity-Info) dalam permintaan tidak dapat digunakan, misalnya karena sertifikatnya tidak dapat diambil.
sip-437 = Sertifikat tak didukung
    .short = Sertifikat salah
    .description = Server tidak dapat memvalidasi sertifikat domain yang menandatangani permintaan.
sip-438 = Header Identity salah
    .short = Identity salah
    .description = Tanda tangan dalam header Identity tidak dapat diverifikasi.
sip-439 = Outbound tidak didukung
    .short = Tanpa outbound
    .description = Server registrasi mendukung mekanisme outbound, tetapi proksi pertama di jalurnya tidak.
sip-440 = Max-Breadth terlampaui
    .short = Batas cabang
    .description = Proksi tidak dapat mencabangkan permintaan lebih lanjut karena batas Max-Breadth-nya sudah habis.
sip-469 = Paket INFO salah
    .description = Permintaan INFO menggunakan paket info yang belum disetujui penerima.
sip-470 = Perlu persetujuan
    .short = Belum disetujui
    .description = Pengirim belum memperoleh persetujuan penerima untuk permintaan ini.
sip-480 = Tidak dapat dihubungi
    .short = Tidak tersedia
    .description = Penerima sedang tidak dapat dihubungi, misalnya karena belum login atau mode jangan ganggu aktif.
sip-481 = Panggilan tidak ada
    .short = Dialog tidak ada
    .description = Permintaan tidak cocok dengan panggilan atau transaksi mana pun yang ada.
sip-482 = Loop terdeteksi
    .description = Server mendeteksi loop perutean.
sip-483 = Terlalu banyak hop
    .short = Hop berlebih
    .description = Permintaan melewati lebih banyak hop daripada yang diizinkan Max-Forwards.
sip-484 = Nomor tidak lengkap
    .short = Digit kurang
    .description = Nomor atau alamat yang dipanggil tidak lengkap.
sip-485 = Alamat ambigu
    .description = Alamat yang dipanggil ambigu dan cocok dengan lebih dari satu pengguna.
sip-486 = Sibuk
    .description = Penerima berhasil dijangkau, tetapi perangkatnya sedang sibuk dan tidak dapat menerima panggilan lain.
sip-487 = Panggilan dibatalkan
    .short = Dibatalkan
    .description = Penelepon membatalkan panggilan sebelum dijawab.
sip-488 = Media tidak cocok
    .short = Media tak cocok
    .description = Sebagian media sesi yang ditawarkan, misalnya codec atau tipe media, tidak cocok atau tidak didukung di sini.
sip-489 = Event tak dikenal
    .short = Event salah
    .description = Server tidak mengenal paket event yang disebutkan dalam permintaan.
sip-491 = Permintaan tertunda
    .short = Masih tertunda
    .description = Masih ada permintaan lain yang tertunda dalam dialog yang sama.
sip-493 = Tidak dapat didekripsi
    .short = Gagal dekripsi
    .description = Permintaan berisi konten terenkripsi yang tidak dapat didekripsi oleh penerima.
sip-494 = Perlu negosiasi keamanan
    .short = Perlu negosiasi
    .description = Server baru menerima permintaan setelah mekanisme keamanan dinegosiasikan.

## 5xx: kesalahan server

sip-500 = Gangguan internal server
    .short = Gangguan server
    .description = Server mengalami kondisi tak terduga yang membuatnya tidak dapat memenuhi permintaan.
sip-501 = Tidak diimplementasikan
    .short = Tak diterapkan
    .description = Server tidak mendukung fungsi yang diperlukan untuk permintaan ini, misalnya metodenya.
sip-502 = Gateway bermasalah
    .short = Gangguan gateway
    .description = Gateway atau proksi menerima respons yang tidak valid dari server berikutnya.
sip-503 = Layanan tidak tersedia
    .short = Layanan terhenti
    .description = Server untuk sementara kelebihan beban atau sedang dalam pemeliharaan.
sip-504 = Waktu server habis
    .short = Server tak balas
    .description = Server tidak menerima jawaban tepat waktu dari server lain yang dibutuhkannya.
sip-505 = Versi tidak didukung
    .short = Versi SIP salah
    .description = Server tidak mendukung versi SIP permintaan.
sip-513 = Pesan terlalu besar
    .short = Pesan berlebih
    .description = Pesan permintaan lebih besar daripada yang dapat diproses server.
sip-555 = Push tidak didukung
    .short = Tak ada push
    .description = Server tidak mendukung layanan notifikasi push yang disebutkan dalam permintaan.
sip-580 = Prasyarat tak terpenuhi
    .short = Prasyarat gagal
    .description = Server tidak dapat memenuhi prasyarat yang diperlukan untuk sesi.

## 6xx: kesalahan global

sip-600 = Pelanggan sibuk
    .description = Pelanggan yang dipanggil sedang sibuk dan tidak ada tujuan lain, seperti kotak suara, yang dapat menerima panggilan.
sip-603 = Panggilan ditolak
    .short = Ditolak
    .description = Penerima menolak panggilan dan tidak ada tujuan lain yang dapat menerimanya.
sip-604 = Nomor tidak terdaftar
    .short = Tak terdaftar
    .description = Nomor atau pengguna yang dipanggil tidak terdaftar di mana pun.
sip-606 = Sesi tidak cocok
    .description = Penerima berhasil dihubungi, tetapi sebagian aspek sesi yang ditawarkan tidak cocok.
sip-607 = Panggilan tak diinginkan
    .short = Tak diinginkan
    .description = Penerima menandai panggilan ini sebagai tidak diinginkan; panggilan berikutnya dari penelepon ini kemungkinan juga akan ditolak.
sip-608 = Diblokir jaringan
    .short = Blokir jaringan
    .description = Panggilan diblokir oleh perantara, misalnya penyaringan panggilan operator, bukan oleh penerima.

## 7xx: nonstandar

sip-701 = Pihak lain menutup
    .short = Telepon ditutup
    .description = Pihak lain menutup telepon; kode internal stack SIP di luar standar SIP.
