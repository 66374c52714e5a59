namespace Portal.Load;

/// <summary>
/// The folders a build reads and writes, as full paths, plus how to show the input folder in messages
/// (the path as the user gave it, so <c>input/notices/x.md:4:3</c> is clickable in a terminal).
/// </summary>
public sealed record BuildPaths(string Input, string Theme, string Output, string InputDisplay, string ThemeDisplay)
{
    public static BuildPaths From(string input, string theme, string output) =>
        new(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output), Display(input), Display(theme));

    /// <summary>
    /// True when the output folder is, contains, or lies inside input/ or the theme: the output is replaced
    /// wholesale, so it must never overlap the folders a build reads.
    /// </summary>
    public bool OutputOverlapsSources => Overlaps(Output, Input) || Overlaps(Output, Theme);

    private static bool Overlaps(string a, string b)
    {
        var x = Path.TrimEndingDirectorySeparator(a) + Path.DirectorySeparatorChar;
        var y = Path.TrimEndingDirectorySeparator(b) + Path.DirectorySeparatorChar;
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    private static string Display(string path) => path.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } p ? p : ".";
}
