using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Portal.Templates;

/// <summary>
/// A worker's two buffers, reused page after page: the layout's output (<see cref="Content"/>), rendered
/// first as before, and base.html's (<see cref="Root"/>), which marks where <c>{{ page.content }}</c> goes
/// instead of copying the content into itself (<see cref="LayoutContent"/>). The page's bytes are then
/// put together once, whitespace between tags collapsed on the way to UTF-8.
/// </summary>
internal sealed class PageOutput
{
    /// <summary>
    /// The most a page may write, in characters. Scriban's own output limit counts from the last
    /// <c>Template.Render</c>, which in-place rendering never calls, so it is off in the context and
    /// counted here per page instead; a page this large is a runaway loop, reported at its template line.
    /// </summary>
    public const int MaxChars = 1 << 22;

    // Larger than nearly every page of the 10k corpus (about 20,000 characters), so the builders stay one chunk.
    private const int Capacity = 1 << 16;

    private readonly List<int> _contentAt = [];
    private readonly List<(string Template, CountedOutput Buffer, int Start, int End)> _includes = [];
    private readonly HashSet<string> _unspliceable = new(StringComparer.Ordinal);
    private readonly List<(string Template, int Start, int End, string Lead, string Trail)> _found = [];
    private readonly List<int> _positions = [];
    private long _written;

    public PageOutput()
    {
        Root = new CountedOutput(this);
        Content = new CountedOutput(this);
    }

    /// <summary>The context writing into this output, for the position of a page that grew too large.</summary>
    public TemplateContext? Context { get; set; }

    /// <summary>Whether to note where each include's output goes (<see cref="PageIncludes"/>): serve's pages, not a one-off build's.</summary>
    public bool RecordsIncludes { get; set; }

    /// <summary>The includes noted with the last <see cref="ToUtf8"/>.</summary>
    public PageIncludes? Includes { get; private set; }

    public CountedOutput Root { get; }

    public CountedOutput Content { get; }

    public void Reset()
    {
        Root.Builder.Clear();
        Content.Builder.Clear();
        _contentAt.Clear();
        _includes.Clear();
        _unspliceable.Clear();
        ContentCopied = false;
        Includes = null;
        _written = 0;
    }

    /// <summary>Set when the layout's output was handed out as a string (<c>page.content</c> piped or assigned): the includes in it went along.</summary>
    public bool ContentCopied { get; set; }

    /// <summary>The position an include's output starts at in <paramref name="output"/>; null when that is none of the page's buffers (a capture).</summary>
    public int? PositionIn(IScriptOutput output) => RecordsIncludes && (ReferenceEquals(output, Root) || ReferenceEquals(output, Content)) ? ((CountedOutput)output).Builder.Length : null;

    /// <summary>Notes an include of <paramref name="template"/> written in place into <paramref name="output"/> from <paramref name="start"/> (<see cref="PositionIn"/> of the same output).</summary>
    public void Included(string template, IScriptOutput output, int? start)
    {
        if (!RecordsIncludes)
        {
            return;
        }

        if (start is { } from)
        {
            var buffer = (CountedOutput)output;
            _includes.Add((template, buffer, from, buffer.Builder.Length));
        }
        else
        {
            _unspliceable.Add(template);
        }
    }

    /// <summary>Notes a use of <paramref name="template"/> whose output cannot be found again in the page.</summary>
    public void Unspliceable(string template)
    {
        if (RecordsIncludes)
        {
            _unspliceable.Add(template);
        }
    }

    /// <summary>The content goes here, at the end of what base.html has written so far.</summary>
    public void MarkContent() => _contentAt.Add(Root.Builder.Length);

    /// <summary>The page: base.html with the content where it was asked for, as collapsed UTF-8.</summary>
    public byte[] ToUtf8()
    {
        var root = Root.Builder;
        var content = Content.Builder;
        var length = root.Length + (_contentAt.Count * content.Length);
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var at = 0;
            var from = 0;
            foreach (var mark in _contentAt)
            {
                root.CopyTo(from, chars.AsSpan(at), mark - from);
                at += mark - from;
                content.CopyTo(0, chars.AsSpan(at), content.Length);
                at += content.Length;
                from = mark;
            }

            root.CopyTo(from, chars.AsSpan(at), root.Length - from);
            if (!RecordsIncludes)
            {
                return InterTagWhitespace.CollapseToUtf8(chars.AsSpan(0, length));
            }

            return WithIncludes(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// The page's bytes, and where each noted include landed in them. An include in the layout's output
    /// lands once per place base.html put the content; one that does not start with <c>&lt;</c> and end with
    /// <c>&gt;</c>, or lies across a collapsed run or inside a raw element, makes its partial unspliceable.
    /// </summary>
    private byte[] WithIncludes(ReadOnlySpan<char> page)
    {
        // Reused page after page, as the buffers are: most pages note a dozen includes.
        _found.Clear();
        _positions.Clear();
        var contentLength = Content.Builder.Length;
        foreach (var (template, buffer, start, end) in _includes)
        {
            if (!ReferenceEquals(buffer, Content))
            {
                // base.html's own: moved by the content put in before it; one with the content inside is not markup of its own.
                var before = 0;
                var inside = false;
                foreach (var mark in _contentAt)
                {
                    before += mark <= start ? 1 : 0;
                    inside |= mark > start && mark < end;
                }

                if (inside)
                {
                    _unspliceable.Add(template);
                }
                else
                {
                    Found(page, template, start + (before * contentLength), end + (before * contentLength));
                }
            }
            else if (ContentCopied)
            {
                _unspliceable.Add(template);
            }
            else
            {
                for (var k = 0; k < _contentAt.Count; k++)
                {
                    var at = _contentAt[k] + (k * contentLength);
                    Found(page, template, at + start, at + end);
                }
            }
        }

        // Each position once, ascending, for the collapse to say where it went in the bytes.
        var positions = CollectionsMarshal.AsSpan(_positions);
        positions.Sort();
        var distinct = positions.Length == 0 ? 0 : 1;
        for (var k = 1; k < positions.Length; k++)
        {
            if (positions[k] != positions[distinct - 1])
            {
                positions[distinct++] = positions[k];
            }
        }

        positions = positions[..distinct];
        var offsets = new int[distinct];
        var bytes = InterTagWhitespace.CollapseToUtf8(page, positions, offsets);
        var spans = new List<IncludeSpan>(_found.Count);
        foreach (var (template, start, end, lead, trail) in _found)
        {
            var from = offsets[positions.BinarySearch(start)];
            var to = offsets[positions.BinarySearch(end)];
            if (from < 0 || to < 0)
            {
                _unspliceable.Add(template);
            }
            else
            {
                spans.Add(new IncludeSpan(template, from, to, lead, trail));
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        Includes = new PageIncludes(spans, _unspliceable.Count == 0 ? PageIncludes.None.Unspliceable : new HashSet<string>(_unspliceable, StringComparer.Ordinal));
        return bytes;
    }

    /// <summary>An include's output at <paramref name="start"/>..<paramref name="end"/> of the page: its markup, its whitespace around trimmed, or unspliceable when it is not markup.</summary>
    private void Found(ReadOnlySpan<char> page, string template, int start, int end)
    {
        var from = start;
        var to = end;
        while (from < to && IsSpace(page[from]))
        {
            from++;
        }

        while (to > from && IsSpace(page[to - 1]))
        {
            to--;
        }

        if (to > from && page[from] == '<' && page[to - 1] == '>')
        {
            _found.Add((template, from, to, IncludeSpan.Around(page[start..from]), IncludeSpan.Around(page[to..end])));
            _positions.Add(from);
            _positions.Add(to);
        }
        else
        {
            _unspliceable.Add(template);
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r';

    private void Count(int chars)
    {
        _written += chars;
        if (_written > MaxChars)
        {
            throw new ScriptRuntimeException(Context?.CurrentSpan ?? default, $"页面输出超过 {MaxChars} 个字符，已停止渲染：模板里可能有写不完的循环。");
        }
    }

    /// <summary>One of the page's two buffers, counting what is written into it.</summary>
    internal sealed class CountedOutput(PageOutput page) : IScriptOutput
    {
        public StringBuilder Builder { get; } = new(Capacity);

        public void Write(string text, int offset, int count)
        {
            page.Count(count);
            Builder.Append(text, offset, count);
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }
    }
}
