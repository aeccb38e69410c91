"""Stories: which reports are about the same event, and which are near-copies of one another.

- ``dedup``: MinHash LSH over 3-word shingles; Jaccard >= 0.8 makes a later report ``duplicate_of`` an earlier one.
- ``features``: cheap per-report terms (words, names, numbers and dates, quote shingles), no spaCy parse.
- ``similarity``: the score (blended TF-IDF cosine x publication-date factor) and sparse-vector helpers.
- ``cluster``: ``cluster(articles, *, threshold=None) -> list[Assignment]``, batch, average linkage.
- ``incremental``: ``StoryIndex``, one report at a time, stable ids, JSON-able state for the store.

Nothing is imported here so that ``import storyline.stories`` stays cheap (scikit-learn loads only for batch).
"""
