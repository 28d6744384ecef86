"""notebooks/audit.ipynb runs top to bottom, as an editor would run it, with no model download."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "audit.ipynb"

pytestmark = pytest.mark.slow


def kernel_for_this_interpreter(tmp_path: Path):
    """A kernel manager whose kernel is this very Python (the venv), whatever kernels are installed."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = tmp_path / "kernels" / "consistency-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "consistency test", "language": "python",
    }))
    return KernelManager(kernel_name="consistency-test",
                         kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")]))


def test_audit_notebook_executes_and_shows_report_table_and_plots(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    # the kernel inherits it: matplotlib-inline draws with Agg into PNG outputs, no display needed
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, km=kernel_for_this_interpreter(tmp_path), timeout=300,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert '<table class="side-by-side">' in html  # the Audit's rich display
    assert "pentagon-2023-12-06-broken" in html and "verdict fail" in html
    assert "foreign-paragraph" in html  # the findings DataFrame
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # facts per edition, alignment heatmaps
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream" and o.name == "stdout")
    assert printed.startswith("pentagon-2023-12-06-broken: FAIL")
