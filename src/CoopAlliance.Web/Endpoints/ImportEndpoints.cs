using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Imports;
using CoopAlliance.Web.Infrastructure;
using MediatR;

namespace CoopAlliance.Web.Endpoints;

/// <summary>
/// Spreadsheet imports (staff): multipart/form-data with the co-ops file in a field named "coops" and, optionally, the
/// people in "roster" (columns: README "Importing co-ops"). The files are held by ASP.NET Core's form reader (on disk
/// beyond a small buffer) and read from there as streams, row by row.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>A Brazil-scale roster (1.25 million people) is about 100 MB of CSV.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static void MapImports(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");

        imports.MapPost("/dry-run", async (IMediator m, HttpRequest http, CancellationToken ct) =>
                Results.Ok(await m.Send(new CheckImport(await FilesAsync(http, ct)), ct)))
            .Sends<CheckImport>().WithName("Imports_DryRun")
            .Produces<ImportReport>()
            .WithSummary("Check import files without writing anything (staff): per file, how many rows would be created, updated or left unchanged, " +
                         "and the first 200 errors by line and column (errorCount counts them all).");
        imports.MapPost("/", async (IMediator m, HttpRequest http, CancellationToken ct) =>
            {
                var report = await m.Send(new RunImport(await FilesAsync(http, ct)), ct);
                // Refused rows: a problem+json like every refusal, carrying the whole report (errors by line and column).
                return report.Imported
                    ? Results.Ok(report)
                    : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The files have errors; nothing was imported.",
                        detail: $"{report.ErrorCount} error(s): see report.errors for each line and column.",
                        extensions: new Dictionary<string, object?> { ["report"] = report });
            })
            .Sends<RunImport>().WithName("Imports_Run")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import the files (staff): checked first (any error: 422 with the report, nothing written), then written in batches that " +
                         "commit as they go. Sending the same files again resumes a stopped import, or finds a finished one's rows unchanged.");
    }

    private static async Task<ImportFiles> FilesAsync(HttpRequest http, CancellationToken ct)
    {
        if (UploadLimits.Exceeds(http.HttpContext, MaxBytes + UploadLimits.FormOverheadBytes))
        {
            throw new ValidationException("coops", $"The files are too large: {UploadLimits.Size(MaxBytes)} at most.");
        }

        if (!http.HasFormContentType)
        {
            throw new ValidationException("coops", "Send the files as multipart/form-data: the co-ops CSV in a field named \"coops\", the people in \"roster\" (optional).");
        }

        var form = await http.ReadFormAsync(ct);
        var coops = form.Files.GetFile("coops");
        if (coops is null || coops.Length == 0)
        {
            throw new ValidationException("coops", "Choose the co-ops file (CSV).");
        }

        var roster = form.Files.GetFile("roster");
        foreach (var file in new[] { coops, roster })
        {
            if (file is not null && !await LooksLikeTextAsync(file, ct))
            {
                throw new ValidationException(file.Name, $"{file.FileName} is not a CSV file (it is not text).");
            }
        }

        return new ImportFiles(
            new ImportFile(coops.FileName, coops.OpenReadStream),
            roster is null || roster.Length == 0 ? null : new ImportFile(roster.FileName, roster.OpenReadStream));
    }

    /// <summary>A spreadsheet saved as .xlsx (a ZIP) or any binary file has NUL bytes early on; CSV text never does.</summary>
    internal static async Task<bool> LooksLikeTextAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var head = new byte[4096];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return Array.IndexOf(head, (byte)0, 0, read) < 0;
    }
}
