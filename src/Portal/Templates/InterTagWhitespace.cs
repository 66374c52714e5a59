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

    private interface ISink
    {
        void Append(ReadOnlySpan<char> text);

        void Append(char ascii);
    }

    /// <summary>Hands the kept text and each run's one character to <paramref name="sink"/>, in order.</summary>
    private static void Run<TSink>(ReadOnlySpan<char> html, ref TSink sink)
        where TSink : struct, ISink
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
                sink.Append(newline ? '\n' : ' ');
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

        public void Append(char ascii) => (Builder ??= new StringBuilder(source.Length)).Append(ascii);
    }

    private struct Utf8Sink(byte[] buffer) : ISink
    {
        public readonly byte[] Buffer = buffer;
        public int Length;

        public void Append(ReadOnlySpan<char> text) => Length += Encoding.UTF8.GetBytes(text, Buffer.AsSpan(Length));

        public void Append(char ascii) => Buffer[Length++] = (byte)ascii;
    }
}
