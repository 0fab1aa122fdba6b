"""Manifests: expected failures, unexpected passes, conditions, strictness, and writing one from a run."""

import pytest

from conformance import index, manifest, renamed
from tests.conftest import SPEC

BROKEN = "tests.broken.queues.queue_put_nowait_never_full"


def _write(tmp_path, text):
    path = tmp_path / "manifest.toml"
    path.write_text(text)
    return str(path)


def test_listed_failure_is_an_expected_failure_and_exit_status_is_zero(run_suite, tmp_path):
    path = _write(tmp_path, f'[[deviation]]\nspec = "{SPEC}"\nreason = "never raises Full (read its source)"\n')
    run = run_suite("--mp-backend", BROKEN, "--mp-start-method", "fork", "--mp-manifest", path)
    assert run.returncode == 0, run.output
    [rec] = run.records
    assert (rec["verdict"], rec["raw_verdict"]) == ("expected-failure", "fail")
    assert "never raises Full" in rec["expected"]["reason"]


def test_an_entry_can_list_several_spec_ids_for_one_reason(tmp_path):
    other = next(s for s in index.spec_tests() if s != SPEC)
    path = _write(tmp_path, f'[[deviation]]\nspec = ["{SPEC}", "{other}"]\nreason = "one cause"\n')
    [entry] = manifest.load(path, index.spec_tests()).entries
    assert entry.names(SPEC) and entry.names(other) and not entry.names("queue.no.such_spec")
    assert entry.where.endswith(f"[{SPEC} and 1 more]")


def test_an_entry_can_name_tests_by_address_pattern(run_suite, tmp_path):
    address = index.spec_tests()[SPEC][0]
    pattern = address.rsplit("/", 1)[0] + "/*::" + address.split("::")[1][:-3] + "*"
    path = _write(tmp_path, f'[[deviation]]\ntest = "{pattern}"\nreason = "never raises Full"\n')
    run = run_suite("--mp-backend", BROKEN, "--mp-start-method", "fork", "--mp-manifest", path)
    assert run.returncode == 0, run.output
    assert run.verdicts() == {f"{BROKEN}-fork": "expected-failure"}


def test_listed_test_that_passes_is_an_unexpected_pass_and_fails_the_run(run_suite, tmp_path):
    path = _write(tmp_path, f'[[deviation]]\nspec = "{SPEC}"\nreason = "believed broken"\n')
    run = run_suite("--mp-start-method", "fork", "--mp-manifest", path)
    assert run.returncode == 1, run.output
    [rec] = run.records
    assert rec["verdict"] == "unexpected-pass"
    assert "remove the entry" in rec["message"]


@pytest.mark.parametrize("backend, verdict", [(BROKEN, "expected-failure"), ("stdlib", "pass")])
def test_an_intermittent_entry_takes_the_deviation_or_a_pass(run_suite, tmp_path, backend, verdict):
    path = _write(tmp_path, f'[[deviation]]\nspec = "{SPEC}"\nreason = "a race"\noutcomes = ["fail", "pass"]\n')
    run = run_suite("--mp-backend", backend, "--mp-start-method", "fork", "--mp-manifest", path)
    assert run.returncode == 0, run.output
    assert run.verdicts() == {f"{backend}-fork": verdict}


def test_conditions_limit_an_entry_to_its_start_methods(run_suite, tmp_path):
    path = _write(tmp_path, f'[[deviation]]\nspec = "{SPEC}"\nreason = "r"\nstart_methods = ["spawn"]\n')
    run = run_suite("--mp-backend", BROKEN, "--mp-start-method", "fork", "--mp-start-method", "spawn",
                    "--mp-manifest", path)
    assert run.verdicts() == {f"{BROKEN}-fork": "fail", f"{BROKEN}-spawn": "expected-failure"}


@pytest.mark.parametrize("text, says", [
    ('[[deviation]]\nspec = "queue.no.such_spec"\nreason = "r"\n', "stale entry"),
    (f'[[deviation]]\nspec = ["{SPEC}", "queue.no.such_spec"]\nreason = "r"\n', "matching 'queue.no.such_spec'"),
    ('[[deviation]]\nspec = [1]\nreason = "r"\n', "'spec' must be"),
    (f'[[deviation]]\nspec = "{SPEC}"\n', "'reason' is required"),
    (f'[[deviation]]\nspec = "{SPEC}"\nreason = "r"\noutcomes = ["exploded"]\n', "'outcomes' must be"),
    (f'[[deviation]]\nspec = "{SPEC}"\nreason = "r"\noutcomes = ["pass"]\n', "'outcomes' must be"),
    (f'[[deviation]]\nspec = "{SPEC}"\nreason = "r"\ncolour = "red"\n', "unknown key 'colour'"),
    (f'[[deviation]]\nspec = "{SPEC}"\nreason = "r"\npython = "3.9+"\n', "python condition"),
    ('[[deviation]\n', "not valid TOML"),
    ('backend = "billiard"\n', "is for backend 'billiard', which is not selected"),
    ('[[deviation]]\ntest = "conformance/spec/nowhere/*"\nreason = "r"\n', "no spec test of this suite has an address"),
])
def test_malformed_or_stale_manifest_is_a_usage_error(run_suite, tmp_path, text, says):
    run = run_suite("--mp-manifest", _write(tmp_path, text))
    assert run.returncode == 4, run.output
    assert says in run.output
    assert "Traceback" not in run.output


def test_write_manifest_records_the_deviations_of_a_run(run_suite, tmp_path):
    out = tmp_path / "written.toml"
    run = run_suite("--mp-backend", BROKEN, "--mp-write-manifest", str(out))
    assert run.returncode == 1
    text = out.read_text()
    assert f'spec = "{SPEC}"' in text and 'outcomes = ["fail"]' in text
    with pytest.raises(manifest.ManifestError, match="'reason' is required"):
        manifest.load(str(out), index.spec_tests())  # a written entry needs its reason filled in by a person
    out.write_text(text.replace('reason = ""', 'reason = "put_nowait swallows queue.Full"'))
    assert len(manifest.load(str(out), index.spec_tests()).entries) == 1


def test_write_manifest_keeps_the_expected_failures_with_their_reasons(run_suite, tmp_path):
    known = _write(tmp_path, f'[[deviation]]\nspec = "{SPEC}"\nreason = "put_nowait swallows queue.Full"\n')
    out = tmp_path / "rewritten.toml"
    run = run_suite("--mp-backend", BROKEN, "--mp-manifest", known, "--mp-write-manifest", str(out))
    assert run.returncode == 0, run.output
    entries = manifest.load(str(out), index.spec_tests()).entries
    assert [(e.specs, e.reason, sorted(e.outcomes)) for e in entries] == [((SPEC,), "put_nowait swallows queue.Full", ["fail"])]


def test_write_manifest_keeps_no_reason_for_an_outcome_its_entry_did_not_expect(run_suite, tmp_path):
    known = _write(tmp_path, '[[deviation]]\nspec = "*"\nreason = "a race: may time out"\noutcomes = ["timeout", "pass"]\n')
    out = tmp_path / "rewritten.toml"
    run = run_suite("--mp-backend", BROKEN, "--mp-start-method", "fork", "--mp-manifest", known, "--mp-write-manifest", str(out))
    assert run.returncode == 1, run.output
    entries = manifest.tomllib.loads(out.read_text())["deviation"]
    # the fail gets an entry of its own, before the old one (kept: it allows a pass), whose reason is not given to it
    assert [(e["spec"], e["reason"], e["outcomes"]) for e in entries] == [
        (SPEC, "", ["fail"]), ("*", "a race: may time out", ["pass", "timeout"])], out.read_text()


def test_write_manifest_gives_one_entry_per_cause(tmp_path):
    first, second, unexplained = sorted(index.spec_tests())[:3]
    known = manifest.load(_write(tmp_path, f'[[deviation]]\nspec = ["{first}", "{second}"]\nreason = "one cause"\n'),
                          index.spec_tests())
    records = [_record(spec, verdict) for spec, verdict in [(first, "expected-failure"), (second, "expected-failure"), (unexplained, "fail")]]
    out = tmp_path / "rewritten.toml"
    manifest.write(str(out), "b", records, known)
    entries = manifest.tomllib.loads(out.read_text())["deviation"]
    assert [(e["spec"], e["reason"]) for e in entries] == [(unexplained, ""), ([first, second], "one cause")]


def _record(spec_id, verdict, message="m", start_method="fork"):
    address = index.spec_tests()[spec_id][0]
    return {"backend": "b", "verdict": verdict, "raw_verdict": "fail" if verdict == "expected-failure" else verdict,
            "spec": spec_id, "test": f"{address}[b-{start_method}]", "start_method": start_method, "message": message}


def test_write_manifest_keeps_what_the_run_did_not_see_and_drops_what_it_saw_fixed(tmp_path):
    """A partial run (one chapter, another Python) keeps the entries of tests it did not run, conditions and all."""
    ran, fixed, unseen, other_python = sorted(index.spec_tests())[:4]
    known = manifest.load(_write(tmp_path, f'''
[[deviation]]
spec = "{ran}"
reason = "still deviates"
link = "https://example.org/bug/1"
[[deviation]]
spec = "{fixed}"
reason = "fixed since"
[[deviation]]
spec = "{unseen}"
reason = "not run this time"
outcomes = ["timeout"]
start_methods = ["spawn"]
[[deviation]]
spec = "{other_python}"
reason = "on 3.8 only"
python = "<3.9"
platforms = ["linux"]
'''), index.spec_tests())
    records = [_record(ran, "expected-failure"), _record(fixed, "pass"), _record(other_python, "pass")]
    out = tmp_path / "rewritten.toml"
    said = manifest.write(str(out), "b", records, known)
    assert said.startswith("3 entries kept, 0 new (fill in their reasons), 1 dropped"), said
    rewritten = manifest.load(str(out), index.spec_tests())
    assert [(e.specs, e.reason, e.link, sorted(e.outcomes), e.start_methods, e.python, e.platforms) for e in rewritten.entries] == [
        ((ran,), "still deviates", "https://example.org/bug/1", ["fail"], (), None, ()),
        ((unseen,), "not run this time", None, ["timeout"], ("spawn",), None, ()),
        ((other_python,), "on 3.8 only", None, ["fail"], (), "<3.9", ("linux",))]


def test_write_manifest_groups_new_deviations_by_the_cause_their_message_shows(tmp_path):
    a, b, c = sorted(index.spec_tests())[:3]
    records = [_record(a, "fail", "AttributeError: 'Socket' object at 0x7f01 has no attribute 'poll' (/tmp/x/y.py:12)"),
               _record(b, "fail", "AttributeError: 'Socket' object at 0x7f99 has no attribute 'poll' (/tmp/z.py:40)"),
               _record(c, "fail", "expected 3; got 4")]
    out = tmp_path / "new.toml"
    said = manifest.write(str(out), "b", records, None)
    entries = manifest.tomllib.loads(out.read_text())["deviation"]
    assert [e["spec"] for e in entries] == [[a, b], c], out.read_text()
    assert said.startswith("0 entries kept, 2 new"), said


def test_write_manifest_says_where_it_wrote(run_suite, tmp_path):
    out = tmp_path / "written.toml"
    run = run_suite("--mp-backend", BROKEN, "--mp-write-manifest", str(out), "--mp-start-method", "fork")
    assert f"mp-conformance: --mp-write-manifest: wrote {out}: 0 entries kept, 1 new" in run.output, run.output
    assert f"mp-conformance: --mp-report: wrote {tmp_path / 'report.json'}" in run.output, run.output


def test_a_spec_id_as_it_was_before_0_2_is_read_as_its_new_id_with_a_warning(tmp_path):
    path = _write(tmp_path, '[[deviation]]\nspec = ["queue.put_nowait.full_raises", "lock.*"]\nreason = "old ids"\n')
    m = manifest.load(path, index.spec_tests())
    [entry] = m.entries
    assert entry.names("queues.queue.put_nowait.full_raises") and entry.names("synchronize.lock.acquire.blocks")
    assert len(m.warnings) == 2 and "'lock.*' is 'synchronize.lock.*' since mp-conformance 0.2" in m.warnings[1]


def test_every_renamed_spec_id_is_a_spec_id_of_this_release():
    statements = {row["id"] for rows in index.statements().values() for row in rows}
    assert set(renamed.RENAMED.values()) <= statements and not set(renamed.RENAMED) & statements
