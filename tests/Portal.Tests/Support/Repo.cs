namespace Portal.Tests.Support;

/// <summary>Locates the repository from the test binaries, so tests read the real input/ and theme/.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string Fixture(string name) => Path("tests", "fixtures", name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Portal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
