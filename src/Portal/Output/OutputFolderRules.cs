using Portal.Load;

namespace Portal.Output;

/// <summary>
/// Which folders a build may replace. A build swaps the whole output folder, so a wrong <c>--output</c>
/// (<c>/</c>, the home folder, the folder one is standing in) would lose data. Checked by the command line
/// (exit 2) and again by the engine, before anything is written or deleted.
/// </summary>
public static class OutputFolderRules
{
    private static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Why the output folder of <paramref name="paths"/> must not be built into (in Chinese), or null when it may.</summary>
    public static string? ProblemWith(BuildPaths paths) => PlacementProblem(paths) ?? ContentsProblem(paths.Output);

    /// <summary>Only where the folder is (not what it holds): for a folder that will contain other outputs, such as <c>--all-kiosks</c>.</summary>
    public static string? PlacementProblem(BuildPaths paths) => PlacementProblem(paths.Output, [paths.Input, paths.Theme], Here, Home);

    /// <summary>The rules for an output whose sources the caller has already kept apart from it (serve's publisher).</summary>
    public static string? ProblemWith(string output) => PlacementProblem(output, [], Here, Home) ?? ContentsProblem(output);

    private static string Here => Environment.CurrentDirectory;

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <param name="output">The output folder.</param>
    /// <param name="sources">Folders the build reads (input, theme): the output must neither contain nor lie in them.</param>
    /// <param name="currentDirectory">The working directory (a parameter so tests can pick one).</param>
    /// <param name="home">The user's home folder, or "" when there is none.</param>
    internal static string? PlacementProblem(string output, IReadOnlyList<string> sources, string currentDirectory, string home)
    {
        var shown = Path.GetFullPath(output);
        const string Advice = "构建会整体替换输出目录，请用 --output 指定一个专用目录，例如 output。";
        // The path as given and, when it is a symbolic link, the folder it really is.
        foreach (var folder in WhatItIs(output))
        {
            if (OutputFolder.For(folder) is null)
            {
                return $"不能把根目录 {shown} 用作输出目录：{Advice}";
            }

            if (home.Length > 0 && IsSameOrAncestor(folder, home))
            {
                return $"不能把用户主目录或它的上级目录 {shown} 用作输出目录：{Advice}";
            }

            if (IsSameOrAncestor(folder, currentDirectory))
            {
                return $"不能把当前目录或它的上级目录 {shown} 用作输出目录：{Advice}";
            }

            if (sources.Any(source => IsSameOrAncestor(folder, source) || IsSameOrAncestor(source, folder)))
            {
                return $"输出目录不能与内容目录或主题目录重叠：{shown}";
            }
        }

        return null;
    }

    /// <summary>An existing output must be a folder this tool made (it has a manifest) or an empty one.</summary>
    internal static string? ContentsProblem(string output)
    {
        if (File.Exists(output))
        {
            return $"输出路径 {output} 是一个文件，不是目录。请换一个目录。";
        }

        return Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, BuildManifest.FileName))
            ? $"输出目录 {output} 已有其他文件且不是本工具生成的（没有 {BuildManifest.FileName}）。为安全起见不会覆盖，请换一个空目录。"
            : null;
    }

    private static IEnumerable<string> WhatItIs(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        yield return full;
        var target = Directory.Exists(full) ? new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true) : null;
        if (target is not null)
        {
            yield return Path.TrimEndingDirectorySeparator(target.FullName);
        }
    }

    /// <summary>True when <paramref name="folder"/> is <paramref name="other"/> or one of the folders above it.</summary>
    private static bool IsSameOrAncestor(string folder, string other)
    {
        var a = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var b = Path.TrimEndingDirectorySeparator(Path.GetFullPath(other)) + Path.DirectorySeparatorChar;
        return b.StartsWith(a, Comparison);
    }
}
