using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopAlliance.Web.Pages.Account;

public sealed class LogoutModel(IAuthService auth) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await auth.SignOutAsync();
        TempData["Flash"] = "You are signed out.";
        return RedirectToPage("/Index");
    }
}
