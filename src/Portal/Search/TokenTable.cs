using System.Runtime.InteropServices;

namespace Portal.Search;

/// <summary>
/// Every token a search stage has met, numbered once for the stage's life: the number is only a handle
/// (it says nothing of where the token stands in the files), so documents counted in parallel may number
/// new tokens in any order. Thread-safe; callers cache numbers so the lock is taken once per new token.
/// </summary>
public sealed class TokenTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<uint, int> _han = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private TokenKey[] _keys = new TokenKey[1024];
    private uint[] _hashes = new uint[1024];

    public int Count { get; private set; }

    public TokenKey Key(int id) => _keys[id];

    /// <summary>The <see cref="TokenHash"/> of token <paramref name="id"/>, which picks its shard.</summary>
    public uint Hash(int id) => _hashes[id];

    public int IdOf(uint han)
    {
        lock (_lock)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_han, han, out var found);
            if (!found)
            {
                id = Add(new TokenKey(han, null));
            }

            return id;
        }
    }

    public int IdOf(ReadOnlySpan<char> word)
    {
        lock (_lock)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var id))
            {
                var text = word.ToString();
                id = Add(TokenKey.Of(text));
                _words[text] = id;
            }

            return id;
        }
    }

    private int Add(TokenKey key)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }

        _keys[Count] = key;
        _hashes[Count] = TokenHash.Of(key);
        return Count++;
    }
}
