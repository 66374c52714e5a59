namespace Portal.Search;

/// <summary>
/// The inverted index, by token number: the documents holding each token (ascending ids) with the impact
/// of each, and where the token stands in its first document (which orders the lines of a shard). Built
/// whole from every document's <see cref="DocumentTokens"/> in parallel, or patched one document at a time.
/// </summary>
internal sealed class PostingLists
{
    private int[][] _docs = [];
    private byte[][] _impacts = [];
    private int[] _firstLocal = [];

    public ReadOnlySpan<int> Docs(int token) => token < _docs.Length ? _docs[token] : [];

    public ReadOnlySpan<byte> Impacts(int token) => _impacts[token];

    public int FirstLocal(int token) => _firstLocal[token];

    public int Df(int token) => token < _docs.Length ? _docs[token].Length : 0;

    /// <summary>Every token's postings from scratch; <paramref name="scores"/> gives each document's norm and prior.</summary>
    public void Rebuild(IReadOnlyList<DocumentTokens> documents, int tokenCount, Scoring scores)
    {
        // Documents split into contiguous ranges of about equal postings; each range counts, then fills its own
        // slice of every token's arrays, so the ranges run in parallel without sharing a write.
        var ranges = Ranges(documents, Math.Clamp(Environment.ProcessorCount, 1, 8));
        var offsets = new int[ranges.Length][];
        Parallel.For(0, ranges.Length, r =>
        {
            var counts = offsets[r] = new int[tokenCount];
            for (var doc = ranges[r].Start; doc < ranges[r].End; doc++)
            {
                foreach (var id in documents[doc].Ids)
                {
                    counts[id]++;
                }
            }
        });

        _docs = new int[tokenCount][];
        _impacts = new byte[tokenCount][];
        _firstLocal = new int[tokenCount];
        for (var token = 0; token < tokenCount; token++)
        {
            var df = 0;
            foreach (var counts in offsets)
            {
                (counts[token], df) = (df, df + counts[token]);
            }

            _docs[token] = df == 0 ? [] : new int[df];
            _impacts[token] = df == 0 ? [] : new byte[df];
        }

        Parallel.For(0, ranges.Length, r =>
        {
            var next = offsets[r];
            var memo = new ImpactMemo();
            for (var doc = ranges[r].Start; doc < ranges[r].End; doc++)
            {
                var tokens = documents[doc];
                memo.Reset(scores.Norm[doc], scores.Prior[doc]);
                for (var i = 0; i < tokens.Ids.Length; i++)
                {
                    var id = tokens.Ids[i];
                    var at = next[id]++;
                    if (at == 0)
                    {
                        _firstLocal[id] = i;
                    }

                    _docs[id][at] = doc;
                    _impacts[id][at] = memo.Impact(tokens.Tallies[i]);
                }
            }
        });
    }

    /// <summary>Makes room for tokens numbered since the last rebuild.</summary>
    public void Grow(int tokenCount)
    {
        var old = _docs.Length;
        if (tokenCount <= old)
        {
            return;
        }

        Array.Resize(ref _docs, tokenCount);
        Array.Resize(ref _impacts, tokenCount);
        Array.Resize(ref _firstLocal, tokenCount);
        for (var token = old; token < tokenCount; token++)
        {
            _docs[token] = [];
            _impacts[token] = [];
        }
    }

    /// <summary>Sets (or with null removes) document <paramref name="doc"/>'s posting in a token; true when anything changed.</summary>
    public bool Set(int token, int doc, byte? impact)
    {
        var docs = _docs[token];
        var impacts = _impacts[token];
        var at = Array.BinarySearch(docs, doc);
        if (at >= 0)
        {
            if (impact is not { } value)
            {
                _docs[token] = [.. docs.AsSpan(0, at), .. docs.AsSpan(at + 1)];
                _impacts[token] = [.. impacts.AsSpan(0, at), .. impacts.AsSpan(at + 1)];
                return true;
            }

            var changed = impacts[at] != value;
            impacts[at] = value;
            return changed;
        }

        if (impact is not { } added)
        {
            return false;
        }

        at = ~at;
        _docs[token] = [.. docs.AsSpan(0, at), doc, .. docs.AsSpan(at)];
        _impacts[token] = [.. impacts.AsSpan(0, at), added, .. impacts.AsSpan(at)];
        return true;
    }

    /// <summary>Re-reads where a token stands in its (possibly new) first document.</summary>
    public void SetFirstLocal(int token, IReadOnlyList<DocumentTokens> documents)
    {
        var docs = _docs[token];
        _firstLocal[token] = docs.Length == 0 ? 0 : Array.IndexOf(documents[docs[0]].Ids, token);
    }

    private static (int Start, int End)[] Ranges(IReadOnlyList<DocumentTokens> documents, int parts)
    {
        long total = 0;
        foreach (var doc in documents)
        {
            total += doc.Ids.Length;
        }

        var ranges = new List<(int, int)>();
        var start = 0;
        long seen = 0;
        for (var doc = 0; doc < documents.Count; doc++)
        {
            seen += documents[doc].Ids.Length;
            if (seen * parts >= total * (ranges.Count + 1) && ranges.Count < parts - 1)
            {
                ranges.Add((start, doc + 1));
                start = doc + 1;
            }
        }

        ranges.Add((start, documents.Count));
        return [.. ranges];
    }
}

/// <summary>Each document's BM25 length norm and recency prior, by document id.</summary>
internal sealed record Scoring(double[] Norm, double[] Prior);

/// <summary>One document's impacts by tally, remembered for the small tallies that make up most postings.</summary>
internal sealed class ImpactMemo
{
    private readonly byte[] _known = new byte[256];
    private double _norm;
    private double _prior;

    public void Reset(double norm, double prior)
    {
        Array.Clear(_known);
        (_norm, _prior) = (norm, prior);
    }

    public byte Impact(int tally)
    {
        if ((uint)tally >= (uint)_known.Length)
        {
            return SearchScore.Impact(tally, _norm, _prior);
        }

        ref var known = ref _known[tally];
        if (known == 0)
        {
            known = SearchScore.Impact(tally, _norm, _prior);
        }

        return known;
    }
}
