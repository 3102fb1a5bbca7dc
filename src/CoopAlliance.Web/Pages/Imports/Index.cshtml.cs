using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Imports;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Imports;

/// <summary>
/// Importing co-ops and their people from spreadsheets (staff): upload the CSV files, read the dry run's report (what
/// would be created, updated or left unchanged, and each error by line and column), then confirm to import the same
/// files (kept on the server between the two, see <see cref="ImportUploads"/>). Below: the imports so far, with where a
/// stopped one got to; importing the same files again resumes it.
/// </summary>
[RequestSizeLimit(ImportEndpoints.MaxBytes + UploadLimits.FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoints.MaxBytes)]
public sealed class IndexModel(IMediator mediator, ImportUploads uploads) : AppPageModel(mediator)
{
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public int? Run { get; set; }

    public PagedList<ImportRunSummary> Runs { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The run asked for (?run=), shown above the list.</summary>
    public ImportRunSummary? Shown { get; private set; }

    /// <summary>The dry run's (or a refused import's) report.</summary>
    public ImportReport? Report { get; private set; }

    /// <summary>The uploaded files waiting for "import", when the dry run found no error.</summary>
    public string? Upload { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (Run is { } id)
        {
            Shown = await Mediator.Send(new GetImportRun(id), HttpContext.RequestAborted);
            if (Shown is null)
            {
                return NotFound();
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? coops, IFormFile? roster)
    {
        if (coops is null || coops.Length == 0)
        {
            ModelState.AddModelError("coops", "Choose the co-ops file (CSV).");
        }

        foreach (var file in new[] { coops, roster })
        {
            if (file is { Length: > 0 } && !await ImportEndpoints.LooksLikeTextAsync(file, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(file.Name, $"{file.FileName} is not a CSV file (it is not text). Save the sheet as CSV (UTF-8).");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var token = await uploads.SaveAsync(coops!, roster, HttpContext.RequestAborted);
        var (ok, report) = await TrySendAsync(new CheckImport(uploads.Open(token)!), prefix: "");
        Report = ok ? report : null;
        if (ok && report.ErrorCount == 0)
        {
            Upload = token;
        }
        else
        {
            uploads.Remove(token);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRunAsync(string? upload)
    {
        var files = uploads.Open(upload);
        if (files is null)
        {
            ModelState.AddModelError(string.Empty, "The uploaded files are no longer on the server. Upload them again.");
            await LoadAsync();
            return Page();
        }

        var (ok, report) = await TrySendAsync(new RunImport(files), prefix: "");
        if (ok && report.Imported)
        {
            uploads.Remove(upload);
            var people = report.Roster is { } r ? $"; people: {r.Created} added, {r.Updated} updated, {r.Unchanged} unchanged" : "";
            Flash($"Imported. Co-ops: {report.Coops.Created} added, {report.Coops.Updated} updated, {report.Coops.Unchanged} unchanged{people}.");
            return RedirectToPage(new { run = report.RunId });
        }

        // The records changed since the dry run (or the files could not be read): show why; the files stay for another try.
        Report = ok ? report : null;
        Upload = ok && report.ErrorCount == 0 ? upload : null;
        await LoadAsync();
        return Page();
    }

    public string ListUrl(int page) => Url.Page("/Imports/Index", null, new { pageNumber = page <= 1 ? (int?)null : page })!;

    public static string Where(ImportRunSummary run) => run.Status switch
    {
        Domain.Operations.ImportRunStatus.Succeeded => "Finished",
        _ when run.Phase == Domain.Operations.ImportPhase.Coops => $"{Status(run)}: co-ops written up to line {run.LastLine}",
        _ when run.Phase == Domain.Operations.ImportPhase.Roster => $"{Status(run)}: co-ops done, people written up to line {run.LastLine}",
        _ => Status(run),
    };

    private static string Status(ImportRunSummary run) =>
        run.Status == Domain.Operations.ImportRunStatus.Failed ? "Stopped (import the same files again to resume)" : "Running";

    private async Task LoadAsync() =>
        Runs = await Mediator.Send(new ListImportRuns { Page = Math.Max(1, PageNumber) }, HttpContext.RequestAborted);
}
