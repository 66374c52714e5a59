using System.Text;

namespace Portal.Tests.Release;

/// <summary>
/// The files a .NET single-file program carries, read from its bundle manifest: the apphost holds the
/// manifest's offset just before a fixed 32-byte signature, and the manifest lists each file's offset, size
/// and path (format of .NET 6 and later, version 6 here). Hand-written because the SDK's own reader
/// (Microsoft.NET.HostModel) is not a package on the package source; the tests only need the file list.
/// </summary>
public sealed record SingleFileBundle(IReadOnlyList<BundledFile> Files)
{
    // "the .NET Core bundle signature", SHA-256 of ".net core bundle", as Microsoft.NET.HostModel writes it.
    private static readonly byte[] Signature =
    [
        0x8b, 0x12, 0x02, 0xb9, 0x6a, 0x61, 0x20, 0x38, 0x72, 0x7b, 0x93, 0x02, 0x14, 0xd7, 0xa0, 0x32,
        0x13, 0xf5, 0xb9, 0xe6, 0xef, 0xae, 0x33, 0x18, 0xee, 0x3b, 0x2d, 0xce, 0x24, 0xb3, 0x6a, 0xae,
    ];

    public static SingleFileBundle Read(string path)
    {
        var bytes = System.IO.File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf(Signature);
        if (at < 8)
        {
            throw new InvalidDataException(path + " is not a .NET single-file program (no bundle signature)");
        }

        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        reader.BaseStream.Position = BitConverter.ToInt64(bytes, at - 8);
        var major = reader.ReadUInt32();
        reader.ReadUInt32();
        var count = reader.ReadInt32();
        reader.ReadString(); // bundle id
        if (major < 6)
        {
            throw new InvalidDataException($"{path}: bundle format {major}, the reader knows 6 and later");
        }

        // deps.json and runtimeconfig.json offset and size, then the flags.
        reader.BaseStream.Position += (4 * sizeof(long)) + sizeof(ulong);
        var files = new List<BundledFile>(count);
        for (var i = 0; i < count; i++)
        {
            var offset = reader.ReadInt64();
            var size = reader.ReadInt64();
            var compressed = reader.ReadInt64();
            reader.ReadByte(); // type: assembly, native, deps.json …
            var name = reader.ReadString();
            var stored = compressed == 0 ? size : compressed;
            files.Add(new BundledFile(name, bytes.AsSpan((int)offset, (int)Math.Min(stored, 4096)).ToArray(), compressed != 0));
        }

        return new SingleFileBundle(files);
    }

    public BundledFile File(string name) =>
        Files.SingleOrDefault(f => f.Path == name) ?? throw new KeyNotFoundException(name + " is not in the bundle: " + string.Join(", ", Files.Select(f => f.Path)));
}

/// <summary>One bundled file: its path in the bundle and the first bytes as stored.</summary>
public sealed record BundledFile(string Path, byte[] Head, bool Compressed);
