"""The GitHub workflows: the reusable gate, its example caller and this project's CI are well formed and agree,
and the gate's steps, run here as the example caller configures them, take a backend from nothing to a gated run."""

import json
import os
import re
import shutil
import subprocess
import sys

import jsonschema
import pytest
import yaml

from tests.conftest import ROOT

GATE = ROOT / ".github" / "workflows" / "gate.yml"
EXAMPLE = ROOT / "examples" / "third_party_backend"
CALLER = EXAMPLE / ".github" / "workflows" / "conformance.yml"
WORKFLOWS = [GATE, CALLER, ROOT / ".github" / "workflows" / "ci.yml"]

# The part of GitHub's workflow syntax ("Workflow syntax for GitHub Actions", docs.github.com) these workflows use;
# anything else in them is a mistake until this schema says otherwise.
_TEXT = {"type": "string"}
_MAP = {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}}
_STEP = {
    "type": "object", "additionalProperties": False,
    "properties": {"name": _TEXT, "id": _TEXT, "if": _TEXT, "uses": {"type": "string", "pattern": r"^[\w.-]+/[\w.-]+@v\d+$"},
                   "run": _TEXT, "shell": {"enum": ["bash", "sh", "pwsh", "python"]}, "with": _MAP, "env": _MAP,
                   "continue-on-error": {"type": "boolean"}},
    "oneOf": [{"required": ["uses"]}, {"required": ["run"]}],
}
_MATRIX = {"type": "object", "additionalProperties": {"anyOf": [{"type": "array"}, {"type": "string", "pattern": r"^\$\{\{.*\}\}$"}]}}
_RUNNING_JOB = {
    "type": "object", "additionalProperties": False, "required": ["runs-on", "steps"],
    "properties": {"runs-on": _TEXT, "timeout-minutes": {"type": "integer"}, "env": _MAP,
                   "strategy": {"type": "object", "additionalProperties": False,
                                "properties": {"fail-fast": {"type": "boolean"}, "matrix": _MATRIX}},
                   "steps": {"type": "array", "minItems": 1, "items": _STEP}},
}
_CALLING_JOB = {
    "type": "object", "additionalProperties": False, "required": ["uses"],
    "properties": {"uses": {"type": "string", "pattern": r"^[\w.-]+/[\w.-]+/\.github/workflows/[\w.-]+\.yml@[\w./-]+$"}, "with": _MAP},
}
_INPUT = {
    "type": "object", "additionalProperties": False, "required": ["description", "type"],
    "properties": {"description": _TEXT, "type": {"enum": ["string", "boolean", "number"]}, "required": {"type": "boolean"},
                   "default": {"type": ["string", "number", "boolean"]}},
}
SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["name", "on", "jobs"],
    "properties": {
        "name": _TEXT,
        "on": {"type": "object", "additionalProperties": False, "minProperties": 1,
               "properties": {"push": {"type": ["object", "null"]}, "pull_request": {"type": ["object", "null"]},
                              "workflow_call": {"type": "object", "additionalProperties": False,
                                                "properties": {"inputs": {"type": "object", "additionalProperties": _INPUT}}}}},
        "jobs": {"type": "object", "minProperties": 1, "additionalProperties": {"oneOf": [_RUNNING_JOB, _CALLING_JOB]}},
    },
}


def _load(path):
    data = yaml.safe_load(path.read_text())
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _inputs():
    return _load(GATE)["on"]["workflow_call"]["inputs"]


def _call():
    [job] = _load(CALLER)["jobs"].values()
    return job


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_workflow_is_well_formed(path):
    try:
        jsonschema.validate(_load(path), SCHEMA)
    except jsonschema.ValidationError as e:
        pytest.fail(f"{path.relative_to(ROOT)}: {'.'.join(map(str, e.absolute_path))}: {e.message}", pytrace=False)


def test_the_gate_uses_every_input_it_declares_and_no_other():
    used = set(re.findall(r"\binputs\.([\w-]+)", GATE.read_text()))
    assert used == set(_inputs()), f"declared but unused: {set(_inputs()) - used}; used but undeclared: {used - set(_inputs())}"


def test_the_example_caller_calls_the_gate_with_its_inputs():
    job, inputs = _call(), _inputs()
    assert job["uses"].split("@")[0].endswith("/" + GATE.relative_to(ROOT).as_posix()), job["uses"]
    assert set(job["with"]) <= set(inputs), f"inputs the gate does not declare: {set(job['with']) - set(inputs)}"
    required = {name for name, spec in inputs.items() if spec.get("required")}
    assert required <= set(job["with"]), f"required inputs not given: {required - set(job['with'])}"
    assert (EXAMPLE / job["with"]["manifest"]).is_file(), job["with"]["manifest"]
    assert f'{job["with"]["backend"]} = ' in (EXAMPLE / "pyproject.toml").read_text(), "the backend is the entry point's name"


def _steps(values, matrix):
    """The gate's steps that run a command: (name, condition, environment, script), expressions replaced by `values`."""
    gate = _load(GATE)
    [job] = gate["jobs"].values()

    def expand(text):
        text = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: str(values[m.group(1)]), str(text))
        return re.sub(r"\$\{\{\s*matrix\.(\w+)\s*\}\}", lambda m: matrix[m.group(1)], text)

    env = {k: expand(v) for k, v in job.get("env", {}).items()}
    for step in job["steps"]:
        if "run" in step:
            yield step["name"], step.get("if", ""), dict(env, **{k: expand(v) for k, v in step.get("env", {}).items()}), step["run"]


def _holds(condition, values):
    """The gate's step conditions: always(), and whether an input is set."""
    for name in re.findall(r"inputs\.([\w-]+) != ''", condition):
        if not values[name]:
            return False
    return True


def _run_gate(repo, venv, values, installed=False):
    """Run the gate's steps in `repo` (the caller's checkout) -> {step name: completed process}; a failed step ends
    the run unless the next steps' conditions say always(). `installed`: the install step ran before, in `venv`."""
    matrix = {"os": "ubuntu-latest", "python": "%d.%d" % sys.version_info[:2]}
    env = dict({k: v for k, v in os.environ.items() if not k.startswith("MP_CONFORMANCE_")}, VIRTUAL_ENV=str(venv),
               PATH=os.pathsep.join([str(venv / "bin"), os.environ["PATH"]]),
               PYTEST_ADDOPTS="-p no:cacheprovider -k 'queue_put or queue_size'")
    done, failed = {}, False
    for name, condition, step_env, script in _steps(values, matrix):
        if (failed and "always()" not in condition) or not _holds(condition, values) or installed and name.startswith("Install"):
            continue
        done[name] = subprocess.run(["bash", "-e", "-c", script], cwd=str(repo), env=dict(env, **step_env),
                                    capture_output=True, text=True, timeout=900)
        failed = failed or done[name].returncode != 0
    return done


@pytest.mark.skipif(not shutil.which("bash") or os.name == "nt", reason="the gate's steps are bash scripts; the venv layout is POSIX")
def test_the_gates_steps_take_the_example_backend_from_nothing_to_a_gated_run(tmp_path):
    """As the example caller configures it, on this machine's Python: green with the example's manifest, a report
    the baseline takes, then gated on that baseline; red without a manifest."""
    repo, venv = tmp_path / "repo", tmp_path / "venv"
    shutil.copytree(str(EXAMPLE), str(repo), ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    values = {name: spec.get("default", "") for name, spec in _inputs().items()}
    values.update(_call()["with"], suite=str(ROOT))
    first = _run_gate(repo, venv, values)
    assert all(p.returncode == 0 for p in first.values()), {n: (p.returncode, p.stdout[-2000:] + p.stderr[-2000:]) for n, p in first.items()}
    gate_step = next(n for n in first if n.startswith("Gate"))
    assert "no baseline" in first[gate_step].stdout, first[gate_step].stdout
    report = repo / "reports" / ("ubuntu-latest-py%d.%d.json" % sys.version_info[:2])
    assert {r["verdict"] for r in json.loads(report.read_text())["results"]} == {"pass", "expected-failure"}
    assert report.with_suffix(".html").is_file()
    (repo / values["baseline"]).mkdir()
    shutil.copy(str(report), str(repo / values["baseline"] / report.name))
    gated = _run_gate(repo, venv, values, installed=True)
    assert gated[gate_step].returncode == 0 and "no baseline" not in gated[gate_step].stdout, gated[gate_step].stdout
    (repo / "empty.toml").write_text("")
    red = _run_gate(repo, venv, dict(values, manifest="empty.toml"), installed=True)
    run_step = next(n for n in red if n.startswith("Run the suite"))
    assert red[run_step].returncode == 1, red[run_step].stdout[-3000:]
