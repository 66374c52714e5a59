using System.Buffers;
using System.Text;
using System.Text.Json;
using Portal.Output;

namespace Portal.Tests.Output;

/// <summary>The manifest's text: serve writes it as UTF-8 straight from the serializer, byte for byte what the string form was.</summary>
public class BuildManifestTests
{
    private static readonly BuildManifest Sample = new("portal",
    [
        new("index.html", 1200, new string('a', 64)),
        new("通知公告/关于\"春耕\"的<通知>/index.html", 34567, new string('b', 64)),
        new("assets/site.css", 0, new string('c', 64)),
    ]);

    [Fact]
    public void Utf8JsonIsTheSerializersIndentedTextAndANewline()
    {
        var buffer = new ArrayBufferWriter<byte>();
        Sample.WriteJson(buffer);

        var expected = JsonSerializer.Serialize(Sample, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true }) + "\n";
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void WhatItWritesReadsBack()
    {
        using var temp = new Support.TempDir();
        File.WriteAllText(Path.Combine(temp.Path, BuildManifest.FileName), Sample.ToJson());

        var read = BuildManifest.Read(temp.Path)!;

        Assert.Equal(Sample.Generator, read.Generator);
        Assert.Equal(Sample.Files, read.Files);
    }
}
