namespace Portal.Benchmarks;

/// <summary>The three sections the benchmark generates; the folder name is the same in input/ and in Hugo's content/.</summary>
internal enum DocKind
{
    Notice,
    Technique,
    Policy,
}

/// <summary>
/// One generated document, written twice: as engine input (all keys) and as Hugo content (the common
/// keys Hugo understands). <see cref="EngineOnlyYaml"/> holds the section-specific front matter lines
/// (issuer, expires, expert, interprets …) already formatted, because only the engine reads them.
/// </summary>
internal sealed record SyntheticDocument(
    DocKind Kind,
    string Slug,
    string Title,
    DateTimeOffset Date,
    bool DateHasTime,
    IReadOnlyList<string> Tags,
    string? Summary,
    IReadOnlyList<string> EngineOnlyYaml,
    string Body)
{
    public string Folder => FolderOf(Kind);

    /// <summary>Path under input/ (and under Hugo's content/).</summary>
    public string RelativePath => Folder + "/" + Slug + ".md";

    /// <summary>Scheduled (dated after the build's "now"): the engine gives it no page, Hugo gets it as a draft.</summary>
    public bool IsScheduled => Date > CorpusGenerator.Now;

    public static string FolderOf(DocKind kind) => kind switch
    {
        DocKind.Notice => "notices",
        DocKind.Technique => "techniques",
        _ => "policies",
    };
}
