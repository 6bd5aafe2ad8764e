"""The Indonesian translations of the messages of ``birokrasi.penjelasan`` (domain
``birokrasi``), for the lead to merge into ``locale/id/LC_MESSAGES/birokrasi.po`` (issue 18 §2;
the helper converting this module does not edit that shared catalogue). Kode -> ``msgstr``."""

T = {
    "PENJELASAN/masukan": (
        "{nama}: seharusnya tuple berisi pasangan (nama, nilai) bertipe str, diberikan {diberikan}"
    ),
    "PENJELASAN/dasar": "{isi} Dasar hukum: {dasar}.",
    "PENJELASAN/catatan": "{isi} {catatan}",
    "KAR-AK-01/penjelasan": (
        "Angka kredit {hasil} = {bulan}/12 x {persen}% x {koefisien}: koefisien tahunan "
        "{jenjang} adalah {koefisien} (KAR-AK-01) dan predikat {predikat} memberikan {persen}% "
        "(KAR-AK-02)."
    ),
    "KAR-AK-03/penjelasan": (
        "Angka kredit {hasil} = {bulan}/12 x {persen}% x {koefisien}: koefisien tahunan "
        "{jenjang} adalah {koefisien} (KAR-AK-01), predikat {predikat} memberikan {persen}% "
        "(KAR-AK-02), dan tahun itu dihitung secara proporsional, {bulan} dari 12 bulan "
        "(KAR-AK-03)."
    ),
    "PENJELASAN/pita": "{pita} {minimum}-{maksimum} pegawai",
    "PENJELASAN/batas-distribusi": (
        "Organisasi {predikat_organisasi}, {jumlah} pegawai, pembulatan {pembulatan} ({aturan}): "
        "{pita}."
    ),
    "KIN-RATING-01/penjelasan": (
        "Rating hasil kerja pimpinan unit adalah {rating}, karena predikat kinerja organisasi "
        "{predikat_organisasi} (KIN-RATING-01)."
    ),
    "KIN-RATING-01/penjelasan-pemetaan-instansi": (
        "Rating hasil kerja pimpinan unit adalah {rating}, karena predikat kinerja organisasi "
        "{predikat_organisasi} (KIN-RATING-01, pemetaan instansi)."
    ),
    "PENJELASAN/orang": "{nama}, {jabatan}",
    "PENJELASAN/orang-luar": "{nama}, {jabatan}, pejabat di atas instansi (STR-ATASAN-02)",
    "STR-PENILAI-01/penjelasan-tidak-ada": (
        "Pada {tanggal} Anda tidak mempunyai Pejabat Penilai Kinerja: tidak ada kepala unit "
        "berjabatan manajerial di atas Anda (STR-PENILAI-01), dan tidak ada pejabat di atas "
        "instansi yang dinyatakan (STR-ATASAN-02)."
    ),
    "STR-PENILAI-02/penjelasan": (
        "Pada {tanggal} Pejabat Penilai Kinerja Anda adalah {penilai}, karena kewenangan menilai "
        "Anda didelegasikan kepadanya sejak {mulai} (STR-PENILAI-02)."
    ),
    "STR-PENILAI-01/penjelasan-atasan": (
        "Pada {tanggal} Pejabat Penilai Kinerja Anda adalah {penilai}, karena ia atasan langsung "
        "Anda dan paling rendah menduduki jabatan pengawas (STR-ATASAN-01, STR-PENILAI-01)."
    ),
    "STR-PENILAI-01/penjelasan-naik": (
        "Pada {tanggal} Pejabat Penilai Kinerja Anda adalah {penilai}, kepala unit berikutnya ke "
        "atas, karena atasan langsung Anda, {atasan}, tidak menduduki jabatan manajerial "
        "(STR-PENILAI-01)."
    ),
    "STR-PENILAI-02/penjelasan-tidak-berlaku": (
        "Pendelegasian kepada {penerima} ({nip}) tidak berlaku, karena penerimanya tidak "
        "menduduki jabatan manajerial pada tanggal itu (STR-PENILAI-02)."
    ),
}
