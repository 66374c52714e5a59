using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.SiteModel;

/// <summary>
/// How many pages a PDF attachment has, where that is cheap to know: the largest <c>/Count</c> of the
/// file's <c>/Type /Pages</c> dictionaries (the root of the page tree counts every page). PDFs that keep
/// their dictionaries in compressed object streams show no count rather than a wrong one. Read here
/// because none of the project's libraries reads PDFs (the packaged libvips has no PDF loader), and a
/// whole PDF library for one number is not worth its weight. Counts are remembered per file size and
/// time, since the site model is rebuilt on every save in serve.
/// </summary>
public static partial class PdfPageCount
{
    /// <summary>Larger files are not read: a count is not worth reading tens of megabytes on every build.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), int?> Known = new();

    /// <param name="file">The attachment, as the caller already looked it up for its size.</param>
    public static int? Of(FileInfo file)
    {
        if (!file.Exists || file.Length > MaxBytes)
        {
            return null;
        }

        return Known.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), _ => Read(File.ReadAllBytes(file.FullName)));
    }

    /// <summary>The page count of a PDF's bytes, or null when it is not a PDF or its page tree is compressed.</summary>
    public static int? Read(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        if (!text.StartsWith("%PDF-", StringComparison.Ordinal))
        {
            return null;
        }

        int? pages = null;
        foreach (Match tree in PagesTree().Matches(text))
        {
            var start = text.LastIndexOf("obj", tree.Index, StringComparison.Ordinal);
            var end = text.IndexOf("endobj", tree.Index, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                continue;
            }

            var count = Count().Match(text, start, end - start);
            if (count.Success && int.TryParse(count.Groups[1].ValueSpan, out var n) && n > 0)
            {
                pages = Math.Max(pages ?? 0, n);
            }
        }

        return pages;
    }

    [GeneratedRegex(@"/Type\s*/Pages(?![A-Za-z])")]
    private static partial Regex PagesTree();

    [GeneratedRegex(@"/Count\s+(\d+)")]
    private static partial Regex Count();
}
