using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Web.Endpoints;
using CoopAlliance.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Pages.Account;

[EnableRateLimiting(AbuseLimits.SignIn)]
public sealed class LoginModel(IAuthService auth, AccountAttemptLimiter accounts, IStringLocalizer<LoginModel> text) : PageModel
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

        if (accounts.TryAttempt(SignInFailure.Purpose, Input.Email) is { } wait)
        {
            AbuseLimits.SetRetryAfter(HttpContext, wait);
            ModelState.AddModelError(string.Empty, text[AbuseLimits.Message]);
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        // One answer for an unknown email, a wrong password, a locked and a disabled login: nothing tells them apart.
        if (await auth.SignInAsync(Input.Email, Input.Password, Input.RememberMe) == SignInOutcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, text[SignInFailure.Message]);
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
