using System.Collections.Concurrent;
using Portal.Content;
using Portal.Html;
using Portal.Output;
using Portal.SiteModel;

namespace Portal.Search;

/// <summary>
/// Stage 5b, kept between builds: the full-text index of every published page, as script files under
/// search/ (see <see cref="SearchIndexWriter"/>). A fresh instance writes the whole index; a kept one
/// re-counts only documents whose searchable text changed, patches their postings, re-scores the others
/// only when the mean length or the date moved their impacts, and re-encodes only the files whose content
/// changed: every other file is the previous call's <see cref="OutputFile"/>, the same object. Whatever
/// the history, the files equal what a fresh instance writes for the same documents.
/// Not thread-safe: one call at a time.
/// </summary>
public sealed class SearchStage
{
    private readonly TokenTable _table = new();
    private readonly PostingLists _postings = new();
    private readonly ConcurrentBag<TokenCounter> _counters = [];
    private readonly ShardEncoder _encoder;
    private readonly ConcurrentBag<byte[]> _buffers = [];
    private Dictionary<string, (SearchDocument Doc, DocumentTokens Tokens)> _cache = new(StringComparer.Ordinal);
    private SearchDocument[] _docs = [];
    private DocumentTokens[] _tokens = [];
    private Scoring? _scoring;
    private int[] _lineLength = [];
    private long _totalChars;
    private List<int>[] _byShard = [];
    private OutputFile[] _shardFiles = [];
    private OutputFile[] _chunkFiles = [];
    private OutputFile[] _textFiles = [];
    private OutputFile? _indexFile;
    private Dictionary<ProcessedDocument, SearchDocument> _made = new(ReferenceEqualityComparer.Instance);
    private Labels? _labels;
    private TimeZoneInfo? _zone;

    public SearchStage() => _encoder = new ShardEncoder(_table, _postings);

    /// <summary>Documents counted (tokenized) by the last call: all of them on a fresh stage, the edited ones after.</summary>
    public int LastCounted { get; private set; }

    /// <summary>Shard files encoded by the last call.</summary>
    public int LastEncodedShards { get; private set; }

    /// <summary>The index of the site's published pages as of the site's "now".</summary>
    public IReadOnlyList<OutputFile> Run(Site site, IReadOnlyList<ProcessedDocument> processed, Labels labels)
    {
        var zone = site.Config.TimeZone;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(site.Now, zone).DateTime);
        // A processed document kept by the session (same object) gives the same search document: made once.
        var known = SameLabels(labels, _labels) && zone.Equals(_zone) ? _made : [];
        var made = new Dictionary<ProcessedDocument, SearchDocument>(ReferenceEqualityComparer.Instance);
        var documents = new List<SearchDocument>();
        foreach (var doc in SearchDocuments.Indexed(site, processed))
        {
            var search = known.TryGetValue(doc, out var was) ? was : SearchDocuments.Of(doc, labels, zone);
            made[doc] = search;
            documents.Add(search);
        }

        (_made, _labels, _zone) = (made, labels, zone);
        return Update(documents, today, s => labels[SectionNames.LabelKey(s)], labels["tags"]);
    }

    public IReadOnlyList<OutputFile> Update(IReadOnlyList<SearchDocument> documents, DateOnly today, Func<Section, string> sectionLabel, string tagsLabel)
    {
        var docs = DocumentOrder.Of(documents);
        var tokens = Count(docs);
        var n = docs.Length;
        long totalLength = 0;
        foreach (var t in tokens)
        {
            totalLength += t.Length;
        }

        var average = SearchScore.AverageLength(totalLength, n);
        var scoring = new Scoring(new double[n], new double[n]);
        for (var doc = 0; doc < n; doc++)
        {
            scoring.Norm[doc] = SearchScore.Norm(tokens[doc].Length, average);
            scoring.Prior[doc] = SearchScore.Prior(docs[doc].Date, today);
        }

        var samePlaces = _scoring is not null && n == _docs.Length && Enumerable.Range(0, n).All(i => docs[i].Url == _docs[i].Url);
        var dirtyShards = samePlaces ? Patch(tokens, scoring) : Rebuild(tokens, scoring);

        var old = _docs;
        _docs = docs;
        _tokens = tokens;
        _scoring = scoring;
        LastEncodedShards = EncodeShards(dirtyShards, n);
        _textFiles = TextFiles(old, docs);
        _chunkFiles = ChunkFiles(old, docs);
        var index = SearchIndexWriter.IndexFile(docs, _shardFiles.Length, sectionLabel, today, tagsLabel);
        _indexFile = _indexFile is { } last && last.Content.AsSpan().SequenceEqual(index.Content) ? last : index;
        return [.. _shardFiles, .. _chunkFiles, .. _textFiles, _indexFile];
    }

    /// <summary>The index as data (documents in id order, tokens in file order), for tests and tools.</summary>
    public SearchIndex Snapshot()
    {
        var tokens = Enumerable.Range(0, _table.Count).Where(t => _postings.Df(t) > 0)
            .OrderBy(t => _postings.Docs(t)[0]).ThenBy(_postings.FirstLocal)
            .Select(t => new IndexedToken(_table.Key(t), SearchScore.Idf(_docs.Length, _postings.Df(t)), _postings.Docs(t).ToArray(), _postings.Impacts(t).ToArray()))
            .ToList();
        return new SearchIndex(_docs, tokens);
    }

    /// <summary>Each document's tokens: the cached ones when its searchable text is the same, else counted anew (in parallel).</summary>
    private DocumentTokens[] Count(SearchDocument[] docs)
    {
        var tokens = new DocumentTokens[docs.Length];
        var fresh = new List<int>();
        var cache = new Dictionary<string, (SearchDocument, DocumentTokens)>(docs.Length, StringComparer.Ordinal);
        for (var i = 0; i < docs.Length; i++)
        {
            if (_cache.TryGetValue(docs[i].Url, out var known) && SameText(known.Doc, docs[i]))
            {
                tokens[i] = known.Tokens;
            }
            else
            {
                fresh.Add(i);
            }
        }

        Parallel.For(0, fresh.Count, () => _counters.TryTake(out var c) ? c : new TokenCounter(_table), (k, _, counter) =>
        {
            tokens[fresh[k]] = counter.Count(docs[fresh[k]]);
            return counter;
        }, _counters.Add);

        for (var i = 0; i < docs.Length; i++)
        {
            cache[docs[i].Url] = (docs[i], tokens[i]);
        }

        _cache = cache;
        LastCounted = fresh.Count;
        return tokens;
    }

    /// <summary>Documents are numbered differently (added, removed, reordered) or the day changed: every posting anew.</summary>
    private bool[]? Rebuild(DocumentTokens[] tokens, Scoring scoring)
    {
        var count = _table.Count;
        _postings.Rebuild(tokens, count, scoring);
        _lineLength = new int[count];
        var n = tokens.Length;
        Parallel.For(0, count, t => _lineLength[t] = _postings.Df(t) == 0 ? 0 : _encoder.LineLength(t, n));
        _totalChars = _lineLength.Sum(l => (long)l);
        _byShard = [];
        return null;
    }

    /// <summary>The same documents under the same numbers: patch the edited ones' postings, and re-score the others whose norm moved an impact.</summary>
    private bool[]? Patch(DocumentTokens[] tokens, Scoring scoring)
    {
        var count = _table.Count;
        var known = _lineLength.Length;
        _postings.Grow(count);
        Array.Resize(ref _lineLength, count);
        var dirty = new bool[count];
        var had = new int[count];
        var memo = new ImpactMemo();
        var before = new ImpactMemo();
        for (var doc = 0; doc < tokens.Length; doc++)
        {
            var now = tokens[doc];
            var then = _tokens[doc];
            memo.Reset(scoring.Norm[doc], scoring.Prior[doc]);
            if (!ReferenceEquals(now, then))
            {
                // Tokens the document lost, then every token it has now.
                for (var i = 0; i < now.Ids.Length; i++)
                {
                    had[now.Ids[i]] = doc + 1;
                }

                foreach (var id in then.Ids)
                {
                    if (had[id] != doc + 1 && _postings.Set(id, doc, null))
                    {
                        dirty[id] = true;
                    }
                }

                for (var i = 0; i < now.Ids.Length; i++)
                {
                    var id = now.Ids[i];
                    // A token first met in this document moves in its shard when it moved in the document.
                    if (_postings.Set(id, doc, memo.Impact(now.Tallies[i])) || (_postings.Docs(id)[0] == doc && _postings.FirstLocal(id) != i))
                    {
                        dirty[id] = true;
                    }
                }

                continue;
            }

            if (scoring.Norm[doc] == _scoring!.Norm[doc] && scoring.Prior[doc] == _scoring.Prior[doc])
            {
                continue;
            }

            // Only the tallies whose quantized impact moved touch any posting.
            before.Reset(_scoring.Norm[doc], _scoring.Prior[doc]);
            HashSet<int>? moved = null;
            foreach (var tally in now.Distinct)
            {
                if (memo.Impact(tally) != before.Impact(tally))
                {
                    (moved ??= []).Add(tally);
                }
            }

            for (var i = 0; moved is not null && i < now.Ids.Length; i++)
            {
                if (moved.Contains(now.Tallies[i]) && _postings.Set(now.Ids[i], doc, memo.Impact(now.Tallies[i])))
                {
                    dirty[now.Ids[i]] = true;
                }
            }
        }

        var n = tokens.Length;
        for (var t = 0; t < count; t++)
        {
            if (dirty[t])
            {
                _postings.SetFirstLocal(t, tokens);
                var length = _postings.Df(t) == 0 ? 0 : _encoder.LineLength(t, n);
                _totalChars += length - _lineLength[t];
                _lineLength[t] = length;
            }
        }

        if (SearchIndexWriter.ShardCount(_totalChars) != _shardFiles.Length)
        {
            _byShard = [];
            return null;
        }

        var mask = (uint)(_shardFiles.Length - 1);
        for (var t = known; t < count; t++)
        {
            _byShard[_table.Hash(t) & mask].Add(t);
        }

        var shards = new bool[_shardFiles.Length];
        for (var t = 0; t < count; t++)
        {
            if (dirty[t])
            {
                shards[_table.Hash(t) & mask] = true;
            }
        }

        return shards;
    }

    /// <summary>Re-encodes the dirty shards (all, when <paramref name="dirty"/> is null: the shard count or numbering changed).</summary>
    private int EncodeShards(bool[]? dirty, int documents)
    {
        var shards = SearchIndexWriter.ShardCount(_totalChars);
        if (dirty is null)
        {
            _byShard = new List<int>[shards];
            for (var s = 0; s < shards; s++)
            {
                _byShard[s] = [];
            }

            var mask = (uint)(shards - 1);
            for (var t = 0; t < _table.Count; t++)
            {
                _byShard[_table.Hash(t) & mask].Add(t);
            }

            _shardFiles = new OutputFile[shards];
        }

        var todo = Enumerable.Range(0, shards).Where(s => dirty is null || dirty[s]).ToArray();
        Parallel.For(0, todo.Length, () => _buffers.TryTake(out var b) ? b : new byte[1 << 16], (k, _, buffer) =>
        {
            var shard = todo[k];
            var present = _byShard[shard].Where(t => _postings.Df(t) > 0).ToArray();
            var keys = present.Select(t => ((long)_postings.Docs(t)[0] << 32) | (uint)_postings.FirstLocal(t)).ToArray();
            Array.Sort(keys, present);
            _shardFiles[shard] = _encoder.Shard(shard, present, documents, ref buffer);
            return buffer;
        }, _buffers.Add);
        return todo.Length;
    }

    private OutputFile[] TextFiles(SearchDocument[] old, SearchDocument[] docs)
    {
        var per = SearchIndexWriter.TextsPerChunk;
        var files = new OutputFile[(docs.Length + per - 1) / per];
        var previous = _textFiles;
        Parallel.For(0, files.Length, chunk =>
        {
            var (start, end) = (chunk * per, Math.Min(docs.Length, (chunk + 1) * per));
            var same = chunk < previous.Length && Math.Min(old.Length, (chunk + 1) * per) == end;
            for (var id = start; same && id < end; id++)
            {
                same = old[id].Body == docs[id].Body;
            }

            files[chunk] = same ? previous[chunk] : SearchIndexWriter.TextChunk(chunk, docs[start..end].Select(d => d.Body));
        });
        return files;
    }

    private OutputFile[] ChunkFiles(SearchDocument[] old, SearchDocument[] docs)
    {
        var chunks = (docs.Length + SearchIndexWriter.DocsPerChunk - 1) / SearchIndexWriter.DocsPerChunk;
        var files = new OutputFile[chunks];
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var start = chunk * SearchIndexWriter.DocsPerChunk;
            var end = Math.Min(docs.Length, start + SearchIndexWriter.DocsPerChunk);
            var same = chunk < _chunkFiles.Length && Math.Min(old.Length, start + SearchIndexWriter.DocsPerChunk) == end;
            for (var id = start; same && id < end; id++)
            {
                same = SameListing(old[id], docs[id]);
            }

            files[chunk] = same ? _chunkFiles[chunk] : SearchIndexWriter.DocsChunk(chunk, docs[start..end]);
        }

        return files;
    }

    private static bool SameLabels(Labels a, Labels? b) => ReferenceEquals(a, b)
        || (b is not null && a.Strings.Count == b.Strings.Count && a.Strings.All(p => b.Strings.TryGetValue(p.Key, out var v) && v == p.Value));

    /// <summary>Everything a document's tokens are counted from.</summary>
    private static bool SameText(SearchDocument a, SearchDocument b) => ReferenceEquals(a, b) ||
        a.Title == b.Title && a.Summary == b.Summary && a.Body == b.Body && a.Tags.SequenceEqual(b.Tags) && a.Meta.SequenceEqual(b.Meta);

    /// <summary>Everything of a document its metadata chunk shows.</summary>
    private static bool SameListing(SearchDocument a, SearchDocument b) => ReferenceEquals(a, b) ||
        a.Url == b.Url && a.Title == b.Title && a.Section == b.Section && a.Date == b.Date && a.Summary == b.Summary && a.Tags.SequenceEqual(b.Tags);
}
