"""The merge laws on the pure rules (domain.merge), with hypothesis."""

from __future__ import annotations

import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from raadsviewer.domain import merge as M
from raadsviewer.domain.annotations import revision_id


@st.composite
def histories(draw):  # type: ignore[no-untyped-def]
    """A random revision DAG of one item: each revision edits one or two earlier ones."""
    revs: list[M.Revision] = []
    for n in range(draw(st.integers(1, 12))):
        parents = ()
        if revs and draw(st.booleans()) or n > 0:
            parents = (
                tuple(draw(st.lists(st.sampled_from([r.id for r in revs]), min_size=1, max_size=2))) if revs else ()
            )
        version = 1 + max((r.version for r in revs if r.id in parents), default=0)
        revs.append(
            M.make_revision("item", parents, {"body": draw(st.sampled_from("abc")) + str(n), "version": version})
        )
    return revs


@given(histories(), st.randoms(use_true_random=False))
@settings(max_examples=200, deadline=None)
def test_current_state_depends_on_the_set_only(revs, rnd: random.Random) -> None:  # type: ignore[no-untyped-def]
    groups = [rnd.sample(revs, k=rnd.randint(0, len(revs))) for _ in range(3)] + [revs]
    a = M.union(*groups)
    rnd.shuffle(groups)
    b = M.union(*(list(reversed(g)) for g in groups))
    c = M.union(M.union(*groups[:2]).values(), M.union(*groups[2:]).values())
    assert set(a) == set(b) == set(c) == {r.id for r in revs}  # commutative, associative, nothing lost
    assert M.union(a.values(), a.values()) == a  # idempotent
    sa, sb = M.current(a.values()), M.current(b.values())
    assert sa.current.id == sb.current.id and [h.id for h in sa.heads] == [h.id for h in sb.heads]
    assert all(M.id_is_honest(r) for r in revs)
    assert not M.find_cycle(a)


def test_concurrent_edits_and_an_edit_against_a_deletion_conflict() -> None:
    base = M.make_revision("i", (), {"body": "x", "deleted": False, "version": 1})
    edit = M.make_revision("i", (base.id,), {"body": "y", "deleted": False, "version": 2})
    gone = M.make_revision("i", (base.id,), {"body": "x", "deleted": True, "version": 2})
    state = M.current([base, edit, gone])
    assert state.conflicted and {h.id for h in state.heads} == {edit.id, gone.id}
    assert M.base_of(state.heads, {r.id: r for r in (base, edit, gone)}) == base
    fix = M.resolution("i", state, edit.content, updated_at="2026-01-01T00:00:00")
    assert set(fix.parents) == {edit.id, gone.id} and M.id_is_honest(fix)
    after = M.current([base, edit, gone, fix])
    assert not after.conflicted and after.current == fix


def test_a_forged_id_is_seen_and_a_cycle_is_found() -> None:
    r = M.make_revision("i", (), {"body": "x", "version": 1})
    forged = M.Revision(r.id, "i", (), {"body": "y", "version": 1})
    assert not M.id_is_honest(forged)
    a = M.Revision("a" * 64, "i", ("b" * 64,), {})
    b = M.Revision("b" * 64, "i", ("a" * 64,), {})
    assert M.find_cycle({a.id: a, b.id: b})


def _json_canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def test_the_fast_canonical_json_is_json_dumps_on_every_character() -> None:
    # Ids are made with json.dumps on every laptop (domain.annotations.revision_id); the merge
    # checks them with msgspec. One differing byte would refuse honest packages as forged.
    texts = [
        "".join(chr(c) for c in range(start, min(start + 4096, 0x110000)) if not 0xD800 <= c < 0xE000)
        for start in range(0, 0x110000, 4096)
    ]
    texts += [chr(c) for c in range(0, 0x80)] + ['"\\u0000"', "\\", "a\u2028b", "é", "\U0001f600"]
    for text in texts:
        value = {"z": text, "a": [text, None, True, False, 0, 10**9, []], "m": {"b": text, "a": [[text, "voor"]]}}
        assert M.canonical_json(value) == _json_canonical(value)
        stored = M.stored_json(M.canonical_json(value))  # the text the id is the hash of, and the same JSON
        assert stored.encode("utf-8") == M.canonical_json(value) and json.loads(stored) == value


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    )
)
@settings(max_examples=300, deadline=None)
def test_the_fast_canonical_json_agrees_on_any_json_value(value) -> None:  # type: ignore[no-untyped-def]
    try:
        expected = _json_canonical(value)
    except UnicodeEncodeError:  # an unpaired surrogate: neither encodes it
        return
    assert M.canonical_json(value) == expected


def test_an_id_from_the_encoded_content_is_the_id_of_revision_id() -> None:
    content = {"body": "Wij hebben zorgen over \u201cde\u201d kosten\n", "version": 2, "deleted": False}
    for parents in ((), ("a" * 64,), ("b" * 64, "a" * 64)):
        expected = revision_id({"parent": M.parent_field(parents), "content": content})
        assert M.id_from_canonical(sorted(parents), M.canonical_json(content)) == expected
        assert M.compute_id(sorted(parents), content) == expected
    assert M.id_from_canonical((), M.canonical_json({**content, "version": 3})) != revision_id(
        {"parent": None, "content": content}
    )
