using CoopAlliance.Application.Common.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopAlliance.Web.Pages;

public sealed class IndexModel : PageModel
{
    /// <summary>Signed-in people land on their own home; everyone else sees the public front page.</summary>
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.Staff)) return RedirectToPage("/Staff/Index");
        if (User.IsInRole(Roles.CoopRep)) return RedirectToPage(MyCoop.RepCoop.HasMemberCoop(User) ? "/MyCoop/Index" : "/MyProject/Index");
        if (User.IsInRole(Roles.Mentor)) return RedirectToPage("/Mentor/Index");
        return Page();
    }
}
