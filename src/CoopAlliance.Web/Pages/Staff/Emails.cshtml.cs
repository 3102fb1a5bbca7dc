using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Email;
using CoopAlliance.Domain.Operations;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Staff;

/// <summary>The outbox for staff: failed emails (by default), those waiting and those sent; a failed one can be sent again.</summary>
public sealed class EmailsModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public OutboxStatus Status { get; set; } = OutboxStatus.Failed;
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public EmailSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Asc { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<EmailSummary> Emails { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    /// <summary>The failed email waiting for the person to confirm sending it again.</summary>
    public EmailSummary? Confirming { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRetryAsync(int id, bool confirmed)
    {
        if (!confirmed)
        {
            await LoadAsync();
            Confirming = Emails.Items.FirstOrDefault(e => e.Id == id);
            if (Confirming is null)
            {
                ModelState.AddModelError(string.Empty, "That email is no longer in this list; someone may have retried it already.");
            }

            return Page();
        }

        var (ok, _) = await TrySendAsync(new RetryEmail(id), "");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        Flash("The email is back in the queue; the outbox job sends it on its next run. If it fails again, it comes back to this list.");
        return Redirect(ListUrl());
    }

    private async Task LoadAsync() =>
        Emails = await Mediator.Send(new ListEmails
        {
            Status = Status,
            Q = Q,
            Sort = Sort,
            Descending = !Asc,
            Page = Math.Max(1, PageNumber),
        }, HttpContext.RequestAborted);

    /// <summary>This list's address with the same filters, changing only what is given.</summary>
    public string ListUrl(int? page = null, EmailSort? sort = null, bool? asc = null, OutboxStatus? status = null, string? handler = null)
    {
        var pageNumber = page ?? PageNumber;
        return Url.Page("/Staff/Emails", handler, new
        {
            status = (status ?? Status) == OutboxStatus.Failed ? (OutboxStatus?)null : status ?? Status,
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            sort = (sort ?? Sort) == EmailSort.Created ? (EmailSort?)null : sort ?? Sort,
            asc = (asc ?? Asc) ? true : (bool?)null,
            pageNumber = pageNumber <= 1 ? (int?)null : pageNumber,
        })!;
    }

    /// <summary>A column header sorts by it (newest first for the date, A to Z otherwise); clicking it again reverses the order.</summary>
    public string SortUrl(EmailSort column) =>
        ListUrl(page: 1, sort: column, asc: Sort == column ? !Asc : column != EmailSort.Created);

    public (string Label, SortKind Kind) SortShown => Sort switch
    {
        EmailSort.To => ("To", SortKind.Text),
        EmailSort.Subject => ("Subject", SortKind.Text),
        EmailSort.Attempts => ("Attempts", SortKind.Number),
        _ => ("Created", SortKind.Date),
    };

    public string? AriaSort(EmailSort column) => Sort != column ? null : Asc ? "ascending" : "descending";

    public static string Describe(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Waiting to be sent",
        OutboxStatus.Sent => "Sent",
        OutboxStatus.Failed => "Failed",
        _ => status.ToString(),
    };

    public static string BadgeClass(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => "status-Active",
        OutboxStatus.Failed => "status-Suspended",
        _ => "status-Applicant",
    };
}
