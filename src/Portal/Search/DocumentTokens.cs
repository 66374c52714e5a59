namespace Portal.Search;

/// <summary>
/// One document's tokens, counted: <see cref="Ids"/> in the order the tokenizer first met them (titles,
/// tags, metadata, summary, body: that order decides where a token's line stands in its shard), each with
/// its <see cref="Tallies"/> entry (see <see cref="Tally"/>), and the number of body tokens for BM25's
/// length normalisation.
/// </summary>
/// <param name="Distinct">The different tallies of this document: a handful, so a change of norm is checked on these alone.</param>
public sealed record DocumentTokens(int[] Ids, int[] Tallies, int Length, int[] Distinct);

/// <summary>A token's weight in one document (body 1, summary 2, metadata 3 per occurrence) and where it was seen, packed in an int.</summary>
public static class Tally
{
    public const int InTitle = 1;
    public const int InTags = 2;

    public static int Of(int weight, int fields) => (weight << 2) | fields;

    public static int Weight(int tally) => tally >> 2;

    public static int Fields(int tally) => tally & 3;
}
