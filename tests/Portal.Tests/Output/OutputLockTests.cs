using Portal.Output;
using Portal.Tests.Support;

namespace Portal.Tests.Output;

public sealed class OutputLockTests : IDisposable
{
    private readonly TempDir _temp = new();

    private OutputFolder Folder => OutputFolder.For(_temp.Combine("site", "output"))!;

    [Fact]
    public void ASecondHolderIsTurnedAwayWithAMessageNamingTheFolder()
    {
        using var first = OutputLock.Acquire(Folder, TimeSpan.Zero, out _);
        Assert.NotNull(first);
        using var second = OutputLock.Acquire(Folder, TimeSpan.FromMilliseconds(300), out var problem);
        Assert.Null(second);
        Assert.Contains("正被另一个 portal 构建或预览写入", problem);
        Assert.Contains(Folder.Path, problem);
    }

    [Fact]
    public void ReleasingRemovesTheLockFileAndLetsTheNextRunIn()
    {
        OutputLock.Acquire(Folder, TimeSpan.Zero, out _)!.Dispose();
        Assert.False(File.Exists(Folder.LockFile));
        using var next = OutputLock.Acquire(Folder, TimeSpan.Zero, out var problem);
        Assert.NotNull(next);
        Assert.Null(problem);
    }

    [Fact]
    public void ALockFileLeftByACrashedRunDoesNotBlock()
    {
        _temp.Write("site/.output.portal-lock", "portal 4242\n");
        using var held = OutputLock.Acquire(Folder, TimeSpan.Zero, out _);
        Assert.NotNull(held);
    }

    [Fact]
    public async Task AWaitingRunGetsInOnceTheFirstLetsGo()
    {
        var first = OutputLock.Acquire(Folder, TimeSpan.Zero, out _)!;
        var waiting = Task.Run(() => OutputLock.Acquire(Folder, TimeSpan.FromSeconds(30), out _));
        first.Dispose();
        using var second = await waiting;
        Assert.NotNull(second);
    }

    public void Dispose() => _temp.Dispose();
}
