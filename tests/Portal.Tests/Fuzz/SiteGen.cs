using CsCheck;

namespace Portal.Tests.Fuzz;

/// <summary>A generated input folder: relative path → bytes, beside a valid site.yml.</summary>
public sealed record FuzzSite(IReadOnlyList<(string Path, string Text)> Files)
{
    public override string ToString() => string.Join("\n", Files.Select(f => $"== {f.Path}\n{(f.Text.Length > 800 ? f.Text[..800] + "…" : f.Text)}"));
}

/// <summary>File names and folder shapes: Chinese names, spaces, dots, deep folders, _ and . prefixes, bundles.</summary>
public static class SiteGen
{
    private static readonly Gen<string> Section = FuzzText.Consts("notices", "techniques", "policies", "pages", "Notices", "其他", "_drafts", ".git");

    private static readonly Gen<string> Name = FuzzText.Consts(
        "doc", "youcai-2026", "申报指南", "a b", "a.b", ".hidden", "_draft", "UPPER", "x-", "-x", "a--b", "index", "README", "404", "search", "tags",
        "很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字", "émoji👩‍🌾", "con", "a..b", " ", "x\u200B");

    private static readonly Gen<string> Path = Gen.OneOf<string>(
        Gen.Select(Section, Name).Select((s, n) => $"{s}/{n}.md"),
        Gen.Select(Section, Name).Select((s, n) => $"{s}/{n}/index.md"),
        Gen.Select(Section, Name, Name, Name).Select((s, a, b, c) => $"{s}/{a}/{b}/{c}.md"),
        Gen.Select(Section, Name).Select((s, n) => $"{s}/{n}/申报指南.pdf"),
        Gen.Select(Section, Name).Select((s, n) => $"{s}/{n}/图片.png"),
        FuzzText.Consts("README.md", "pages/index.md", "_theme/i18n/zh-CN.yml", "notices/doc/_private/x.md", "notices/doc.MD"));

    private static readonly Gen<string> Document =
        Gen.Select(Gen.Frequency<string>((8, Gen.Const("---\n")), (1, FuzzText.Consts("", "--- \n", "\uFEFF---\n", "---\r\n"))), FrontMatterGen.Yaml, Gen.Frequency<string>((8, Gen.Const("\n---\n")), (1, FuzzText.Consts("", "\n...\n"))), MarkdownGen.Body)
            .Select((open, yaml, close, body) => open + yaml + close + body);

    private static readonly Gen<string> Labels = FrontMatterGen.Pair.Array[0, 4].Select(p => string.Join('\n', p));

    public static readonly Gen<FuzzSite> Site = Gen.Select(Path, Document, Labels).Array[1, 5].Select(files =>
        new FuzzSite(files.Select(f => (f.Item1, f.Item1.EndsWith(".yml", StringComparison.Ordinal) ? f.Item3 : f.Item2)).DistinctBy(f => f.Item1).ToList()));
}
