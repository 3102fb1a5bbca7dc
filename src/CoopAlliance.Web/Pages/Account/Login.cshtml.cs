using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Interfaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopAlliance.Web.Pages.Account;

public sealed class LoginModel(IAuthService auth) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await auth.SignInAsync(Input.Email, Input.Password, Input.RememberMe);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(string.Empty, "Too many failed attempts: this login is locked for 15 minutes.");
                break;
            default:
                ModelState.AddModelError(string.Empty, "The email or password is not right, or the login is disabled.");
                break;
        }

        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like maria@example.coop.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
