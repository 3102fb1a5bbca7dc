using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Benefits.Reconciliation;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>
/// Carrier-bill reconciliation: set a carrier's bill columns once, upload a month's bill, see the discrepancies grouped
/// by co-op, download them as CSV; earlier uploads stay listed and can be opened again.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class ReconciliationModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    public IReadOnlyList<CarrierDto> Carriers { get; private set; } = [];

    public IReadOnlyList<CarrierBillUploadDto> Uploads { get; private set; } = [];

    public CarrierBillReconciliationDto? Result { get; private set; }

    public string Month { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Id is { } id)
        {
            Result = await FindAsync(new GetCarrierBillReconciliation(id));
            if (Result is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(int carrierId, string? month, IFormFile? file)
    {
        byte[] data = [];
        if (file is not null)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            data = buffer.ToArray();
        }

        var (ok, result) = await TrySendAsync(new ReconcileCarrierBill(carrierId, month?.Trim() ?? "", file?.FileName ?? "", data), prefix: "");
        if (ok)
        {
            Flash($"{result.Upload.CarrierName}'s bill for {result.Upload.Month}: {result.Upload.Matched} matched, {result.Upload.Discrepancies} discrepancies, " +
                  $"{result.Upload.RowProblems} rows not read.");
            return RedirectToPage(new { id = result.Upload.Id });
        }

        await LoadAsync();
        Month = month ?? Month;
        return Page();
    }

    public async Task<IActionResult> OnPostMappingAsync(int carrierId, string? groupNumberColumn, string? memberIdColumn, string? premiumColumn,
        string? memberNameColumn, string? tierColumn, string? delimiter)
    {
        var mapping = new CarrierBillMapping(groupNumberColumn ?? "", memberIdColumn ?? "", premiumColumn ?? "",
            string.IsNullOrWhiteSpace(memberNameColumn) ? null : memberNameColumn, string.IsNullOrWhiteSpace(tierColumn) ? null : tierColumn,
            Delimiter: string.IsNullOrEmpty(delimiter) ? "," : delimiter == "tab" ? "\t" : delimiter);
        var (ok, _) = await TrySendAsync(new SaveCarrierBillMapping(carrierId, mapping), prefix: "");
        if (ok)
        {
            Flash("The bill's columns are saved.");
            return RedirectToPage();
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int id)
    {
        var file = await FindAsync(new GetDiscrepancyCsv(id));
        return file is null ? NotFound() : File(file.Content, "text/csv", file.FileName);
    }

    private async Task LoadAsync()
    {
        Carriers = await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted);
        Uploads = await Mediator.Send(new ListCarrierBillUploads(), HttpContext.RequestAborted);
        Month = clock.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    }
}
