using Portal.Kiosk.Sync;

namespace Portal.Kiosk.Packaging;

/// <summary>
/// The file-name rules of Windows, checked when a site is packed (most kiosks run Windows) and again
/// by a sync on Windows before anything is written: a name Windows forbids cannot be created there, and
/// a reserved device name such as <c>CON</c> or <c>nul.html</c> would not even be a file.
/// <list type="bullet">
/// <item>no <c>&lt; &gt; : " | ? * \</c> and no control characters;</item>
/// <item>no reserved names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, also with ¹²³), whatever the extension or case;</item>
/// <item>no segment ending in a dot or a space (Windows drops them, so two names become one), none over 255;</item>
/// <item>the full path at most 259 characters (MAX_PATH 260 less the terminating NUL), counted where
/// sync writes it last: <c>ROOT.versions\&lt;version folder&gt;\path.part</c>. .NET itself handles longer
/// paths, but Explorer, backup tools and Chrome's file:// pages on Windows without the LongPathsEnabled
/// policy do not.</item>
/// </list>
/// </summary>
public static class WindowsPaths
{
    /// <summary>
    /// The site folder assumed at pack time, when the kiosk is not known: a machine-wide install under
    /// ProgramData, as the README's Windows kiosk set-up uses. A deeper root leaves less room.
    /// </summary>
    public const string AssumedInstallRoot = @"C:\ProgramData\kjzc\site";

    /// <summary>MAX_PATH (260) less the terminating NUL.</summary>
    public const int MaxPathLength = 259;

    private const string Forbidden = "<>:\"|?*\\";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>Says in Chinese why the '/'-separated <paramref name="path"/> cannot exist on Windows (length aside), or null.</summary>
    public static string? NameProblem(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            foreach (var c in segment)
            {
                if (char.IsControl(c))
                {
                    return "含有控制字符";
                }

                if (Forbidden.Contains(c))
                {
                    return $"含有 Windows 不允许的字符“{c}”";
                }
            }

            // "CON.txt", "con .html" and "Nul.tar.gz" all name the device: only the part before the first dot counts.
            var stem = segment.Split('.')[0].TrimEnd(' ');
            if (Reserved.Contains(stem))
            {
                return $"“{segment}”是 Windows 的保留设备名（{stem.ToUpperInvariant()}）";
            }

            if (segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"“{segment}”以点或空格结尾，Windows 会把它们去掉";
            }

            if (segment.Length > 255)
            {
                return $"“{segment[..20]}…”超过 255 个字符";
            }
        }

        return null;
    }

    /// <summary>Every file of <paramref name="manifest"/> that cannot be installed under <paramref name="root"/> on Windows, with the reason.</summary>
    public static IReadOnlyList<(string Path, string Problem)> Problems(KioskManifest manifest, string root)
    {
        // The longest prefix a file gets during a sync: its version folder or its staging folder, and ".part".
        var folder = Math.Max(SiteVersions.NameFor(manifest).Length, ".staging-".Length + 16);
        var prefix = root.TrimEnd('\\', '/').Length + ".versions\\".Length + folder + 1;
        var problems = new List<(string, string)>();
        foreach (var file in manifest.Files)
        {
            var length = prefix + file.Path.Length + ".part".Length;
            if (NameProblem(file.Path) is { } problem)
            {
                problems.Add((file.Path, problem));
            }
            else if (length > MaxPathLength)
            {
                problems.Add((file.Path, $"安装到 {root} 后完整路径约 {length} 个字符，超过 Windows 的 {MaxPathLength} 个字符限制"));
            }
        }

        return problems;
    }

    /// <summary>Refuses <paramref name="manifest"/> when any of its files breaks a Windows rule, naming up to five of them.</summary>
    public static void Check(KioskManifest manifest, string root)
    {
        var problems = Problems(manifest, root);
        if (problems.Count == 0)
        {
            return;
        }

        var list = string.Join("；", problems.Take(5).Select(p => $"“{p.Path}”：{p.Problem}"));
        var more = problems.Count > 5 ? $"（共 {problems.Count} 个文件）" : "";
        throw new KioskException(KioskFailure.Rejected, $"有文件在 Windows 信息亭上无法使用{more}：{list}。请改名或缩短路径后重新构建、打包。");
    }
}
