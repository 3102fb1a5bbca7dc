using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Application.Events.Registrations;
using CoopAlliance.Domain.Dues;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>
/// Registering for a public, published event (no sign-in; a public form: rate limit and honeypot). On success the person
/// lands on their own page (the confirmation link). When the event is full the form stays filled in and offers the waitlist.
/// </summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class RegisterModel(IMediator mediator, IStringLocalizer<RegisterModel> t) : AppPageModel(mediator)
{
    [BindProperty] public RegisterInput Input { get; set; } = new();

    public PublicEventDetail Event { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];

    /// <summary>Set when the event was full: the message, and the form offers "Join the waitlist".</summary>
    public string? FullMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Event.TicketTypes.Count > 0)
        {
            Input.TicketType = Event.TicketTypes[0].Id;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = Input.ToCommand(id);
        var (ok, receipt) = await TryAsync<RegistrationReceipt?>(async () =>
        {
            try
            {
                return await Mediator.Send(command, HttpContext.RequestAborted);
            }
            catch (NoPlaceLeftException full)
            {
                FullMessage = full.Message;
                return null;
            }
        });
        if (!ok || FullMessage is not null)
        {
            return Page();
        }

        if (receipt is null)
        {
            // The honeypot was filled (a bot): answer as if all went well, without a link.
            Flash(t["Thank you."]);
            return Redirect($"/events/{id}/{Event.Slug}");
        }

        Flash(receipt.Status == PlaceStatus.Waitlisted
            ? t["You're on the waitlist. We'll email you if a place frees up; this page shows where you stand."]
            : t["You're registered. We've emailed you this page's link; keep it to change or cancel your registration."]);
        return Redirect($"/events/r/{receipt.Token}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await FindAsync(new GetPublicEvent(id)) is not { } ev || !ev.OpenForRegistration)
        {
            return false;
        }

        Event = ev;
        Coops = (await Mediator.Send(new ListCoopChoices(), HttpContext.RequestAborted))
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }

    public string PriceText(TicketTypeDto ticket) => ticket.Kind == TicketKind.Solidarity
        ? ticket.SuggestedPrice is { } s ? t["pay what you can, suggested {0}", Money.Format(s)] : t["pay what you can"]
        : ticket.Price == 0 ? t["free"] : Money.Format(ticket.Price);

    [ValidatedAs(typeof(Register))]
    public sealed class RegisterInput
    {
        [Display(Name = "Your name")] public string? Name { get; set; }
        [Display(Name = "Your email")] public string? Email { get; set; }
        [Display(Name = "Ticket")] public int TicketType { get; set; }
        [Display(Name = "Organisation (optional)")] public string? Organisation { get; set; }
        [Display(Name = "I'm a worker-owner at a member co-op")] public int? CooperativeId { get; set; }
        [Display(Name = "What you can pay")] public decimal? PayWhatYouCan { get; set; }
        [Display(Name = "Charge the ticket to my co-op's account")] public bool ChargeToCoop { get; set; }
        [Display(Name = "Accessibility needs")] public string? AccessibilityNeeds { get; set; }
        [Display(Name = "Interpretation into (language)")] public string? InterpretationLanguage { get; set; }
        [Display(Name = "Dietary needs")] public string? DietaryNeeds { get; set; }
        public bool JoinWaitlist { get; set; }
        public string? Fax { get; set; }

        public Register ToCommand(int eventId) => new()
        {
            EventId = eventId,
            Name = Name ?? "",
            Email = Email ?? "",
            TicketType = TicketType,
            Organisation = Organisation,
            CooperativeId = CooperativeId,
            PayWhatYouCan = PayWhatYouCan,
            ChargeToCoop = ChargeToCoop,
            AccessibilityNeeds = AccessibilityNeeds,
            InterpretationLanguage = InterpretationLanguage,
            DietaryNeeds = DietaryNeeds,
            JoinWaitlist = JoinWaitlist,
            Fax = Fax,
        };
    }
}
