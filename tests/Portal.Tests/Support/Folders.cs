namespace Portal.Tests.Support;

public static class Folders
{
    /// <summary>Copies a folder tree (tests edit copies of the sample input and theme, never the repo's own).</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
