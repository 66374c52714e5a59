namespace Portal.Load;

/// <summary>
/// The folders a build reads and writes, as full paths, plus how to show the input folder in messages
/// (the path as the user gave it, so <c>input/notices/x.md:4:3</c> is clickable in a terminal).
/// </summary>
public sealed record BuildPaths(string Input, string Theme, string Output, string InputDisplay, string ThemeDisplay)
{
    public static BuildPaths From(string input, string theme, string output) =>
        new(Path.GetFullPath(input), Path.GetFullPath(theme), Path.GetFullPath(output), Display(input), Display(theme));

    private static string Display(string path) => path.Replace('\\', '/').TrimEnd('/') is { Length: > 0 } p ? p : ".";
}
