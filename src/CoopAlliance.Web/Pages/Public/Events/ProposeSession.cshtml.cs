using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Events.Planning;
using CoopAlliance.Domain.Events;
using CoopAlliance.Web.Infrastructure;
using CoopAlliance.Web.Pages.Events;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>The call for sessions (no sign-in; a public form: rate limit and honeypot). The proposal waits for staff.</summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class ProposeSessionModel(IMediator mediator, IStringLocalizer<ProposeSessionModel> t, IStringLocalizer<Application.Texts.EventTexts> words)
    : AppPageModel(mediator)
{
    [BindProperty] public ProposalInput Input { get; set; } = new();

    public PublicEventDetail Event { get; private set; } = null!;
    public bool Sent { get; private set; }

    public IEnumerable<SelectListItem> ThemeChoices =>
        new[] { new SelectListItem(t["No particular theme"], "") }.Concat(Event.Themes.Select(t =>
            new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) && !Event.Over ? Page() : NotFound();

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

        var (ok, _) = await TrySendAsync(Input.ToRequest(id));
        if (!ok)
        {
            return Page();
        }

        Sent = true;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await FindAsync(new GetPublicEvent(id)) is not { } ev)
        {
            return false;
        }

        Event = ev;
        return true;
    }

    [ValidatedAs(typeof(ProposeSession))]
    public sealed class ProposalInput
    {
        [Display(Name = "Title")] public string? Title { get; set; }
        [Display(Name = "Theme")] public int? ThemeId { get; set; }
        [Display(Name = "Format")] public SessionFormat Format { get; set; } = SessionFormat.Workshop;
        [Display(Name = "What the session is about")] public string? Description { get; set; }
        [Display(Name = "Presenters (one per line)")] public string? Presenters { get; set; }
        [Display(Name = "What it needs (equipment, layout, interpretation)")] public string? Needs { get; set; }
        [Display(Name = "Length in minutes")] public int? DurationMinutes { get; set; } = 60;
        [Display(Name = "Your name")] public string? ProposerName { get; set; }
        [Display(Name = "Your email")] public string? ProposerEmail { get; set; }
        public string? Fax { get; set; }

        public ProposeSession ToRequest(int eventId) => new()
        {
            EventId = eventId,
            Title = Title ?? "",
            ThemeId = ThemeId,
            Format = Format,
            Description = Description,
            Presenters = SessionsModel.SplitPresenters(Presenters),
            Needs = Needs,
            DurationMinutes = DurationMinutes ?? 0,
            ProposerName = ProposerName ?? "",
            ProposerEmail = ProposerEmail ?? "",
            Fax = Fax,
        };
    }

    public IEnumerable<SelectListItem> FormatChoices => SessionsModel.FormatChoices.Select(c => new SelectListItem(words[c.Text], c.Value));
}
