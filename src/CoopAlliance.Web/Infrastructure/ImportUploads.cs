using CoopAlliance.Application.Imports;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// The files staff uploaded on the import page, kept on disk between the dry run and their "import" (so a Brazil-sized
/// roster is uploaded once and read as a stream, never held in memory). Each upload is a folder named by a random token;
/// the page carries the token, never a path. Uploads older than a day are removed when a new one arrives.
/// </summary>
public sealed class ImportUploads
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public string Root { get; init; } = Path.Combine(Path.GetTempPath(), "coopalliance-imports");

    public async Task<string> SaveAsync(IFormFile coops, IFormFile? roster, CancellationToken ct)
    {
        var token = Guid.NewGuid().ToString("N");
        var created = Directory.CreateDirectory(Path.Combine(Root, token));
        // Files age by the file system's clock: the new folder's own time is "now".
        RemoveOld(created.CreationTimeUtc, token);
        var folder = created.FullName;
        await CopyAsync(coops, Path.Combine(folder, "coops.csv"), ct);
        var names = new List<string> { Name(coops.FileName, "coops.csv") };
        if (roster is { Length: > 0 })
        {
            await CopyAsync(roster, Path.Combine(folder, "roster.csv"), ct);
            names.Add(Name(roster.FileName, "roster.csv"));
        }

        await File.WriteAllLinesAsync(Path.Combine(folder, "names.txt"), names, ct);
        return token;
    }

    /// <summary>The files of an upload, or null when the token is not one (or the upload is gone).</summary>
    public ImportFiles? Open(string? token)
    {
        if (!Guid.TryParseExact(token, "N", out _))
        {
            return null;
        }

        var folder = Path.Combine(Root, token!);
        var names = Path.Combine(folder, "names.txt");
        if (!File.Exists(names))
        {
            return null;
        }

        var lines = File.ReadAllLines(names);
        var roster = Path.Combine(folder, "roster.csv");
        return new ImportFiles(Open(Path.Combine(folder, "coops.csv"), lines[0]),
            File.Exists(roster) && lines.Length > 1 ? Open(roster, lines[1]) : null);
    }

    public void Remove(string? token)
    {
        if (Guid.TryParseExact(token, "N", out _) && Directory.Exists(Path.Combine(Root, token!)))
        {
            Directory.Delete(Path.Combine(Root, token!), recursive: true);
        }
    }

    private static ImportFile Open(string path, string name) =>
        new(name, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    private static string Name(string fileName, string fallback)
    {
        var name = Path.GetFileName(fileName).Replace('\n', ' ').Replace('\r', ' ').Trim();
        return name.Length == 0 ? fallback : name.Length > 150 ? name[..150] : name;
    }

    private static async Task CopyAsync(IFormFile file, string path, CancellationToken ct)
    {
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        await file.CopyToAsync(target, ct);
    }

    private void RemoveOld(DateTime now, string keep)
    {
        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories())
        {
            if (folder.Name != keep && now - folder.CreationTimeUtc > KeptFor)
            {
                try
                {
                    folder.Delete(recursive: true);
                }
                catch (IOException)
                {
                    // Being read by an import right now: the next upload removes it.
                }
            }
        }
    }
}
