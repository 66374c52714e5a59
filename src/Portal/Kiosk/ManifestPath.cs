namespace Portal.Kiosk;

/// <summary>
/// The paths a kiosk manifest may list: relative, '/'-separated, no empty, "." or ".." segments, no
/// backslashes, colons or control characters. A manifest comes from a USB stick or the network, so a
/// path that could resolve outside the version folder is refused before anything is written.
/// </summary>
public static class ManifestPath
{
    /// <summary>Says in Chinese why <paramref name="path"/> is not allowed, or null when it is.</summary>
    public static string? Problem(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "路径为空";
        }

        if (path.Length > 1024)
        {
            return "路径过长";
        }

        if (path[0] == '/')
        {
            return "不能是绝对路径";
        }

        foreach (var c in path)
        {
            if (c == '\\' || c == ':' || char.IsControl(c))
            {
                return "含有不允许的字符（反斜杠、冒号或控制字符）";
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return "含有空段、“.”或“..”，可能指向目标目录之外";
            }
        }

        return null;
    }

    /// <summary>The full path of <paramref name="path"/> under <paramref name="root"/>, checked to stay inside it.</summary>
    public static string Under(string root, string path)
    {
        if (Problem(path) is { } problem)
        {
            throw new KioskException(KioskFailure.Rejected, $"清单中的路径“{path}”不安全：{problem}。");
        }

        var fullRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(fullRoot, path));
        if (!full.StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw new KioskException(KioskFailure.Rejected, $"清单中的路径“{path}”指向目标目录之外。");
        }

        return full;
    }
}
