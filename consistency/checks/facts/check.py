"""FactsCheck: the facts of every edition compared with every other edition, with each source, and with
each edition's MT output.

How it decides (so a finding can be explained):
1. Segments. When every edition is aligned to `analysis.reference`, the beads make segments: the
   reference sentences of a bead and the edition sentences aligned to them (beads sharing a reference
   sentence are merged; an edition sentence aligned to nothing joins the segment before it). Otherwise
   the whole document is one segment.
2. Clusters. In each segment the editions' facts are grouped: a fact joins the cluster holding a fact
   it matches (equal, a unit conversion, a rounding) from another edition, equal matches first. A
   figure an edition repeats in the segment forms clusters of its own, which pair but never go missing.
   Comparing every pair of editions is the same as reading these clusters, and it yields each
   difference once.
3. Blame. A cluster missing from some editions is a fact missing there when most editions have it
   (else the editions that have it added it); an edition that states it elsewhere as often is only
   placed differently, and one that states it elsewhere less often has lost a mention (a warning).
   Clusters that fill the same slot (two sums of money) and share no edition are an alteration; the
   outnumbered sides are where it is seen. On a tie the side without story.toml's `original` is, and
   with no original declared every side is: nothing tells which edition is right. Figures written as
   words only confirm, unless two editions agree on one ("Twenty per cent").
4. Sources (a press release) carry more than the editions: a source fact no edition has is a warning.
5. MT: a fact all editions agree on that an edition's MT output lost or changed is a "mt-induced"
   warning about the translation, not an error of the edition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from consistency.checks.base import Check
from consistency.model import Analysis, Fact, Finding
from consistency.checks.facts.relations import check_for, conflict, describe, distance, family, is_weak, relation, rival
from consistency.stages.facts.names import form_of, glossary_skeletons, is_glossary, same_name, word_keys

RELATION_RANK = {"equal": 0, "conversion": 1, "rounding": 2}


@dataclass
class _Cluster:
    members: dict[str, Fact] = field(default_factory=dict)
    rounding: list[tuple[str, str]] = field(default_factory=list)  # (edition, edition) pairs matched by rounding
    # every member is a figure its edition already gave once in the segment ("the $175 million
    # package" again): such a cluster may pair with a rival, but it is never a fact missing or added
    repeated: bool = False

    @property
    def strong(self) -> int:
        return sum(1 for f in self.members.values() if not is_weak(f))

    def first(self) -> Fact:
        """The first fact read in figures (not words), to compare the cluster by."""
        return next((f for f in self.members.values() if not is_weak(f)), next(iter(self.members.values())))


def _acronym_guess(fact: Fact) -> bool:
    """An acronym the glossary does not know ("AI", "NSF"): often translated, so never sure."""
    return not is_glossary(str(fact.value)) and fact.text.replace(".", "").isupper()


def _bare(fact: Fact) -> bool:
    """A figure with nothing said of what it counts ("1,5 млн"): it may stand for a sum in any currency."""
    return fact.kind in ("amount", "count")


def _agreed_in_words(cluster: _Cluster) -> bool:
    """Two editions giving a figure in words ("Twenty per cent", "Двадцать процентов") outvote a third that
    gives another in digits; "first" and "two" are too often wording ("first time", "both") to count."""
    return len(cluster.members) >= 2 and all(
        family(f) == "number" and (f.kind in ("percent", "money", "quantity") or float(f.value) >= 10)
        for f in cluster.members.values())


def _small_count(fact: Fact) -> bool:
    return fact.kind == "amount" and isinstance(fact.value, float) and fact.value < 10


@dataclass(frozen=True)
class FactsCheck(Check):
    """Compare figures, dates and names across editions, sources and MT output (see module docs)."""

    name = "facts"
    produces = ("numbers", "dates", "entities")
    requires = ("segmentations", "translations", "facts", "pivot_facts")
    thresholds = ("rounding_tolerance", "conversion_tolerance")

    # compare each edition's facts with those read in its MT output (mt-induced warnings)
    mt: bool = True

    def run(self, analysis: Analysis) -> tuple[list[Finding], dict]:
        thresholds = analysis.story.config.thresholds
        object.__setattr__(self, "_tol", dict(
            rounding_tolerance=thresholds.rounding_tolerance, conversion_tolerance=thresholds.conversion_tolerance
        ))
        story = analysis.story
        editions = [k for k in sorted(story.editions) if story.editions[k].role == "edition"]
        sources = [k for k in sorted(story.editions) if story.editions[k].role == "source"]
        if analysis.reference in editions:  # the reference goes first: it wins ties
            editions.remove(analysis.reference)
            editions.insert(0, analysis.reference)
        segments, mode = self._segments(analysis, editions + sources)
        findings: list[Finding] = []
        counts = {k: {"matched": 0, "missing": 0, "altered": 0, "added": 0, "rounding": 0, "mt_induced": 0} for k in editions + sources}
        doc_facts = {k: [f for f in analysis.facts.get(k, ())] for k in editions + sources}

        for segment in segments:
            facts, repeats = {}, {}
            for k in editions + sources:
                facts[k], repeats[k] = self._facts_in(analysis.facts.get(k, ()), segment.get(k))
            clusters = self._cluster(editions, {k: facts[k] + repeats[k] for k in editions}, repeats)
            findings += self._blame(analysis, editions, clusters, segment, doc_facts, counts)
            for source in sources:
                findings += self._against_source(analysis, source, editions, facts, clusters, segment, doc_facts, counts)
            if self.mt:
                findings += self._mt_induced(analysis, editions, clusters, segment, mode, counts)

        # the mode (segments from the alignment, or the whole document) is a fact of the story, not a setting
        return self._dedupe(findings), {"mode": mode, "editions": counts}

    # --- segments -----------------------------------------------------------------------------
    def _segments(self, analysis: Analysis, keys: list[str]) -> tuple[list[dict[str, set[int] | None]], str]:
        ref = analysis.reference
        others = [k for k in keys if k != ref]
        aligned = all(
            k in analysis.alignments and analysis.alignments[k].reference == ref for k in others
        ) and ref in analysis.story.editions and analysis.segmentations.get(ref) is not None
        if not aligned or not others:
            return [{k: None for k in keys}], "document"
        # union-find over reference sentences
        parent: dict[int, int] = {}

        def find(x: int) -> int:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for s in analysis.segmentations[ref].sentences:
            find(s.index)
        for k in others:
            for bead in analysis.alignments[k].beads:
                for r in bead.reference[1:]:
                    parent[find(r)] = find(bead.reference[0])
        roots = sorted({find(r) for r in list(parent)}, key=lambda r: min(x for x in parent if find(x) == r))
        index_of = {root: i for i, root in enumerate(roots)}
        segments: list[dict[str, set[int] | None]] = [{k: set() for k in keys} for _ in roots]
        for r in list(parent):
            segments[index_of[find(r)]][ref].add(r)  # type: ignore[union-attr]
        for k in others:
            last = 0
            for bead in analysis.alignments[k].beads:
                if bead.reference:
                    last = index_of[find(bead.reference[0])]
                if segments:
                    segments[last][k].update(bead.edition)  # type: ignore[union-attr]
        return segments, "segment"

    @staticmethod
    def _facts_in(facts: tuple[Fact, ...], sentences: set[int] | None) -> tuple[list[Fact], list[Fact]]:
        """The segment's facts, each once, and the repeats: the same figure in digits again. "Four" and
        "4" in one segment are one fact, read by its digits."""
        chosen = [f for f in facts if sentences is None or f.sentence in sentences]
        first: dict[tuple, int] = {}
        unique: list[Fact] = []
        repeats: list[Fact] = []
        for f in chosen:
            key = (family(f), f.kind if f.kind != "count" else "amount", f.value, f.unit)
            if key not in first:
                first[key] = len(unique)
                unique.append(f)
            elif is_weak(unique[first[key]]) and not is_weak(f):
                unique[first[key]] = f
            elif not is_weak(f):
                repeats.append(f)
        return unique, repeats

    # --- clusters -----------------------------------------------------------------------------
    def _cluster(self, editions: list[str], facts: dict[str, list[Fact]], repeats: dict[str, list[Fact]]) -> list[_Cluster]:
        """Each fact joins the cluster it matches best. An edition's facts are placed by the closest relation
        first (all equal matches, then conversions, then roundings), so that "45 miles (72 km)" against
        "65 miles (72 km)" puts 72 km with 72 km rather than with the 45 miles it converts to; first
        occurrences go before repeats, so that "72%, and 72% of..." against "72%, and 32% of..." leaves one
        cluster of repeats to pair with the rival 32%. A figure without a currency that matches sums in
        two currencies ("1,5 млн" for £1.5 million and $1.5 million) takes no side."""
        clusters: list[_Cluster] = []
        repeat_ids = {id(f) for k in editions for f in repeats[k]}
        # bare figures go last, once every sum has shown its currency
        phases = [{k: [f for f in facts[k] if _bare(f) == bare] for k in editions} for bare in (False, True)]
        for key, phase in ((key, phase) for phase in phases for key in editions):
            placed: set[int] = set()
            # no cluster is added during the passes, and one that gains a fact of `key` is closed to `key`:
            # each fact's candidates are found once and only shrink
            found = {id(fact): self._candidates(fact, key, clusters) for fact in phase[key]}
            for rank in sorted(set(RELATION_RANK.values())):
                for fact in phase[key]:
                    if id(fact) in placed:
                        continue
                    candidates = [cand for cand in found[id(fact)] if key not in clusters[cand[2]].members]
                    if not candidates:
                        continue
                    if self._between_currencies(fact, [clusters[i] for _, _, i in candidates]):
                        placed.add(id(fact))
                        continue
                    best = min(candidates)
                    if best[0] != rank:
                        continue
                    cluster = clusters[best[2]]
                    if rank == RELATION_RANK["rounding"]:
                        cluster.rounding.append((next(iter(cluster.members)), key))
                    cluster.members[key] = fact
                    cluster.repeated = cluster.repeated and id(fact) in repeat_ids
                    placed.add(id(fact))
            for fact in phase[key]:
                if id(fact) not in placed:
                    clusters.append(_Cluster({key: fact}, repeated=id(fact) in repeat_ids))
        return clusters

    def _candidates(self, fact: Fact, key: str, clusters: list[_Cluster]) -> list[tuple[int, float, int]]:
        """(relation rank, distance, index) of every cluster `fact` may join."""
        out = []
        for i, cluster in enumerate(clusters):
            if key in cluster.members or any(conflict(fact, m) for m in cluster.members.values()):
                continue
            for other in cluster.members.values():
                rel = relation(fact, other, **self._tol)
                if rel is not None:
                    out.append((RELATION_RANK[rel], distance(fact, other), i))
                    break
        return out

    @staticmethod
    def _between_currencies(fact: Fact, matches: list[_Cluster]) -> bool:
        if not _bare(fact):
            return False
        currencies = {m.unit for cluster in matches for m in cluster.members.values() if m.kind == "money"}
        return len(currencies) > 1

    # --- blame --------------------------------------------------------------------------------
    def _blame(self, analysis, editions, clusters, segment, doc_facts, counts) -> list[Finding]:
        ref = analysis.reference
        findings: list[Finding] = []
        everyone = set(editions)
        paired: set[int] = set()
        for i, c in enumerate(clusters):
            if set(c.members) == everyone and c.strong and not c.repeated:
                for k in c.members:
                    counts[k]["matched"] += 1
            for a, b in c.rounding:
                findings.append(self._finding(analysis, c.members[b], "info", b, "rounding",
                    f"rounded figure: {describe(c.members[a])} ({a}) vs {describe(c.members[b])} ({b})",
                    {a: c.members[a], b: c.members[b]}))
                counts[b]["rounding"] += 1
        # alterations: clusters in the same slot with no edition in common
        for i, c in enumerate(clusters):
            if i in paired or not c.strong or set(c.members) == everyone:
                continue
            rival_of_c = self._rival(analysis, c, clusters, paired | {i}, set(c.members), doc_facts, segment)
            if rival_of_c is None:
                continue
            j, what = rival_of_c
            sides = [c, clusters[j]]
            paired.update({i, j})
            # a third figure where the other editions give two others: the editions all disagree
            while what != "name swap":
                taken = {k for side in sides for k in side.members}
                more = self._rival(analysis, c, clusters, paired, taken, doc_facts, segment)
                if more is None or more[1] != what:
                    break
                sides.append(clusters[more[0]])
                paired.add(more[0])
            findings += self._altered(analysis, sides, what, ref, counts)
        # missing / added
        for i, c in enumerate(clusters):
            if i in paired or not c.strong or c.repeated:
                continue
            present = set(c.members)
            absent = [k for k in editions if k not in present]
            if not absent:
                continue
            fact = c.first()
            check = check_for(fact)
            if len(present) > len(absent) or (len(present) == len(absent) and ref in present):
                fewest = None  # mentions in the editions that have it: counted once, when first needed
                for k in absent:
                    elsewhere = self._mentions(fact, doc_facts[k])
                    if elsewhere and check != "entities" and fewest is None:
                        fewest = self._fewest_mentions(c, doc_facts)
                    if elsewhere and (check == "entities" or elsewhere >= fewest):
                        continue  # said in another segment: an alignment matter, not a lost fact
                    severity = "error" if c.strong > len(absent) and not elsewhere else "warning"
                    if fact.kind == "time" or (_small_count(fact) and not (c.strong >= 2 and fact.value >= 3)):
                        # clock times get rewritten ("at 19 hours") and small counts spelt out or folded
                        # into the wording ("both"): a lost one is worth a look, not a failure, unless two
                        # editions write it in digits ("a 13-21-3 record")
                        severity = "warning"
                    if check == "entities":
                        # a name can hide in an adjective ("лондонський", "American") or a pronoun: never an
                        # error; a fuzzy (transliterated) match is only a hint
                        severity = "warning" if self._clear_name(c) and not self._named_in(analysis, k, segment, [str(fact.value)]) else "info"
                    msg = (f"missing: {describe(fact)} ("
                           + ", ".join(sorted(present)) + f") is not in {k}"
                           + (f" here (said {elsewhere} time(s) elsewhere, fewer than the other editions)" if elsewhere else ""))
                    findings.append(self._finding(analysis, None, severity, k, "missing", msg, dict(c.members),
                                                  check=check, segment=segment, lacking=k))
                    counts[k]["missing"] += 1
            else:
                for k in sorted(present):
                    if is_weak(c.members[k]) or (check == "entities" and not self._clear_name(c)):
                        continue  # a name read in one edition only is too often a transliteration we missed
                    if any(self._found_elsewhere(c.members[k], doc_facts[o]) for o in absent):
                        continue
                    msg = f"added: {describe(c.members[k])} ({k}) is not in " + ", ".join(absent)
                    findings.append(self._finding(analysis, c.members[k], "warning", k, "added", msg,
                                                  {k: c.members[k]}, check=check))
                    counts[k]["added"] += 1
        return findings

    def _rival(self, analysis, c: _Cluster, clusters, taken: set[int], editions_taken: set[str], doc_facts, segment):
        """(index, what changed) of the cluster that fills c's slot in other editions: the one that makes
        up the most editions first (9-2 against 5-2, rather than against a stray 8 one edition adds),
        then the nearest figure; None when no cluster does."""
        best = None
        for j, d in enumerate(clusters):
            if j in taken or editions_taken & set(d.members):
                continue
            if not d.strong and not _agreed_in_words(d):
                continue
            if c.first().kind == "name" or d.first().kind == "name":
                # two names in one sentence that do not match are mostly a sentence retold, not a
                # swap: only the strict swap test pairs them, and a swap is worth a look, never an error
                what = "name swap" if self._swapped_name(analysis, c, d, doc_facts, segment) else None
            else:
                what = rival(c.first(), d.first())
            if what is None:
                continue
            cand = (-len(editions_taken | set(d.members)), distance(c.first(), d.first()), j, what)
            if best is None or cand < best:
                best = cand
        return None if best is None else (best[2], best[3])

    def _altered(self, analysis, sides: list[_Cluster], what: str, ref: str, counts) -> list[Finding]:
        """Blame within one slot: the sides outnumbered by the largest one. Two sides of one size: the one
        without the original edition (story.toml's `original`), else both: nothing says which is right
        (as a warning when the reference edition is on neither side: the segment's two other editions
        may not be saying the same thing at all). Three or more sides of one size: every edition
        disagrees with every other, and each is an error."""
        sizes = [len(side.members) for side in sides]
        largest = max(sizes)
        original = analysis.story.config.original

        def is_original(side: _Cluster) -> bool:
            return any(analysis.story.editions[k].lang == original for k in side.members)

        if sizes.count(largest) == 1:
            wrong = [side for side in sides if len(side.members) < largest]
        elif len(sides) == 2 and original and sum(map(is_original, sides)) == 1:
            wrong = [side for side in sides if not is_original(side)]
        else:
            wrong = list(sides)
        findings: list[Finding] = []
        for w in wrong:
            right = {k: f for side in sides if side is not w for k, f in side.members.items()}
            both_strong = w.strong == len(w.members) and (any(not is_weak(f) for f in right.values()) or len(right) >= 2)
            check = check_for(w.first())
            severity = "error" if both_strong else "warning"
            if len(sides) == 2 and len(wrong) > 1 and not any(ref in side.members for side in sides):
                severity = "warning"
            if check == "entities" and (not self._clear_name(_Cluster(right)) or what == "name swap"):
                severity = "warning"
            for k in sorted(w.members):
                shown = dict(right)
                shown[k] = w.members[k]
                msg = (f"{what} altered: {describe(w.members[k])} ({k}) where "
                       + ", ".join(f"{ek} has {describe(ef)}" for ek, ef in sorted(right.items())))
                findings.append(self._finding(analysis, w.members[k], severity, k, "altered", msg, shown, check=check))
                counts[k]["altered"] += 1
        return findings

    @staticmethod
    def _swapped_name(analysis, c: _Cluster, d: _Cluster, doc_facts, segment) -> str | None:
        """Two editions name X where the third names Y, both sure names, and Y is no form of X: Y stands
        where X should. Sure means read through the glossary, or (for a transliterated guess) confirmed
        across editions: Y is a name another edition gives elsewhere in the story, and X is one the third
        edition gives elsewhere. A guess that no other edition confirms is more often a translation we
        cannot read ("China" / "Китай", "Welsh" / "Уельсу") than a swap, and an acronym more often a
        translated one ("AI" / "ШІ"). X written anywhere in the third edition's segment in some form (an
        adjective, a case form, a capital at a sentence start) is no swap either."""
        if c.first().kind != "name" or d.first().kind != "name":
            return None
        lone, pair = (c, d) if len(c.members) < len(d.members) else (d, c)
        if len(lone.members) != 1 or len(pair.members) < 2:
            return None
        (key, fact), = lone.members.items()
        y = str(fact.value)
        xs = sorted({str(f.value) for f in pair.members.values()})
        if _acronym_guess(fact) or any(_acronym_guess(f) for f in pair.members.values()):
            return None
        if any(form_of(x, y) or form_of(y, x) for x in xs):
            return None
        # X in some form in the third edition's segment, or Y in some form in the pair's segments: no swap
        for ed, names in [(key, xs)] + [(k, [y]) for k in pair.members]:
            if FactsCheck._named_in(analysis, ed, segment, names):
                return None
        y_sure = is_glossary(y) or any(
            other != key and any(f.kind == "name" and same_name(y, str(f.value)) for f in facts)
            for other, facts in doc_facts.items())
        x_sure = any(is_glossary(x) for x in xs) or any(
            f.kind == "name" and f is not fact and any(same_name(x, str(f.value)) for x in xs) for f in doc_facts[key])
        return "name" if y_sure and x_sure else None

    @staticmethod
    def _named_in(analysis, key: str, segment, names: list[str]) -> bool:
        """Whether `key`'s segment (the whole edition without segments) writes one of the names in some
        form: a case form or an adjective the glossary misses ("Russian" for Russia, "Китаї" for China)."""
        span = FactsCheck._segment_span(analysis, key, segment)
        edition = analysis.story.editions[key]
        text = edition.text[span[0] : span[1]] if span else edition.text
        words = word_keys(text, edition.lang)
        wanted = [form for name in names for form in [name] + glossary_skeletons(name, edition.lang)]
        return any(w == n or form_of(n, w) for w in words for n in wanted)

    def _mentions(self, fact: Fact, facts: list[Fact]) -> int:
        """In how many sentences `facts` state `fact` ("45 miles (72 km)" is one mention)."""
        return len({other.sentence for other in facts if relation(fact, other, **self._tol) is not None})

    def _fewest_mentions(self, cluster: _Cluster, doc_facts) -> int:
        """A figure the edition lacking it here states elsewhere as often as some edition that has it is
        placed elsewhere, not lost; stated fewer times, a mention is lost ("Death toll rises to 832" with
        its headline, the body keeping the figure): a warning, the sentence itself is the alignment's
        business."""
        return min(self._mentions(f, doc_facts[k]) for k, f in cluster.members.items())

    def _found_elsewhere(self, fact: Fact, facts: list[Fact]) -> bool:
        return any(relation(fact, other, **self._tol) is not None for other in facts)

    @staticmethod
    def _clear_name(cluster: _Cluster) -> bool:
        """Names matched through the alias glossary (not a fuzzy guess) in at least two editions."""
        return sum(1 for f in cluster.members.values() if f.kind == "name" and is_glossary(str(f.value))) >= 2

    # --- sources ------------------------------------------------------------------------------
    def _against_source(self, analysis, source, editions, facts, clusters, segment, doc_facts, counts) -> list[Finding]:
        """A source fact no edition states: altered (error) where an edition has a rival figure in the same
        slot, else missing (a warning: sources carry more). Where some editions do state it, the
        comparison between editions has already said which one differs."""
        findings: list[Finding] = []
        used: dict[str, set[int]] = {k: set() for k in editions}
        for sfact in facts[source]:
            if is_weak(sfact):
                continue
            if any(relation(sfact, f, **self._tol) for k in editions for f in facts[k]):
                continue
            if any(self._found_elsewhere(sfact, doc_facts[k]) for k in editions):
                continue
            check = check_for(sfact)
            for k in editions:
                rivals = [f for f in facts[k] if not is_weak(f) and id(f) not in used[k] and rival(sfact, f)
                          and not any(relation(f, s2, **self._tol) for s2 in facts[source])]
                if rivals and check != "entities":
                    other = min(rivals, key=lambda f: (distance(sfact, f), f.start))
                    used[k].add(id(other))
                    what = rival(sfact, other)
                    severity = "error" if check != "entities" else "warning"
                    msg = f"{what} altered against source {source}: {describe(other)} ({k}) where {source} has {describe(sfact)}"
                    findings.append(self._finding(analysis, other, severity, k, "altered", msg,
                                                  {source: sfact, k: other}, check=check))
                    counts[k]["altered"] += 1
                else:
                    # a source names far more people, places and bodies than a news edition retells, and
                    # another name in the same sentence is no replacement of it: a hint, not a warning
                    msg = f"missing: {describe(sfact)} (source {source}) is not in {k}"
                    findings.append(self._finding(analysis, None, "info" if check == "entities" else "warning", k, "missing", msg, {source: sfact},
                                                  check=check, segment=segment, lacking=k))
                    counts[k]["missing"] += 1
        return findings

    # --- MT -----------------------------------------------------------------------------------
    def _mt_induced(self, analysis, editions, clusters, segment, mode, counts) -> list[Finding]:
        findings: list[Finding] = []
        for c in clusters:
            if set(c.members) != set(editions) or not c.strong or c.repeated:
                continue
            for k in editions:
                translation = analysis.translations.get(k)
                if translation is None or translation.translator in ("none", "pass-through") or k not in analysis.pivot_facts:
                    continue
                own = c.members[k]
                pivot = [f for f in analysis.pivot_facts[k] if own.sentence is None or f.sentence == own.sentence]
                if any(relation(own, p, **self._tol) for p in pivot):
                    continue
                mt_text = translation.sentences[own.sentence] if own.sentence is not None and own.sentence < len(translation.sentences) else ""
                # the MT's rendering of this fact is among what it gave that matches nothing else the
                # edition says in that sentence ("Washington" is the translation of "Вашингтоне")
                neighbours = [f for f in analysis.facts.get(k, ()) if f is not own and f.sentence == own.sentence]
                changed = [p for p in pivot if rival(own, p)
                           and not any(relation(o, p, **self._tol) for o in neighbours)]
                said = f'"{describe(min(changed, key=lambda p: distance(own, p)))}"' if changed else "nothing"
                msg = (f"MT output of {k} gives {said} for {describe(own)}, which all editions agree on"
                       + (f' (MT: "{mt_text.strip()}")' if mt_text else ""))
                findings.append(self._finding(analysis, own, "warning", k, "mt-induced", msg, {k: own}, check=check_for(own)))
                counts[k]["mt_induced"] += 1
        return findings

    # --- findings -----------------------------------------------------------------------------
    def _finding(self, analysis, fact, severity, edition, kind, message, shown: dict[str, Fact], *,
                 check: str | None = None, segment=None, lacking: str | None = None) -> Finding:
        evidence: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        for key, f in sorted(shown.items()):
            text = analysis.story.editions[key].text
            spans[key] = (f.start, f.end)
            evidence[key] = text[f.start : f.end]
        if lacking is not None:
            span = self._segment_span(analysis, lacking, segment)
            if span is not None:
                spans[lacking] = span
                evidence[lacking] = analysis.story.editions[lacking].text[span[0] : span[1]]
        if check is None:
            check = check_for(fact if fact is not None else next(iter(shown.values())))
        return Finding(check=check, severity=severity, edition=edition, message=message,
                       evidence=evidence, spans=spans, kind=kind)

    @staticmethod
    def _segment_span(analysis: Analysis, key: str, segment) -> tuple[int, int] | None:
        sentences = segment.get(key) if segment else None
        seg = analysis.segmentations.get(key)
        if not sentences or seg is None:
            return None
        chosen = [s for s in seg.sentences if s.index in sentences]
        if not chosen:
            return None
        return (min(s.start for s in chosen), max(s.end for s in chosen))

    @staticmethod
    def _dedupe(findings: list[Finding]) -> list[Finding]:
        seen: set[tuple] = set()
        out: list[Finding] = []
        for f in findings:
            key = (f.check, f.severity, f.edition, f.kind, tuple(sorted(f.spans.items())))
            if key not in seen:
                seen.add(key)
                out.append(f)
        return out


