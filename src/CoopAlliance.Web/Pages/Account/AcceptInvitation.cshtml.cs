using CoopAlliance.Application.Users;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Account;

[EnableRateLimiting(AbuseLimits.SignIn)]
public sealed class AcceptInvitationModel(IMediator mediator, AccountAttemptLimiter accounts, IStringLocalizer<AcceptInvitationModel> text) : AppPageModel(mediator)
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? "";
        Input.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (accounts.TryAttempt("invitation", Input.Email) is { } wait)
        {
            AbuseLimits.SetRetryAfter(HttpContext, wait);
            ModelState.AddModelError(string.Empty, text[AbuseLimits.Message]);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        var (ok, _) = await TrySendAsync(new AcceptInvitation(Input.Email, Input.Token, Input.Password, Input.ConfirmPassword));
        Done = ok;
        return Page();
    }

    public sealed class InvitationInput
    {
        public string Email { get; set; } = "";
        public string Token { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }
}
