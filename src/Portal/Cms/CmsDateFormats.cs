namespace Portal.Cms;

/// <summary>
/// What the datetime widget writes (moment.js tokens). Both are among the formats
/// <see cref="Load.YamlFields"/> parses; the agreement test parses a value of each.
/// </summary>
public static class CmsDateFormats
{
    /// <summary><c>date</c> may carry a time (定时发布).</summary>
    public const string Moment = "YYYY-MM-DD HH:mm";

    /// <summary>Every other date key is a day.</summary>
    public const string Day = "YYYY-MM-DD";

    /// <summary>The .NET formats of the same two shapes.</summary>
    public const string MomentNet = "yyyy-MM-dd HH:mm";

    public const string DayNet = "yyyy-MM-dd";
}
