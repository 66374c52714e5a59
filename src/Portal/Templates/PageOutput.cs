using System.Buffers;
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
    private long _written;

    public PageOutput()
    {
        Root = new CountedOutput(this);
        Content = new CountedOutput(this);
    }

    /// <summary>The context writing into this output, for the position of a page that grew too large.</summary>
    public TemplateContext? Context { get; set; }

    public CountedOutput Root { get; }

    public CountedOutput Content { get; }

    public void Reset()
    {
        Root.Builder.Clear();
        Content.Builder.Clear();
        _contentAt.Clear();
        _written = 0;
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
            return InterTagWhitespace.CollapseToUtf8(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

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
