"""A language in a script no shipped locale writes (Greek) is a new file too: tests/fixtures/locales/el.toml
gives a transliteration table, and names written in Greek anchor sentences to their English partners.

Rules are read once per process, so the example runs in its own process with CONSISTENCY_LOCALES set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# a folder of its own: the Polish example folder must keep listing exactly one extra language
LOCALES = Path(__file__).parents[1] / "fixtures" / "locales" / "greek"

SCRIPT = """
import json
from consistency.locales import available_locales
from consistency.stages.align.anchors import anchor_similarity, extract_anchors, name_skeleton
from consistency.stages.langid import identify, mixed_script_words

en = extract_anchors("President Zelensky met Blinken in Washington.", "en")
el = extract_anchors("Ο πρόεδρος Ζελένσκι συναντήθηκε με τον Μπλίνκεν στην Ουάσινγκτον.", "el")
other = extract_anchors("Ο πρόεδρος Μακρόν μίλησε στο Παρίσι.", "el")
print(json.dumps({
    "locales": available_locales(),
    "skeletons": [name_skeleton("Ζελένσκι", "el"), name_skeleton("Zelensky", "en"), name_skeleton("Ζελένσκι")],
    "same": anchor_similarity(en, el),
    "other": anchor_similarity(en, other),
    "lang": identify("Ο πρόεδρος Ζελένσκι συναντήθηκε με τον υπουργό στην Ουάσινγκτον").lang,
    "mixed": [w for _, _, w, _ in mixed_script_words("Ο Zελένσκι και ο Ζελένσκι")],
}))
"""


def test_greek_names_anchor_to_their_english_spelling():
    env = {**os.environ, "CONSISTENCY_LOCALES": str(LOCALES)}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert "el" in found["locales"]
    greek, english, by_letters = found["skeletons"]
    assert greek == english == by_letters == "zlns"  # with the edition's language, or from the letters alone
    assert found["same"] > 0.5 > found["other"]
    assert found["lang"] == "el"
    assert found["mixed"] == ["Zελένσκι"]  # a Latin Z typed in a Greek word
