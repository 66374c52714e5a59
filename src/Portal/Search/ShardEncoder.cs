using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Output;

namespace Portal.Search;

/// <summary>
/// Writes shard files straight from the posting lists as UTF-8 bytes: one line per token, "token TAB idf
/// TAB postings", lines joined by new lines, the whole a JavaScript string literal (so TAB and new line are
/// written escaped, as <see cref="JsonSerializer"/> would). Postings are (doc-id gap, impact) pairs in
/// <see cref="PostingCodec"/> text. Also measures lines in characters, which decides the shard count.
/// </summary>
internal sealed class ShardEncoder(TokenTable table, PostingLists postings)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Lazy<bool[]> Escaped = new(() =>
    {
        var escaped = new bool[65536];
        for (var c = 0; c < escaped.Length; c++)
        {
            escaped[c] = c is >= 0xD800 and <= 0xDFFF || c < 0x20 || c == '"' || c == '\\' || JavaScriptEncoder.UnsafeRelaxedJsonEscaping.WillEncode(c);
        }

        return escaped;
    });

    /// <summary>What words are made of (ASCII words, <c>py:</c>/<c>in:</c> pinyin): never escaped.</summary>
    private static readonly System.Buffers.SearchValues<char> Plain = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789:");

    private readonly Dictionary<int, (string Text, byte[] Bytes)> _idf = [];
    private int _idfDocuments = -1;

    /// <summary>The IDF as written ("0.##"), for a token in <paramref name="df"/> of <paramref name="documents"/> documents.</summary>
    public (string Text, byte[] Bytes) Idf(int documents, int df)
    {
        lock (_idf)
        {
            if (documents != _idfDocuments)
            {
                _idf.Clear();
                _idfDocuments = documents;
            }

            if (!_idf.TryGetValue(df, out var idf))
            {
                var text = SearchScore.Idf(documents, df).ToString("0.##", CultureInfo.InvariantCulture);
                _idf[df] = idf = (text, Encoding.ASCII.GetBytes(text));
            }

            return idf;
        }
    }

    /// <summary>The length of a token's line in UTF-16 characters, as the shard count is measured.</summary>
    public int LineLength(int token, int documents)
    {
        var docs = postings.Docs(token);
        var length = table.Key(token).ToString().Length + 2 + Idf(documents, docs.Length).Text.Length;
        var previous = -1;
        foreach (var doc in docs)
        {
            length += CodecLength(doc - previous) + 1;
            previous = doc;
        }

        return length;
    }

    public OutputFile Shard(int shard, ReadOnlySpan<int> tokens, int documents, ref byte[] buffer)
    {
        var at = 0;
        Put(ref buffer, ref at, "PortalSearch.shard("u8);
        Put(ref buffer, ref at, Encoding.ASCII.GetBytes(shard.ToString(CultureInfo.InvariantCulture)));
        Put(ref buffer, ref at, ",\""u8);
        var first = true;
        foreach (var token in tokens)
        {
            if (!first)
            {
                Put(ref buffer, ref at, "\\n"u8);
            }

            first = false;
            Line(token, documents, ref buffer, ref at);
        }

        Put(ref buffer, ref at, "\");\n"u8);
        return new OutputFile(SearchIndexWriter.Folder + "s/" + shard.ToString(CultureInfo.InvariantCulture) + ".js", buffer.AsSpan(0, at).ToArray(), null);
    }

    private void Line(int token, int documents, ref byte[] buffer, ref int at)
    {
        Key(table.Key(token), ref buffer, ref at);
        Put(ref buffer, ref at, "\\t"u8);
        var docs = postings.Docs(token);
        var impacts = postings.Impacts(token);
        Put(ref buffer, ref at, Idf(documents, docs.Length).Bytes);
        Put(ref buffer, ref at, "\\t"u8);
        Ensure(ref buffer, at, docs.Length * 8);
        var previous = -1;
        for (var i = 0; i < docs.Length; i++)
        {
            var gap = docs[i] - previous;
            var shift = 0;
            while (gap >> (shift + 5) != 0)
            {
                shift += 5;
            }

            for (; shift > 0; shift -= 5)
            {
                buffer[at++] = (byte)PostingCodec.More[(gap >> shift) & 31];
            }

            buffer[at++] = (byte)PostingCodec.Last[gap & 31];
            buffer[at++] = (byte)PostingCodec.Last[impacts[i]];
            previous = docs[i];
        }
    }

    private static void Key(TokenKey key, ref byte[] buffer, ref int at)
    {
        if (key.Word is { } word)
        {
            Text(word, ref buffer, ref at);
            return;
        }

        Span<char> han = stackalloc char[2];
        var length = key.Han > 0xFFFF ? 2 : 1;
        if (length == 2)
        {
            han[0] = (char)(key.Han >> 16);
            han[1] = (char)(key.Han & 0xFFFF);
        }
        else
        {
            han[0] = (char)key.Han;
        }

        var escaped = Escaped.Value;
        if (escaped[han[0]] || (length == 2 && escaped[han[1]]))
        {
            Text(new string(han[..length]), ref buffer, ref at);
            return;
        }

        Ensure(ref buffer, at, 6);
        at += Encoding.UTF8.GetBytes(han[..length], buffer.AsSpan(at));
    }

    /// <summary>Any other key, through the serializer itself (without its quotes), so its escapes are exactly the serializer's.</summary>
    private static void Text(string text, ref byte[] buffer, ref int at)
    {
        if (!text.AsSpan().ContainsAnyExcept(Plain))
        {
            Ensure(ref buffer, at, text.Length);
            at += Encoding.ASCII.GetBytes(text, buffer.AsSpan(at));
            return;
        }

        var quoted = JsonSerializer.SerializeToUtf8Bytes(text, Json);
        Put(ref buffer, ref at, quoted.AsSpan(1, quoted.Length - 2));
    }

    private static int CodecLength(int value)
    {
        var length = 1;
        while (length < 7 && value >> (5 * length) != 0)
        {
            length++;
        }

        return length;
    }

    private static void Put(ref byte[] buffer, ref int at, ReadOnlySpan<byte> bytes)
    {
        Ensure(ref buffer, at, bytes.Length);
        bytes.CopyTo(buffer.AsSpan(at));
        at += bytes.Length;
    }

    private static void Ensure(ref byte[] buffer, int at, int more)
    {
        if (at + more > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, at + more));
        }
    }
}
