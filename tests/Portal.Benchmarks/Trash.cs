namespace Portal.Benchmarks;

/// <summary>
/// Where the benchmark puts the folders it would delete between measured builds (a previous output, a previous
/// corpus), emptied once every measurement is done.
/// </summary>
/// <remarks>
/// Deleting them right before a build slowed that build down, whichever tool it was: on an ext4 file system
/// without a journal (this project's development machine), creating a file skips, one by one, every free inode
/// deleted in the last minute or so (the kernel's <c>recently_deleted</c> check), and after 30,000 deleted
/// inodes that cost a 10,000-document build 5 → 14 s of system time over three runs in a row
/// (<c>/usr/bin/time</c> around the CLI). Moved aside, nothing is deleted until the figures are taken.
/// </remarks>
internal sealed record Trash(string Folder)
{
    public void MoveAside(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        Directory.Move(path, Path.Combine(Folder, Guid.NewGuid().ToString("N")));
    }

    /// <summary>Deletes what was moved aside: after the last measurement, never between two.</summary>
    public void Empty()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
