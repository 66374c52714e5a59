using System.Text;

namespace Portal.Html;

/// <summary>
/// The HTML stage on Markdig's markup without a DOM: one pass over the tokens <see cref="MarkdigMarkup"/>
/// read rewrites links and images, wraps tables, drops the source-line attributes, collects headings for the
/// table of contents and the readable text, and writes the result the way AngleSharp serializes it, so the
/// bytes equal what the DOM path (<see cref="DomBody"/>) gives for the same body.
/// </summary>
internal sealed class MarkdigBody
{
    [ThreadStatic]
    private static MarkdigBody? _perThread;

    private readonly StringBuilder _html = new();
    private readonly StringBuilder _allText = new();
    private readonly List<Frame> _open = [];
    private readonly List<StringBuilder> _textByDepth = [];
    private readonly StringBuilder _readable = new();
    private readonly List<(int Start, int End)> _readableRanges = [];
    private readonly List<(string Name, string Id, string Text)> _headings = [];
    private readonly List<KeyValuePair<string, string>> _scratch = [];
    private int _tableDepth;
    private int _footnoteDepth;
    private int _tables;
    private string? _bodyLastHeading;

    public static BodyResult Process(MarkdigMarkup markup, LinkRewriter links) => (_perThread ??= new MarkdigBody()).Run(markup, links);

    private BodyResult Run(MarkdigMarkup markup, LinkRewriter links)
    {
        _html.Clear();
        _allText.Clear();
        _open.Clear();
        _readableRanges.Clear();
        _headings.Clear();
        (_tableDepth, _footnoteDepth, _tables, _bodyLastHeading) = (0, 0, 0, null);
        _html.EnsureCapacity(markup.Source.Length + (markup.Source.Length / 8));
        foreach (var token in markup.Tokens)
        {
            switch (token.Kind)
            {
                case MarkupKind.Text:
                    Text(markup.Source.AsSpan(token.Start, token.End - token.Start));
                    break;
                case MarkupKind.Start:
                    Start(markup, token, links);
                    break;
                default:
                    End(token.Name);
                    break;
            }
        }

        var all = _allText.ToString();
        return new BodyResult(_html.ToString(), TableOfContents.From(_headings), ReadableText(all), all);
    }

    private void Text(ReadOnlySpan<char> raw)
    {
        var decoded = raw.IndexOf('&') < 0 ? raw : MarkupText.Unescape(raw).AsSpan();
        MarkupText.AppendText(_html, decoded);
        _allText.Append(decoded);
        foreach (var frame in _open)
        {
            frame.Text?.Append(decoded);
        }
    }

    private void Start(MarkdigMarkup markup, MarkupToken token, LinkRewriter links)
    {
        var name = token.Name;
        _scratch.Clear();
        for (var i = 0; i < token.AttributeCount; i++)
        {
            _scratch.Add(markup.Attributes[token.FirstAttribute + i]);
        }

        var element = new MarkupElement(_scratch);
        Images.Picture? picture = null;
        if (name == "a" && element.GetAttribute("href") is not null)
        {
            links.RewriteAnchor(element);
        }
        else if (name == "img")
        {
            picture = links.RewriteImage(element);
            element.SetAttribute("loading", "lazy");
        }

        element.RemoveAttribute(Markdown.MarkdownRenderer.LineAttribute);
        if (name == "table")
        {
            // Same wrapper as DomBody.WrapTables: the heading before the table is the last h2–h4 among its siblings.
            var title = _open.Count > 0 ? _open[^1].LastHeading : _bodyLastHeading;
            _html.Append("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"");
            MarkupText.AppendAttribute(_html, TableOfContents.TableLabel(title, ++_tables));
            _html.Append("\">");
        }

        if (picture?.WebpSrcset is { } webp)
        {
            // As DomBody.WrapPicture builds it: <picture><source type srcset sizes><img></picture>.
            _html.Append("<picture><source type=\"image/webp\" srcset=\"");
            MarkupText.AppendAttribute(_html, webp);
            _html.Append("\" sizes=\"");
            MarkupText.AppendAttribute(_html, Images.Picture.ColumnSizes);
            _html.Append("\">");
        }

        _html.Append('<').Append(name);
        foreach (var (key, value) in element.Attributes)
        {
            _html.Append(' ').Append(key).Append("=\"");
            MarkupText.AppendAttribute(_html, value);
            _html.Append('"');
        }

        _html.Append('>');
        if (picture?.WebpSrcset is not null)
        {
            _html.Append("</picture>");
        }
        if (!token.IsVoid)
        {
            Push(name, element);
        }
    }

    private void Push(string name, MarkupElement element)
    {
        var footnotes = element.GetAttribute("class") is { } cls && cls.Split([' ', '\t', '\n', '\f', '\r']).Contains("footnotes");
        if (footnotes)
        {
            _footnoteDepth++;
        }

        if (name == "table")
        {
            _tableDepth++;
        }

        if (name == "p" && _open.Count > 0)
        {
            _open[^1].HasChildParagraph = true;
        }

        var heading = name is "h2" or "h3" or "h4";
        var frame = new Frame(footnotes, heading ? TextBuilder(_open.Count) : null)
        {
            Id = name is "h2" or "h3" ? element.GetAttribute("id") : null,
            TextStart = _allText.Length,
        };
        if (name is "p" or "li" && _tableDepth == 0 && _footnoteDepth == 0)
        {
            frame.Slot = _readableRanges.Count;
            _readableRanges.Add((-1, -1));
        }

        _open.Add(frame);
    }

    private void End(string name)
    {
        var frame = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _html.Append("</").Append(name).Append('>');
        if (name == "table")
        {
            _tableDepth--;
            _html.Append("</div>");
        }

        if (frame.Footnotes)
        {
            _footnoteDepth--;
        }

        if (frame.Slot >= 0 && (name == "p" || !frame.HasChildParagraph))
        {
            // An element's text is the run of the body's text between its tags.
            _readableRanges[frame.Slot] = (frame.TextStart, _allText.Length);
        }

        if (name is "h2" or "h3" or "h4")
        {
            var text = frame.Text!.ToString().Trim();
            if (_open.Count > 0)
            {
                _open[^1].LastHeading = text;
            }
            else
            {
                _bodyLastHeading = text;
            }

            if (!string.IsNullOrEmpty(frame.Id))
            {
                _headings.Add((name, frame.Id, text));
            }
        }
    }

    /// <summary>The texts of qualifying paragraphs and list items, in document order, one a line.</summary>
    private string ReadableText(string all)
    {
        _readable.Clear();
        var first = true;
        foreach (var (start, end) in _readableRanges)
        {
            if (start < 0)
            {
                continue;
            }

            if (!first)
            {
                _readable.Append('\n');
            }

            first = false;
            _readable.Append(all.AsSpan(start, end - start));
        }

        return _readable.ToString();
    }

    /// <summary>One reused builder per nesting depth: only the open elements' texts are alive at once.</summary>
    private StringBuilder TextBuilder(int depth)
    {
        while (_textByDepth.Count <= depth)
        {
            _textByDepth.Add(new StringBuilder());
        }

        return _textByDepth[depth].Clear();
    }

    private sealed class Frame(bool footnotes, StringBuilder? text)
    {
        public bool Footnotes { get; } = footnotes;

        public StringBuilder? Text { get; } = text;

        public string? Id { get; init; }

        public int TextStart { get; init; }

        public int Slot { get; set; } = -1;

        public bool HasChildParagraph { get; set; }

        public string? LastHeading { get; set; }
    }
}
