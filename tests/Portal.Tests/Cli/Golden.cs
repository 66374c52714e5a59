using Portal.Tests.Support;

namespace Portal.Tests.Cli;

/// <summary>
/// Compares output with a file under tests/Portal.Tests/Cli/Golden/. Run with PORTAL_UPDATE_GOLDEN=1 to
/// rewrite the files after an intended change, then review the diff before committing.
/// </summary>
public static class Golden
{
    public static void Matches(string name, string actual)
    {
        var path = Repo.Path("tests", "Portal.Tests", "Cli", "Golden", name);
        if (Environment.GetEnvironmentVariable("PORTAL_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"golden file {name} missing: run with PORTAL_UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
