using CsCheck;
using Portal.Load;

namespace Portal.Tests.Fuzz;

/// <summary>Front matter: every key of <see cref="FrontMatterKeys"/> with valid values, wrong types and broken YAML.</summary>
public static class FrontMatterGen
{
    private static readonly string[] Keys = [.. FrontMatterKeys.Notice.Union(FrontMatterKeys.Technique).Union(FrontMatterKeys.Policy), "titel", "标题"];

    private static readonly Gen<string> Valid = Gen.OneOf<string>(
        FuzzText.Line,
        FuzzText.Consts("2026-01-01", "2026-03-05 09:30", "2026-11-23", "true", "false", "3", "[3, 4, 5]", "[水稻, 育秧]", "active", "withdrawn",
            "北湖区/华塘镇", "[北湖区]", "种植", "{name: 张三, org: 农科所}", "{ref: doc}", "{title: 原文, doc_no: 郴科发〔2026〕1号}",
            "\n  - file: a.pdf\n    title: 附件", "\n  - date: 2026-01-02\n    note: 改", "[/old/path/]", "x.png", "\"引号里: 冒号\"", "|\n  多行\n  文字"));

    /// <summary>Wrong types and broken YAML: half-typed lists and maps, unclosed quotes, anchors, tabs, deep nesting.</summary>
    private static readonly Gen<string> Broken = Gen.OneOf<string>(
        FuzzText.Consts("[x", "[a, b", "{name: x", "{x: [y", "]", "}", "\"abc", "'abc", "*alias", "&a", "!tag x", "@张三", "`x", "%x",
            "2026-13-45", "2026-3-5", "0000-00-00", "9999-12-31 25:61", "-1", "1e400", "~", "null", "", "是", "[[[]]]", "{a: {b: {c: d}}}",
            "\n\t- tab", "\n  - file: ../../../etc/passwd", "\n  - file: 申报指南.pdf", "\n  - {}", "\n  -", "x: y: z", "\"a\\q\"", "[{]}", "? x"),
        Gen.Int[1, 200].Select(n => new string('[', n)),
        Gen.Int[1, 200].Select(n => new string('{', n) + "a: b"),
        FuzzText.Odd);

    public static readonly Gen<string> Pair =
        Gen.Select(FuzzText.Consts(Keys), Gen.Frequency<string>((3, Valid), (2, Broken))).Select((k, v) => $"{k}: {v}");

    /// <summary>The YAML between the <c>---</c> lines; usually with a title and date so later stages run.</summary>
    public static readonly Gen<string> Yaml =
        Gen.Select(Gen.Bool, Gen.Bool, Pair.Array[0, 8]).Select((title, date, pairs) =>
            string.Join('\n', (title ? new[] { "title: " + "标题" } : []).Concat(date ? ["date: 2026-01-01"] : []).Concat(pairs)));
}
