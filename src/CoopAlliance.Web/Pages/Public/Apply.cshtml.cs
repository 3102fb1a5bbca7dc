using CoopAlliance.Application.Membership;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>The membership application form (no sign-in needed; a public form: rate limit and honeypot).</summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class ApplyModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public SubmitApplication Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (ok, _) = await TrySendAsync(Input);
        if (!ok)
        {
            return Page();
        }

        TempData["AppliedName"] = string.IsNullOrWhiteSpace(Input.TradeName) ? Input.LegalName : Input.TradeName;
        TempData["AppliedEmail"] = Input.ContactEmail;
        return RedirectToPage("/Public/ApplicationReceived");
    }
}
