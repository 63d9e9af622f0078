"""The nodes of a directed graph that lead back to themselves: for the rule that no event comes after itself."""

from __future__ import annotations

from collections.abc import Iterable


def on_cycles(edges: Iterable[tuple[str, str]]) -> set[str]:
    """The nodes from which the edges lead back to the node itself: those of a strongly connected component of
    more than one node, or with an edge to themselves (Tarjan's algorithm, without recursion: a chain of thousands
    of events must not reach Python's recursion limit)."""
    graph = _pruned(edges)
    out = {a for a, targets in graph.items() if a in targets}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for j in range(i, len(graph[node])):
                nxt = graph[node][j]
                if nxt not in index:
                    work += [(node, j + 1), (nxt, 0)]  # come back to the rest of node's edges after nxt
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:  # node roots a component: pop it
                    component = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        component.append(top)
                        if top == node:
                            break
                    if len(component) > 1:
                        out.update(component)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return out


def _pruned(edges: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """The graph without the nodes no cycle can pass through: those no edge leads to or from, then those only such
    nodes lead to or from, and so on (most of a timeline; what is left is the cycles and the paths between them)."""
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    for a, b in edges:
        after.setdefault(a, []).append(b)
        before.setdefault(b, []).append(a)
    outs = {n: len(t) for n, t in after.items()}
    ins = {n: len(t) for n, t in before.items()}
    gone = [n for n in {*after, *before} if not outs.get(n) or not ins.get(n)]
    dropped = set(gone)
    while gone:
        n = gone.pop()
        for m in after.get(n, ()):
            ins[m] -= 1
            if not ins[m] and m not in dropped:
                dropped.add(m)
                gone.append(m)
        for m in before.get(n, ()):
            outs[m] -= 1
            if not outs[m] and m not in dropped:
                dropped.add(m)
                gone.append(m)
    return {n: [m for m in t if m not in dropped] for n, t in after.items() if n not in dropped}
