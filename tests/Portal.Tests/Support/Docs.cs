using Portal.Content;

namespace Portal.Tests.Support;

/// <summary>Builds typed documents directly, for stage tests that do not need files.</summary>
public static class Docs
{
    public static Page Page(string body, string slug = "doc", Section section = Section.Notices, int bodyLine = 5) => new()
    {
        Section = section,
        Slug = slug,
        SourcePath = SectionNames.Folder(section) + "/" + slug + ".md",
        DisplayPath = "input/" + SectionNames.Folder(section) + "/" + slug + ".md",
        IsBundle = false,
        Title = "标题",
        Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)),
        Body = body,
        BodyLine = bodyLine,
    };
}
