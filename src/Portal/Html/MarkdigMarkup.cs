namespace Portal.Html;

/// <summary>
/// Reads the HTML Markdig generated for a body without raw HTML, and checks that an HTML parser would
/// build exactly the tree the tags spell: every tag known, every element closed by its own end tag, no
/// block inside a paragraph or inline element, no link inside a link, tables made of thead/tbody, tr and
/// th/td, nothing but whitespace between table parts, and no character the parser would rewrite
/// (CR, NUL, an entity other than the five Markdig writes). Markdig's markup passes by construction; when
/// it does not, <see cref="Read"/> returns null and the body takes the AngleSharp path, so the result is
/// the same either way. Reading has no side effects, so giving up half-way costs nothing but the time.
/// </summary>
internal sealed class MarkdigMarkup
{
    [ThreadStatic]
    private static MarkdigMarkup? _perThread;

    private readonly List<string> _open = [];
    private int _inlineDepth;
    private int _anchorDepth;

    public string Source { get; private set; } = "";

    public List<MarkupToken> Tokens { get; } = [];

    public List<KeyValuePair<string, string>> Attributes { get; } = [];

    /// <summary>Every non-empty id in the body (headings, footnotes): the targets of <c>#fragment</c> links.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>The tokens of <paramref name="html"/>, or null when it is not markup this reader vouches for.
    /// The instance is reused by the calling thread's next call.</summary>
    public static MarkdigMarkup? Read(string html)
    {
        var markup = _perThread ??= new MarkdigMarkup();
        markup.Reset(html);
        return markup.ReadAll() ? markup : null;
    }

    private void Reset(string html)
    {
        Source = html;
        Tokens.Clear();
        Attributes.Clear();
        Ids.Clear();
        _open.Clear();
        _inlineDepth = 0;
        _anchorDepth = 0;
    }

    private bool ReadAll()
    {
        var html = Source;
        var at = 0;
        while (at < html.Length)
        {
            var lt = html.IndexOf('<', at);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > at && !ReadText(at, textEnd))
            {
                return false;
            }

            if (lt < 0)
            {
                break;
            }

            var end = lt + 1 < html.Length && html[lt + 1] == '/' ? ReadEndTag(lt) : ReadStartTag(lt);
            if (end < 0)
            {
                return false;
            }

            at = end;
        }

        return _open.Count == 0;
    }

    private bool ReadText(int start, int end)
    {
        var text = Source.AsSpan(start, end - start);
        var parent = _open.Count > 0 ? _open[^1] : "";
        if (parent is "table" or "thead" or "tbody" or "tr")
        {
            // Text between table parts is moved out of the table by the parser unless it is whitespace.
            if (text.IndexOfAnyExcept(" \t\n\f") >= 0)
            {
                return false;
            }
        }
        else if (parent == "pre")
        {
            return false; // Markdig writes <pre><code>; the parser would drop a newline right after <pre>
        }

        if (text.IndexOfAny('\r', '\0') >= 0 || !EntitiesAreKnown(text))
        {
            return false;
        }

        Tokens.Add(new MarkupToken(MarkupKind.Text, "", start, end, 0, 0, false));
        return true;
    }

    private int ReadEndTag(int lt)
    {
        var gt = Source.IndexOf('>', lt);
        if (gt < 0 || _open.Count == 0 || !Source.AsSpan(lt + 2, gt - lt - 2).SequenceEqual(_open[^1]))
        {
            return -1;
        }

        var name = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (MarkupTags.BlocksBlocks(name))
        {
            _inlineDepth--;
        }

        if (name == "a")
        {
            _anchorDepth--;
        }

        Tokens.Add(new MarkupToken(MarkupKind.End, name, lt, gt + 1, 0, 0, false));
        return gt + 1;
    }

    private int ReadStartTag(int lt)
    {
        var html = Source;
        var at = lt + 1;
        while (at < html.Length && (char.IsAsciiLetterLower(html[at]) || (at > lt + 1 && char.IsAsciiDigit(html[at]))))
        {
            at++;
        }

        var name = MarkupTags.Known(html.AsSpan(lt + 1, at - lt - 1));
        if (name is null || !MayOpen(name))
        {
            return -1;
        }

        var first = Attributes.Count;
        var selfClosing = false;
        while (true)
        {
            if (at >= html.Length)
            {
                return -1;
            }

            if (html[at] == '>')
            {
                at++;
                break;
            }

            if (html[at] == '/' && at + 1 < html.Length && html[at + 1] == '>')
            {
                selfClosing = true;
                at += 2;
                break;
            }

            if (html[at] != ' ')
            {
                return -1;
            }

            if (at + 2 < html.Length && html[at + 1] == '/' && html[at + 2] == '>')
            {
                selfClosing = true; // Markdig's " />"
                at += 3;
                break;
            }

            at = ReadAttribute(at + 1, first);
            if (at < 0)
            {
                return -1;
            }
        }

        var isVoid = MarkupTags.IsVoid(name);
        if (selfClosing && !isVoid)
        {
            return -1; // the parser ignores the slash and leaves the element open
        }

        if (!isVoid)
        {
            _open.Add(name);
            if (MarkupTags.BlocksBlocks(name))
            {
                _inlineDepth++;
            }

            if (name == "a")
            {
                _anchorDepth++;
            }
        }

        Tokens.Add(new MarkupToken(MarkupKind.Start, name, lt, at, first, Attributes.Count - first, isVoid));
        return at;
    }

    /// <summary>Where the parser would put this element exactly where it stands.</summary>
    private bool MayOpen(string name)
    {
        var parent = _open.Count > 0 ? _open[^1] : "";
        var inTable = parent is "table" or "thead" or "tbody" or "tr";
        var fits = name switch
        {
            "thead" or "tbody" => parent == "table",
            "tr" => parent is "thead" or "tbody",
            "th" or "td" => parent == "tr",
            "li" => parent is "ul" or "ol",
            "dt" or "dd" => parent == "dl",
            "a" => _anchorDepth == 0 && !inTable,
            _ => !inTable,
        };
        return fits && (!MarkupTags.IsBlock(name) || _inlineDepth == 0);
    }

    private int ReadAttribute(int at, int first)
    {
        var html = Source;
        var start = at;
        while (at < html.Length && (char.IsAsciiLetterLower(html[at]) || char.IsAsciiDigit(html[at]) || html[at] == '-'))
        {
            at++;
        }

        if (at == start || at + 1 >= html.Length || html[at] != '=' || html[at + 1] != '"')
        {
            return -1;
        }

        var name = MarkupTags.AttributeName(html.AsSpan(start, at - start));
        var valueStart = at + 2;
        var quote = html.IndexOf('"', valueStart);
        if (quote < 0)
        {
            return -1;
        }

        var raw = html.AsSpan(valueStart, quote - valueStart);
        if (raw.IndexOfAny('\r', '\0') >= 0 || !EntitiesAreKnown(raw))
        {
            return -1;
        }

        for (var i = first; i < Attributes.Count; i++)
        {
            if (Attributes[i].Key == name)
            {
                return -1; // the parser keeps only the first of two equal names
            }
        }

        var value = MarkupText.Unescape(raw);
        Attributes.Add(new(name, value));
        if (name == "id" && value.Length > 0)
        {
            Ids.Add(value);
        }

        return quote + 1;
    }

    private static bool EntitiesAreKnown(ReadOnlySpan<char> text)
    {
        for (var amp = text.IndexOf('&'); amp >= 0; amp = text.IndexOf('&'))
        {
            text = text[amp..];
            if (MarkupText.EntityLength(text) == 0)
            {
                return false;
            }

            text = text[1..];
        }

        return true;
    }
}
