namespace Portal.Search;

/// <summary>
/// FNV-1a over a token's UTF-16 code units: decides which shard holds the token. The browser computes the
/// same hash (theme/assets/search.js, with Math.imul) to know which shard files a query needs.
/// </summary>
public static class TokenHash
{
    public static uint Of(TokenKey token)
    {
        if (token.Word is { } word)
        {
            return Of(word);
        }

        var hash = Step(2166136261u, (char)(token.Han > 0xFFFF ? token.Han >> 16 : token.Han));
        return token.Han > 0xFFFF ? Step(hash, (char)(token.Han & 0xFFFF)) : hash;
    }

    public static uint Of(string token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = Step(hash, c);
        }

        return hash;
    }

    private static uint Step(uint hash, char c) => unchecked((hash ^ c) * 16777619u);
}
