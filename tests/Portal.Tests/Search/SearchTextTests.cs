using System.Text;
using Portal.Search;

namespace Portal.Tests.Search;

public class SearchTextTests
{
    /// <summary>Characters that fold alone or interact with their neighbours under NFKC: every one of them is in the mix.</summary>
    private static readonly string[] Pieces =
    [
        "水", "稻", "育", "秧", "A", "z", "Q", "9", " ", "，", "。", "、", "“", "”", "《", "》", "·", "—", "\u3000",
        "Ａ", "ｂ", "１", "（", "）", "\u0301", "\u0308", "\u0327", "e", "\u00C5", "\u212B", "\u212A", "ﬁ", "\uF900", "\uF9DC", "\uFA6E",
        "㐀", "…", "①", "ｶ", "\u3099", "か", "\u1100", "\u1161", "\u11A8", "😀", "İ", "Σ", "\u00A0", "\t", "\n", "²",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Folding_into_a_buffer_equals_nfkc_and_lower_case_of_the_whole_text(int seed)
    {
        var random = new Random(seed);
        var buffer = new char[4];
        for (var round = 0; round < 2000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 24); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var raw = text.ToString();
            var length = SearchText.Fold(raw, ref buffer);
            Assert.Equal(SearchText.Normalize(raw), new string(buffer, 0, length));
        }
    }

    [Fact]
    public void Characters_said_to_fold_alone_are_their_own_nfkc_lower_case_but_full_width_forms_and_ideographic_space()
    {
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            if (!SearchText.FoldsAlone(ch) || ch is (>= '\uFF01' and <= '\uFF5E') or '\u3000')
            {
                continue;
            }

            var one = ch.ToString();
            Assert.True(one.Normalize(NormalizationForm.FormKC) == one, $"U+{c:X4}");
        }
    }
}
