namespace Portal.Load;

/// <summary>
/// Path rules shared by every stage: relative paths use '/', and nothing may resolve outside input/.
/// </summary>
public static class InputPaths
{
    public static string ToRelative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    /// <summary>
    /// Resolves <paramref name="reference"/> (as written in a document) against the document's folder,
    /// both relative to input/. Returns null when the result would leave input/ (<c>../../etc/passwd</c>).
    /// </summary>
    public static string? Combine(string fromFolder, string reference)
    {
        var parts = new List<string>();
        var start = reference.StartsWith('/') ? "" : fromFolder;
        foreach (var segment in (start + "/" + reference).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    /// <summary>Files and folders starting with '_' or '.' are the editors' private space and never published.</summary>
    public static bool IsHidden(string relativePath) =>
        relativePath.Split('/').Any(segment => segment.StartsWith('_') || segment.StartsWith('.'));
}
