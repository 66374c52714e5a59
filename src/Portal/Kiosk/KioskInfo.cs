using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Kiosk;

/// <summary>
/// What a kiosk build says about itself in <c>kiosk.json</c> at its root (written by
/// <c>portal build --kiosk</c>): build id, build time and profile. Read leniently, since the packer
/// also accepts folders made by other means; a folder without it gets an id derived from its content.
/// </summary>
public sealed record KioskInfo(string? BuildId, string? BuildTime, JsonNode? Profile)
{
    public const string FileName = "kiosk.json";

    private static readonly string[] BuildIdKeys = ["buildId", "build_id"];
    private static readonly string[] BuildTimeKeys = ["buildTime", "build_time", "builtAt", "built_at"];
    private static readonly string[] ProfileKeys = ["profile", "kiosk"];

    public static KioskInfo? Read(string siteDir)
    {
        var path = Path.Combine(siteDir, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(File.ReadAllText(path)) is not JsonObject json)
            {
                return null;
            }

            return new KioskInfo(Text(json, BuildIdKeys), Text(json, BuildTimeKeys), First(json, ProfileKeys)?.DeepClone());
        }
        catch (JsonException)
        {
            throw new KioskException(KioskFailure.Rejected, $"{path} 不是有效的 JSON。");
        }
    }

    private static JsonNode? First(JsonObject json, string[] keys) =>
        keys.Select(k => json[k]).FirstOrDefault(n => n is not null);

    private static string? Text(JsonObject json, string[] keys) => First(json, keys) switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) && s.Trim().Length > 0 => s.Trim(),
        JsonValue value => value.ToJsonString(),
        _ => null,
    };
}
