using Portal.Search;

namespace Portal.Tests.Search;

public class SearchTokenizerTests
{
    [Fact]
    public void Han_text_gives_every_character_and_every_adjacent_pair()
    {
        Assert.Equal(["水", "水稻", "稻", "稻育", "育", "育秧", "秧"], SearchTokenizer.Tokens("水稻育秧"));
    }

    [Fact]
    public void Punctuation_and_spaces_split_runs_so_no_pair_crosses_them()
    {
        Assert.Equal(["水", "水稻", "稻", "育", "育秧", "秧"], SearchTokenizer.Tokens("水稻，育秧"));
    }

    [Fact]
    public void Latin_and_digits_become_lower_case_words_between_han_runs()
    {
        Assert.Equal(["使", "使用", "用", "gps", "定", "定位", "位", "a4", "纸"], SearchTokenizer.Tokens("使用GPS定位A4纸"));
    }

    [Fact]
    public void Full_width_letters_and_digits_fold_to_ascii()
    {
        Assert.Equal(SearchTokenizer.Tokens("2026年GPS"), SearchTokenizer.Tokens("２０２６年ＧＰＳ"));
    }

    [Fact]
    public void A_document_number_is_found_by_its_year_and_by_its_number_with_号()
    {
        var tokens = SearchTokenizer.Tokens("桂政办发〔2012〕269号");
        Assert.Contains("2012", tokens);
        Assert.Contains("269", tokens);
        Assert.Contains("号", tokens);
        Assert.Contains("办发", tokens);
        // "269号" as a query is the word 269 AND the character 号: both are in the document.
        Assert.All(SearchTokenizer.Tokens("269号"), t => Assert.Contains(t, tokens));
    }

    [Fact]
    public void Titles_also_give_pinyin_syllables_pairs_and_initials()
    {
        var tokens = SearchTokenizer.Tokens("蔬菜种植", withPinyin: true);
        Assert.Contains("py:shu", tokens);
        Assert.Contains("py:shucai", tokens);
        Assert.Contains("py:caizhong", tokens);
        Assert.Contains("in:s", tokens);
        Assert.Contains("in:sc", tokens);
        Assert.Contains("in:zz", tokens);
        Assert.DoesNotContain(SearchTokenizer.Tokens("蔬菜种植"), t => t.StartsWith("py:", StringComparison.Ordinal));
    }

    [Fact]
    public void Polyphonic_characters_get_the_dictionarys_first_reading()
    {
        // Documented limit: 重 is indexed as zhong only, so 重要 is found by "zhongyao" and 重庆 by
        // "zhongqing" (not "chongqing"); the characters themselves are always indexed.
        Assert.Contains("py:zhongyao", SearchTokenizer.Tokens("重要", withPinyin: true));
        Assert.Contains("py:zhongqing", SearchTokenizer.Tokens("重庆", withPinyin: true));
        Assert.Contains("in:zq", SearchTokenizer.Tokens("重庆", withPinyin: true));
    }

    [Fact]
    public void A_single_character_and_a_pair_never_share_a_key()
    {
        Assert.NotEqual(TokenKey.Char('水'), TokenKey.Pair('水', '稻'));
        Assert.Equal("水稻", TokenKey.Pair('水', '稻').ToString());
    }
}
