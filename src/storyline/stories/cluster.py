"""Batch story clustering: every article of a batch gets a story id, and a near-copy names what it copies.

Steps, and the signal that decides each (see ``storyline.stories.similarity`` for the scoring):

1. Near-duplicates, in input order: MinHash Jaccard >= 0.8 over 3-word shingles, or containment of the shorter
   report in the longer >= 0.85 (a copy cut short), makes a report a copy of the earlier one it matches best
   (``storyline.stories.dedup``). A copy joins its original's story and takes no part in the clustering, so
   wire repeats cannot pull two stories together.
2. Features of the remaining reports: TF-IDF over this batch (document frequencies from the batch itself; a
   batch of fewer than ``MIN_DOCS`` reports is weighted as if the missing ones held none of its words) of
   words, names, numbers and dates, and quotes, blended into one unit vector per report.
3. Pairwise score: cosine x time factor (publication dates, when both are known).
4. Average-linkage agglomerative clustering (SciPy's hierarchy, lighter to import than scikit-learn's, whose
   import alone took 2 s of a short CLI run) stopped at ``threshold``: two groups merge while the mean score
   between their members is at least the threshold. Average linkage, not single: one shared wire
   paragraph must not chain two events together.
5. Shared leads (``storyline.stories.passages``): a report left alone in a story of its own that opens with the
   same long sentences as another report (20 or more shared 8-word shingles in the first 200 words) joins that
   report's story. An agency lead followed by a local half (reactions, condolences) is diluted below the
   threshold by that half, though the two shared sentences are near-proof of the event. A story made only of
   such copies (they pair off before either meets its story) is placed as one report, by its member nearest
   another story (``join_copy_stories``).
6. Named events (``storyline.stories.events``): a report still alone in a story whose main named event ("the
   collapse of the Harrow Bridge") is the main event of reports of exactly one other story, published within
   the time window of it, joins that story when its mean score with the story is at least ``EVENT_FLOOR`` (half)
   of the threshold. A next-day follow-up is told in other words (the recovery, not the rescue) and falls just
   under the threshold, though it names the event as the first reports did. A report with no named event is
   keyed by its event noun and its two principal people ("election" and the winner and loser, in full), and one
   with neither by its natural disaster and country ("earthquake" in Morocco); a report told most of a fire (a
   blaze, a wildfire) or a flood (a dam that burst) is keyed by the event and the town or island it names most
   often ("fire" on Maui, "flood" in Derna), and one told most of an outage or a cyberattack by the company it
   names most ("outage" at CrowdStrike), before its people. Two stories whose reports all name the same main event
   are then one when their mean score is at least that floor: the rising toll's reports and the survivors' reports
   of one quake, Friday's and Saturday's reports of one wildfire, the toll's and the dams' reports of one flood, the
   apology's and the grounded flights' reports of one outage (``merge_event_stories``). On ECB+ dev no story
   changes; on train, a report left alone joins its story of one fire in Alaska (batch B3 F1 0.904 -> 0.905).
7. Kept links (``rejoin_links``): a report still alone in a story that scores at least the threshold with a
   report of exactly one other story joins that story when its mean score with it is at least ``LINK_FLOOR``
   (half) of the threshold and its main event is not another event of a name the story's reports name (a
   bridge's reopening is not its collapse). The two reports alone would be one story, and adding a third should
   not undo that: a senator's reaction to a takeover scores above the line with one report of the deal, and
   below it with the group that report joins, told in the deal's own words (QA round AB). ECB+ batch B3 F1:
   train 0.905 -> 0.914, dev 0.938 -> 0.947. A story of two reports that both link into one other story, and
   into no third, joins it whole on the same terms (``rejoin_linked_pairs``): two reprints of an agency's lead
   pair off in its words before they meet the event's other reports (QA round AX). ECB+ batch B3 F1: train
   0.917 -> 0.919, dev unchanged.
8. Story ids ``s1``, ``s2``, ... in order of each story's first article in the input: stable across runs on the
   same input, readable, and the same scheme as the incremental index.

Past ``BATCH_LIMIT`` reports the quadratic similarity matrix would not fit in memory, so the batch is fed to the
incremental ``StoryIndex`` in input order instead (same features, one pass).

With an ``embedder`` (the optional ``embed`` extra, ``storyline.stories.embed``), step 3's score is a blend of
the lexical score and the sentence-embedding cosine, with its own tuned threshold.

Does NOT: parse the articles or read their analyses.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from storyline.model import Article, Assignment
from storyline.stories import passages
from storyline.stories.dedup import DuplicateIndex, signature
from storyline.stories.embed import EMBED_THRESHOLD, EMBED_WEIGHT, Embedder
from storyline.stories.events import EVENT_FLOOR, main_event
from storyline.stories.features import body_text, feature_ids, of_article, vectorize
from storyline.stories.links import LINK_FLOOR, another_event
from storyline.stories.similarity import DEFAULT_THRESHOLD, MIN_DOCS, date_factor, parse_day

BATCH_LIMIT = 4000


def find_copies(articles: Sequence[Article]) -> dict[int, int]:
    """Index of each near-copy -> index of the earlier article it copies (input order)."""
    index = DuplicateIndex()
    pos: dict[str, int] = {}
    copies: dict[int, int] = {}
    for i, art in enumerate(articles):
        key = f"{i}:{art.id}"  # positions, not ids: an id may repeat in a careless input
        sig = signature(art.text)
        hit = index.find(sig)
        if hit is not None:
            copies[i] = pos[hit[0]]
        index.add(key, sig)
        pos[key] = i
    return copies


def similarity_matrix(articles: Sequence[Article], *, embedder: Embedder | None = None) -> np.ndarray:
    """Pairwise scores (cosine x time factor) of ``articles``, TF-IDF fitted on these articles; with an
    ``embedder``, the cosine is blended with the sentence-embedding cosine (weight ``EMBED_WEIGHT``)."""
    feats = [of_article(a) for a in articles]
    df: dict[int, int] = {}
    for f in feats:
        for tid in feature_ids(f):
            df[tid] = df.get(tid, 0) + 1
    # a small batch is weighted as a batch of ``MIN_DOCS`` (see there); not under the embedding blend, whose
    # weight and threshold were tuned with the batch's own frequencies and already lift a small batch's scores
    n_docs = len(feats) if embedder is not None else max(len(feats), MIN_DOCS)
    vecs = [vectorize(f, df, n_docs) for f in feats]
    vocab: dict[int, int] = {}
    rows, cols, vals = [], [], []
    for r, (ids, ws) in enumerate(vecs):
        for tid, w in zip(ids.tolist(), ws.tolist(), strict=True):
            rows.append(r)
            cols.append(vocab.setdefault(tid, len(vocab)))
            vals.append(w)
    from scipy.sparse import csr_matrix

    x = csr_matrix((vals, (rows, cols)), shape=(len(vecs), max(1, len(vocab))), dtype=np.float64)
    sim = np.asarray((x @ x.T).todense())
    if embedder is not None:
        emb = embedder.encode([a.text for a in articles]).astype(np.float64)
        sim = (1.0 - EMBED_WEIGHT) * sim + EMBED_WEIGHT * np.clip(emb @ emb.T, 0.0, 1.0)
    days = [parse_day(a.published.value) for a in articles]
    if any(d is not None for d in days):
        for i, di in enumerate(days):
            if di is None:
                continue
            for j in range(i + 1, len(days)):
                dj = days[j]
                if dj is not None:
                    factor = date_factor(abs(di - dj))
                    sim[i, j] *= factor
                    sim[j, i] *= factor
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def lead_partners(articles: Sequence[Article]) -> dict[int, dict[int, int]]:
    """Index -> {partner index: shared lead shingles} for the reports of ``articles`` that share a wire lead
    (``storyline.stories.passages``) with another.

    Two reports published further apart than the time window (both dates known) are no partners: a wire lead
    re-used weeks later introduces another story.
    """
    days = [parse_day(a.published.value) for a in articles]
    partners: dict[int, dict[int, int]] = {}
    for (i, j), shared in passages.shared_pairs(passages.of_articles(articles)).items():
        di, dj = days[i], days[j]
        if di is not None and dj is not None and date_factor(abs(di - dj)) < 1.0:
            continue
        partners.setdefault(i, {})[j] = shared
        partners.setdefault(j, {})[i] = shared
    return partners


def rejoin_lead_copies(labels: Sequence[int], partners: dict[int, dict[int, int]]) -> list[int]:
    """``labels`` with each report left alone in its story moved to the story of the partner it shares the
    longest lead with (ties: the earliest partner).

    Why only a report left alone: the whole-report score is diluted by a copy's own half (a local angle, a
    list of reactions) and nothing else speaks for it; a report already grouped with others was placed by the
    score of its whole text, and lifting every lead-sharing report's scores to its partner's split and mixed
    ECB+ dev stories (B3 F1 0.938 -> 0.886).
    """
    size: dict[int, int] = {}
    for lab in labels:
        size[lab] = size.get(lab, 0) + 1
    out = list(labels)
    for i, mine in partners.items():
        if size[labels[i]] > 1:
            continue
        best = min(mine, key=lambda j: (-mine[j], j))
        out[i] = out[best]  # the partner's current story: two lone partners end together
    return out


def join_copy_stories(
    labels: Sequence[int], sim: np.ndarray, partners: dict[int, dict[int, int]], threshold: float
) -> list[int]:
    """``labels`` with each story made only of copies of one wire lead (every two members share it) joined to
    the story its best-placed member would join on its own: the mean score of that member with the other
    story's members is at least ``threshold``.

    Why: two copies of one agency lead, one diluted by a local half, pair off with each other before either
    meets its story, and the pair's mean with the story then falls below the threshold although one member
    alone stands above it. Such a pair tells one report's worth of evidence, so it is placed as one report,
    by its member that is nearest the rest.
    """
    members: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        members.setdefault(lab, []).append(i)
    out = list(labels)
    for lab, group_ in members.items():
        if len(group_) < 2 or not all(j in partners.get(i, {}) for i in group_ for j in group_ if i != j):
            continue
        best: tuple[float, int] | None = None
        for other, theirs in members.items():
            if other == lab:
                continue
            score = max(float(np.mean(sim[i, theirs])) for i in group_)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, other)
        if best is not None:
            for i in group_:
                out[i] = best[1]
    return out


def rejoin_links(
    labels: Sequence[int], events: Sequence[str | None], sim: np.ndarray, threshold: float, floor: float
) -> list[int]:
    """``labels`` with each report left alone in its story moved to the one other story holding a report it scores
    at least ``threshold`` with, when its mean score with that story's members is at least ``floor`` and its main
    event is not another event of a name theirs name (``storyline.stories.events``).

    Why: the two reports alone would be one story, and adding a third report should not undo that link. Average
    linkage can: a reaction piece ("a senator criticized the sale of the steelmaker") scores above the threshold
    with one report of the sale, but once that report has merged with the others, told in the deal's own words,
    its mean with the group falls below the line. Links into two other stories: the report does not guess. A
    report on another event of the same name ("the reopening of the Harrow Bridge" against the collapse's
    reports) is linked by the name, not the event, and stays apart. Only the same name: a veto by any other main
    event cost ECB+ train B3 F1 0.914 -> 0.910, as the keys are rough ("Senator Olsen Blasts ..." is an explosion).
    """
    size: dict[int, int] = {}
    for lab in labels:
        size[lab] = size.get(lab, 0) + 1
    out = list(labels)
    for i in range(len(out)):
        if size[out[i]] > 1:
            continue
        linked = {out[j] for j in range(len(out)) if j != i and out[j] != out[i] and sim[i, j] >= threshold}
        if len(linked) != 1:
            continue
        lab = linked.pop()
        members = [j for j, got in enumerate(out) if got == lab]
        if another_event(events[i], [events[j] for j in members]):
            continue
        if float(np.mean(sim[i, members])) >= floor:
            size[out[i]] -= 1
            out[i] = lab
            size[lab] += 1
    return out


def rejoin_linked_pairs(
    labels: Sequence[int], events: Sequence[str | None], sim: np.ndarray, threshold: float, floor: float
) -> list[int]:
    """``labels`` with each story of two reports moved whole into the one other story that both its reports link
    to (a score of at least ``threshold`` with one of its reports) and no third story does, when the pair's mean
    score with that story is at least ``floor`` and neither report's main event is another event of a name the
    story's reports name.

    Why: two reprints of one agency's lead ("Seoul mourns over 150 crushed to death" and a paper's rewrite of its
    first paragraphs) pair off first, told in the agency's words; the three other reports of the crush pair off in
    theirs, and the mean between the two groups fell under the line (QA round AX: 0.158 against 0.18) though each
    reprint scored above it with a report of the three. The rule ``rejoin_links`` keeps for a report alone, kept
    for such a pair: a pair linked into two stories, or with a report linked to none, stays as it is.
    """
    out = list(labels)
    for lab in sorted(set(out)):
        pair = [i for i, got in enumerate(out) if got == lab]
        if len(pair) != 2:
            continue
        links = [{out[j] for j in range(len(out)) if out[j] != lab and sim[i, j] >= threshold} for i in pair]
        if any(len(linked) != 1 for linked in links) or links[0] != links[1]:
            continue
        target = next(iter(links[0]))
        members = [j for j, got in enumerate(out) if got == target]
        if any(another_event(events[i], [events[j] for j in members]) for i in pair):
            continue
        if float(np.mean(sim[np.ix_(pair, members)])) >= floor:
            out = [target if got == lab else got for got in out]
    return out


def rejoin_named_events(
    labels: Sequence[int], events: Sequence[str | None], days: Sequence[int | None], sim: np.ndarray, floor: float
) -> list[int]:
    """``labels`` with each report left alone in its story moved to the one other story whose reports share its
    main named event (``storyline.stories.events``), published within the time window of it (where both dates
    are known), when its mean score with that story's members is at least ``floor``.

    Why: a next-day follow-up ("the remains of two workers killed in the Harrow Bridge collapse were recovered")
    is told in the recovery's words and falls just under the threshold, though it names the story's event.
    Two other stories naming it: the report does not guess between them.
    """
    size: dict[int, int] = {}
    for lab in labels:
        size[lab] = size.get(lab, 0) + 1
    out = list(labels)
    for i, key in enumerate(events):
        if key is None or size[out[i]] > 1:
            continue
        naming = {
            out[j]
            for j, other in enumerate(events)
            if j != i and other == key and out[j] != out[i] and _near(days[i], days[j])
        }
        if len(naming) != 1:
            continue
        lab = naming.pop()
        members = [j for j, got in enumerate(out) if got == lab]
        if float(np.mean(sim[i, members])) >= floor:
            size[out[i]] -= 1
            out[i] = lab
            size[lab] += 1
    return out


def merge_event_stories(
    labels: Sequence[int], events: Sequence[str | None], days: Sequence[int | None], sim: np.ndarray, floor: float
) -> list[int]:
    """``labels`` with two stories made one when every report of each that names a main event names the same
    one, their reports are published within the time window of each other (where known), and their mean score
    is at least ``floor``: the rising toll's reports and the survivors' reports of one quake that average linkage
    left as two groups (QA round U). The older story (the lower label) takes the other."""
    out = list(labels)
    changed = True
    while changed:
        changed = False
        stories = sorted(set(out))
        for a_n, a in enumerate(stories):
            for b in stories[a_n + 1 :]:
                ma = [i for i, lab in enumerate(out) if lab == a]
                mb = [i for i, lab in enumerate(out) if lab == b]
                keys = {events[i] for i in ma + mb if events[i] is not None}
                if len(keys) != 1 or not any(events[i] for i in ma) or not any(events[i] for i in mb):
                    continue
                if not all(_near(days[i], days[j]) for i in ma for j in mb):
                    continue
                if float(np.mean(sim[np.ix_(ma, mb)])) >= floor:
                    out = [a if lab == b else lab for lab in out]
                    changed = True
                    break
            if changed:
                break
    return out


def _near(a: int | None, b: int | None) -> bool:
    """Whether two publication days are within the time window (an unknown day is near every day)."""
    return a is None or b is None or date_factor(abs(a - b)) >= 1.0


def group(sim: np.ndarray, threshold: float) -> list[int]:
    """Average-linkage labels for a square similarity matrix, merging while mean similarity >= threshold."""
    n = sim.shape[0]
    if n == 1:
        return [0]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - sim, 0.0, None)
    dist = (dist + dist.T) / 2.0  # exactly symmetric, as ``squareform`` checks
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance")
    return [int(x) for x in labels]


def cluster(
    articles: Sequence[Article], *, threshold: float | None = None, embedder: Embedder | None = None
) -> list[Assignment]:
    """Story assignments of ``articles``, in input order; deterministic (see the module docstring).

    ``embedder`` (optional): blend sentence embeddings into the score (batch only; past ``BATCH_LIMIT`` the
    incremental index, which does not use them, takes over).
    """
    default = EMBED_THRESHOLD if embedder is not None else DEFAULT_THRESHOLD
    thr = default if threshold is None else threshold
    if not 0.0 <= thr <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {thr}")
    if not articles:
        return []
    if len(articles) > BATCH_LIMIT:
        from storyline.stories.incremental import StoryIndex

        index = StoryIndex(threshold=threshold)  # its own default: the incremental score is another scale
        return index.add_many(articles)  # read after the last report: later merges included

    copies = find_copies(articles)
    canon = [i for i in range(len(articles)) if i not in copies]
    members = [articles[i] for i in canon]
    sim = similarity_matrix(members, embedder=embedder)
    partners = lead_partners(members)
    labels = join_copy_stories(rejoin_lead_copies(group(sim, thr), partners), sim, partners, thr)
    events = [main_event(body_text(a)) for a in members]
    days = [parse_day(a.published.value) for a in members]
    labels = rejoin_named_events(labels, events, days, sim, thr * EVENT_FLOOR)
    labels = merge_event_stories(labels, events, days, sim, thr * EVENT_FLOOR)
    labels = rejoin_links(labels, events, sim, thr, thr * LINK_FLOOR)
    labels = rejoin_linked_pairs(labels, events, sim, thr, thr * LINK_FLOOR)
    label_of = dict(zip(canon, labels, strict=True))

    story_of_label: dict[int, str] = {}
    story_at: list[str] = []
    for i in range(len(articles)):
        if i in copies:
            story_at.append(story_at[copies[i]])
            continue
        lab = label_of[i]
        if lab not in story_of_label:
            story_of_label[lab] = f"s{len(story_of_label) + 1}"
        story_at.append(story_of_label[lab])
    return [
        Assignment(article=a.id, story=story_at[i], duplicate_of=articles[copies[i]].id if i in copies else None)
        for i, a in enumerate(articles)
    ]
