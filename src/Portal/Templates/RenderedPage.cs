namespace Portal.Templates;

/// <summary>Stage 6's result for one page: where it goes in the output and its HTML.</summary>
public sealed record RenderedPage(string Path, string Html)
{
    /// <summary>The file path in the output: a folder path gets index.html.</summary>
    public string FilePath => Path.Length == 0 || Path.EndsWith('/') ? Path + "index.html" : Path;
}
