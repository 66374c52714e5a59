using System.Buffers;
using System.Text;

namespace Portal.Templates;

/// <summary>
/// Collapses the whitespace templates leave between tags (indentation, the blank lines of <c>if</c> and
/// <c>for</c> blocks) to one character: a newline where the run held one, else a space. Browsers render
/// any run of whitespace between elements as one space, so pages look the same; on the 10,000-document
/// benchmark those runs were 6.6 % of the HTML's bytes. Runs inside <c>pre</c>, <c>textarea</c>,
/// <c>script</c> and <c>style</c> are kept as they are, and whitespace next to text is never touched.
/// Hand-written rather than an HTML minifier package: it is one linear pass with no parse, and it must
/// change nothing else (minifiers also drop quotes, optional tags and comments).
/// </summary>
public static class InterTagWhitespace
{
    private static readonly string[] RawElements = ["pre", "textarea", "script", "style"];
    private static readonly string[] RawClosings = [.. RawElements.Select(name => "</" + name)];
    // Only these two characters can start a run or a raw element: the scan jumps between them (vectorised)
    // instead of looking at every character, which was a sixth of rendering a page.
    private static readonly SearchValues<char> Marks = SearchValues.Create("<>");

    public static string Collapse(string html)
    {
        var sink = new TextSink(html);
        Run(html, ref sink);
        return sink.Builder?.ToString() ?? html;
    }

    /// <summary>The page as UTF-8 with the runs collapsed, in one pass and one allocation (the returned array).</summary>
    public static byte[] CollapseToUtf8(ReadOnlySpan<char> html)
    {
        var sink = new Utf8Sink(ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length)));
        try
        {
            Run(html, ref sink);
            return sink.Buffer.AsSpan(0, sink.Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sink.Buffer);
        }
    }

    /// <summary>
    /// <see cref="CollapseToUtf8(ReadOnlySpan{char})"/>, also telling where each of <paramref name="positions"/>
    /// (ascending offsets into <paramref name="html"/>) lands in the bytes: <paramref name="offsets"/> gets its
    /// byte offset, or -1 for a position inside a collapsed run or inside a raw element (there the text around
    /// it decides what the bytes are, so a piece written there cannot be swapped on its own).
    /// </summary>
    public static byte[] CollapseToUtf8(ReadOnlySpan<char> html, ReadOnlySpan<int> positions, Span<int> offsets)
    {
        offsets[..positions.Length].Clear();
        var sink = new MappingSink(new Utf8Sink(ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(html.Length))), positions, offsets);
        try
        {
            Run(html, ref sink);
            sink.Finish();
            return sink.Bytes.Buffer.AsSpan(0, sink.Bytes.Length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sink.Bytes.Buffer);
        }
    }

    private interface ISink
    {
        /// <summary>Text kept as it is: everything between the collapsed runs, in order.</summary>
        void Append(ReadOnlySpan<char> text);

        /// <summary>The one character a run of whitespace, <paramref name="length"/> characters, became.</summary>
        void Collapsed(char ascii, int length);

        /// <summary>A raw element was passed over from its <c>&lt;</c> at <paramref name="from"/> to the end of its closing tag's name at <paramref name="to"/> (int.MaxValue: never closed).</summary>
        void Raw(int from, int to);
    }

    /// <summary>Hands the kept text and each run's one character to <paramref name="sink"/>, in order.</summary>
    private static void Run<TSink>(ReadOnlySpan<char> html, ref TSink sink)
        where TSink : struct, ISink, allows ref struct
    {
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var next = html[i..].IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (html[i] == '<')
            {
                // Every raw element's name starts with p, t or s: the full comparison only for those.
                if (i + 1 < html.Length && (char)(html[i + 1] | 0x20) is 'p' or 't' or 's' && RawElementAt(html, i) is { } raw)
                {
                    var from = i + 1 + RawElements[raw].Length;
                    var close = html[from..].IndexOf(RawClosings[raw], StringComparison.OrdinalIgnoreCase);
                    sink.Raw(i, close < 0 ? int.MaxValue : from + close + RawClosings[raw].Length);
                    i = close < 0 ? html.Length : from + close + RawClosings[raw].Length;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (i + 2 >= html.Length || !IsSpace(html[i + 1]) || !IsSpace(html[i + 2]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            var newline = false;
            while (end < html.Length && IsSpace(html[end]))
            {
                newline |= html[end] == '\n';
                end++;
            }

            if (end < html.Length && html[end] == '<')
            {
                // Runs start after '>' and end before '<': a piece never splits a surrogate pair.
                sink.Append(html[copied..(i + 1)]);
                sink.Collapsed(newline ? '\n' : ' ', end - i - 1);
                copied = end;
            }

            i = end;
        }

        sink.Append(html[copied..]);
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r';

    /// <summary>The index in <see cref="RawElements"/> of the raw-text element opened at <paramref name="at"/> (<c>&lt;pre&gt;</c>, <c>&lt;script src=…&gt;</c>), or null.</summary>
    private static int? RawElementAt(ReadOnlySpan<char> html, int at)
    {
        var first = (char)(html[at + 1] | 0x20);
        for (var k = 0; k < RawElements.Length; k++)
        {
            var name = RawElements[k];
            var after = at + 1 + name.Length;
            if (name[0] == first && after < html.Length && html.Slice(at + 1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && html[after] is '>' or ' ' or '\n' or '\t' or '\r' or '/')
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Makes a new string only when a run was collapsed; the one piece that is the whole text means there was none.</summary>
    private struct TextSink(string source) : ISink
    {
        public StringBuilder? Builder;

        public void Append(ReadOnlySpan<char> text)
        {
            if (Builder is not null || text.Length != source.Length)
            {
                (Builder ??= new StringBuilder(source.Length)).Append(text);
            }
        }

        public void Collapsed(char ascii, int length) => (Builder ??= new StringBuilder(source.Length)).Append(ascii);

        public readonly void Raw(int from, int to)
        {
        }
    }

    private struct Utf8Sink(byte[] buffer) : ISink
    {
        public readonly byte[] Buffer = buffer;
        public int Length;

        public void Append(ReadOnlySpan<char> text) => Length += Encoding.UTF8.GetBytes(text, Buffer.AsSpan(Length));

        public void Collapsed(char ascii, int length) => Buffer[Length++] = (byte)ascii;

        public readonly void Raw(int from, int to)
        {
        }
    }

    /// <summary>A <see cref="Utf8Sink"/> that also follows where given positions of the text end up in its bytes.</summary>
    private ref struct MappingSink(Utf8Sink bytes, ReadOnlySpan<int> positions, Span<int> offsets) : ISink
    {
        public Utf8Sink Bytes = bytes;
        private readonly ReadOnlySpan<int> _positions = positions;
        private readonly Span<int> _offsets = offsets;
        private int _next;
        private int _at;

        public void Append(ReadOnlySpan<char> text)
        {
            // A position at the end of kept text lands before what follows it (a collapsed run's character).
            var start = Bytes.Length;
            var from = 0;
            while (_next < _positions.Length && _positions[_next] <= _at + text.Length)
            {
                var within = _positions[_next] - _at;
                start += Encoding.UTF8.GetByteCount(text[from..within]);
                from = within;
                // One a raw element already ruled out stays out.
                if (_offsets[_next] != -1)
                {
                    _offsets[_next] = start;
                }

                _next++;
            }

            Bytes.Append(text);
            _at += text.Length;
        }

        public void Collapsed(char ascii, int length)
        {
            // Inside the run: the bytes there depend on the whole run, not on one side of the position.
            while (_next < _positions.Length && _positions[_next] < _at + length)
            {
                _offsets[_next++] = -1;
            }

            Bytes.Collapsed(ascii, length);
            _at += length;
        }

        public void Raw(int from, int to)
        {
            for (var k = _next; k < _positions.Length && _positions[k] < to; k++)
            {
                if (_positions[k] > from)
                {
                    _offsets[k] = -1;
                }
            }
        }

        /// <summary>Positions at the very end of the text (none can be past it).</summary>
        public void Finish()
        {
            while (_next < _positions.Length)
            {
                _offsets[_next] = _positions[_next] == _at && _offsets[_next] != -1 ? Bytes.Length : -1;
                _next++;
            }
        }
    }
}
