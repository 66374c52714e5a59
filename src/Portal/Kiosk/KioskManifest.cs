using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Portal.Output;

namespace Portal.Kiosk;

/// <summary>
/// <c>manifest.json</c> at the root of a kiosk package (zip, USB folder or published URL) and of every
/// installed version: each file's path, size and SHA-256, plus the build id, build time and profile
/// from <c>kiosk.json</c>. Sync trusts nothing that is not listed here and verifies every byte against it.
/// </summary>
public sealed record KioskManifest
{
    public const string FileName = "manifest.json";
    public const string CurrentFormat = "portal-kiosk/1";

    /// <summary>A manifest larger than this is not a kiosk manifest (protects memory on a hostile source).</summary>
    public const int MaxBytes = 32 << 20;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format { get; init; } = CurrentFormat;

    public required string BuildId { get; init; }

    public string? BuildTime { get; init; }

    public JsonNode? Profile { get; init; }

    public required IReadOnlyList<ManifestEntry> Files { get; init; }

    /// <summary>SHA-256 over the sorted (path, size, hash) list: equal exactly when two versions hold the same bytes.</summary>
    [JsonIgnore]
    public string ContentId => ComputeContentId(Files);

    [JsonIgnore]
    public long TotalBytes => Files.Sum(f => f.Size);

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    /// <summary>A readable one-line description of the profile: its id or name when it is an object.</summary>
    public string? ProfileLabel => Profile switch
    {
        null => null,
        JsonObject o => (o["id"] ?? o["name"])?.ToString() ?? o.ToJsonString(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => Profile.ToJsonString(),
    };

    /// <summary>Parses and validates a manifest; <paramref name="origin"/> names where it came from in messages.</summary>
    public static KioskManifest Parse(ReadOnlySpan<byte> utf8, string origin)
    {
        if (utf8.Length > MaxBytes)
        {
            throw Rejected(origin, "文件过大");
        }

        KioskManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<KioskManifest>(utf8, Options);
        }
        catch (JsonException e)
        {
            throw Rejected(origin, "不是有效的 JSON（" + e.Message + "）");
        }

        if (manifest is null)
        {
            throw Rejected(origin, "内容为空");
        }

        manifest.Validate(origin);
        return manifest;
    }

    /// <summary>The manifest stored in a folder, or null when there is none or it is unreadable.</summary>
    public static KioskManifest? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllBytes(path), path) : null;
        }
        catch (Exception e) when (e is KioskException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Describes a built site folder: hashes every file (symbolic links are refused: they could
    /// point anywhere) and takes build id, time and profile from its <c>kiosk.json</c>. A
    /// <c>manifest.json</c> of ours at the root is skipped (it is regenerated); another file of that
    /// name is refused, since the name is reserved for the manifest.
    /// </summary>
    public static KioskManifest FromFolder(string siteDir, Action<string>? onFile = null)
    {
        var root = Path.GetFullPath(siteDir);
        if (!Directory.Exists(root))
        {
            throw new KioskException(KioskFailure.NotFound, $"找不到网站目录 {siteDir}。");
        }

        var files = new List<ManifestEntry>();
        foreach (var full in Walk(root))
        {
            var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == FileName)
            {
                if (TryRead(root) is null)
                {
                    throw new KioskException(KioskFailure.Rejected, $"{full} 不是本工具生成的清单；{FileName} 这个文件名保留给清单使用，请改名。");
                }

                continue;
            }

            if (ManifestPath.Problem(relative) is { } problem)
            {
                throw new KioskException(KioskFailure.Rejected, $"文件名“{relative}”不能打包：{problem}。");
            }

            onFile?.Invoke(relative);
            files.Add(new ManifestEntry(relative, new FileInfo(full).Length, FileHash.Sha256(full)));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var info = KioskInfo.Read(root);
        var contentId = ComputeContentId(files);
        return new KioskManifest
        {
            BuildId = info?.BuildId ?? contentId[..16],
            BuildTime = info?.BuildTime,
            Profile = info?.Profile,
            Files = files,
        };
    }

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null)
            {
                throw new KioskException(KioskFailure.Rejected, $"{entry.FullName} 是符号链接，出于安全考虑不打包。");
            }

            if (entry is DirectoryInfo dir)
            {
                foreach (var file in Walk(dir.FullName))
                {
                    yield return file;
                }
            }
            else
            {
                yield return entry.FullName;
            }
        }
    }

    private void Validate(string origin)
    {
        if (Format != CurrentFormat)
        {
            throw Rejected(origin, $"格式“{Format}”不受支持（应为 {CurrentFormat}），请用同一版本的 portal 重新打包");
        }

        if (string.IsNullOrWhiteSpace(BuildId) || BuildId.Length > 200 || BuildId.Any(char.IsControl))
        {
            throw Rejected(origin, "缺少有效的 buildId");
        }

        if (Files is null)
        {
            throw Rejected(origin, "缺少 files 列表");
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            if (file is null || ManifestPath.Problem(file.Path) is { } problem)
            {
                throw Rejected(origin, $"路径“{file?.Path}”不安全：{ManifestPath.Problem(file?.Path)}");
            }

            if (file.Path == FileName)
            {
                throw Rejected(origin, $"文件列表不能包含 {FileName} 本身");
            }

            if (file.Size < 0 || file.Sha256 is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
            {
                throw Rejected(origin, $"“{file.Path}”的大小或 SHA-256 无效");
            }

            if (!paths.Add(file.Path))
            {
                throw Rejected(origin, $"“{file.Path}”重复出现");
            }
        }

        // "a" and "a/b" cannot both be files: refuse before half a version is written.
        foreach (var path in paths)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                if (paths.Contains(path[..slash]))
                {
                    throw Rejected(origin, $"“{path[..slash]}”既是文件又是目录");
                }
            }
        }
    }

    private static string ComputeContentId(IEnumerable<ManifestEntry> files)
    {
        var text = new StringBuilder();
        foreach (var f in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(f.Path).Append('\t').Append(f.Size).Append('\t').Append(f.Sha256).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static KioskException Rejected(string origin, string why) => new(KioskFailure.Rejected, $"清单 {origin} 无效：{why}。");
}
