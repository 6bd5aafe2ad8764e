"""What performance means for a JF career (PermenPANRB 1/2023, Peraturan BKN 3/2023): the
dated angka kredit table (koefisien, AKK), angka kredit from the predikat kinerja, its ledger,
the kenaikan pangkat and jenjang checks and a projection.

The function :func:`~birokrasi.karier.angka_kredit.angka_kredit` is exported from
:mod:`birokrasi` (``from birokrasi import angka_kredit``), not from this package, where the name
is the module :mod:`birokrasi.karier.angka_kredit`.
"""

from birokrasi.karier.angka_kredit import (
    HasilKinerja,
    akumulasi_angka_kredit,
    angka_kredit_pendidikan,
    bulatkan_angka_kredit,
    desimal_eksak,
    hasil_kinerja,
)
from birokrasi.karier.kenaikan import (
    PANGKAT_MINIMAL_JENJANG,
    periksa_kenaikan_jenjang,
    periksa_kenaikan_pangkat,
)
from birokrasi.karier.proyeksi import ProyeksiKenaikan, proyeksi_kenaikan
from birokrasi.karier.saldo import (
    KenaikanJenjang,
    KenaikanPangkat,
    PosisiAngkaKredit,
    SaldoAwal,
    TambahanPendidikan,
    posisi_angka_kredit,
)
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TABEL_ANGKA_KREDIT,
    TABEL_ANGKA_KREDIT_2023,
    TabelAngkaKredit,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
    koefisien_angka_kredit,
    tabel_angka_kredit,
)

__all__ = [
    "MULAI_INTEGRASI",
    "PANGKAT_MINIMAL_JENJANG",
    "TABEL_ANGKA_KREDIT",
    "TABEL_ANGKA_KREDIT_2023",
    "HasilKinerja",
    "KenaikanJenjang",
    "KenaikanPangkat",
    "PosisiAngkaKredit",
    "ProyeksiKenaikan",
    "SaldoAwal",
    "TabelAngkaKredit",
    "TambahanPendidikan",
    "akk_kenaikan_jenjang",
    "akk_kenaikan_pangkat",
    "akumulasi_angka_kredit",
    "angka_kredit_pendidikan",
    "bulatkan_angka_kredit",
    "desimal_eksak",
    "hasil_kinerja",
    "koefisien_angka_kredit",
    "periksa_kenaikan_jenjang",
    "periksa_kenaikan_pangkat",
    "posisi_angka_kredit",
    "proyeksi_kenaikan",
    "tabel_angka_kredit",
]
