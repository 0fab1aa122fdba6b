"""The spec index: every spec test names a documented statement, and every statement is tested or explained."""

import subprocess
import sys

from conformance import index


def _collected(pytester):
    items, _ = pytester.inline_genitems("--pyargs", "conformance", "--mp-start-method", "fork", "-p", "no:cacheprovider")
    return [item for item in items if item.get_closest_marker("mp_spec")]


def test_static_index_agrees_with_collection(pytester):
    items = _collected(pytester)
    collected = {item.get_closest_marker("mp_spec").args[0].id for item in items}
    assert collected == set(index.spec_tests())


def test_every_spec_test_states_its_behaviour_in_a_docstring(pytester):
    undocumented = sorted({item.nodeid for item in _collected(pytester) if not (item.function.__doc__ or "").strip()})
    assert not undocumented, f"spec tests without a docstring stating the documented behaviour: {undocumented}"


def test_each_spec_id_belongs_to_one_test():
    shared = {spec_id: addrs for spec_id, addrs in index.spec_tests().items() if len(addrs) > 1}
    assert not shared, f"spec ids used by more than one test: {shared}"


def test_every_spec_id_has_a_statement_row_in_its_chapter():
    rows = {row["id"]: chapter for chapter, table in index.statements().items() for row in table}
    wrong = {}
    for spec_id, addresses in index.spec_tests().items():
        chapter = addresses[0].split("/")[2]
        if rows.get(spec_id) != chapter:
            wrong[spec_id] = f"tested in {chapter}, row in {rows.get(spec_id)}"
    assert not wrong, f"spec ids without a statements.tsv row in their chapter: {wrong}"


def test_statement_rows_are_well_formed_and_a_tested_one_leaves_its_metadata_to_its_spec_test():
    """statements.tsv holds the statement (and why an untested one cannot be tested); a tested statement's doc anchor,
    Python versions and platforms are its @spec's alone, so that the two cannot disagree."""
    tested = index.spec_tests()
    for chapter, rows in index.statements().items():
        for row in rows:
            assert set(row) == set(index.STATEMENT_FIELDS), f"{chapter}: row {row.get('id')} has columns {sorted(row)}"
            assert row["statement"], f"{chapter}: row {row['id']} needs a statement"
            if row["id"] in tested:
                given = {k: row[k] for k in ("doc", "python", "platforms") if row[k]}
                assert not given, (f"{chapter}: row {row['id']} is tested, so its @spec gives doc, python and platforms;"
                                   f" the row gives {given}: leave them empty")
            else:
                assert row["doc"], f"{chapter}: row {row['id']} has no spec test, so it needs a doc anchor"


def test_spec_missing_lists_no_statement_without_test_or_reason():
    proc = subprocess.run([sys.executable, "-m", "conformance.cli", "spec", "--missing"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_prerequisite_is_a_spec_test_of_mp_alone_without_a_cycle(pytester):
    """What a spec test `needs` is run by the harness as it stands (conformance.prerequisites): a spec test that
    takes only `mp`; what it needs in turn never leads back to it."""
    import inspect

    items = _collected(pytester)
    specs = {item.get_closest_marker("mp_spec").args[0].id: item for item in items}
    needs = {spec_id: item.get_closest_marker("mp_spec").args[0].needs for spec_id, item in specs.items()}
    wrong = []
    for spec_id, needed in needs.items():
        for other in needed:
            if other not in specs:
                wrong.append(f"{spec_id} needs {other}, which no spec test encodes")
            elif list(inspect.signature(specs[other].function).parameters) != ["mp"]:
                wrong.append(f"{spec_id} needs {other}, whose test takes"
                             f" {list(inspect.signature(specs[other].function).parameters)}, not just mp")
        seen, todo = set(), list(needed)
        while todo:
            other = todo.pop()
            if other == spec_id:
                wrong.append(f"{spec_id} needs itself, through {sorted(seen)}")
                break
            if other not in seen:
                seen.add(other)
                todo += needs.get(other, ())
    assert not wrong, "\n".join(sorted(set(wrong)))
