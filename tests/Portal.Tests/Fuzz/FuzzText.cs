using CsCheck;

namespace Portal.Tests.Fuzz;

/// <summary>Text pieces editors (and copy-paste from Word, WeChat, PDFs) put into files.</summary>
public static class FuzzText
{
    public static Gen<string> Consts(params string[] values) => Gen.OneOf<string>(values);

    /// <summary>Odd Unicode: lone surrogates, RTL marks, NUL, combining marks, full-width forms, BOM, emoji, CJK extension B.</summary>
    public static readonly Gen<string> Odd = Consts(
        "\uD800", "\uDFFF", "\u202E", "\u200F", "\u200B", "\u0000", "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "ＡＢＣ１２３",
        "，：；？！（）", "\uFEFF", "👩‍🌾", "𠀀𪚥", "\r", "\t", "\u3000", "〔2026〕", "\\", "%E4%B8", "&amp;", "<", ">", "\u2028");

    public static readonly Gen<string> Word = Consts(
        "水稻", "育秧", "科技局", "通知", "油菜", "rice", "A", "2026", "北湖区", "华塘镇", "种植", "申报指南", "x");

    /// <summary>A line of prose mixing ordinary words with odd characters.</summary>
    public static readonly Gen<string> Line = Gen.Frequency<string>((4, Word), (1, Odd)).Array[1, 12].Select(a => string.Concat(a));
}
