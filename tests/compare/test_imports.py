"""What importing the compare stage pulls in."""

import subprocess
import sys


def test_compare_imports_no_scikit_learn() -> None:
    # the stop-word list is spaCy's: scikit-learn (~2 s to import) is no dependency of the compare stage
    code = "import sys, storyline.compare; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
