namespace Portal.Search;

/// <summary>
/// Counts one document at a time into <see cref="DocumentTokens"/>: one per thread, reused for every
/// document it counts, so text is folded into the same buffer and each token is looked up in a table that
/// remembers both its stage-wide number (the shared <see cref="TokenTable"/> is asked once per token per
/// counter) and whether this document met it yet (a stamp, so nothing is cleared between documents).
/// </summary>
internal sealed class TokenCounter(TokenTable table)
{
    private char[] _folded = new char[4096];
    private uint[] _hanKeys = new uint[1 << 14];
    private Slot[] _hanSlots = new Slot[1 << 14];
    private int _hanCount;
    private readonly Slot[] _chars = new Slot[65536];
    private readonly int[] _tallySeen = new int[4096];
    private readonly Dictionary<string, Slot> _words = new(StringComparer.Ordinal);
    private int[] _ids = new int[1024];
    private int[] _tallies = new int[1024];
    private int _count;
    private int _stamp;
    private int _visits;
    private int _weight;
    private int _field;

    public DocumentTokens Count(SearchDocument doc)
    {
        _stamp++;
        _count = 0;
        Add(doc.Title, true, 0, Tally.InTitle);
        foreach (var tag in doc.Tags)
        {
            Add(tag, true, 0, Tally.InTags);
        }

        foreach (var meta in doc.Meta)
        {
            Add(meta, false, 3, 0);
        }

        Add(doc.Summary, false, 2, 0);
        var before = _visits;
        Add(doc.Body, false, 1, 0);
        return new DocumentTokens(_ids[.._count], _tallies[.._count], _visits - before, Distinct());
    }

    private int[] Distinct()
    {
        var distinct = new List<int>();
        HashSet<int>? large = null;
        for (var i = 0; i < _count; i++)
        {
            var tally = _tallies[i];
            if ((uint)tally < (uint)_tallySeen.Length ? _tallySeen[tally] != _stamp : (large ??= []).Add(tally))
            {
                if ((uint)tally < (uint)_tallySeen.Length)
                {
                    _tallySeen[tally] = _stamp;
                }

                distinct.Add(tally);
            }
        }

        return [.. distinct];
    }

    private void Add(string text, bool withPinyin, int weight, int field)
    {
        _weight = weight;
        _field = field;
        var length = SearchText.Fold(text, ref _folded);
        var sink = new Sink(this);
        SearchTokenizer.Visit(_folded.AsSpan(0, length), withPinyin, ref sink);
    }

    private void Han(uint code)
    {
        if (code <= 0xFFFF)
        {
            ref var single = ref _chars[code];
            if (single.Id == 0)
            {
                // Numbers are stored plus one here, so an empty slot reads 0.
                single = new Slot(table.IdOf(code) + 1);
            }

            Tick(ref single, single.Id - 1);
            return;
        }

        var mask = _hanKeys.Length - 1;
        var at = (int)((code * 0x9E3779B1u) >> 8) & mask;
        while (_hanKeys[at] != code)
        {
            if (_hanKeys[at] == 0)
            {
                _hanKeys[at] = code;
                _hanSlots[at] = new Slot(table.IdOf(code));
                Tick(ref _hanSlots[at], _hanSlots[at].Id);
                if (++_hanCount * 2 > _hanKeys.Length)
                {
                    GrowHan();
                }

                return;
            }

            at = (at + 1) & mask;
        }

        Tick(ref _hanSlots[at], _hanSlots[at].Id);
    }

    private void Word(ReadOnlySpan<char> word)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var slot))
        {
            slot = new Slot(table.IdOf(word));
        }

        Tick(ref slot, slot.Id);
        lookup[word] = slot;
    }

    /// <summary>One occurrence of a token: a new entry the first time this document meets it, else more weight.</summary>
    private void Tick(ref Slot slot, int id)
    {
        _visits++;
        if (slot.Stamp != _stamp)
        {
            slot.Stamp = _stamp;
            slot.Local = _count;
            if (_count == _ids.Length)
            {
                Array.Resize(ref _ids, _count * 2);
                Array.Resize(ref _tallies, _count * 2);
            }

            _ids[_count] = id;
            _tallies[_count++] = Tally.Of(_weight, _field);
            return;
        }

        _tallies[slot.Local] = (_tallies[slot.Local] + (_weight << 2)) | _field;
    }

    private void GrowHan()
    {
        var keys = _hanKeys;
        var slots = _hanSlots;
        _hanKeys = new uint[keys.Length * 2];
        _hanSlots = new Slot[keys.Length * 2];
        var mask = _hanKeys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                var at = (int)((keys[i] * 0x9E3779B1u) >> 8) & mask;
                while (_hanKeys[at] != 0)
                {
                    at = (at + 1) & mask;
                }

                _hanKeys[at] = keys[i];
                _hanSlots[at] = slots[i];
            }
        }
    }

    private struct Slot(int id)
    {
        public readonly int Id = id;
        public int Stamp;
        public int Local;
    }

    private readonly struct Sink(TokenCounter counter) : ITokenSink
    {
        public void Han(uint code) => counter.Han(code);

        public void Word(ReadOnlySpan<char> word) => counter.Word(word);
    }
}
