"""The reference scorer the agreement tests compare with (shared data beside the repository)."""
from __future__ import annotations

import pytest

from repo_paths import REFERENCE, require_shared


@pytest.fixture
def reference_scorer():
    """``../shared/eval/score.py``: the test skips without it, and fails under CI."""
    require_shared(REFERENCE / "score.py")
    return REFERENCE / "score.py"
