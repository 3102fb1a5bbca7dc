using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Account;

public sealed class LogoutModel(IAuthService auth, IStringLocalizer<LogoutModel> text) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await auth.SignOutAsync();
        TempData["Flash"] = text["You are signed out."].Value;
        return RedirectToPage("/Index");
    }
}
