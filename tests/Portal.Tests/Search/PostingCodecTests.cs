using System.Text;
using Portal.Search;

namespace Portal.Tests.Search;

public class PostingCodecTests
{
    [Fact]
    public void Numbers_round_trip_and_small_ones_take_one_character()
    {
        int[] values = [0, 1, 31, 32, 1023, 1024, 123_456, int.MaxValue];
        var text = new StringBuilder();
        foreach (var value in values)
        {
            PostingCodec.Append(text, value);
        }

        Assert.Equal(values, PostingCodec.Decode(text.ToString()));
        var one = new StringBuilder();
        PostingCodec.Append(one, 31);
        Assert.Equal(1, one.Length);
    }

    [Fact]
    public void The_alphabets_are_disjoint_and_safe_in_a_javascript_string()
    {
        Assert.Empty(PostingCodec.Last.Intersect(PostingCodec.More));
        Assert.Equal(64, PostingCodec.Last.Concat(PostingCodec.More).Distinct().Count());
        Assert.All(PostingCodec.Last + PostingCodec.More, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    [Fact]
    public void Token_hash_is_fnv1a_over_utf16_code_units()
    {
        // Reference values of 32-bit FNV-1a; the browser computes the same with Math.imul.
        Assert.Equal(0x811c9dc5u, TokenHash.Of(""));
        Assert.Equal(0xe40c292cu, TokenHash.Of("a"));
        Assert.Equal(TokenHash.Of("水稻"), TokenHash.Of(TokenKey.Pair('水', '稻')));
        Assert.Equal(TokenHash.Of("水"), TokenHash.Of(TokenKey.Char('水')));
    }
}
