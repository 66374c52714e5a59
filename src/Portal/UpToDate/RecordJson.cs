using System.Text.Json.Serialization;

namespace Portal.UpToDate;

/// <summary>The record's JSON, generated at compile time: a cold <c>portal build</c> reads it before anything else, without reflection's start-up cost.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildRecord))]
internal sealed partial class RecordJson : JsonSerializerContext;
