using System.Buffers.Binary;

namespace Portal.Tests.Release;

/// <summary>What the header of an executable or library says it is made for.</summary>
public sealed record BinaryHeader(string Format, ushort Machine, bool Is64Bit, ushort? WindowsSubsystem)
{
    public const ushort PeAmd64 = 0x8664;
    public const ushort ElfAarch64 = 0xB7;
    public const ushort ConsoleSubsystem = 3;

    /// <summary>Reads a PE (MZ stub, "PE\0\0", COFF header, optional header) or an ELF header.</summary>
    public static BinaryHeader Read(ReadOnlySpan<byte> head)
    {
        if (head is [(byte)'M', (byte)'Z', ..])
        {
            var pe = BinaryPrimitives.ReadInt32LittleEndian(head[0x3C..]);
            if (!head[pe..(pe + 4)].SequenceEqual("PE\0\0"u8))
            {
                throw new InvalidDataException("MZ stub without a PE signature");
            }

            var machine = BinaryPrimitives.ReadUInt16LittleEndian(head[(pe + 4)..]);
            var optional = pe + 24;
            var magic = BinaryPrimitives.ReadUInt16LittleEndian(head[optional..]);
            // PE32+ (0x20b) puts Subsystem at 68 bytes into the optional header, as PE32 does.
            var subsystem = BinaryPrimitives.ReadUInt16LittleEndian(head[(optional + 68)..]);
            return new BinaryHeader("PE", machine, magic == 0x20b, subsystem);
        }

        if (head[..4].SequenceEqual("\u007fELF"u8))
        {
            // e_ident[EI_DATA] 1 is little-endian, the only order the targets use and the one e_machine is read in.
            if (head[5] != 1)
            {
                throw new InvalidDataException("a big-endian ELF file");
            }

            // e_ident[EI_CLASS] 2 is 64-bit; e_machine is at byte 18.
            return new BinaryHeader("ELF", BinaryPrimitives.ReadUInt16LittleEndian(head[18..]), head[4] == 2, null);
        }

        throw new InvalidDataException("neither PE nor ELF");
    }

    public static BinaryHeader ReadFile(string path)
    {
        var head = new byte[4096];
        using var file = System.IO.File.OpenRead(path);
        var read = file.ReadAtLeast(head, 64, throwOnEndOfStream: false);
        return Read(head.AsSpan(0, read));
    }
}
