using CoopAlliance.Application.Marketing.Stories;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>"Submit your story" (no sign-in; a public form: rate limit and honeypot). The story waits for staff.</summary>
[EnableRateLimiting(AbuseLimits.PublicForm)]
public sealed class SubmitStoryModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty] public SubmitStory Input { get; set; } = new();

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

        TempData["StoryEmail"] = Input.Email;
        return RedirectToPage("/Public/SubmitStoryReceived");
    }
}
