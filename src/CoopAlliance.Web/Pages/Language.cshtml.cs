using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Common;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CoopAlliance.Web.Pages;

/// <summary>
/// The language switch: the choice is kept in a cookie (anyone) and, for a signed-in person, in their profile, then
/// the person is back on the page they were reading.
/// </summary>
public sealed class LanguageModel(IMediator mediator) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        var chosen = Languages.Normalize(language);
        LanguageChoice.Keep(Response, chosen, Request.IsHttps);
        if (User.Identity?.IsAuthenticated == true)
        {
            await mediator.Send(new SetMyLanguage(chosen), HttpContext.RequestAborted);
        }

        return LocalRedirect(BackTo(returnUrl));
    }

    /// <summary>The page the switch was on, without a ?culture= that would override the new choice; home if not local.</summary>
    private string BackTo(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !Url.IsLocalUrl(returnUrl))
        {
            return "/";
        }

        var at = returnUrl.IndexOf('?');
        if (at < 0)
        {
            return returnUrl;
        }

        var query = QueryHelpers.ParseQuery(returnUrl[at..]).Where(q => !q.Key.Equals(LanguageChoice.QueryKey, StringComparison.OrdinalIgnoreCase));
        return QueryHelpers.AddQueryString(returnUrl[..at], query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
    }
}
