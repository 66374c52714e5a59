using System.Text;
using Portal.Output;

namespace Portal.Templates;

/// <summary>Stage 6's result for one page: where it goes in the output and its bytes (UTF-8).</summary>
public sealed record RenderedPage(string Path, byte[] Bytes)
{
    /// <summary>The file path in the output: a folder path gets index.html.</summary>
    public string FilePath => Path.Length == 0 || Path.EndsWith('/') ? Path + "index.html" : Path;

    /// <summary>The page as text (tests, the kiosk's page adapter).</summary>
    public string Html => Encoding.UTF8.GetString(Bytes);

    /// <summary>Where its includes went, for a later partial edit (serve's pages; null in a one-off build).</summary>
    public PageIncludes? Includes { get; init; }

    /// <summary>The page as a file of the output.</summary>
    public OutputFile File => new(FilePath, Bytes, null);
}
