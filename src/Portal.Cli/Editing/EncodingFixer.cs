using System.Text;
using Portal.Load;

namespace Portal.Cli.Editing;

/// <summary>
/// <c>portal check --fix-encoding</c>: finds text files under input/ that are not UTF-8 but clearly GBK or
/// UTF-16, says what each will become, and rewrites it as UTF-8 (no BOM, line endings kept).
/// </summary>
public static class EncodingFixer
{
    private static readonly string[] TextExtensions = [".md", ".markdown", ".yml", ".yaml", ".txt"];

    public sealed record Result(int Fixed, int Unrecognised);

    public static Result Run(string inputRoot, string inputDisplay, TextWriter log)
    {
        var candidates = Directory.EnumerateFiles(inputRoot, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => TextExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Where(f => !InputPaths.ToRelative(inputRoot, f).Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
        int fixedCount = 0, unknown = 0;
        foreach (var file in candidates)
        {
            var bytes = File.ReadAllBytes(file);
            if (LegacyEncoding.IsUtf8(bytes))
            {
                continue;
            }

            var display = inputDisplay + "/" + InputPaths.ToRelative(inputRoot, file);
            if (LegacyEncoding.Guess(bytes) is not { } decoded)
            {
                log.WriteLine($"{display}：无法识别编码，未修改。请在编辑器中“另存为” UTF-8。");
                unknown++;
                continue;
            }

            log.WriteLine($"{display}：{decoded.EncodingName} → UTF-8（内容：“{SourceText.Preview(decoded.Text, 30)}”）");
            WriteAtomically(file, decoded.Text);
            fixedCount++;
        }

        log.WriteLine(fixedCount == 0 && unknown == 0 ? "所有文本文件都已是 UTF-8 编码，无需转换。" : $"已转换 {fixedCount} 个文件为 UTF-8。");
        return new Result(fixedCount, unknown);
    }

    // Write beside the file, then replace it: an interrupted run never leaves half a file.
    private static void WriteAtomically(string file, string text)
    {
        var temp = file + ".portal-utf8.tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, file, overwrite: true);
    }
}
