"""Writing speaker resolution: re-cluster the families a change touched, and keep the entity
rows (aliases, roles over time, counts) and the statements' entity links in step with it.

Everything is read in a few set-wise queries and only what changed is written, in bulk: a batch
of new articles touches hundreds of families, and this runs once per batch inside its transaction.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from typing import Callable, Iterable, Optional

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from onrecord.resolve.identity import (
    Cluster,
    Member,
    Override,
    display_name,
    family_of,
    linked_families,
    norm,
    resolve_group,
)
from onrecord.resolve.orgs import countries_named
from onrecord.store.schema import (
    article_speakers,
    articles,
    entities,
    entity_aliases,
    entity_roles,
    overrides,
    statements,
)

CHUNK = 500  # ids per IN (...) list, well under every database's parameter limit


def load_overrides(conn: Connection) -> list[dict]:
    return [dict(r._mapping) for r in conn.execute(select(overrides).order_by(overrides.c.id))]


def all_families(conn: Connection) -> list[str]:
    return [f for (f,) in conn.execute(select(article_speakers.c.family).distinct()) if f]


ORG_ROOT = "o:"  # the one family group of every organisation


def org_families(conn: Connection) -> list[str]:
    return [f for (f,) in conn.execute(select(article_speakers.c.family).distinct()
                                       .where(article_speakers.c.family.like(ORG_ROOT + "%")))]


def refresh_families(conn: Connection) -> list[str]:
    """Recompute every stored speaker's family from its name and type, for a store written when
    families were computed otherwise; returns the families that gained or lost speakers."""
    changed: set[str] = set()
    moves = []
    for local, article, name, type_, family in conn.execute(select(
            article_speakers.c.local_id, article_speakers.c.article_id, article_speakers.c.name,
            article_speakers.c.type, article_speakers.c.family)):
        now = family_of(name, type_)
        if now != family:
            changed.update(f for f in (family, now) if f)
            moves.append({"_a": article, "_l": local, "_f": now})
    if moves:
        conn.execute(update(article_speakers)
                     .where(article_speakers.c.article_id == bindparam("_a"),
                            article_speakers.c.local_id == bindparam("_l"))
                     .values(family=bindparam("_f")), moves)
    return sorted(changed)


def _chunks(values: list, size: int = CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def resolve_families(conn: Connection, families: Iterable[str | None]) -> None:
    """Re-resolve every group of families (families joined by manual merges) touched."""
    touched = sorted({f for f in families if f})
    if not touched:
        return
    rows = load_overrides(conn)
    pairs: list[tuple[Optional[str], Optional[str]]] = [(o["family_a"], o["family_b"]) for o in rows
                                                        if o["kind"] == "merge"]
    if any(f.startswith(ORG_ROOT) for f in touched) or any((f or "").startswith(ORG_ROOT) for p in pairs for f in p):
        # every body is resolved with every other: "AP" and "Associated Press" share no name
        pairs += [(f, ORG_ROOT) for f in sorted(set(org_families(conn)) | set(touched)) if f.startswith(ORG_ROOT)]
    links = linked_families(pairs)
    rules = [Override(o["kind"], o["name_a"], o["name_b"], o["article_id"]) for o in rows]
    roots = sorted({links.get(f, f) for f in touched})
    groups = {root: {f for f, r in links.items() if r == root} | {root} for root in roots}
    all_fams = sorted(set().union(*groups.values()))

    members_by_family: dict[str, list[Member]] = {}
    current: dict[tuple[str, str], str | None] = {}
    for chunk in _chunks(all_fams):
        for r in conn.execute(select(article_speakers).where(article_speakers.c.family.in_(chunk))):
            m = r._mapping
            member = Member(article_id=m["article_id"], local_id=m["local_id"], name=m["name"], type=m["type"],
                            aliases=tuple(m["aliases"] or ()), roles=tuple(m["roles"] or ()),
                            affiliation=m["affiliation"], comentions=frozenset(m["comentions"] or ()),
                            published=m["published"], statement_count=m["statement_count"])
            members_by_family.setdefault(m["family"], []).append(member)
            current[member.key] = m["entity_id"]

    old: dict[str, dict] = {}  # entity id -> its row, for every entity of these groups
    for chunk in _chunks(all_fams):
        for r in conn.execute(select(entities).where(entities.c.family.in_(chunk))):
            old[r.id] = dict(r._mapping)

    clusters: list[tuple[str, Cluster]] = []
    named = _countries_named_in(conn)
    for root in roots:
        members = [m for f in sorted(groups[root]) for m in members_by_family.get(f, [])]
        clusters += [(root, c) for c in resolve_group(members, rules, named)]
    _avoid_foreign_ids(conn, clusters, groups)
    _write(conn, clusters, old, current)


def _countries_named_in(conn: Connection) -> Callable[[str], frozenset[str]]:
    """The countries an article's stored text names (``orgs.countries_named``), read when
    resolution asks, for the few bare body names only a text ties to a country."""
    cache: dict[str, frozenset[str]] = {}

    def named(article_id: str) -> frozenset[str]:
        if article_id not in cache:
            text = conn.execute(select(articles.c.text).where(articles.c.id == article_id)).scalar()
            cache[article_id] = countries_named(text or "")
        return cache[article_id]

    return named


def _avoid_foreign_ids(conn: Connection, clusters: list[tuple[str, Cluster]], groups: dict[str, set[str]]) -> None:
    """An id another family already holds gets a suffix derived from this family (deterministic)."""
    ids = sorted({c.id for _, c in clusters})
    holders: dict[str, str] = {}  # entity id -> the family holding it
    for chunk in _chunks(ids):
        holders.update(conn.execute(select(entities.c.id, entities.c.family).where(entities.c.id.in_(chunk))).all())
    claimed: dict[str, str] = {}
    for root, c in clusters:
        holder = holders.get(c.id)
        if (holder is not None and holder not in groups[root]) or claimed.get(c.id, root) != root:
            c.id = f"{c.id}-{hashlib.sha1(root.encode()).hexdigest()[:6]}"
        claimed[c.id] = root


def _write(conn: Connection, clusters: list[tuple[str, Cluster]], old: dict[str, dict],
           current: dict[tuple[str, str], str | None]) -> None:
    new_rows, changed_rows = [], []
    changed_ids = []
    for root, c in clusters:
        values = {"id": c.id, **_entity_values(c, root)}
        previous = old.get(c.id)
        if previous is None:
            new_rows.append(values)
            changed_ids.append(c.id)
        elif any(previous[k] != v for k, v in values.items()) or _members_changed(c, current):
            changed_rows.append(values)
            changed_ids.append(c.id)
    if new_rows:
        conn.execute(insert(entities), new_rows)
    if changed_rows:
        columns = [k for k in changed_rows[0] if k != "id"]
        conn.execute(update(entities).where(entities.c.id == bindparam("_id"))
                     .values({k: bindparam("_" + k) for k in columns}),
                     [{"_" + k: v for k, v in r.items()} for r in changed_rows])

    gone = sorted(set(old) - {c.id for _, c in clusters})
    for chunk in _chunks(sorted(set(changed_ids) | set(gone))):
        conn.execute(delete(entity_aliases).where(entity_aliases.c.entity_id.in_(chunk)))
        conn.execute(delete(entity_roles).where(entity_roles.c.entity_id.in_(chunk)))
    rewrite = set(changed_ids)
    alias_rows, role_rows, moves = [], [], []
    for _, c in clusters:
        if c.id in rewrite:
            alias_rows += _alias_rows(c)
            role_rows += _role_rows(c)
        moves += [{"_a": m.article_id, "_l": m.local_id, "_e": c.id} for m in c.members if current.get(m.key) != c.id]
    if alias_rows:
        conn.execute(insert(entity_aliases), alias_rows)
    if role_rows:
        conn.execute(insert(entity_roles), role_rows)
    if moves:
        conn.execute(update(article_speakers)
                     .where(article_speakers.c.article_id == bindparam("_a"),
                            article_speakers.c.local_id == bindparam("_l"))
                     .values(entity_id=bindparam("_e")), moves)
        conn.execute(update(statements)
                     .where(statements.c.article_id == bindparam("_a"),
                            statements.c.speaker_local_id == bindparam("_l"))
                     .values(entity_id=bindparam("_e")), moves)
    for chunk in _chunks(gone):
        conn.execute(delete(entities).where(entities.c.id.in_(chunk)))


def _members_changed(c: Cluster, current: dict[tuple[str, str], str | None]) -> bool:
    # a member joined (its aliases and roles join the entity's) even if the counts happen to match
    return any(current.get(m.key) != c.id for m in c.members)


def _entity_values(c: Cluster, root: str) -> dict:
    affiliations = Counter(m.affiliation for m in c.members if m.affiliation)
    dates = [m.published for m in c.members if m.published]
    return {
        "name": c.name,
        "type": c.type,
        "affiliation": sorted(affiliations.items(), key=lambda a: (-a[1], a[0]))[0][0] if affiliations else None,
        "family": root,
        "statement_count": sum(m.statement_count for m in c.members),
        "article_count": len({m.article_id for m in c.members}),
        "first_seen": min(dates) if dates else None,
        "last_seen": max(dates) if dates else None,
    }


def _alias_rows(c: Cluster) -> list[dict]:
    aliases: dict[str, list] = {}
    for m in c.members:
        for form in sorted({m.name, display_name(m.name, m.type), *m.aliases}):
            key = norm(form)[:255]
            if key:
                entry = aliases.setdefault(key, [form, 0])
                entry[1] += 1
    return [{"entity_id": c.id, "alias_norm": k, "alias": form, "count": n} for k, (form, n) in sorted(aliases.items())]


def _role_rows(c: Cluster) -> list[dict]:
    roles: dict[str, dict] = {}
    for m in sorted(c.members, key=lambda m: m.order):
        for role in m.roles:
            key = norm(role)[:255]
            if not key:
                continue
            entry = roles.setdefault(key, {"entity_id": c.id, "role_norm": key, "role": role,
                                           "first_seen": None, "last_seen": None, "count": 0})
            entry["count"] += 1
            if m.published:
                entry["first_seen"] = min(filter(None, [entry["first_seen"], m.published]))
                entry["last_seen"] = max(filter(None, [entry["last_seen"], m.published]))
    return [roles[k] for k in sorted(roles)]
