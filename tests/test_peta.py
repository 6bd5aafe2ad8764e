"""The private persistent map behind the aggregates' indexes (ADR 0015): every version
answers as a dict built from the same changes would, and deriving one never changes another,
through the folds of the changes into a new base."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from birokrasi._peta import Peta

_KUNCI = st.integers(0, 300)


@given(
    st.dictionaries(_KUNCI, st.integers(), max_size=100),
    st.lists(st.dictionaries(_KUNCI, st.integers(), max_size=40), max_size=30),
    st.data(),
)
def test_every_version_is_the_dict_of_its_changes(
    awal: dict[int, int], langkah: list[dict[int, int]], data: st.DataObject
) -> None:
    versi = [(Peta(dict(awal)), dict(awal))]
    for ubah in langkah:
        # derive from any earlier version, not only the last: versions branch
        peta, model = data.draw(st.sampled_from(versi))
        versi.append((peta.dengan(ubah), {**model, **ubah}))
    for peta, model in versi:
        assert peta.ke_dict() == model
        for k in range(-1, 302):
            assert (k in peta) == (k in model)
            assert peta.get(k) == model.get(k)
            assert peta.get(k, "tidak") == model.get(k, "tidak")
            if k in model:
                assert peta[k] == model[k]


def test_changes_fold_into_a_new_base_past_the_square_root() -> None:
    peta = Peta({i: i for i in range(10_000)})  # √n = 100
    for i in range(100):
        peta = peta.dengan({i: -i})
    assert len(peta._ubah) == 100
    assert len(peta._dasar) == 10_000
    lipat = peta.dengan({100: -100})
    assert lipat._ubah == {}
    assert (lipat._dasar[100], lipat._dasar[5]) == (-100, -5)
    assert peta._dasar[5] == 5  # the version it came from still shares the old base
    assert (peta.get(100), lipat.get(100)) == (100, -100)
