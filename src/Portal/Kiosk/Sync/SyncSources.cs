namespace Portal.Kiosk.Sync;

/// <summary>Turns what the operator typed into a source: an http(s) URL, a zip file, or a folder.</summary>
public static class SyncSources
{
    public static ISyncSource Open(string text, HttpSourceOptions? http = null)
    {
        if (HttpSource.IsUrl(text))
        {
            return new HttpSource(new Uri(text), http);
        }

        if (Directory.Exists(text))
        {
            return new FolderSource(text);
        }

        if (File.Exists(text))
        {
            return new ZipSource(text);
        }

        throw new KioskException(KioskFailure.NotFound, $"找不到更新来源 {text}：应为文件夹（如 U 盘上的目录）、portal pack 生成的 zip 或 http(s) 网址。");
    }
}
