using System.Collections;
using Portal.SiteModel;
using Portal.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Portal.Tests.Templates;

/// <summary>The page context's shortcut for function arguments must convert exactly as Scriban does.</summary>
public sealed class PageContextTests
{
    private static readonly ItemSummary Summary = new("标题", "notices/a/", DateTimeOffset.Parse("2026-11-20T08:00:00+08:00"), null, "notices", "摘要", "current", false, false, null, null, null, null);

    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var v = 0; v < Values.Length; v++)
        {
            for (var t = 0; t < Types.Length; t++)
            {
                data.Add(v, t);
            }
        }

        return data;
    }

    private static readonly object?[] Values =
    [
        "abc", "12", 12, 1.5, true, null, DateTimeOffset.Parse("2026-11-20T08:00:00+08:00"), new List<int> { 3, 4 }, new[] { 5, 6 },
        Summary, new ScriptArray { 1, 2 }, new ScriptObject { ["a"] = 1 }, DayOfWeek.Monday, 7L,
    ];

    private static readonly Type[] Types =
    [
        typeof(object), typeof(string), typeof(int), typeof(bool), typeof(double), typeof(long), typeof(IEnumerable), typeof(IEnumerable<int>),
        typeof(IList), typeof(ItemSummary), typeof(int?), typeof(DateTimeOffset?), typeof(IComparable), typeof(DayOfWeek), typeof(ScriptArray),
    ];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Converts_every_argument_as_scriban_does(int value, int type)
    {
        var expected = Convert(new TemplateContext(), Values[value], Types[type]);
        var actual = Convert(new PageContext(new ScriptObject()), Values[value], Types[type]);

        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Result, actual.Result);
        if (expected.Result is not null && !expected.Result.GetType().IsValueType)
        {
            Assert.Equal(ReferenceEquals(expected.Result, Values[value]), ReferenceEquals(actual.Result, Values[value]));
        }
    }

    private static (object? Result, string? Error) Convert(TemplateContext context, object? value, Type type)
    {
        try
        {
            return (context.ToObject(new SourceSpan(), value, type), null);
        }
        catch (Exception e)
        {
            return (null, e.GetType().Name);
        }
    }
}
