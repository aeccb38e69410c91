"""Stories: which reports are about the same event, and which are near-copies of one another.

- ``dedup``: MinHash LSH over 3-word shingles; Jaccard >= 0.8, or containment >= 0.85 (a copy cut short), makes a
  later report ``duplicate_of`` an earlier one.
- ``features``: cheap per-report terms (words, names, numbers and dates, quote shingles), no spaCy parse.
- ``similarity``: the score (blended TF-IDF cosine x publication-date factor) and sparse-vector helpers.
- ``passages``: shared wire leads (8-word shingles of the first 200 words); a lone report sharing one joins its
  partner's story.
- ``events``: named events ("the Harrow Bridge collapse"); a lone report whose main event is a story's joins it.
- ``links``: the vectors of the last reports of a stream, so that the incremental index can keep a link between two
  reports (batch clustering's ``rejoin_links``).
- ``cluster``: ``cluster(articles, *, threshold=None) -> list[Assignment]``, batch, average linkage.
- ``incremental``: ``StoryIndex``, one report at a time, stable ids (a merged story's id becomes an alias of the
  older one), JSON-able state for the store.
- ``stored``: the store's lasting story index.

Nothing is imported here so that ``import storyline.stories`` stays cheap (SciPy loads only for batch).
"""
