namespace Portal.Posters;

/// <summary>How the weekly bulletin (科技之窗 第N期) picks its items and numbers itself.</summary>
public sealed record BulletinSettings
{
    /// <summary>Items published in the last this many days (the time since the previous issue) count as new.</summary>
    public int Days { get; init; } = 7;

    /// <summary>The issue number; null = the ISO week of the bulletin's date (one issue a week).</summary>
    public int? Issue { get; init; }
}
