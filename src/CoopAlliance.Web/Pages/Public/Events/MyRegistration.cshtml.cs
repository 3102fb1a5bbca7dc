using CoopAlliance.Application.Events.Registrations;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Public.Events;

/// <summary>A registrant's own page from their confirmation link (no sign-in): their place, code, calendar, workshops, cancel, accept an offer.</summary>
public sealed class MyRegistrationModel(IMediator mediator, IStringLocalizer<MyRegistrationModel> t) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";

    public MyRegistrationDto Registration { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostCancelAsync() => ActAsync(new CancelRegistration(Token), t["Your registration is cancelled. Thank you for letting us know."]);

    public Task<IActionResult> OnPostAcceptAsync(int? sessionId) => ActAsync(new AcceptOffer(Token, sessionId), t["The place is yours. See you there!"]);

    /// <summary>A full workshop answers inline with the waitlist offered (the button then reads "Join the waitlist").</summary>
    public Task<IActionResult> OnPostSignUpAsync(int sessionId, bool joinWaitlist) =>
        ActAsync(new SignUpForSession(Token, sessionId, joinWaitlist), joinWaitlist ? t["You are on the workshop's waitlist."] : t["You are signed up."]);

    public Task<IActionResult> OnPostLeaveAsync(int sessionId) => ActAsync(new LeaveSession(Token, sessionId), t["You have left the workshop."]);

    private async Task<IActionResult> ActAsync<T>(IRequest<T> command, string done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(command, prefix: "");
        if (!ok)
        {
            return Page();
        }

        Flash(done);
        return RedirectToPage(new { Token });
    }

    private async Task<bool> LoadAsync()
    {
        var found = await FindAsync(new GetMyRegistration(Token));
        if (found is null)
        {
            return false;
        }

        Registration = found;
        return true;
    }
}
