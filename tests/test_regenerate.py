"""scripts/regenerate: deterministic, checked, and loud about what the generator would get wrong."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shutil
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .conftest import ROOT

SCRIPT = ROOT / "scripts" / "regenerate"
GENERATED = ROOT / "generated" / "tencent_ads_api"


def _load_script() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("regenerate_script", str(SCRIPT))
    spec = importlib.util.spec_from_loader("regenerate_script", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate_script"] = module
    loader.exec_module(module)
    return module


regenerate = _load_script()


def _spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "tencent-ads-v3.yaml").read_text(encoding="utf-8"))
    return document


def _write(tmp_path: Path, spec: dict[str, Any]) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_committed_client_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert regenerate.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_names_new_changed_and_deleted_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "tencent_ads_api"
    shutil.copytree(GENERATED, stale)
    (stale / "models" / "page_info.py").write_text("# edited by hand\n", encoding="utf-8")
    (stale / "models" / "task_status.py").unlink()
    (stale / "leftover.py").write_text("", encoding="utf-8")
    assert regenerate.main(["--check", "--output", str(stale)]) == 1
    err = capsys.readouterr().err
    assert "out of date (changed):         models/page_info.py" in err
    assert "missing from generated/ (new):  models/task_status.py" in err
    assert "stale in generated/ (deleted): leftover.py" in err


def test_regeneration_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    assert regenerate.main(["--output", str(out)]) == 0
    assert regenerate.diff_trees(out, GENERATED) == []
    assert regenerate.diff_trees(tmp_path / "tencent_ads_generated", GENERATED.parent / "tencent_ads_generated") == []
    assert regenerate.main(["--check", "--output", str(out)]) == 0


def test_a_dropped_parameter_fails_loudly() -> None:
    """openapi-python-client skips some parameters without any warning (a ``content:`` one, upstream PR #1464);
    whatever it drops, the script compares every parameter with the generated ``_get_kwargs`` and says so."""
    spec = _spec()
    spec["paths"]["/programmed_commponent_result/get"]["get"]["parameters"].append(
        {"name": "sort_by", "in": "query", "schema": {"type": "string"}}
    )
    with pytest.raises(regenerate.RegenerationError) as caught:
        regenerate.check_parameters(spec, GENERATED)  # the committed client has no sort_by
    assert "parameter 'sort_by' (query) was dropped by the generator" in str(caught.value)
    assert "programmed_commponent_result_get.py::_get_kwargs" in str(caught.value)


def test_a_parameter_of_another_media_type_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = _spec()
    spec["paths"]["/programmed_commponent_result/get"]["get"]["parameters"].append(
        {"name": "sort_by", "in": "query", "content": {"text/plain": {"schema": {"type": "string"}}}}
    )
    code = regenerate.main(["--check", "--spec", str(_write(tmp_path, spec)), "--output", str(tmp_path / "out")])
    assert code == 2
    assert "parameter 'sort_by' (query): content text/plain — only application/json is sent" in capsys.readouterr().err


def test_an_object_query_parameter_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An array of objects declared with ``schema:`` would go on the wire as Python reprs."""
    spec = _spec()
    spec["paths"]["/async_tasks/get"]["get"]["parameters"].append(
        {
            "name": "sort_by",
            "in": "query",
            "schema": {"type": "array", "items": {"$ref": "#/components/schemas/AsyncTasksFilter"}},
        }
    )
    code = regenerate.main(["--check", "--spec", str(_write(tmp_path, spec)), "--output", str(tmp_path / "out")])
    assert code == 2
    assert "parameter 'sort_by' (query): is array; declare it with content: application/json" in capsys.readouterr().err


def test_generator_view_keeps_the_canonical_spec_untouched() -> None:
    spec = _spec()
    view = regenerate.generator_view(spec)
    filtering = next(p for p in view["paths"]["/async_tasks/get"]["get"]["parameters"] if p["name"] == "filtering")
    assert filtering["schema"] == {"type": "string"}
    page = next(p for p in view["paths"]["/async_tasks/get"]["get"]["parameters"] if p["name"] == "page")
    assert "default" not in page["schema"]
    assert view["components"]["schemas"]["MaterialInfo"]["properties"]["material_id"]["type"] == "integer"
    original = next(p for p in spec["paths"]["/async_tasks/get"]["get"]["parameters"] if p["name"] == "filtering")
    assert "content" in original


def test_every_generated_file_says_it_is_generated() -> None:
    files = sorted(GENERATED.rglob("*.py"))
    assert len(files) > 30
    for file in files:
        assert file.read_text(encoding="utf-8").startswith("# GENERATED FILE — DO NOT EDIT."), file
    assert (GENERATED / "py.typed").exists()


def test_generated_signatures_carry_every_parameter() -> None:
    source = (GENERATED / "api" / "async_tasks" / "async_tasks_get.py").read_text(encoding="utf-8")
    for name in ("account_id: int", "filtering: str | Unset", "page: int | Unset", "page_size: int | Unset"):
        assert name in source


def test_pins_agree_with_pyproject() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {
        m.group(1): m.group(2)
        for dep in pyproject["project"]["optional-dependencies"]["test"]
        if (m := re.fullmatch(r"([\w-]+)==([\w.]+)", dep))
    }
    assert pins["openapi-python-client"] == regenerate.OPENAPI_PYTHON_CLIENT_VERSION
    assert pins["ruff"] == regenerate.RUFF_VERSION


def test_model_imports_are_hoisted_out_of_from_dict() -> None:
    """The per-call imports the generator writes inside from_dict cost most of its time; none remain."""
    for file in (GENERATED / "models").glob("*.py"):
        for line in file.read_text(encoding="utf-8").splitlines():
            assert not (line.startswith(" ") and "from ..models." in line), f"{file.name}: {line.strip()}"
    source = (GENERATED / "models" / "async_task.py").read_text(encoding="utf-8")
    assert "\nfrom ..models.async_task_result import AsyncTaskResult\n" in source


def test_a_model_cycle_is_refused(tmp_path: Path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    for name, other in (("a", "b"), ("b", "a")):
        (models / f"{name}.py").write_text(
            f"if TYPE_CHECKING:\n    from ..models.{other} import {other.upper()}\n\n\ndef f():\n"
            f"    from ..models.{other} import {other.upper()}\n",
            encoding="utf-8",
        )
    with pytest.raises(regenerate.RegenerationError, match="model import cycle a -> b -> a"):
        regenerate.hoist_model_imports(tmp_path)
    assert "    from ..models.b import B" in (models / "a.py").read_text(encoding="utf-8")  # untouched


@pytest.mark.parametrize(
    ("field", "schema", "message"),
    [
        ("status", {"$ref": "#/components/schemas/TaskStatus"}, "AsyncTask.status: a response enum must be open"),
        ("preview", {"type": "object", "properties": {"x": {"type": "string"}}}, "AsyncTask.preview: an inline object"),
        ("task_name", {"oneOf": [{"type": "string"}, {"type": "integer"}]}, "is not a response shape the decoders"),
    ],
)
def test_the_decoders_refuse_a_response_shape_they_would_get_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, schema: dict[str, Any], message: str
) -> None:
    """A closed enum would fail on the API's next new value; the others would need a decoder not written yet."""
    spec = _spec()
    spec["components"]["schemas"]["AsyncTask"]["properties"][field] = schema
    code = regenerate.main(["--check", "--spec", str(_write(tmp_path, spec)), "--output", str(tmp_path / "out")])
    assert code == 2
    assert message in capsys.readouterr().err


def _add_operation(spec: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"]["/async_tasks/add"]["post"]
    return operation


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda spec: spec["paths"]["/async_tasks/get"]["get"]["parameters"].append(
                {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ),
            "GET /async_tasks/get: parameter 'item_id' (path): the client sends query parameters only",
        ),
        (
            lambda spec: spec["paths"]["/async_tasks/get"]["get"]["parameters"].append(
                {"name": "X-Trace", "in": "header", "schema": {"type": "string"}}
            ),
            "parameter 'X-Trace' (header): the client sends query parameters only",
        ),
        (
            lambda spec: spec["paths"]["/async_tasks/get"]["get"]["parameters"].append(
                {"name": "since", "in": "query", "schema": {"type": "integer", "exclusiveMinimum": 0}}
            ),
            "parameter 'since' (query): exclusiveMinimum — not followed by the client",
        ),
        (
            lambda spec: spec["components"]["schemas"]["AsyncTasksAddRequest"]["properties"].update(
                {"mode": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}
            ),
            "POST /async_tasks/add requestBody.mode: oneOf — not followed by the client",
        ),
        (
            lambda spec: _add_operation(spec)["requestBody"].update(
                {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}}
            ),
            "requestBody content application/x-www-form-urlencoded — the client sends application/json only",
        ),
        (
            lambda spec: spec["paths"]["/async_tasks/add"].update({"put": _add_operation(spec)}),
            "PUT /async_tasks/add: the client sends GET and POST operations only",
        ),
        (
            lambda spec: spec["components"]["schemas"]["AsyncTasksAddRequest"]["properties"].update(
                {"timeout": {"type": "integer"}}
            ),
            "body member 'timeout' is not usable as a Python keyword argument",
        ),
        (
            lambda spec: _add_operation(spec).update(
                {"parameters": [{"name": "task_name", "in": "query", "schema": {"type": "string"}}]}
            ),
            "task_name both a query parameter and a body member",
        ),
        (
            lambda spec: spec["paths"].update(
                {"/async_tasks2/add": {"post": {**_add_operation(spec), "operationId": "x_add"}}}
            ),
            "client.async_tasks.add is also POST /async_tasks/add (same tag, same last segment)",
        ),
        (
            lambda spec: spec["paths"].update({"/dupe/add": {"post": {**_add_operation(spec), "tags": ["dupe"]}}}),
            "operationId 'async_tasks_add' is also POST /async_tasks/add's",
        ),
        (
            lambda spec: spec["paths"].update(
                {"/../oauth/add": {"post": {**_add_operation(spec), "operationId": "o"}}}
            ),
            "POST /../oauth/add: a path is segments of lowercase letters",
        ),
        (
            lambda spec: spec["paths"].update(
                {"/execute/add": {"post": {**_add_operation(spec), "operationId": "e", "tags": ["execute"]}}}
            ),
            "tag 'execute' would replace the client's own attribute client.execute",
        ),
        (
            lambda spec: spec["components"]["schemas"]["AsyncTasksAddRequest"]["properties"]["task_type"].update(
                {"pattern": "[unclosed"}
            ),
            "pattern '[unclosed' does not compile",
        ),
        (
            lambda spec: spec["components"]["schemas"]["CreateAndroidChannelPackageSpec"]["properties"][
                "android_app_id"
            ].update({"minimum": "1"}),
            "minimum '1' is not a number",
        ),
        (
            lambda spec: spec["components"]["schemas"]["AsyncTasksAddRequest"]["properties"]["task_type"].update(
                {"type": ["string", "null"]}
            ),
            "type ['string', 'null'] — one of",
        ),
    ],
    ids=[
        "path",
        "header",
        "param-keyword",
        "body-keyword",
        "form",
        "put",
        "reserved",
        "clash",
        "same-method",
        "same-id",
        "dot-path",
        "client-attribute",
        "bad-pattern",
        "string-minimum",
        "type-list",
    ],
)
def test_what_the_client_would_not_follow_stops_regeneration_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Any, message: str
) -> None:
    """No silent gaps: a construct of the spec the client cannot put on the wire as written is refused, named."""
    spec = _spec()
    edit(spec)
    code = regenerate.main(["--check", "--spec", str(_write(tmp_path, spec)), "--output", str(tmp_path / "out")])
    assert code == 2
    assert message in capsys.readouterr().err


def test_nothing_under_overrides_is_generated() -> None:
    """Everything scripts/regenerate writes is below generated/; the hand-written package only imports it."""
    for file in (ROOT / "overrides").rglob("*.py"):
        assert "GENERATED FILE" not in file.read_text(encoding="utf-8"), file
    layer = ROOT / "generated" / "tencent_ads_generated"
    assert {p.name for p in layer.glob("*.py")} == {"__init__.py", "spec_data.py", "bodies.py", "decoders.py"}
    assert {p.stem for p in (layer / "resources").glob("*.py")} >= {"__init__", "async_tasks", "oauth"}
    for file in layer.rglob("*.py"):
        assert file.read_text(encoding="utf-8").startswith("# GENERATED FILE — DO NOT EDIT."), file
