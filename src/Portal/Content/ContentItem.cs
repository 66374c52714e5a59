using System.Diagnostics.CodeAnalysis;
using Portal.Diagnostics;

namespace Portal.Content;

/// <summary>
/// A document as the editor wrote it, after its front matter was read into typed values.
/// Immutable: later stages make new values that refer to it and never change it.
/// </summary>
public abstract record ContentItem
{
    public required Section Section { get; init; }

    public required string Slug { get; init; }

    /// <summary>Path relative to input/, with '/', e.g. <c>notices/foo.md</c> or <c>notices/foo/index.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The path to print in diagnostics, e.g. <c>input/notices/foo.md</c>.</summary>
    public required string DisplayPath { get; init; }

    public required bool IsBundle { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Region paths like <c>北湖区</c> or <c>北湖区/华塘镇</c>; empty means everywhere.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public DateTimeOffset? Updated { get; init; }

    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    /// <summary>Cover image, relative to input/.</summary>
    public string? Image { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Old site-relative URLs (without leading or trailing '/') that redirect here.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool Draft { get; init; }

    /// <summary>The Markdown after the front matter, and the 1-based line it starts on in the file.</summary>
    public required string Body { get; init; }

    public required int BodyLine { get; init; }

    /// <summary>Where each front matter key's value stands, so later rules can point at the right line.</summary>
    public IReadOnlyDictionary<string, SourceSpan> KeySpans { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>The page's folder in the output, relative to the site root, ending in '/': <c>notices/foo/</c>.</summary>
    public string Url => SectionNames.UrlPrefix(Section) + Slug + "/";

    /// <summary>The input folder the document's relative paths start from.</summary>
    public string SourceFolder => SourcePath.Contains('/') ? SourcePath[..SourcePath.LastIndexOf('/')] : "";

    public SourceSpan SpanOf(string key) => KeySpans.TryGetValue(key, out var span) ? span : new SourceSpan(DisplayPath, 1, 1);
}

public sealed record Notice : ContentItem
{
    /// <summary>Starts from the fields every section shares, read once by the binder.</summary>
    [SetsRequiredMembers]
    public Notice(ContentItem common)
        : base(common)
    {
    }

    public string Issuer { get; init; } = "";

    public string? DocNo { get; init; }

    public DateTimeOffset? Expires { get; init; }

    public NoticeStatus Status { get; init; } = NoticeStatus.Active;

    public string? WithdrawnReason { get; init; }

    public bool Pinned { get; init; }

    public bool Urgent { get; init; }
}

public sealed record Technique : ContentItem
{
    /// <summary>Starts from the fields every section shares, read once by the binder.</summary>
    [SetsRequiredMembers]
    public Technique(ContentItem common)
        : base(common)
    {
    }

    public string? Category { get; init; }

    public IReadOnlyList<string> Subjects { get; init; } = [];

    public IReadOnlyList<int> Months { get; init; } = [];

    public Expert? Expert { get; init; }

    public DateTimeOffset? ReviewBy { get; init; }
}

public sealed record Policy : ContentItem
{
    /// <summary>Starts from the fields every section shares, read once by the binder.</summary>
    [SetsRequiredMembers]
    public Policy(ContentItem common)
        : base(common)
    {
    }

    public string Issuer { get; init; } = "";

    public string? DocNo { get; init; }

    public Interprets Interprets { get; init; } = new(null, null, null, null);

    public DateTimeOffset? Effective { get; init; }

    public IReadOnlyList<string> KeyPoints { get; init; } = [];
}

public sealed record Page : ContentItem
{
    public Page()
    {
    }
}
