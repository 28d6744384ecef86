"""The Ukrainian splitter's unused schema library is imported only when something reads from it."""

import sys

from consistency.stages.segment import _defer_import


def test_a_deferred_module_is_imported_on_first_use_and_then_is_itself(tmp_path, monkeypatch):
    (tmp_path / "heavy_library.py").write_text("import sys\nsys.heavy_imports = getattr(sys, 'heavy_imports', 0) + 1\n"
                                               "ANSWER = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "heavy_library", raising=False)
    _defer_import("heavy_library")
    import heavy_library  # what choppa's `import xmlschema` does: nothing runs yet

    assert getattr(sys, "heavy_imports", 0) == 0
    assert heavy_library.ANSWER == 42 and sys.heavy_imports == 1
    assert heavy_library.ANSWER == 42 and sys.heavy_imports == 1  # once
    assert sys.modules["heavy_library"].__file__.endswith("heavy_library.py")
    del sys.heavy_imports
    del sys.modules["heavy_library"]


def test_a_module_that_is_not_installed_is_left_alone():
    _defer_import("no_such_library_here")
    assert "no_such_library_here" not in sys.modules
