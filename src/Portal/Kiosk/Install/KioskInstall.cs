namespace Portal.Kiosk.Install;

/// <summary>
/// <c>portal kiosk install</c>: the files a kiosk needs to update itself and show the site unattended,
/// for Linux (<see cref="SystemdUnits"/>) or Windows (<see cref="WindowsTask"/>, <see cref="WindowsLauncher"/>).
/// </summary>
public static class KioskInstall
{
    public static IReadOnlyList<InstallFile> Files(KioskInstallOptions options) => options.Platform == KioskPlatform.Windows
        ? [WindowsTask.For(options), WindowsLauncher.For(options)]
        : SystemdUnits.For(options);

    /// <summary>
    /// Writes each file into the folder <paramref name="folderOf"/> gives it, through a temporary file and a
    /// rename so a unit is never half-written. A file of the same name that this command did not write
    /// (a hand-made unit) is left alone unless <paramref name="force"/>: checked for all before any is written.
    /// </summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<InstallFile> files, Func<InstallFile, string> folderOf, bool force)
    {
        var paths = files.Select(f => Path.Combine(folderOf(f), f.Name)).ToList();
        var foreign = paths.Where(p => File.Exists(p) && !InstallFile.IsOurs(File.ReadAllBytes(p))).ToList();
        if (foreign.Count > 0 && !force)
        {
            throw new KioskException(KioskFailure.Rejected, $"{string.Join("、", foreign)} 已存在，且不是 portal kiosk install 生成的，未覆盖任何文件。确认要替换时加 --force。");
        }

        foreach (var (file, path) in files.Zip(paths))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, file.Bytes);
            File.Move(temporary, path, overwrite: true);
        }

        return paths;
    }
}
