using System.ComponentModel.DataAnnotations;
using System.Text;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Domain.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Events;

/// <summary>
/// Staff: one event's registrations — search (name, email, organisation, code), filters (ticket, place), paging, CSV —
/// with the needs (staff only; gone after the retention time) and a payment form on each unpaid row.
/// </summary>
public sealed class RegistrationsModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Ticket { get; set; }
    [BindProperty(SupportsGet = true)] public PlaceStatus? Status { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public PaymentInput Payment { get; set; } = new();

    public EventDetail Event { get; private set; } = null!;
    public PagedList<RegistrationRowDto> Registrations { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The row whose payment form was sent with errors (it opens again with what was typed).</summary>
    public int? PaymentFor { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Ticket is not null || Status is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Payment.PaidOn = clock.Today;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var csv = await FindAsync(new ExportRegistrations(Id, Q, Ticket, Status));
        return csv is null ? NotFound() : File(Encoding.UTF8.GetBytes(csv), "text/csv", $"event-{Id}-registrations.csv");
    }

    public async Task<IActionResult> OnPostPaymentAsync()
    {
        var p = Payment;
        var (ok, _) = await TrySendAsync(new RecordRegistrationPayment(Id, p.RegistrationId, p.Amount ?? 0, p.PaidOn ?? default, p.Reference, p.Version), "Payment");
        if (ok)
        {
            Flash("Payment recorded.");
            return Redirect(ListUrl());
        }

        PaymentFor = p.RegistrationId;
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var ev = await FindAsync(new GetEvent(Id));
        if (ev is null)
        {
            return false;
        }

        Event = ev;
        Registrations = await Mediator.Send(new ListRegistrations(Id, Q, Ticket, Status, Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        return true;
    }

    /// <summary>This list's address with the same filters, changing only what is given.</summary>
    public string ListUrl(int? page = null, string? handler = null)
    {
        var pageNumber = page ?? PageNumber;
        return Url.Page("/Events/Registrations", handler, new
        {
            id = Id,
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            ticket = Ticket,
            status = Status,
            pageNumber = pageNumber <= 1 ? (int?)null : pageNumber,
        })!;
    }

    public static string Money(decimal amount) => amount == 0 ? "free" : Domain.Dues.Money.Format(amount);

    [ValidatedAs(typeof(RecordRegistrationPayment))]
    public sealed class PaymentInput
    {
        public int RegistrationId { get; set; }
        public int? Version { get; set; }
        [Display(Name = "Amount")] public decimal? Amount { get; set; }
        [Display(Name = "Paid on")] public DateOnly? PaidOn { get; set; }
        [Display(Name = "Reference")] public string? Reference { get; set; }
    }
}
