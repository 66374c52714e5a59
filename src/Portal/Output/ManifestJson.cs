using System.Text.Json.Serialization;

namespace Portal.Output;

/// <summary>The manifest's JSON, generated at compile time (the up-to-date check reads it on every build).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BuildManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext;
