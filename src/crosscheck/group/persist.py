"""The clustering state as bytes for the store, and back.

JSON for the structure and raw float32 bytes for the vectors. Not pickle: a
store file may come from someone else, and unpickling runs code.
"""

from __future__ import annotations

import base64
import json

import numpy as np

from crosscheck.group.stories import ClusterState, StoryCluster

FORMAT = "crosscheck/cluster-state/1"


def state_to_bytes(state: ClusterState) -> bytes:
    return json.dumps({
        "format": FORMAT,
        "stories": [{
            "id": s.id, "articles": list(s.articles), "titles": list(s.titles),
            "vectors": base64.b64encode(np.ascontiguousarray(s.vectors, dtype="<f4").tobytes())
            .decode("ascii"),
            "entities": [list(e) for e in s.entities], "first_day": s.first_day,
            "last_day": s.last_day, "last_arrival": s.last_arrival,
            "member_entities": [sorted(keys) for keys in s.member_entities],
            "member_days": list(s.member_days),
        } for s in state.stories],
        "entity_df": [list(e) for e in state.entity_df], "arrivals": state.arrivals,
        "clock": state.clock, "merged": [list(m) for m in state.merged],
    }, separators=(",", ":")).encode("utf-8")


def state_from_bytes(data: bytes) -> ClusterState:
    d = json.loads(data)
    if d.get("format") != FORMAT:
        raise ValueError(f"unknown clustering state format {d.get('format')!r}")
    stories = []
    for s in d["stories"]:
        vectors = np.frombuffer(base64.b64decode(s["vectors"]), dtype="<f4")
        stories.append(StoryCluster(
            s["id"], tuple(s["articles"]), tuple(s["titles"]),
            vectors.reshape(len(s["articles"]), -1).astype(np.float32),
            tuple((k, int(v)) for k, v in s["entities"]), s["first_day"], s["last_day"],
            s["last_arrival"], tuple(frozenset(k) for k in s.get("member_entities", ())),
            tuple(s.get("member_days", ()))))
    return ClusterState(tuple(stories), tuple((k, int(v)) for k, v in d["entity_df"]),
                        d["arrivals"], d["clock"], tuple(tuple(m) for m in d["merged"]))
