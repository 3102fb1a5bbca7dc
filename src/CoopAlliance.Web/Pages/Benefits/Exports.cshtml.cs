using System.Text;
using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Benefits.Files;
using CoopAlliance.Application.Benefits.Plans;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Benefits;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Benefits;

/// <summary>
/// Carrier enrollment files: make a full or a change file for a carrier, see every file made with its counts and status,
/// download it (834 or CSV) and record what the carrier said (a rejection, with its reason, after a confirmation).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Roles.Staff)]
public sealed class ExportsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int? CarrierId { get; set; }

    public IReadOnlyList<CarrierDto> Carriers { get; private set; } = [];

    public IReadOnlyList<EnrollmentExportDto> Exports { get; private set; } = [];

    /// <summary>The file about to be rejected, with the reason given, waiting for "Yes, reject".</summary>
    public (EnrollmentExportDto Export, string Reason)? Rejecting { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(int carrierId, string? kind)
    {
        var parsed = kind switch
        {
            "Full" => EnrollmentExportKind.Full,
            "Changes" => EnrollmentExportKind.Changes,
            _ => (EnrollmentExportKind)0,
        };
        var (ok, export) = await TrySendAsync(new CreateEnrollmentExport(carrierId, parsed), prefix: "");
        if (ok)
        {
            Flash($"{(export.Kind == EnrollmentExportKind.Full ? "Full file" : "Change file")} {export.FileName} made for {export.CarrierName}: " +
                  $"{export.Members} members, {export.Subscribers} subscribers, {export.Changes} changes.");
            return RedirectToPage(new { carrierId });
        }

        CarrierId = carrierId;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id)
    {
        var (ok, export) = await TrySendAsync(new DecideEnrollmentExport(id, true, null), prefix: "");
        if (ok)
        {
            Flash($"{export.FileName} is marked accepted by {export.CarrierName}.");
            return RedirectToPage(new { CarrierId });
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, string? reason, bool confirmed)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            ModelState.AddModelError(string.Empty, "Say why the carrier rejected the file.");
            await LoadAsync();
            return Page();
        }

        if (!confirmed)
        {
            await LoadAsync();
            if (Exports.FirstOrDefault(e => e.Id == id) is not { } export)
            {
                return NotFound();
            }

            Rejecting = (export, reason.Trim());
            return Page();
        }

        var (ok, rejected) = await TrySendAsync(new DecideEnrollmentExport(id, false, reason.Trim()), prefix: "");
        if (ok)
        {
            Flash($"{rejected.FileName} is marked rejected; its changes go into the next change file.");
            return RedirectToPage(new { CarrierId });
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id)
    {
        var file = await FindAsync(new GetEnrollmentExportFile(id));
        return file is null ? NotFound() : File(Encoding.UTF8.GetBytes(file.Content), "application/edi-x12", file.FileName);
    }

    public async Task<IActionResult> OnGetCsvAsync(int id)
    {
        var file = await FindAsync(new GetEnrollmentExportCsv(id, false));
        return file is null ? NotFound() : File(file.Content, "text/csv", file.FileName);
    }

    private async Task LoadAsync()
    {
        Carriers = await Mediator.Send(new ListCarriers(), HttpContext.RequestAborted);
        Exports = await Mediator.Send(new ListEnrollmentExports(CarrierId), HttpContext.RequestAborted);
    }
}
