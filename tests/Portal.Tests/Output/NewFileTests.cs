using System.Text;
using Portal.Output;

namespace Portal.Tests.Output;

public class NewFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-newfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_that_does_not_exist_yet_is_created_with_exactly_the_bytes()
    {
        var path = Path.Combine(_folder, "index.html");

        NewFile.Write(path, Encoding.UTF8.GetBytes("<p>通知</p>"));

        Assert.Equal("<p>通知</p>", File.ReadAllText(path));
    }

    [Fact]
    public void A_longer_leftover_under_the_same_name_is_replaced_not_overwritten_in_place()
    {
        // A temporary left by an interrupted run: the new content must not keep the old file's tail.
        var path = Path.Combine(_folder, "index.html.portal-tmp");
        File.WriteAllText(path, "an older and much longer half-written page");

        NewFile.Write(path, Encoding.UTF8.GetBytes("新"));

        Assert.Equal("新", File.ReadAllText(path));
    }
}
